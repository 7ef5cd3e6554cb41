#pragma once

#include "pageview.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace agi::emu {

//! One action of the scripted agent: the page it leaves the browser on and what it says.
struct ScenarioStep
{
    PageView page;       // with highlighted + agentAction set
    QString action;      // click, type, navigate, scroll, read, select, submit
    QString description; // the step event's text
    QString thought;     // a THOUGHT message, may be empty
    QString log;         // an internal LOG message (origin system), may be empty
    QString question;    // non-empty: ask after this step and wait for the answer
    int delayMs = 1500;  // before this step, at speed 1
};

//! A whole scripted task. Text in later steps and the result may contain "{answer}", replaced by
//! the user's answer to the scenario's question, and "{choice}", the one of `choices` it picks.
struct Scenario
{
    QString kind; // flights, shopping, form, question, error, research
    QList<ScenarioStep> steps;
    QJsonValue result; // the DONE content: {"summary", ...}, or what the task's output instructions ask for
    int resultCount = 0;
    QStringList choices; // the options the question offers
    QString error;       // non-empty: the task ends in ERROR with this text instead of DONE
    int finalDelayMs = 1500;
};

} // namespace agi::emu
