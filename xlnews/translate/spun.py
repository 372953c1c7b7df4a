"""Restores "spun" Turkish: the automatic synonym swaps some sites make to pass copied news off as
their own (*tertip* for *düzen*, *ortasında* for *arasında*, *Tepesi* for *Zirvesi*, *Devlet Lideri*
for *Devlet Başkanı*, *güç* for *enerji*). A translation model reads the swapped word literally
("global arrangement", "in the middle of Kazakhstan and Russia", "6th Hill"), so the swap is undone
before translation.

Each rule fires only on the collocation that gives the swap away, never on the word alone, so
clean Turkish passes unchanged (see benchmarks/README.md for the count on FLORES devtest).
Every substitution is returned, to be recorded with the translation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass

_UP = "A-ZÇĞİÖŞÜÂÎÛ"
_LOW = "a-zçğıöşüâîû"


@dataclass
class Substitution:
    paragraph: int
    original: str
    restored: str
    rule: str

    def to_dict(self) -> dict:
        return asdict(self)


# Sector words: "güç" in a list of them is the energy sector, spun from "enerji".
_SECTORS = {"ulaştırma", "ulaşım", "gümrük", "sıhhat", "sağlık", "turizm", "eğitim", "hukuk", "inşaat", "ekoloji",
            "lojistik", "tarım", "sanayi", "ticaret", "yatırım", "finans", "madencilik", "petrol", "bilişim", "savunma",
            "kültür", "bilim", "teknoloji", "insani", "iletişim", "telekomünikasyon", "maden", "otomotiv", "havacılık"}


def _sector_power(m: re.Match[str]) -> str | None:
    line = m.string
    # The list the word stands in: the run of comma/"ve"-joined words around it.
    span = line[max(0, m.start() - 120):m.end() + 120].lower()
    items = set(re.findall(rf"[{_LOW}]+", span))
    return m.group(0).replace("güç", "enerji") if len(items & _SECTORS) >= 2 else None


_Rule = tuple[str, re.Pattern[str], Callable[[re.Match[str]], str | None] | str]

RULES: list[_Rule] = [
    ("devlet_lideri", re.compile(r"\b(Devlet|devlet) (L|l)ideri(?=[’'\s,.;:]|$)"),
     lambda m: f"{m.group(1)} {'B' if m.group(2) == 'L' else 'b'}aşkanı"),
    # A summit is "Zirvesi"; "Tepesi" (hill) after an ordinal, an acronym or "Başkanları" is the swap.
    ("tepesi_zirvesi", re.compile(rf"(\b\d{{1,3}}\.\s+|\b[{_UP}0-9]{{2,}}\)?\s+|Başkanları\s+|Liderleri\s+)Tepesi(?=[’'\s,.;:]|$)"),
     lambda m: f"{m.group(1)}Zirvesi"),
    # Between two parties: "A ve B ortasında", "iki ülke ortasındaki", "hükümetleri ortasında".
    ("ortasinda_arasinda", re.compile(
        # A genitive before it ("harabelerin ortasında", in the middle of the ruins) is real Turkish.
        rf"(\b[{_UP}][\w’']*\s+(?:ve|ile)\s+[{_UP}][\w’']*\s+|\b[İi]ki\s+[{_LOW}]+(?<![ıiuü]n)\s+|\b[{_LOW}{_UP}]*(?:ler|lar)(?:i|ı|imiz|ımız)?\s+)ortası(nda(?:ki)?)\b"),
     lambda m: f"{m.group(1)}arası{m.group(2)}"),
    ("tertip_duzen", re.compile(rf"\b(global|küresel|dünya|uluslararası|yeni|Global|Küresel|Dünya|Yeni)((?:\s+\w+)?)\s+tertib?(?:p)?([ıiuü][{_LOW}]*)?\b"),
     lambda m: f"{m.group(1)}{m.group(2)} düzen{m.group(3) or ''}"),
    ("guc_enerji", re.compile(r"(?<=[,(]\s)güç(?=\s*,|\s+ve\b)|^güç(?=\s*,)|(?<=\s)güç(?=\s*,\s)"), _sector_power),
    ("lisana_dile", re.compile(rf"\blisana getir(?=[{_LOW}])"), "dile getir"),
    ("tabir_ifade", re.compile(rf"\btabir(ini|lerini) kullan(?=[{_LOW}])"),
     lambda m: f"ifade{'sini' if m.group(1) == 'ini' else 'lerini'} kullan"),
    ("bir_ortaya_araya", re.compile(rf"\bbir ortaya gel(?=[{_LOW}])"), "bir araya gel"),
    ("goz_arkasi_ardi", re.compile(rf"\bgöz arkası et(?=[{_LOW}])"), "göz ardı et"),
]


def restore_spun(text: str, paragraph: int = 0) -> tuple[str, list[Substitution]]:
    subs: list[Substitution] = []
    for name, pattern, repl in RULES:
        def apply(m: re.Match[str], name: str = name, repl=repl) -> str:
            new = repl if isinstance(repl, str) else repl(m)
            if new is None or new == m.group(0):
                return m.group(0)
            subs.append(Substitution(paragraph, m.group(0).strip(), new.strip(), name))
            return new

        text = pattern.sub(apply, text)
    return text, subs
