#pragma once

#include "cli/command.h"

#include <QString>

namespace agi::cli {

//! `list [--status S]`: the sessions as a table or JSON.
class ListCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListCommand)

public:
    explicit ListCommand(const Invocation &invocation, QObject *parent = nullptr);
    void run() override;

private:
    QString m_status;
};

//! `show ID [--messages N]`: one session, its task's execution status and its latest messages.
class ShowCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShowCommand)

public:
    explicit ShowCommand(const Invocation &invocation, QObject *parent = nullptr);
    void run() override;

private:
    QString m_sessionId;
    int m_messages = 5;
};

//! `screenshot ID [-o FILE]`: the current frame saved byte for byte as the server sent it.
class ScreenshotCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotCommand)

public:
    explicit ScreenshotCommand(const Invocation &invocation, QObject *parent = nullptr);
    void run() override;

private:
    void save(const QByteArray &body);

    QString m_sessionId;
    QString m_file; // "-": stdout
};

} // namespace agi::cli
