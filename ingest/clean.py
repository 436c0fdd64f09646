"""Text cleaning every loader shares: decoding, unicode clean-up, bullets, dates, and lines that are not content."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

_QUOTES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
    }
)

# Bullet glyphs seen at the start of list lines: Unicode ones, the Symbol/Wingdings private-use code points
# Word writes into PDFs, and reportlab's default bullet (which pypdf reads back as DEL).
BULLET_GLYPHS = "•●○◦▪■□▫‣⁃∙·►▶▸➢➤✓✔❖★\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf06e\x7f"
# "»" and "›" lead a list item only with a space after them (German quotes open with "»" against the word).
_LEADING_BULLET = re.compile(rf"^\s*(?:[{BULLET_GLYPHS}]|[-–—*+»›](?=\s))\s*")
_INLINE_BULLET = re.compile(rf"\s[{BULLET_GLYPHS.replace('·', '')}]\s")
_LINE_END_HYPHEN = re.compile(r"([^\W\d_])-[ \t]*\n[ \t]*(\w)")

# Longer than any word or link a person writes: a run of characters with no space past this is data, not prose.
MAX_WORD_CHARS = 300
# Thai, Lao, Myanmar, Khmer, CJK, kana, Hangul and full-width forms are written without spaces between words:
# a long run of them is a sentence, and only a run past MAX_UNSPACED_CHARS (any script) is dropped.
MAX_UNSPACED_CHARS = 20_000
_UNSPACED_SCRIPTS = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
    "\U00020000-\U0003ffff"
)
_OVERLONG_WORD = re.compile(  # tried only where a word starts: linear in the text
    rf"(?<!\S)(?:[^\s{_UNSPACED_SCRIPTS}]{{{MAX_WORD_CHARS + 1},}}|\S{{{MAX_UNSPACED_CHARS + 1},}})"
)
_SURROGATES = re.compile("[\ud800-\udfff]")
# A transcript's notes of what the room did ("[laughter]", "(applause)"): not something the person said.
_STAGE_NOTE = re.compile(
    r"[ \t]*[\[(](?:laughter|laughs|applause|pause|inaudible|crosstalk|music|cheers|silence)[\])]",
    re.IGNORECASE,
)

# Byte-order marks, UTF-32 before UTF-16 (whose little-endian mark begins UTF-32's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes text does not hold (tab, line feed, form feed and carriage return are text).
_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 32), 127])


def readable(text: str) -> str:
    """Text that can be printed and written as UTF-8: the bytes of a file name or argument that were not
    valid UTF-8 (which Python carries as lone surrogates) become U+FFFD."""
    return _SURROGATES.sub("\ufffd", text)


def looks_binary(data: bytes) -> bool:
    """Whether a file's bytes are not text: a NUL or more than 5% control bytes in its first 8 KB.

    Text with a byte-order mark is text (UTF-16 is full of NULs).
    """
    if data.startswith(tuple(bom for bom, _ in _BOMS)):
        return False
    sample = data[:8192]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return b"\x00" in sample or controls > 0.05 * len(sample)


def decode_text(data: bytes) -> str:
    """A text file's bytes as text: by its byte-order mark (UTF-8, UTF-16, UTF-32), else UTF-8, else Windows-1252."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def drop_overlong_words(text: str) -> tuple[str, int]:
    """The text without runs of over MAX_WORD_CHARS characters with no space, and how many were dropped."""
    return _OVERLONG_WORD.subn("", text)


def _drop_invisible(text: str) -> str:
    kept = []
    for char in text:
        if char in "\n\t":
            kept.append(char)
        elif char in "\u2028\u2029":
            kept.append("\n")
        elif unicodedata.category(char) not in ("Cc", "Cf", "Co", "Cs"):
            kept.append(char)
    return "".join(kept)


def _join_hyphenation(match: re.Match[str]) -> str:
    before, after = match.group(1), match.group(2)
    # "manage-\nment" was one word split by the layout; "Jean-\nPierre" keeps its hyphen.
    return f"{before}{after}" if after.islower() else f"{before}-{after}"


