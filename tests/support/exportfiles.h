#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QMap>
#include <QString>

namespace agi::test {

//! What an animated image holds, decoded as a viewer decodes it.
struct Animation
{
    int frames = 0;
    QList<int> delays;    //!< per frame, in milliseconds
    QList<QImage> images; //!< the whole canvas after each frame
    bool loopsForever = false;
};

//! Reading exported files back in tests: every entry of a ZIP (libzip), an animated WebP
//! (WebPAnimDecoder) and an animated GIF (giflib's DGifSlurp, with the NETSCAPE2.0 loop).
class ExportFiles final
{
public:
    ExportFiles() = delete;

    static QMap<QString, QByteArray> unzip(const QString &path);
    static Animation decodeWebP(const QByteArray &bytes);
    static Animation decodeGif(const QByteArray &bytes);
    static QByteArray read(const QString &path);
};

} // namespace agi::test
