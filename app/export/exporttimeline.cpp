#include "export/exporttimeline.h"

#include "live/framehistory.h"

namespace agi {

ExportTimeline ExportTimeline::fromHistory(const QString &sessionId, const FrameHistory &history)
{
    ExportTimeline timeline;
    timeline.sessionId = sessionId;
    // Where each image is, not its bytes: a window that only counts frames reads nothing, and the
    // export reads each file on its own thread when it gets to it.
    QList<FrameHistory::Source> sources;
    sources.reserve(history.size());
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
        sources.append(history.source(i));
    }
    timeline.frameBytes = [sources](int index) {
        return index >= 0 && index < sources.size() ? sources.at(index).read() : QByteArray();
    };
    return timeline;
}

} // namespace agi
