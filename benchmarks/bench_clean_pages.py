"""What cleaning keeps and drops on real news text wrapped in page furniture.

Each NTREX-128 document (real news, human-translated: Turkish, Portuguese, English) becomes a page:
its first line the headline, the rest its paragraphs, around them the furniture of one of several
site shapes (a menu run straight into the headline or set apart by a blank line, a breadcrumb, the
section's name, date lines, bylines, boxes of other headlines, share bars, newsletter, cookie and
comment notices, wire credit lines, copyright lines), chosen by a fixed seed. Measured, per language:
pages whose title is the headline, body sentences lost (each is real text the cleaner removed),
and furniture lines left in the text. The furniture is written from site shapes the project knows,
so "furniture left" measures the rules on shapes they were written for; "body lost" is the figure
that holds for any page: real sentences a rule took for furniture.

With --tickers, half the pages (by a second seed, so that the pages are otherwise the same) also
carry a breaking-news ticker above the headline: another document's headline after the label
("Son Dakika: ...", "URGENTE: ...", "BREAKING NEWS: ..."), or the label alone on its line and the
headline under it, as news sites run one above every page.

With --readers, half the pages (by a third seed) also end in what sits under an article: a box of
other articles' headlines, each with its teaser (a headline and the first sentence of two other NTREX
documents), then readers' comments (a header and two comments, each a sentence of another document
under its author and time, with a reply button), above the usual trailer. Their sentences are real
news text, so a rule that takes them may take the article's own as well: "body lost" says whether it does.

Usage: python benchmarks/bench_clean_pages.py [--docs N] [--tickers] [--readers]   (default: all 123 documents x 3 languages;
SHOW_LOST=N in the environment lists N lost lines instead of 8)
"""

from __future__ import annotations

import argparse
import os
import random
import time
from collections import Counter

from xlnews.corpora.clean import CleanOptions, clean_text
from xlnews.errors import XlnewsError
from xlnews.eval.benchmark import shared_data_dir
from xlnews.eval.same_event import _ntrex_documents

MENUS = {
    "tr": [["Son Dakika", "Gündem Ekonomi Dünya Spor Magazin Yazarlar"], ["Ana Sayfa", "Gündem", "Ekonomi", "Spor", "Yazarlar"],
           ["Anasayfa > Dünya > Avrupa"], ["Üye Girişi", "Canlı Yayın", "Hava Durumu"]],
    "pt": [["Menu", "Últimas notícias Política Economia Mundo Esportes"], ["Início » Mundo » Europa"],
           ["Página inicial", "Buscar", "Assine"], ["Menu", "Ciência e Saúde Política e Economia Mundo"]],
    "en": [["Home | News | Politics | Business | Opinion", "Subscribe"], ["Skip to main content", "Sign in", "Search"],
           ["Home > World > Europe"], ["Menu", "News Sport Business Arts and Culture Life and Style"]],
}
TICKER_LABELS = {"tr": ["Son Dakika: ", "SON DAKİKA | ", "Flaş Haber: "], "pt": ["Última hora: ", "URGENTE: ", "Plantão | "],
                 "en": ["Breaking: ", "BREAKING NEWS: ", "Just in: "]}
SECTIONS = {"tr": "Dünya", "pt": "Mundo", "en": "World"}
DATES = {"tr": ["29 Eylül 2018 Cumartesi, 14:20", "Giriş: 29.09.2018 14:20 | Güncelleme: 29.09.2018 15:05"],
         "pt": ["29/09/2018 11h20 Atualizado há 2 horas", "Publicado em 29/09/2018 às 11h20"],
         "en": ["September 29, 2018 10:15 AM UTC Updated ago", "By Jane Doe | September 29, 2018",
                "By Staff Reporter in World on 29 September 2018"]}
