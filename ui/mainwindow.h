#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;

namespace agi {

//! The application window. This first version shows which API the monitor is connected to;
//! the session list and the live pane arrive with the main-window issue.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setEndpoint(const QUrl &baseUrl, bool demo);

private:
    QLabel *m_endpoint = nullptr;
};

} // namespace agi
