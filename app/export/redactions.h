#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

namespace agi {

//! The rectangles one session's exports black out, in the frames' own pixels, kept per session in
//! the user's data folder (redactions/<session id>.json) where the window and agi-session read them.
class Redactions final
{
public:
    Redactions() = delete;

    //! The file of one session's rectangles under `folder` (default: the application's data folder).
    static QString pathFor(const QString &sessionId, const QString &folder = QString());
    //! The session's rectangles; none when there is no file. A file that cannot be read or parsed
    //! gives none and `error` says why (the file is left as it is).
    static QList<QRect> load(const QString &sessionId, QString *error = nullptr, const QString &folder = QString());
    //! Replaces the session's rectangles (atomically); no rectangles removes the file.
    static bool save(
        const QString &sessionId, const QList<QRect> &rectangles, QString *error, const QString &folder = QString());

    //! `image` with the rectangles painted black.
    static QImage apply(const QImage &image, const QList<QRect> &rectangles);
    //! Whether any rectangle touches an image of this size (when none does, the bytes stay as they are).
    static bool touches(const QSize &size, const QList<QRect> &rectangles);
    //! The frame's bytes with the rectangles blacked out, encoded again as PNG (lossless); the
    //! bytes unchanged when no rectangle touches the image; empty when the bytes are no image.
    static QByteArray applyToEncoded(const QByteArray &bytes, const QByteArray &format, const QList<QRect> &rectangles);
};

} // namespace agi
