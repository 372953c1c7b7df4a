"""Numbers in Turkish, Portuguese and English text, read as values that compare across languages.

"8,5 milyar dolar" = "8.5 billion dollars" = 8.5e9; "27 bilhões" = 27e9; "24 bine" = 24000;
"1.200" (tr/pt) = "1,200" (en) = 1200. Used by the reference-free checks and by alignment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SCALES = {
    # Turkish (with the case suffixes a number word takes: "milyar doları", "24 bine", "bin kişi")
    "bin": 1e3, "milyon": 1e6, "milyar": 1e9, "trilyon": 1e12,
    # Portuguese
    "mil": 1e3, "milhão": 1e6, "milhões": 1e6, "milhao": 1e6, "milhoes": 1e6, "bilhão": 1e9, "bilhões": 1e9,
    "bilhao": 1e9, "bilhoes": 1e9, "bi": 1e9, "mi": 1e6, "trilhão": 1e12, "trilhões": 1e12,
    # European Portuguese counts in long scale: "2,8 mil milhões" is 2.8 billion ("bilião" is 10^12).
    "mil milhões": 1e9, "mil milhoes": 1e9, "bilião": 1e12, "biliões": 1e12, "biliao": 1e12, "bilioes": 1e12,
    # English
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9, "trillion": 1e12,
    "bn": 1e9, "m": 1e6, "k": 1e3,
}
_TURKISH_SCALES = {"bin", "milyon", "milyar", "trilyon"}
# Longest first, so that "mil milhões" is read whole; the words of a scale may stand on two lines.
_SCALE_RE = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_SCALES, key=len, reverse=True))
# 1.234.567 / 1,234,567 / 8,5 / 8.5 / 2017 / 24'ü; a scale word may follow ("8,5 milyar", "24 bine").
_NUM = re.compile(
    rf"(?<![\w.,])(?P<num>\d{{1,3}}(?:[.,\s]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    rf"(?P<suffix>[’'][^\W\d]+)?(?:\s*(?P<scale>{_SCALE_RE})(?=[^\w]|[a-zığüşöç]*\b))?",
    re.I,
)


@dataclass(frozen=True)
class NumberMention:
    text: str
    value: float
    start: int = field(default=-1, compare=False)  # where in the text it was read, suffix and scale word included
    end: int = field(default=-1, compare=False)


def _parse(num: str, lang: str | None) -> float | None:
    s = num.replace(" ", "")
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", s):
        # Grouped thousands either way ("1.200" tr/pt, "1,200" en), except a tr/pt decimal "8,500"
        # is ambiguous; a three-digit group after one separator reads as thousands everywhere.
        seps = set(re.findall(r"[.,]", s))
        if len(seps) == 1:
            return float(re.sub(r"[.,]", "", s))
    if "," in s and "." in s:
        # The last separator is the decimal one: 1.234,5 (tr/pt) or 1,234.5 (en).
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        s = s.replace(",", ".") if lang != "en" or not re.fullmatch(r"\d+,\d{3}", s) else s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


# Basis points after a number: English and Turkish news give a rate's move in them ("250 basis points",
# "250 baz puan"), Brazilian and Portuguese news mostly in percentage points ("2,5 pontos percentuais").
_BASIS_POINTS = re.compile(r"[\s-]*(?:basis[\s-]points?|bps|bp|baz\s+puan\w*|pontos?[\s-]base|p\.b\.)(?!\w)", re.I)


def find_numbers(text: str, lang: str | None = None, points: bool = False) -> list[NumberMention]:
    """``points``: basis points read as the percentage points they are ("100 basis points" = 1)."""
    out = []
    for m in _NUM.finditer(text):
        value = _parse(m.group("num"), lang)
        if value is None:
            continue
        if points and not m.group("scale") and (bp := _BASIS_POINTS.match(text, m.end())):
            out.append(NumberMention(text[m.start():bp.end()], value / 100, m.start(), bp.end()))
            continue
        scale = m.group("scale")
        if scale:
            # Turkish capitals lower with a combining dot ("MİLYAR" → "mi̇lyar"): drop it.
            key = " ".join(scale.lower().replace("\u0307", "").split())
            # "m"/"k"/"mi"/"bi" only count glued to the number ("5m", "3bi"); as words they are too common.
            if (key not in _SCALES or key in {"m", "k", "mi", "bi"} and " " in text[m.start("num"):m.start("scale")]
                    or key in {"m", "k"} and text[m.end("scale"):m.end("scale") + 1].isalpha()
                    or key not in _TURKISH_SCALES and text[m.end("scale"):m.end("scale") + 1].isalpha()):
                # ... and a letter after them makes a unit: "70km/h", "5kg", "35mm", "60mph" are no thousands or millions;
                # only Turkish scale words take suffixes ("milyar doları", "24 bine"): "58'er milletvekili" is no 58,000.
                scale = None
            else:
                value *= _SCALES[key]
        end = m.end() if scale else m.end("suffix") if m.group("suffix") else m.end("num")
        out.append(NumberMention(m.group(0) if scale else m.group("num"), value, m.start(), end))
    return out


def values(text: str, lang: str | None = None) -> list[float]:
    return [n.value for n in find_numbers(text, lang)]


def value_key(v: float) -> str:
    """A number's value to nine significant digits: two numbers are the same when their keys are."""
    return f"{v:.9g}"


def same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


_EN_WORDS = {w: float(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_EN_WORDS.update(_TENS)
_EN_WORDS.update({"hundred": 100, "a hundred": 100, "dozen": 12, "a dozen": 12, "half": 0.5})
# Ordinals: a translation writes "11º" / "15. sırada" as "eleventh", "fifteenth".
_EN_WORDS.update({w: float(i) for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)})
# "fifty-eight", "twenty one": written out in full, as style guides ask at a sentence start.
_EN_WORDS.update({f"{t}{sep}{u}": v + float(i) for t, v in _TENS.items() for sep in ("-", " ")
                  for i, u in enumerate("one two three four five six seven eight nine".split(), start=1)})
ENGLISH_NUMBER_WORDS: dict[str, float] = _EN_WORDS  # what english_number_words reads, for units written "six miles"
_EN_WORD_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _EN_WORDS), key=len, reverse=True)) + r")\b"
                         rf"(?:\s+({_SCALE_RE})\b)?", re.I)


def english_number_words(text: str) -> list[float]:
    """Values of numbers an English text spells out ("four million", "twenty"), which a translation may use for digits."""
    out = []
    for m in _EN_WORD_RE.finditer(text):
        v = _EN_WORDS[m.group(1).lower()]
        if m.group(2) and m.group(2).lower() not in {"m", "k", "mi", "bi"}:
            v *= _SCALES[m.group(2).lower()]
        out.append(v)
    return out