def normalize_text(text: str, *, keep_newlines: bool = False) -> str:
    """Clean one piece of text for the knowledge file.

    NFKC (ligatures, full-width forms, non-breaking spaces), curly quotes made straight, zero-width,
    control and private-use characters removed, words hyphenated across a line break re-joined, bullet
    glyphs inside a line made "·", a transcript's "[laughter]" and "(applause)" dropped, and whitespace
    collapsed to single spaces (with `keep_newlines`, line breaks stay and blank lines shrink to one). Dashes
    are kept as they are. A run of over MAX_WORD_CHARS characters with no space is not a word and is dropped.
    """
    text = _OVERLONG_WORD.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    # Symbol-font bullets are private-use characters: name them before those are dropped.
    text = re.sub("[\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf06e]", "•", text)
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _drop_invisible(text)
    text = _LINE_END_HYPHEN.sub(_join_hyphenation, text)
    text = _STAGE_NOTE.sub("", text)
    text = _INLINE_BULLET.sub(" · ", text)
    if not keep_newlines:
        return " ".join(text.split())
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def strip_bullet(line: str) -> str | None:
    """The line without its leading bullet glyph, or None when it does not start with one."""
    match = _LEADING_BULLET.match(line)
    if not match:
        return None
    return line[match.end() :]


# A word that makes a name an organisation's: "Senthamarai Cancer Institute", "Restauri Ardenghi & Figli Ltd".
ORGANISATION = re.compile(
    r"\b(?:hospital|clinic|university|universit[àäé]t?|college|school|institute|academy|ltd|limited|inc|llc|"
    r"gmbh|plc|llp|company|corporation|corp|bank|museum|council|ministry|agency|foundation|association|"
    r"laborator(?:y|ies)|centre|center|trust|society|studio|bureau|authority|gallery|library)\b\.?",
    re.IGNORECASE,
)


_BOILERPLATE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\ball rights reserved\b",
        r"©|\(c\)\s*(19|20)\d\d|\bcopyright\s+(19|20)\d\d",
        r"^\s*skip (to|navigation)\b",
        r"^\s*(proudly\s+)?powered\s+by\s+\S+(\s+\S+){0,5}\s*\.?\s*$",
        r"^\s*(this (web)?site (is|was)\s+)?(built|made|created) (with|using|on) (hugo|jekyll|gatsby|wordpress|"
        r"squarespace|wix|hexo|pelican|mkdocs|docusaurus|next\.?js|astro|github pages|quarto|webflow)\b",
        r"^\s*page\s+\d+\s*(of|/)\s*\d+\s*$",
        r"^\s*-?\s*\d{1,3}\s*(of|/)\s*\d{1,3}\s*-?\s*$",
        r"^\s*[↑^]?\s*(back|scroll|return) to top\s*[↑^]?\s*$",
        r"^\s*[\[(]\s*slides?\b[^\])]*[\])]\s*$",  # a talk transcript's "(slide: the fresco half cleaned)"
        # A letter's greeting or sign-off alone on its line ("Dear members of the selection panel,").
        r"^\s*dear\s[^.!?:]{1,60},\s*$",
        r"^\s*(?:yours (?:sincerely|faithfully|truly)|(?:kind|best|warm) regards|sincerely|with thanks)[,.]?\s*$",
        # A CV's own title, its "Roles and Responsibilities:" label, and the declaration that closes an Indian CV
        # ("I hereby declare that the above information is true ...", "Place: Chennai", "Date: 10.01.2026").
        r"^\s*(?:curriculum vitae|résumé|resume|(?:tabellarischer )?lebenslauf)\s*$",
        # A German CV's closing place and date over the signature ("Bamberg, 12.01.2026").
        r"^\s*[^\W\d_][\w .-]{1,30},\s*(?:den\s+)?\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\s*$",
        r"^\s*(?:key )?roles? (?:and|&) responsibilities\s*:?\s*$",
        r"^\s*i\s+(?:hereby\s+)?declare\s+that\b",
        r"^\s*(?:place|date)\s*:\s*[\w .,/-]{1,30}$",
        r"^\s*\([^()\d]{2,60}\)\s*$",  # the name in brackets under a declaration, "(VAIDEHI KANAKASABAI)"
        r"^\s*photo(?:\s+\d+\s*[x×]\s*\d+\s*mm)?\s*$",  # a résumé form's photo box ("Photo 30 x 40 mm")
    )
]
# A cookie notice: "cookie" with one of these words after it, or one of the second set before it. Two
# searches rather than one `cookies?.*(accept|...)`, which backtracks over the whole text at every "cookie".
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_AFTER_COOKIE = re.compile(
    r"\b(accept|consent|we use|uses|preferences|settings|privacy|agree)\b", re.IGNORECASE
)
_BEFORE_COOKIE = re.compile(r"\b(accept|we use|this (web)?site uses)\b", re.IGNORECASE)


def _is_cookie_notice(text: str) -> bool:
    cookie = _COOKIE.search(text)
    if cookie is None:
        return False
    if _AFTER_COOKIE.search(text, cookie.end()):
        return True
    before = _BEFORE_COOKIE.search(text)
    return before is not None and _COOKIE.search(text, before.end()) is not None


