#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace agi::emu {

//! One visible element of an emulated web page.
struct PageElement
{
    enum class Kind {
        Heading,
        Paragraph,
        Link,
        Button,
        TextField,   // text = label, detail = the typed value (may be empty)
        Checkbox,    // text = label, detail = "checked" when checked
        Image,       // text = caption; drawn as a generated picture
        ResultCard,  // text = title, detail = snippet (search results, flights, articles)
        ProductCard, // text = name, detail = price
        TableRow,    // text = cells separated by '\t'
        Notice,      // text = a coloured notice bar (errors, confirmations)
    };
    Kind kind = Kind::Paragraph;
    QString text;
    QString detail;

    bool operator==(const PageElement &) const = default;
};

//! Everything the frame renderer needs to draw one browser frame. Two equal views render to
//! identical bytes; any change the agent makes (page, highlight, typed text) changes the view.
struct PageView
{
    enum class Layout {
        Blank,       // about:blank, a fresh browser
        Search,      // a search engine page with results
        Article,     // a text page with headings and images
        ProductGrid, // a shop listing
        Form,        // a form with fields, checkboxes and a submit button
        Table,       // tabular results (flights, prices)
        Checkout,    // a cart / confirmation page
        ErrorPage,   // an HTTP or browser error page
    };

    QUrl url;
    QString sentUrl; // the address exactly as a client sent it (navigate, start_url), else empty
    QString title;
    Layout layout = Layout::Blank;
    QList<PageElement> elements;
    int highlighted = -1; // index into elements the agent is acting on, -1 for none
    QString agentAction;  // what the agent is doing there, e.g. "click" or "type \"Lisbon\""
    QString restoredFrom; // non-empty when the session was restored: shown as a banner
    quint32 seed = 0;     // varies colours and generated pictures, so pages look distinct
    int scroll = 0;       // vertical scroll offset in pixels of the page content

    bool operator==(const PageView &) const = default;

    //! The address the API reports (current_url, screenshot url, step events): exactly as the client
    //! sent it, percent-encoding and all, or for pages the agent opened the fully encoded URL.
    QString address() const { return sentUrl.isEmpty() ? url.toString(QUrl::FullyEncoded) : sentUrl; }
};

} // namespace agi::emu
