// What a user sees on the terminal: the project's categories print no debug lines unless
// --verbose asked for them, whatever default each category declares.
#include "logging.h"

#include <QLoggingCategory>
#include <QTest>

namespace {

Q_LOGGING_CATEGORY(lcQuietByDefault, "agi.model.tasks")
Q_LOGGING_CATEGORY(lcInfoByDefault, "agi.api", QtInfoMsg)

QStringList g_lines;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_lines.append(QString::fromLatin1(context.category) + QLatin1Char(' ') + message);
}

} // namespace

class TestLogging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { g_lines.clear(); }

    void cleanupTestCase() { QLoggingCategory::setFilterRules({}); }

    void debugLinesAreOffByDefault()
    {
        agi::setUpLogging(false);
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        qCDebug(lcQuietByDefault) << "asking for a task";
        qCDebug(lcInfoByDefault) << "request sent";
        qCInfo(lcInfoByDefault) << "retrying";
        qInstallMessageHandler(previous);
        QCOMPARE(g_lines, QStringList {QStringLiteral("agi.api retrying")});
    }

    void verboseShowsEveryCategorysDebugLines()
    {
        agi::setUpLogging(true);
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        qCDebug(lcQuietByDefault) << "asking for a task";
        qCDebug(lcInfoByDefault) << "request sent";
        qInstallMessageHandler(previous);
        QCOMPARE(g_lines,
            (QStringList {
                QStringLiteral("agi.model.tasks asking for a task"), QStringLiteral("agi.api request sent")}));
    }

    void otherLibrariesAreLeftAlone()
    {
        agi::setUpLogging(true);
        QVERIFY(!QLoggingCategory("qt.network.http").isDebugEnabled());
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
