"""Reference-free checks of a translation, sentence by sentence: what a reader would catch.

Each check looks at a source sentence and its output and says what is wrong, if anything:
numbers lost or changed, names lost, a length far off, output still in the source language,
repetition loops, empty output. Works with no reference at all.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from xlnews.clock import find_times, without_times
from xlnews.errors import one_record_failed
from xlnews.eval import CHECK_NAMES
from xlnews.names import EXONYMS, find_names, fold, is_given_name, keys_of, name_key, name_present, without_suffix
from xlnews.numbers import english_number_words, find_numbers, same_value
from xlnews.units import converted


@dataclass
class SentenceIssue:
    line: int  # 1-based
    check: str
    message: str
    source: str
    output: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CheckReport:
    sentences: int
    issues: list[SentenceIssue] = field(default_factory=list)

    @property
    def flagged_lines(self) -> list[int]:
        return sorted({i.line for i in self.issues})

    def counts(self) -> dict[str, int]:
        c = Counter(i.check for i in self.issues)
        return {name: c.get(name, 0) for name in CHECK_NAMES}

    def to_dict(self) -> dict[str, Any]:
        return {"sentences": self.sentences, "flagged": len(self.flagged_lines), "counts": self.counts(),
                "issues": [i.to_dict() for i in self.issues]}


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:g}"


def check_numbers(src: str, out: str, src_lang: str | None) -> str | None:
    # Times first, compared on the 12-hour dial ("22h08" = "10:08 p.m."), then blanked out so that their
    # digits are not read again as numbers.
    src_times, out_times = find_times(src), find_times(out)
    missing_times = []
    pool_times = list(out_times)
    for t in src_times:
        hit = next((i for i, o in enumerate(pool_times) if o.same(t)), None)
        if hit is None:
            missing_times.append(t)
        else:
            pool_times.pop(hit)
    src_text = without_times(src, src_times)
    src_vals = [n for n in find_numbers(src_text, src_lang)]
    out_text = without_times(out, out_times)
    out_vals = [n.value for n in find_numbers(out_text, "en")] + english_number_words(out_text)
    missing = []
    pool = list(out_vals)
    for n in src_vals:
        hit = next((i for i, v in enumerate(pool) if same_value(v, n.value)), None)
        if hit is None:
            missing.append(n)
        else:
            pool.pop(hit)
    # A measurement the translation gives in other units ("137 km/h" as "85 mph") is not lost, nor a
    # time whose hour the translation writes as a plain number ("às 17h" as "at 5").
    missing = [n for n in missing if not converted(src_text, out_text, n.value, src_lang)]
    missing_times = [t for t in missing_times
                     if not any(same_value(v, h) for v in pool for h in {t.minutes // 60, t.minutes // 60 + 12} if not t.minutes % 60)]
    if not missing and not missing_times:
        return None
    return "numbers missing or changed: " + ", ".join(
        [f"{n.text} (= {_fmt(n.value)})" for n in missing] + [f"{t.text} (a time)" for t in missing_times])


# A word in lower case, as running text writes common nouns (never at a sentence start).
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-zçğıöşüâîûáàãéêíóôõúü][\w’'-]*")


@dataclass(frozen=True)
class CommonWords:
    """The words a source text writes in lower case (see :func:`common_words`)."""

    words: frozenset[str] = frozenset()
    stems: bool = False  # Turkish: a word's start of five letters or more stands for it


def common_words(sources: list[str], lang: str | None = None) -> CommonWords:
    """What the sources write in lower case. Capitalised inside a name, such a word is a common noun that
    the translation translates ("Teatro", "Grupo de Estudo", "Melhor Ator", "Kadın Oyuncu"), not a name
    it should carry over: on FLORES devtest, most of the names check's false alarms. Turkish nouns inside
    a name take endings the running text does not ("Diyabet Derneği'nin" beside "derneğe"), so for
    Turkish every start of five letters or more of a word is kept too."""
    lower = Counter(w for s in sources for w in _LOWER_WORD.findall(s))
    by_plain: Counter[str] = Counter()
    for w, n in lower.items():
        by_plain[_plain(w)] += n
    # A word the sources capitalise inside sentences more often than not is a name that is also a word
    # ("Kim", Turkish "who", in news on Korea): still asked for.
    capital = Counter(_plain(m.group(1)) for s in sources for m in _CAPITAL_INSIDE.finditer(s))
    words = {w for w, n in by_plain.items() if n >= capital.get(w, 0)}
    if lang != "tr":
        return CommonWords(frozenset(words))
    return CommonWords(frozenset(words | {w[:k] for w in words for k in range(_TURKISH_STEM, len(w))}), stems=True)


# A capitalised word inside a sentence (after a lower-case word or a comma).
_CAPITAL_INSIDE = re.compile(r"(?<=[a-zçğıöşüâîûáàãéêíóôõú,] )([A-ZÇĞİÖŞÜÂÎÛÁÀÃÉÊÍÓÔÕÚ][\w’'-]*)")
# The start of a long Turkish word that stands for its stem ("hastanesi'ne", "hastaneye": "hasta").
_TURKISH_STEM = 5


def _common_noun(word: str, common: CommonWords) -> bool:
    """Whether a name's word is one the sources write in lower case, and neither a place or body the
    tables know ("Irã" beside "ira", anger; "Indonésia" beside the adjective "indonésia") nor a given
    name ("Adam", "Rosa")."""
    plain = _plain(word)
    stem = plain[:max(_TURKISH_STEM, len(plain) - 4)] if common.stems and len(plain) > _TURKISH_STEM + 1 else None
    if plain not in common.words and stem not in common.words:
        return False
    key = name_key(word)
    return key not in _KNOWN_NAMES and not is_given_name(key)


_KNOWN_NAMES = frozenset(EXONYMS.values())


def _plain(word: str) -> str:
    # Folded and without a Turkish case ending, but not mapped as names are: "italiana" is keyed as
    # Italy, and would make "Itália" a common word.
    return fold(without_suffix(word))


def check_names(src: str, out: str, common: CommonWords = CommonWords()) -> str | None:
    keys = keys_of(out)
    missing = [n for n in find_names(src) if not _common_noun(n, common) and not name_present(n, keys)]
    return "names missing: " + ", ".join(dict.fromkeys(missing)) if missing else None


def check_length(src: str, out: str, low: float, high: float) -> str | None:
    if len(src) < 20:
        return None
    ratio = len(out) / len(src)
    return f"length ratio {ratio:.2f} outside [{low}, {high}]" if not low <= ratio <= high else None


def check_repetition(src: str, out: str) -> str | None:
    tokens = re.findall(r"\w+", out.lower())
    src_tokens = re.findall(r"\w+", src.lower())
    for n in (1, 2, 3, 4):
        # The same n-gram three times in a row is a decoder loop, not style.
        for i in range(len(tokens) - 3 * n + 1):
            gram = tokens[i:i + n]
            if gram == tokens[i + n:i + 2 * n] == tokens[i + 2 * n:i + 3 * n] and (n > 1 or len(gram[0]) > 1):
                return f"repetition loop: {' '.join(gram)!r} three times in a row"
    grams = Counter(tuple(tokens[i:i + 3]) for i in range(len(tokens) - 2))
    src_grams = Counter(tuple(src_tokens[i:i + 3]) for i in range(len(src_tokens) - 2))
    worst = max(grams.values(), default=0)
    if worst >= 4 and worst > 2 * max(src_grams.values(), default=1):
        return f"repetition: a 3-word phrase occurs {worst} times"
    return None


def _language_of(sources: list[str], detector: str | None) -> str | None:
    """The sources' language when the caller did not say: the Turkish rules of the names check need it."""
    if not detector or not sources:
        return None
    from xlnews.corpora.langid import get_identifier

    return get_identifier(detector).identify(" ".join(sources[:200])[:20000]).lang


