#include "export/zipwriter.h"

#include <zip.h>

namespace agi {

ZipWriter::ZipWriter()
{
    zip_error_t error;
    zip_error_init(&error);
    m_source = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (m_source) {
        m_archive = zip_open_from_source(m_source, ZIP_TRUNCATE, &error);
        if (m_archive)
            zip_source_keep(m_source);
    }
    if (!m_archive)
        m_error = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
}

ZipWriter::~ZipWriter()
{
    if (m_archive)
        zip_discard(m_archive);
    if (m_source)
        zip_source_free(m_source);
}

bool ZipWriter::add(const QString &name, const QByteArray &bytes, bool compress)
{
    if (!m_archive)
        return false;
    // libzip reads the buffer when the archive closes: the bytes stay alive (shared, not copied) until then.
    m_kept.append(bytes);
    zip_source_t *source = zip_source_buffer(m_archive, m_kept.constLast().constData(), zip_uint64_t(bytes.size()), 0);
    if (!source) {
        m_error = QString::fromUtf8(zip_strerror(m_archive));
        return false;
    }
    const zip_int64_t index
        = zip_file_add(m_archive, name.toUtf8().constData(), source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        m_error = QString::fromUtf8(zip_strerror(m_archive));
        return false;
    }
    zip_set_file_compression(m_archive, zip_uint64_t(index), compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
    return true;
}

QByteArray ZipWriter::finish()
{
    if (!m_archive)
        return {};
    if (zip_close(m_archive) != 0) {
        m_error = QString::fromUtf8(zip_strerror(m_archive));
        return {};
    }
    m_archive = nullptr;
    QByteArray result;
    if (zip_source_open(m_source) != 0) {
        m_error = QStringLiteral("the archive cannot be read back");
        return {};
    }
    char chunk[1 << 16];
    zip_int64_t read = 0;
    while ((read = zip_source_read(m_source, chunk, sizeof chunk)) > 0)
        result.append(chunk, qsizetype(read));
    zip_source_close(m_source);
    if (read < 0) {
        m_error = QStringLiteral("the archive cannot be read back");
        return {};
    }
    return result;
}

} // namespace agi
