#include "tones.h"

#include <QPalette>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace agi::tones {

namespace {

constexpr qreal readableContrast = 4.5;

qreal channelLuminance(qreal c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

qreal relativeLuminance(const QColor &c)
{
    return 0.2126 * channelLuminance(c.redF()) + 0.7152 * channelLuminance(c.greenF())
        + 0.0722 * channelLuminance(c.blueF());
}

} // namespace

QColor mix(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
        float(from.greenF() + (to.greenF() - from.greenF()) * amount),
        float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &hue, const QColor &background)
{
    // Towards black on a light background, towards white on a dark one: the hue stays recognisable
    // and the contrast grows with every step; the far end (black or white) always qualifies.
    const QColor end = relativeLuminance(background) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    constexpr int steps = 20;
    for (int i = 0; i <= steps; ++i) {
        const QColor candidate = mix(hue, end, qreal(i) / steps);
        if (contrastRatio(candidate, background) >= readableContrast)
            return candidate;
    }
    return end;
}

QColor negativeText(const QPalette &palette)
{
    return readableOn(QColor::fromRgb(negativeHue), palette.color(QPalette::Window));
}

QColor neutralText(const QPalette &palette)
{
    return readableOn(QColor::fromRgb(neutralHue), palette.color(QPalette::Window));
}

void setNegativeText(QWidget *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, negativeText(palette));
    label->setPalette(palette);
}

} // namespace agi::tones