def run_checks(sources: list[str], outputs: list[str], src_lang: str | None = None, *,
               length_bounds: tuple[float, float] = (0.5, 2.2), detector: str | None = "fasttext",
               checks: tuple[str, ...] = CHECK_NAMES) -> CheckReport:
    identify = None
    if "untranslated" in checks and detector:
        from xlnews.corpora.langid import get_identifier

        identify = get_identifier(detector).identify
    report = CheckReport(sentences=len(outputs))
    common = common_words(sources, src_lang or _language_of(sources, detector)) if "names" in checks else CommonWords()
    for i, (src, out) in enumerate(zip(sources, outputs), start=1):
        try:
            found = _check_sentence(src, out, src_lang, checks, common, identify, length_bounds)
        except Exception as exc:  # noqa: BLE001 - one sentence that trips a bug must not end the run
            found = [("internal", one_record_failed(f"line {i}", "checking it", exc))]
        report.issues.extend(SentenceIssue(i, c, m, src, out) for c, m in found)
    return report


def _check_sentence(src: str, out: str, src_lang: str | None, checks: tuple[str, ...], common: CommonWords,
                    identify: Any, length_bounds: tuple[float, float]) -> list[tuple[str, str]]:
    """(check, message) for each check one sentence fails."""
    if not out.strip():
        return [("empty", "empty output for a non-empty source")] if src.strip() and "empty" in checks else []
    found: list[tuple[str, str]] = []
    if "numbers" in checks and (m := check_numbers(src, out, src_lang)):
        found.append(("numbers", m))
    if "names" in checks and (m := check_names(src, out, common)):
        found.append(("names", m))
    if "length" in checks and (m := check_length(src, out, *length_bounds)):
        found.append(("length", m))
    if identify is not None and len(out.split()) >= 4:
        g = identify(out)
        same = g.lang == src_lang if src_lang else g.lang == identify(src).lang and g.lang != "en"
        if same and g.confidence >= 0.7:
            found.append(("untranslated", f"output is still {g.lang} ({g.confidence:.2f})"))
    if "repetition" in checks and (m := check_repetition(src, out)):
        found.append(("repetition", m))
    return found
