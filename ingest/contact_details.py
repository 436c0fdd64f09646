"""Where a phone number or a street address is in free text, so the disclosure policy can withhold it whole.

Phone numbers are judged by `phonenumbers` (libphonenumber's metadata) in the national formats of the
countries people most often write from, and in any country when written with "+" or "00". Street
addresses have no offline, pure-Python parser for these countries (libpostal needs a native library and a
2 GB model, pyap knows US, CA and UK only), so they are found by postal heuristics: a house number beside
a street word in several languages, and each country's postcode with the address lines written before it.
Each finder returns whole spans: half a number ("+31 6") or a street without its postcode is still a leak.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import phonenumbers

Span = tuple[int, int]

# ------------------------------------------------------------------------------------------------ phones

# Countries whose national formats (no "+") are tried; a "+" or "00" number is read in any country.
# fmt: off
PHONE_REGIONS = ("NL", "DE", "FR", "ES", "IT", "GB", "IE", "US", "CA", "IN", "JP", "BR", "AU", "BE", "CH", "AT")
# fmt: on

_DASH = "\u2010-\u2015\u2212\uff0d\\-"
# A run of digits and the separators people put in phone numbers. It never starts glued to a word, an id
# ("MFAT-25-11873"), a path or a decimal, so a run is judged, and withheld, whole.
_PHONE_RUN = re.compile(
    rf"(?<![\w/.+{_DASH}])"
    rf"(?:\(?(?:\+|\b00)\s?)?(?>\(?\d+(?:[ \u00a0().{_DASH}/]{{1,3}}\d+)*)"  # atomic: never a part of a run
    r"(?:\s*(?:ext|extn|x|poste|#)\.?\s*\d{1,6})?"
    rf"(?![\w/{_DASH}]|\.\d|,\d{{3}}(?!\d))",
    re.IGNORECASE,
)
_PHONE_LINK = re.compile(  # a WhatsApp link is the number itself
    r"(?:https?://)?(?:api\.)?\b(?:wa\.me/|whatsapp\.com/send/?\?phone=)\+?\d{6,15}[^\s|,;]*", re.IGNORECASE
)
# A label's other language before it, so a bilingual CV's "Teléfono / Phone:" goes whole.
_OTHER_LANGUAGE = r"(?:\b[^\W\d_]+ / )?"
_PHONE_LABEL = re.compile(
    rf"(?:{_OTHER_LANGUAGE}\b(?:phone|telephone|tel|mobile|mobil|mob|cell(?:phone)?|ph|fax|whats\s?app|telefon|telefoon|mobiel|handy|"
    r"t[ée]l[ée]phone|t[ée]l|portable|tel[ée]fono|m[óo]vil|cellulare|telefone|celular)\.?(?:\s*(?:no|nr|number|nummer|num)\.?)?\s*[.:：]?"
    r"|\b[TMPF]\s*[:：]|電話|携帯)\s*\(?$",
    re.IGNORECASE,
)
_PHONE_CUE = re.compile(
    r"\b(?:call|reach|text|ring|phone|contact)\s+(?:me|us)\s+(?:on|at)\s*$", re.IGNORECASE
)
_PHONE_KIND_AFTER = re.compile(
    r"\s*\((?:mobile|mob|cell|home|work|office|landline|fax|private|privat|m|w|h|mobiel|portable|whatsapp)\)",
    re.IGNORECASE,
)
_DATE = rf"(?:\d{{1,4}}[./{_DASH}]\d{{1,2}}(?:[./{_DASH}]\d{{1,4}})?|\d{{1,2}}[./{_DASH}]\d{{4}})"  # 12.03.2021, 03/2012
# Digit runs shaped like a phone number that are a year, a year range, a date or a date range, an IP address.
_NOT_PHONE_SHAPE = re.compile(
    rf"^\d{{4}}\)?(?:\s*[{_DASH}/]\s*\(?\d{{2,4}})?$|^(?:19|20)\d\d[{_DASH}/]\d+$"  # 2019-2023, case 2021-123456
    rf"|^{_DATE}(?:\s*[{_DASH}]\s*{_DATE})?$"
    r"|^\d{1,3}(?:\.\d{1,3}){3}$"
)
# A year and a date range run together ("in 2018. (04/2016 – 02/2020)": a sentence, then its job's dates).
_ONLY_DATES = re.compile(
    rf"^(?:\d{{1,2}}[./{_DASH}]){{0,2}}(?:19|20)\d\d(?:[\s().{_DASH}/]+(?:\d{{1,2}}[./{_DASH}]){{0,2}}(?:19|20)\d\d)+\)?$"
)
_NOT_PHONE_BEFORE = re.compile(
    r"(?:\b(?:doi|isbn(?:-1[03])?|issn|orcid|arxiv|pmid|pmcid|patent|vol|pp?|no|nr|ref|id|iban|vat|kvk|siret|"
    r"licen[cs]e|cert(?:ificate)?|registration|reg)\b\.?|doi\.org/|[$€£¥₹])\s*[:#]?\s*$",
    re.IGNORECASE,
)
_NOT_PHONE_AFTER = re.compile(
    r"\s*(?:€|EUR\b|USD\b|GBP\b|euros?\b|dollars?\b|million\b|mio\b|billion\b|%)", re.IGNORECASE
)


def _is_isbn(run: str) -> bool:
    """A hyphenated ISBN-10 or ISBN-13 whose check digit holds (a phone passes both tests almost never)."""
    if not re.search(r"[-\s][\dXx]$", run):
        return False
    digits = re.sub(r"[^\dXx]", "", run).upper()
    if len(digits) == 10:
        return sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits)) % 11 == 0
    if len(digits) == 13 and digits.isdigit():
        return sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(digits)) % 10 == 0
    return False


def _is_phone(run: str, labelled: bool) -> bool:
    digits = sum(c.isdigit() for c in run)
    stripped = run.strip("( ")
    international = stripped.startswith(("+", "00"))
    if (
        digits < 6
        or digits > 17
        or (
            not international
            and (_NOT_PHONE_SHAPE.match(stripped) or _ONLY_DATES.match(stripped) or _is_isbn(run))
        )
    ):
        return False
    if labelled:  # a label says so for a number in any format
        return True
    if international:
        # A "+" and 8 digits or more is a phone even where libphonenumber's ranges lag (a new mobile block,
        # a drama number); "00" is also how ids start ("0000-0002-1825-0097"), so it needs a country code.
        if stripped.startswith("+"):
            return digits >= 8
        try:
            return phonenumbers.is_possible_number(phonenumbers.parse("+" + stripped[2:], None))
        except phonenumbers.NumberParseException:
            return False
    return digits >= 7 and any(
        True
        for region in PHONE_REGIONS
        for _ in phonenumbers.PhoneNumberMatcher(run, region, leniency=phonenumbers.Leniency.VALID)
    )


def find_phones(text: str) -> list[Span]:
    """Where phone numbers are in `text`: each number whole, with its label ("Tel.:") and kind ("(mobile)")."""
    spans: list[Span] = [m.span() for m in _PHONE_LINK.finditer(text)]
    for match in _PHONE_RUN.finditer(text):
        if sum(c.isdigit() for c in match.group()) < 6:  # a count, a year: no phone is this short
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        label = _PHONE_LABEL.search(before)  # "Tel.:" goes with the number
        cue = label or _PHONE_CUE.search(before)  # "call me on" says it is one, and stays in the sentence
        if not cue and (_NOT_PHONE_BEFORE.search(before) or _NOT_PHONE_AFTER.match(text, match.end())):
            continue
        run = match.group()
        if _is_phone(run, labelled=bool(cue)):
            pieces = [(0, len(run))]
        else:  # two numbers in one run: "06-12345678 / 020-1234567"
            pieces, offset = [], 0
            for piece in re.split(r"(\s*/\s*|\s{2,})", run):
                if piece.strip() and not piece.strip().startswith("/") and _is_phone(piece, labelled=False):
                    pieces.append((offset, offset + len(piece)))
                offset += len(piece)
        for start, end in pieces:
            start, end = match.start() + start, match.start() + end
            if label and start == match.start():
                start -= len(label.group())
            kind = _PHONE_KIND_AFTER.match(text, end)
            spans.append((start, kind.end() if kind else end))
    return spans


# --------------------------------------------------------------------------------------------- addresses

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_CAP = rf"[{_UP}][\w'’.-]*"  # a capitalised word: part of a street or place name
_PARTICLE = (
    r"(?:de|del|della|dei|di|da|do|dos|das|du|des|la|le|les|el|van|von|der|den|het|ten|ter|am|an|im|zum|zur|"
    r"of|the|y|e|l'|d'|dell')"
)
_NAME = rf"(?:{_CAP}|{_PARTICLE}|\d{{1,3}}(?:st|nd|rd|th|e|er|ème|º|ª|°))"
_HOUSE = r"(?!(?:19|20)\d\d\b)[1-9]\d{0,4}(?![.,]?\d)"  # a house number; a year or a decimal is not one
# What may follow a street: the end of the item, a town, a postcode, or a small word ("is", "in", "and");
# "2 Supreme Court cases" or "3 Google Drive folders" go on with a noun and are not addresses.
_STREET_END = (
    r"(?=\s*(?:[,.;:|)\]\"'”/\n·•]|$)|\s+[–—-]|\s+(?:[\dA-Z#(〒]|(?:is|was|in|and|near|where|which|since|until|from|to|on|at|"
    r"for|with|or|but|the|we|has|had|are|were|so|then|by|last|next|this|every|now|soon|today|yesterday|"
    r"before|after|when|while|if|because|as|it|my|our|your|their|his|her|y|et|und|en|a|à|em|no|na|nel|bei)\b))"
)
_EN_STREET = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Place|Pl|Terrace|Tce|Crescent|Cres|Close|Way|Court|Ct|"
    r"Boulevard|Blvd|Square|Sq|Gardens|Gdns|Row|Walk|Parade|Pde|Highway|Hwy|Parkway|Pkwy|Circle|Quay|Mews|Grove|"
    r"Rise|Wharf|Embankment|Esplanade|Alley|Trail|Marg|Nagar|Layout|Salai)"
)
_STREET_FIRST = (
    r"(?:Calle|C/|Avda\.?|Avenida|Av\.|Paseo|Plaza|Pza\.|Carrer|Camino|Carretera|Ronda|Traves[ií]a|Via|Viale|"
    r"V\.le|Corso|C\.so|Piazza|P\.za|P\.zza|Piazzale|Largo|Vicolo|Strada|Rua|Travessa|Alameda|Pra[çc]a|Estrada|"
    r"Rodovia|Rue|Avenue|Boulevard|Pasaje|Psje\.|Pje\.|Callej[oó]n|Jir[oó]n)"
)
_STREET_AFTER_NUMBER = (
    r"(?i:rue|avenue|av\.|boulevard|bd|place|quai|all[ée]e|impasse|chemin|route|cours|passage|square|"
    r"rond-point|faubourg|calle|rua|derb|zankat|zenkat|zanqat)"  # a Moroccan "derb" (lane), "zankat" (street)
)
_GERMANIC_SUFFIX = (
    r"(?i:straat|str\.|stra(?:ß|ss)e|gracht|weg|laan|plein|kade|dijk|singel|steeg|dreef|markt|gasse|allee|"
    r"platz|damm|ufer|chaussee|pfad|steig|gade|vej|gatan|v[äa]gen)"
)
_GERMANIC_WORD = r"(?:Straat|Straße|Strasse|Weg|Laan|Plein|Kade|Dijk|Markt|Platz|Allee|Gasse|Damm|Ufer)"
_ROMANCE_UNIT = (
    r"(?:,?\s*(?:\d{1,2}\s?[º°ª]\s?(?:[A-Z]\b|izq(?:da)?\.?|dcha\.?|dcho\.?)?|apto?\.?\s*\d+|apartamento\s*\d+|"
    r"piso\s*\d+|int(?:erno)?\.?\s*\d+|sc(?:ala)?\.?\s*[A-Z]\b|andar\s*\d+|bloco\s*\w+|conj(?:unto)?\.?\s*\d+|"
    r"sala\s*\d+|esc\.?\s*\w+|puerta\s*\w+))*"
)
_GERMANIC_ENDINGS = (
    "straat", "str.", "straße", "strasse", "gracht", "weg", "laan", "plein", "kade", "dijk", "singel", "steeg",
    "dreef", "markt", "gasse", "allee", "platz", "damm", "ufer", "chaussee", "pfad", "steig", "gade", "vej", "gatan",
    "vägen", "vagen",
)  # fmt: skip
_WORD_BEFORE_NUMBER = re.compile(r"([^\W\d_]+\.?)\s*[1-9]")


def _has_germanic_street(text: str) -> bool:
    """A word ending like a Dutch or German street before a number (faster than a case-blind regex search)."""
    return any(m.group(1).lower().endswith(_GERMANIC_ENDINGS) for m in _WORD_BEFORE_NUMBER.finditer(text))


# Each street pattern comes with a cheap test for the word it needs; most facts have none and skip it.
_STREETS: list[tuple[Callable[[str], object], re.Pattern[str]]] = [
    # 12 Warrender Park Road, 350 5th Ave NW, Unit 5/12 George St
    (
        re.compile(rf"\b{_EN_STREET}\b").search,
        re.compile(
            rf"(?<![\w.,/-])#?{_HOUSE}[A-Za-z]?(?:[/-]\d{{1,5}}[A-Za-z]?)?,?\s+(?:{_NAME}\s+){{1,4}}{_EN_STREET}\b\.?"
            rf"(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\b)?{_STREET_END}"
        ),
    ),
    # 12 rue de la Paix, 3 bis avenue Foch
    (
        re.compile(rf"\d[^\s,]*,?\s+(?:(?:bis|ter),?\s+)?{_STREET_AFTER_NUMBER}").search,
        re.compile(
            rf"(?<![\w.,/-]){_HOUSE}(?:\s?(?:bis|ter|[A-Da-d])\b)?,?\s+{_STREET_AFTER_NUMBER}\s+"
            rf"(?:{_NAME}[\s-]+){{0,5}}{_NAME}{_STREET_END}"
        ),
    ),
    # Via Roma 12, Calle de Alcalá, 45, 3º B, Av. Paulista, 1578, apto 56
    (
        re.compile(rf"\b{_STREET_FIRST}").search,
        re.compile(
            rf"\b{_STREET_FIRST}\s+(?:{_NAME}[\s-]+){{0,5}}{_NAME},?\s*(?:n[º°o.]\s*)?{_HOUSE}[A-Za-z]?\b"
            rf"{_ROMANCE_UNIT}{_STREET_END}"
        ),
    ),
    # Keizersgracht 412-3, Carel van Bylandtlaan 30, Hauptstr. 5a
    (
        _has_germanic_street,
        re.compile(
            rf"(?:\b{_NAME}[\s-]+){{0,3}}\b[{_UP}][\w'’-]*?{_GERMANIC_SUFFIX}\s*{_HOUSE}"
            rf"(?:\s?[a-zA-Z]\b|(?:[-/]\d{{1,4}}[a-zA-Z]?|\s\d{{1,3}})\b|\s(?:hs|bis|I{{1,3}})\b)?{_STREET_END}"
        ),
    ),
    # Am Markt 3, Unter den Linden Weg 4
    (
        re.compile(rf"{_GERMANIC_WORD}\s+[1-9]").search,
        re.compile(
            rf"(?:\b{_NAME}[\s-]+){{1,3}}{_GERMANIC_WORD}\s+{_HOUSE}(?:\s?[a-zA-Z]\b|[-/]\d{{1,4}}[a-zA-Z]?\b)?{_STREET_END}"
        ),
    ),
    # 1-1-2 Oshiage, Sumida-ku;  Chiyoda 1-chome 1-1
    (
        re.compile(r"-(?:ku|shi|cho|machi|gun|chome)\b").search,
        re.compile(
            r"\b\d{1,4}(?:-\d{1,4}){1,2},?\s+[A-Z][a-z]+(?:[-\s][A-Za-z]+)?,\s*[A-Z][a-z]+-(?:ku|shi|cho|machi|gun)\b"
            r"|\b[A-Z][a-z]+\s+\d{1,2}-chome(?:[\s,]+\d{1,4}(?:-\d{1,4})?)?"
        ),
    ),
    # 東京都千代田区千代田1-1, 大阪市北区梅田3丁目1番3号
    (
        re.compile(r"[市区町村郡]").search,
        re.compile(
            rf"(?:〒\s?\d{{3}}[{_DASH}]?\d{{4}}\s*)?"
            r"(?:東京都|北海道|大阪府|京都府|[\u4e00-\u9fff]{2,3}県)?[\u3040-\u30ff\u4e00-\u9fff]{1,12}?[市区町村郡]"
            rf"[\u3040-\u30ff\u4e00-\u9fff]{{0,12}}?[0-9０-９一二三四五六七八九十]+(?:丁目|[{_DASH}])[0-9０-９]+"
            rf"(?:番地?|[{_DASH}])?(?:[0-9０-９]+号?)?"
        ),
    ),
]

_CITY = (
    rf"(?:'s[-\s])?[{_UP}][\w'’-]+(?:[\s-](?:[{_UP}][\w'’-]+|am|an|de|sur|sous|en|la|le|del|di|im|ob)){{0,3}}"
    # A province code or a country in brackets: "Bologna (BO)", "40137 Bologna (Italy)".
    r"(?:\s*\((?:[A-Z]{2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\))?"
)
_ITEM_END = (
    r"(?=\s*(?:[,.;:|·•)\"\n]|$|\s(?:India|Japan|USA|U\.S\.A\.|United States|Brazil|Brasil|Australia)\b))"
)
_US_STATE = (
    r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|"
    r"OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)"
)
# Postcodes that mark an address on their own.
_POSTCODES = [
    re.compile(r"\b[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPSTUW\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b"),  # UK  EH3 9DR
    re.compile(  # Canada  NS B3K 2T6
        r"\b(?:(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s+)?"
        r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b"
    ),
    re.compile(rf"\b{_US_STATE}\.?,?\s+\d{{5}}(?:-\d{{4}})?\b"),  # US  MA 02139
    re.compile(  # Australia  NSW 2000 (at the end of its item: "the NSW 2019 election" is not one)
        r"\b(?:NSW\s+[12]\d{3}|ACT\s+(?:02|26|29)\d\d|VIC\s+[38]\d{3}|QLD\s+[49]\d{3}|SA\s+5\d{3}|WA\s+6\d{3}|"
        r"TAS\s+7\d{3}|NT\s+08\d\d)\b" + _ITEM_END
    ),
    re.compile(rf"〒\s?\d{{3}}[{_DASH}]?\d{{4}}"),  # Japan  〒100-0001
    re.compile(r"(?<![\w./-])\d{5}-\d{3}(?![\w/-])"),  # Brazil CEP  01310-100
    re.compile(rf"\b[A-Z]{{1,3}}-\d{{4,5}}\s+{_CITY}"),  # F-75002 Paris, CH-8001 Zürich
    re.compile(r"\b[ABCEGNUVWX][A-Z]-\d{3,4}-\d{4}\b"),  # Ghana's GhanaPost GPS address  GA-077-4419
    re.compile(  # after its label: "Postcode: 10115", "PIN 560001"
        r"(?:\b(?i:post(?:al)?\s?code|zip(?:\s?code)?|eircode|code postal|c[óo]digo postal)|\bPLZ|\bCEP|"
        r"\bPIN(?:\s?code)?|\bCAP|郵便番号)\s*[:：]?\s*(?=[A-Z0-9 -]{0,9}\d)[A-Z0-9](?:[A-Z0-9 -]{0,8}[A-Z0-9])?"
    ),
]
# Ireland's Eircode (D02 X285) is short enough to be a product code: its tail needs a letter and a digit,
# or the text must be about Ireland.
_EIRCODE = re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?([0-9AC-FHKNPRTV-Y]{4})\b")
_IRELAND = re.compile(r"\b(?:Dublin|Co\.|Ireland|Éire|Eircode|Cork|Galway|Limerick)\b")
# Postcodes that are a number (and letters) and an address only where a postcode stands.
_NL_POSTCODE = re.compile(  # 1016 GC Amsterdam; 1016GC where it ends an item
    rf"\b([1-9]\d{{3}})\s?(?!SA|SD|SS)([A-Z]{{2}})(?:\s+{_CITY}|\b{_ITEM_END})"
)
_CODE_THEN_CITY = re.compile(rf"\b(\d{{4,5}})\s+{_CITY}{_ITEM_END}")  # 75002 Paris, 10117 Berlin
_CITY_THEN_CODE = re.compile(  # Bengaluru 560 001, Tokyo 100-0001, Massachusetts 02139
    rf"(?<![\w-])([{_UP}][a-zß-öø-ÿā-ž][^\W\d_]+(?:-[^\W\d_]+)*)\s*(?:-\s*)?(?:[1-9]\d{{2}}\s?\d{{3}}|\d{{3}}-\d{{4}}|\d{{5}})(?![\d.,]\d)"
    + _ITEM_END
)
# Letters after a 4-digit number that are a unit or an acronym more often than a Dutch postcode ("1300 MW").
# fmt: off
_LOOKALIKE_LETTERS = {
    "MW", "GW", "KW", "GB", "MB", "TB", "PB", "KM", "CM", "MM", "HP", "XP", "BC", "AD", "AM", "PM", "US", "UK",
    "EU", "AI", "ML", "QA", "IT", "HR", "PR", "ID", "OK", "TV", "PC", "CV", "VR", "AR", "UN", "NY", "LA",
}
# Words before a number at the end of an item that are not a town ("Nature 52100", "Invoice 123456").
_NOT_A_TOWN = {
    "Nature", "Science", "Cell", "Volume", "Vol", "Issue", "Page", "Pages", "Windows", "Office", "Version",
    "Python", "Chapter", "Top", "Over", "About", "Total", "Rank", "Ranked", "Raised", "Reached", "Served",
    "Grant", "Project", "Award", "Code", "Class", "Model", "Series", "Lot", "Order", "Invoice", "Ticket", "Batch",
}
# fmt: on
_ADDRESS_LABEL = re.compile(  # "Address: ..." withholds the item it heads, "Domicilio / Address: ..." too
    rf"{_OTHER_LANGUAGE}\b(?i:(?:home |postal |mailing |street )?address|(?:post|woon|bezoek)?adres|adresse|anschrift|direcci[óo]n|indirizzo|"
    r"endere[çc]o|morada|domicilio|furigana|nearest (?:train |railway )?station)\s*[:：]\s*|住所\s*[:：]?\s*|"
    # A contact line's "Home: Sirelipõõsa tn 12-5, 50108 Tartu" (persona 22), not "Kastanimäe Care Home: ..."
    r"(?:(?<![^\n])|(?<=[|•·;] )|(?<=[|•·;]))Home\s*[:：]\s*"
)
_ADDRESS_CONTEXT = re.compile(r"(?i:\bmy (?:home |postal )?address is|\b(?:I|we) live at|\blocated at)\s*$")
# Where an item ends: a separator between contact entries, or a sentence end (not "St." or "Ave.").
_HARD_BOUNDARY = re.compile(
    r"[|•·;\n\t]|(?<![A-Z][a-z])(?<!\b[A-Z])(?<!\bSt)(?<!\bAv)(?<!Ave)(?<!\bRd)(?<!\bNo)(?<!\bNr)(?<!Str)"
    r"(?<!Apt)(?<!\bDr)(?<!\bCol)(?<!Fracc)(?<!\bMz)(?<!\bInt)[.!?](?=\s+[A-Z\"“(])|[.!?]$"  # "Col." a Mexican colonia
)
_ADDRESS_WORD = re.compile(
    rf"(?:{_CAP}|\d[\w./ºª°-]*|#\d+|{_PARTICLE}|{_STREET_AFTER_NUMBER}"
    r"|(?i:via|viale|corso|piazza|avenida|no\.?|n[º°]))"
)
_OTHER_ADDRESS = re.compile(r"(?i:e-?mail|ip|web|mac|wallet|url|server|memory|bitcoin|ethereum|return)\s*$")
_ANY_DIGIT = re.compile(r"[\d０-９]")
# What follows a street in its address: rural delivery or a box ("RD 7"), then the town, with a 4-digit postcode
# where the country writes one after it ("Waimate 7924").
_RURAL_AFTER = re.compile(r",\s*(?:R\.?D\.?|PO Box|P\.O\. Box|Private Bag)\s?\d{1,5}(?=\s*(?:[,.;|·•\n]|$))")
_TOWN_AFTER = re.compile(rf",\s*{_CITY}(?:\s+\d{{4}})?(?=\s*(?:[,.;|·•\n]|$))")
# A district, the postcode and the town after the street: "23, derb El Mechmach, Ziat 30000 Fès".
_DISTRICT_CODE_TOWN_AFTER = re.compile(rf",\s*(?:{_CITY}\s+)?\d{{4,5}}\s+{_CITY}{_ITEM_END}")
_UNIT_WORD_BEFORE = re.compile(r"\b(?:Flat|Apt\.?|Apartment|Unit|Suite|House|Plot|Block|No\.?)\s*$")
# A trail, walk or cycleway is named like a street, often with a number inside ("the Alps 2 Ocean Cycle Trail").
_ROUTE_NAME = re.compile(
    r"(?:Cycle|Cycling|Bike|Walking|Hiking|Heritage|Rail|Coast|Coastal|Nature|Great|Wine|Ridge)\s+(?:Trail|Walk|Way)\b\.?$"
)
_UNIT = re.compile(
    r"\s*(?:Flat|Apt\.?|Apartment|Appartement|Appt\.?|Unit|Suite|Ste\.?|Level|Floor|Room|Building|Bldg\.?|"
    r"Block|Plot|House|No\.?|#|Apto\.?|Piso|Andar|Sala|Bus|Etage|Stock|Wohnung|Interno|Int\.|Scala|Sc\.)\s*[A-Z]?\d{1,5}[A-Z]?\s*"
)


def _item_start(text: str, position: int) -> int:
    """Where the item (a contact-line entry, a sentence) holding `position` begins."""
    start = floor = max(0, position - 240)
    for match in _HARD_BOUNDARY.finditer(text, floor, position):
        start = match.end()
    return start


def _run_start(part: str) -> int:
    """Offset in `part` where its trailing run of address words (names, numbers, particles) begins."""
    start = len(part)
    for word in reversed(list(re.finditer(r"\S+", part))):
        if not _ADDRESS_WORD.fullmatch(word.group().strip(",\"'“”()")):
            break
        start = word.start()
    return start


def _lines_before(text: str, start: int, units_only: bool = False) -> int:
    """Extend an address found at `start` back over its lines written before it (street, flat, district).

    Comma-separated parts are taken while they read as address parts. A leading part without a number is a
    name or an employer ("Maya Lindqvist, 12 Warrender Park Road, ..."), not the address, and stays.
    """
    floor = _item_start(text, start)
    parts, offsets, position = text[floor:start].split(","), [], floor
    for part in parts:
        offsets.append(position)
        position += len(part) + 1
    taken: list[tuple[int, bool]] = []  # where each taken part starts, and whether it holds the address
    for index in range(len(parts) - 1, -1, -1):
        part, offset, own = parts[index], offsets[index], index == len(parts) - 1
        if not part.strip():
            if own:
                continue
            break
        if units_only:
            if _UNIT.fullmatch(part):
                taken.append((offset + len(part) - len(part.lstrip()), True))
                continue
            break
        run = _run_start(part)
        numbered = bool(re.search(r"\d", part[run:]) and re.search(r"[^\W\d_]|#", part[run:]))
        if run < len(part.rstrip()) and (numbered or own):
            taken.append((offset + run, True))
        elif run < len(part.rstrip()) and not part[:run].strip(" \"'“("):
            taken.append((offset + run, False))
        if part[:run].strip(" \"'“(") or run >= len(part.rstrip()):
            break
    while taken and not taken[-1][1]:
        taken.pop()
    return taken[-1][0] if taken else start


def find_addresses(text: str) -> list[Span]:
    """Where street addresses and postcodes are in `text`: each address whole, street to postcode and town."""
    # Line by line: a name on the line above a street ("Maya Lindqvist\nKeizersgracht 412") is not part of it.
    spans, offset = [], 0
    for line in text.split("\n"):
        spans += [(offset + start, offset + end) for start, end in _addresses_in_line(line)]
        offset += len(line) + 1
    return spans


def _addresses_in_line(text: str) -> list[Span]:
    if not _ANY_DIGIT.search(text):  # every address this finds has a number, or a label
        return [_labelled_item(text, m) for m in _ADDRESS_LABEL.finditer(text) if _postal_label(text, m)]
    streets = [m.span() for needs, pattern in _STREETS if needs(text) for m in pattern.finditer(text)]

    def after_street(position: int) -> bool:
        return any(0 <= position - end <= 4 and not text[end:position].strip(" ,-–—") for _, end in streets)

    def labelled(position: int) -> bool:
        before = text[max(0, position - 30) : position]
        return bool(_ADDRESS_CONTEXT.search(before) or _ADDRESS_LABEL.search(before))

    def starts_item(position: int) -> bool:
        before = text[max(0, position - 3) : position]
        return not before.strip() or bool(re.search(r"[,;|·•\"(:\n]\s*$", before))

    anchors: list[Span] = []
    for pattern in _POSTCODES:
        anchors += [m.span() for m in pattern.finditer(text) if not re.search(r"\d[GTMKP]B$", m.group())]
    for match in _EIRCODE.finditer(text):
        tail = match.group(1)
        if re.search(r"[A-Z]", tail) and (re.search(r"\d", tail) or _IRELAND.search(text)):
            anchors.append(match.span())
    for match in _NL_POSTCODE.finditer(text):
        lookalike = match.group(2) in _LOOKALIKE_LETTERS or re.match(r"(?:19|20)\d\d$", match.group(1))
        at = match.start()
        if after_street(at) or labelled(at) or (not lookalike and starts_item(at)):
            anchors.append(match.span())
    for match in _CODE_THEN_CITY.finditer(text):
        at, five = match.start(), len(match.group(1)) == 5
        if after_street(at) or labelled(at) or (five and starts_item(at)):
            anchors.append(match.span())
    for match in _CITY_THEN_CODE.finditer(text):
        if match.group(1) not in _NOT_A_TOWN:
            anchors.append(match.span())

    spans = [(_lines_before(text, start), end) for start, end in anchors]
    for start, end in streets:
        if _ROUTE_NAME.search(text, start, end):
            continue
        unit = _UNIT_WORD_BEFORE.search(text, max(0, start - 16), start)
        start = unit.start() if unit else start  # "House 14, Nkrabea Lane": the house is part of it
        while rural := _RURAL_AFTER.match(text, end):
            end = rural.end()
        coded = _DISTRICT_CODE_TOWN_AFTER.match(text, end)
        town = coded or _TOWN_AFTER.match(text, end)
        if town:
            end = town.end()
            # A district, then its city, ending a contact entry ("..., Kokomlemle, Accra · GA-077-4419").
            city = None if coded or re.search(r"\d$", town.group()) else _TOWN_AFTER.match(text, end)
            if city and re.match(r"\s*(?:[·•|;\n]|$)", text[city.end() :]):
                end = city.end()
        spans.append((_lines_before(text, start, units_only=True), end))
    spans += [_labelled_item(text, m) for m in _ADDRESS_LABEL.finditer(text) if _postal_label(text, m)]
    return spans


def _postal_label(text: str, label: re.Match[str]) -> bool:
    """Whether an "Address:" label heads a postal address (not an e-mail, IP or web address)."""
    return not _OTHER_ADDRESS.search(text, max(0, label.start() - 12), label.start())


def _labelled_item(text: str, label: re.Match[str]) -> Span:
    """An item headed "Address:" is withheld to its end, whatever it holds."""
    stop = _HARD_BOUNDARY.search(text, label.end())
    return label.start(), stop.start() if stop else len(text)
