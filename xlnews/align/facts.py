"""What an article says that can be compared across languages without a model: who and where
(names matched across spellings), how much (numbers as values), and when (its event date and the
dates it mentions).

Names are keyed twice: ``key`` (folded, suffix-stripped, exonym-mapped: Astana’ya → astana,
Rusya → russia) and a coarse ``block`` (first letter and consonants: Tokayev / Токаев → tkv,
Kasym-Comart / Kassym-Jomart → ksm-cmrt) under which two keys are compared with the
transliteration tolerance of :func:`xlnews.names.similar`. The block is what an index and a pair
look up; ``similar`` confirms.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from xlnews.ages import StatedAge, stated_ages
from xlnews.align.ahead import awaited_bodies, awaited_clauses, meets_someone, setting_clauses, speaks_of_meeting
from xlnews.align.countries import (BOTH_WAYS_MENTIONS, CENTRAL_MENTIONS, HOME_COUNTRIES, central_countries, countries_named,
                                    implied_countries)
from xlnews.align.editions import lead_editions
from xlnews.align.lead_steps import lead_steps
from xlnews.align.parties import PARTY_TEXT_CHARS, meeting_sentence, meeting_windows, named_as_host, named_in
from xlnews.align.rate_moves import rate_level, rate_move
from xlnews.align.venues import lead_venues
from xlnews.corpora.dates import PORTUGUESE_WEEKDAYS, WIRE_DATELINE, days_after_said, given_as_ahead, given_as_past, lead_weekday
from xlnews.names import (
    CALENDAR_WORDS, CAPITALISED_WORD, GIVEN_NAMES, DOTTED_ABBREVIATION, EXONYMS, NAME_PARTICLES, ORG_ACRONYMS, STORM_KINDS, TURKISH_STORM_STEMS,
    KNOWN_ORGANISATIONS, compared_keys, find_name_runs_at, fold, given_name_form, head_kind, is_class_noun, is_club_name,
    is_given_name, is_nationality_word, is_turkish_club, name_key, portuguese_nationalities, similar, skeleton, without_suffix,
)
from xlnews.names.cues import decide, mention_cue
from xlnews.numbers import find_numbers, value_key
from xlnews.names.places import LANGUAGES as PLACE_LANGUAGES
from xlnews.records import Article, DateMention
from xlnews.scores import find_scores
from xlnews.translate.sentences import first_sentence

# Countries, capitals and regions in the exonym table are places; so are these (their own name in
# every language the tool reads).
_PLACES = set(EXONYMS.values()) | {
    "astana", "almaty", "ankara", "istanbul", "izmir", "brasilia", "rio", "sao paulo", "porto", "baku", "tashkent",
    "bishkek", "dushanbe", "ashgabat", "kyiv", "kiev", "minsk", "tbilisi", "yerevan", "tehran", "seoul", "tokyo",
    "washington", "paris", "berlin", "madrid", "brussels", "geneva", "new york", "gaza", "jerusalem", "damascus",
    "baghdad", "kabul", "islamabad", "delhi", "doha", "dubai", "riyadh", "aktau", "atyrau", "shymkent", "karaganda",
    "akmola", "crimea", "donbas", "caucasus", "balkans", "siberia", "anatolia", "amazon", "amazonia", "lisbon",
    # Nationality words stand next to names ("Rus Dışişleri Bakanı Sergey Lavrov") and name a country;
    # most are keyed as their country (names.EXONYMS), these as themselves.
    "english", "uzbek", "azeri",
}
_ACRONYM = re.compile(r"(?<![\w])([A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ0-9]{1,5})(?=[’'\W]|$)")
# The longer ones written as words by some outlets: "Nato", "Otan", "Opec", "Unesco".
_WORD_ACRONYM = re.compile(r"(?<![\w])([A-Z][a-z]{3,5})(?=[’'\W]|$)")
_DOTTED_ACRONYM = re.compile(f"({DOTTED_ABBREVIATION.pattern})")  # "U.N."
# Words that say the next name is a person's.
_PERSON_TITLES = {fold(w) for w in (
    "Cumhurbaşkanı Başkanı Başbakanı Bakanı Başbakan Bakan Lideri Sözcüsü Büyükelçisi Sekreteri mevkidaşı "
    "Senatör Senatörü Senatorü Vali Valisi Milletvekili "
    "presidente ministro ministra primeiro-ministro chanceler porta-voz embaixador secretário deputado senador "
    "senadora deputada governador governadora prefeito prefeita papa rei "
    "President Minister Prime Chancellor spokesman spokeswoman Ambassador Secretary Senator Governor Mayor Mr Mrs Ms Dr "
    "Sen Rep Gov Gen Lt Col Capt Sgt Det Rev Bay Bayan Temsilcisi Representante Leader Speaker Lady "
    "King Queen Prince Princess Pope Kral Kraliçe Prens Prenses Kralı Kraliçesi Prensi Prensesi rainha príncipe princesa"
).split()}
_CONSONANTS = re.compile(r"[aeiouh]")

# Numbers that say little on their own: small counts, ordinals and the like match across any two texts.
_MIN_TELLING_NUMBER = 32


def name_block(key: str) -> str:
    """First letter and consonants of each part: a coarse key under which spellings meet. An
    organisation's key ("org:UN", from "BM" or "Nações Unidas") is its own block."""
    if key.startswith("org:"):
        return key
    key = given_name_form(key)  # Usame and Osama, Ömer and Omar: one block, though they start apart
    # "kh" and "h" both vanish, so Abdrakhmanov and Abdrahmanov meet.
    parts = [p for p in re.split(r"[- ]", skeleton(key.replace("kh", "h"))) if p]
    return "-".join(p[0] + _CONSONANTS.sub("", p[1:]) for p in parts)


