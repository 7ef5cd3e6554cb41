#include "live/screenshotpayload.h"

#include <cstring>

namespace agi {

namespace {

constexpr int MaxDepth = 64;
constexpr qsizetype MaxDataUrlHeader = 256;

// A cursor over the body; every function returns false on malformed input.
class Scanner
{
public:
    Scanner(const char *begin, const char *end)
        : m_p(begin)
        , m_end(end)
    { }

    bool atEnd() const { return m_p >= m_end; }
    char peek() const { return m_p < m_end ? *m_p : '\0'; }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool consume(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_p;
        return true;
    }

    // Finds the end of the string starting at the current quote without interpreting it; sets
    // [*begin, *end) to the raw contents and *escaped when a backslash occurs.
    bool rawString(const char **begin, const char **end, bool *escaped)
    {
        if (peek() != '"')
            return false;
        const char *start = ++m_p;
        const char *q = start;
        for (;;) {
            q = static_cast<const char *>(std::memchr(q, '"', size_t(m_end - q)));
            if (!q)
                return false;
            qsizetype slashes = 0;
            while (q - slashes > start && q[-1 - slashes] == '\\')
                ++slashes;
            if (slashes % 2 == 0)
                break;
            ++q;
        }
        *begin = start;
        *end = q;
        *escaped = std::memchr(start, '\\', size_t(q - start)) != nullptr;
        m_p = q + 1;
        return true;
    }

    // A JSON string, unescaped to UTF-8 bytes.
    bool string(QByteArray *out)
    {
        const char *b = nullptr;
        const char *e = nullptr;
        bool escaped = false;
        if (!rawString(&b, &e, &escaped))
            return false;
        return unescape(b, e, out);
    }

