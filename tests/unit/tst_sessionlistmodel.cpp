#include "model/sessionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace agi;

namespace {

const QDateTime kNow = QDateTime(QDate(2025, 3, 14), QTime(12, 0), Qt::UTC);

Session makeSession(const QString &id, const QString &status = QStringLiteral("running"), int ageSeconds = 60,
    const QString &agent = QStringLiteral("agi-0"))
{
    Session session;
    session.id = id;
    session.agentName = agent;
    session.status = SessionStatus::fromString(status);
    session.createdAt = kNow.addSecs(-ageSeconds);
    return session;
}

QString uuid(char c)
{
    return QString(8, QLatin1Char(c)) + QStringLiteral("-1111-4222-8333-444455556666");
}

//! Every signal a view reacts to, to assert that a refresh says exactly what changed.
struct ModelSignals
{
    explicit ModelSignals(QAbstractItemModel *model)
        : changed(model, &QAbstractItemModel::dataChanged)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
    { }
    bool structureUntouched() const
    {
        return inserted.isEmpty() && removed.isEmpty() && moved.isEmpty() && reset.isEmpty() && layout.isEmpty();
    }

    QSignalSpy changed;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy reset;
    QSignalSpy layout;
};

QStringList ids(const SessionListModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(SessionListModel::IdRole).toString());
    return result;
}

} // namespace

class TestSessionListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<SessionListModel>();
        m_model->setClock([] { return kNow; });
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void firstListInsertsRowsInServerOrderWithoutReset()
    {
        ModelSignals spies(m_model.get());
        m_model->setSessions({makeSession(uuid('a')), makeSession(uuid('b')), makeSession(uuid('c'))});
        QCOMPARE(ids(*m_model), QStringList({uuid('a'), uuid('b'), uuid('c')}));
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(spies.reset.count(), 0);
    }

    void statusChangeSignalsThatCellOnly()
    {
        const QList<Session> first {makeSession(uuid('a')), makeSession(uuid('b')), makeSession(uuid('c'))};
        m_model->setSessions(first);
        ModelSignals spies(m_model.get());

        QList<Session> next = first;
        next[1].status = SessionStatus::fromString(QStringLiteral("completed"));
        m_model->setSessions(next);

        QVERIFY(spies.structureUntouched());
        QCOMPARE(spies.changed.count(), 1);
        const auto topLeft = spies.changed.first().at(0).value<QModelIndex>();
        const auto bottomRight = spies.changed.first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft, m_model->index(1, SessionListModel::StatusColumn));
        QCOMPARE(bottomRight, m_model->index(1, SessionListModel::StatusColumn));
        QCOMPARE(m_model->index(1, SessionListModel::StatusColumn).data().toString(), QStringLiteral("Completed"));
    }

    void identicalRefreshSignalsNothing()
    {
        const QList<Session> list {makeSession(uuid('a')), makeSession(uuid('b'))};
        m_model->setSessions(list);
        ModelSignals spies(m_model.get());
        m_model->setSessions(list);
        QVERIFY(spies.structureUntouched());
        QCOMPARE(spies.changed.count(), 0);
    }

    void newSessionIsInsertedAtItsPlace()
    {
        m_model->setSessions({makeSession(uuid('b')), makeSession(uuid('d'))});
        ModelSignals spies(m_model.get());

        // Newest first from the server: one new on top, one between the two known ones.
        m_model->setSessions(
            {makeSession(uuid('a')), makeSession(uuid('b')), makeSession(uuid('c')), makeSession(uuid('d'))});

        QCOMPARE(ids(*m_model), QStringList({uuid('a'), uuid('b'), uuid('c'), uuid('d')}));
        QCOMPARE(spies.inserted.count(), 2);
        QCOMPARE(spies.inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(spies.inserted.at(0).at(2).toInt(), 0);
        QCOMPARE(spies.inserted.at(1).at(1).toInt(), 2);
        QCOMPARE(spies.inserted.at(1).at(2).toInt(), 2);
        QCOMPARE(spies.removed.count(), 0);
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.changed.count(), 0);
    }

    void removedSessionDisappears()
    {
        m_model->setSessions({makeSession(uuid('a')), makeSession(uuid('b')), makeSession(uuid('c'))});
        ModelSignals spies(m_model.get());
        m_model->setSessions({makeSession(uuid('a')), makeSession(uuid('c'))});

        QCOMPARE(ids(*m_model), QStringList({uuid('a'), uuid('c')}));
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(spies.removed.first().at(1).toInt(), 1);
        QCOMPARE(spies.removed.first().at(2).toInt(), 1);
        QCOMPARE(m_model->rowOf(uuid('b')), -1);
        QCOMPARE(m_model->rowOf(uuid('c')), 1);
    }

    void everythingDisappearsWhenTheServerListsNothing()
    {
        m_model->setSessions({makeSession(uuid('a')), makeSession(uuid('b'))});
        ModelSignals spies(m_model.get());
        m_model->setSessions({});
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(spies.reset.count(), 0);
    }

    void selectionSurvivesRefresh()
    {
        m_model->setSessions({makeSession(uuid('b')), makeSession(uuid('c')), makeSession(uuid('d'))});
        const QPersistentModelIndex selected(m_model->index(1, SessionListModel::AgentColumn));
        QCOMPARE(selected.data(SessionListModel::IdRole).toString(), uuid('c'));

        // A new session on top, the one above the selection gone, the selection's status changed.
        m_model->setSessions(
            {makeSession(uuid('a')), makeSession(uuid('c'), QStringLiteral("paused")), makeSession(uuid('d'))});

        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(SessionListModel::IdRole).toString(), uuid('c'));
        QCOMPARE(selected.row(), 1);
        QCOMPARE(selected.column(), int(SessionListModel::AgentColumn));
        QCOMPARE(
            selected.data(SessionListModel::StatusRole).value<SessionStatus::Value>(), SessionStatus::Value::Paused);
    }

    void selectionOfARemovedSessionBecomesInvalid()
    {
        m_model->setSessions({makeSession(uuid('a')), makeSession(uuid('b'))});
        const QPersistentModelIndex selected(m_model->index(1, 0));
        m_model->setSessions({makeSession(uuid('a'))});
        QVERIFY(!selected.isValid());
    }

    void cellsShowWhatAUserReads()
    {
        Session session = makeSession(uuid('a'), QStringLiteral("running"), 120, QStringLiteral("agi-0-fast"));
        m_model->setSessions({session, makeSession(uuid('b'), QStringLiteral("hibernating"))});

        const QModelIndex id = m_model->index(0, SessionListModel::IdColumn);
        QCOMPARE(id.data().toString(), QStringLiteral("aaaaaaaa"));
        QCOMPARE(id.data(Qt::ToolTipRole).toString(), uuid('a'));
        QCOMPARE(id.data(SessionListModel::FullIdRole).toString(), uuid('a'));
        QCOMPARE(m_model->index(0, SessionListModel::AgentColumn).data().toString(), QStringLiteral("agi-0-fast"));

        const QModelIndex status = m_model->index(0, SessionListModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Running"));
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(status.data(SessionListModel::StatusColorRole).value<QColor>(),
            SessionListModel::statusColor(SessionStatus::Value::Running));
        QVERIFY(SessionListModel::statusColor(SessionStatus::Value::Error)
            != SessionListModel::statusColor(SessionStatus::Value::Running));
        // A status this app does not know yet shows the server's word, not "Unknown".
        QCOMPARE(m_model->index(1, SessionListModel::StatusColumn).data().toString(), QStringLiteral("hibernating"));

        const QModelIndex created = m_model->index(0, SessionListModel::CreatedColumn);
        QCOMPARE(created.data().toString(), QStringLiteral("2 min ago"));
        QVERIFY(!created.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(created.data(SessionListModel::SortRole).toDateTime(), session.createdAt);
        QCOMPARE(created.data(SessionListModel::CreatedRole).toDateTime(), session.createdAt);

        QCOMPARE(id.data(SessionListModel::SessionRole).value<Session>(), session);
        QCOMPARE(
            m_model->headerData(SessionListModel::CreatedColumn, Qt::Horizontal).toString(), QStringLiteral("Created"));
    }

    void relativeTime_data()
    {
        QTest::addColumn<qint64>("age");
        QTest::addColumn<QString>("text");
        QTest::newRow("clock skew") << qint64(-30) << QStringLiteral("just now");
        QTest::newRow("fresh") << qint64(3) << QStringLiteral("just now");
        QTest::newRow("seconds") << qint64(42) << QStringLiteral("42 s ago");
        QTest::newRow("minutes") << qint64(150) << QStringLiteral("2 min ago");
        QTest::newRow("hours") << qint64(3 * 3600 + 59) << QStringLiteral("3 h ago");
        QTest::newRow("days") << qint64(5 * 86400) << QStringLiteral("5 d ago");
    }

    void relativeTime()
    {
        QFETCH(qint64, age);
        QFETCH(QString, text);
        QCOMPARE(SessionListModel::relativeTime(kNow.addSecs(-age), kNow), text);
        QCOMPARE(SessionListModel::relativeTime(QDateTime(), kNow), QString());
    }

    void relativeTimesMoveOnWhenRefreshed()
    {
        m_model->setSessions({makeSession(uuid('a'), QStringLiteral("running"), 60),
            makeSession(uuid('b'), QStringLiteral("running"), 120)});
        ModelSignals spies(m_model.get());
        m_model->setClock([] { return kNow.addSecs(600); });

        QCOMPARE(spies.changed.count(), 1);
        QCOMPARE(spies.changed.first().at(0).value<QModelIndex>(), m_model->index(0, SessionListModel::CreatedColumn));
        QCOMPARE(spies.changed.first().at(1).value<QModelIndex>(), m_model->index(1, SessionListModel::CreatedColumn));
        QCOMPARE(m_model->index(0, SessionListModel::CreatedColumn).data().toString(), QStringLiteral("11 min ago"));

        m_model->refreshRelativeTimes();
        QCOMPARE(spies.changed.count(), 2);
        QVERIFY(spies.structureUntouched());
    }

    void taskIsShownWhenKnown()
    {
        m_model->setSessions({makeSession(uuid('a')), makeSession(uuid('b'))});
        ModelSignals spies(m_model.get());

        m_model->setTask(uuid('b'), QStringLiteral("Find the cheapest\nflight to Lisbon"));
        QCOMPARE(spies.changed.count(), 1);
        QCOMPARE(spies.changed.first().at(0).value<QModelIndex>(), m_model->index(1, SessionListModel::TaskColumn));
        QCOMPARE(spies.changed.first().at(1).value<QModelIndex>(), m_model->index(1, SessionListModel::TaskColumn));
        const QModelIndex task = m_model->index(1, SessionListModel::TaskColumn);
        QCOMPARE(task.data().toString(), QStringLiteral("Find the cheapest flight to Lisbon"));
        QCOMPARE(task.data(Qt::ToolTipRole).toString(), QStringLiteral("Find the cheapest\nflight to Lisbon"));

        // The same text again is not news.
        m_model->setTask(uuid('b'), QStringLiteral("Find the cheapest\nflight to Lisbon"));
        QCOMPARE(spies.changed.count(), 1);
        // A later refresh keeps the task.
        m_model->setSessions({makeSession(uuid('a')), makeSession(uuid('b'))});
        QCOMPARE(m_model->index(1, SessionListModel::TaskColumn).data(SessionListModel::TaskRole).toString(),
            QStringLiteral("Find the cheapest\nflight to Lisbon"));
    }

    void taskLearnedBeforeTheSessionIsListed()
    {
        // The UI learns the task from its own create request, before the next list shows the row.
        m_model->setTask(uuid('n'), QStringLiteral("Book a table"));
        Session withGoal = makeSession(uuid('g'));
        withGoal.goal = QStringLiteral("Goal echoed by the server");
        m_model->setSessions({makeSession(uuid('n')), withGoal});
        QCOMPARE(m_model->index(0, SessionListModel::TaskColumn).data().toString(), QStringLiteral("Book a table"));
        QCOMPARE(m_model->index(1, SessionListModel::TaskColumn).data().toString(),
            QStringLiteral("Goal echoed by the server"));
    }

    void changeWithoutAColumnStillUpdatesTheSession()
    {
        Session session = makeSession(uuid('a'));
        m_model->setSessions({session});
        ModelSignals spies(m_model.get());
        session.vncUrl = QUrl(QStringLiteral("https://vnc.example/a"));
        m_model->setSessions({session});
        QCOMPARE(spies.changed.count(), 1);
        QCOMPARE(spies.changed.first().at(2).value<QList<int>>(), QList<int>({SessionListModel::SessionRole}));
        QCOMPARE(m_model->sessionAt(0).vncUrl, session.vncUrl);
    }

    void duplicateIdsAreListedOnce()
    {
        m_model->setSessions({makeSession(uuid('a')), makeSession(uuid('a'), QStringLiteral("error"))});
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->sessionAt(0).status.value, SessionStatus::Value::Running);
    }

    void endedSessionCanBeDroppedAtOnce()
    {
        m_model->setSessions({makeSession(uuid('a')), makeSession(uuid('b'))});
        ModelSignals spies(m_model.get());
        m_model->removeSession(uuid('a'));
        m_model->removeSession(uuid('z'));
        QCOMPARE(ids(*m_model), QStringList({uuid('b')}));
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(m_model->indexOf(uuid('b')), m_model->index(0, 0));
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->indexOf(uuid('b')).isValid());
    }

private:
    std::unique_ptr<SessionListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestSessionListModel)
#include "tst_sessionlistmodel.moc"