@dataclass
class Name:
    """One name as an article writes it, with its comparable forms and what it names."""

    text: str  # the longest form the article uses ("Kasım Cömert Tokayev")
    key: str
    block: str
    kind: str  # person | place | organisation | name
    count: int = 1
    # Times the article's own words name it (its text and headline, not its English translation): how
    # central it is to the report, the same for an article with a translation as without.
    own_count: int = 0
    # Whether nothing said what it names: a person only because two capitalised words stood together,
    # a bare "name" because one did. Another report's reading of the same name may settle it
    # (:func:`settle_kinds`).
    kind_guessed: bool = False


@dataclass
class Facts:
    names: list[Name] = field(default_factory=list)
    numbers: list[tuple[str, float]] = field(default_factory=list)  # (as written, value), telling ones only
    scores: list[tuple[str, str]] = field(default_factory=list)  # (as written, "3-0"): the results it tells (xlnews.scores)
    # Organisations ("org:SCO") whose meeting it says its happening came ahead of, with the clause that says so
    # (xlnews.align.ahead); and the ones its lead reports, neither as awaited nor as its setting.
    awaited: dict[str, str] = field(default_factory=dict)
    lead_bodies: frozenset[str] = frozenset()
    # Bodies whose meeting its lead names as the setting of its happening ("on the sidelines of the SCO summit"), with
    # the clause; and whether its lead tells of people meeting one another (xlnews.align.ahead).
    sidelines: dict[str, str] = field(default_factory=dict)
    meets_someone: bool = False
    # The people its lead says met (xlnews.align.parties), as written → their name entries (one per surname-like
    # word); and whether it is long enough, and in a language read, to be expected to name each of another's.
    meeting_parties: dict[str, tuple[Name, ...]] = field(default_factory=dict)
    names_every_party: bool = False
    # Which way its headline says a central bank moved its rate, with the words (xlnews.align.rate_moves).
    rate_move: tuple[str, str] | None = None
    # The level that decision set or kept the rate at, with the words ("to 17.5%"), where it says one.
    rate_level: tuple[float, str] | None = None
    # The steps of a case, an office, a ban or the economy its headline and first sentence tell, with the words
    # (xlnews.align.lead_steps).
    lead_steps: dict[str, str] = field(default_factory=dict)
    # The number its headline and first sentence give each series' edition it tells of, with the words: {"round": {2:
    # "second round"}} (xlnews.align.editions).
    lead_editions: dict[str, dict[int, str]] = field(default_factory=dict)
    event_date: dt.date | None = None
    event_date_source: str | None = None  # "published" | "mentioned: <text> (paragraph N)"
    # The day a dated report's lead says its happening was: the first day the title or first two paragraphs
    # name in the week up to its publication ("Sunday's election", "14 Mayıs'ta yapılan"), with the mention.
    reported_day: dt.date | None = None
    reported_day_text: str | None = None
    day_dates: dict[str, str] = field(default_factory=dict)  # ISO day (--MM-DD: its year unsaid) → as written
    # Of those, the days after its publication: what it announces ("the run-off will be on 28 May"), not what it
    # reports. Shown as such; counted as any day both name, as NTREX's labels make a vote's preview and its result
    # one event (benchmarks/README.md, 2026-12-06, third session).
    days_ahead: frozenset[str] = frozenset()
    # The days it announces, ISO (--MM-DD: its year unsaid) → as written: those its verbs put ahead ("A cerimônia será
    # em 2 de março"), not before its publication. A report whose lead, dateline or publication says it reports one
    # of them tells of what this one awaited (score.told_ahead).
    announced_days: dict[str, str] = field(default_factory=dict)
    # An undated wire report's dateline day, its year unsaid ("ISTANBUL, Dec 26 (Reuters) -"): the day it was
    # filed, as "--MM-DD"; dated reports are compared with it in the year nearest theirs.
    filed_day: str | None = None
    # An undated Brazilian report's lead gives the day of the month of the weekday it reports, and no month
    # ("nesta terça-feira (10)", "neste sábado (14)"): that day, with the words.
    reported_day_of_month: int | None = None
    reported_day_of_month_text: str | None = None
    # The weekday an undated report's lead gives its happening ("on Friday", "pazar günü"), Monday = 0, with the
    # words: a dated report's is its reported day's.
    reported_weekday: int | None = None
    reported_weekday_text: str | None = None
    years: set[int] = field(default_factory=set)
    # The days it gives as before what it tells ("since 30 August", "2 Ağustos'ta ... engellemişti"): ISO day
    # (--MM-DD: its year unsaid) → as written. Never its reported day; a report whose lead says it reports one
    # of them, or a day up to DATE_FAR_DAYS before one, reports something else (score.date_evidence).
    past_days: dict[str, str] = field(default_factory=dict)
    # The days its lead counts back to from the day it tells of ("two days after Costa resigned"): ISO day → as
    # written. Read against the other report's publication or dateline only: a lead's day may be its background's.
    counted_back_days: dict[str, str] = field(default_factory=dict)
    # Country key -> (as written, times named) for the countries the report names BOTH_WAYS_MENTIONS times
    # or more in its own words (xlnews.align.countries; central_countries, the ones it is about, are
    # among them), and every country it names at all, its translation's words included.
    recurring_countries: dict[str, tuple[str, int]] = field(default_factory=dict)
    countries_named: frozenset[str] = frozenset()
    # Whether its countries' names can be read: the place tables know Turkish, Portuguese and English
    # ("Россия" is not keyed as Russia), so a report in another language, and not translated, names
    # none that the countries' prior could count on.
    countries_read: bool = True
    # The countries whose press writes its language (xlnews.align.countries.HOME_COUNTRIES): a report names its own
    # country for its readers ("Türkiye sent aid", "no Brazilians among the victims") where another's never would.
    home_countries: frozenset[str] = frozenset()
    # Those of them its lead (headline and first paragraph) names, itself or through what implies it ("Merkez Bankası"):
    # a report whose lead names its own country is about that country, not telling its readers' angle.
    home_in_lead: frozenset[str] = frozenset()
    # Where its lead says its happening was: city key -> (as written, the city's country) (xlnews.align.venues); and
    # where it has one, the keys of the names its headline and first paragraph give, which say whether it names another's.
    venues: dict[str, tuple[str, str]] = field(default_factory=dict)
    lead_names: frozenset[str] = frozenset()
    ages: list[StatedAge] = field(default_factory=list)  # the ages it gives the people it names

    @property
    def central_countries(self) -> dict[str, tuple[str, int]]:
        """The countries it names CENTRAL_MENTIONS times or more: what it is about."""
        return {k: v for k, v in self.recurring_countries.items() if v[1] >= CENTRAL_MENTIONS}


