#include "settings/credentials.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace agi {

Q_LOGGING_CATEGORY(lcCredentials, "agi.credentials")

namespace {

QByteArray environmentKey()
{
    return qgetenv(Credentials::environmentVariable).trimmed();
}

template<typename JobType> JobType *makeJob(const QString &service, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setKey(QLatin1String(Credentials::keychainKey));
    job->setAutoDelete(true);
    // Never fall back to a plain-text QSettings file when no keychain is available.
    job->setInsecureFallback(false);
    return job;
}

} // namespace

Credentials::Credentials(QObject *parent)
    : Credentials(QLatin1String(defaultService), parent)
{ }

Credentials::Credentials(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

Credentials::~Credentials() = default;

bool Credentials::environmentOverrides()
{
    return !environmentKey().isEmpty();
}

void Credentials::load()
{
    const QByteArray fromEnvironment = environmentKey();
    if (!fromEnvironment.isEmpty()) {
        qCDebug(lcCredentials) << "using the key from" << environmentVariable;
        m_key = fromEnvironment;
        m_source = Source::Environment;
        // Queued, so callers see the same asynchronous contract whatever the source.
        QMetaObject::invokeMethod(
            this, [this, fromEnvironment] { Q_EMIT loaded(fromEnvironment, Source::Environment); },
            Qt::QueuedConnection);
        return;
    }
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, this);
    connect(job, &QKeychain::Job::finished, this, &Credentials::onReadFinished);
    start(job, tr("Could not read the API key from the keychain: %1"));
}

void Credentials::onReadFinished(QKeychain::Job *job)
{
    auto *read = static_cast<QKeychain::ReadPasswordJob *>(job);
    switch (read->error()) {
    case QKeychain::NoError: {
        const QByteArray key = read->binaryData().trimmed();
        m_key = key;
        m_source = key.isEmpty() ? Source::None : Source::Keychain;
        qCDebug(lcCredentials) << "keychain read:" << (key.isEmpty() ? "empty" : "a key");
        post([this, key, source = m_source] { Q_EMIT loaded(key, source); });
        return;
    }
    case QKeychain::EntryNotFound:
        qCDebug(lcCredentials) << "no key in the keychain";
        m_key.clear();
        m_source = Source::None;
        post([this] { Q_EMIT loaded({}, Source::None); });
        return;
    default: {
        const QString message = describe(job, tr("Could not read the API key from the keychain: %1"));
        post([this, message] { Q_EMIT failed(message); });
        return;
    }
    }
}

void Credentials::store(const QByteArray &key)
{
    const QByteArray trimmed = key.trimmed();
    if (trimmed.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT failed(tr("An empty API key cannot be stored.")); }, Qt::QueuedConnection);
        return;
    }
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, this);
    job->setBinaryData(trimmed);
    connect(job, &QKeychain::Job::finished, this, [this, trimmed](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError) {
            const QString message = describe(finished, tr("Could not store the API key in the keychain: %1"), trimmed);
            post([this, message] { Q_EMIT failed(message); });
            return;
        }
        qCDebug(lcCredentials) << "key stored in the keychain";
        if (!environmentOverrides()) {
            m_key = trimmed;
            m_source = Source::Keychain;
        }
        post([this] { Q_EMIT stored(); });
    });
    start(job, tr("Could not store the API key in the keychain: %1"));
}

void Credentials::erase()
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, this);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            const QString message = describe(finished, tr("Could not remove the API key from the keychain: %1"));
            post([this, message] { Q_EMIT failed(message); });
            return;
        }
        qCDebug(lcCredentials) << "key removed from the keychain";
        if (m_source == Source::Keychain) {
            m_key.clear();
            m_source = Source::None;
        }
        post([this] { Q_EMIT erased(); });
    });
    start(job, tr("Could not remove the API key from the keychain: %1"));
}

void Credentials::post(std::function<void()> emission)
{
    // QtKeychain runs one job at a time and starts the next only after the current one's finished()
    // returned: a caller that opens a dialog (a nested event loop) from our signal and stores a key
    // there would wait for ever. Our signals therefore always come from the event loop.
    QMetaObject::invokeMethod(this, std::move(emission), Qt::QueuedConnection);
}

void Credentials::start(QKeychain::Job *job, const QString &sentence)
{
    // A keychain that never answers (a locked prompt nobody sees, a hung daemon) must not leave the
    // caller waiting: after the timeout the job counts as failed and its late answer is ignored.
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(job, &QKeychain::Job::finished, timer, &QTimer::stop);
    connect(timer, &QTimer::timeout, this, [this, job, sentence] {
        disconnect(job, nullptr, this, nullptr);
        const QString reason = tr("the keychain did not answer within %n s", nullptr, (m_timeoutMs + 999) / 1000);
        const QString message = sentence.arg(reason);
        qCWarning(lcCredentials).noquote() << message;
        Q_EMIT failed(message);
    });
    timer->start(m_timeoutMs);
    job->start();
}

QString Credentials::describe(QKeychain::Job *job, const QString &sentence, const QByteArray &pending) const
{
    QString reason;
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        reason = tr("no keychain service is available (is a Secret Service such as GNOME Keyring or KWallet "
                    "running?). You can set %1 instead.")
                     .arg(QLatin1String(environmentVariable));
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        reason = tr("the keychain denied access");
        break;
    default:
        reason = job->errorString();
        break;
    }
    // The backend's text is not ours: make sure no key can ride along in it.
    for (const QByteArray &secret : {m_key, environmentKey(), pending}) {
        if (!secret.isEmpty())
            reason.replace(QString::fromUtf8(secret), QStringLiteral("***"));
    }
    QString message = sentence.arg(reason);
    qCWarning(lcCredentials).noquote() << message;
    return message;
}

} // namespace agi
