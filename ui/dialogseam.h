#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace agi {

//! The single place through which the UI asks modal questions (confirmations, notices, file names).
//! Production code calls the static functions below instead of QMessageBox / QFileDialog, so that
//! tests can answer every question without a modal box ever blocking (KeePassXC's
//! MessageBox::setNextAnswer is the model).
//!
//! Usage in widgets:
//!     if (!DialogSeam::confirm(this, tr("End all sessions"), tr("End 3 sessions?"), tr("End all")))
//!         return;
//!     const QString path = DialogSeam::getSaveFileName(this, tr("Save frame"), suggested, tr("JPEG (*.jpg)"));
//!
//! Usage in tests (scripted mode: nothing is shown, every question is recorded):
//!     DialogSeam::setScripted(true);
//!     DialogSeam::setNextAnswer(true);              // the next confirm() returns true
//!     DialogSeam::setNextFileName(tmp + "/f.jpg");  // the next getSaveFileName() returns this
//!     ... QCOMPARE(DialogSeam::asked().last().kind, DialogSeam::Kind::Confirm);
class DialogSeam final
{
    Q_DECLARE_TR_FUNCTIONS(agi::DialogSeam)

public:
    enum class Kind {
        Confirm,
        Information,
        Warning,
        SaveFileName,
        OpenFileName
    };

    struct Question
    {
        Kind kind = Kind::Information;
        QString title;
        QString text;
        QString detail; // Confirm: the confirm button's text; Save/OpenFileName: the suggested path and filter
    };

    struct Answer
    {
        bool accepted = false;
        QString fileName; // SaveFileName only; empty = cancelled
    };

    using Answerer = std::function<Answer(const Question &)>;

    DialogSeam() = delete;

    //! Asks a question with a confirm button labelled `confirmText` and Cancel (the default button, so
    //! that Enter never confirms a destructive action by accident). True only when confirmed.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmText);
    //! Shows a notice with an OK button. `text` is plain text (never rich text: it may quote the web).
    static void information(QWidget *parent, const QString &title, const QString &text);
    //! Like information(), with a warning icon.
    static void warning(QWidget *parent, const QString &title, const QString &text);
    //! Asks where to save; returns the chosen path, or an empty string when cancelled.
    static QString getSaveFileName(
        QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter);
    //! Asks which existing file to open; returns its path, or an empty string when cancelled.
    static QString getOpenFileName(
        QWidget *parent, const QString &caption, const QString &folder, const QString &filter);

    // ---- for tests ----

    //! While set, every question goes to `answerer` (and is recorded); nothing is shown. {} removes it.
    static void setAnswerer(Answerer answerer);
    //! Scripted mode: answers come from the queues below; with an empty queue confirm() declines and
    //! getSaveFileName() cancels. Turning it off also clears the queues and the record.
    static void setScripted(bool scripted);
    static bool isScripted();
    //! Queues the answer of the next confirm(); turns scripted mode on.
    static void setNextAnswer(bool confirm);
    //! Queues the result of the next getSaveFileName() or getOpenFileName() (empty = cancel); turns
    //! scripted mode on.
    static void setNextFileName(const QString &fileName);
    //! The questions asked while scripted or answered by an answerer, oldest first.
    static QList<Question> asked();
    static void clearAsked();
};

} // namespace agi
