#pragma once

#include "scenario.h"

#include <QRandomGenerator>
#include <QString>

namespace agi::emu {

//! Assembles one Scenario step by step from a task text and a seed; one method per kind of task
//! (the kinds live in scenariokinds.cpp).
class ScenarioBuilder final
{
public:
    ScenarioBuilder(QString task, quint32 seed);

    quint32 pageSeed();
    //! Appends a step showing `page` with element `highlight` acted on.
    void add(PageView page, int highlight, const QString &action, const QString &description,
        const QString &thought = {}, const QString &log = {});
    void ask(const QString &question);
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
    QString pick(const QStringList &choices);
    QString searchUrl(const QString &query) const;
    PageView searchPage(const QString &query, const QList<std::pair<QString, QString>> &results);
    QString shortTask(int maxChars) const;
    QString extractAfter(const QStringList &markers, const QString &fallback) const;

    QString m_task;
    QRandomGenerator m_rng;
    Scenario m_scenario;
};

} // namespace agi::emu
