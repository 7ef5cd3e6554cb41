#include "cli/watchrecorder.h"

#include "live/frame.h"
#include "storage/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace agi::cli {

WatchRecorder::WatchRecorder(const QString &directory)
    : m_directory(directory)
{ }

bool WatchRecorder::open(QString *error)
{
    QDir dir(m_directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = QCoreApplication::translate("agi::cli::WatchRecorder", "Could not create the folder %1.")
                     .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    QFile index(dir.filePath(QLatin1String(IndexName)));
    if (!index.exists())
        return true;
    if (!index.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("agi::cli::WatchRecorder", "Could not read %1: %2.")
                     .arg(QDir::toNativeSeparators(index.fileName()), index.errorString());
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(index.readAll());
    if (!document.isArray()) {
        *error = QCoreApplication::translate(
            "agi::cli::WatchRecorder", "%1 is not a frame index of agi-session; choose another folder.")
                     .arg(QDir::toNativeSeparators(index.fileName()));
        return false;
    }
    m_index = document.array();
    static const QRegularExpression number(QStringLiteral("^frame-([0-9]+)\\."));
    for (const auto &entry : std::as_const(m_index)) {
        const QRegularExpressionMatch match = number.match(entry.toObject().value(QStringLiteral("file")).toString());
        if (match.hasMatch())
            m_next = std::max(m_next, match.captured(1).toInt() + 1);
    }
    return true;
}

bool WatchRecorder::record(const Frame &frame, const QString &message, QString *error)
{
    const QString suffix = frame.encodedFormat == "png" ? QStringLiteral("png") : QStringLiteral("jpg");
    const QString file = QStringLiteral("frame-%1.%2").arg(m_next, 6, 10, QLatin1Char('0')).arg(suffix);
    const QDir dir(m_directory);
    if (!AtomicFile::write(dir.filePath(file), frame.encoded, error))
        return false;
    QJsonObject entry {
        {QStringLiteral("time"), frame.changedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("file"), file},
        {QStringLiteral("url"), frame.url.toString(QUrl::FullyEncoded)},
        {QStringLiteral("title"), frame.title},
    };
    if (!message.isEmpty())
        entry.insert(QStringLiteral("message"), message);
    QJsonArray index = m_index;
    index.append(entry);
    if (!AtomicFile::write(
            dir.filePath(QLatin1String(IndexName)), QJsonDocument(index).toJson(QJsonDocument::Indented), error)) {
        // The image stays unlisted rather than listed and missing; the next frame reuses its name.
        QFile::remove(dir.filePath(file));
        return false;
    }
    m_index = index;
    ++m_next;
    ++m_written;
    m_lastFile = file;
    return true;
}

} // namespace agi::cli