def _word_kind(word_key: str, run_keys: list[str], head: str | None, preceded_by_title: bool,
               n_words: int = 2, whole: str | None = None) -> tuple[str, bool]:
    """What one word of a name names, from the whole name: ``run_keys`` its compared keys, ``head`` what
    its head words say (:func:`head_kind`, which reads translated words too: "Harvard Tıp Fakültesi").
    With it, whether the name's words said so: a person only because two capitalised words stand
    together, a bare "name", or a head word alone, is a guess that the words around its mentions may correct
    (:mod:`xlnews.names.cues`). ``whole``: what the whole name names, every word of it, a place's too: a club
    named for its city ("Real Madrid"), a person whose surname is a place's name ("Luís Montenegro")."""
    if whole:
        return whole, True
    if len(run_keys) == 1 and is_turkish_club(word_key):
        return "organisation", True
    if (word_key.startswith("org:") or (word_key in KNOWN_ORGANISATIONS and (len(run_keys) == 1 or not is_given_name(word_key)))
            or (len(run_keys) == 1 and is_class_noun(word_key))):  # "Polis", "the Senate": a body named by its kind
        # A company named like a person is one alone ("Kia", "Wagner"), not in a person's name ("Kia Stewart", "Wagner Moura").
        return "organisation", True
    if (len(run_keys) == 2 and run_keys[0] in GIVEN_NAMES and run_keys[0] in _PLACES and run_keys[1] not in _PLACES
            and not head):
        return "person", False  # "Jordan Spieth", "Paris Hilton": a guess, as "Georgia Tech" is not a person
    if word_key in _PLACES:
        return "place", True
    if head:
        return head, n_words > 1  # "Park" alone may be Park Byeong-seug's surname; "Hyde Park" is a place
    if preceded_by_title:
        return "person", True
    if sum(k not in _PLACES for k in run_keys) >= 2:
        return "person", is_given_name(run_keys[0])  # "Dustin Lance Black"; "Pidie Jaya" is a guess
    if len(run_keys) == 1 and is_given_name(word_key):
        # "Walid", "Francesco", named alone; a guess where the words around it put it somewhere: many places are
        # given names too ("in the province of Valencia", "near Florence", "Victoria'da").
        return "person", False
    return "name", False


def _hyphen_parts(word: str, key: str) -> list[tuple[str, str]]:
    """(shown, key) for each part of a hyphenated name word: a place part as itself, under its own key
    ("Rusya" → russia), the others shown with the whole word."""
    pieces = without_suffix(word).split("-")
    if len(pieces) != len(key.split("-")):
        return [(word, part) for part in key.split("-")]
    return [(piece, place) if (place := name_key(piece)) in _PLACES else (word, part)
            for piece, part in zip(pieces, key.split("-"))]


# A headline kept in a text is its first line, and short.
_HEADLINE_CHARS = 200


def _title_case(headline: str) -> bool:
    """Whether the headline capitalises (nearly) every word of four letters or more; a short one with
    fewer than three such words, every word of two letters or more ("It Is Very Bad.", "Durum Çok
    Kötü.": the second line of a headline, which a sentence never writes so)."""
    words = re.findall(r"[^\W\d_][\w’'-]*", headline)
    long_words = [w for w in words if len(w) >= 4]
    if len(long_words) < 3:
        short = [w for w in words if len(w) >= 2]
        return len(short) >= 3 and all(w[0].isupper() for w in short)
    return sum(w[0].isupper() for w in long_words) >= 0.9 * len(long_words)


def _headline_line(text: str) -> tuple[str, str | None]:
    """A headline kept as the text's first line, in title case, and the text with that line blanked (so
    that what stands where is kept); a one-line text is left whole."""
    first = text.lstrip()
    line = first.split("\n", 1)[0]
    if line == first or len(line) > _HEADLINE_CHARS or not _title_case(line):
        return text, None
    at = text.index(line)
    return text[:at] + " " * len(line) + text[at + len(line):], line


