// Build-time helper: renders the application icon SVG to the square PNG sizes of the hicolor
// theme, so the PNGs never go stale next to their source and no extra package is needed.
//   agi-svgtopng <input.svg> <output.png> <size>

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "agi-svgtopng: " << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // No QGuiApplication: painting paths into a QImage needs no platform plugin, so the tool
    // runs on build machines without a display and without fonts.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (args.size() != 4)
        return fail(QStringLiteral("usage: agi-svgtopng <input.svg> <output.png> <size>"));

    bool ok = false;
    const int size = args.at(3).toInt(&ok);
    if (!ok || size <= 0 || size > 4096)
        return fail(QStringLiteral("bad size: %1").arg(args.at(3)));

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid())
        return fail(QStringLiteral("cannot read %1").arg(args.at(1)));

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (!image.save(args.at(2), "PNG"))
        return fail(QStringLiteral("cannot write %1").arg(args.at(2)));
    return 0;
}
