"""A cross-lingual same-event benchmark built from the documents in ``../shared/data``.

Each news document is cut into parts by sentence (round robin), and each part is given in a
different language, so the parts report the same story in different words. Every part also
carries the document's lead sentence, in its own language: reports of one event share its key
fact, while reports on the same subject (the negatives a real collection is full of) do not.
- FLORES-200 wikinews documents (lines with one URL are one document), two parts each, in
  Turkish/English, Portuguese/English or Turkish/Portuguese in turn; the wikibooks and wikivoyage
  documents come in whole, in one language, as distractors with no partner.
- NTREX-128 news documents (newstest2019, ``DOCUMENT_IDS.tsv``): three parts (tr, pt, en) for
  even-numbered documents, two for odd ones; the first line (the headline) is the first part's title.
  Documents from different outlets that report one event (labelled by hand in
  :mod:`xlnews.eval.ntrex_events`) are one event, so their parts are same-event pairs too.
The ``fit`` half (FLORES dev, first half of NTREX) is what the alignment calibration is fitted on;
the ``test`` half (FLORES devtest, second half of NTREX) is held out for reporting.

The ``outlets-fit`` and ``outlets-test`` parts are the nearest this data comes to real news: the
NTREX documents whole (the same halves as above), each in one language (the reports of one event in
turn in Turkish, Portuguese and English), so that the same-event pairs are different outlets'
reports in different words and languages, among reports on the same subjects that are other events.

The ``translated-fit`` and ``translated-test`` parts are those documents whole in all three languages
(NTREX's own human translations): every report comes with its translations, as a collection gathered
from the Turkish, Portuguese and English press holds agency copy and its translations; the same-event
pairs are a document's translations and, across them, the other outlets' reports of its event.
``translated-all`` is both halves as one collection (121 documents, 363 articles): the size at which one
whole-article vector per report gets the issue's reference top-1 for held-out news (about 0.77), with
every event's reports together; reported, never fitted on (half of it is the fit half's documents).

The ``crowded-fit`` and ``crowded-test`` parts are events that many outlets report: each NTREX document
of the half cut into up to six reports (two body sentences of its own each at least, and the lead), in
Turkish, Portuguese and English in turn, so that an event has up to six reports, and with the other
outlets' documents of it up to 48 (the Sulawesi earthquake). Each report's candidates are then mostly
its own event's other reports: what the margins measure against (each article's background) is tried
there. Reported, never fitted on.

``outlets-dated`` is both outlets halves as one collection with every report published on one day
(:data:`ONE_DAY`), as a week's news from many outlets reaches a user: dated, and dated alike. Being
published together then says nothing of being one event, and a prior that counted it would merge the
week's reports on one subject (NTREX has no publication dates; its documents are from a few days
around that one). Reported, never fitted on.
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xlnews.align.aligner import AlignmentResult, Aligner
from xlnews.align.fit import LabelledPart
from xlnews.align.report import report_dict
from xlnews.corpora.clean import CleanOptions
from xlnews.corpora.ingest import Ingestor
from xlnews.errors import XlnewsError
from xlnews.eval.alignment import score_alignment
from xlnews.eval.ntrex_events import EVENTS, LEFT_OUT, event_of
from xlnews.records import Article
from xlnews.store import Store

_FLORES = {"tr": "tur_Latn", "pt": "por_Latn", "en": "eng_Latn"}
_FLORES_PAIRS = [("tr", "en"), ("pt", "en"), ("tr", "pt")]
PARTS = ("fit", "test", "outlets-fit", "outlets-test", "translated-fit", "translated-test", "translated-all", "crowded-fit",
         "crowded-test", "outlets-dated")
# The day outlets-dated's reports are published: the weekend most NTREX documents report on.
ONE_DAY = "2018-09-30"
# A crowded event's reports: a document cut into up to this many parts, each with two sentences of its own at least.
CROWDED_PARTS, CROWDED_OWN = 6, 2
_NTREX = {"tr": "newstest2019-ref.tur.txt", "pt": "newstest2019-ref.por-BR.txt", "en": "newstest2019-src.eng.txt"}


@dataclass
class BenchArticle:
    id: str
    lang: str
    text: str
    title: str | None
    event: str
    published: str | None = None

    def record(self) -> dict[str, str]:
        out = {"id": self.id, "lang": self.lang, "text": self.text}
        if self.title:
            out["title"] = self.title
        if self.published:
            out["published"] = self.published
        return out


def _lines(path: Path) -> list[str]:
    if not path.exists():
        raise XlnewsError(f"{path}: not found (the same-event benchmark reads ../shared/data; set XLNEWS_SHARED_DATA)")
    return path.read_text(encoding="utf-8").splitlines()


def _flores(data: Path, split: str) -> list[BenchArticle]:
    meta = _lines(data / "flores200" / f"metadata_{split}.tsv")[1:]
    text = {lang: _lines(data / "flores200" / f"{split}.{code}") for lang, code in _FLORES.items()}
    docs: dict[str, list[int]] = {}
    domain: dict[str, str] = {}
    for i, row in enumerate(meta):
        url, dom = row.split("\t")[:2]
        docs.setdefault(url, []).append(i)
        domain[url] = dom
    out: list[BenchArticle] = []
    for d, (url, lines) in enumerate(docs.items()):
        event = f"flores-{split}-{d}"
        if domain[url] == "wikinews" and len(lines) >= 2:
            langs = _FLORES_PAIRS[d % 3]
            for part, lang in enumerate(langs):
                chosen = sorted({lines[0], *lines[part::2]})
                out.append(BenchArticle(f"{event}-{lang}", lang, " ".join(text[lang][i] for i in chosen), None, event))
        else:
            lang = ("tr", "pt", "en")[d % 3]
            out.append(BenchArticle(f"{event}-{lang}", lang, " ".join(text[lang][i] for i in lines), None, event))
    return out


def _ntrex_documents(data: Path) -> tuple[dict[str, list[str]], dict[str, list[int]]]:
    ids = _lines(data / "ntrex" / "DOCUMENT_IDS.tsv")
    text = {lang: _lines(data / "ntrex" / name) for lang, name in _NTREX.items()}
    docs: dict[str, list[int]] = {}
    for i, row in enumerate(ids):
        name = row.split("\t")[0].strip()
        if name not in LEFT_OUT:
            docs.setdefault(name, []).append(i)
    return text, docs


def _ntrex_half(names: list[str], half: str) -> list[str]:
    """The documents of the ``fit`` or ``test`` half: the first or second half in file order."""
    return names[: len(names) // 2] if half == "fit" else names[len(names) // 2:]


def _ntrex(data: Path, half: str) -> list[BenchArticle]:
    text, docs = _ntrex_documents(data)
    chosen = _ntrex_half(list(docs), half)
    out: list[BenchArticle] = []
    for d, name in enumerate(chosen):
        lines = docs[name]
        langs = ("tr", "pt", "en") if d % 2 == 0 else (("tr", "en"), ("pt", "en"), ("tr", "pt"))[(d // 2) % 3]
        event = f"ntrex-{event_of(name)}"
        headline, body = lines[0], lines[1:]
        for part, lang in enumerate(langs):
            sentences = [text[lang][i] for i in sorted({body[0], *body[part::len(langs)]})]
            out.append(BenchArticle(f"ntrex-{name}-{lang}", lang, " ".join(sentences), text[lang][headline] if part == 0 else None,
                                    event))
    return out


def _ntrex_whole(text: dict[str, list[str]], name: str, lines: list[int], lang: str) -> BenchArticle:
    """NTREX document ``name`` whole in ``lang``, its first line (the headline) as the title."""
    return BenchArticle(f"ntrex-{name}-{lang}", lang, " ".join(text[lang][i] for i in lines[1:]), text[lang][lines[0]],
                        f"ntrex-{event_of(name)}")


def _ntrex_translated(data: Path, half: str) -> list[BenchArticle]:
    text, docs = _ntrex_documents(data)
    return [_ntrex_whole(text, name, docs[name], lang) for name in _ntrex_half(list(docs), half) for lang in ("tr", "pt", "en")]


def _ntrex_outlets(data: Path, half: str) -> list[BenchArticle]:
    text, docs = _ntrex_documents(data)
    member = {d: k for documents in EVENTS.values() for k, d in enumerate(documents)}
    chosen = set(_ntrex_half(list(docs), half))
    out: list[BenchArticle] = []
    for d, (name, lines) in enumerate(docs.items()):  # d over all documents: a singleton's language stays its own
        if name not in chosen:
            continue
        lang = ("tr", "pt", "en")[member[name] % 3 if name in member else d % 3]
        out.append(_ntrex_whole(text, name, lines, lang))
    return out


def _ntrex_crowded(data: Path, half: str) -> list[BenchArticle]:
    """Each document of the half cut into as many parts as it has pairs of body sentences, up to
    :data:`CROWDED_PARTS`, in Turkish, Portuguese and English in turn, each part with the lead: an event
    that many outlets report, and with other outlets' documents of the event, up to 48 reports of one."""
    text, docs = _ntrex_documents(data)
    out: list[BenchArticle] = []
    for d, name in enumerate(_ntrex_half(list(docs), half)):
        headline, body = docs[name][0], docs[name][1:]
        k = max(1, min(CROWDED_PARTS, (len(body) - 1) // CROWDED_OWN))
        for part in range(k):
            lang = ("tr", "pt", "en")[(d + part) % 3]
            sentences = [text[lang][i] for i in sorted({body[0], *body[1 + part::k]})]
            out.append(BenchArticle(f"ntrex-{name}-{part}{lang}", lang, " ".join(sentences),
                                    text[lang][headline] if part == 0 else None, f"ntrex-{event_of(name)}"))
    return out


def same_event_benchmark(data: Path, part: str) -> list[BenchArticle]:
    """``part``: one of :data:`PARTS`."""
    if part not in PARTS:
        raise XlnewsError(f"benchmark part must be one of {', '.join(PARTS)}, not {part!r}")
    if part == "outlets-dated":
        return [dataclasses.replace(a, published=ONE_DAY) for half in ("fit", "test") for a in _ntrex_outlets(data, half)]
    if part == "translated-all":
        return _ntrex_translated(data, "fit") + _ntrex_translated(data, "test")
    if part.startswith("crowded-"):
        return _ntrex_crowded(data, part.removeprefix("crowded-"))
    if part.startswith("translated-"):
        return _ntrex_translated(data, part.removeprefix("translated-"))
    if part.startswith("outlets-"):
        return _ntrex_outlets(data, part.removeprefix("outlets-"))
    return _flores(data, "dev" if part == "fit" else "devtest") + _ntrex(data, part)


def flores_parallel(data: Path, split: str = "dev") -> dict[str, list[str]]:
    """FLORES-200 ``split``, line-aligned, by our language code (tr, pt, en)."""
    return {lang: _lines(data / "flores200" / f"{split}.{code}") for lang, code in _FLORES.items()}


def load_part(data: Path, part: str, store: Store | None = None, events: int | None = None) -> LabelledPart:
    """One benchmark part as a user's collection would reach the aligner: through ``corpora ingest``'s
    cleaning (``store`` caches it). ``events``: only the first N events (a quick fit or check)."""
    bench = same_event_benchmark(data, part)
    if events is not None:
        keep = set(list(dict.fromkeys(a.event for a in bench))[:events])
        bench = [a for a in bench if a.event in keep]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{part}.jsonl"
        path.write_text("".join(json.dumps(a.record(), ensure_ascii=False) + "\n" for a in bench), encoding="utf-8")
        records = list(Ingestor(CleanOptions(), store).ingest([path]))
    bad = [r for r in records if not isinstance(r, Article)]
    if bad:
        raise XlnewsError(f"benchmark part {part}: {len(bad)} articles failed to ingest, e.g. {bad[0].id}: {bad[0].error}")
    return LabelledPart(part, [r for r in records if isinstance(r, Article)], {a.id: a.event for a in bench})


def score_part(aligner: Aligner, part: LabelledPart) -> tuple[dict[str, Any], dict[str, Any], AlignmentResult, float]:
    """Aligns a labelled part and scores its clusters: (scores, report.json dict, result, seconds aligning)."""
    start = time.perf_counter()
    result = aligner.run(part.articles, part.translations)
    elapsed = time.perf_counter() - start
    report = report_dict(result)
    return score_alignment(report, part.gold).to_dict(), report, result, elapsed
