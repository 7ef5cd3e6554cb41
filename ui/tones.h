#pragma once

#include <QColor>

class QPalette;
class QWidget;

//! The few colours the widgets add to the desktop's palette (errors, warnings, tints), derived
//! from that palette so that they read in light and dark themes alike.
namespace agi::tones {

//! Breeze's negative and neutral hues: the accents of errors and warnings.
inline constexpr QRgb negativeHue = 0xffda4453;
inline constexpr QRgb neutralHue = 0xfff67400;

//! `from` moved towards `to` by `amount` (0 gives `from`, 1 gives `to`), channel by channel.
QColor mix(const QColor &from, const QColor &to, qreal amount);

//! WCAG 2 contrast ratio between two opaque colours: 1 (same luminance) to 21 (black on white).
qreal contrastRatio(const QColor &a, const QColor &b);

//! `hue` made darker (on a light background) or lighter (on a dark one) until text in it has a
//! contrast of at least 4.5:1 against `background`, WCAG's level for body text.
QColor readableOn(const QColor &hue, const QColor &background);

//! Text colour for errors and warnings on the palette's window.
QColor negativeText(const QPalette &palette);
QColor neutralText(const QPalette &palette);

//! Gives `label`'s text the negative (error) colour of its current palette.
void setNegativeText(QWidget *label);

} // namespace agi::tones
