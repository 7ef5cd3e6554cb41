#include "export/exporttimeline.h"

#include "live/framehistory.h"

namespace agi {

ExportTimeline ExportTimeline::fromHistory(const QString &sessionId, const FrameHistory &history)
{
    ExportTimeline timeline;
    timeline.sessionId = sessionId;
    QList<QByteArray> bytes;
    bytes.reserve(history.size());
    for (int i = 0; i < history.size(); ++i) {
        const FrameHistory::Entry &entry = history.at(i);
        ExportFrame frame;
        frame.sequence = entry.sequence;
        frame.format = entry.encodedFormat;
        frame.size = entry.size;
        frame.url = entry.url;
        frame.title = entry.title;
        frame.changedAt = entry.changedAt;
        frame.lastSeenAt = entry.lastSeenAt;
        frame.messageId = entry.messageId;
        timeline.frames.append(frame);
        bytes.append(history.encoded(i));
    }
    timeline.frameBytes
        = [bytes](int index) { return index >= 0 && index < bytes.size() ? bytes.at(index) : QByteArray(); };
    return timeline;
}

} // namespace agi