def _confirmed_parts(text: str, run: list[str], keys: list[str], start: int, confirmed: set[str],
                     ) -> list[tuple[list[str], list[str], int]]:
    """The stretches of a title-case headline's run whose words the texts capitalise too (or that are
    known places), each its own run: "Analistler Kavanaugh Fiyaskosuyla Cumhuriyetçilerin ..." holds
    "Kavanaugh" and "Cumhuriyetçilerin", not the one name "Kavanaugh Cumhuriyetçilerin"."""
    out: list[tuple[list[str], list[str], int]] = []
    at = start
    for ok, group in itertools.groupby(zip(run, keys), key=lambda wk: wk[1] in confirmed or wk[1] in _PLACES):
        words = list(group)
        first = text.find(words[0][0], at)
        for word, _ in words:
            at = text.find(word, at) + len(word)
        if ok:
            out.append(([w for w, _ in words], [k for _, k in words], first))
    return out


def extract_names(texts: list[str], headlines: Sequence[str] = (), also_named: frozenset[str] = frozenset()) -> list[Name]:
    """Names of people, places and organisations in ``texts`` (the article, and its English translation
    when there is one). Each surname-like word is its own entry, so "Tokayev" alone meets
    "Kassym-Jomart Tokayev"; the entry keeps the fullest form seen for display. A word of one of the
    title-case ``headlines`` is a name only where the texts name it too, or a known place: many outlets
    capitalise every word of a headline ("Başkanlık Yarışında Aday Olma Konusunu ..."), so there the
    capitals say nothing. Other headlines are read like the texts. ``also_named``: keys that are names
    at sentence starts too (:func:`~xlnews.names.names_of_collection`)."""
    by_key: dict[str, Name] = {}
    person_words: set[str] = set()
    storm_words: set[str] = set()  # named after a kind of storm somewhere in the texts
    firm_keys: set[str] = set()  # keys whose kind a name's own words said
    cues: dict[str, Counter[str]] = defaultdict(Counter)
    # (text, a title-case headline's, the article's own words): the article's text, its English
    # translation, its headlines, and a title-case first line of a text, which is its headline too
    # (many collections keep the headline in the text).
    sources: list[tuple[str, bool, bool]] = []
    for k_text, text in enumerate(texts):
        body, head = _headline_line(text)
        sources.append((body, False, k_text == 0))
        if head:
            sources.append((head, True, k_text == 0))
    sources.extend((h, _title_case(h), True) for h in headlines)
    confirmed: set[str] = set()
    if any(confirm for _, confirm, _ in sources):
        # What a title-case headline's capitals are checked against (with the known places): the words
        # the texts capitalise anywhere, sentence starts too ("Kavanaugh denied ...").
        confirmed = {name_key(m.group(0)) for text, confirm, _ in sources if not confirm
                     for m in CAPITALISED_WORD.finditer(text)}
    for text, confirm, is_own in sources:
        own = int(is_own)
        runs = [(m_run, compared_keys(m_run), start) for m_run, start in find_name_runs_at(text, also_named)]
        if confirm:
            runs = [seg for m_run, keys, start in runs for seg in _confirmed_parts(text, m_run, keys, start, confirmed)]
        for m_run, keys, start in runs:
            before = text[max(0, start - 40):start].split()
            word_before = fold(before[-1].strip(",.")) if before else ""  # "Mr. Trump", "Gen. Smith"
            titled = word_before in _PERSON_TITLES
            end = text.find(m_run[-1], start) + len(m_run[-1])
            cue = mention_cue(text, start, end, m_run[-1], _PLACES.__contains__)
            ends_at_place = len(m_run) > 1 and keys[-1] in _PLACES and without_suffix(m_run[-1]) != m_run[-1]
            run_words = [fold(without_suffix(w)) for w in m_run]
            run_head = head_kind(run_words)
            # A given name and a place's name, alone and without a case ending, are a person's ("Luís Montenegro",
            # Portugal's prime minister, was "Luís" and the country Montenegro); "Mehmet Ankara'da" is not.
            whole = ("organisation" if is_club_name(run_words)
                     else "person" if (len(m_run) == 2 and all(keys) and is_given_name(keys[0]) and keys[0] not in _PLACES
                                       and keys[1] in _PLACES and without_suffix(m_run[1]) == m_run[1]
                                       and not is_nationality_word(m_run[1]) and run_head is None)
                     else None)
            # The person's name without the country or title words glued before it ("Rusya Vladimir Putin"); a
            # club's name keeps its city ("Real Madrid"), a body's its country ("Azerbaijan Airlines").
            core = (m_run if whole or run_head == "organisation"
                    else [w for w, k in zip(m_run, keys) if k not in _PLACES] or m_run)
            while core and core[0] in NAME_PARTICLES:  # "Brasil de Bolsonaro": the person is "Bolsonaro"
                core = core[1:]
            while core and core[-1] in NAME_PARTICLES:  # "Ian Poulter da Inglaterra": shown as "Ian Poulter"
                core = core[:-1]
            full = " ".join(without_suffix(w) for w in core)  # shown as a name, not "Tokayev’in"
            name_keys = [k for k in keys if k]
            while len(run_words) > 1 and run_words[-1] in CALENDAR_WORDS:
                run_words = run_words[:-1]  # "Ryder Cup Saturday": the head is "Cup"
            word_after = text[end:end + 20].split(maxsplit=1)
            storm = (word_before in STORM_KINDS or (len(run_words) > 1 and run_words[-1].startswith(TURKISH_STORM_STEMS))
                     or (bool(word_after) and fold(word_after[0]).startswith(TURKISH_STORM_STEMS)))  # "Rosa kasırgası"
            head = head_kind(run_words) or ("name" if storm else None)
            # A hyphenated given name is its parts, as other spellings write them: "Kim Jong-un" meets "Kim
            # Jong Un", "Kassym-Jomart" meets "Kasım Cömert" (a place's hyphen stays: "timor-leste"). Two
            # countries joined ("Kazakistan-Rusya ilişkileri", "relações Brasil-Turquia") are each country.
            parts = [part for word, key in zip(m_run, keys)
                     for part in (_hyphen_parts(word, key) if "-" in key and key not in _PLACES else [(word, key)])]
            for word, key in parts:
                if not key or len(key) < 3:
                    continue
                kind, firm = _word_kind(key, name_keys, head, titled, len(run_words), whole)
                was_firm = key in firm_keys
                if firm:
                    firm_keys.add(key)
                if cue and not (ends_at_place and key != keys[-1]):  # "Mehmet Ankara'da": the place's ending, not Mehmet's
                    cues[key][cue] += 1
                if kind == "person" and (firm or len(name_keys) > 1):  # not a given name alone: a storm's, a place's
                    person_words.add(key)
                if storm:
                    storm_words.add(key)
                name = by_key.get(key)
                shown = without_suffix(word) if kind == "place" and head != "place" else full
                if name is None:
                    by_key[key] = Name(shown, key, name_block(key), kind, own_count=own)
                else:
                    name.count += 1
                    name.own_count += own
                    if was_firm != firm:
                        # What a name's words say outweighs a guess, whichever came first: "Baton Rouge Polis
                        # Departmanı" and then "Baton Rouge, Louisiana", guessed a person for its two capitals.
                        if kind == name.kind == "person":
                            if len(full) > len(name.text) and _extends(full, name.text):
                                name.text = full  # "Liam Kelly" (a guess), "Kelly" (a given name)
                        elif firm:
                            name.text, name.kind = shown, kind
                    elif kind == "person" and (name.kind != "person" or (len(full) > len(name.text) and _extends(full, name.text))):
                        # "Trump Administration", then "Donald Trump"; "Trump", then "Donald Trump". Not "Sergey
                        # Lavrov", then "Tokayev Lavrov" from the headline "Tokayev Lavrov'u kabul etti": two
                        # people a Turkish headline runs together.
                        name.text, name.kind = full, kind
                    elif kind == "place" and is_nationality_word(name.text) and not is_nationality_word(word):
                        name.text = without_suffix(word)  # "Scotland" shown, not the "Scottish" seen first
                    elif name.kind == "name" and kind != "name":
                        name.kind = kind
                        if kind == "organisation":
                            name.text = full
        for word, country in portuguese_nationalities(text):
            # "o chanceler russo", "refugiados sírios": Portuguese names the country in lower case.
            if country in by_key:
                by_key[country].count += 1
                by_key[country].own_count += own
            else:
                by_key[country] = Name(word, country, name_block(country), "place", own_count=own)
        acronyms = (_ACRONYM.finditer(text), _WORD_ACRONYM.finditer(text), _DOTTED_ACRONYM.finditer(text))
        for m in itertools.chain(*acronyms):
            org = ORG_ACRONYMS.get(m.group(1).replace(".", "").upper())
            if org:
                key = "org:" + org
                if key in by_key:
                    by_key[key].count += 1
                else:
                    by_key[key] = Name(m.group(1), key, name_block(key), "organisation")
    for name in by_key.values():
        if name.key not in firm_keys and name.kind in ("person", "name"):
            said = decide(cues[name.key])
            name.kind = said or name.kind
            name.kind_guessed = said is None
    for name in by_key.values():
        if name.key in storm_words and " " not in name.text:
            name.kind = "name"  # "o Rosa", "Rosa'nın" alone, after "furacão Rosa" earlier: the storm still
            name.kind_guessed = False
        elif name.kind == "name" and name.key in person_words:
            name.kind = "person"  # "Lavrov" alone, after "Sergey Lavrov" earlier
    return list(by_key.values())


