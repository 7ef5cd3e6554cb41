#include "messagedetails.h"

#include "elidedlabel.h"
#include "model/agentresult.h"
#include "timelinestyle.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace agi {

MessageDetails::MessageDetails(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("messageDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);

    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true); // never cut off in a narrow panel
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_copyJson = new QPushButton(tr("Copy JSON"), this);
    m_copyJson->setObjectName(QStringLiteral("copyResultJson"));
    m_copyJson->setToolTip(tr("Copy the structured result as JSON"));
    top->addWidget(m_heading, 1);
    top->addWidget(m_copyJson);
    layout->addLayout(top);

    m_page = new ElidedLabel(this);
    m_page->setObjectName(QStringLiteral("momentPage"));
    m_page->setSelectableByMouse(true);
    layout->addWidget(m_page);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("resultTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setAlternatingRowColors(true);
    // Room for a few rows, whatever share the details have: a result is read in it.
    m_tree->setMinimumHeight(m_tree->fontMetrics().height() * 9);
    layout->addWidget(m_tree, 1);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setReadOnly(true);
    layout->addWidget(m_text, 1);

    connect(m_copyJson, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(resultJson());
        Q_EMIT notice(tr("Copied the result as JSON"));
    });
    clear();
}

void MessageDetails::clear()
{
    m_message = Message();
    m_heading->setText(tr("Select a message to read it whole."));
    m_page->setFullText({});
    m_page->hide();
    m_summary->hide();
    m_tree->clear();
    m_tree->hide();
    m_copyJson->hide();
    m_text->clear();
    m_text->hide();
}

void MessageDetails::showMessage(const Message &message)
{
    if (message.type == Message::Type::Unknown && message.id == 0 && message.content.isNull()) {
        clear();
        return;
    }
    m_message = message;
    QString heading = timelinestyle::typeName(message.type, message.typeText);
    if (message.timestamp.isValid())
        heading
            += QStringLiteral(" \u00B7 ") + QLocale().toString(message.timestamp.toLocalTime(), QLocale::ShortFormat);
    m_heading->setText(heading);

    const QString url = message.pageUrl();
    const QString title = message.pageTitle();
    m_page->setFullText(title.isEmpty() ? url : (url.isEmpty() ? title : title + QStringLiteral(" \u2014 ") + url));
    m_page->setVisible(!url.isEmpty() || !title.isEmpty());

    const QJsonValue result = AgentResult::of(message);
    m_tree->clear();
    const bool structured = result.isObject() || result.isArray();
    if (structured) {
        auto *root = m_tree->invisibleRootItem();
        if (result.isObject()) {
            const QJsonObject object = result.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                addJson(root, it.key(), it.value());
        } else {
            const QJsonArray array = result.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                addJson(root, QString::number(i + 1), array.at(i));
        }
        m_tree->expandToDepth(0);
    }
    m_tree->setVisible(structured);
    m_copyJson->setVisible(structured);
    m_summary->setText(summary());
    m_summary->setVisible(!m_summary->text().isEmpty());
    // A structured result reads in the tree; the raw text stays for everything else, unless the
    // summary line already says it all.
    const QString text = message.content.isString() ? message.content.toString() : message.text();
    const bool said = AgentResult::textIsResult(message) || text == m_summary->text();
    m_text->setPlainText(said ? QString() : text);
    m_text->setVisible(!m_text->toPlainText().isEmpty());
}

QString MessageDetails::summary() const
{
    return AgentResult::summary(AgentResult::of(m_message));
}

QString MessageDetails::resultJson() const
{
    const QJsonValue result = AgentResult::of(m_message);
    if (result.isObject())
        return QString::fromUtf8(QJsonDocument(result.toObject()).toJson(QJsonDocument::Indented));
    if (result.isArray())
        return QString::fromUtf8(QJsonDocument(result.toArray()).toJson(QJsonDocument::Indented));
    return {};
}

void MessageDetails::addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent, {key});
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        item->setText(1, tr("%n field(s)", nullptr, int(object.size())));
        for (auto it = object.begin(); it != object.end(); ++it)
            addJson(item, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        item->setText(1, tr("%n item(s)", nullptr, int(array.size())));
        for (qsizetype i = 0; i < array.size(); ++i)
            addJson(item, QString::number(i + 1), array.at(i));
    } else {
        item->setText(1, Message::renderJson(value));
        item->setToolTip(1, item->text(1));
    }
}

} // namespace agi
