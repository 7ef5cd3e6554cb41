#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace agi::cli {

//! SIGINT and SIGTERM as a Qt signal: the handler only writes the signal's number into a pipe
//! (async-signal-safe), and a QSocketNotifier on the other end emits received() in the event loop,
//! where the command can end cleanly. The handler is reset by its first signal (SA_RESETHAND), so a
//! second Ctrl-C ends the process at once should the clean ending hang. One per process.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    //! Whether the handlers are installed (false when the pipe could not be made).
    bool isWatching() const { return m_notifier != nullptr; }
    //! Emits received() now for a signal that arrived, for work that keeps the event loop waiting
    //! (an export asks between frames). Does nothing when no watcher exists.
    static void deliverPending();

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readPipe();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace agi::cli
