#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUrl>

namespace agi {

//! The fields of a screenshot response, found by a small scanner over the raw bytes: the large
//! "screenshot" string is located, never copied or turned into a QString.
class ScreenshotPayload final
{
public:
    //! Reads `body` (a JSON object with "screenshot", "url", "title"; other members are skipped).
    //! On failure returns false and sets *error to one short reason.
    bool parse(const QByteArray &body, QString *error);

    //! The base64 text of the image, without a data URL header; views into the body (or into an
    //! unescaped copy when the string contained JSON escapes such as "\/"). Valid while this
    //! object lives.
    QByteArrayView base64() const;
    QUrl url() const { return m_url; }
    QString title() const { return m_title; }

private:
    QByteArray m_body; // shares the caller's body so the view stays valid
    QByteArray m_unescaped;
    qsizetype m_begin = 0;
    qsizetype m_length = 0;
    QUrl m_url;
    QString m_title;
};

} // namespace agi
