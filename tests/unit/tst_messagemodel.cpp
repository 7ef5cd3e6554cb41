#include "model/messagemodel.h"

#include "model/agentresult.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace agi;

namespace {

Message makeMessage(qint64 id, Message::Type type = Message::Type::Thought, const QString &text = {})
{
    Message message;
    message.id = id;
    message.type = type;
    message.typeText = type == Message::Type::Question ? QStringLiteral("QUESTION") : QStringLiteral("THOUGHT");
    message.content = text.isEmpty() ? QStringLiteral("message %1").arg(id) : text;
    message.timestamp = QDateTime(QDate(2025, 3, 14), QTime(12, 0), Qt::UTC).addSecs(id);
    return message;
}

QList<qint64> ids(const MessageModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row).data(MessageModel::IdRole).toLongLong());
    return result;
}

} // namespace

class TestMessageModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<MessageModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void appendsInArrivalOrder()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QCOMPARE(m_model->append({makeMessage(1), makeMessage(2), makeMessage(5)}), 3);
        QCOMPARE(ids(*m_model), QList<qint64>({1, 2, 5}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->lastId(), qint64(5));
    }

    void repeatedAndOlderIdsAreIgnored()
    {
        m_model->append({makeMessage(1), makeMessage(2), makeMessage(3)});
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        // A catch-up after a reconnect overlaps with what the stream already delivered.
        QCOMPARE(m_model->append({makeMessage(2), makeMessage(3), makeMessage(4)}), 1);
        QCOMPARE(m_model->append(makeMessage(1)), 0);
        QCOMPARE(m_model->append(makeMessage(4)), 0);
        QCOMPARE(ids(*m_model), QList<qint64>({1, 2, 3, 4}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 3);
    }

    void aRepeatGivesAMessageHeldWithoutItsTimeItsTime()
    {
        // The stream's events carry no time; the same messages from /messages do.
        // The agent's steps (no id) lie between them.
        Message fromStream = makeMessage(2);
        fromStream.timestamp = {};
        const Message step = makeMessage(0, Message::Type::Step, QStringLiteral("clicked Search"));
        m_model->append({makeMessage(1), fromStream, step, makeMessage(3)});
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QCOMPARE(m_model->append({makeMessage(1), makeMessage(2), makeMessage(3)}), 0);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->messageAt(1).timestamp, makeMessage(2).timestamp);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        // A time it has is kept.
        Message later = makeMessage(2);
        later.timestamp = later.timestamp.addSecs(60);
        m_model->append(later);
        QCOMPARE(m_model->messageAt(1).timestamp, makeMessage(2).timestamp);
        QCOMPARE(changed.count(), 1);
    }

    void messagesWithoutIdAreKeptButNotRepeated()
    {
        m_model->append(makeMessage(7));
        const Message noId = makeMessage(0, Message::Type::Thought, QStringLiteral("stream note"));
        QCOMPARE(m_model->append({noId, noId}), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->lastId(), qint64(7));
        QCOMPARE(m_model->append(makeMessage(8)), 1);
    }

    void rolesDescribeTheMessage()
    {
        Message question = makeMessage(3, Message::Type::Question, QStringLiteral("Which seat do you prefer?"));
        Message done = makeMessage(4);
        done.type = Message::Type::Done;
        done.typeText = QStringLiteral("DONE");
        done.content = QJsonObject {{QStringLiteral("summary"), QStringLiteral("Booked")}};
        m_model->append({question, done});

        const QModelIndex first = m_model->index(0);
        QCOMPARE(first.data().toString(), QStringLiteral("Which seat do you prefer?"));
        QCOMPARE(first.data(MessageModel::TextRole).toString(), QStringLiteral("Which seat do you prefer?"));
        QCOMPARE(first.data(MessageModel::TypeRole).value<Message::Type>(), Message::Type::Question);
        QCOMPARE(first.data(MessageModel::TypeTextRole).toString(), QStringLiteral("QUESTION"));
        QCOMPARE(first.data(MessageModel::IsQuestionRole).toBool(), true);
        QCOMPARE(first.data(MessageModel::TimestampRole).toDateTime(), question.timestamp);
        QCOMPARE(first.data(MessageModel::MessageRole).value<Message>(), question);

        const QModelIndex second = m_model->index(1);
        QCOMPARE(second.data(MessageModel::IsQuestionRole).toBool(), false);
        QVERIFY(second.data().toString().startsWith(QStringLiteral("Booked")));
        QCOMPARE(m_model->messageAt(1), done);
    }

    void structuredResultsListAsOneLine_data()
    {
        QTest::addColumn<QJsonValue>("content");
        QTest::addColumn<QJsonValue>("metadataResult");
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("textIsResult"); // nothing more to read in its text
        const auto fare = [](const char *airline, int price) {
            return QJsonObject {{QStringLiteral("airline"), QLatin1String(airline)}, {QStringLiteral("price"), price}};
        };
        const QJsonArray fares {fare("Alaska Airlines", 279), fare("Delta", 334), fare("Southwest", 401)};
        QTest::newRow("array of objects") << QJsonValue(fares) << QJsonValue()
                                          << QStringLiteral("3 item(s): Alaska Airlines, Delta, Southwest") << true;
        QJsonArray more = fares;
        more.append(fare("JetBlue", 449));
        QTest::newRow("more than three") << QJsonValue(more) << QJsonValue()
                                         << QStringLiteral("4 item(s): Alaska Airlines, Delta, Southwest, \u2026")
                                         << true;
        QTest::newRow("array of numbers")
            << QJsonValue(QJsonArray {1, 2}) << QJsonValue() << QStringLiteral("2 item(s): 1, 2") << true;
        QTest::newRow("array of arrays") << QJsonValue(QJsonArray {QJsonArray {}, QJsonArray {}}) << QJsonValue()
                                         << QStringLiteral("2 item(s)") << true;
        QTest::newRow("its own summary") << QJsonValue(QJsonObject {
            {QStringLiteral("summary"), QStringLiteral("Three fares under $450")}, {QStringLiteral("flights"), fares}})
                                         << QJsonValue() << QStringLiteral("Three fares under $450") << true;
        QTest::newRow("fields") << QJsonValue(
            QJsonObject {{QStringLiteral("airline"), QStringLiteral("Delta")}, {QStringLiteral("price"), 334}})
                                << QJsonValue() << QStringLiteral("2 field(s): airline, price") << true;
        QTest::newRow("in the metadata") << QJsonValue(QStringLiteral("Found them.")) << QJsonValue(fares)
                                         << QStringLiteral("3 item(s): Alaska Airlines, Delta, Southwest") << false;
        QTest::newRow("written out") << QJsonValue(QString::fromUtf8(QJsonDocument(fares).toJson()))
                                     << QJsonValue(fares)
                                     << QStringLiteral("3 item(s): Alaska Airlines, Delta, Southwest") << true;
        QTest::newRow("plain text") << QJsonValue(QStringLiteral("Booked a table.")) << QJsonValue()
                                    << QStringLiteral("Booked a table.") << false;
    }

    void structuredResultsListAsOneLine()
    {
        QFETCH(QJsonValue, content);
        QFETCH(QJsonValue, metadataResult);
        QFETCH(QString, line);
        QFETCH(bool, textIsResult);
        Message done = makeMessage(1);
        done.type = Message::Type::Done;
        done.typeText = QStringLiteral("DONE");
        done.content = content;
        if (!metadataResult.isNull())
            done.metadata.insert(QStringLiteral("result"), metadataResult);
        m_model->append(done);
        QCOMPARE(m_model->index(0).data(MessageModel::TextRole).toString(), line);
        QCOMPARE(AgentResult::textIsResult(done), textIsResult);
        // The message itself is kept whole, for the details and the export.
        QCOMPARE(m_model->messageAt(0), done);
    }

    void keepsOnlyTheLatestMessages()
    {
        m_model->setMaximumCount(5);
        m_model->append({makeMessage(1), makeMessage(2), makeMessage(3), makeMessage(4)});
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_model->append({makeMessage(5), makeMessage(6), makeMessage(7)});
        QCOMPARE(ids(*m_model), QList<qint64>({3, 4, 5, 6, 7}));
        QCOMPARE(removed.count(), 1);

        // A batch larger than the bound keeps its own tail.
        QList<Message> flood;
        for (qint64 id = 100; id < 120; ++id)
            flood.append(makeMessage(id));
        m_model->append(flood);
        QCOMPARE(ids(*m_model), QList<qint64>({115, 116, 117, 118, 119}));
        // Dropped rows are still "seen": a late copy of one does not come back.
        QCOMPARE(m_model->append(makeMessage(110)), 0);
    }

    void defaultBoundIsFiveThousand()
    {
        QCOMPARE(m_model->maximumCount(), 5000);
        QList<Message> many;
        for (qint64 id = 1; id <= 5003; ++id)
            many.append(makeMessage(id));
        m_model->append(many);
        QCOMPARE(m_model->rowCount(), 5000);
        QCOMPARE(m_model->index(0).data(MessageModel::IdRole).toLongLong(), qint64(4));
    }

    void clearStartsOver()
    {
        m_model->append({makeMessage(1), makeMessage(2)});
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->lastId(), qint64(0));
        QCOMPARE(m_model->append(makeMessage(1)), 1);
    }

private:
    std::unique_ptr<MessageModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestMessageModel)
#include "tst_messagemodel.moc"
