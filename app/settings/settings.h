#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QUrl>

namespace agi {

//! Typed access to the user's preferences (QSettings). Never holds the API key: that lives in the
//! keychain (Credentials) or comes from AGI_API_KEY.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    static constexpr int minimumFrameIntervalMs = 250;

    explicit Settings(QObject *parent = nullptr);
    //! For tests: settings kept in the given file instead of the user's configuration.
    explicit Settings(const QString &fileName, QObject *parent = nullptr);

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

    int listRefreshMs() const;
    void setListRefreshMs(int ms);

    // Window layout and the last selection: restored at start, saved at exit. They are state,
    // not preferences, so they do not emit changed().
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    //! The session list's columns: widths, order and sort.
    QByteArray listHeaderState() const;
    void setListHeaderState(const QByteArray &state);
    QString lastSessionId() const;
    void setLastSessionId(const QString &id);

    //! Writes pending changes to disk now (QSettings otherwise does it later or at exit).
    void sync();

Q_SIGNALS:
    void changed();

private:
    QSettings m_store;
    QString m_runUserId;
};

} // namespace agi
