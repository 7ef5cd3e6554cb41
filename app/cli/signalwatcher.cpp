#include "cli/signalwatcher.h"

#include <QSocketNotifier>

#include <array>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace agi::cli {

namespace {

// The pipe's ends; the handler only reads pipeFds[1]. -1 while no watcher exists.
std::array<int, 2> pipeFds {-1, -1};
constexpr std::array<int, 2> Watched {SIGINT, SIGTERM};
SignalWatcher *instance = nullptr;

extern "C" void onSignal(int signalNumber)
{
    const int savedErrno = errno;
    const auto byte = static_cast<unsigned char>(signalNumber);
    // A full pipe drops the byte: a signal is already waiting to be read.
    [[maybe_unused]] const ssize_t written = ::write(pipeFds[1], &byte, 1);
    errno = savedErrno;
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (pipeFds[0] >= 0 || ::pipe2(pipeFds.data(), O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    instance = this;
    m_notifier = std::make_unique<QSocketNotifier>(pipeFds[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &SignalWatcher::readPipe);
    struct sigaction action
    { };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    for (const int signalNumber : Watched)
        ::sigaction(signalNumber, &action, nullptr);
}

SignalWatcher::~SignalWatcher()
{
    if (!m_notifier)
        return;
    struct sigaction action
    { };
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (const int signalNumber : Watched)
        ::sigaction(signalNumber, &action, nullptr);
    m_notifier.reset();
    instance = nullptr;
    for (int &fd : pipeFds) {
        ::close(fd);
        fd = -1;
    }
}

void SignalWatcher::deliverPending()
{
    if (instance)
        instance->readPipe();
}

void SignalWatcher::readPipe()
{
    unsigned char byte = 0;
    while (::read(pipeFds[0], &byte, 1) == 1)
        Q_EMIT received(int(byte));
}

} // namespace agi::cli
