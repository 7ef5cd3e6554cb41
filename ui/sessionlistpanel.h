#pragma once

#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace agi {

class AppActions;
class SessionFilterProxy;
class SessionListModel;
class StatusBanner;

//! The left side of the window: search field, status filter, a banner for failing refreshes and
//! the sortable session table, with an empty state that tells a newcomer what to do. The current
//! session is tracked by id, so it survives refreshes, sorting and filtering.
class SessionListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListPanel)

public:
    //! Entries of the status filter, in the order the combo shows them.
    enum class StatusFilter {
        All,
        Active,
        NeedsInput,
        Paused,
        Idle,
        Finished,
        Error
    };
    Q_ENUM(StatusFilter)

    SessionListPanel(SessionListModel *model, AppActions *actions, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    SessionFilterProxy *proxy() const { return m_proxy; }
    StatusBanner *banner() const { return m_banner; }
    QLineEdit *searchField() const { return m_search; }

    //! The full id of the current session; empty when none is selected.
    QString currentSessionId() const { return m_currentId; }
    //! Makes `sessionId` current (clearing a filter that hides it); false when it is not listed.
    bool selectSession(const QString &sessionId);
    void setStatusFilter(StatusFilter filter);

    //! Until the first answer arrives the empty state says "Loading" rather than "No sessions".
    void setLoaded(bool loaded);

    void focusSearch();

    //! The ids of the rows the table shows now, top first (what scrolling, resizing, sorting and
    //! filtering leave in sight).
    QStringList visibleSessionIds() const;

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void currentSessionChanged(const QString &sessionId);
    void newSessionRequested();
    //! The rows in sight changed (coalesced): the core fetches what only shown rows need.
    void visibleSessionsChanged(const QStringList &sessionIds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged();
    void onRowsAboutToBeRemoved(int first, int last);
    void onRowsRemoved();
    void updateEmptyState();
    void applyStatusFilter(int comboIndex);
    void showContextMenu(const QPoint &position);
    void copyCurrentId();
    void scheduleVisibleSessions();

    SessionListModel *m_model = nullptr;
    SessionFilterProxy *m_proxy = nullptr;
    AppActions *m_actions = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusCombo = nullptr;
    StatusBanner *m_banner = nullptr;
    QTreeView *m_view = nullptr;
    QWidget *m_empty = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QTimer m_visibleTimer;
    QStringList m_visibleIds; // as last announced
    QString m_currentId;
    bool m_loaded = false;
    // The session shown stays shown when its row leaves the view (it ended under the "Active"
    // filter, or left the list): no neighbour is picked in its place, nothing is selected, until
    // the user picks another.
    bool m_currentLeaving = false;
    bool m_keepCurrent = false;
};

} // namespace agi
