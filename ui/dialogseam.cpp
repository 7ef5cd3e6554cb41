#include "dialogseam.h"

#include <QFileDialog>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QQueue>

#include <optional>

namespace agi {

namespace {

Q_LOGGING_CATEGORY(lcSeam, "agi.ui.dialogs")

// Plain statics: the seam is used from the GUI thread only.
struct SeamState
{
    DialogSeam::Answerer answerer;
    bool scripted = false;
    QQueue<bool> confirmAnswers;
    QQueue<QString> fileNames;
    QList<DialogSeam::Question> asked;
};

SeamState &state()
{
    static SeamState s;
    return s;
}

//! The scripted or installed answer, or nothing when a real dialog must be shown.
std::optional<DialogSeam::Answer> scriptedAnswer(const DialogSeam::Question &question)
{
    SeamState &s = state();
    if (s.answerer) {
        s.asked.append(question);
        return s.answerer(question);
    }
    if (!s.scripted)
        return std::nullopt;
    s.asked.append(question);
    DialogSeam::Answer answer;
    switch (question.kind) {
    case DialogSeam::Kind::Confirm:
        if (s.confirmAnswers.isEmpty())
            qCWarning(lcSeam) << "unscripted confirmation declined:" << question.title;
        else
            answer.accepted = s.confirmAnswers.dequeue();
        break;
    case DialogSeam::Kind::SaveFileName:
    case DialogSeam::Kind::OpenFileName:
        if (!s.fileNames.isEmpty())
            answer.fileName = s.fileNames.dequeue();
        answer.accepted = !answer.fileName.isEmpty();
        break;
    case DialogSeam::Kind::Information:
    case DialogSeam::Kind::Warning:
        answer.accepted = true;
        break;
    }
    return answer;
}

void showNotice(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("seamMessageBox"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace

bool DialogSeam::confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmText)
{
    if (const auto answer = scriptedAnswer({Kind::Confirm, title, text, confirmText}))
        return answer->accepted;

    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("seamConfirmBox"));
    box.setTextFormat(Qt::PlainText);
    QPushButton *yes = box.addButton(confirmText, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void DialogSeam::information(QWidget *parent, const QString &title, const QString &text)
{
    if (scriptedAnswer({Kind::Information, title, text, {}}))
        return;
    showNotice(parent, QMessageBox::Information, title, text);
}

void DialogSeam::warning(QWidget *parent, const QString &title, const QString &text)
{
    if (scriptedAnswer({Kind::Warning, title, text, {}}))
        return;
    showNotice(parent, QMessageBox::Warning, title, text);
}

QString DialogSeam::getSaveFileName(
    QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter)
{
    const QString detail = suggestedPath + QLatin1Char('\n') + filter;
    if (const auto answer = scriptedAnswer({Kind::SaveFileName, caption, {}, detail}))
        return answer->fileName;
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString DialogSeam::getOpenFileName(
    QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    const QString detail = folder + QLatin1Char('\n') + filter;
    if (const auto answer = scriptedAnswer({Kind::OpenFileName, caption, {}, detail}))
        return answer->fileName;
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

void DialogSeam::setAnswerer(Answerer answerer)
{
    state().answerer = std::move(answerer);
}

void DialogSeam::setScripted(bool scripted)
{
    SeamState &s = state();
    s.scripted = scripted;
    if (!scripted) {
        s.confirmAnswers.clear();
        s.fileNames.clear();
        s.asked.clear();
    }
}

bool DialogSeam::isScripted()
{
    return state().scripted;
}

void DialogSeam::setNextAnswer(bool confirm)
{
    state().scripted = true;
    state().confirmAnswers.enqueue(confirm);
}

void DialogSeam::setNextFileName(const QString &fileName)
{
    state().scripted = true;
    state().fileNames.enqueue(fileName);
}

QList<DialogSeam::Question> DialogSeam::asked()
{
    return state().asked;
}

void DialogSeam::clearAsked()
{
    state().asked.clear();
}

} // namespace agi
