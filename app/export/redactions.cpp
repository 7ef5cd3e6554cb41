#include "export/redactions.h"

#include "storage/atomicfile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QStandardPaths>

#include <algorithm>

namespace agi {

QString Redactions::pathFor(const QString &sessionId, const QString &folder)
{
    const QString base = folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : folder;
    QString safe = sessionId;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return QDir(base).filePath(QStringLiteral("redactions/%1.json").arg(safe));
}

QList<QRect> Redactions::load(const QString &sessionId, QString *error, const QString &folder)
{
    QFile file(pathFor(sessionId, folder));
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error
                = QStringLiteral("The redactions in %1 cannot be read: %2.").arg(file.fileName(), file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("The redactions in %1 are not valid JSON.").arg(file.fileName());
        return {};
    }
    QList<QRect> rectangles;
    const QJsonArray array = document.object().value(QStringLiteral("rectangles")).toArray();
    for (const auto &value : array) {
        const QJsonObject object = value.toObject();
        const QRect rectangle(object.value(QStringLiteral("x")).toInt(), object.value(QStringLiteral("y")).toInt(),
            object.value(QStringLiteral("width")).toInt(), object.value(QStringLiteral("height")).toInt());
        if (rectangle.isValid())
            rectangles.append(rectangle);
    }
    return rectangles;
}

bool Redactions::save(const QString &sessionId, const QList<QRect> &rectangles, QString *error, const QString &folder)
{
    const QString path = pathFor(sessionId, folder);
    if (rectangles.isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            if (error)
                *error = QStringLiteral("The redactions in %1 cannot be removed.").arg(path);
            return false;
        }
        return true;
    }
    QJsonArray array;
    for (const QRect &rectangle : rectangles) {
        array.append(QJsonObject {{QStringLiteral("x"), rectangle.x()}, {QStringLiteral("y"), rectangle.y()},
            {QStringLiteral("width"), rectangle.width()}, {QStringLiteral("height"), rectangle.height()}});
    }
    const QJsonObject object {{QStringLiteral("session"), sessionId}, {QStringLiteral("rectangles"), array}};
    return AtomicFile::write(path, QJsonDocument(object).toJson(), error);
}

QImage Redactions::apply(const QImage &image, const QList<QRect> &rectangles)
{
    if (rectangles.isEmpty())
        return image;
    QImage result = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    QPainter painter(&result);
    for (const QRect &rectangle : rectangles)
        painter.fillRect(rectangle, Qt::black);
    painter.end();
    return result;
}

bool Redactions::touches(const QSize &size, const QList<QRect> &rectangles)
{
    const QRect bounds(QPoint(0, 0), size);
    return std::ranges::any_of(rectangles, [&bounds](const QRect &rectangle) { return bounds.intersects(rectangle); });
}

QByteArray Redactions::applyToEncoded(const QByteArray &bytes, const QByteArray &format, const QList<QRect> &rectangles)
{
    if (rectangles.isEmpty())
        return bytes;
    QImage image;
    if (!image.loadFromData(bytes, format.isEmpty() ? nullptr : format.constData()))
        return {};
    if (!touches(image.size(), rectangles))
        return bytes;
    const QImage redacted = apply(image, rectangles);
    QByteArray encoded;
    QBuffer buffer(&encoded);
    buffer.open(QIODevice::WriteOnly);
    // Always PNG: a lossy format would let the colours around a rectangle bleed into it.
    return redacted.save(&buffer, "PNG") ? encoded : QByteArray();
}

} // namespace agi
