#include "redactioneditor.h"

#include "dialogseam.h"
#include "export/redactions.h"
#include "model/sessionlistmodel.h"
#include "redactioncanvas.h"
#include "statusbanner.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace agi {

RedactionEditor::RedactionEditor(const QString &sessionId, const QImage &frame, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_sessionId(sessionId)
    , m_folder(folder)
{
    setObjectName(QStringLiteral("redactionEditor"));
    setWindowTitle(tr("Redact Frames of %1").arg(SessionListModel::shortId(sessionId)));

    m_banner = new StatusBanner(this);
    m_banner->setObjectName(QStringLiteral("redactionBanner"));

    auto *help = new QLabel(tr("Drag over what must not leave this computer: it is blacked out in every frame this "
                               "session exports. Click an area to select it, Delete removes it."),
        this);
    help->setWordWrap(true);
    help->setTextFormat(Qt::PlainText);

    m_canvas = new RedactionCanvas(this);
    m_canvas->setImage(frame);
    m_canvas->setToolTip(tr("Drag to add an area. Keyboard: Insert adds one, Page Up/Down select, arrows move, "
                            "Shift+arrows resize, Delete removes"));

    auto *add = new QPushButton(tr("&Add Area"), this);
    add->setObjectName(QStringLiteral("redactionAdd"));
    add->setToolTip(tr("An area in the middle of the frame, to move with the arrow keys (Insert)"));
    m_delete = new QPushButton(tr("&Delete Area"), this);
    m_delete->setObjectName(QStringLiteral("redactionDelete"));
    m_clear = new QPushButton(tr("C&lear All"), this);
    m_clear->setObjectName(QStringLiteral("redactionClear"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("redactionCount"));
    m_count->setTextFormat(Qt::PlainText);
    auto *tools = new QHBoxLayout;
    tools->addWidget(add);
    tools->addWidget(m_delete);
    tools->addWidget(m_clear);
    tools->addStretch(1);
    tools->addWidget(m_count);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RedactionEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RedactionEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(help);
    layout->addWidget(m_canvas, 1);
    layout->addLayout(tools);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        m_canvas->addArea();
        m_canvas->setFocus();
    });
    connect(m_delete, &QPushButton::clicked, m_canvas, &RedactionCanvas::removeSelected);
    connect(m_clear, &QPushButton::clicked, m_canvas, &RedactionCanvas::clear);
    connect(m_canvas, &RedactionCanvas::changed, this, &RedactionEditor::updateButtons);

    m_canvas->setRectangles(Redactions::load(sessionId, &m_loadError, folder));
    if (!m_loadError.isEmpty()) {
        m_banner->showMessage(StatusBanner::Severity::Warning,
            tr("%1 No areas are blacked out until new ones are saved here (replacing that file asks first).")
                .arg(m_loadError));
    }
    if (frame.isNull() && m_loadError.isEmpty()) {
        m_banner->showMessage(StatusBanner::Severity::Information,
            tr("No frame of this session is on screen yet: the areas are drawn on an empty page of the usual size."));
    }
    m_canvas->setFocus();
    updateButtons();
    resize(sizeHint().expandedTo(QSize(800, 600)));
}

void RedactionEditor::updateButtons()
{
    const qsizetype count = m_canvas->rectangles().size();
    m_delete->setEnabled(m_canvas->selectedIndex() >= 0);
    m_clear->setEnabled(count > 0);
    if (count == 0)
        m_count->setText(tr("No areas"));
    else
        m_count->setText(count == 1 ? tr("1 area blacked out") : tr("%1 areas blacked out").arg(count));
}

void RedactionEditor::accept()
{
    const QList<QRect> rectangles = m_canvas->rectangles();
    if (!m_loadError.isEmpty()
        && !DialogSeam::confirm(this, tr("Replace Redactions"),
            tr("%1 Replace it with the areas marked here (%2)?").arg(m_loadError).arg(rectangles.size()),
            tr("Replace")))
        return;
    QString error;
    if (!Redactions::save(m_sessionId, rectangles, &error, m_folder)) {
        DialogSeam::warning(this, tr("Redact Frames"), tr("The areas were not saved: %1").arg(error));
        return;
    }
    Q_EMIT saved(rectangles);
    QDialog::accept();
}

} // namespace agi
