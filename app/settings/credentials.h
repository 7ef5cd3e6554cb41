#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace agi {

//! Where the API key comes from: AGI_API_KEY when set, else the OS keychain (QtKeychain, service
//! "agi-monitor", key "api-key"). Asynchronous, because the keychain may ask the user; every answer
//! arrives from the event loop (never inside a keychain job), and within timeout().
//! The key itself is never logged, never written to QSettings and never part of an error text.
class Credentials final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Credentials)

public:
    enum class Source {
        None,
        Environment,
        Keychain
    };
    Q_ENUM(Source)

    static constexpr auto defaultService = "agi-monitor";
    static constexpr auto keychainKey = "api-key";
    static constexpr auto environmentVariable = "AGI_API_KEY";

    explicit Credentials(QObject *parent = nullptr);
    //! For tests: another keychain service, so a test never touches the user's real key.
    explicit Credentials(const QString &service, QObject *parent = nullptr);
    ~Credentials() override;

    QString service() const { return m_service; }

    //! The key last loaded or stored, and where it came from.
    QByteArray key() const { return m_key; }
    Source source() const { return m_source; }
    //! Whether AGI_API_KEY is set (non-blank): it then wins over the keychain.
    static bool environmentOverrides();

    //! Emits loaded() (an empty key with Source::None when there is none) or failed().
    void load();
    //! Writes the key to the keychain; emits stored() or failed(). AGI_API_KEY still wins while set.
    void store(const QByteArray &key);
    //! Deletes the keychain entry (a missing entry is not an error); emits erased() or failed().
    void erase();

    static constexpr int DefaultTimeoutMs = 20000;
    //! How long a keychain call may take before it fails with "did not answer".
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

Q_SIGNALS:
    void loaded(const QByteArray &key, agi::Credentials::Source source);
    void stored();
    void erased();
    void failed(const QString &reason);

private:
    void onReadFinished(QKeychain::Job *job);
    //! Starts `job` under the timeout; `sentence` (one %1) describes a failure.
    void start(QKeychain::Job *job, const QString &sentence);
    //! Emits later, from the event loop (see the definition for why).
    void post(std::function<void()> emission);
    //! The user-facing text for a failed job; `sentence` has one %1 for the reason.
    QString describe(QKeychain::Job *job, const QString &sentence, const QByteArray &pending = {}) const;

    QString m_service;
    QByteArray m_key;
    Source m_source = Source::None;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace agi
