#include "cli/snapshotscommand.h"

#include "cli/clicontext.h"
#include "cli/output.h"
#include "model/displaytext.h"
#include "model/snapshotexchange.h"
#include "model/snapshotlibrary.h"
#include "monitor/makedefaultoperation.h"
#include "monitor/sessionmonitor.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace agi::cli {

namespace {

const QStringList kActions {QStringLiteral("list"), QStringLiteral("rename"), QStringLiteral("forget"),
    QStringLiteral("make-default"), QStringLiteral("export"), QStringLiteral("import")};

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

SnapshotsCommand *SnapshotsCommand::create(const Invocation &invocation, QString *error)
{
    QStringList arguments = invocation.arguments;
    const QString action = arguments.isEmpty() ? QStringLiteral("list") : arguments.takeFirst();
    if (!kActions.contains(action)) {
        *error = tr("Unknown action '%1': use list, rename, forget, make-default, export or import.").arg(action);
        return nullptr;
    }
    qsizetype wanted = 1;
    QString usage;
    if (action == QLatin1String("list")) {
        wanted = 0;
    } else if (action == QLatin1String("rename")) {
        wanted = 2;
        usage = QStringLiteral("ENTRY NAME");
    } else if (action == QLatin1String("export") || action == QLatin1String("import")) {
        usage = QStringLiteral("FILE");
    } else {
        usage = QStringLiteral("ENTRY");
    }
    if (action == QLatin1String("rename") && arguments.size() > 2) {
        // The name may be given as several words.
        const QString name = arguments.mid(1).join(QLatin1Char(' '));
        arguments = {arguments.first(), name};
    }
    if (arguments.size() != wanted) {
        *error = wanted == 0 ? tr("'snapshots %1' takes no arguments.").arg(action)
                             : tr("'snapshots %1' takes %2.").arg(action, usage);
        return nullptr;
    }
    return new SnapshotsCommand(invocation, action, arguments);
}

bool SnapshotsCommand::needsKey(const QStringList &arguments)
{
    return arguments.value(0) == QLatin1String("make-default");
}

SnapshotsCommand::SnapshotsCommand(const Invocation &invocation, const QString &action, const QStringList &arguments)
    : Command(invocation)
    , m_action(action)
    , m_arguments(arguments)
    , m_yes(invocation.parser->isSet(QStringLiteral("yes")))
{ }

SnapshotLibrary &SnapshotsCommand::library() const
{
    return *context()->monitor().library();
}

void SnapshotsCommand::run()
{
    // A damaged library file was kept aside; say so, and go on with what could be read.
    if (!library().errorString().isEmpty())
        out().error(DisplayText::oneLine(library().errorString()));
    if (m_action == QLatin1String("list"))
        list();
    else if (m_action == QLatin1String("rename"))
        rename();
    else if (m_action == QLatin1String("forget"))
        forget();
    else if (m_action == QLatin1String("make-default"))
        makeDefault();
    else if (m_action == QLatin1String("export"))
        exportLibrary();
    else
        importLibrary();
}

std::optional<SnapshotEntry> SnapshotsCommand::resolve(const QString &idOrPrefix)
{
    bool ambiguous = false;
    std::optional<SnapshotEntry> entry = library().find(idOrPrefix, &ambiguous);
    if (entry)
        return entry;
    if (ambiguous) {
        QStringList candidates;
        for (const SnapshotEntry &candidate : library().entries()) {
            if (candidate.sessionId.startsWith(idOrPrefix.trimmed()))
                candidates.append(
                    candidate.sessionId + QStringLiteral(" (") + candidate.displayName() + QLatin1Char(')'));
        }
        out().error(tr("'%1' names several snapshots: %2.").arg(idOrPrefix, candidates.join(QStringLiteral(", "))),
            tr("Give more of the session id."));
        finish(ExitCode::Usage);
        return std::nullopt;
    }
    out().error(tr("No snapshot in the library of %1 matches '%2'.").arg(library().account().displayText(), idOrPrefix),
        tr("See 'agi-session snapshots'."));
    finish(ExitCode::NotFound);
    return std::nullopt;
}

void SnapshotsCommand::list()
{
    const std::optional<SnapshotEntry> current = library().defaultEntry();
    const QString currentId = current ? current->sessionId : QString();
    if (out().json()) {
        QJsonArray entries;
        for (const SnapshotEntry &entry : library().entries()) {
            entries.append(QJsonObject {
                {QStringLiteral("name"), entry.displayName()},
                {QStringLiteral("session_id"), entry.sessionId},
                {QStringLiteral("url"), entry.lastUrl.toString(QUrl::FullyEncoded)},
                {QStringLiteral("title"), entry.lastTitle},
                {QStringLiteral("saved_at"), isoTime(entry.savedAt)},
                {QStringLiteral("mode"), snapshotModeName(entry.mode)},
                {QStringLiteral("default"), entry.sessionId == currentId},
                {QStringLiteral("made_default"), entry.madeDefault},
                {QStringLiteral("confirmed"), entry.confirmed},
                {QStringLiteral("agent"), entry.agentName},
                {QStringLiteral("last_used_at"), isoTime(entry.lastUsedAt)},
                {QStringLiteral("missing_on_server"), entry.missingOnServer},
                {QStringLiteral("replaced_default"), entry.replacedDefaultId},
                {QStringLiteral("restored_from"), entry.restoredFromId},
            });
        }
        QJsonArray history;
        for (const SnapshotDefaultPeriod &period : library().defaultHistory())
            history.append(period.toJson());
        out().document(QJsonObject {{QStringLiteral("account"), library().account().displayText()},
            {QStringLiteral("snapshots"), entries}, {QStringLiteral("default_history"), history}});
        finish(ExitCode::Ok);
        return;
    }
    out().note(tr("Snapshots of %1:").arg(library().account().displayText()));
    QList<QStringList> rows;
    for (const SnapshotEntry &entry : library().entries()) {
        QString mode = snapshotModeName(entry.mode);
        if (!entry.confirmed)
            mode += tr(" (unconfirmed)");
        if (entry.missingOnServer)
            mode += tr(" (no longer on the server)");
        rows.append(
            {entry.sessionId == currentId ? QStringLiteral("*") : QString(), DisplayText::oneLine(entry.displayName()),
                entry.sessionId, DisplayText::url(entry.lastUrl), DisplayText::oneLine(entry.lastTitle),
                QLocale::c().toString(entry.savedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")), mode});
    }
    if (rows.isEmpty()) {
        out().note(tr("No snapshots saved yet: 'agi-session end ID --save snapshot' saves one."));
        finish(ExitCode::Ok);
        return;
    }
    out().table(
        {tr("DEFAULT"), tr("NAME"), tr("SESSION ID"), tr("URL"), tr("TITLE"), tr("SAVED AT"), tr("MODE")}, rows);
    finish(ExitCode::Ok);
}

void SnapshotsCommand::rename()
{
    const std::optional<SnapshotEntry> entry = resolve(m_arguments.at(0));
    if (!entry)
        return;
    if (!library().rename(entry->sessionId, m_arguments.at(1))) {
        out().error(DisplayText::oneLine(library().errorString()));
        finish(ExitCode::Failure);
        return;
    }
    out().note(tr("Snapshot %1 is now called \"%2\".")
                   .arg(entry->sessionId, library().entry(entry->sessionId)->displayName()));
    finish(ExitCode::Ok);
}

void SnapshotsCommand::forget()
{
    const std::optional<SnapshotEntry> entry = resolve(m_arguments.at(0));
    if (!entry)
        return;
    const QString what = tr("\"%1\" (session %2)").arg(DisplayText::oneLine(entry->displayName()), entry->sessionId);
    if (!m_yes) {
        if (!Output::stdinIsTerminal()) {
            out().error(
                tr("Not forgetting %1 without confirmation.").arg(what), tr("Add --yes to forget it from a script."));
            finish(ExitCode::NotConfirmed);
            return;
        }
        out().clearProgress();
        QTextStream err(stderr);
        err << tr("Forget %1 on this computer? The server's copy is not deleted (the API has no call for that).")
                   .arg(what)
            << ' ' << tr("[y/N]") << ' ';
        err.flush();
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            out().error(tr("%1 was kept.").arg(what));
            finish(ExitCode::NotConfirmed);
            return;
        }
    }
    if (!library().remove(entry->sessionId)) {
        out().error(DisplayText::oneLine(library().errorString()));
        finish(ExitCode::Failure);
        return;
    }
    out().note(
        tr("Forgot %1 on this computer. The server's copy is not deleted: the API has no call for that.").arg(what));
    finish(ExitCode::Ok);
}

void SnapshotsCommand::makeDefault()
{
    const std::optional<SnapshotEntry> entry = resolve(m_arguments.at(0));
    if (!entry)
        return;
    auto *operation = new MakeDefaultOperation(&context()->client(), &library(), entry->sessionId, this);
    connect(operation, &MakeDefaultOperation::stepChanged, this,
        [this](int step, const QString &text) { out().note(tr("Step %1 of 2: %2").arg(step).arg(text)); });
    connect(operation, &MakeDefaultOperation::finished, this,
        [this, operation](bool ok, const QString &text, const QString &newEntry) {
            if (out().json()) {
                out().document(QJsonObject {{QStringLiteral("ok"), ok},
                    {QStringLiteral("session_id"), operation->entrySessionId()},
                    {QStringLiteral("new_entry"), newEntry}, {QStringLiteral("message"), text}});
            }
            if (!ok) {
                out().error(DisplayText::oneLine(text));
                const std::optional<SnapshotEntry> now = library().entry(operation->entrySessionId());
                finish(now && now->missingOnServer ? ExitCode::NotFound : ExitCode::Failure);
                return;
            }
            out().note(DisplayText::oneLine(text));
            finish(ExitCode::Ok);
        });
    if (!operation->start()) {
        out().error(tr("The snapshot %1 could not be made the default.").arg(entry->sessionId));
        finish(ExitCode::Failure);
    }
}

void SnapshotsCommand::exportLibrary()
{
    QString error;
    if (!SnapshotExchange::exportTo(library(), m_arguments.at(0), &error)) {
        out().error(DisplayText::oneLine(error), tr("Choose another file."));
        finish(ExitCode::Failure);
        return;
    }
    out().note(tr("Exported %n snapshot(s) of %1 to %2.", nullptr, int(library().rowCount()))
                   .arg(library().account().displayText(), m_arguments.at(0)));
    finish(ExitCode::Ok);
}

void SnapshotsCommand::importLibrary()
{
    const SnapshotExchange::ImportResult result = SnapshotExchange::importFrom(library(), m_arguments.at(0));
    if (out().json()) {
        out().document(QJsonObject {{QStringLiteral("ok"), result.ok}, {QStringLiteral("added"), result.added},
            {QStringLiteral("skipped"), result.skipped},
            {QStringLiteral("kept_names"), QJsonArray::fromStringList(result.keptNames)},
            {QStringLiteral("message"), result.summary()}});
    }
    if (!result.ok) {
        out().error(DisplayText::oneLine(result.error));
        finish(ExitCode::Failure);
        return;
    }
    for (const QString &kept : result.keptNames)
        out().note(kept);
    out().note(tr("Into the library of %1: %2").arg(library().account().displayText(), result.summary()));
    finish(ExitCode::Ok);
}

} // namespace agi::cli
