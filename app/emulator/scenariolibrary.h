#pragma once

#include "scenario.h"

#include <QDate>
#include <QString>

namespace agi::emu {

//! Turns a task text into a scripted Scenario: picks the kind from the task's words and builds
//! its pages, thoughts and result from a seeded generator, so equal inputs give equal scenarios.
class ScenarioLibrary final
{
public:
    //! flights, shopping, form, question, error or research (the default).
    static QString kindFor(const QString &task);
    //! `startUrl` (may be empty) is kept exactly as the client sent it; `today` anchors the dates
    //! the agent reads or picks.
    static Scenario build(const QString &task, const QString &startUrl, quint32 seed, QDate today);
};

} // namespace agi::emu
