#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct zip;
struct zip_source;

namespace agi {

//! Builds a ZIP archive in memory (libzip); bytes() gives the finished archive, written to disk by
//! the caller in one atomic step.
class ZipWriter final
{
public:
    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    //! Adds a file; `compress` deflates it (images already compressed are stored as they are).
    bool add(const QString &name, const QByteArray &bytes, bool compress);
    //! Closes the archive and returns its bytes; empty with error() set when it failed.
    QByteArray finish();
    QString error() const { return m_error; }

private:
    zip_source *m_source = nullptr;
    zip *m_archive = nullptr;
    QList<QByteArray> m_kept; // the files' bytes, read by libzip when the archive closes
    QString m_error;
};

} // namespace agi
