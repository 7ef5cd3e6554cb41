#include "snapshottablemodel.h"

#include "model/displaytext.h"
#include "model/sessionlistmodel.h"
#include "model/snapshotlibrary.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace agi {

SnapshotTableModel::SnapshotTableModel(SnapshotLibrary *library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
    // The library's rows are this table's rows: its changes are passed on as they happen.
    connect(library, &QAbstractItemModel::rowsAboutToBeInserted, this,
        [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); });
    connect(library, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(library, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &, int first, int last) { beginRemoveRows({}, first, last); });
    connect(library, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(library, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(library, &QAbstractItemModel::modelReset, this, [this] {
        m_thumbnails.clear();
        endResetModel();
    });
    connect(library, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                m_thumbnails.remove(m_library->index(row).data(SnapshotLibrary::SessionIdRole).toString());
            Q_EMIT dataChanged(index(topLeft.row(), 0), index(bottomRight.row(), ColumnCount - 1));
            // "Replaced <name>" of other rows may name the entry that changed.
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, DefaultColumn), index(rowCount() - 1, DefaultColumn));
        });
}

QModelIndex SnapshotTableModel::indexOf(const QString &sessionId, int column) const
{
    const int row = m_library->rowOf(sessionId);
    return row < 0 ? QModelIndex() : index(row, column);
}

void SnapshotTableModel::refreshRelativeTimes()
{
    if (rowCount() == 0)
        return;
    Q_EMIT dataChanged(index(0, SavedColumn), index(rowCount() - 1, SavedColumn), {Qt::DisplayRole});
    Q_EMIT dataChanged(index(0, LastUsedColumn), index(rowCount() - 1, LastUsedColumn), {Qt::DisplayRole});
}

void SnapshotTableModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshRelativeTimes();
}

QDateTime SnapshotTableModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

int SnapshotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_library->rowCount();
}

int SnapshotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant SnapshotTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QModelIndex source = m_library->index(index.row());
    const int column = index.column();
    const bool missing = source.data(SnapshotLibrary::MissingOnServerRole).toBool();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(source, column);
    case Qt::EditRole:
        return column == NameColumn ? source.data(SnapshotLibrary::NameRole) : QVariant();
    case Qt::ToolTipRole:
        return toolTipData(source, column);
    case Qt::DecorationRole: {
        if (column != ThumbnailColumn)
            return {};
        const QString id = source.data(SnapshotLibrary::SessionIdRole).toString();
        auto it = m_thumbnails.find(id);
        if (it == m_thumbnails.end()) {
            const auto full = source.data(SnapshotLibrary::ThumbnailRole).value<QImage>();
            it = m_thumbnails.insert(id,
                full.isNull() ? QImage() : full.scaled(thumbnailSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        }
        return it->isNull() ? QVariant() : QVariant(*it);
    }
    case Qt::ForegroundRole:
        // What the server no longer has is greyed out, and says why in its tooltip.
        if (missing)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (column == DefaultColumn && source.data(SnapshotLibrary::IsCurrentDefaultRole).toBool()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SortRole:
        return sortData(source, column);
    default:
        // The library's own roles, on every column (filtering, selection, tests).
        return role >= Qt::UserRole ? source.data(role) : QVariant();
    }
}

QString SnapshotTableModel::nameOf(const QString &sessionId) const
{
    const std::optional<SnapshotEntry> entry = m_library->entry(sessionId);
    return entry ? entry->displayName() : SessionListModel::shortId(sessionId);
}

QString SnapshotTableModel::statusText(const QModelIndex &source) const
{
    QStringList parts;
    if (source.data(SnapshotLibrary::IsCurrentDefaultRole).toBool())
        parts.append(tr("★ Default"));
    else if (source.data(SnapshotLibrary::MadeDefaultRole).toBool())
        parts.append(tr("Earlier default"));
    const QString restoredFrom = source.data(SnapshotLibrary::RestoredFromRole).toString();
    if (!restoredFrom.isEmpty())
        parts.append(tr("again from %1").arg(nameOf(restoredFrom)));
    const QString replaced = source.data(SnapshotLibrary::ReplacedDefaultRole).toString();
    if (!replaced.isEmpty() && source.data(SnapshotLibrary::MadeDefaultRole).toBool())
        parts.append(tr("replaced %1").arg(nameOf(replaced)));
    if (source.data(SnapshotLibrary::MissingOnServerRole).toBool())
        parts.append(tr("no longer on the server"));
    return parts.join(QStringLiteral(", "));
}

QVariant SnapshotTableModel::displayData(const QModelIndex &source, int column) const
{
    switch (column) {
    case ThumbnailColumn:
        return {};
    case NameColumn:
        return source.data(SnapshotLibrary::NameRole);
    case DefaultColumn:
        return statusText(source);
    case SessionColumn:
        return SessionListModel::shortId(source.data(SnapshotLibrary::SessionIdRole).toString());
    case UrlColumn:
        return DisplayText::url(source.data(SnapshotLibrary::UrlRole).toUrl());
    case AgentColumn:
        return DisplayText::oneLine(source.data(SnapshotLibrary::AgentRole).toString());
    case SavedColumn:
        return SessionListModel::relativeTime(source.data(SnapshotLibrary::SavedAtRole).toDateTime(), now());
    case ModeColumn:
        return source.data(SnapshotLibrary::EntryRole).value<SnapshotEntry>().modeText();
    case LastUsedColumn: {
        const QDateTime used = source.data(SnapshotLibrary::LastUsedRole).toDateTime();
        return used.isValid() ? SessionListModel::relativeTime(used, now()) : tr("never");
    }
    default:
        return {};
    }
}

QVariant SnapshotTableModel::toolTipData(const QModelIndex &source, int column) const
{
    const auto absolute = [](const QDateTime &when) {
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : QString();
    };
    QString text;
    switch (column) {
    case SessionColumn:
        text = source.data(SnapshotLibrary::SessionIdRole).toString();
        break;
    case UrlColumn:
        text = DisplayText::url(source.data(SnapshotLibrary::UrlRole).toUrl());
        break;
    case NameColumn: {
        const QString title = DisplayText::oneLine(source.data(SnapshotLibrary::TitleRole).toString());
        text = title.isEmpty() ? QString() : tr("Page title: %1").arg(title);
        break;
    }
    case SavedColumn:
        text = absolute(source.data(SnapshotLibrary::SavedAtRole).toDateTime());
        break;
    case LastUsedColumn: {
        const QDateTime used = source.data(SnapshotLibrary::LastUsedRole).toDateTime();
        text = used.isValid() ? absolute(used) : tr("No session was started from it yet");
        break;
    }
    case DefaultColumn: {
        const QString replaced = source.data(SnapshotLibrary::ReplacedDefaultRole).toString();
        if (source.data(SnapshotLibrary::IsCurrentDefaultRole).toBool())
            text = tr("Your default environment: new sessions that restore the default start from it.");
        else if (source.data(SnapshotLibrary::MadeDefaultRole).toBool())
            text = tr("Was your default environment until a later save replaced it.");
        if (!replaced.isEmpty() && source.data(SnapshotLibrary::MadeDefaultRole).toBool())
            text += QLatin1Char('\n') + tr("It replaced %1 (session %2).").arg(nameOf(replaced), replaced);
        const QString restoredFrom = source.data(SnapshotLibrary::RestoredFromRole).toString();
        if (!restoredFrom.isEmpty())
            text += QLatin1Char('\n')
                + tr("Made the default again from %1 (session %2): a session restored from it, saved as the "
                     "default.")
                      .arg(nameOf(restoredFrom), restoredFrom);
        break;
    }
    default:
        break;
    }
    if (source.data(SnapshotLibrary::MissingOnServerRole).toBool()) {
        const QString why = tr("No longer on the server: a restore from it was refused (404). It is kept here so "
                               "you know what it was; sessions can no longer start from it.");
        text = text.isEmpty() ? why : text.trimmed() + QLatin1Char('\n') + why;
    }
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

QVariant SnapshotTableModel::sortData(const QModelIndex &source, int column) const
{
    switch (column) {
    case ThumbnailColumn:
    case SavedColumn:
        return source.data(SnapshotLibrary::SavedAtRole);
    case LastUsedColumn:
        return source.data(SnapshotLibrary::LastUsedRole);
    case DefaultColumn:
        // The current default first, then earlier defaults, then the rest; missing ones last.
        return QStringLiteral("%1%2%3")
            .arg(source.data(SnapshotLibrary::MissingOnServerRole).toBool() ? 1 : 0)
            .arg(source.data(SnapshotLibrary::IsCurrentDefaultRole).toBool() ? 0 : 1)
            .arg(source.data(SnapshotLibrary::MadeDefaultRole).toBool() ? 0 : 1);
    case SessionColumn:
        return source.data(SnapshotLibrary::SessionIdRole);
    default:
        return displayData(source, column);
    }
}

bool SnapshotTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() != NameColumn || role != Qt::EditRole)
        return false;
    // The library writes at once and signals the change (dataChanged reaches the views from there).
    return m_library->setData(m_library->index(index.row()), value, Qt::EditRole);
}

Qt::ItemFlags SnapshotTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant SnapshotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ThumbnailColumn:
        return tr("Last frame");
    case NameColumn:
        return tr("Name");
    case DefaultColumn:
        return tr("Default");
    case SessionColumn:
        return tr("Session");
    case UrlColumn:
        return tr("URL");
    case AgentColumn:
        return tr("Agent");
    case SavedColumn:
        return tr("Saved");
    case ModeColumn:
        return tr("Mode");
    case LastUsedColumn:
        return tr("Last used");
    default:
        return {};
    }
}

} // namespace agi
