#include "pagefactory.h"

#include <QStringList>

namespace agi::emu {

PageView PageFactory::blank()
{
    PageView view;
    view.url = QUrl(QStringLiteral("about:blank"));
    view.title = QStringLiteral("New Tab");
    view.layout = PageView::Layout::Blank;
    return view;
}

PageElement PageFactory::element(PageElement::Kind kind, const QString &text, const QString &detail)
{
    PageElement element;
    element.kind = kind;
    element.text = text;
    element.detail = detail;
    return element;
}

QString PageFactory::siteName(const QString &host)
{
    QStringList parts = host.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (parts.size() > 1 && parts.constFirst() == QLatin1String("www"))
        parts.removeFirst();
    QString name = parts.isEmpty() ? host : parts.constFirst();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

PageView PageFactory::generic(const QString &address, quint32 seed)
{
    using Kind = PageElement::Kind;
    const QUrl url(address);
    const QString site = siteName(url.host());
    QStringList words = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString heading = words.isEmpty() ? site : words.constLast();
    heading.replace(QLatin1Char('-'), QLatin1Char(' '));
    heading.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!heading.isEmpty())
        heading[0] = heading.at(0).toUpper();

    PageView view;
    view.url = url;
    view.sentUrl = address;
    view.title = words.isEmpty() ? site : heading + QStringLiteral(" - ") + site;
    view.layout = PageView::Layout::Article;
    view.seed = seed;
    view.elements = {
        element(Kind::Link, site, url.host()),
        element(Kind::Heading, heading),
        element(Kind::Paragraph,
            QStringLiteral("Welcome to %1. This page was opened directly at %2.").arg(site, url.toDisplayString())),
        element(Kind::Image, QStringLiteral("%1 banner").arg(site)),
        element(Kind::Paragraph,
            QStringLiteral("Browse the sections below or use the search box to find what you "
                           "are looking for.")),
        element(Kind::TextField, QStringLiteral("Search %1").arg(site)),
        element(Kind::Button, QStringLiteral("Search")),
    };
    return view;
}

} // namespace agi::emu
