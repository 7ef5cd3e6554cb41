#pragma once

#include "live/framehistory.h"
#include "live/imagedecoder.h"

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPixmap>
#include <QRegion>
#include <QWidget>

namespace agi {

class LiveSession;

//! The frames a session showed, as small thumbnails along a real time axis (gaps between captures
//! stay visible), with markers under it for agent messages (circle), page changes (diamond),
//! questions (triangle) and errors (cross). Clicking or dragging chooses a frame. Thumbnails are
//! decoded with DCT scaling at thumbnail size, only for frames that are drawn, and cached.
//!
//! The strip is kept painted on a canvas of its own, and a change paints only what it changed
//! there: a new frame its tick, its marker and the thumbnails at the strip's end, a new viewed
//! frame the two highlights. For that the axis stays put while frames arrive: it reaches a tenth
//! or so past the newest frame and grows by steps of a tenth, and thumbnails are placed from the
//! oldest on, so a new one moves none of those before it.
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
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Axis
    {
        QDateTime start;
        qint64 spanMs = 1;
        int left = 0;
        int width = 1;
        int xOf(const QDateTime &moment) const;
        bool operator==(const Axis &) const = default;
    };
    //! A frame's place on the strip.
    struct Placed
    {
        qint64 sequence = 0;
        int x = -1;
        bool operator==(const Placed &) const = default;
    };
    //! Where the history is drawn as it is now.
    struct Layout
    {
        Axis axis;
        QSize thumb;
        int count = 0;
        Placed first; // the oldest frame
        Placed last;  // the newest
        Placed current;
        QList<Placed> thumbs; // the thumbnails drawn, oldest first; none covers another
    };
    //! The axis for the history as it is: a pure function of its first and newest frames' times.
    Axis axis() const;
    QSize thumbSize() const;
    Layout layOut() const;
    //! Lays the strip out again and marks what moved for painting.
    void relayout();
    //! relayout() when the history is no longer the one laid out.
    void followHistory();
    //! What differs on screen between two layouts.
    QRegion changedBetween(const Layout &before, const Layout &after) const;
    //! Marks a part of the canvas to be painted again, and the widget to be updated there.
    void invalidate(const QRegion &region);
    //! Paints what lies in `area` (the painter is clipped to it) onto the canvas.
    void paintStrip(QPainter &painter, const QRect &area);
    QRect thumbnailBox(int x) const;
    //! The highlight of the frame viewed: its thumbnail's frame and its taller tick.
    QRegion highlightArea(const Placed &current) const;
    int axisY() const;
    int markerY() const;
    QRect markerBox(int x) const;
    QImage thumbnail(int index);
    //! thumbnail() of the frame with `sequence`; null when it is no longer in the history.
    QImage thumbnailOf(qint64 sequence);
    //! The newest frame's thumbnail as the decoding thread made it, when it is the one wanted.
    QImage madeThumbnail(const FrameHistory::Entry &entry, QSize fitted) const;
    //! Asks the session's poller for thumbnails of the size drawn now.
    void requestThumbnails();
    void chooseAt(int x);
    void paintMarkers(QPainter &painter, const QRect &area);
    void onMessagesInserted(int first, int last);

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
    Layout m_layout;                // as of the last change
    QPixmap m_canvas;               // the strip as painted
    QRegion m_stale;                // parts of the canvas changed since they were painted
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
