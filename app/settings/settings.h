#pragma once

#include "notify/attentionkind.h"

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QUrl>
#include <QVariantHash>

namespace agi {

//! Typed access to the user's preferences (QSettings). Never holds the API key: that lives in the
//! keychain (Credentials) or comes from AGI_API_KEY. Writes only complete files (see sync()).
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    static constexpr int minimumFrameIntervalMs = 250;

    explicit Settings(QObject *parent = nullptr);
    //! For tests: settings kept in the given file instead of the user's configuration.
    explicit Settings(const QString &fileName, QObject *parent = nullptr);
    //! Saves what is still unsaved.
    ~Settings() override;

    static QUrl productionBaseUrl();

    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &url);

    //! The user id the API knows the default environment by: the saved one (typed once by the
    //! user), else the one of this run (the demo emulator's).
    QString userId() const;
    //! The user id as saved, without this run's stand-in: what the settings dialog edits.
    QString savedUserId() const;
    void setUserId(const QString &id);
    //! A user id for this run only, used while none is saved; never written to disk. The demo
    //! emulator's account has one, so its default environment can be tried without typing it.
    void setRunUserId(const QString &id);

    int frameIntervalMs() const;
    void setFrameIntervalMs(int ms);
    //! Milliseconds between a wall tile's frames for a wall of up to 16 tiles (see WallView::tileInterval).
    int wallIntervalMs() const;
    void setWallIntervalMs(int ms);

    int listRefreshMs() const;
    void setListRefreshMs(int ms);

    //! Whether a desktop notification is shown for `kind` (all are, by default).
    bool notifies(AttentionKind kind) const;
    void setNotifies(AttentionKind kind, bool on);
    //! How long a running session may show no change (frame, URL, messages) before it is stalled.
    int stallSeconds() const;
    void setStallSeconds(int seconds);

    //! Frames of a session's history kept on disk (the oldest go first).
    int historyMaxFrames() const;
    void setHistoryMaxFrames(int frames);
    //! Bytes kept on disk by all sessions' histories together (the oldest frames go first).
    qint64 historyMaxBytes() const;
    void setHistoryMaxBytes(qint64 bytes);

    // Window layout and the last selection: restored at start, saved at exit. They are state,
    // not preferences, so they do not emit changed().
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    //! The session view's split between the frame and the agent, side by side and stacked.
    QByteArray sessionViewState() const;
    void setSessionViewState(const QByteArray &state);
    //! The agent's split between its timeline and the chosen message's details.
    QByteArray timelineSplitterState() const;
    void setTimelineSplitterState(const QByteArray &state);
    //! The session list's columns: widths, order and sort.
    QByteArray listHeaderState() const;
    void setListHeaderState(const QByteArray &state);
    QString lastSessionId() const;
    void setLastSessionId(const QString &id);

    //! Writes what changed since the last save to disk: a preference at once, the window state when
    //! this is called (at exit). A file that cannot be written completely (a full disk) is never left
    //! cut off: the previous one stays, saveFailed() says so, and the values stay for this run and are
    //! written with the next save. True when everything is on disk.
    bool sync();

Q_SIGNALS:
    void changed();
    //! A save failed; `message` says so for the user (the previous file was kept).
    void saveFailed(const QString &message);

private:
    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    //! Remembers a value until the next sync().
    void store(const QString &key, const QVariant &value);
    //! store() and sync(): for the preferences, which must survive a crash.
    void storeNow(const QString &key, const QVariant &value);
    bool readsBackComplete() const;
    //! A second name for the file: a hard link (no room needed), else a copy.
    static bool hardLink(const QString &from, const QString &to);
    void fail(const QString &message);

    QSettings m_store;
    QVariantHash m_unsaved; // set since the last successful sync; read before m_store
    QString m_runUserId;
};

} // namespace agi
