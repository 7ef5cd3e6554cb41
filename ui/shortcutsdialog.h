#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace agi {

//! Help > Keyboard Shortcuts: a read-only table of the given actions and their shortcuts, in the
//! platform's notation. Actions without a shortcut are left out.
//!
//! Usage: ShortcutsDialog(window->actions-with-shortcuts, this).exec(), or open() it.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    //! The action's text as a menu shows it, without the mnemonic ampersand and trailing dots.
    static QString plainText(const QAction *action);

private:
    QTableWidget *m_table = nullptr;
};

} // namespace agi
