#pragma once

#include "scenario.h"

#include <QObject>
#include <QTimer>

namespace agi::emu {

//! Plays a Scenario on a timer: one step at a time, waiting for an answer after a question,
//! with a clock that pause() freezes and resume() continues.
class ScriptedAgent final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedAgent)

public:
    explicit ScriptedAgent(double speed, QObject *parent = nullptr);

    void start(Scenario scenario);
    //! The user's answer to the pending question; the task continues.
    void answer(const QString &text);
    void pause();
    void resume();
    void cancel();

    bool isActive() const { return m_active; }
    bool isWaiting() const { return m_waiting; }
    const QString &kind() const { return m_scenario.kind; }

Q_SIGNALS:
    void stepTaken(int number, const agi::emu::ScenarioStep &step);
    void asked(const QString &question);
    void finished(const QJsonValue &result, int resultCount);
    void failed(const QString &error);

private:
    void advance();
    void schedule(int delayMs);
    QString withAnswer(QString text) const;
    //! The one of the scenario's choices the answer names ("the later one", "7:30 pm", "19:00").
    QString choice() const;
    QJsonValue withAnswer(const QJsonValue &value) const;

    double m_speed = 1.0;
    Scenario m_scenario;
    int m_next = 0;
    bool m_active = false;
    bool m_waiting = false;
    bool m_paused = false;
    int m_remainingMs = -1; // frozen time left when paused, -1 none
    QString m_answer;
    QTimer m_timer;
};

} // namespace agi::emu
