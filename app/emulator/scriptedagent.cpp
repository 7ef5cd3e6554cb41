#include "scriptedagent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>
#include <cmath>
#include <utility>

namespace agi::emu {

ScriptedAgent::ScriptedAgent(double speed, QObject *parent)
    : QObject(parent)
    , m_speed(speed > 0 ? speed : 1.0)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ScriptedAgent::advance);
}

void ScriptedAgent::start(Scenario scenario)
{
    cancel();
    m_scenario = std::move(scenario);
    m_next = 0;
    m_active = true;
    m_answer.clear();
    schedule(m_scenario.steps.isEmpty() ? m_scenario.finalDelayMs : m_scenario.steps.constFirst().delayMs);
}

void ScriptedAgent::answer(const QString &text)
{
    if (!m_active || !m_waiting)
        return;
    m_answer = text;
    m_waiting = false;
    schedule(m_next < m_scenario.steps.size() ? m_scenario.steps.at(m_next).delayMs : m_scenario.finalDelayMs);
}

void ScriptedAgent::pause()
{
    if (!m_active || m_paused)
        return;
    m_paused = true;
    if (m_timer.isActive()) {
        m_remainingMs = std::max(0, m_timer.remainingTime());
        m_timer.stop();
    }
}

void ScriptedAgent::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (m_remainingMs >= 0) {
        m_timer.start(m_remainingMs);
        m_remainingMs = -1;
    }
}

void ScriptedAgent::cancel()
{
    m_timer.stop();
    m_active = false;
    m_waiting = false;
    m_paused = false;
    m_remainingMs = -1;
}

void ScriptedAgent::schedule(int delayMs)
{
    const int scaled = int(std::lround(delayMs / m_speed));
    if (m_paused) {
        m_remainingMs = scaled;
        return;
    }
    m_timer.start(scaled);
}

void ScriptedAgent::advance()
{
    if (!m_active || m_paused || m_waiting)
        return;
    if (m_next >= m_scenario.steps.size()) {
        m_active = false;
        if (!m_scenario.error.isEmpty())
            Q_EMIT failed(m_scenario.error);
        else
            Q_EMIT finished(withAnswer(m_scenario.result), m_scenario.resultCount);
        return;
    }
    ScenarioStep step = m_scenario.steps.at(m_next);
    const int number = ++m_next;
    if (!m_answer.isEmpty()) {
        for (PageElement &element : step.page.elements) {
            element.text = withAnswer(element.text);
            element.detail = withAnswer(element.detail);
        }
        step.page.agentAction = withAnswer(step.page.agentAction);
        step.thought = withAnswer(step.thought);
        step.description = withAnswer(step.description);
    }
    Q_EMIT stepTaken(number, step);
    if (!m_active)
        return; // cancelled from a slot
    if (!step.question.isEmpty()) {
        m_waiting = true;
        Q_EMIT asked(step.question);
        return;
    }
    schedule(m_next < m_scenario.steps.size() ? m_scenario.steps.at(m_next).delayMs : m_scenario.finalDelayMs);
}

QString ScriptedAgent::withAnswer(QString text) const
{
    if (text.contains(QLatin1String("{choice}")))
        text.replace(QLatin1String("{choice}"), choice());
    return text.replace(QLatin1String("{answer}"), m_answer.left(60));
}

QString ScriptedAgent::choice() const
{
    const QStringList &options = m_scenario.choices;
    if (options.isEmpty())
        return m_answer.left(60);
    const QString answer = m_answer.toLower();
    for (const QString &option : options) {
        if (answer.contains(option.toLower()))
            return option;
    }
    // An hour: "7 pm", "7:30", "19h". Without am/pm an evening is meant, as the offered slots are.
    static const QRegularExpression hour(QStringLiteral("\\b(\\d{1,2})(?:[:.h](\\d\\d))?\\s*(am|pm|h)?\\b"));
    const QRegularExpressionMatch m = hour.match(answer);
    if (m.hasMatch()) {
        int minutes = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        if (m.captured(3) != QLatin1String("am") && minutes < 12 * 60)
            minutes += 12 * 60;
        const auto distance = [minutes](const QString &option) {
            const QTime time = QTime::fromString(option, QStringLiteral("H:mm"));
            return std::abs(time.hour() * 60 + time.minute() - minutes);
        };
        return *std::min_element(options.cbegin(), options.cend(),
            [&](const QString &a, const QString &b) { return distance(a) < distance(b); });
    }
    static const QRegularExpression later(QStringLiteral("\\b(?:late|later|latest|second|last|2nd)\\b"));
    return later.match(answer).hasMatch() ? options.constLast() : options.constFirst();
}

QJsonValue ScriptedAgent::withAnswer(const QJsonValue &value) const
{
    if (value.isString())
        return withAnswer(value.toString());
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = withAnswer(it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue item : value.toArray())
            array.append(withAnswer(item));
        return array;
    }
    return value;
}

} // namespace agi::emu