def settle_kinds(collection: Iterable[Facts]) -> None:
    """Where a report's words did not say what a name names, the kind the collection's other reports
    read for it, if they agree: "Baton Rouge" guessed a person in one report is the place another
    writes "in Baton Rouge"."""
    said: dict[str, Counter[str]] = defaultdict(Counter)
    guessed: list[Name] = []
    for facts in collection:
        for name in facts.names:
            if name.kind_guessed:
                guessed.append(name)
            else:
                said[name.key][name.kind] += 1
    for name in guessed:
        ranked = said[name.key].most_common(2) if name.key in said else []
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            name.kind, name.kind_guessed = ranked[0][0], False


def telling_numbers(texts: list[tuple[str, str | None]]) -> list[tuple[str, float]]:
    seen: dict[str, tuple[str, float]] = {}
    for text, lang in texts:
        for n in find_numbers(text, lang, points=True):
            v = n.value
            if abs(v) < _MIN_TELLING_NUMBER and v == int(v):
                continue
            if 1900 <= v <= 2100 and v == int(v) and re.fullmatch(r"\d{4}", n.text):
                continue  # a year: dates carry it
            seen.setdefault(value_key(v), (n.text, v))
    return list(seen.values())


def _org_keys(text: str) -> set[str]:
    return {n.key for n in extract_names([text]) if n.key.startswith("org:")}