_MENU_WORDS = {
    "home",
    "about",
    "about me",
    "blog",
    "posts",
    "contact",
    "projects",
    "publications",
    "cv",
    "resume",
    "menu",
    "search",
    "login",
    "log in",
    "sign in",
    "sign up",
    "subscribe",
    "privacy",
    "privacy policy",
    "terms",
    "imprint",
    "impressum",
    "rss",
    "archive",
    "tags",
    "categories",
}
_LONE_NAVIGATION = {
    "menu",
    "home",
    "search",
    "toggle navigation",
    "close menu",
    "open menu",
    "share",
    "tweet",
    "read more",
    "continue reading",
    "next",
    "previous",
    "next post",
    "previous post",
    "older posts",
    "newer posts",
    "privacy policy",
    "terms of service",
    "terms of use",
    "imprint",
    "impressum",
    "cookie settings",
}
_MENU_SEPARATORS = re.compile(r"\s*[|·•/»›]\s*")


def is_boilerplate(line: str) -> bool:
    """Whether a line is page furniture rather than something the person wrote.

    Cookie notices, copyright lines, "Skip to content", "Powered by ...", "Page 2 of 3", "Back to top",
    a transcript's "(slide: ...)", and lines that are only a menu ("Home | About | Blog").
    """
    text = " ".join(line.split())
    if not text:
        return True
    if any(pattern.search(text) for pattern in _BOILERPLATE) or _is_cookie_notice(text):
        return True
    lowered = text.lower().strip(" .:»›→")
    if lowered in _LONE_NAVIGATION:
        return True
    items = [item.lower() for item in _MENU_SEPARATORS.split(text) if item]
    return (
        len(items) >= 3
        and all(len(item.split()) <= 3 for item in items)
        and sum(item in _MENU_WORDS for item in items) >= max(2, len(items) // 2)
    )


MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Dates as CVs write them: "Mar 2019", "03/2019", "2019-03", "2019", with "present" as an open end; month names
# in English, German, French, Spanish, Italian and Portuguese, whole or cut short ("janv. 2019", "dic 2020").
_MONTH_NAMES = {
    1: "january jan januar janvier janv enero ene gennaio gen janeiro",
    2: "february feb februar février fevrier févr fevr fév fev febrero febbraio fevereiro",
    3: "march mar märz mär mrz mars marzo março marco",
    4: "april apr avril avr abril abr aprile",
    5: "may mai mayo maggio mag maio",
    6: "june jun juni juin junio giugno giu junho",
    7: "july jul juli juillet juil julio luglio lug julho",
    8: "august aug août aout agosto ago",
    9: "september sept sep septembre septiembre setiembre settembre setembro set",
    10: "october oct oktober okt octobre octubre ottobre ott outubro out",
    11: "november nov novembre noviembre novembro",
    12: "december dec dezember dez décembre decembre déc diciembre dicembre dic dezembro",
}
_MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}
_MONTH = (
    "(?:"
    + "|".join(sorted((re.escape(name) for name in _MONTHS), key=len, reverse=True))
    + r")(?![^\W\d_])\.?"
)
# A year cut to two digits after an apostrophe ("Apr'19", "Mar ’19"), as Indian and British CVs write it.
_SHORT_YEAR = r"\s?['’‘]\s?\d\d(?!\d)"
_POINT = rf"(?:{_MONTH}\s+(?:de\s+|del\s+)?(?:19|20)\d\d|{_MONTH}{_SHORT_YEAR}|(?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d|(?:19|20)\d\d[-/.](?:0[1-9]|1[0-2])(?!\d)|(?:19|20)\d\d)"
_OPEN_END = (
    r"(?:present|current|now|today|ongoing|heute|dato|jetzt|aujourd['’]hui|présent|en cours|actualidad|presente|"
    r"hoy|a la fecha|oggi|in corso|atual|actual|hoje)"
)
_RANGE = re.compile(
    rf"(?<![\w/.-])({_POINT})\s*(?:–|—|-|to|until|till|bis)\s*({_POINT}|{_OPEN_END})(?![\w/-])", re.IGNORECASE
)
# "2012-14", "2007–10": a year and the last two digits of a later one. With a hyphen, an end up to 12 is
# read as a month ("2019-03"), as ISO writes it.
_YEAR_SPAN = re.compile(r"(?<![\w/.-])((?:19|20)\d\d)\s*(–|—|-)\s*(\d\d)(?![\w/.-])")
_SINCE = re.compile(rf"\b(?:since|seit|depuis|desde|dal)\s+({_POINT})(?![\w/-])", re.IGNORECASE)
_SINGLE = re.compile(rf"(?<![\w/.-])({_POINT})(?![\w/-])", re.IGNORECASE)
# "8/2021–" at the end of a line or before a bracket: a range still open, as a CV writes its current job.
_OPEN_DASH = re.compile(rf"(?<![\w/.-])({_POINT})\s*[–—]\s*(?=$|[)\];,])", re.IGNORECASE)


