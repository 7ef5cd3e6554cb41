#pragma once

#include "live/framehistory.h"
#include "live/imagedecoder.h"

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPixmap>
#include <QWidget>

namespace agi {

class LiveSession;

//! The frames a session showed, as small thumbnails along a real time axis (gaps between captures
//! stay visible), with markers under it for agent messages (circle), page changes (diamond),
//! questions (triangle) and errors (cross). Clicking or dragging chooses a frame. Thumbnails are
//! decoded with DCT scaling at thumbnail size, only for frames that are drawn, and cached.
class Filmstrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Filmstrip)

public:
    explicit Filmstrip(QWidget *parent = nullptr);
    ~Filmstrip() override;

    //! The session whose history is shown (not owned); nullptr shows none.
    void setSession(LiveSession *session);
    //! The frame being viewed (its sequence number); 0 marks the live (latest) frame.
    void setCurrentSequence(qint64 sequence);
    qint64 currentSequence() const { return m_current; }
    //! How many thumbnails were decoded so far (each once while it stays cached).
    int decodedCount() const { return m_decoded; }
    //! The x coordinate of the frame with `sequence`, -1 when it is not in the history.
    int xOfSequence(qint64 sequence) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    //! The user chose a frame by clicking or dragging.
    void sequenceChosen(qint64 sequence);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Axis
    {
        QDateTime start;
        qint64 spanMs = 1;
        int left = 0;
        int width = 1;
        int xOf(const QDateTime &moment) const;
    };
    Axis axis() const;
    QSize thumbSize() const;
    QImage thumbnail(int index);
    //! The newest frame's thumbnail as the decoding thread made it, when it is the one wanted.
    QImage madeThumbnail(const FrameHistory::Entry &entry, QSize fitted) const;
    //! Asks the session's poller for thumbnails of the size drawn now.
    void requestThumbnails();
    void chooseAt(int x);
    void paintMarkers(QPainter &painter, const Axis &axis, int y);

    enum class Marker {
        Page,
        Message,
        Question,
        Error,
        Count
    };
    //! One marker drawn once (antialiased) at this widget's pixel ratio and palette, then blitted:
    //! the strip is painted again with every new frame, with a marker for every message.
    const QPixmap &sprite(Marker kind);
    //! The agent messages' markers (time and kind), kept until the messages change.
    struct MessageMarker
    {
        QDateTime time;
        Marker kind;
    };
    const QList<MessageMarker> &messageMarkers();

    LiveSession *m_session = nullptr; // cleared when it goes
    qint64 m_current = 0;
    QHash<qint64, QImage> m_thumbs; // by sequence
    QSize m_requestedBox;           // what the poller was asked for (device pixels)
    QPixmap m_sprites[int(Marker::Count)];
    qreal m_spriteRatio = 0; // the ratio the sprites were drawn at; 0: draw them again
    QList<MessageMarker> m_messageMarkers;
    bool m_markersStale = true;
    ImageDecoder m_decoder;
    int m_decoded = 0;
};

} // namespace agi
