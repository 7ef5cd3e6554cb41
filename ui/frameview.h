#pragma once

#include <QAbstractScrollArea>
#include <QImage>
#include <QRectF>
#include <QString>

namespace agi {

//! Paints one browser frame: fitted with its aspect ratio (or at 100 % with scroll bars), crisp at
//! any device pixel ratio, with a placeholder before the first frame and a translucent note over the
//! last good frame when a newer one could not be shown. Frames decoded at the size they are painted
//! (viewportDeviceSize() in Fit mode) are copied to the screen as they are: no scaling, no copy.
class FrameView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameView)

public:
    enum class ZoomMode {
        Fit,
        ActualSize
    };
    Q_ENUM(ZoomMode)

    explicit FrameView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    QImage image() const { return m_image; }
    void clear();

    //! Shown centred while there is no image.
    void setPlaceholderText(const QString &text);

    //! A plain-text note painted over the image (empty hides it).
    void setNote(const QString &text);
    QString note() const { return m_note; }

    void setZoomMode(ZoomMode mode);
    ZoomMode zoomMode() const { return m_zoom; }

    //! The box a frame is fitted into in Fit mode (the viewport less its margin), in device pixels:
    //! what the decoder should decode frames to. In ActualSize mode frames are painted at their
    //! devicePixelRatio, so one decoded at the source size times devicePixelRatioF() is not scaled.
    QSize viewportDeviceSize() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void viewportDeviceSizeChanged(QSize size);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;

private:
    int margin() const;
    QRect imageDeviceRect() const; // where m_image goes, device pixels of the viewport
    QRectF imageRect() const;      // the same in viewport coordinates
    QSize actualLogicalSize() const;
    const QImage &imageAtSize(QSize size);
    void updateScrollBars();
    void emitIfViewportDeviceSizeChanged();
    void paintPlaceholder(QPainter &painter);
    void paintNote(QPainter &painter);

    QImage m_image;
    QImage m_scaled; // m_image at another size, while frames of the right size are on their way
    QString m_placeholder;
    QString m_note;
    ZoomMode m_zoom = ZoomMode::Fit;
    QSize m_lastDeviceSize;
};

} // namespace agi
