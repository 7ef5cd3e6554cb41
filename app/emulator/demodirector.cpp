#include "demodirector.h"

#include "sessionstore.h"

#include <QPointer>
#include <QTimer>

#include <cmath>
#include <memory>
#include <utility>

namespace agi::emu {

DemoDirector::DemoDirector(SessionStore *sessions, QString userId, double speed, bool loop, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_userId(std::move(userId))
    , m_speed(speed > 0 ? speed : 1.0)
    , m_loop(loop)
{ }

QStringList DemoDirector::tasks()
{
    return {
        QStringLiteral("Find flights from New York to Lisbon in June"),
        QStringLiteral("Buy a USB-C charger under $40"),
        QStringLiteral("Book a table for two on Friday evening"),
        QStringLiteral("Research the history of the espresso machine"),
        QStringLiteral("Sign up for the Acme Events newsletter"),
        QStringLiteral("Check the partner portal, it may be broken"),
        QStringLiteral("Find three nonstop flights from SFO to JFK under $450. Return as JSON array with fields: "
                       "airline, flight_number, price, departure_time, arrival_time"),
        QStringLiteral("Read about tidal energy and summarise it"),
    };
}

void DemoDirector::start(int count)
{
    for (int i = 0; i < count; ++i) {
        SessionStore::Request request;
        request.userId = m_userId;
        request.agentName = i % 3 == 2 ? QStringLiteral("agi-0-fast") : QStringLiteral("agi-0");
        EmulatedSession *session = m_sessions->create(request);
        const int delay = int(std::lround((600 + 1500 * i) / m_speed));
        QTimer::singleShot(delay, session, [this, session, i] { startNext(session, i); });
        if (m_loop) {
            // After each task: a pause, then the next task of the rotating list.
            auto next = std::make_shared<int>(i);
            connect(session, &EmulatedSession::taskFinished, this, [this, session, next] {
                *next += 1;
                const int index = *next;
                QTimer::singleShot(
                    int(std::lround(15000 / m_speed)), session, [this, session, index] { startNext(session, index); });
            });
        }
    }
}

void DemoDirector::startNext(EmulatedSession *session, int taskIndex)
{
    const QStringList all = tasks();
    const EmulatedSession::Exec exec = session->exec();
    if (exec == EmulatedSession::Exec::Running || exec == EmulatedSession::Exec::WaitingForInput
        || exec == EmulatedSession::Exec::Paused)
        return; // someone else gave it work meanwhile
    session->sendMessage(all.at(taskIndex % all.size()), {});
}

} // namespace agi::emu
