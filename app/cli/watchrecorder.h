#pragma once

#include <QJsonArray>
#include <QString>

namespace agi {
struct Frame;
}

namespace agi::cli {

//! `watch --out DIR`: each changed frame as the server sent it (frame-000001.jpg ...) and
//! index.json, an array of {time, file, url, title, message}, rewritten whole (atomically) after
//! each frame so it always names exactly the files there are. A second watch into the same folder
//! goes on after the frames already listed.
class WatchRecorder final
{
public:
    explicit WatchRecorder(const QString &directory);

    //! Creates the folder and reads an index already there; false with *error when it cannot.
    bool open(QString *error);
    //! Writes the frame's image and the new index; `message` is the agent's latest message.
    bool record(const Frame &frame, const QString &message, QString *error);

    QString directory() const { return m_directory; }
    //! Frames written by this recorder (not counting those of earlier runs).
    int written() const { return m_written; }
    //! The file name of the latest frame written.
    QString lastFile() const { return m_lastFile; }

    static constexpr auto IndexName = "index.json";

private:
    QString m_directory;
    QJsonArray m_index;
    int m_next = 1;
    int m_written = 0;
    QString m_lastFile;
};

} // namespace agi::cli
