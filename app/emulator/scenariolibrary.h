#pragma once

#include "scenario.h"

#include <QString>
#include <QUrl>

namespace agi::emu {

//! Turns a task text into a scripted Scenario: picks the kind from the task's words and builds
//! its pages, thoughts and result from a seeded generator, so equal inputs give equal scenarios.
class ScenarioLibrary final
{
public:
    //! flights, shopping, form, question, error or research (the default).
    static QString kindFor(const QString &task);
    static Scenario build(const QString &task, const QUrl &startUrl, quint32 seed);
};

} // namespace agi::emu
