#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace agi::emu {

class EmulatedSession;
class SessionStore;

//! Keeps a few sessions busy for `agi-monitor --demo` and `--demo-sessions`: each gets a task of a
//! different kind, started staggered, and with looping a new one a while after each task ends.
class DemoDirector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoDirector)

public:
    DemoDirector(SessionStore *sessions, QString userId, double speed, bool loop, QObject *parent = nullptr);

    void start(int count);
    static QStringList tasks();

private:
    void startNext(EmulatedSession *session, int taskIndex);

    SessionStore *m_sessions;
    QString m_userId;
    double m_speed;
    bool m_loop;
};

} // namespace agi::emu