def _read_bodies_ahead(facts: Facts, article: Article, english: str | None) -> None:
    """The organisations whose meeting the report says its happening came ahead of (xlnews.align.ahead), and the
    ones its lead (headline and first two paragraphs) reports: not as awaited, nor as the setting of its happening."""
    facts.awaited = awaited_bodies([(article.title or "", article.lang), (article.text, article.lang), (english or "", "en")], _org_keys)
    lead = "\n".join([article.title or "", *article.paragraphs[:2]])[:LEAD_CHARS]
    if speaks_of_meeting(lead, article.lang):
        settings = {k: " ".join(clause.split()) for clause in setting_clauses(lead, article.lang) for k in _org_keys(clause)}
        aside = set(settings) | {k for clause in awaited_clauses(lead, article.lang) for k in _org_keys(clause)}
        facts.lead_bodies = frozenset(_org_keys(lead) - aside)
        facts.sidelines = settings
        facts.meets_someone = meets_someone(lead, article.lang)


_SCORE_LEAD_WORDS = re.compile(r"^(?:por|placar|vitória|derrota|empate|goleada)\s+(?:de\s+|por\s+)?", re.I)  # "por 3 sets a 1"


def told_scores(texts: list[str]) -> list[tuple[str, str]]:
    """(as written, "3-0") of each final score the texts tell, once each: a score is as telling as a large number
    ("3 sets a 1" and "3-1" are one match's result), where "3" and "1" alone say nothing."""
    seen: dict[str, str] = {}
    for text in texts:
        for score in find_scores(text):
            if score.final:
                seen.setdefault(str(score), _SCORE_LEAD_WORDS.sub("", text[score.start:score.end]))
    return [(written, key) for key, written in seen.items()]


_YEARLESS_DAY = re.compile(r"--\d\d-\d\d")
# A Brazilian lead's weekday and its day of the month, "-feira" and the accents left out too ("terca (10)").
_WEEKDAY_DAY_OF_MONTH = re.compile(r"\b(?:" + "|".join(
    "".join(f"[{c}{fold(c)}]" if fold(c) != c else c for c in w.removesuffix("-feira")) + ("(?:-feira)?" if w.endswith("-feira") else "")
    for w in PORTUGUESE_WEEKDAYS) + r")\s*\((\d{1,2})\)", re.I)
RELATIVE_DAY_LEAD = 1  # the last paragraph (from 0; the title is -1) whose relative days count
# The last paragraph (from 0) whose full dates can date an undated report's event: the first two, as for the day a
# dated lead reports. A third paragraph's full date is as often its background's: "8 Ocak 2023", the riot that ended the
# plot, dated the undated Turkish report of Bolsonaro's sentence two years early (benchmarks/README.md, 2026-12-07,
# thirteenth session: every written set undated 0.8500 -> 0.8514, the autumn 2024 sets +0.03 to +0.05, none lower).
EVENT_DATE_LEAD = 1
# How long before its publication a day its lead names can be the day it reports: a report comes out within
# the week; a day further back in the lead is background ("after the 9 November talks, ...").
REPORTED_DAY_WINDOW = 7
# Nor further into the text than this, in characters: a text given as one paragraph (many scraped
# collections have no paragraph breaks) is not all lead ("2004: A major quake ... on Dec. 26", two
# thousand characters into a Reuters report on the 2018 Sulawesi earthquake, dated it to 2004).
LEAD_CHARS = 800


def _in_lead(mention: DateMention, paragraphs: list[str], last_paragraph: int) -> bool:
    """Whether a date mention stands in the lead: the title, or a paragraph up to ``last_paragraph``
    that starts within :data:`LEAD_CHARS`, the mention itself within them too."""
    if mention.paragraph < 0:
        return True
    if mention.paragraph > last_paragraph:
        return False
    return sum(len(p) + 1 for p in paragraphs[:mention.paragraph]) + mention.offset < LEAD_CHARS


def _given_as(reading: Callable[[str, int, int, str | None], bool], mention: DateMention, article: Article) -> bool:
    """What ``reading`` (dates.given_as_past, dates.given_as_ahead) says of the mention where it stands in its text."""
    text = (article.title or "") if mention.paragraph < 0 else article.paragraphs[mention.paragraph]
    start = mention.offset
    return text[start:start + len(mention.text)] == mention.text and reading(text, start, start + len(mention.text), article.lang)


def _relative_day_lead(article: Article) -> str:
    """The headline and the paragraphs whose weekdays and days of the month say the day a report tells of."""
    return "\n".join([article.title or "", *article.paragraphs[:RELATIVE_DAY_LEAD + 1]])[:LEAD_CHARS]


def _at_dateline(mention: DateMention, article: Article) -> bool:
    """Whether the mention is a wire dateline's day ("ANKARA, Dec 24 (Reuters) - Turkey will raise ...")."""
    return (mention.paragraph == 0 and bool(article.paragraphs) and (dateline := WIRE_DATELINE.match(article.paragraphs[0])) is not None
            and mention.offset == dateline.start("date"))


