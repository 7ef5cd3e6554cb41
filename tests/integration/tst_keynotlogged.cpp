// The API key never reaches the log, even with every category at debug level: a whole session's
// worth of traffic (create, list, get, message, events, screenshots, a rejected key, a refused
// insecure URL) plus the emulator's own request lines is captured and searched for the key.
#include "api/apiclient.h"
#include "api/createsessionjob.h"
#include "api/eventstream.h"
#include "api/getsessionjob.h"
#include "api/listsessionsjob.h"
#include "api/sendmessagejob.h"
#include "emulator/requestlog.h"
#include "emulatorfixture.h"
#include "live/framepoller.h"
#include "testclient.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

using namespace agi;
using namespace agi::test;

namespace {

const QByteArray kKey = QByteArrayLiteral("sk-live-4f8e1c77-distinctive-secret");

QMutex g_lock;
QStringList g_lines;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_lock);
        g_lines << QString::fromUtf8(context.category ? context.category : "default") + QLatin1Char(' ') + message;
    }
    if (type != QtDebugMsg && g_previous)
        g_previous(type, context, message);
}

//! Runs one job to its end; true when it succeeded.
bool run(ApiJob *job)
{
    QSignalSpy done(job, &ApiJob::finished);
    QSignalSpy ok(job, &ApiJob::succeeded);
    job->start();
    if (done.isEmpty() && !done.wait(15000))
        return false;
    // succeeded() follows finished() in the same call.
    return !ok.isEmpty();
}

} // namespace

class TestKeyNotLogged final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fullSessionAtDebugLevel_neverLogsTheKey();
};

void TestKeyNotLogged::initTestCase()
{
    g_previous = qInstallMessageHandler(capture);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
}

void TestKeyNotLogged::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
}

void TestKeyNotLogged::fullSessionAtDebugLevel_neverLogsTheKey()
{
    auto config = EmulatorFixture::defaults();
    config.keys = {QString::fromLatin1(kKey)};
    EmulatorFixture fx(config);
    QVERIFY2(fx.isRunning(), qPrintable(fx.error()));
    // The emulator's request lines go to the log too.
    fx.emulator().requests()->setSink([](const QString &line) { qInfo().noquote() << line; });

    TestClient api(fx.baseUrl(), kKey);
    api.network()->setProxy(QNetworkProxy::NoProxy);
    ApiClient &client = *api.client();

    auto *create = new CreateSessionJob(&client, CreateSessionRequest {});
    QString id;
    connect(create, &ApiJob::succeeded, this, [&] { id = create->session().id; });
    QVERIFY(run(create));
    QVERIFY(!id.isEmpty());
    QVERIFY(run(new ListSessionsJob(&client)));
    QVERIFY(run(new GetSessionJob(&client, id)));

    EventStream stream(&client, id);
    QSignalSpy streamDone(&stream, &EventStream::finished);
    stream.start();
    QVERIFY(run(new SendMessageJob(&client, id, QStringLiteral("find flights to Lisbon"))));

    FramePoller poller(&client, id);
    poller.setInterval(250);
    QSignalSpy frames(&poller, &FramePoller::frameChanged);
    poller.resume();
    QVERIFY(frames.wait(15000));
    QVERIFY(streamDone.wait(30000));
    poller.pause();

    // A rejected key, and a URL the client refuses to send the key to.
    client.setApiKey(kKey + "-revoked");
    QVERIFY(!run(new ListSessionsJob(&client)));
    client.setApiKey(kKey);
    client.setBaseUrl(QUrl(QStringLiteral("http://api.example.com")));
    QVERIFY(!run(new ListSessionsJob(&client)));

    QMutexLocker locker(&g_lock);
    QVERIFY2(g_lines.size() > 20, "debug logging was on and traffic happened");
    const QList<QByteArray> secrets {kKey, QByteArray("Bearer ") + kKey, kKey.toBase64(), kKey.toPercentEncoding()};
    for (const QString &line : std::as_const(g_lines)) {
        for (const QByteArray &secret : secrets)
            QVERIFY2(!line.contains(QString::fromLatin1(secret)), qPrintable(line));
    }
}

QTEST_MAIN(TestKeyNotLogged)
#include "tst_keynotlogged.moc"
