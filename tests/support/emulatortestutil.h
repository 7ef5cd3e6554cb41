#pragma once

#include "httpprobe.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace agi::test {

//! Small conveniences over HttpProbe for the emulator's API, shared by the emulator tests.
class SessionApi final
{
public:
    explicit SessionApi(HttpProbe &probe)
        : m_probe(probe)
    { }

    //! POST /v1/sessions with `body`; returns the new session object (empty on failure).
    QJsonObject create(const QJsonObject &body = {});
    //! A new session's id, given `task` as its first message when not empty (warns when the
    //! emulator refuses either; the id is empty when it did not create one).
    QString start(const QString &task = {});
    ProbeReply sendMessage(const QString &id, const QString &text);
    QString executionStatus(const QString &id);
    QString sessionStatus(const QString &id);
    QJsonArray messages(const QString &id, int afterId = 0, bool sanitize = true);
    //! The screenshot's JPEG bytes (decoded from the data URL), plus url and title.
    struct Shot
    {
        QByteArray jpeg;
        QString url;
        QString title;
    };
    Shot screenshot(const QString &id);

private:
    HttpProbe &m_probe;
};

} // namespace agi::test
