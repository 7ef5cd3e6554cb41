#include "storage/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace agi {

namespace {

QString cause(const QFileDevice &file)
{
    // ResourceError is what a full disk (or a file size limit) gives.
    if (file.error() == QFileDevice::ResourceError)
        return QCoreApplication::translate("agi::AtomicFile", "the disk is full (%1)").arg(file.errorString());
    return file.errorString();
}

bool fail(QString *error, const QString &path, const QString &reason)
{
    if (error)
        *error = QCoreApplication::translate("agi::AtomicFile", "%1 could not be written: %2")
                     .arg(QDir::toNativeSeparators(path), reason);
    return false;
}

} // namespace

bool AtomicFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(error, path,
            QCoreApplication::translate("agi::AtomicFile", "the folder %1 cannot be created")
                .arg(QDir::toNativeSeparators(folder)));

    // Unbuffered: QSaveFile's commit() flushes a buffer without reporting a failed flush, and would
    // then put a cut-off file in place of the good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(error, path, cause(file));
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 chunk = file.write(bytes.constData() + written, bytes.size() - written);
        if (chunk <= 0) {
            const QString reason = cause(file);
            file.cancelWriting();
            return fail(error, path, reason);
        }
        written += chunk;
    }
    if (!file.commit())
        return fail(error, path, cause(file));
    return true;
}

} // namespace agi