BYLINES = {"tr": ["Haber Merkezi", "Muhabir: Ahmet Yılmaz"], "pt": ["Por Redação, com agências", "Por g1"],
           "en": ["By Jane Doe", "By Olzhas Auyezov"]}
RELATED = {"tr": ["İlgili Haberler", "Ekonomide yeni dönem başlıyor", "Dolar haftaya yükselişle başladı"],
           "pt": ["Leia também", "Governo anuncia novo pacote econômico", "Flamengo vence o Palmeiras"],
           "en": ["Related Posts", "Markets rally as oil prices fall", "Storm warning issued for the coast"]}
TRAILERS = {
    "tr": ["Bu habere yorum yapın", "Facebook'ta paylaş Twitter'da paylaş WhatsApp",
           "Bültenimize abone olun, en son haberleri e-posta kutunuza gönderelim.", "Etiketler: dünya, siyaset",
           "Bu sitede çerezler kullanılmaktadır. Kabul Et", "© 2018 Tüm hakları saklıdır."],
    "pt": ["Compartilhe esta notícia no WhatsApp", "Ao comentar você concorda com os termos de uso.",
           "Assine nossa newsletter", "Comentários", "Todos os direitos reservados"],
    "en": ["Share this article", "Facebook Twitter LinkedIn Email", "(Reporting by Jane Doe; Editing by Mark Potter)",
           "Your email address will not be published. Required fields are marked *", "Subscribe to our newsletter",
           "Copyright 2018 All rights reserved."],
}


TEASER_HEADERS = {"tr": "Benzer Haberler", "pt": "Leia também", "en": "Related stories"}
COMMENTS = {"tr": ("Yorumlar (2)", ["Ahmet Y. 2 saat önce", "Mehmet K. 5 saat önce"], "Yanıtla"),
            "pt": ("Comentários (2)", ["Maria S. há 3 horas", "João P. há 1 dia"], "Responder"),
            "en": ("2 Comments", ["jsmith 5 hours ago", "anna_k 2 days ago"], "Reply")}


def readers_part(lang: str, others: list[str], text: dict[str, list[str]], docs: dict[str, list[int]]) -> list[str]:
    """What sits under an article on many sites, from four other documents: a box of the first two's
    headlines with their first sentences as teasers, then readers' comments (the other two's first
    sentences), each under its author and time, with a reply button."""
    header, frames, button = COMMENTS[lang]
    first = {n: [" ".join(text[lang][i].split()) for i in docs[n][:2]] for n in others}
    box = [TEASER_HEADERS[lang]] + [line for n in others[:2] for line in first[n]]
    return box + [header] + [line for frame, n in zip(frames, others[2:]) for line in (frame, first[n][1], button)]


