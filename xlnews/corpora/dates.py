"""Dates: the publication date a page gives, and the dates its text mentions, as ISO strings.

The publication line can take any of the forms sites use, so it goes to ``dateparser``. Dates
inside running text are found with month-name patterns per language first (dateparser's own
search finds dates in ordinary words), then read with the same month tables.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings

import dateparser

from xlnews.records import DateMention

MONTHS: dict[str, list[str]] = {
    "tr": ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"],
}
_MONTH_NUMBER = {name: i + 1 for names in MONTHS.values() for i, name in enumerate(names)}
_MONTH_NUMBER.update({"marco": 3, "sept": 9, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                      "sep": 9, "oct": 10, "nov": 11, "dec": 12, "subat": 2, "agustos": 8, "eylul": 9, "kasim": 11,
                      "aralik": 12, "mayis": 5})
_M = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
# A word boundary that allows the Turkish suffix after an apostrophe ("22 Ekim’de", "Ocak 2018’de").
_END = r"(?=$|[\s.,;:!?)\]”\"'’-])"
_YEAR = r"(1[89]\d\d|20\d\d)"

_PATTERNS = [
    # 9 de novembro de 2023 / 20 de maio / 1º de janeiro
    re.compile(rf"\b(?P<d>\d{{1,2}})º?\s+de\s+(?P<m>{_M})(?:\s+de\s+(?P<y>{_YEAR[1:-1]}))?{_END}", re.I),
    # 22 Ekim 2017 / 22 Ekim’de / 20 May 2024
    re.compile(rf"\b(?P<d>\d{{1,2}})\.?\s+(?P<m>{_M})\.?(?:\s+(?P<y>{_YEAR[1:-1]}))?{_END}", re.I),
    # May 20, 2024 / October 6
    re.compile(rf"\b(?P<m>{_M})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{_YEAR[1:-1]}))?{_END}", re.I),
    # julho de 2023 / Ocak 2018 / October 2017
    re.compile(rf"\b(?P<m>{_M})\s+(?:de\s+|of\s+)?(?P<y>{_YEAR[1:-1]}){_END}", re.I),
]
_YEAR_RE = re.compile(rf"\b{_YEAR}\b")

_LABELS = re.compile(
    r"^(yayın(lanma)?( tarihi)?|(son )?güncel(leme|lenme|lendi)( tarihi)?|(haber )?giriş( tarihi)?|oluşturulma( tarihi)?|tarih"
    r"|publicad[oa]( em)?|atualizad[oa]( em)?|criad[oa]( em)?|postad[oa]( em)?|(first )?published( on)?|(last )?updated( on)?|posted( on)?"
    r"|data)\s*[:\-]?\s*",
    re.I,
)
# Where a date line says when the article was changed rather than published.
# Not after a letter, but after a figure: scraped text runs a page's fields together ("14h35Atualizada em ...",
# "GMT+3Updated 2 hours ago").
_UPDATE_LABEL = re.compile(r"(?<![^\W\d_])(?:son güncel(?:leme|lenme|lendi)|güncel(?:leme|lenme|lendi)|atualizad[oa]|(?:last )?updated?|modified)(?!\w)", re.I)
# A year run into the clock after it, as Reuters' pages come out of scraping ("May 20, 20243:42 PM GMT+3"):
# four figures of a year, then an hour and minutes; no year-and-clock figure is written so otherwise.
_YEAR_CLOCK_RUN_TOGETHER = re.compile(r"\b((?:19|20)\d{2})(\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)\b")
_SEGMENT_SEPARATOR = re.compile(r"\s+[-–—]\s+|\s*[|•·]\s*")
_RELATIVE_TIME = re.compile(
    r"^(?:há\s+)?(?:\d+|an?|one|uma?|bir)\s*(?:min(?:uto)?s?|h|hr?s?|horas?|hours?|minutes?|days?|dias?|saat|dakika|gün"
    r"|weeks?|semanas?|hafta|months?|m[eê]s(?:es)?|ay|years?|anos?|yıl)"
    r"(?:\s+(?:ago|atrás|önce))?$", re.I)
_BYLINE_START = re.compile(r"^(?:by|por|muhabir|yazar|haber|reporter|reportagem|editör|editor|edição|texto|author|autor[a]?)\b\s*:?\s*", re.I)
# "By Staff Reporter in Politics on 4 July 2024", "Por Maria Silva em 20/05/2024": a byline, a section, a date.
_BYLINE_ON_DATE = re.compile(r"^(?P<by>(?:by|por)\s+\S.*?)(?:\s+(?:in|em)\s+[^|\d]+?)?\s+(?:on|em)\s+(?P<date>[^|]*\d[^|]*)$", re.I)
# What a desk's byline adds after its name: "Redação, com agências", "Staff, with agencies".
# And an agency by name ("By Euronews with AP", "Por Redação, com Reuters e AFP").
_WITH_AGENCIES = re.compile(
    r",?\s+(?:com|with)\s+(?:(?:as\s+)?agências|agencies|informações\b.*|reporting\b.*"
    r"|(?:(?:the\s+)?(?:AA|AFP|AP|DHA|İHA|ANKA|EFE|Lusa|Reuters|Associated\s+Press|Anadolu(?:\s+Agency|\s+Ajansı)?|Estadão\s+Conteúdo|Folhapress)"
    r"(?:\s*(?:,|and|e)\s*|$))+)$", re.I)
# A desk's credit line with the agency it took the story from, alone on its line, as some sites print it
# under the headline: "DAILY SABAH WITH AA", "Guardian staff and agencies", "Redação com agências", "Haber
# Merkezi ile AA". It stayed as the article's first paragraph. An agency named alone must follow a line in
# capitals or a desk's word: "Erdoğan meets Putin with AFP" is no credit.
_DESK_WITH_AGENCIES = re.compile(r"(?P<desk>\S.{0,40}?),?\s+(?:with|and|com|e|ile)\s+(?:agencies|agências|ajanslar)", re.I)
_DESK_WITH_AGENCY = re.compile(
    r"(?P<desk>\S.{0,40}?),?\s+(?:with|com|ile)\s+(?:the\s+)?(?:AA|AFP|AP|DHA|İHA|IHA|ANKA|EFE|Lusa|Reuters|Anadolu(?:\s+Agency|\s+Ajansı)?"
    r"|Associated\s+Press|Estadão\s+Conteúdo|Folhapress)", re.I)
_DESK_WORD = re.compile(r"(?:staff|desk|newsroom|redação|redacao|merkezi|merkez|correspondent|correspondente|muhabiri)", re.I)


# "From" a desk, with where it wrote from: "Do UOL, em São Paulo", "Da Redação", "Da Reuters, em Londres".
_FROM_DESK = re.compile(r"D[oa] (?P<desk>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})(?:,? (?:em|de|no|na) [A-Z][^.!?]{0,30})?")


def _credit_line(text: str) -> str | None:
    """The desk a credit line names with its agency (see :data:`_DESK_WITH_AGENCY`), or from where (:data:`_FROM_DESK`), or None."""
    if len(text.split()) > 8:
        return None
    if m := _FROM_DESK.fullmatch(text):
        return m.group("desk")
    if m := _DESK_WITH_AGENCIES.fullmatch(text):
        return m.group("desk")
    m = _DESK_WITH_AGENCY.fullmatch(text)
    if m and (text.isupper() or _DESK_WORD.fullmatch(m.group("desk").split()[-1])):
        return m.group("desk")
    return None


_BYLINE_WITHIN = re.compile(r"(?<=\S)\s+(?=(?:Por|By)\s+[A-ZÀ-ÝÇĞİÖŞÜ])")
# The author's role beside their name in a date line: "Repórter da Agência Brasil", "Muhabiri", "Special correspondent".
_BYLINE_ROLE = re.compile(r"(?:repórter|reporter|correspondente?|correspondent|special correspondent|muhabir(?:i)?|editor(?:a)?|editör(?:ü)?"
                          r"|enviad[oa] especial|colaboração|fotógrafo|photographer)\b(?:\s+(?:da|do|de|of|the)\b.*)?$", re.I)
# Clock times and zones, which dateparser misreads ("10.15 BST" as a date) and which say nothing of the day.
_CLOCK = re.compile(r"(?<![\d.:])(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?![\d.:])(?:\s*[ap]\.?m\.?(?!\w))?|\d{1,2}h\d{2}(?!\w))", re.I)

# The word before a clock's time: "(atualizado às 11h00)", "at 10:15".
_AT = re.compile(r"(?<!\w)(?:às|as|at|saat)(?!\w)", re.I)
_UPDATE_IN_BRACKETS = re.compile(r"\((\s*(?:son )?(?:güncel\w*|atualizad[oa]|updated?)\b[^()]*)\)", re.I)
# A clock's zone, which dateparser cannot read before the day ("Updated 2:35 PM GMT+3, March 23, 2025", as AP prints it).
_ZONE = re.compile(r"(?<!\w)(?:GMT|UTC|BST|CET|CEST|EET|EEST|TRT|BRT|EST|EDT|ET|CST|CDT|PST|PDT|MSK)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?(?!\w)")


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


def parse_dateline(line: str) -> dt.date | None:
    """The date of a line that is a publication date and nothing else ("06 Ekim 2017 Cuma, 17:45")."""
    body = _LABELS.sub("", line.strip())
    # Times as Brazilian and Turkish sites write them ("às 10h30", "saat 17.45") confuse dateparser.
    body = re.sub(r"\b(\d{1,2})h(\d{2})?\b", lambda m: f"{m.group(1)}:{m.group(2) or '00'}", body)
    body = re.sub(r"\b(às|as|saat|at)\b", " ", body, flags=re.I)
    body = _ZONE.sub(" ", _CLOCK.sub(" ", body)).strip(" ,;")
    if not body or len(body.split()) > 8 or not re.search(r"\d", body):
        return None
    if not (_YEAR_RE.search(body) or re.search(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", body)):
        return None
    # Every word must be a date part: digits, month or weekday names, or time words.
    for word in re.findall(r"[^\W\d_]+", body):
        if word.lower() not in _DATELINE_WORDS and word.lower().rstrip(".") not in _MONTH_NUMBER:
            return None
    return _full_date(body)


def parse_date_line(line: str) -> tuple[dt.date, str | None] | None:
    """The publication date of a line of article metadata, and the author it names: a dateline
    ("06 Ekim 2017 Cuma, 17:45"), or one with an update time, a byline or a relative time beside it
    ("Giriş: 20 Mayıs 2024 10:15 Güncelleme: 20 Mayıs 2024 11:02", "By Jane Doe | May 20, 2024,
    10:15 AM", "Publicado em 20/05/2024 às 10h15 Atualizado há 2 horas", "Por Maria Silva, g1 —
    Brasília 20/05/2024 10h15"). None when any part of the line is something else."""
    # An update in brackets is a part of its own ("20.05.2024, 15:10 (güncellendi: 20.05.2024, 16:02)", as Sputnik prints it).
    text = " ".join(_UPDATE_IN_BRACKETS.sub(r" | \1 ", _YEAR_CLOCK_RUN_TOGETHER.sub(r"\1 \2", line)).split())
    if len(text.split()) > 24:
        return None
    on_date = _BYLINE_ON_DATE.match(text)
    if on_date:
        text = f"{on_date.group('by')} | {on_date.group('date')}"
    marked = _UPDATE_LABEL.sub(lambda m: "\x00" + m.group(0), text)  # an update label starts a part
    marked = _BYLINE_WITHIN.sub("\x00", marked)  # so does a byline after the date ("... - 08:30 Por Maria Silva")
    parts = [p.strip(" ,;") for chunk in marked.split("\x00") for p in _SEGMENT_SEPARATOR.split(chunk)]
    published: dt.date | None = None
    updated: dt.date | None = None
    author: str | None = None
    for part in filter(None, parts):
        is_update = bool(_UPDATE_LABEL.match(part))
        rest = _LABELS.sub("", part).strip(" ,;:")
        if not _AT.sub("", _ZONE.sub("", _CLOCK.sub("", rest))).strip(" ,;:") or _RELATIVE_TIME.match(rest) or _BYLINE_ROLE.match(rest):
            continue  # a label, a time, "2 hours ago", the author's role ("Repórter da Agência Brasil")
        date = parse_dateline(part) or _dateline_after_place(part)
        if date is not None:
            if is_update:
                updated = updated or date
            else:
                published = published or date
            continue
        byline = _BYLINE_START.match(part)
        if byline and author is None and _names_an_author(part[byline.end():]):
            author = part[byline.end():]
            continue
        if not byline and len(part.split()) <= 2 and _looks_like_a_name(part):
            continue  # a section ("Dünya | 20.05.2024") or an unmarked name: said of the article, not its text
        return None
    date = published or updated
    return (date, author) if date else None


def time_only_line(line: str) -> bool:
    """A line of article metadata with a time and no day: "Updated 3 hours ago", "Atualizado há 2
    horas", "Güncelleme: 14:35". Nothing to date the report by, and no text of it either."""
    text = " ".join(line.split())
    if not text or len(text.split()) > 6:
        return False
    rest = _UPDATE_LABEL.sub("", _LABELS.sub("", text)).strip(" ,;:|-–—")
    rest = _LABELS.sub("", rest).strip(" ,;:|-–—")
    # A clock with its zone too ("Updated 8:02 a.m. ET", as the New York Times prints it under the date line).
    return bool(rest) and (bool(_RELATIVE_TIME.match(rest)) or not _ZONE.sub("", _CLOCK.sub("", rest)).strip(" ,;:|-–—"))


def byline_name(line: str) -> str | None:
    """The author or desk a byline line names ("Por Redação, com agências" → "Redação", "By Jane
    Doe"), or None when the line is something else ("Por que Tokayev recebeu Putin")."""
    text = " ".join(line.split())
    m = _BYLINE_START.match(text)
    # Alone on its line, a label is a byline's only with its colon: "Muhabir: Ahmet Yılmaz", but
    # "Haber Merkezi" is a desk's name, not "Merkezi"'s byline.
    if not m or (":" not in m.group(0) and not text[:3].casefold().startswith(("by ", "por"))):
        return _credit_line(text)
    name = _WITH_AGENCIES.sub("", text[m.end():]).strip(" ,;")
    return name if name and _names_an_author(name) else None


def _dateline_after_place(part: str) -> dt.date | None:
    """ "Brasília 20/05/2024 10h15", "ANKARA 20.05.2024": a dateline with its city in front."""
    m = re.match(r"^(?:[A-ZÇĞİÖŞÜÁÉÍÓÚÂÊÔÃÕ][\w’'-]+\s+){1,2}(?=\d)", part)
    return parse_dateline(part[m.end():]) if m else None


# A wire report's dateline at the start of its text: its place (and country), its date (group "date"), the
# agency's credit and a dash ("Lisboa, 10 mar 2024 (Lusa) - ", "ANKARA, 26 Aralık 2024 (AA) - ", "ASTANA, May 20, 2024. /TASS/. ").
WIRE_DATELINE = re.compile(
    r"(?:(?:[A-ZÇĞİÖŞÜÁÉÍÓÚÂÊÔÃÕ][\w’'.-]*|de|do|da|dos|das)\s?){1,4},(?:\s*[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+)?,)?\s*(?P<date>[^()\n]{4,40}?)\.?\s*"
    r"(?:\([^()\n]{1,40}\)\s*[-–—]|/[A-ZА-Я]{2,10}/|[-–—]\s)")


def wire_dateline_date(paragraph: str) -> dt.date | None:
    """The full date of the wire dateline a text starts with ("São Paulo, 21 de dezembro de 2024 (Folhapress) -"):
    the day the report was filed. None where the dateline gives no year, or there is none."""
    m = WIRE_DATELINE.match(paragraph)
    return parse_dateline(m.group("date")) if m else None


def _names_an_author(text: str) -> bool:
    """A byline's name: a person's or desk's, or a site's handle alone ("g1", "AP", a CMS's "admin")."""
    return _looks_like_a_name(text) or re.fullmatch(r"[\w.]{2,12}", text.strip()) is not None


def _looks_like_a_name(text: str) -> bool:
    """A person's or desk's name as a byline gives it: up to five words, capitalised but for
    particles and a site's short name ("Maria Silva, g1", "Jane Doe", "Ahmet Yılmaz")."""
    words = re.findall(r"[^\W\d_][\w’'.-]*|\d", text)
    if not words or len(words) > 5 or re.search(r"\d{2}", text):
        return False
    capitals = sum(w[0].isupper() for w in words)
    return capitals >= 1 and all(w[0].isupper() or len(w) <= 3 for w in words)


def _full_date(text: str) -> dt.date | None:
    """A day, month and year in any form dateparser reads, day first where the order is ambiguous."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser warns about pytz/tz deprecations on some inputs
        parsed = dateparser.parse(
            text, languages=["tr", "pt", "en"],
            settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    return parsed.date() if parsed else None


# "2 hours ago", "há 2 horas", "2 saat önce": a time counted back from when the page was read, which a
# record does not say. Resolved against today, a stored collection's reports would all be dated today.
_COUNTED_BACK = re.compile(r"(?<!\w)(ago|önce|há|atrás|yesterday|today|dün|bugün|ontem|hoje)(?!\w)", re.I)


def relative_time(value: str) -> bool:
    """Whether ``value`` counts back from when it was written ("3 hours ago", "2 gün önce")."""
    return _COUNTED_BACK.search(value) is not None


def parse_published(value: str) -> dt.date | None:
    """A record's publication date as feeds and scrapers write it: ISO ("2024-05-20T10:15:00Z"),
    RFC 822 ("Mon, 20 May 2024 10:15:00 +0000"), "20.05.2024", "20 Mayıs 2024", "20 de maio de 2024",
    a Unix time in seconds or milliseconds; not a time counted back from an unknown moment ("2 hours ago")."""
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    return _full_date(text) if re.search(r"\d", text) and not relative_time(text) else None


# Dates that systems write where they have none: the Unix epoch, the zero time of .NET and Go (0001-01-01),
# Excel's and SQL Server's first days, Windows' file-time epoch. As a publication date each would put a
# report decades from any other, and the date prior would keep one event's reports apart.
PLACEHOLDER_DATES = frozenset({dt.date(1970, 1, 1), dt.date(1, 1, 1), dt.date(1900, 1, 1), dt.date(1899, 12, 30),
                               dt.date(1899, 12, 31), dt.date(1753, 1, 1), dt.date(1601, 1, 1)})
# A publication date this many days after today is a scheduled or mistyped one (a day ahead: time zones).
FUTURE_SLACK_DAYS = 1


def implausible_publication(date: dt.date, today: dt.date | None = None) -> str | None:
    """Why ``date`` cannot be when an article was published (a placeholder, or a day still to come); None
    if it can be."""
    if date in PLACEHOLDER_DATES:
        return "a placeholder that systems write for no date"
    if date > (today or dt.date.today()) + dt.timedelta(days=FUTURE_SLACK_DAYS):
        return "in the future"
    return None


# Dates news sites put in their article addresses: /2017/10/06/, /2024-05-20/, _20240520_.
_URL_DATE = re.compile(r"(?<![\d])((?:19|20)\d\d)([/_-]?)(\d\d)\2(\d\d)(?![\d])")


def date_from_url(url: str) -> dt.date | None:
    """The publication date an article's address carries, if it carries one in its path."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.I)
    for m in _URL_DATE.finditer(path):
        y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if _valid(y, mo, d) and (m.group(2) or "/" in path[:m.start() + 1]):
            return dt.date(y, mo, d)
    return None


# Monday to Sunday as Portuguese writes them ("segunda" ... "sexta" alone are ordinals too).
PORTUGUESE_WEEKDAYS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo")
_DATELINE_WORDS = {
    "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
    "segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo", "feira", "de", "às", "h", "em",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm", "at", "of",
    "saat", "utc", "gmt", "trt", "brt", "st", "nd", "rd", "th",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "pzt", "sal", "çar", "per", "cum", "cmt", "paz", "seg", "ter", "qua", "qui", "sex", "sáb", "dom",
    "bst", "cet", "cest", "eet", "eest", "edt", "est", "cdt", "cst", "pdt", "pst", "msk", "et", "tsi",
    # Months as Portuguese and Turkish date lines shorten them ("25 dez 2024", "25 Ara 2024"): words of a
    # date line only; in running text most are words ("20 out of 30", "1 set", "5 ara seçim").
    "fev", "abr", "mai", "ago", "set", "out", "dez",
    "oca", "şub", "nis", "haz", "tem", "ağu", "eyl", "eki", "kas", "ara",
}


def _closest_year(ref: dt.date, month: int, day: int) -> int:
    best = ref.year
    best_gap = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if not _valid(y, month, day):
            continue
        gap = abs((dt.date(y, month, day) - ref).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


# Days named relative to the publication date, as news writes the day of what it reports: weekdays
# (Monday = 0), "yesterday" and "tomorrow". Turkish "pazar" is also "market", so Sunday needs "günü" or
# the like after it; Portuguese "segunda" ... "sexta" are also ordinals, so only their "-feira" forms count.
# "Today" is left out: it says no more than the publication date.
_TR_DAY_WORD = r"(?:\s+(?:günü|akşamı|sabahı|gecesi|öğleden)|['’]\w+)"
# (pattern, language whose tense rules read it, weekday (Monday = 0) or None, days from publication or None)
_RELATIVE_DAYS: list[tuple[re.Pattern[str], str, int | None, int | None]] = [
    # Not a day: papers, shows and feasts named after one ("Sunday Times", "Saturday Night Live", "Good Friday").
    (re.compile(rf"(?<!Black )(?<!Good )(?<!Ash )(?<!Cyber )(?<!Super )(?<!Holy )(?<!Palm )(?<!Easter )(?<!Bloody )(?<!News )"
                rf"\b{word}\b(?!\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Mail|Night Live|Independent|People|Sport|Star|Business))"
                rf"(?!['’]s\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Mail))"), "en", day, None)
    for day, word in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
] + [
    (re.compile(rf"\b{word}{suffix}(?!\w)", re.I), "tr", day, None) for day, word, suffix in (
        (0, "pazartesi", f"{_TR_DAY_WORD}?"), (1, "salı", f"{_TR_DAY_WORD}?"), (2, "çarşamba", f"{_TR_DAY_WORD}?"),
        (3, "perşembe", f"{_TR_DAY_WORD}?"), (4, "cuma", _TR_DAY_WORD), (5, "cumartesi", f"{_TR_DAY_WORD}?"),
        (6, "pazar", _TR_DAY_WORD))
] + [
    (re.compile(rf"\b{word}(?!\w)", re.I), "pt", day, None) for day, word in enumerate(PORTUGUESE_WEEKDAYS)
] + [(re.compile(r"\b(?:yesterday|dün|dünkü|ontem)(?!\w)", re.I), "", None, -1),
     (re.compile(r"\b(?:tomorrow|yarın|yarınki|amanhã)(?!\w)", re.I), "", None, 1)]

# Which way a weekday points. Words next to it: "next Sunday" / "önümüzdeki pazar" / "no próximo domingo"
# (after the publication day), "last Sunday" / "geçen pazar" / "no domingo passado" (before it).
_NEXT_BEFORE = re.compile(r"(?:\bnext|\bthis coming|\bcoming|önümüzdeki|gelecek|haftaya|próxim[oa]|nest[ae] próxim[oa])\s+$", re.I)
_NEXT_AFTER = re.compile(r"^\s+(?:que vem|da próxima semana)\b", re.I)
_LAST_BEFORE = re.compile(r"(?:\blast|geçen|geçtiğimiz|últim[oa]|passad[oa])\s+$", re.I)
_LAST_AFTER = re.compile(r"^\s+passad[oa]\b", re.I)
# Otherwise the nearest verb that shows a tense says (no such verb: the past, as news reports what
# happened; HeidelTime reads weekdays by the sentence's tense the same way). English and Portuguese put
# the verb before the day ("will vote on Sunday", "irão votar no domingo"; "said on Saturday she would",
# "afirmou no sábado que analisará": the nearest one governs), or just after a day that opens its clause
# ("Saturday will be", "Na segunda-feira, causará"); Turkish after it, ending the clause ("pazar günü oy
# kullanacak", "... bekleniyor"; "cumartesi günü gerçekleştirdiği mitingde": past). A Turkish "that it
# will" clause ("düşüneceğini açıkladı") is the main verb's object, not its tense.
_FUTURE = {
    # Lower case: "coach Will Wade said" is a name.
    "en": re.compile(r"\b(?:will|shall|won't|(?:is|are|am|['’]s|['’]re)\s+(?:expected|due|scheduled|set|slated|poised|going|planning)\s+to|"
                     r"(?:is|are)\s+to|(?:plans?|hopes?|aims?|intends?|yet)\s+to|expected\s+to|scheduled\s+(?:to|for))\b|['’]ll\b"),
    "pt": re.compile(r"(?<!\w)(?:vai|vão|irá|irão|deverá|deverão|deve|devem|espera-se|prevê-se|previst[oa]s?\s+para|"
                     r"marcad[oa]s?\s+para|agendad[oa]s?\s+para|(?!verão)[a-zà-ú]+[aeio]rá|(?!verão)[a-zà-ú]+[aeio]rão|"
                     r"[a-zà-ú]+-(?:se|lhe|lhes|o|a|os|as)-(?:á|ão))(?!\w)", re.I),
}
_PAST = {
    "en": re.compile(r"\b(?:said|told|was|were|had|did|took|made|met|came|went|gave|spoke|wrote|left|won|lost|"
                     r"[a-z]{2,}ed)\b", re.I),
    "pt": re.compile(r"(?<!\w)(?:disse|fez|foi|foram|era|eram|esteve|estava|estavam|teve|houve|"
                     r"(?!estou)[a-zà-ú]{2,}ou|[a-zà-ú]{2,}[eé]u|[a-zà-ú]{2,}iu|[a-zà-ú]+(?:aram|eram|iram))(?!\w)", re.I),
}
# "gelecek" is mostly "next" or "future" ("gelecek planları"), "yiyecek" and "içecek" food and drink.
_TR_FUTURE = re.compile(r"^(?!(?:gelecek|yiyecek|içecek)\w*$)"
                        r"(?:\w+[ae]c[ae](?:k|ğ)\w*|bekleniyor\w*|planlanıyor\w*|öngörülüyor\w*|hedefleniyor\w*)$", re.I)
_TR_OBJECT_CLAUSE = re.compile(r"[ae]c[ae]ğ[ıi]n[ıi]$", re.I)  # "-eceğini": "that it will", the object of "said"
# Past and present: a past participle anywhere ("gerçekleştirdiği mitingde"), a finite verb where it ends
# its clause (mid-clause, "-ti" / "-di" is as often a noun's ending: "Cumhuriyeti", "hükümeti").
_TR_PARTICIPLE = re.compile(r"^[a-zçğıöşü]\w+(?:(?:d|t)[ıiuü]ğ\w*|m[ıiuü]ş\w*|(?:[ıiuü]l|l|n|y)[ae]n)$")  # "yapılan referandumda"
_TR_FINITE = re.compile(r"^[a-zçğıöşü]\w+(?:(?:d|t)[ıiuü](?:k|m|n|nız|niz|lar|ler|r)?|[ıiuü]yor\w*)$")
_JOINED = re.compile(r"(?:\s+(?:morning|afternoon|evening|night|günü|sabahı|akşamı))?\s*(?:,|and|or|through|to|until|ve|veya|ile|e|ou|até|a)\s+"
                     r"(?:(?:late|early|on|the|na|no|à|ao)\s+)*", re.I)
_TENSE_WORDS = 15  # how far from the day a verb's tense still governs it
_OPENS_CLAUSE_WORDS = 2  # "On Sunday, ...", "Na segunda-feira, ...", "This Saturday ..."


def _sentence_bounds(para: str, start: int, end: int) -> tuple[int, int]:
    cuts = [0] + [m.end() for m in _SENTENCE_END.finditer(para)] + [len(para)]
    return max(c for c in cuts if c <= start), min((c for c in cuts if c >= end), default=len(para))


def _turkish_verb_after(para: str, end: int, sentence_end: int) -> str | None:
    """The verb that governs a Turkish day ending at ``end``: the first future, participle, or finite verb ending
    its clause after it, to the sentence's end (None: none)."""
    # A quoted name is read through ("adını "Kuzey Makedonya" olarak değiştirip ... oy kullanacak"); at a quote
    # left open the speaker's words begin, and their verbs are not the day's.
    rest = re.sub(r"[\"“][^\"“”]*[\"”]", " ", para[end:sentence_end])
    rest = re.split(r"[\"“”;]|:(?!\d)", rest, maxsplit=1)[0]  # "15:00'da" is a time
    for m in re.finditer(r"[^\W\d_]+(?:['’][^\W\d_]+)?", rest):
        word = m.group(0)
        if _TR_OBJECT_CLAUSE.search(word):
            continue
        if _TR_FUTURE.match(word):
            return word
        ends_clause = re.match(r"\s*(?:[,.;:!?)]|$|(?:ve|ama|fakat|ancak)\s)", rest[m.end():]) is not None
        if _TR_PARTICIPLE.match(word) or (ends_clause and _TR_FINITE.match(word)):
            return word
    return None


def _direction(para: str, start: int, end: int, lang: str) -> str:
    """``after`` / ``before`` (strictly), ``ahead`` (on or after the publication day), ``past`` (on or before)."""
    before, after = para[:start], para[end:]
    if _NEXT_BEFORE.search(before) or _NEXT_AFTER.match(after):
        return "after"
    if _LAST_BEFORE.search(before) or _LAST_AFTER.match(after):
        return "before"
    sentence_start, sentence_end = _sentence_bounds(para, start, end)
    if lang == "tr":
        verb = _turkish_verb_after(para, end, sentence_end)
        return "ahead" if verb is not None and _TR_FUTURE.match(verb) else "past"
    future, past = _FUTURE.get(lang), _PAST.get(lang)
    if future is None or past is None:
        return "past"
    head = " ".join(para[sentence_start:start].split()[-_TENSE_WORDS:])
    signs = [(m.end(), "ahead", m.start()) for m in future.finditer(head)]
    signs += [(m.end(), "past", m.start()) for m in past.finditer(head)
              if not any(f0 <= m.start() < f1 for f1, _, f0 in signs)]  # "expected to" is not a past "expected"
    if signs:
        return max(signs)[1]
    clause = re.split(r"[,;:(]", para[sentence_start:start])[-1]
    if len(clause.split()) <= _OPENS_CLAUSE_WORDS:
        tail = " ".join(re.split(r"[\"“”]", para[end:sentence_end], maxsplit=1)[0].split()[:8])
        tense_after = [(m.start(), "ahead") for m in future.finditer(tail)] + [(m.start(), "past") for m in past.finditer(tail)]
        if tense_after:
            return min(tense_after)[1]
    return "past"


# A day given as before what a report tells: what has held since then ("since Aug. 30", "desde 30 de agosto",
# "30 Ağustos'tan / tarihinden bu yana / beri"), or what had happened on it, in a pluperfect ("had blocked Instagram on Aug. 2",
# "havia bloqueado em 2 de agosto", "2 Ağustos'ta ... engellemişti"). Not "itibaren" ("from"): as often ahead
# ("1 Ocak'tan itibaren ... alınabilir", a FLORES sentence).
_SINCE_BEFORE = {"en": re.compile(r"\b(?:ever\s+)?since\s+(?:the\s+)?$", re.I),
                 "pt": re.compile(r"(?<!\w)desde\s+(?:(?:o\s+)?dia\s+)?$", re.I)}
_SINCE_AFTER_TR = re.compile(r"^(?:\s+\d{4})?(?:['’]?(?:d|t)[ae]n|\s+tarihinden)\s+(?:bu\s+yana|beri)(?!\w)", re.I)
_PLUPERFECT_BEFORE = {
    "en": re.compile(r"\bhad\s+(?:(?:not|already|also|just|been)\s+)*[a-z]+(?:ed|en|wn|ne|t)\b(?P<rest>[^,;]*)$", re.I),
    "pt": re.compile(r"(?<!\w)(?:havia|haviam|tinha|tinham)\s+(?:sido\s+)?[a-zà-ú]+(?:ad|id|st|it)[oa]s?(?!\w)(?P<rest>[^,;]*)$", re.I),
}
_TR_PLUPERFECT = re.compile(r"m[ıiuü]ş(?:t[ıiuü](?:r|k|m|n|lar|ler)?|l[ae]rd[ıi])$", re.I)


_DAY_IN_BRACKETS = re.compile(r"\(\d{1,2}\)")  # "nesta terça-feira (10)"
# A clock time in a sentence ("às 10:15.", "11h00"); with a dot only after a clock's word ("saat 10.50'de"), as
# "10.50%" is a decimal.
_TIME_OF_DAY = re.compile(r"(?<![\d.:,])\d{1,2}(?::\d{2}(?::\d{2})?|h\d{2})(?!\d)|(?<!\w)(?:às|as|at|saat)\s+\d{1,2}\.\d{2}(?!\d)", re.I)


# A day with its month cut to three letters, as datelines write it ("Lisboa, 18 mai 2025 (Lusa)", "12 Eki 2024").
_DAY_SHORT_MONTH = re.compile(
    r"\b\d{1,2}\.?\s+(?:jan|fev|feb|mar|abr|apr|mai|may|jun|jul|ago|aug|set|sep|out|oct|nov|dez|dec|oca|şub|nis|haz|tem|ağu|eyl|eki|kas|ara)"
    r"\.?(?=\s+(?:19|20)\d\d\b|[\s,.;)]|$)", re.I)


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where a text writes a day, a month's year, a year or a clock time: the numbers there count no things."""
    return [m.span() for pattern in (*_PATTERNS, _DAY_SHORT_MONTH, _YEAR_RE, _DAY_IN_BRACKETS, _TIME_OF_DAY) for m in pattern.finditer(text)]


def given_as_past(para: str, start: int, end: int, lang: str | None) -> bool:
    """Whether the day written at ``para[start:end]`` is given as before what the report tells: a report that
    says what has held "since 30 August", or what "had" happened on 2 August, tells of something after it."""
    if lang == "tr":
        if _SINCE_AFTER_TR.match(para[end:]):
            return True
        verb = _turkish_verb_after(para, end, _sentence_bounds(para, start, end)[1])
        return verb is not None and _TR_PLUPERFECT.search(verb) is not None
    since, pluperfect, past = _SINCE_BEFORE.get(lang or ""), _PLUPERFECT_BEFORE.get(lang or ""), _PAST.get(lang or "")
    if since is None or pluperfect is None or past is None:
        return False
    head = para[_sentence_bounds(para, start, end)[0]:start]
    if since.search(head):
        return True
    # The nearest verb before the day governs it ("said on Friday that it had", no; "had blocked it on Aug. 2", yes).
    return (m := pluperfect.search(head)) is not None and past.search(m.group("rest")) is None


# What a report tells of came some days after another happening it names ("two days after Prime Minister Antonio Costa
# resigned", "dois dias depois da demissão de Costa", "Costa'nın istifasından iki gün sonra"): that one is past, so many
# days before the report's own. Not where its verb looks ahead ("will be held ten days after the vote").
_COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6,
                "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6}
_DAYS_AFTER = {
    "en": re.compile(r"(?<!\w)(?P<n>a|one|two|three|four|five|six|\d)\s+(?P<unit>days?|weeks?)\s+after\s+(?=\w)", re.I),
    "pt": re.compile(r"(?<!\w)(?P<n>um|uma|dois|duas|três|quatro|cinco|seis|\d)\s+(?P<unit>dias?|semanas?)\s+(?:depois|após)\s+"
                     r"(?:d[aeo]s?\s+|que\s+|a\s+|o\s+)?(?=\w)", re.I),
    # The ablative the other happening stands in: "istifasından iki gün sonra".
    "tr": re.compile(r"(?<!\w)\w+['’]?(?:d|t)[ae]n\s+(?P<n>bir|iki|üç|dört|beş|altı|\d)\s+(?P<unit>gün|hafta)\s+sonra(?!\w)", re.I),
}
_WEEK_WORDS = ("week", "semana", "hafta")


def days_after_said(para: str, lang: str | None) -> list[tuple[int, str]]:
    """(days, the words) for each other happening ``para`` says its own came that many days after, as past: "two days
    after Costa resigned" (2), "uma semana após o terremoto" (7); none in a sentence that looks ahead."""
    pattern = _DAYS_AFTER.get(lang or "")
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(para):
        # The verb that governs it, as a day's: "said on Thursday, two days after ..." is past.
        if _direction(para, m.start(), m.end(), lang or "") in ("ahead", "after"):
            continue
        n = m.group("n").casefold()
        days = int(n) if n.isdigit() else _COUNT_WORDS[n]
        if m.group("unit").casefold().startswith(_WEEK_WORDS):
            days *= 7
        out.append((days, m.group(0).strip()))
    return out


def given_as_ahead(para: str, start: int, end: int, lang: str | None) -> bool:
    """Whether the day written at ``para[start:end]`` is given as still to come, by the tense of the verb that governs
    it ("the ceremony will be held on 2 March", "A cerimônia será em 2 de março", "2 Mart'ta yapılacak"): what a
    report announces, not what it reports."""
    return lang in ("en", "pt", "tr") and _direction(para, start, end, lang) in ("ahead", "after")


def lead_weekday(texts: list[str]) -> tuple[int, str] | None:
    """The weekday a lead says its happening fell on, for a report with no date to resolve it against ("on Friday",
    "pazar günü", "nesta sexta-feira"): the first weekday in ``texts`` that its words point to the past (or "last
    Friday"), as (weekday, Monday = 0; the words); None where none does."""
    for text in texts:
        hits = sorted((m.start(), m.end(), weekday, lang) for pattern, lang, weekday, _ in _RELATIVE_DAYS
                      if weekday is not None for m in pattern.finditer(text))
        for start, end, weekday, lang in hits:
            if _direction(text, start, end, lang) in ("past", "before"):
                return weekday, text[start:end]
    return None


def _relative_day(published: dt.date, weekday: int | None, direction: str, offset: int | None) -> dt.date:
    """The day a relative mention names: ``offset`` days from publication for "yesterday" (-1) and
    "tomorrow" (+1); else the nearest such weekday on the side ``direction`` says (see :func:`_direction`)."""
    if weekday is None:
        return published + dt.timedelta(days=offset or 0)
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if direction == "before":
        back = back or 7
    if direction == "after":
        ahead = ahead or 7
    return published + dt.timedelta(days=ahead) if direction in ("ahead", "after") else published - dt.timedelta(days=back)


# Where a sentence ends: before a capital, a quote, or a year heading a list entry ("in recent years: 2004: A
# major quake ...", "... in 2005. 2006: A 6.8 magnitude quake ..."). "U.S. officials" reads as an end too, which
# only matters where a year stood right before it.
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*\s+(?=[\"“‘(]?(?:[A-ZÇĞİÖŞÜÂÁÉÍÓÚ]|" + _YEAR + r"\b))"
                           r"|[:;]\s+(?=" + _YEAR + r"\b)")


# What may stand before a year that opens a sentence: "In 2016, on March 3", "Em 2004, no dia 26"
# ("Since 2015 ... on March 3" is the background's year, not the day's).
_YEAR_OPENERS = {"", "in", "em", "no", "na", "during", "durante", "early in", "late in"}


def _year_of_day(para: str, start: int, published: dt.date | None, month: int, day: int,
                 calendar_years: list[int]) -> int | None:
    """The year of a day the text gives without one ("on Dec. 26", "20 de maio"), or None where nothing says it.

    A year that opens the day's sentence is the day's ("2004: A major quake ... on Dec. 26", "In 2016, on
    March 3"): a news report's background lists past events so. Otherwise, with a publication date, the
    year that puts the day nearest to it. Without one, the nearest year written before the day in its
    sentence, then the latest of ``calendar_years``, the years of the paragraph's dates ("chegou a Astana em
    20 de maio ... de julho de 2023 a julho de 2024"). A year written alone is as often the background
    ("desde 2006", "entre 1950 e 1953") or a coming election ("2020 başkanlık seçimleri") as the day's."""
    ends = [m.end() for m in _SENTENCE_END.finditer(para, 0, start)]
    sentence = ends[-1] if ends else 0
    before = list(_YEAR_RE.finditer(para, sentence, start))
    if before and para[sentence:before[0].start()].strip().lower() in _YEAR_OPENERS:
        return int(before[0].group(0))
    if published is not None:
        return _closest_year(published, month, day)
    if before:
        return int(before[-1].group(0))
    return max(calendar_years, default=None)


def find_dates(paragraphs: list[str], published: dt.date | None = None) -> list[DateMention]:
    """Dates mentioned in the text. A day without a year takes the year :func:`_year_of_day` reads
    for it (marked as inferred), or none (``--MM-DD``).
    With a publication date, weekdays, "yesterday" and "tomorrow" are resolved against it (marked as
    relative); a weekday by the tense of its verb and the words beside it ("next", "last")."""
    found: list[tuple[int, int, int, re.Match[str]]] = []
    relative: list[tuple[int, int, str, dt.date]] = []
    for pi, para in enumerate(paragraphs):
        taken: list[tuple[int, int]] = []
        for pattern in _PATTERNS:
            for m in pattern.finditer(para):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append((pi, m.start(), m.end(), m))
        if published is not None:
            hits = sorted((m.start(), m.end(), m.group(0), k) for k, (pattern, _, _, _) in enumerate(_RELATIVE_DAYS)
                          for m in pattern.finditer(para))
            previous: tuple[int, str] | None = None  # where the last weekday ended, and which way it pointed
            for start, end, text, k in hits:
                _, lang, weekday, offset = _RELATIVE_DAYS[k]
                # "Friday, October 5" is the full date's; the weekday adds nothing to it.
                if any(s <= end + 2 and start <= e + 2 for s, e in taken):
                    continue
                direction = "past"
                if weekday is not None:
                    # "late Sunday and early Monday", "salı ve çarşamba": a day joined to the one before points its way.
                    joined = previous is not None and _JOINED.fullmatch(para[previous[0]:start])
                    direction = previous[1] if joined and previous else _direction(para, start, end, lang)
                    previous = (end, direction)
                relative.append((pi, start, text, _relative_day(published, weekday, direction, offset)))

    calendar_years: dict[int, list[int]] = {}
    for pi, _start, _end, m in found:
        if m.group("y"):
            calendar_years.setdefault(pi, []).append(int(m.group("y")))
    mentions: list[DateMention] = []
    for pi, start, _end, m in sorted(found, key=lambda t: (t[0], t[1])):
        month = _MONTH_NUMBER[m.group("m").lower().rstrip(".")]
        year = int(m.group("y")) if m.group("y") else None
        day = int(m.group("d")) if "d" in m.groupdict() and m.group("d") else None
        inferred = False
        if day is None:
            if year is None:
                continue
            mentions.append(DateMention(m.group(0), f"{year:04d}-{month:02d}", "month", pi, offset=start))
            continue
        if year is None:
            year = _year_of_day(paragraphs[pi], start, published, month, day, calendar_years.get(pi, []))
            inferred = published is None
        if year is None:
            if _valid(2000, month, day):
                mentions.append(DateMention(m.group(0), f"--{month:02d}-{day:02d}", "day", pi, offset=start))
            continue
        if not _valid(year, month, day):
            continue
        mentions.append(DateMention(m.group(0), f"{year:04d}-{month:02d}-{day:02d}", "day", pi, inferred, offset=start))
    mentions += [DateMention(text, day.isoformat(), "day", pi, relative=True, offset=start) for pi, start, text, day in sorted(relative)]
    return mentions
