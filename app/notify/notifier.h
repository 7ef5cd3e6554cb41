#pragma once

#include "notify/attentionkind.h"

#include <QObject>
#include <QString>

namespace agi {

//! Shows notifications somewhere the user sees them (the desktop's notification service, the
//! tray) and says when the user clicked one.
class Notifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    explicit Notifier(QObject *parent = nullptr);
    ~Notifier() override;

    //! Whether notifications can be shown now.
    virtual bool isAvailable() const = 0;
    //! Shows `event`, replacing the one shown before for the same session.
    virtual void show(const AttentionEvent &event) = 0;

Q_SIGNALS:
    //! The user clicked the notification of `sessionId`.
    void activated(const QString &sessionId);
};

} // namespace agi
