#include "model/sessionfilterproxy.h"
#include "model/sessionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace agi;

namespace {

const QDateTime kNow = QDateTime(QDate(2025, 3, 14), QTime(12, 0), Qt::UTC);

Session makeSession(const QString &id, const QString &agent, const QString &status, int ageMinutes)
{
    Session session;
    session.id = id;
    session.agentName = agent;
    session.status = SessionStatus::fromString(status);
    session.createdAt = kNow.addSecs(-60 * ageMinutes);
    return session;
}

} // namespace

class TestSessionFilterProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_source = std::make_unique<SessionListModel>();
        m_source->setClock([] { return kNow; });
        m_proxy = std::make_unique<SessionFilterProxy>();
        m_proxy->setSourceModel(m_source.get());
        m_sourceTester = std::make_unique<QAbstractItemModelTester>(
            m_source.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Server order: newest first.
        m_source->setSessions({
            makeSession(QStringLiteral("1a2b3c4d-0000"), QStringLiteral("agi-0"), QStringLiteral("running"), 1),
            makeSession(QStringLiteral("5e6f7a8b-0000"), QStringLiteral("agi-0-fast"), QStringLiteral("error"), 5),
            makeSession(QStringLiteral("9c0d1e2f-0000"), QStringLiteral("agi-0"), QStringLiteral("completed"), 30),
            makeSession(QStringLiteral("3a4b5c6d-0000"), QStringLiteral("Beta-Agent"), QStringLiteral("paused"), 90),
        });
        m_source->setTask(QStringLiteral("9c0d1e2f-0000"), QStringLiteral("Compare LAPTOP prices"));
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_sourceTester.reset();
        m_proxy.reset();
        m_source.reset();
    }

    void showsEverythingUnfiltered()
    {
        QCOMPARE(m_proxy->rowCount(), 4);
        QCOMPARE(m_proxy->columnCount(), int(SessionListModel::ColumnCount));
    }

    void filtersByState()
    {
        QSignalSpy changed(m_proxy.get(), &SessionFilterProxy::filterChanged);
        m_proxy->setStateFilter({SessionState::Value::Running, SessionState::Value::Paused});
        QCOMPARE(visibleIds(), QStringList({QStringLiteral("1a2b3c4d-0000"), QStringLiteral("3a4b5c6d-0000")}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_proxy->stateFilter(),
            QList<SessionState::Value>({SessionState::Value::Running, SessionState::Value::Paused}));

        // A session that starts running while filtered appears without any action from the user.
        m_source->setSessions({
            makeSession(QStringLiteral("1a2b3c4d-0000"), QStringLiteral("agi-0"), QStringLiteral("running"), 1),
            makeSession(QStringLiteral("5e6f7a8b-0000"), QStringLiteral("agi-0-fast"), QStringLiteral("running"), 5),
            makeSession(QStringLiteral("9c0d1e2f-0000"), QStringLiteral("agi-0"), QStringLiteral("completed"), 30),
            makeSession(QStringLiteral("3a4b5c6d-0000"), QStringLiteral("Beta-Agent"), QStringLiteral("paused"), 90),
        });
        QCOMPARE(m_proxy->rowCount(), 3);

        m_proxy->setStateFilter({});
        QCOMPARE(m_proxy->rowCount(), 4);
    }

    void taskStatusDecidesTheStateOfLiveSessions()
    {
        const QString asking = QStringLiteral("1a2b3c4d-0000"); // listed "running"
        const QString done = QStringLiteral("9c0d1e2f-0000");   // listed "completed"
        m_proxy->setStateFilter({SessionState::Value::NeedsInput});
        QCOMPARE(m_proxy->rowCount(), 0);

        // The agent asks a question: the list says so, the filter shows it, and it sorts first.
        m_source->setTaskStatus(asking, ExecutionStatus::fromString(QStringLiteral("waiting_for_input")));
        QCOMPARE(visibleIds(), QStringList({asking}));
        const QModelIndex status = m_source->indexOf(asking, SessionListModel::StatusColumn);
        QCOMPARE(
            status.data().toString(), ExecutionStatus::fromString(QStringLiteral("waiting_for_input")).displayText());
        QCOMPARE(
            status.data(SessionListModel::StateRole).value<SessionState::Value>(), SessionState::Value::NeedsInput);
        m_proxy->setStateFilter({});
        m_proxy->sort(SessionListModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(visibleIds().first(), asking);

        // A task that finished leaves a live session "Finished", no longer "Running".
        m_source->setTaskStatus(asking, ExecutionStatus::fromString(QStringLiteral("finished")));
        m_proxy->setStateFilter({SessionState::Value::Running});
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setStateFilter({SessionState::Value::Finished});
        QCOMPARE(visibleIds().size(), 2);
        QVERIFY(visibleIds().contains(asking));

        // An ended session keeps its listed status whatever its last task said.
        m_source->setTaskStatus(done, ExecutionStatus::fromString(QStringLiteral("running")));
        QCOMPARE(m_source->stateOf(done).value, SessionState::Value::Finished);

        // Unknown again (no longer followed): the listed status is shown.
        m_source->setTaskStatus(asking, {});
        QCOMPARE(m_source->stateOf(asking).value, SessionState::Value::Running);
        QCOMPARE(m_source->indexOf(asking, SessionListModel::StatusColumn).data().toString(),
            SessionStatus::fromString(QStringLiteral("running")).displayText());
    }

    void filtersByTextInIdAgentAndTask_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("id prefix") << QStringLiteral("5E6F") << QStringList {QStringLiteral("5e6f7a8b-0000")};
        QTest::newRow("agent") << QStringLiteral("beta") << QStringList {QStringLiteral("3a4b5c6d-0000")};
        QTest::newRow("task") << QStringLiteral("laptop") << QStringList {QStringLiteral("9c0d1e2f-0000")};
        QTest::newRow("several") << QStringLiteral("agi-0")
                                 << QStringList {QStringLiteral("1a2b3c4d-0000"), QStringLiteral("5e6f7a8b-0000"),
                                        QStringLiteral("9c0d1e2f-0000")};
        QTest::newRow("blank") << QStringLiteral("   ")
                               << QStringList {QStringLiteral("1a2b3c4d-0000"), QStringLiteral("5e6f7a8b-0000"),
                                      QStringLiteral("9c0d1e2f-0000"), QStringLiteral("3a4b5c6d-0000")};
        QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList {};
    }

    void filtersByTextInIdAgentAndTask()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        m_proxy->setFilterText(text);
        QCOMPARE(visibleIds(), expected);
    }

    void textAndStatusFiltersCombine()
    {
        m_proxy->setFilterText(QStringLiteral("agi-0"));
        m_proxy->setStateFilter({SessionState::Value::Finished});
        QCOMPARE(visibleIds(), QStringList({QStringLiteral("9c0d1e2f-0000")}));
    }

    void taskLearnedLaterMatchesTheFilter()
    {
        m_proxy->setFilterText(QStringLiteral("lisbon"));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_source->setTask(QStringLiteral("1a2b3c4d-0000"), QStringLiteral("Flights to Lisbon"));
        QCOMPARE(visibleIds(), QStringList({QStringLiteral("1a2b3c4d-0000")}));
    }

    void sortsByCreatedAsDates()
    {
        m_proxy->sort(SessionListModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(visibleIds(),
            QStringList({QStringLiteral("3a4b5c6d-0000"), QStringLiteral("9c0d1e2f-0000"),
                QStringLiteral("5e6f7a8b-0000"), QStringLiteral("1a2b3c4d-0000")}));
        m_proxy->sort(SessionListModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(visibleIds().first(), QStringLiteral("1a2b3c4d-0000"));
    }

    void sortsByStatusUrgencyFirst()
    {
        m_proxy->sort(SessionListModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(visibleIds(),
            QStringList({QStringLiteral("5e6f7a8b-0000"), QStringLiteral("1a2b3c4d-0000"),
                QStringLiteral("3a4b5c6d-0000"), QStringLiteral("9c0d1e2f-0000")}));
    }

    void sortsTextColumnsIgnoringCase()
    {
        m_proxy->sort(SessionListModel::AgentColumn, Qt::AscendingOrder);
        QStringList agents;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            agents.append(m_proxy->index(row, SessionListModel::AgentColumn).data().toString());
        QCOMPARE(agents,
            QStringList({QStringLiteral("agi-0"), QStringLiteral("agi-0"), QStringLiteral("agi-0-fast"),
                QStringLiteral("Beta-Agent")}));
    }

    void sortedSelectionSurvivesRefresh()
    {
        m_proxy->sort(SessionListModel::CreatedColumn, Qt::DescendingOrder);
        const QPersistentModelIndex selected(m_proxy->index(2, 0));
        QCOMPARE(selected.data(SessionListModel::IdRole).toString(), QStringLiteral("9c0d1e2f-0000"));

        m_source->setSessions({
            makeSession(QStringLiteral("77777777-0000"), QStringLiteral("agi-0"), QStringLiteral("ready"), 0),
            makeSession(QStringLiteral("1a2b3c4d-0000"), QStringLiteral("agi-0"), QStringLiteral("running"), 1),
            makeSession(QStringLiteral("9c0d1e2f-0000"), QStringLiteral("agi-0"), QStringLiteral("terminated"), 30),
            makeSession(QStringLiteral("3a4b5c6d-0000"), QStringLiteral("Beta-Agent"), QStringLiteral("paused"), 90),
        });

        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(SessionListModel::IdRole).toString(), QStringLiteral("9c0d1e2f-0000"));
        QCOMPARE(selected.row(), 2);
        QCOMPARE(visibleIds().first(), QStringLiteral("77777777-0000"));
    }

private:
    QStringList visibleIds() const
    {
        QStringList result;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            result.append(m_proxy->index(row, 0).data(SessionListModel::IdRole).toString());
        return result;
    }

    std::unique_ptr<SessionListModel> m_source;
    std::unique_ptr<SessionFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_MAIN(TestSessionFilterProxy)
#include "tst_sessionfilterproxy.moc"
