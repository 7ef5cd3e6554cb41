#include "statusbanner.h"

#include "tones.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace agi {

StatusBanner::StatusBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("statusBanner"));
    setAutoFillBackground(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *layout = new QHBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin, nullptr, this);
    layout->setContentsMargins(margin, margin / 2, margin / 2, margin / 2);

    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("statusBannerIcon"));
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("statusBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_text, 1);

    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("statusBannerRetry"));
    m_retry->setIcon(
        QIcon::fromTheme(QStringLiteral("view-refresh"), QIcon(QStringLiteral(":/icons/actions/refresh.svg"))));
    connect(m_retry, &QPushButton::clicked, this, &StatusBanner::retryRequested);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);

    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("statusBannerAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &StatusBanner::actionRequested);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);

    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("statusBannerClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(
        QIcon::fromTheme(QStringLiteral("dialog-close"), style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    m_close->setToolTip(tr("Hide this message"));
    connect(m_close, &QToolButton::clicked, this, &StatusBanner::dismiss);
    layout->addWidget(m_close, 0, Qt::AlignVCenter);

    hide();
}

void StatusBanner::showMessage(Severity severity, const QString &text, bool offerRetry)
{
    m_severity = severity;
    m_text->setText(text);
    m_retry->setVisible(offerRetry);
    m_action->hide();
    updateIcon();
    show();
    update();
}

void StatusBanner::showMessageWithAction(Severity severity, const QString &text, const QString &actionText)
{
    showMessage(severity, text);
    m_action->setText(actionText);
    m_action->show();
}

void StatusBanner::dismiss()
{
    if (isHidden())
        return;
    hide();
    Q_EMIT dismissed();
}

QString StatusBanner::text() const
{
    return m_text->text();
}

QColor StatusBanner::accent() const
{
    // The hues of Breeze's negative/neutral text; information follows the desktop's highlight.
    switch (m_severity) {
    case Severity::Error:
        return QColor::fromRgb(tones::negativeHue);
    case Severity::Warning:
        return QColor::fromRgb(tones::neutralHue);
    case Severity::Information:
        break;
    }
    return palette().color(QPalette::Highlight);
}

void StatusBanner::updateIcon()
{
    QStyle::StandardPixmap standard = QStyle::SP_MessageBoxInformation;
    QString themeName = QStringLiteral("dialog-information");
    if (m_severity == Severity::Error) {
        standard = QStyle::SP_MessageBoxCritical;
        themeName = QStringLiteral("dialog-error");
    } else if (m_severity == Severity::Warning) {
        standard = QStyle::SP_MessageBoxWarning;
        themeName = QStringLiteral("dialog-warning");
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon = QIcon::fromTheme(themeName, style()->standardIcon(standard, nullptr, this));
    m_icon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
}

void StatusBanner::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor base = palette().color(QPalette::Window);
    const QColor tone = accent();
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(box, 4, 4);
    painter.fillPath(path, tones::mix(base, tone, 0.18));
    painter.setPen(QPen(tones::mix(base, tone, 0.75), 1));
    painter.drawPath(path);
}

void StatusBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
}

} // namespace agi
