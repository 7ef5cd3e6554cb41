#pragma once

// The committed test data under tests/data (AGI_TEST_DATA_DIR is set for every test target).
#include <QByteArray>
#include <QFile>
#include <QLatin1String>

namespace agi::test {

//! The bytes of tests/data/<relativePath>; a missing file stops the test at once.
inline QByteArray readTestData(const char *relativePath)
{
    QFile file(QLatin1String(AGI_TEST_DATA_DIR "/") + QLatin1String(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", relativePath);
    return file.readAll();
}

} // namespace agi::test
