#pragma once

#include "pageview.h"

#include <QByteArray>
#include <QImage>
#include <QSize>

namespace agi::emu {

//! Paints a PageView as a browser window (tab strip, address bar, page content, the agent's
//! highlighted element) and encodes it as JPEG. Pure: the same view and size give the same bytes.
class FrameRenderer final
{
public:
    explicit FrameRenderer(QSize size = QSize(1280, 800), int jpegQuality = 75);

    QSize size() const { return m_size; }
    int jpegQuality() const { return m_quality; }

    QImage render(const PageView &view) const;
    QByteArray renderJpeg(const PageView &view) const;

private:
    QSize m_size;
    int m_quality;
};

} // namespace agi::emu
