"""The cleaning pipeline: raw page text in, one clean Article out, with a record of every removal."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from xlnews.corpora import furniture as fur
from xlnews.corpora.dates import (
    byline_name, date_from_url, find_dates, implausible_publication, parse_date_line, time_only_line, wire_dateline_date,
)
from xlnews.corpora.homoglyphs import Repair, repair_homoglyphs, script_of
from xlnews.corpora.langid import LangGuess, get_identifier, language_code
from xlnews.errors import InputError
from xlnews.records import Article, Removal

# Bump when a rule changes: cached cleaning results keyed on an older version are recomputed.
CLEANER_VERSION = "65"  # 3: publication dates from feeds' formats and article addresses; 4: language labels read as codes; 5: HTML in JSON text fields; 6: weekdays and "yesterday" resolved against the publication date; 7: a weekday by its verb's tense, "tomorrow"; 8: a text of short lines only is kept as a flash; 9: navigation bars and boxes of related headlines; 10: date lines with update times, bylines, clock zones; page buttons; 11: a day's year from its own sentence and paragraph, not the latest year the text names; 12: Chinese, Japanese and Thai text counted in words, not taken for page furniture; 13: UTF-16 read (a failure is cached too); 14: Tibetan counted as unspaced text; 15: a menu ends at a headline, site notices of any length, bylines before the text; 16: section labels, wire credit lines, "Por g1", "há um ano"; 17: "By admin in News on July 4, 2024"; 18: Title Case English headlines after a menu, "and" joins menu labels; 19: a quotation's end is no trailer, two-line menus, Turkish verb-final headlines, the headline kept where the lead repeats it; 20: a dateline's place on a line of its own; 21: titles of up to 30 words; 22: notices and credit lines told from sentences that begin alike; 23: a page title line above the menu, the site's name after a title; 24: an HTML page's title without the site's name after a bar; 25: "Reporter:" and "Reportagem:" date lines; 26: each date mention keeps where in its paragraph it stands; 27: breaking-news tickers above the headline; 28: a ticker over text that tells another story, where no headline is under it; 29: placeholder and future publication dates ignored; 30: a record's relative "published" ignored, MongoDB's wrapped dates read; 31: "Por que ..." after the text is no byline, a trailer byline's author without "Por"; 32: a long line of menu labels over a known entry is no hard-wrapped prose, readers' comments under a comments header, other articles' teasers in a links box that ends the page, abbreviated months and "14h30" in date lines, a time without its day ("Updated 3 hours ago"), the author's name alone beside the date line, photo captions by their label or credit ("Image caption, ...", "... — Foto: Reuters"), AA's subscription line, an editor's line's name without its label, Portugal's words for a page's buttons and boxes, more buttons and box headers between paragraphs; 33: a date line in figures alone ("20.05.2024 10:15") or ending the menu dates the page, a menu in one line, a short last sentence is no site name; 34: a date line's fields run together ("14h35Atualizada em"), a clock's zone before its day; 35: a site's name over the headline, a short headline ending the menu's lines over the text, the author's name past buttons and their desk under it; 36: a site's name of three words and a section under it, a byline and the author's role inside a date line, "Name in City" bylines, a clock's zone alone; 37: the update's date line under the publication's, a date line right after the text where none is at the top, a byline's label alone over the name, a site's name over a headline of three words; 38: a links header's headline that asks ("READ MORE: Who could be the next pope?"); 39: an unlabelled author's name beside the date in its line (AA); 40: the date line after the text only right under it; 41: a page's read counters and reading times; 42: a short last sentence that asks something of the reader is the site's; 43: a site's description of itself ("Official website of ..."), "Author:" bylines, an update in brackets and "güncellendi" in date lines; 44: a desk's credit line with its agency ("DAILY SABAH WITH AA", "Guardian staff and agencies"); 45: the site's date of today over its menu or headline does not date the page; 46: an HTML page's date from its markup only, not a copyright line or the date in its header; 47: "postado em" date lines, an update's time after "às"; 48: "Do UOL, em São Paulo" bylines, BBC Türkçe's and BBC Brasil's caption labels, skip links in German and Portuguese; 49: a headline in capitals word by word over the date line and byline that end the menu's run (RFE/RL), a section joined by "&", calls to save or follow as long as sentences, a caption's credit after a slash; 50: a caption's credit after its last sentence ("... 2023. Foto: Kremlin.ru"); 51: a date line over share buttons alone is the article's, not the site's day over its navigation; 52: a block of long lines with a date line among them is no hard-wrapped paragraph; 53: "publishedAt" and other date fields, a news API's "[+2345 chars]" cut-off marker; 54: a wire dateline with its year dates the report ("Lisboa, 10 mar 2024 (Lusa) -"); 55: its place's particles in lower case ("Rio de Janeiro, ..."); 56: readers' comments stamped with the day and time they were posted ("Ahmet 22.05.2024 08:12 ..."), copyright footers of any length, publishers' correction notices, agencies' credits ("... contributed.", "Com informações da Reuters"), boxes of topic tags, a closed comment box's notice; 57: a year run into the clock in a date line ("May 20, 20243:42 PM"), calls after an emoji ("✅ Clique aqui para seguir o canal ..."), links to videos below the second paragraph, "... YouTube'dan takip edin."; 58: "Reporting from Warsaw" under the byline, a clock with its zone and no day ("Updated 8:02 a.m. ET"), which no longer reads as a headline that ends the menu, the print edition's line; 59: a desk named with its site ("NTV - Haber Merkezi", "Sözcü Dijital", "Agência Lusa", the label "Texto"), a comment box's rules ("... yorumlar onaylanmamaktadır.", "HABERE YORUM KAT"); 60: a byline's agency by name ("By Euronews with AP"), a desk with its address ("... haber@haberturk.com"), Folha's newsletter call; 61: a headline over its date line in one block is no hard-wrapped paragraph ("... gözaltına alındı" over "30.10.2024 - 09:41"), a site's name with its edition ("g1 DF"); 62: a video's link right under the lead where the headline is given apart (an HTML page's); 63: a short headline over the date line that ends the menu's run ("Okullar açıldı" over "20.05.2024 10:15"); 64: the site's boast under its name at the page's head ("Euronews is the most watched ..."); 65: a WordPress feed's footer ("The post ... appeared first on ...")

_SHORTEST_ARTICLE_WORDS = 3  # "Só uma frase." is an article; a lone site name of one or two words is not

# Languages a detector confuses with these on short text; a paragraph is only called one of
# them inside an article of the other on strong evidence.
_RELATIVES = {"tr": {"az", "crh", "tk", "gag", "ku"}, "pt": {"gl", "es", "ca", "it"}, "en": {"sco"}}


@dataclass
class CleanOptions:
    detector: str = "fasttext"
    remove_foreign: bool = True
    foreign_min_words: int = 4
    foreign_min_confidence: float = 0.6


def _main_script(text: str) -> str:
    counts: dict[str, int] = {}
    for ch in text:
        script = script_of(ch)
        if script:
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else "?"


def clean_text(
    raw: str,
    article_id: str,
    *,
    source: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
    author: str | None = None,
    lang: object = None,  # as the collection labels it: "pt-BR", "por", "Turkish"
    options: CleanOptions | None = None,
    prior_removals: list[Removal] | None = None,
) -> Article:
    """Cleans page text into an Article. ``title``/``published``/... given by the caller (from
    HTML metadata or a JSONL record) win over what the text itself suggests."""
    opts = options or CleanOptions()
    name = source or article_id
    warnings: list[str] = []
    if cut := _CUT_OFF.search(raw):
        raw = raw[:cut.start()]
        warnings.append(f"the text is cut off: {cut.group(1)} characters more were not given (a news API's preview), "
                        "so it is compared on its start only")
    lines = fur.split_paragraphs(raw)
    if not lines:
        raise InputError(f"{name}: no text")
    drop: dict[int, Removal] = {}

    def plausible(date: dt.date | None, where: str) -> dt.date | None:
        # A placeholder or a future day would date the report decades or years from its event's others.
        if date is not None and (why := implausible_publication(date)):
            warnings.append(f"publication date {date.isoformat()} {where} is {why}: ignored")
            return None
        return date

    published = plausible(published, "given")

    def remove(i: int, reason: str, detail: str = "") -> None:
        if i not in drop:
            drop[i] = Removal(lines[i].text, reason, detail, lines[i].line)

    def kept() -> list[int]:
        return [i for i in range(len(lines)) if i not in drop]

    def next_kept(i: int) -> int:
        """The first line kept after line ``i``, or -1."""
        return min((k for k in kept() if k > i), default=-1)

    def first_lines() -> list[int]:
        # The first six lines kept, or dropped only as another language: a line of numbers and a label
        # or two, or a name, is no language, and the detector's guess for it does not count. Or as no
        # text: "20.05.2024 10:15", a date line in figures alone, is how many Turkish sites date a page.
        return [i for i in range(len(lines)) if i not in drop or drop[i].reason in ("foreign_language", "no_text")][:6]

    # Language first: a paragraph in another language (a spam footer, a pasted quote) is not
    # article text, and must not count as the article's last body paragraph below.
    detector = get_identifier(opts.detector)
    guesses = [detector.identify(ln.text) for ln in lines]
    lang = _choose_language(lang, lines, guesses, warnings)
    main_script = _main_script(" ".join(ln.text for ln in lines if fur.is_body(ln.text)) or raw)
    line_langs = []
    for i, (ln, g) in enumerate(zip(lines, guesses)):
        n = fur.words(ln.text)
        script = _main_script(ln.text)
        other_script = n >= 3 and script != "?" and script != main_script
        confident = g.confidence >= (0.9 if g.lang in _RELATIVES.get(lang, ()) else opts.foreign_min_confidence)
        foreign = g.lang != lang and (other_script or (confident and n >= opts.foreign_min_words))
        line_langs.append(g.lang if foreign else lang)
        if foreign and opts.remove_foreign:
            remove(i, "foreign_language", f"{g.lang} ({g.confidence:.2f}) in a {lang} article")
    if opts.remove_foreign and not any(fur.is_body(lines[i].text) for i in kept()):
        # Every body paragraph "foreign" means the detector, not the page, is wrong (a short text
        # full of names): keep the ones in the article's script, and say so.
        for i, r in list(drop.items()):
            if r.reason == "foreign_language" and _main_script(lines[i].text) == main_script:
                del drop[i]
                line_langs[i] = lang
                warnings.append(f"kept line {lines[i].line}, which the language detector took for {r.detail}")

    for i in fur.leading_menu(lines, lang):
        remove(i, "menu", "navigation menu at the top of the page")
    # Comments first: a links box often stands above them, and their sentences would be text after it.
    _remove_readers_comments(lines, kept(), remove)
    _remove_related_links(lines, kept(), remove)
    for i in kept():
        if reason := fur.site_sentence(lines[i].text):
            remove(i, reason, "photo caption" if reason == "credit" else "site notice")
    # Below the text's second paragraph only: a headline may carry the label ("VÍDEO: carro cai em rio"), and a
    # ticker above it reads as a paragraph. Below the first where the headline is given apart (an HTML page's, a
    # record's title): a g1 page's video link under the lead stayed text.
    body_lines = [i for i in kept() if fur.is_body(lines[i].text)]
    after = 0 if title is not None else 1
    for i in kept():
        if len(body_lines) > after and i > body_lines[after] and fur.video_link(lines[i].text):
            remove(i, "related_links", "a link to a video")

    body_idx = [i for i in body_lines if i not in drop]
    if len(body_idx) > 1 and _describes_the_site(lines[body_idx[-1]].text, lines[0].text):
        remove(body_idx.pop(), "site_name", "the site's description of itself")
    last_body = body_idx[-1] if body_idx else -1
    for i in kept():
        text = lines[i].text
        reason = fur.no_text_reason(text)
        if reason:
            remove(i, reason)
        elif i > last_body and fur.is_short(text, 12) and (reason := fur.trailer_reason(text)) is not None:
            if reason == "byline" and author is None:
                author = byline_name(text) or fur.strip_byline_source(text)  # "Por Maria Silva": Maria Silva
            if reason == "source_line" and url is None:
                url = fur.first_url(text)
            remove(i, reason, "after the article text")
        elif reason := fur.phrase_reason(text):
            remove(i, reason, "navigation links" if fur.is_navigation(text) else "site phrase")
    if last_body < 0:
        # With no running text there is no trailer: a news flash or a headline-only item ("Breaking:
        # Earthquake hits Chile") is the whole article, not a site name after it. Lines that matched a
        # known site phrase, a byline or a source line stay removed.
        guessed = [i for i, r in drop.items() if r.reason == "site_name"]
        if not kept() and sum(fur.words(lines[i].text) for i in guessed) >= _SHORTEST_ARTICLE_WORDS:
            for i in guessed:
                del drop[i]
        if kept():
            warnings.append("no paragraph of running text: the short lines were kept as the article "
                            "(a headline or news flash?)")

    # The publication line, among the first lines (with an update time or a byline beside it). Not the site's
    # date of today over its menu or the headline ("Segunda-feira, 7 de dezembro de 2026"): the day the page was
    # read, not published, which dated an old report years from its event's others.
    date_lines = {i: found for i in first_lines() if (found := parse_date_line(lines[i].text)) is not None}
    todays = {i for i in date_lines if _above_menu(i, drop) or _over_an_earlier_date(i, date_lines, drop)}
    for i in first_lines():
        found = date_lines.get(i)
        if i in todays:
            drop.pop(i, None)
            remove(i, "dateline", "the site's date of today, above its menu or headline")
        elif found is not None:
            date, byline = found
            if byline is None:
                # An unlabelled name beside the date ("Ahmet Yılmaz |21.04.2025 - Güncelleme : 21.04.2025", as AA prints it).
                byline = next((named for part in lines[i].text.split("|") if (named := _author_line(part))), None)
            drop.pop(i, None)
            remove(i, "dateline", date.isoformat())
            published = published or plausible(date, "in the page's date line")
            author = byline or author  # the date line's byline over an editor's line after the text
            # The author's name alone on the line next to it ("Ahmet Yılmaz", "Maria Silva - Brasília"):
            # a person the report would otherwise name, shared by every report of theirs.
            # Not the headline: the first line kept, or the given title repeated ("Ahmet Yılmaz Okulunu Açtı").
            # Buttons between them count for nothing ("21 April 2025", "Share", "Save", "Jane Smith", as BBC
            # pages run).
            given = title.casefold().strip() if title is not None else None
            left = kept()
            near = [k for k in (max((k for k in left if k < i), default=-1), next_kept(i))
                    if k >= 0 and (lines[k].text.casefold().strip() != given if given is not None else k != min(left, default=-1))]
            for k in near:
                if named := _author_line(lines[k].text):
                    remove(k, "byline", "the author's name beside the date line")
                    author = author or named
                    # Their desk on the next line, under the name ("BBC News, Rome").
                    desk = next_kept(k)
                    if k > i and desk >= 0 and _desk_line(lines[desk].text):
                        remove(desk, "byline", "the author's desk, under their name")
                    break
            break
    # The update's own date line under the publication's ("Son Güncelleme: 21.04.2025 11:02"), and a time with
    # no day beside it ("Updated 3 hours ago", "Atualizado há 2 horas").
    for i in first_lines():
        if i not in drop and parse_date_line(lines[i].text) is not None:
            remove(i, "dateline", "another date line (an update)")
        elif i not in drop and time_only_line(lines[i].text):
            remove(i, "dateline", "a time without its day")
    # With none at the top, the date line right under the text, where some sites print it ("April 21 2025
    # 10:15:00" under Hürriyet Daily News's text); the line under it may be another article's, in a box of links.
    if published is None and 0 <= last_body < len(lines) - 1 and (found := parse_date_line(lines[last_body + 1].text)) is not None:
        drop.pop(last_body + 1, None)
        remove(last_body + 1, "dateline", "after the article text")
        published = plausible(found[0], "in the page's date line")
        author = author or found[1]
    # A byline on its own line at the top ("Por Redação, com agências", "By Jane Doe"), after a
    # subtitle as often as before it.
    for i in first_lines():
        named = byline_name(lines[i].text)
        if named:
            drop.pop(i, None)
            remove(i, "byline", "before the article text")
            author = author or named
        elif i not in drop and _BYLINE_LABEL_ALONE.fullmatch(lines[i].text.strip()):
            # The label on a line of its own, the name on the next ("Texto", then "Maria Silva", as Observador prints it).
            under = next_kept(i)
            if under >= 0 and (named := _author_line(lines[under].text)):
                remove(i, "byline", "before the article text")
                remove(under, "byline", "before the article text")
                author = author or named
    if published is None and url:
        published = plausible(date_from_url(url), "in its address")  # many sites date their addresses: /2017/10/06/...

    _remove_tickers(lines, drop, title, remove)

    # Repeated or truncated copies of another paragraph (teasers, captions printed twice). The first
    # line, unpunctuated, is the headline even where the lead repeats it and goes on (many sites lead
    # with the headline's words): it stays, to be the title.
    norm = {i: " ".join(lines[i].text.casefold().split()) for i in kept()}
    headline = next(iter(norm), None)
    for i in list(norm):
        for j in norm:
            if i == j or j in drop:
                continue
            a, b = norm[i], norm[j]
            truncated = len(a) < len(b) and b.startswith(a) and fur.words(a) >= 3 \
                and not (i == headline and title is None and not fur.ends_sentence(a))
            if truncated and j == headline and fur.site_name_tail(lines[j].text) and b[len(a):].strip()[:1] in "-–—|":
                # The page's title line, the headline and the site's name ("... yaptı - Haber7"), above
                # the headline itself: the title line goes.
                remove(j, "site_title", "the page title: the headline and the site's name")
                continue
            if (a == b and j < i) or truncated:
                remove(i, "duplicate", f"repeats line {lines[j].line}")
                break

    title, body = _headline_and_text(lines, kept(), title, remove)
    if not body:
        n = sum(fur.words(ln.text) for ln in lines)
        if n < _SHORTEST_ARTICLE_WORDS:  # a headline of two words, a site's name: nothing was taken from a page
            raise InputError(f"{name}: {n} word{'s' if n != 1 else ''} of text, too short to be an article "
                             f"(the least is {_SHORTEST_ARTICLE_WORDS})")
        raise InputError(f"{name}: no article text left after cleaning (page-furniture lines removed: {len(drop)})")

    repairs: list[Repair] = []
    if title:
        title, repairs = repair_homoglyphs(title, paragraph=-1)
    paragraphs = []
    for pi, i in enumerate(body):
        text, rep = repair_homoglyphs(lines[i].text, paragraph=pi)
        paragraphs.append(text)
        repairs.extend(rep)

    if published is None and paragraphs:
        # A wire report's dateline with its year: the day it was filed ("Lisboa, 10 mar 2024 (Lusa) - ...").
        published = plausible(wire_dateline_date(paragraphs[0]), "in its wire dateline")
    dates = find_dates(([title] if title else []) + paragraphs, published)
    if title:
        # find_dates counted the title as paragraph 0; records number the title -1.
        for d in dates:
            d.paragraph -= 1
    removed = list(prior_removals or []) + sorted(drop.values(), key=lambda r: r.line or 0)
    return Article(
        id=article_id,
        lang=lang,
        title=title,
        paragraphs=paragraphs,
        published=published.isoformat() if published else None,
        source=source,
        url=url,
        author=author,
        paragraph_langs=[line_langs[i] for i in body],
        dates=dates,
        removed=removed,
        repairs=repairs,
        warnings=warnings,
        meta={"cleaner": CLEANER_VERSION, "lines": [lines[i].line for i in body]},
    )


_AUTHOR_PARTS = re.compile(r"\s+[-–—|/]\s+|,\s*|\s+(?:in|em)\s+(?=[A-ZÇĞİÖŞÜÁÉÍÓÚÂÊÔ])")  # "Angela Giuffrida in Rome"
_NAME_PARTICLES = frozenset("da de do dos das e van von bin al el".split())


# A news API's preview of an article ends in how much more there was: "… [+2345 chars]" (NewsAPI's "content").
_CUT_OFF = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+(\d+) chars\]\s*$")


def _author_line(text: str) -> str | None:
    """The name on a line that is a person's name and nothing else, or that and a place or desk after a
    dash or comma ("Ahmet Yılmaz", "Maria Silva - Brasília", "Jane Doe, Reuters"); its first word must
    be a given name, so that a place ("Rio de Janeiro") or a section ("Dünya Haberleri") is no author."""
    text = text.strip()
    if not text or any(c.isdigit() for c in text) or fur.ends_sentence(text):
        return None
    name, *rest = _AUTHOR_PARTS.split(text)
    words = name.split()
    if not 2 <= len(words) <= 4 or any(fur.words(part) > 3 for part in rest):
        return None
    if not all(w[:1].isupper() or w in _NAME_PARTICLES for w in words) or not words[-1][:1].isupper():
        return None
    from xlnews.names.keys import is_given_name, name_key  # the name tables load only when a line may be a name

    return name if is_given_name(name_key(words[0])) else None


_BYLINE_LABEL_ALONE = re.compile(r"(?i)(?:texto|por|by|reportagem|yazar|muhabir|haber|editör|editor|words)\s*:?")


def _above_menu(i: int, drop: dict[int, Removal]) -> bool:
    """Whether line ``i`` stands over the page's navigation menu: a menu line with a section's name within the
    three lines under it (a city's weather may stand between, "İstanbul 12°C"; share buttons are no navigation:
    a date line over them is the article's), and no line above it but furniture."""
    return (all(k in drop for k in range(i))
            and any(k in drop and drop[k].reason == "menu" and fur.names_a_section(drop[k].text) for k in range(i + 1, i + 4)))


def _over_an_earlier_date(i: int, date_lines: dict[int, tuple[dt.date, str | None]], drop: dict[int, Removal]) -> bool:
    """Whether date line ``i`` (``date_lines``: each line's date and byline) stands over a line of text (the
    headline) with an earlier date line under it."""
    return any(j > i and later < date_lines[i][0] and any(k not in drop and k not in date_lines for k in range(i + 1, j))
               for j, (later, _) in date_lines.items())


def _describes_the_site(last: str, first: str) -> bool:
    """Whether the text's last sentence is the site's boast under the site's name that heads the page ("euronews", then
    at the end "Euronews is the most watched news channel in Europe."): the name, "is" or "é", an article."""
    name = first.strip()
    return (_site_name_line(name) and fur.words(last) <= 20
            and re.match(rf"{re.escape(name)}\s+(?:is|é)\s+(?:the|an?|o|um|uma)\s", last.strip(), re.I) is not None)


def _site_name_line(text: str) -> bool:
    """One word, or up to three capitalised but for a particle ("BBC News", "Folha de S.Paulo", "The Guardian"),
    or a site's name of letters and digits ("g1 DF", the site and its city's edition)."""
    split = text.split()
    return not fur.ends_sentence(text) and (len(split) == 1 or (len(split) <= 3 and split[-1][:1].isupper() and all(
        w[:1].isupper() or w in _NAME_PARTICLES or _LETTERS_AND_DIGITS.fullmatch(w) for w in split)))


_LETTERS_AND_DIGITS = re.compile(r"[a-z]{1,3}\d{1,3}")  # "g1", "r7": a site's name, not a word of a headline


def _section_line(text: str) -> bool:
    """A page's section under the site's name: a known one, a breadcrumb ("News|Religion"), three words at
    most that end no sentence ("World news"), or capitalised words joined by "&" ("Russian Politics & Diplomacy")."""
    return (text.strip().casefold() in fur.SECTION_LABELS or bool(re.search(r"\w\s*[|›>»]\s*\w", text))
            or (fur.words(text) <= 3 and not fur.ends_sentence(text))
            or (" & " in text and fur.words(text) <= 6 and all(w[:1].isupper() for w in text.split() if w != "&")))


def _desk_line(text: str) -> bool:
    """A desk and its city under a byline's name: "BBC News, Rome", "Reuters, Istanbul"; four words at most."""
    text = text.strip()
    return ("," in text and fur.words(text) <= 4 and not any(c.isdigit() for c in text) and not fur.ends_sentence(text)
            and all(w[:1].isupper() for w in text.replace(",", " ").split()))


def _headline_and_text(lines: list[fur.Line], body: list[int], title: str | None, remove) -> tuple[str | None, list[int]]:
    """The title (the given one, else the first short unpunctuated line) and the lines of text under it,
    less the section's name above the headline and a dateline's place on a line of its own."""
    if title is not None and body and " ".join(lines[body[0]].text.casefold().split()) == " ".join(title.casefold().split()):
        remove(body[0], "title", "the headline repeated above the text")
        body = body[1:]
    # A site's name above the section and the headline ("g1", then "Mundo", then "Morre o papa Francisco, aos
    # 88 anos"): one word, or up to three capitalised ("BBC News", "Folha de S.Paulo"), over a headline of three
    # words or more is no title; the headline under it is. A short headline has a word in lower case ("Okullar açıldı").
    if title is None and len(body) > 2 and _site_name_line(lines[body[0]].text):
        def headline_at(k: int) -> bool:
            return 3 <= fur.words(lines[body[k]].text) <= 25 and _may_be_title(lines[body[k]].text)

        # The headline under a section ("World news"), or right under the site's name ("Papa Franciscus öldü").
        under = next((k for k in ((2, 1) if len(body) > 3 and _section_line(lines[body[1]].text) else (1,)) if headline_at(k)), 0)
        if under:
            remove(body[0], "site_title", "the site's name above the headline")
            if under == 2:
                remove(body[1], "menu", "the page's section above the headline")
            body = body[under:]
    # A section's name above the headline ("Dünya", "World") is no title.
    if len(body) > 2 and lines[body[0]].text.strip().casefold() in fur.SECTION_LABELS and 3 <= fur.words(lines[body[1]].text) <= 25 \
            and not fur.ends_sentence(lines[body[1]].text):
        remove(body[0], "menu", "the page's section above the headline")
        body = body[1:]
    # Title: the first line where it may be a headline, with text after it.
    if title is None and len(body) > 1 and _may_be_title(lines[body[0]].text):
        title = fur.without_site_name(lines[body[0]].text)
        body = body[1:]
    # A dateline's place alone on its line under the headline or the subtitle ("Astana", then the
    # text, as agencies write it): one capitalised word before a paragraph is no paragraph.
    for k in range(min(2, len(body) - 1) if title is not None else 0):
        place = lines[body[k]].text.strip()
        if (_ONE_CAPITALISED_WORD.fullmatch(place) or _PLACE_IN_CAPITALS.fullmatch(place)) and fur.is_body(lines[body[k + 1]].text):
            remove(body[k], "dateline", "the dateline's place, on a line of its own")
            body = body[:k] + body[k + 1:]
            break
    return title, body


# Portuguese headlines run long.
_TITLE_MAX_WORDS = 30


def _may_be_title(line: str) -> bool:
    """A line that may be a headline: 30 words at most, not ending in a full stop, comma or semicolon
    (a question or an exclamation may be one)."""
    return fur.words(line) <= _TITLE_MAX_WORDS and not line.rstrip("”\"’'»)」』）").endswith((".", ",", ";", "。", "，", "；", "！", "？"))


_ONE_CAPITALISED_WORD = re.compile(r"[A-ZÇĞİÖŞÜÂÁÉÍÓÚÃÕ][\w’'-]+")
# Or in capitals, up to three words: "VATICAN CITY", "RIO DE JANEIRO".
_PLACE_IN_CAPITALS = re.compile(r"[A-ZÇĞİÖŞÜÂÁÉÍÓÚÃÕÊÔ][A-ZÇĞİÖŞÜÂÁÉÍÓÚÃÕÊÔ’'.-]+(?:\s+[A-ZÇĞİÖŞÜÂÁÉÍÓÚÃÕÊÔ’'.-]+){1,2}")


def _remove_related_links(lines: list[fur.Line], kept: list[int], remove) -> None:
    """A box of other articles' headlines ("Leia também:", then a headline a line): the header and
    the headlines under it. A header alone in its block of lines lists the headlines that follow,
    as far as they read as headlines (a page from HTML has every line in its own block); one with
    lines under it in its block lists those only, so a subheading after the box stays text."""
    taken: set[int] = set()
    for n, i in enumerate(kept):
        if i in taken or not fur.related_header(lines[i].text):
            continue
        remove(i, "related_links", "header of links to other articles")
        if fur.related_header_rest(lines[i].text):
            continue  # "LEIA MAIS: <one headline>": the link is on the header's own line
        box = _teaser_box([lines[j].text for j in kept[n + 1:]])
        following = kept[n + 1:n + 1 + max(box, fur.RELATED_MAX_HEADLINES)]
        in_block = bool(following) and lines[following[0]].block == lines[i].block
        for k, j in enumerate(following):
            if k < box:
                taken.add(j)
                remove(j, "related_links", f"another article's {'headline' if fur.is_headline_link(lines[j].text) else 'teaser'}, "
                                           f"under {lines[i].text.strip()!r}")
                continue
            if ((in_block and lines[j].block != lines[i].block) or not fur.is_headline_link(lines[j].text)
                    or fur.phrase_reason(lines[j].text)):
                break
            taken.add(j)
            remove(j, "related_links", f"headline of another article, under {lines[i].text.strip()!r}")


# The longest line that is another article's teaser under its headline, in words: one sentence of a lead.
TEASER_MAX_WORDS = 50
# A sentence ending inside a line, another starting after it: a paragraph, not a teaser ("St. Petersburg"
# reads so too, which keeps such a line: the safe side).
_SENTENCE_INSIDE = re.compile(r"[.!?…][\"”’»)]*\s+[\"“«(]?[A-ZÇĞİÖŞÜÁÉÍÓÚÂÊÔÃÕ]")


def _teaser_box(texts: list[str]) -> int:
    """How many of the lines under a links header are a box of other articles' headlines, each with
    its teaser under it ("Tokayev Moskova'da Putin ile görüştü", then a sentence of that story), where
    the box ends the page: two headlines or more, two teasers among them, and no text after the box
    (the article's own subheadings and one-sentence paragraphs read so too, and a box in the middle of
    the text has text after it). 0 where they are not."""
    k = headlines = teasers = 0
    while k < len(texts) and fur.is_headline_link(texts[k]) and not fur.phrase_reason(texts[k]):
        headlines += 1
        k += 1
        if k < len(texts) and fur.ends_sentence(texts[k]) and not fur.is_headline_link(texts[k]) \
                and fur.words(texts[k]) <= TEASER_MAX_WORDS and not _SENTENCE_INSIDE.search(texts[k]):
            teasers += 1
            k += 1
    # A site's notices after the box read as sentences ("Bültenimize abone olun, ..."): they are not text.
    if headlines < 2 or teasers < 2 or any(fur.is_body(t) and not fur.site_sentence(t) for t in texts[k:]):
        return 0
    return k


# How far under a comments header the first comment's frame (its posting time, its buttons) must be.
COMMENT_MARKER_WITHIN = 4


def _remove_readers_comments(lines: list[fur.Line], kept: list[int], remove) -> None:
    """Readers' comments under the article: a comments header ("Yorumlar (3)", "Comentários", "5
    Comments") after the text, and a comment's frame within a few lines under it (who posted it and
    when, "Ahmet Y. 2 saat önce"; its buttons, "Yanıtla"). Everything from the header on is the
    readers', not the report's: their sentences read as text, and named people and places in them
    would be the article's. A header with no comment under it (an empty box) is left to the phrase
    rules; one above the text (a count beside the date line) has no text before it."""
    for n, i in enumerate(kept):
        if fur.phrase_reason(lines[i].text) != "comments" or not fur.is_short(lines[i].text, 8):
            continue
        if sum(fur.is_body(lines[k].text) for k in kept[:n]) < 2:
            continue
        if not any(fur.comment_marker(lines[k].text) for k in kept[n + 1:n + 1 + COMMENT_MARKER_WITHIN]):
            continue
        for k in kept[n:]:
            remove(k, "comments", "readers' comments after the article")
        return


# The lines under a ticker with no headline of the page's own below it that must tell another story
# for it to be another story's ticker: a story's own breaking headline shares its words with its lead.
TICKER_TEXT_LINES = 3


def _remove_tickers(lines: list[fur.Line], drop: dict[int, Removal], title: str | None, remove) -> None:
    """Breaking-news tickers at the top of the page ("SON DAKİKA: <another story's headline>", or the label
    alone on its line and the headline under it), before the article's own headline. A ticker's
    headline would become the title, and its people and places the article's. Its own breaking story's
    headline carries the label too: a ticker goes only where a headline follows it (or the page's title
    is given) that shares at most one content word with it, and text follows that; or, with no headline
    under it, where the label is on the ticker's line and the ticker shares at most one content word
    with the first lines of the text."""
    run: list[tuple[int, str]] = []
    labelled = False  # the line before was the label alone ("SON DAKİKA", often already dropped as a menu entry)
    for i in range(len(lines)):
        rest = fur.ticker_rest(lines[i].text)
        if i in drop:
            labelled = rest == ""
            continue
        if rest:
            run.append((i, rest))
        elif rest == "":
            run.append((i, rest))
            labelled = True
            continue
        elif labelled and fur.words(lines[i].text) <= _TITLE_MAX_WORDS:
            run.append((i, lines[i].text))
        else:
            break
        labelled = False
    if not run:
        return
    after = [i for i in range(run[-1][0] + 1, len(lines)) if i not in drop]
    if not after or not any(fur.is_body(lines[i].text) for i in after):
        return
    own = lines[after[0]].text
    if title is None and not _may_be_title(own):
        # No headline under it: the ticker's line is this page's headline, if the text under it tells its
        # story. A page whose own headline reads as a sentence ("Labour is no longer a broad church.")
        # otherwise had another story's ticker for its title (bench_align_pages.py --tickers).
        # Only a label on the ticker's own line: a line under a label alone ("Son Dakika", often a menu's
        # entry) is as likely the page's own short headline.
        inline = all(rest and fur.ticker_rest(lines[i].text) for i, rest in run)
        told = set().union(*(fur.stems(lines[i].text) for i in after[:TICKER_TEXT_LINES]))
        if not inline or any(len(fur.stems(rest) & told) > 1 for _, rest in run):
            return
        above = "the article's text"
    else:
        headline = fur.stems(title if title is not None else own)
        for _, rest in run:
            if len(fur.stems(rest) & headline) > 1:
                return  # the page's own breaking story: its headline under the label, a subtitle restating it
        above = "the article's own"
    for i, _ in run:
        remove(i, "related_links", f"a breaking-news ticker: another story's headline above {above}")


def _article_language(lines: list[fur.Line], guesses: list[LangGuess]) -> tuple[str, float, int]:
    """The language most of the article's body words are in (menus and labels do not vote), its
    share of the words, and how many words voted."""
    weight: dict[str, float] = {}
    voters = [(ln, g) for ln, g in zip(lines, guesses) if fur.is_body(ln.text)] or list(zip(lines, guesses))
    for ln, g in voters:
        weight[g.lang] = weight.get(g.lang, 0.0) + fur.words(ln.text) * g.confidence
    lang = max(weight, key=weight.__getitem__)
    return lang, weight[lang] / (sum(weight.values()) or 1.0), sum(fur.words(ln.text) for ln, _ in voters)


# A given language is overruled only by text that is long and plainly in another one: collection
# metadata is often wrong (a Turkish site's pages tagged "en"), but a short text full of names can
# fool a detector.
OVERRULE_MIN_WORDS, OVERRULE_MIN_SHARE = 20, 0.85


def _choose_language(given: object, lines: list[fur.Line], guesses: list[LangGuess], warnings: list[str]) -> str:
    """The article's language: the given label read as a code (``language_code``) unless the text
    plainly says otherwise; the detected one when none is given or the label names no language."""
    detected, share, words = _article_language(lines, guesses)
    if given is None or given == "":
        if share < 0.5:
            warnings.append(f"language uncertain: {detected} carries {share:.0%} of the text")
        return detected
    code = language_code(given)
    if code is None:
        warnings.append(f"lang {str(given)[:20]!r} is not a language: read as {detected} (detected)")
        return detected
    if (code != detected and detected not in _RELATIVES.get(code, ()) and code not in _RELATIVES.get(detected, ())
            and words >= OVERRULE_MIN_WORDS and share >= OVERRULE_MIN_SHARE):
        warnings.append(f"lang {str(given)[:20]!r}, but the text is {detected} ({share:.0%} of {words} words): read as {detected}")
        return detected
    return code