def page(lang: str, headline: str, body: list[str], rng: random.Random, ticker: list[str] | None = None,
         readers: list[str] | None = None) -> tuple[str, set[str]]:
    """A page's raw text and its furniture lines (``ticker``: lines above the headline, another story's;
    ``readers``: lines under the text, other stories' teasers and readers' comments)."""
    top = list(rng.choice(MENUS[lang]))
    blank_after_menu = rng.random() < 0.5
    if rng.random() < 0.3:
        top.append(SECTIONS[lang])
    head = [headline, rng.choice(DATES[lang])] + ([rng.choice(BYLINES[lang])] if rng.random() < 0.5 else [])
    middle = list(body)
    # A box of other headlines between two paragraphs of running text (before a line that ends a
    # sentence: a box right above the document's own unpunctuated bullet points would take them too).
    at = next((k for k in range(2, len(middle)) if middle[k].rstrip('"”’\'').endswith((".", "!", "?"))), None)
    if at is not None and rng.random() < 0.5:
        middle[at:at] = RELATED[lang]
    trailer = rng.sample(TRAILERS[lang], k=min(len(TRAILERS[lang]), rng.randint(2, 4)))
    lines = top + ([""] if blank_after_menu else []) + (ticker or []) + head + middle + (readers or []) + trailer
    furniture = set(top) | set(ticker or []) | set(head[1:]) | set(RELATED[lang]) | set(readers or []) | set(trailer)
    return "\n".join(lines), furniture


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, help="only the first N documents")
    ap.add_argument("--tickers", action="store_true", help="a breaking-news ticker above the headline on half the pages")
    ap.add_argument("--readers", action="store_true", help="other stories' teasers and readers' comments under the text on half the pages")
    args = ap.parse_args()
    text, docs = _ntrex_documents(shared_data_dir())
    names = list(docs)[: args.docs] if args.docs else list(docs)
    rng = random.Random(7)
    ticker_rng = random.Random(11)
    readers_rng = random.Random(13)
    headlines = {lang: [" ".join(text[lang][docs[n][0]].split()) for n in names] for lang in ("tr", "pt", "en")}
    stats: dict[str, Counter[str]] = {lang: Counter() for lang in ("tr", "pt", "en")}
    lost_examples: list[str] = []
    title_examples: list[str] = []
    start = time.perf_counter()
    for name in names:
        for lang in ("tr", "pt", "en"):
            lines = [text[lang][i] for i in docs[name]]
            # As cleaning writes text: spaces squeezed (NTREX's Portuguese has doubled ones).
            lines = [" ".join(ln.split()) for ln in lines]
            headline, body = lines[0], [ln for ln in lines[1:] if ln]
            if not body:
                continue
            ticker = None
            if args.tickers and ticker_rng.random() < 0.5:
                other = ticker_rng.choice([h for h in headlines[lang] if h != headline])
                label = ticker_rng.choice(TICKER_LABELS[lang])
                ticker = ([label + other] if ticker_rng.random() < 0.7
                          else [label.strip(" :|"), other])  # the label alone on its line, the headline under it
            readers = None
            if args.readers and readers_rng.random() < 0.5:
                readers = readers_part(lang, readers_rng.sample([n for n in names if n != name], 4), text, docs)
            raw, furniture = page(lang, headline, body, rng, ticker, readers)
            s = stats[lang]
            s["pages"] += 1
            s["body"] += len(body)
            try:
                article = clean_text(raw, f"{name}-{lang}", options=CleanOptions(), lang=lang)
            except XlnewsError:
                s["failed"] += 1
                s["body_lost"] += len(body)
                continue
            kept = set(article.paragraphs)
            s["title_right"] += article.title == headline
            if article.title != headline and len(title_examples) < 12:
                title_examples.append(f"{lang}: {article.title!r} for {headline[:70]!r}")
            lost = [b for b in body if b not in kept]
            s["body_lost"] += len(lost)
            why = {r.text: r.reason for r in article.removed}
            lost_examples.extend(f"{lang} ({why.get(b, '?')}): {b[:80]}" for b in lost)
            s["furniture_left"] += sum(1 for p in article.paragraphs if p in furniture)
            s["furniture"] += len(furniture)
    secs = time.perf_counter() - start
    print(f"{'lang':4} {'pages':>5} {'title right':>12} {'body lost':>16} {'furniture left':>18} {'failed':>6}")
    for lang, s in stats.items():
        print(f"{lang:4} {s['pages']:5d} {s['title_right']:7d} ({s['title_right'] / max(s['pages'], 1):.0%})"
              f" {s['body_lost']:6d} of {s['body']:5d} {s['furniture_left']:6d} of {s['furniture']:6d} {s['failed']:6d}")
    print(f"{secs:.1f} s")
    print("body lines lost, by the reason cleaning gave:",
          dict(Counter(e.split("(", 1)[1].split(")", 1)[0] for e in lost_examples).most_common()))
    for e in lost_examples[:int(os.environ.get("SHOW_LOST", "8"))]:
        print("  lost:", e)
    for e in title_examples[:8]:
        print("  title:", e)


if __name__ == "__main__":
    main()
