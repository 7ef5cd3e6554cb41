#include "model/snapshotfilterproxy.h"

#include "model/displaytext.h"
#include "model/snapshotlibrary.h"

#include <QDateTime>
#include <QUrl>

#include <algorithm>

namespace agi {

SnapshotFilterProxy::SnapshotFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SnapshotLibrary::SavedAtRole);
    setDynamicSortFilter(true);
}

void SnapshotFilterProxy::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void SnapshotFilterProxy::setHidesMissing(bool hide)
{
    if (hide == m_hideMissing)
        return;
    m_hideMissing = hide;
    invalidateRowsFilter();
}

void SnapshotFilterProxy::setShown(Shown shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    invalidateRowsFilter();
}

bool SnapshotFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool missing = row.data(SnapshotLibrary::MissingOnServerRole).toBool();
    if (m_hideMissing && missing)
        return false;
    if (m_shown == Shown::Missing && !missing)
        return false;
    if (m_shown == Shown::Defaults && !row.data(SnapshotLibrary::MadeDefaultRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = row.data(SnapshotLibrary::NameRole).toString() + QLatin1Char('\n')
        + row.data(SnapshotLibrary::TitleRole).toString() + QLatin1Char('\n')
        + DisplayText::url(row.data(SnapshotLibrary::UrlRole).toUrl()) + QLatin1Char('\n')
        + row.data(SnapshotLibrary::SessionIdRole).toString();
    return std::ranges::all_of(
        m_words, [&](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); });
}

bool SnapshotFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.metaType().id() == QMetaType::QDateTime && b.metaType().id() == QMetaType::QDateTime)
        return a.toDateTime() < b.toDateTime();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

} // namespace agi
