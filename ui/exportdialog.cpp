#include "exportdialog.h"

#include "dialogseam.h"
#include "model/sessionlistmodel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace agi {

namespace {

const QString TimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

QString describe(const ExportOptions::FormatInfo &info)
{
    return QCoreApplication::translate("agi::ExportOptions", info.description);
}

} // namespace

ExportDialog::ExportDialog(const ExportTimeline &timeline, qint64 viewedSequence, QWidget *parent)
    : QDialog(parent)
    , m_timeline(timeline)
    , m_viewedSequence(viewedSequence)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Timeline of %1").arg(SessionListModel::shortId(timeline.sessionId)));
    m_folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (m_folder.isEmpty() || !QDir(m_folder).exists())
        m_folder = QDir::homePath();

    auto *form = new QFormLayout;

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const ExportOptions::FormatInfo &info : ExportOptions::formats())
        m_format->addItem(describe(info), int(info.format));
    form->addRow(tr("&Format:"), m_format);

    // The range: all frames, or those that first showed between two moments (local time, seconds).
    m_all = new QRadioButton(tr("&All recorded frames"), this);
    m_all->setObjectName(QStringLiteral("exportAll"));
    m_range = new QRadioButton(tr("Fro&m"), this);
    m_range->setObjectName(QStringLiteral("exportRange"));
    auto *rangeGroup = new QButtonGroup(this);
    rangeGroup->addButton(m_all);
    rangeGroup->addButton(m_range);
    m_all->setChecked(true);
    m_from = new QDateTimeEdit(this);
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_to = new QDateTimeEdit(this);
    m_to->setObjectName(QStringLiteral("exportTo"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(TimeFormat);
        edit->setTimeSpec(Qt::LocalTime);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    if (!timeline.frames.isEmpty()) {
        m_from->setDateTime(timeline.frames.constFirst().changedAt.toLocalTime());
        m_to->setDateTime(timeline.frames.constLast().changedAt.toLocalTime());
    }
    m_fromViewed = new QPushButton(tr("From the &Viewed Frame"), this);
    m_fromViewed->setObjectName(QStringLiteral("exportFromViewed"));
    m_fromViewed->setToolTip(tr("Start at the past frame shown in the window"));
    m_fromViewed->setVisible(viewedSequence > 0);
    auto *range = new QVBoxLayout;
    range->addWidget(m_all);
    auto *between = new QHBoxLayout;
    between->addWidget(m_range);
    between->addWidget(m_from);
    between->addWidget(new QLabel(tr("to"), this));
    between->addWidget(m_to);
    between->addStretch(1);
    range->addLayout(between);
    range->addWidget(m_fromViewed, 0, Qt::AlignLeft);
    form->addRow(tr("Frames:"), range);

    m_maxDuration = new QSpinBox(this);
    m_maxDuration->setObjectName(QStringLiteral("exportMaxDuration"));
    m_maxDuration->setRange(0, 3600);
    m_maxDuration->setSuffix(tr(" s"));
    m_maxDuration->setSpecialValueText(tr("As recorded"));
    m_maxDuration->setToolTip(tr("Animated images: shorten the delays so that the animation lasts at most this long"));
    form->addRow(tr("Animation at &most:"), m_maxDuration);

    m_redact = new QCheckBox(this);
    m_redact->setObjectName(QStringLiteral("exportRedact"));
    m_redact->setChecked(true);
    m_editRedactions = new QPushButton(tr("&Edit..."), this);
    m_editRedactions->setObjectName(QStringLiteral("exportEditRedactions"));
    m_editRedactions->setToolTip(tr("Mark the areas to black out in every exported frame"));
    m_redactionText = new QLabel(this);
    m_redactionText->setObjectName(QStringLiteral("exportRedactionText"));
    m_redactionText->setTextFormat(Qt::PlainText);
    m_redactionText->setWordWrap(true);
    auto *redaction = new QHBoxLayout;
    redaction->addWidget(m_redact);
    redaction->addWidget(m_redactionText, 1);
    redaction->addWidget(m_editRedactions);
    form->addRow(tr("Redaction:"), redaction);

    m_frames = new QLabel(this);
    m_frames->setObjectName(QStringLiteral("exportFrameCount"));
    m_frames->setTextFormat(Qt::PlainText);
    m_frames->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = m_buttons->addButton(tr("E&xport..."), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_frames);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::update);
    connect(m_all, &QRadioButton::toggled, this, &ExportDialog::update);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_range->setChecked(true);
        update();
    });
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_range->setChecked(true);
        update();
    });
    connect(m_redact, &QCheckBox::toggled, this, &ExportDialog::update);
    connect(m_editRedactions, &QPushButton::clicked, this, &ExportDialog::editRedactionsRequested);
    connect(m_fromViewed, &QPushButton::clicked, this, &ExportDialog::useViewedFrame);
    setRedactions({}, {});
}

