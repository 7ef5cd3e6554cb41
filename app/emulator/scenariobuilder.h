#pragma once

#include "scenario.h"
#include "taskspec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

namespace agi::emu {

//! Assembles one Scenario step by step from a task text and a seed; one method per kind of task
//! (flights and shopping in their own files, the others in scenariokinds.cpp). The results follow
//! what the task asks for (see TaskSpec) and its output instructions.
class ScenarioBuilder final
{
public:
    //! `today` anchors the dates the agent picks or reads from the task.
    ScenarioBuilder(QString task, quint32 seed, QDate today);

    const TaskSpec &spec() const { return m_spec; }
    quint32 pageSeed();
    //! Appends a step showing `page` with element `highlight` acted on.
    void add(PageView page, int highlight, const QString &action, const QString &description,
        const QString &thought = {}, const QString &log = {});
    void ask(const QString &question, const QStringList &choices = {});
    //! The DONE result of a task that found a list: {"summary", listKey: items, extra...}, or just
    //! the items when the task asked for JSON or named the fields it wants.
    void finishWithList(
        const QString &summary, const QString &listKey, const QJsonArray &items, const QJsonObject &extra = {});
    //! The DONE result of a task that did one thing: {"summary", key: item}, or the item itself
    //! (reduced to the fields asked for) when the task named them.
    void finishWithItem(const QString &summary, const QString &key, const QJsonObject &item);
    Scenario take();

    void flights();
    void shopping();
    void form();
    void booking();
    void failing();
    void research();

private:
    int jitterMs();
    int bounded(int low, int high);
    double boundedPrice(double low, double high);
    QString pick(const QStringList &choices);
    //! A Google search URL for `query`, percent-encoded the way Google writes it.
    static QString searchUrl(const QString &query);
    PageView searchPage(const QString &query, const QList<std::pair<QString, QString>> &results);
    //! A day for the task: the one it names, else one in the week or month it names, else a few
    //! weeks on.
    QDate taskDate();

    QString m_task;
    TaskSpec m_spec;
    QDate m_today;
    QRandomGenerator m_rng;
    Scenario m_scenario;
};

//! "Thu, Jun 4, 2026": how the agent writes a day.
QString readableDate(QDate date);

} // namespace agi::emu
