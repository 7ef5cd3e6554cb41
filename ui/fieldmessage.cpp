#include "fieldmessage.h"

#include "tones.h"

#include <QLabel>
#include <QLayout>
#include <QVBoxLayout>

namespace agi::fieldmessage {

void reserve(QLabel *label)
{
    tones::setNegativeText(label);
    label->setWordWrap(false);
    label->setTextFormat(Qt::PlainText);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    label->setFixedHeight(label->fontMetrics().height());
    // Layouts give no room to a hidden widget (QFormLayout even drops its row): the line lives in a
    // holder that always keeps its room, and only the label inside comes and goes.
    QWidget *parent = label->parentWidget();
    auto *holder = new QWidget(parent);
    holder->setObjectName(label->objectName() + QStringLiteral("Line"));
    holder->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    holder->setFixedHeight(label->height());
    if (QLayout *layout = parent ? parent->layout() : nullptr)
        delete layout->replaceWidget(label, holder);
    auto *line = new QVBoxLayout(holder);
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(label);
    label->hide();
}

void show(QLabel *label, QWidget *field, const QString &problem)
{
    label->setText(problem);
    label->setToolTip(problem);
    label->setVisible(!problem.isEmpty());
    field->setToolTip(problem);
    field->setProperty("invalid", !problem.isEmpty());
}

} // namespace agi::fieldmessage