void ExportDialog::setRedactions(const QList<QRect> &rectangles, const QString &error)
{
    m_redactions = rectangles;
    m_redactionError = error;
    update();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.format = ExportOptions::Format(m_format->currentData().toInt());
    options.path = m_path;
    if (m_range->isChecked()) {
        options.from.time = m_from->dateTime().toUTC();
        // The editors show whole seconds: the end takes in the whole of its second.
        options.to.time = m_to->dateTime().toUTC().addMSecs(999);
    }
    if (ExportOptions::formatInfo(options.format).animation)
        options.maximumDurationMs = qint64(m_maxDuration->value()) * 1000;
    if (m_redact->isChecked())
        options.redactions = m_redactions;
    return options;
}

int ExportDialog::frameCount() const
{
    const ExportOptions chosen = options();
    return int(cutToRange(m_timeline, chosen.from, chosen.to).frames.size());
}

QString ExportDialog::suggestedFileName() const
{
    const auto info = ExportOptions::formatInfo(ExportOptions::Format(m_format->currentData().toInt()));
    return QStringLiteral("%1-%2.%3")
        .arg(SessionListModel::shortId(m_timeline.sessionId),
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")), QLatin1String(info.extension));
}

void ExportDialog::accept()
{
    if (frameCount() == 0 || !m_redactionError.isEmpty())
        return;
    const auto info = ExportOptions::formatInfo(ExportOptions::Format(m_format->currentData().toInt()));
    const QString suffix = QFileInfo(QStringLiteral("x.") + QLatin1String(info.extension)).suffix();
    QString path = DialogSeam::getSaveFileName(this, tr("Export Timeline"),
        QDir(m_folder).filePath(suggestedFileName()), tr("%1 (*.%2)").arg(describe(info), suffix));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(info.extension);
    m_path = path;
    QDialog::accept();
}

void ExportDialog::useViewedFrame()
{
    for (const ExportFrame &frame : std::as_const(m_timeline.frames)) {
        if (frame.sequence == m_viewedSequence) {
            m_from->setDateTime(frame.changedAt.toLocalTime());
            m_range->setChecked(true);
            break;
        }
    }
    update();
}

void ExportDialog::update()
{
    const auto format = ExportOptions::Format(m_format->currentData().toInt());
    const bool animation = ExportOptions::formatInfo(format).animation;
    m_maxDuration->setEnabled(animation);

    const bool hasFrames = !m_timeline.frames.isEmpty();
    for (QWidget *widget : std::initializer_list<QWidget *> {m_all, m_range, m_from, m_to, m_fromViewed})
        widget->setEnabled(hasFrames);

    const int count = m_redactions.size();
    m_redact->setEnabled(m_redactionError.isEmpty() && count > 0);
    if (!m_redactionError.isEmpty()) {
        m_redact->setText(QString());
        m_redactionText->setText(
            tr("%1 Nothing is exported until the areas are marked again with Edit...").arg(m_redactionError));
    } else if (count == 0) {
        m_redact->setText(QString());
        m_redactionText->setText(tr("No areas are blacked out."));
    } else {
        m_redact->setText(
            count == 1 ? tr("Black out 1 area in every frame") : tr("Black out %1 areas in every frame").arg(count));
        m_redactionText->setText(QString());
    }
    m_redact->setVisible(m_redactionError.isEmpty() && count > 0);
    m_redactionText->setVisible(!m_redactionText->text().isEmpty());

    const int frames = hasFrames ? frameCount() : 0;
    if (!hasFrames)
        m_frames->setText(tr("No frames of this session are kept on this computer yet. Frames are recorded while "
                             "the session is shown in the window or on the wall."));
    else if (frames == 0)
        m_frames->setText(tr("No frame was recorded in this range."));
    else
        m_frames->setText(
            frames == 1 ? tr("1 frame will be exported.") : tr("%1 frames will be exported.").arg(frames));
    m_exportButton->setEnabled(frames > 0 && m_redactionError.isEmpty());
}

} // namespace agi
