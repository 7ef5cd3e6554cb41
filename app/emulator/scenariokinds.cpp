// Three of the scripted tasks: a form, a booking that asks the user a question, and one that
// fails. Each walks several pages, highlights the element it acts on and ends with a structured
// DONE result (or an ERROR for the failing one).
#include "scenariobuilder.h"

#include "pagefactory.h"

#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace agi::emu {

using Kind = PageElement::Kind;

namespace {

PageElement el(Kind kind, const QString &text, const QString &detail = {})
{
    return PageFactory::element(kind, text, detail);
}

// "Book a table at Casa Lisboa" -> "Casa Lisboa"; nothing when the task names no place.
QString namedPlace(const QString &task)
{
    static const QRegularExpression at(QStringLiteral("\\bat\\s+((?:[A-Z][\\w'&-]*\\s*){1,4})"));
    return at.match(task).captured(1).trimmed();
}

} // namespace

void ScenarioBuilder::form()
{
    const QString first
        = pick({QStringLiteral("Ada"), QStringLiteral("Grace"), QStringLiteral("Alan"), QStringLiteral("Linus")});
    const QString name = first + QStringLiteral(" Example");
    const QString email = first.toLower() + QStringLiteral("@example.com");
    PageView page;
    page.url = QUrl(QStringLiteral("https://forms.acme-events.com/register"));
    page.title = QStringLiteral("Register - Acme Events");
    page.layout = PageView::Layout::Form;
    page.elements = {el(Kind::Heading, QStringLiteral("Registration")),
        el(Kind::Paragraph, QStringLiteral("Sign up to hear about upcoming events and early-bird tickets.")),
        el(Kind::TextField, QStringLiteral("Full name")), el(Kind::TextField, QStringLiteral("Email")),
        el(Kind::Checkbox, QStringLiteral("I agree to the terms")), el(Kind::Button, QStringLiteral("Submit"))};
    add(page, 1, QStringLiteral("read"), QStringLiteral("Opened the registration form"),
        QStringLiteral("Found the form. It needs a name, an email and the terms accepted."),
        QStringLiteral("form has 3 inputs"));
    page.elements[2].detail = name;
    add(page, 2, QStringLiteral("type"), QStringLiteral("Typed the name"));
    page.elements[3].detail = email;
    add(page, 3, QStringLiteral("type"), QStringLiteral("Typed the email"),
        QStringLiteral("Using %1 for the email field.").arg(email));
    page.elements[4].detail = QStringLiteral("checked");
    add(page, 4, QStringLiteral("click"), QStringLiteral("Accepted the terms"));
    add(page, 5, QStringLiteral("click"), QStringLiteral("Submitted the form"), QStringLiteral("Submitting."));
    PageView done;
    done.url = QUrl(QStringLiteral("https://forms.acme-events.com/register/thanks"));
    done.title = QStringLiteral("Thank you - Acme Events");
    done.layout = PageView::Layout::Form;
    const QString ref = QStringLiteral("REG-%1").arg(bounded(100000, 999999));
    done.elements = {el(Kind::Heading, QStringLiteral("Thank you!")),
        el(Kind::Notice, QStringLiteral("Registration received. Reference %1").arg(ref)),
        el(Kind::Paragraph, QStringLiteral("A confirmation was sent to %1.").arg(email))};
    add(done, 1, QStringLiteral("read"), QStringLiteral("Read the confirmation"), QString(),
        QStringLiteral("confirmation detected"));
    finishWithItem(QStringLiteral("Submitted the Acme Events registration form as %1 (%2); the site confirmed it "
                                  "with reference %3.")
                       .arg(name, email, ref),
        QStringLiteral("registration"),
        {{QStringLiteral("name"), name}, {QStringLiteral("email"), email}, {QStringLiteral("reference"), ref},
            {QStringLiteral("submitted"), true}});
}