def iso_month(point: str) -> str:
    """ "Mar 2019" -> "2019-03", "03/2019" -> "2019-03", "2019" -> "2019"; anything else comes back as is."""
    text = point.strip().lower()
    if match := re.fullmatch(rf"({_MONTH})\s+(?:de\s+|del\s+)?((?:19|20)\d\d)", text):
        month = _MONTHS.get(match.group(1).rstrip("."))
        return f"{match.group(2)}-{month:02d}" if month else match.group(2)
    if match := re.fullmatch(rf"({_MONTH}){_SHORT_YEAR}", text):
        month = _MONTHS.get(match.group(1).rstrip("."))
        year = _full_year(text[-2:])
        return f"{year}-{month:02d}" if month else year
    if match := re.fullmatch(r"(0?[1-9]|1[0-2])[/.]((?:19|20)\d\d)", text):
        return f"{match.group(2)}-{int(match.group(1)):02d}"
    if match := re.fullmatch(r"((?:19|20)\d\d)[-/.](0[1-9]|1[0-2])(?:[-/.]\d\d)?", text):
        return f"{match.group(1)}-{match.group(2)}"
    return point.strip()


def _full_year(two_digits: str) -> str:
    """ "19" -> "2019", "98" -> "1998": the century a CV's two-digit year most likely means."""
    return f"{20 if int(two_digits) < 50 else 19}{two_digits}"


def _year_spans(text: str) -> Iterator[tuple[re.Match[str], str, str]]:
    """ "2012-14" as its match and ISO ends ("2012", "2014"); an end that is not later, or a month, is no span."""
    for match in _YEAR_SPAN.finditer(text):
        start, dash, end = match.groups()
        end = start[:2] + end
        if end > start and not (dash == "-" and int(end[2:]) <= 12):
            yield match, start, end


def date_range(start: str, end: str | None) -> str:
    """ "2019-03 – 2022-08"; an empty or open end is "present"."""
    if not end or re.fullmatch(_OPEN_END, end.strip(), re.IGNORECASE):
        return f"{iso_month(start)} – present"
    return f"{iso_month(start)} – {iso_month(end)}"


def find_date(text: str) -> str | None:
    """The date range a CV line carries ("Mar 2019 – Aug 2022" -> "2019-03 – 2022-08").

    A single month or year counts only on a short line ("M.Sc., TU Munich, 2016"), where it dates the
    line rather than being mentioned in passing.
    """
    if match := _RANGE.search(text):
        return date_range(match.group(1), match.group(2))
    for _, start, end in _year_spans(text):
        return f"{start} – {end}"
    if match := _SINCE.search(text):
        return date_range(match.group(1), None)
    if len(text) <= 120 and (match := _SINGLE.search(text)):
        return iso_month(match.group(1))
    return None


@dataclass(frozen=True)
class DateRange:
    """A date range as a line writes it ("Mar 2019 – present"), with its ISO ends and where it stands."""

    text: str
    start: str  # "2019-03" or "2019"
    end: str | None  # None: open ("present", "since 2019")
    start_index: int
    end_index: int


def date_ranges(text: str) -> list[DateRange]:
    """Every date range in a line, in the order written ("since 2019" is one with an open end)."""
    found = []
    for match in _RANGE.finditer(text):
        closed = not re.fullmatch(_OPEN_END, match.group(2), re.IGNORECASE)
        end = iso_month(match.group(2)) if closed else None
        found.append(DateRange(match.group(0), iso_month(match.group(1)), end, match.start(), match.end()))
    for match, start, end in _year_spans(text):
        found.append(DateRange(match.group(0), start, end, match.start(), match.end()))
    for match in [*_SINCE.finditer(text), *_OPEN_DASH.finditer(text)]:
        found.append(DateRange(match.group(0), iso_month(match.group(1)), None, match.start(), match.end()))
    return sorted(found, key=lambda r: r.start_index)


def is_date_only(text: str) -> bool:
    """Whether a line says nothing but a date or range ("March 2021 – present", "since 2019")."""
    rest = _RANGE.sub(" ", text)
    for match, _, _ in _year_spans(rest):
        rest = rest.replace(match.group(0), " ")
    rest = _SINGLE.sub(" ", _SINCE.sub(" ", rest))
    words = re.findall(r"[^\W\d_]+", rest.lower())
    return rest != text and all(
        word
        in ("since", "seit", "from", "von", "to", "until", "bis", "depuis", "desde", "dal", "de", "à", "a")
        for word in words
    )
