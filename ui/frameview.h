#pragma once

#include <QAbstractScrollArea>
#include <QImage>
#include <QPixmap>
#include <QString>

namespace agi {

//! Paints one browser frame: scaled to fit with its aspect ratio (or at 100 % with scroll bars),
//! crisp at any device pixel ratio, with a placeholder before the first frame and a translucent
//! note over the last good frame when a newer one could not be shown.
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
    QString placeholderText() const { return m_placeholder; }

    //! A plain-text note painted over the image (empty hides it).
    void setNote(const QString &text);
    QString note() const { return m_note; }

    void setZoomMode(ZoomMode mode);
    ZoomMode zoomMode() const { return m_zoom; }

    //! The viewport in device pixels: what a decoder should scale frames to in Fit mode.
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
    QRect imageRect() const; // in viewport coordinates
    QSize actualLogicalSize() const;
    void updateScrollBars();
    void paintPlaceholder(QPainter &painter);
    void paintNote(QPainter &painter);

    QImage m_image;
    QPixmap m_scaled; // m_image at the current display size, device pixels
    QString m_placeholder;
    QString m_note;
    ZoomMode m_zoom = ZoomMode::Fit;
    QSize m_lastDeviceSize;
};

} // namespace agi