def _parse_day(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if len(iso) == 10 and not iso.startswith("--") else None
    except ValueError:
        return None


def _extends(longer: str, shorter: str) -> bool:
    """Whether ``longer`` says all of ``shorter`` (its words, in any case or spelling of case endings)."""
    words = {fold(w) for w in re.split(r"[\s-]+", longer)}
    return all(fold(w) in words for w in re.split(r"[\s-]+", shorter))


def article_facts(article: Article, english: str | None = None, compared: bool = True,
                  also_named: frozenset[str] = frozenset()) -> Facts:
    """``compared=False``: dates only, for a copy that is folded into its original and never compared
    (names and numbers are most of the cost of preparing an article). ``also_named``: the collection's
    names that count at sentence starts too (:func:`~xlnews.names.names_of_collection`)."""
    facts = Facts()
    if compared:
        headline = [article.title] if article.title else []
        facts.names = extract_names([t for t in (article.text, english or "") if t], headline, also_named)
        # The country its own institutions, market or currency imply, where it names none ("Merkez Bankası
        # faizi indirdi", "Copom eleva a Selic"): another language's report names it ("Turkey's central bank").
        named = {n.key for n in facts.names}
        # In the order the names come, not the set's: which word shows for the country would otherwise change with the
        # interpreter's hash seed from one run to the next ("Planalto" or "STF (implies Brazil)").
        in_order = list(dict.fromkeys(n.key for n in facts.names))
        for country, word in implied_countries("\n".join([article.title or "", article.text]), article.lang, in_order).items():
            if country not in named:  # shown as what says it: "STF = Brazil" read as if the court were a place
                facts.names.append(Name(implied_country_form(word, country), country, name_block(country), "place", 1, 1))
        keyed = article.lang in PLACE_LANGUAGES
        # A person named for a country is not the country ("Luís Montenegro").
        facts.recurring_countries = (central_countries(((n.key, n.text, n.own_count) for n in facts.names if n.kind != "person"),
                                                       BOTH_WAYS_MENTIONS) if keyed else {})
        facts.countries_named = countries_named(n.key for n in facts.names)
        facts.countries_read = keyed or bool(english)
        # The keys of the names the headline and first paragraph give, read once for what needs them (the home angle, the
        # venues).
        lead_name_keys = functools.cache(lambda: frozenset(n.key for n in extract_names(article.paragraphs[:1], headline)))
        facts.home_countries = HOME_COUNTRIES.get(article.lang or "", frozenset())
        if facts.home_countries & facts.recurring_countries.keys():
            lead = article.paragraphs[0] if article.paragraphs else ""
            keys = set(lead_name_keys())
            keys |= implied_countries("\n".join([article.title or "", lead]), article.lang, keys).keys()
            facts.home_in_lead = facts.home_countries & countries_named(keys)
        facts.numbers = telling_numbers([(article.title or "", article.lang), (article.text, article.lang),
                                         (english or "", "en")])
        facts.scores = told_scores([article.title or "", article.text, english or ""])
        facts.ages = stated_ages(article.text)
        if any(n.key.startswith("org:") for n in facts.names):
            _read_bodies_ahead(facts, article, english)
        # The lead's first sentence, which the meeting's parties and a rate decision are read from.
        first = first_sentence(article.paragraphs, article.lang)
        if sentence := meeting_sentence(article.title, first, article.lang):
            people = [n for n in extract_names([sentence], headline) if n.kind == "person" and not n.kind_guessed]
            windows: list[str] = []
            for text in (article.title or "", sentence):
                clauses = meeting_windows(text, article.lang)
                if not any(named_in(n.text, clauses) for n in people):
                    # No one named in the cue's clause: they are its subject, before the comma ("Çin lideri Şi Cinping ve
                    # Rus lider Putin, Kazakistan'ın başkentinde görüştü", "Os presidentes da Rússia, Vladimir Putin, e da
                    # China, Xi Jinping, reuniram-se"). Only then: a clause before another one's may be who said it
                    # ("Peskov'un açıklamasına göre, Putin Erdoğan ile görüştü").
                    clauses = meeting_windows(text, article.lang, with_subject=True)
                windows += clauses
            # Or a person it keeps naming: one the lead's talk names in passing ("Netanyahu's government") is no party.
            often = {n.key for n in facts.names if n.own_count >= 2}
            for n in people:
                if ((named_in(n.text, windows) or n.key in often)
                        and not any(named_as_host(n.text, text, article.lang) for text in (article.title or "", sentence))):
                    facts.meeting_parties[n.text] = (*facts.meeting_parties.get(n.text, ()), n)
        facts.names_every_party = facts.countries_read and len(article.text) >= PARTY_TEXT_CHARS
        facts.rate_move = rate_move(article.title, first, article.lang)
        facts.rate_level = rate_level(article.title, first, article.lang) if facts.rate_move else None
        facts.lead_steps = lead_steps(article.title, first, article.lang, facts.rate_move)
        facts.lead_editions = lead_editions(article.title, first, article.lang)
        if facts.countries_read and (venues := lead_venues(article.title, first, article.lang)):
            facts.venues = venues
            facts.lead_names = lead_name_keys()
    published = dt.date.fromisoformat(str(article.published)[:10]) if article.published else None
    mentions = article.dates if published else [_dateline_yearless(m, article) for m in article.dates]
    # A day it also names otherwise, or its own day of publication, is not one it gives as past.
    past = [m for m in mentions if m.precision == "day" and not m.relative and _given_as(given_as_past, m, article)
            and not (published and m.date >= published.isoformat())]
    named_otherwise = {m.date for m in mentions if m not in past}
    facts.past_days = {m.date: m.text for m in past if m.date not in named_otherwise}
    for mention in mentions:
        day = _parse_day(mention.date)
        # A weekday or "yesterday" says when the reported thing happened in the lead (the title and the
        # first two paragraphs); further down it is as often the background ("on Tuesday, the panel had ...").
        if day and (not mention.relative or _in_lead(mention, article.paragraphs, RELATIVE_DAY_LEAD)):
            facts.day_dates.setdefault(day.isoformat(), mention.text)
            if published and day > published:
                facts.days_ahead |= {day.isoformat()}
        elif _YEARLESS_DAY.fullmatch(mention.date):
            # "12 de junho" and "June 12" in two undated reports: the same day, its year unsaid in both.
            facts.day_dates.setdefault(mention.date, mention.text)
        if mention.date[:4].isdigit():
            facts.years.add(int(mention.date[:4]))
        # Its verbs say, not its publication: a day of mourning it declares for tomorrow is no happening awaited.
        if (mention.precision == "day" and not mention.relative and mention not in past and not _at_dateline(mention, article)
                and (published is None or mention.date >= published.isoformat()) and _given_as(given_as_ahead, mention, article)):
            facts.announced_days.setdefault(mention.date, mention.text)
    if published:
        # The first in the text, wherever the date finder listed it.
        lead_days = [(m.paragraph, m.offset, lead_day, m.text) for m in mentions
                     if (lead_day := _parse_day(m.date)) and published - dt.timedelta(days=REPORTED_DAY_WINDOW) <= lead_day <= published
                     and _in_lead(m, article.paragraphs, RELATIVE_DAY_LEAD) and m not in past]
        if lead_days:
            _, _, facts.reported_day, facts.reported_day_text = min(lead_days)
        facts.event_date = published
        facts.event_date_source = "published"
        facts.years.add(facts.event_date.year)
    elif filed := _filed_day(article, mentions):
        # A wire report's dateline says when it was filed, year or none; a full date further down its lead is
        # as likely its background's ("the Jan. 6, 2021, attack" in a report of the 2025 inauguration).
        facts.filed_day = filed
        # Its lead's weekday, for a report that gives no more than a weekday ("A Barcelona court on Thursday ...").
        if weekday := lead_weekday(_relative_day_lead(article).split("\n")):
            facts.reported_weekday, facts.reported_weekday_text = weekday
    else:
        # A report without a date line: the first full date of its lead (the title and first two paragraphs,
        # the first LEAD_CHARS characters) is when the reported event happened.
        for mention in mentions:
            day = _parse_day(mention.date)
            if day and _in_lead(mention, article.paragraphs, EVENT_DATE_LEAD) and mention not in past:
                facts.event_date = day
                facts.event_date_source = f"mentioned: “{mention.text}” (paragraph {mention.paragraph + 1})"
                break
        lead = _relative_day_lead(article)
        if said := _WEEKDAY_DAY_OF_MONTH.search(lead):
            if 1 <= (day_of_month := int(said.group(1))) <= 31:
                facts.reported_day_of_month, facts.reported_day_of_month_text = day_of_month, said.group(0)
        if weekday := lead_weekday(lead.split("\n")):
            facts.reported_weekday, facts.reported_weekday_text = weekday
    if facts.reported_day:
        facts.reported_weekday, facts.reported_weekday_text = facts.reported_day.weekday(), facts.reported_day_text
    if anchor := facts.reported_day or published:
        # "Two days after Costa resigned": that day is past, counted back from the day the report tells of.
        for text in _relative_day_lead(article).split("\n"):
            for days, words in days_after_said(text, article.lang):
                facts.counted_back_days.setdefault((anchor - dt.timedelta(days=days)).isoformat(), words)
    return facts


def implied_country_form(word: str, country: str) -> str:
    """How a country that a report's words imply shows: "STF (implies Brazil)"."""
    return f"{word} (implies {country.title()})"


def is_implied_country_form(text: str) -> bool:
    return text.endswith(")") and " (implies " in text


def _filed_day(article: Article, mentions: list[DateMention]) -> str | None:
    """The day a wire report's dateline gives without its year ("--12-26" of "ISTANBUL, Dec 26 (Reuters) -")."""
    return next((m.date for m in mentions if _at_dateline(m, article) and _YEARLESS_DAY.fullmatch(m.date)), None)


def _dateline_yearless(mention: DateMention, article: Article) -> DateMention:
    """An undated report's dateline day as the dateline writes it, without a year: one the date finder took from the
    text's other dates ("BARCELONA, Feb 22 (Reuters)" over "a nightclub in December 2022" is no day of 2022)."""
    if mention.year_inferred and mention.precision == "day" and _at_dateline(mention, article) and not _YEARLESS_DAY.fullmatch(mention.date):
        return dataclasses.replace(mention, date="--" + mention.date[5:], year_inferred=False)
    return mention


def shared_names(a: list[Name], b: list[Name]) -> list[tuple[Name, Name]]:
    """Pairs of names that are the same across the two lists (by block, confirmed by spelling)."""
    by_block: dict[str, list[Name]] = {}
    for n in b:
        by_block.setdefault(n.block, []).append(n)
    out = []
    for n in a:
        for m in by_block.get(n.block, ()):
            if n.key == m.key or similar(n.key, m.key):
                out.append((n, m))
                break
    return out
