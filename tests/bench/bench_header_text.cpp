// The session view's title and URL for a new frame: a new text set on the label and the label
// painted, as ElidedLabel does it (one layout per text) and as a QLabel fed by
// QFontMetrics::elidedText does it (the text shaped to elide, to measure and to paint).
//   bench_header_text [Google Benchmark flags]
#include "elidedlabel.h"
#include "runbenchmarks.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QLabel>

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

namespace {

// Texts as the demo's pages give them, each a little different so that nothing is cached.
QString title(int i)
{
    return QStringLiteral(
        "Flights from Zürich to Lisbon on %1 March: compare fares, baggage and seats, and book online")
        .arg(i % 28 + 1);
}

QString url(int i)
{
    return QStringLiteral("https://www.example-travel.com/search/flights?from=ZRH&to=LIS&date=2026-03-%1&adults=1")
        .arg(i % 28 + 1);
}

// Width of the header's title and URL in the default window at scale 1.
constexpr int LabelWidth = 300;

template<typename Label, typename SetText> void newTexts(benchmark::State &state, SetText setText)
{
    Label titleLabel;
    Label urlLabel;
    for (Label *label : {&titleLabel, &urlLabel}) {
        label->resize(LabelWidth, 24);
        label->show();
    }
    QImage target(LabelWidth, 24, QImage::Format_ARGB32_Premultiplied);
    int i = 0;
    for (auto _ : state) {
        setText(titleLabel, title(i), Qt::ElideRight);
        setText(urlLabel, url(i), Qt::ElideMiddle);
        // A layout asks each for its size hint after a new text; then both are painted.
        benchmark::DoNotOptimize(titleLabel.sizeHint());
        benchmark::DoNotOptimize(urlLabel.sizeHint());
        titleLabel.render(&target);
        urlLabel.render(&target);
        ++i;
    }
}

void elidedLabel(benchmark::State &state)
{
    newTexts<agi::ElidedLabel>(
        state, [](agi::ElidedLabel &label, const QString &text, Qt::TextElideMode) { label.setFullText(text); });
}

void qLabelWithElidedText(benchmark::State &state)
{
    newTexts<QLabel>(state, [](QLabel &label, const QString &text, Qt::TextElideMode mode) {
        label.setTextFormat(Qt::PlainText);
        label.setText(label.fontMetrics().elidedText(text, mode, label.contentsRect().width()));
    });
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<char *> args(argv, argv + argc);
    int qtArgc = 1;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(qtArgc, argv);
    benchmark::RegisterBenchmark("header_text/ElidedLabel", elidedLabel);
    benchmark::RegisterBenchmark("header_text/QLabel_elidedText", qLabelWithElidedText);
    return agi::bench::runRegisteredBenchmarks(args);
}
