#pragma once

#include <QLatin1String>
#include <QMetaType>
#include <QString>

namespace agi {

//! What a watched session can tell the user about: each is notified once per occurrence.
enum class AttentionKind {
    Finished,
    Failed,
    Question,
    Stalled,
};

//! The settings key of a kind ("finished", "failed", "question", "stalled").
inline QLatin1String attentionKindKey(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::Finished:
        return QLatin1String("finished");
    case AttentionKind::Failed:
        return QLatin1String("failed");
    case AttentionKind::Question:
        return QLatin1String("question");
    case AttentionKind::Stalled:
        break;
    }
    return QLatin1String("stalled");
}

//! One occurrence, worded for the user.
struct AttentionEvent
{
    QString sessionId;
    AttentionKind kind = AttentionKind::Finished;
    QString summary;
    QString body;
};

} // namespace agi

Q_DECLARE_METATYPE(agi::AttentionEvent)
