"""Standard test sets from ../shared/data, translated through the same pipeline as `xlnews translate`."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from xlnews.errors import XlnewsError

LANG_CODES = {"tr": ("tur_Latn", "tur"), "pt": ("por_Latn", "por")}

# Published scores (sacrebleu BLEU tok 13a / chrF2) from ../shared/README.md, by (test set, pair).
PUBLISHED: dict[tuple[str, str], dict[str, str]] = {
    ("flores-devtest", "tr-en"): {
        "Helsinki-NLP/opus-mt-tr-en": "31.4 / 59.0", "Helsinki-NLP/opus-mt-tc-big-tr-en": "37.5 / 64.1",
        "facebook/nllb-200-distilled-600M": "34.6 / 61.0", "facebook/nllb-200-3.3B": "38.9 / 64.5"},
    ("flores-devtest", "pt-en"): {
        "Helsinki-NLP/opus-mt-ROMANCE-en": "45.1 / 69.4", "facebook/nllb-200-distilled-600M": "47.2 / 69.8",
        "facebook/nllb-200-3.3B": "50.4 / 72.0", "Firefox Translations tiny pt-en (bergamot)": "43.8 / 68.9"},
    ("newstest2018", "tr-en"): {
        "Helsinki-NLP/opus-mt-tr-en": "26.3", "Helsinki-NLP/opus-mt-tc-big-tr-en": "30.7",
        "facebook/nllb-200-distilled-600M": "28.2", "facebook/nllb-200-3.3B": "31.2"},
}
TEST_SETS = ("flores-dev", "flores-devtest", "newstest2016", "newstest2017", "newstest2018", "tatoeba", "ntrex")


def shared_data_dir() -> Path:
    env = os.environ.get("XLNEWS_SHARED_DATA")
    if env:
        return Path(env)
    # Beside the working directory or one of its parents, or beside a source checkout of xlnews.
    for base in (Path.cwd(), *Path.cwd().parents, Path(__file__).resolve().parents[2]):
        cand = base / "shared" / "data"
        if cand.is_dir():
            return cand
        cand = base.parent / "shared" / "data"
        if cand.is_dir():
            return cand
    return Path("../shared/data")


@dataclass
class TestSet:
    name: str
    pair: str
    source: list[str]
    reference: list[str]
    source_path: Path
    reference_path: Path


def load_test_set(name: str, pair: str, data: Path | None = None) -> TestSet:
    data = data or shared_data_dir()
    src_lang, _, tgt = pair.partition("-")
    if tgt != "en" or src_lang not in LANG_CODES:
        raise XlnewsError(f"--pair must be tr-en or pt-en, not {pair!r}")
    flores, short = LANG_CODES[src_lang]
    if name in ("flores-dev", "flores-devtest"):
        split = name.split("-")[1]
        src, ref = data / "flores200" / f"{split}.{flores}", data / "flores200" / f"{split}.eng_Latn"
    elif name.startswith("newstest"):
        if src_lang != "tr":
            raise XlnewsError(f"{name} is Turkish-English only")
        src, ref = data / "newstest" / f"{name}.tr-en.tr", data / "newstest" / f"{name}.tr-en.en"
    elif name == "tatoeba":
        src = data / "tatoeba" / f"tatoeba-test-v2021-08-07.eng-{short}.{short}"
        ref = data / "tatoeba" / f"tatoeba-test-v2021-08-07.eng-{short}.eng"
    elif name == "ntrex":
        # NTREX is English news translated into other languages: reversed, its translations are the source.
        src, ref = data / "ntrex" / f"newstest2019-ref.{short}.txt", data / "ntrex" / "newstest2019-src.eng.txt"
    else:
        raise XlnewsError(f"unknown test set {name!r}; choose one of: {', '.join(TEST_SETS)}")
    for p in (src, ref):
        if not p.is_file():
            raise XlnewsError(f"{p}: test set file not found (set XLNEWS_SHARED_DATA to the shared data folder)")
    s = src.read_text(encoding="utf-8").splitlines()
    r = ref.read_text(encoding="utf-8").splitlines()
    if len(s) != len(r):
        raise XlnewsError(f"{src} and {ref} differ in length ({len(s)} vs {len(r)})")
    return TestSet(name, pair, s, r, src, ref)
