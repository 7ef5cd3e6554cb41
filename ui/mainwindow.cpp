#include "mainwindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace agi {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("AGI Session Monitor"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_endpoint = new QLabel(central);
    m_endpoint->setObjectName(QStringLiteral("endpointLabel"));
    m_endpoint->setTextFormat(Qt::PlainText);
    m_endpoint->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_endpoint);
    setCentralWidget(central);
    resize(1100, 700);
}

void MainWindow::setEndpoint(const QUrl &baseUrl, bool demo)
{
    const QString where = baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    m_endpoint->setText(demo ? tr("Demo mode: the built-in emulator serves the AGI API at %1").arg(where)
                             : tr("Connected to %1").arg(where));
    statusBar()->showMessage(demo ? tr("Demo") : where);
}

} // namespace agi
