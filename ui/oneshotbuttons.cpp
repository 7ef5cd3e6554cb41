#include "oneshotbuttons.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>

namespace agi {

OneShotButtons::OneShotButtons(QDialog *dialog, QDialogButtonBox *box, const QString &confirmText)
    : m_confirm(box->addButton(confirmText, QDialogButtonBox::AcceptRole))
    , m_cancel(box->button(QDialogButtonBox::Cancel))
    , m_close(box->addButton(QDialogButtonBox::Close))
{
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->hide();
    // The confirm button runs the dialog's action; Close and Cancel end the dialog.
    QObject::connect(m_close, &QPushButton::clicked, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

void OneShotButtons::showDone()
{
    m_confirm->hide();
    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
    m_close->setFocus();
}

} // namespace agi