void ScenarioBuilder::booking()
{
    QString place = namedPlace(m_task);
    if (place.isEmpty())
        place = pick({QStringLiteral("Casa Lisboa"), QStringLiteral("The Green Table"), QStringLiteral("Bistro 42"),
            QStringLiteral("Harbour House")});
    const int party = m_spec.partySize > 0 ? m_spec.partySize : 2;
    const QDate day = taskDate();
    const QString when = readableDate(day);
    const QString query = QStringLiteral("%1 reservations").arg(place);
    add(searchPage(query,
            {{QStringLiteral("%1 - OpenTable").arg(place), QStringLiteral("Book a table online.")},
                {QStringLiteral("%1 reviews").arg(place),
                    QStringLiteral("%1 stars, %2 reviews")
                        .arg(bounded(40, 48) / 10.0, 0, 'f', 1)
                        .arg(QLocale(QLocale::English).toString(bounded(120, 3400)))}}),
        0, QStringLiteral("type"), QStringLiteral("Searched for \"%1\"").arg(query),
        QStringLiteral("Looking for a table for %1 at %2 on %3.").arg(party).arg(place, when));
    PageView slots;
    slots.url
        = QUrl(QStringLiteral("https://www.opentable.com/r/%1?covers=%2&date=%3")
                   .arg(place.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-")))
                   .arg(party)
                   .arg(day.toString(Qt::ISODate)));
    slots.title = QStringLiteral("%1 - Reservations | OpenTable").arg(place);
    slots.layout = PageView::Layout::Table;
    const QString early = QStringLiteral("%1:00").arg(bounded(17, 19));
    const QString late = QStringLiteral("%1:30").arg(bounded(20, 21));
    slots.elements = {el(Kind::Heading, QStringLiteral("%1 - %2").arg(place, when)),
        el(Kind::TableRow, QStringLiteral("Time\tParty\tAvailability")),
        el(Kind::TableRow, QStringLiteral("%1\t%2\tavailable").arg(early).arg(party)),
        el(Kind::TableRow, QStringLiteral("%1\t%2\tavailable").arg(late).arg(party))};
    add(slots, 1, QStringLiteral("read"), QStringLiteral("Checked availability"),
        QStringLiteral("Two slots are open on %1.").arg(when), QStringLiteral("availability widget loaded"));
    ask(QStringLiteral("%1 has two open slots for %2 on %3: %4 and %5. Which one should I book?")
            .arg(place)
            .arg(party)
            .arg(when, early, late),
        {early, late});
    const QString base = slots.url.toString(QUrl::RemoveQuery | QUrl::FullyEncoded);
    PageView form;
    form.url = QUrl(base + QStringLiteral("/book"));
    form.title = QStringLiteral("Complete your reservation | OpenTable");
    form.layout = PageView::Layout::Form;
    form.elements = {el(Kind::Heading, QStringLiteral("Complete your reservation")),
        el(Kind::TextField, QStringLiteral("Time"), QStringLiteral("{choice}")),
        el(Kind::TextField, QStringLiteral("Name"), QStringLiteral("Alex Example")),
        el(Kind::Button, QStringLiteral("Confirm reservation"))};
    add(form, 1, QStringLiteral("type"), QStringLiteral("Entered {choice}"),
        QStringLiteral("Booking {choice}, as the user chose."));
    add(form, 3, QStringLiteral("click"), QStringLiteral("Confirmed the reservation"));
    PageView done;
    const QString code = QStringLiteral("OT%1").arg(bounded(100000, 999999));
    done.url = QUrl(base + QStringLiteral("/confirmation"));
    done.title = QStringLiteral("Reservation confirmed | OpenTable");
    done.layout = PageView::Layout::Checkout;
    done.elements = {el(Kind::Heading, QStringLiteral("You're all set")),
        el(Kind::Notice, QStringLiteral("Confirmation %1").arg(code)),
        el(Kind::Paragraph, QStringLiteral("%1, party of %2, %3 at {choice}").arg(place).arg(party).arg(when))};
    add(done, 1, QStringLiteral("read"), QStringLiteral("Read the confirmation"), QString(),
        QStringLiteral("confirmation number found"));
    finishWithItem(QStringLiteral("Booked a table for %1 at %2 on %3 at {choice}; confirmation %4.")
                       .arg(party)
                       .arg(place, when, code),
        QStringLiteral("booking"),
        {{QStringLiteral("place"), place}, {QStringLiteral("date"), day.toString(Qt::ISODate)},
            {QStringLiteral("time"), QStringLiteral("{choice}")}, {QStringLiteral("party"), party},
            {QStringLiteral("confirmation"), code}});
}

void ScenarioBuilder::failing()
{
    add(searchPage(QStringLiteral("Acme partner portal"),
            {{QStringLiteral("Acme Portal - Sign in"), QStringLiteral("portal.acme-travel.com")}}),
        2, QStringLiteral("click"), QStringLiteral("Opened the first result"),
        QStringLiteral("Trying the Acme portal for this task."));
    PageView portal = PageFactory::generic(QStringLiteral("https://portal.acme-travel.com/dashboard"), pageSeed());
    add(portal, 5, QStringLiteral("type"), QStringLiteral("Searched the portal"), QString(),
        QStringLiteral("portal search returned 502"));
    PageView error;
    error.url = QUrl(QStringLiteral("https://portal.acme-travel.com/search?q=status"));
    error.title = QStringLiteral("502 Bad Gateway");
    error.layout = PageView::Layout::ErrorPage;
    error.elements = {el(Kind::Heading, QStringLiteral("502 Bad Gateway")),
        el(Kind::Paragraph, QStringLiteral("nginx")), el(Kind::Button, QStringLiteral("Reload"))};
    add(error, -1, QStringLiteral("read"), QStringLiteral("The site answered 502"),
        QStringLiteral("The site answered 502 Bad Gateway. Retrying once."));
    add(error, 2, QStringLiteral("click"), QStringLiteral("Reloaded the page"), QString(),
        QStringLiteral("retry 1/1 failed: 502"));
    m_scenario.error = QStringLiteral(
        "The site portal.acme-travel.com kept answering 502 Bad Gateway; the task cannot be completed.");
}

} // namespace agi::emu
