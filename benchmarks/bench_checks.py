"""How noisy the reference-free checks of `xlnews eval mt --src` are, and how much they catch.

With the human English as the "translation" every flag is a false alarm: FLORES-200 devtest (1,012
sentences) and NTREX-128 (1,997 news sentences), from Portuguese and from Turkish. Catches, on the
sentences that pass with the human English:
- numbers: every digit deleted from the English (sentences whose source and English both have digits);
- names: the first English word that writes one of the source's compared names replaced by "someone".

Usage: python benchmarks/bench_checks.py
"""

from __future__ import annotations

import re

from xlnews.eval.benchmark import shared_data_dir
from xlnews.eval.checks import check_names, check_numbers

try:  # run against an older checkout too, whose names check read no common words
    from xlnews.eval.checks import common_words
except ImportError:  # pragma: no cover
    common_words = None
from xlnews.names import compared_key, find_name_runs, name_key


def _lines(path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def sets() -> dict[str, tuple[str, list[str], list[str]]]:
    data = shared_data_dir()
    flores, ntrex = data / "flores200", data / "ntrex"
    english_f, english_n = _lines(flores / "devtest.eng_Latn"), _lines(ntrex / "newstest2019-src.eng.txt")
    return {
        "FLORES devtest pt": ("pt", _lines(flores / "devtest.por_Latn"), english_f),
        "FLORES devtest tr": ("tr", _lines(flores / "devtest.tur_Latn"), english_f),
        "NTREX pt": ("pt", _lines(ntrex / "newstest2019-ref.por.txt"), english_n),
        "NTREX tr": ("tr", _lines(ntrex / "newstest2019-ref.tur.txt"), english_n),
    }


def numbers(lang: str, src: list[str], ref: list[str]) -> tuple[int, int, int]:
    false_alarms = sum(check_numbers(s, r, lang) is not None for s, r in zip(src, ref))
    candidates = [(s, re.sub(r"\d", "", r)) for s, r in zip(src, ref)
                  if re.search(r"\d", s) and re.search(r"\d", r) and check_numbers(s, r, lang) is None]
    return false_alarms, sum(check_numbers(s, r, lang) is not None for s, r in candidates), len(candidates)


def names(lang: str, src: list[str], ref: list[str]) -> tuple[int, int, int]:
    common = common_words(src, lang) if common_words else None

    def check(s: str, r: str) -> str | None:
        return check_names(s, r, common) if common is not None else check_names(s, r)

    flags = [check(s, r) for s, r in zip(src, ref)]
    caught = total = 0
    for s, r, flag in zip(src, ref, flags):
        if flag is not None:
            continue
        keys = {compared_key(w) for run in find_name_runs(s) for w in run if compared_key(w)}
        words = [m for m in re.finditer(r"\b[A-Z][\w'-]+", r) if m.start() > 0 and name_key(m.group(0)) in keys]
        if not words:
            continue
        total += 1
        caught += check(s, re.sub(r"\b" + re.escape(words[0].group(0)) + r"\b", "someone", r)) is not None
    return sum(f is not None for f in flags), caught, total


def main() -> None:
    print(f"{'set':20s} {'numbers: false alarms':>22s} {'caught':>12s} {'names: false alarms':>20s} {'caught':>12s}")
    for name, (lang, src, ref) in sets().items():
        nf, nc, nt = numbers(lang, src, ref)
        mf, mc, mt = names(lang, src, ref)
        print(f"{name:20s} {f'{nf} / {len(src)}':>22s} {f'{nc} / {nt}':>12s} {f'{mf} / {len(src)}':>20s} {f'{mc} / {mt}':>12s}")


if __name__ == "__main__":
    main()
