#pragma once

#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QTabWidget;
class QToolBar;
class QTreeView;

namespace agi {

class SessionMonitor;
class SnapshotDefaultHistoryModel;
class SnapshotFilterProxy;
class SnapshotLibrary;
class SnapshotTableModel;
class StatusBanner;

//! The snapshot library in a place of its own: one row per saved snapshot (last frame, name, default
//! marker, session, URL, agent, when saved, mode, last used), sorted by any column, filtered (all,
//! defaults, no longer on the server) and searched by name, URL and title. A line above says whose
//! library it is (the account). Rows are renamed in place (F2, double-click), saved at once.
//!
//! Actions on the selected entry: start a session from it (startSessionRequested(), the window opens
//! the create dialog), make it the default again (two requests, each step shown in the banner),
//! forget it locally (asks first) and copy its session id. A second tab shows the default
//! environment's history; the whole library is exported to and imported from a JSON file.
class SnapshotLibraryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotLibraryView)

public:
    explicit SnapshotLibraryView(SessionMonitor *monitor, QWidget *parent = nullptr);
    ~SnapshotLibraryView() override;

    //! Shows the entry (clearing a search or filter that hides it), selects it and gives it focus.
    //! False when the library has no such entry.
    bool selectEntry(const QString &sessionId);
    //! The selected entry's session id, empty when none is.
    QString currentSessionId() const;

    SnapshotTableModel *model() const { return m_model; }
    SnapshotFilterProxy *proxy() const { return m_proxy; }
    QTreeView *table() const { return m_table; }
    //! Which snapshot was the default from when until when, newest first (the second tab).
    QTreeView *historyTable() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }
    StatusBanner *banner() const { return m_banner; }

    QAction *startSessionAction() const { return m_start; }
    QAction *makeDefaultAction() const { return m_makeDefault; }
    QAction *renameAction() const { return m_rename; }
    QAction *forgetAction() const { return m_forget; }
    QAction *copySessionIdAction() const { return m_copyId; }
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    //! Is "make it the default again" under way?
    bool isMakingDefault() const;

Q_SIGNALS:
    //! The user wants a new session restored from this snapshot.
    void startSessionRequested(const QString &sessionId);
    //! "Make it the default again" is over; its outcome is in the banner.
    void makeDefaultFinished(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildActions();
    //! The action whose shortcut `event` is, when it is enabled; null otherwise.
    QAction *actionFor(const QKeyEvent *event) const;
    void updateAccount();
    void updateActions();
    void updateEmptyHint();
    void showContextMenu(const QPoint &pos);
    void startSession();
    void makeDefault();
    void renameCurrent();
    void forget();
    void copySessionId();
    void exportLibrary();
    void importLibrary();

    SessionMonitor *m_monitor = nullptr;
    SnapshotLibrary *m_library = nullptr;
    SnapshotTableModel *m_model = nullptr;
    SnapshotFilterProxy *m_proxy = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_filter = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_table = nullptr;
    SnapshotDefaultHistoryModel *m_historyModel = nullptr;
    QTreeView *m_history = nullptr;
    QLabel *m_emptyHint = nullptr;
    StatusBanner *m_banner = nullptr;
    QAction *m_start = nullptr;
    QAction *m_makeDefault = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_forget = nullptr;
    QAction *m_copyId = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QPointer<QObject> m_makingDefault; // the operation under way
    QTimer m_clock;                    // relative times move on
};

} // namespace agi