    bool skipValue(int depth)
    {
        skipSpace();
        if (depth > MaxDepth)
            return false;
        switch (peek()) {
        case '"': {
            QByteArray ignored;
            return string(&ignored);
        }
        case '{':
        case '[': {
            const char close = *m_p == '{' ? '}' : ']';
            const bool object = close == '}';
            ++m_p;
            if (consume(close))
                return true;
            do {
                if (object) {
                    skipSpace();
                    QByteArray key;
                    if (!string(&key) || !consume(':'))
                        return false;
                }
                if (!skipValue(depth + 1))
                    return false;
            } while (consume(','));
            return consume(close);
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool literal(const char *word)
    {
        const auto n = qsizetype(std::strlen(word));
        if (m_end - m_p < n || std::memcmp(m_p, word, size_t(n)) != 0)
            return false;
        m_p += n;
        return true;
    }

    bool number()
    {
        const char *start = m_p;
        if (peek() == '-')
            ++m_p;
        while (!atEnd()
            && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' || *m_p == 'E' || *m_p == '+'
                || *m_p == '-'))
            ++m_p;
        return m_p > start && m_p[-1] >= '0' && m_p[-1] <= '9';
    }

    static bool hex4(const char *p, const char *end, uint *value)
    {
        if (end - p < 4)
            return false;
        uint v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = p[i];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= uint(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= uint(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= uint(c - 'A' + 10);
            else
                return false;
        }
        *value = v;
        return true;
    }

    static void appendUtf8(QByteArray *out, uint cp)
    {
        if (cp < 0x80) {
            out->append(char(cp));
        } else if (cp < 0x800) {
            out->append(char(0xc0 | cp >> 6));
            out->append(char(0x80 | (cp & 0x3f)));
        } else if (cp < 0x10000) {
            out->append(char(0xe0 | cp >> 12));
            out->append(char(0x80 | ((cp >> 6) & 0x3f)));
            out->append(char(0x80 | (cp & 0x3f)));
        } else {
            out->append(char(0xf0 | cp >> 18));
            out->append(char(0x80 | ((cp >> 12) & 0x3f)));
            out->append(char(0x80 | ((cp >> 6) & 0x3f)));
            out->append(char(0x80 | (cp & 0x3f)));
        }
    }

    // JSON string escapes; lone surrogates become U+FFFD rather than failing the whole frame.
    static bool unescape(const char *p, const char *end, QByteArray *out)
    {
        out->clear();
        out->reserve(end - p);
        while (p < end) {
            const char c = *p++;
            if (uchar(c) < 0x20)
                return false;
            if (c != '\\') {
                out->append(c);
                continue;
            }
            if (p >= end)
                return false;
            switch (*p++) {
            case '"':
                out->append('"');
                break;
            case '\\':
                out->append('\\');
                break;
            case '/':
                out->append('/');
                break;
            case 'b':
                out->append('\b');
                break;
            case 'f':
                out->append('\f');
                break;
            case 'n':
                out->append('\n');
                break;
            case 'r':
                out->append('\r');
                break;
            case 't':
                out->append('\t');
                break;
            case 'u': {
                uint cp = 0;
                if (!hex4(p, end, &cp))
                    return false;
                p += 4;
                if (cp >= 0xd800 && cp <= 0xdbff) {
                    uint low = 0;
                    if (end - p >= 6 && p[0] == '\\' && p[1] == 'u' && hex4(p + 2, end, &low) && low >= 0xdc00
                        && low <= 0xdfff) {
                        p += 6;
                        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                    } else {
                        cp = 0xfffd;
                    }
                } else if (cp >= 0xdc00 && cp <= 0xdfff) {
                    cp = 0xfffd;
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                return false;
            }
        }
        return true;
    }

private:
    const char *m_p;
    const char *m_end;
};

// Where the "screenshot" member was found, if it was a string.
struct ShotLocation
{
    const char *begin = nullptr;
    const char *end = nullptr;
    bool escaped = false;
    bool notString = false;
};

// Reads one `"key": value` member of the top-level object; url and title are stored as they are
// met, so a later duplicate wins. False on malformed JSON.
bool readMember(Scanner &s, ShotLocation *shot, QUrl *url, QString *title)
{
    s.skipSpace();
    QByteArray key;
    if (!s.string(&key) || !s.consume(':'))
        return false;
    s.skipSpace();
    if (key == "screenshot" && s.peek() == '"') {
        if (!s.rawString(&shot->begin, &shot->end, &shot->escaped))
            return false;
        shot->notString = false;
        return true;
    }
    if ((key == "url" || key == "title") && s.peek() == '"') {
        QByteArray text;
        if (!s.string(&text))
            return false;
        if (key == "url")
            *url = QUrl(QString::fromUtf8(text));
        else
            *title = QString::fromUtf8(text);
        return true;
    }
    if (key == "screenshot")
        shot->notString = s.peek() != 'n'; // null counts as missing
    return s.skipValue(1);
}

// Reads the whole body as one JSON object with nothing after it. False on malformed JSON.
bool readObject(Scanner &s, ShotLocation *shot, QUrl *url, QString *title)
{
    if (!s.consume('{'))
        return false;
    if (!s.consume('}')) {
        do {
            if (!readMember(s, shot, url, title))
                return false;
        } while (s.consume(','));
        if (!s.consume('}'))
            return false;
    }
    s.skipSpace();
    return s.atEnd();
}

} // namespace

bool ScreenshotPayload::parse(const QByteArray &body, QString *error)
{
    *this = ScreenshotPayload();
    m_body = body;
    const auto malformed = [error] {
        *error = QStringLiteral("malformed JSON");
        return false;
    };

    Scanner s(m_body.constData(), m_body.constData() + m_body.size());
    ShotLocation shot;
    if (!readObject(s, &shot, &m_url, &m_title))
        return malformed();

    if (shot.notString) {
        *error = QStringLiteral("the screenshot is not a string");
        return false;
    }
    if (!shot.begin) {
        *error = QStringLiteral("no screenshot in the response");
        return false;
    }
    m_begin = shot.begin - m_body.constData();
    m_length = shot.end - shot.begin;
    if (shot.escaped) {
        if (!Scanner::unescape(shot.begin, shot.end, &m_unescaped))
            return malformed();
    }

    const QByteArrayView text = base64();
    if (text.startsWith(QByteArrayView("data:"))) {
        const qsizetype comma = text.first(qMin(text.size(), MaxDataUrlHeader)).indexOf(',');
        if (comma < 0 || !text.first(comma).endsWith(QByteArrayView(";base64"))) {
            *error = QStringLiteral("the screenshot is not a base64 data URL");
            return false;
        }
        if (m_unescaped.isNull()) {
            m_begin += comma + 1;
            m_length -= comma + 1;
        } else {
            m_unescaped.remove(0, comma + 1);
        }
    }
    if (base64().isEmpty()) {
        *error = QStringLiteral("the screenshot is empty");
        return false;
    }
    return true;
}

QByteArrayView ScreenshotPayload::base64() const
{
    if (!m_unescaped.isNull())
        return m_unescaped;
    return {m_body.constData() + m_begin, m_length};
}

} // namespace agi
