#pragma once

#include "cli/command.h"
#include "export/exportoptions.h"

#include <QString>

namespace agi::cli {

//! `export ID --format zip|json|webp|gif -o FILE [--from T] [--to T] [--max-duration D]`: the frames the
//! window recorded on this machine (read only) and the session's messages from the server, in one
//! file, with the session's redactions blacked out.
class ExportCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportCommand)

public:
    //! Null with `error` when the options are wrong (a usage error).
    static ExportCommand *create(const Invocation &invocation, QString *error);
    void run() override;
    //! While the file is being written: cancels it (no file is left), then says so.
    void interrupt(int signalNumber) override;

private:
    ExportCommand(const Invocation &invocation, const ExportOptions &options);

    QString m_sessionId;
    ExportOptions m_options;
    bool m_exporting = false;
    int m_signal = 0; // SIGINT or SIGTERM that arrived while exporting
};

} // namespace agi::cli
