"""Passages that many articles of one collection carry word for word: a site's footer, disclaimer or
"about us" line that the page cleaner let through (it judges one page at a time, and a footer written
as a sentence reads like text). Every page of the site has it, so it would tie together that site's
reports of unrelated events (measured: benchmarks/README.md, 2026-12-05, seventh session). Such
passages are left out of the comparison, and out of the text names and numbers are read from.

What is left out is told apart from shared text that is evidence of one event:
- two articles sharing a sentence may be two outlets running one agency's copy: a passage counts
  only when three or more articles that are not copies of one another carry it;
- what outlets share in the middle of their reports is an agency's copy, while a site's lines end its
  pages, or open them: only passages at the end of an article (with nothing after them but others such,
  or a short line) or at its opening (above or under its headline) are left out;
- a family of near copies (one story republished with a line changed here and there) shares most of
  each article: an article whose repeated passages are more than half of it keeps them all;
- outlets may open or close one event's report with one agency's lines: a passage is a site's only
  where the articles that carry it are no more alike, the rest of what they say, than any articles of
  their languages are;
- but where the articles give their addresses, three pages of one site (one host) that open or end
  with one passage carry the site's line, however alike they are: a topical site's pages (every one
  about one country, one election) are more alike than the collection's, and the alike rule alone kept
  its footer (benchmarks/README.md, 2026-12-06), while outlets running one agency's copy are sites of
  their own.
The first version left out every passage three articles carried, and lost one event's reports that
open with one agency's sentence (pairwise F1 0.90-0.98 down to 0.41-0.67 on the benchmark); the
alike rule keeps those. A site's line at the top of its pages is worse than a footer: the reports'
leads are then one passage, and each site's pages became one event (F1 0.637 to 0.009 on the
outlets; benchmarks/README.md, eighth session).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import numpy as np

from xlnews.align.passages import paragraph_passages
from xlnews.wordcount import count_words

# Articles (not copies of one another) that must carry a passage word for word for it to be left out.
REPEATED_MIN_ARTICLES = 3
# The most of an article such passages may be and still be left out: more, and it is a near copy.
REPEATED_MAX_SHARE = 0.5
# A line after a site's footer that does not stop it ending the page: a byline, a photo credit.
SHORT_LINE_WORDS = 6
# Carriers whose passages, those aside, are this much more alike than any articles of their languages
# (mean cosine of their centroids, after each language's mean is taken off, less the same over every
# article of those languages) may be one event's reports. Measured on NTREX: a site's 3 to 44 pages of
# different events -0.05 to +0.06; one event's 3 to 6 reports ending in one agency sentence +0.07 to
# +0.58, median +0.31 (benchmarks/README.md, 2026-12-05, seventh session).
REPEATED_ALIKE_MARGIN = 0.1


def passage_key(text: str) -> int:
    """A passage's key. A site's lines are one template, written the same to the letter on every page."""
    return hash(text)


def repeated_at_edges(articles: Sequence[Sequence[Sequence[str]]], min_articles: int = REPEATED_MIN_ARTICLES,
                      max_share: float = REPEATED_MAX_SHARE) -> dict[int, frozenset[int]]:
    """For the articles (each its views, each view its passages) that have any, the keys of the passages
    that may be a site's: those that ``min_articles`` or more of the articles carry and that end a view
    (with only others such, or short lines, after them) or open it (before its text: with only others
    such, short lines and one passage more, its headline, before them), where they are at most
    ``max_share`` of the article."""
    keys = [[[passage_key(t) for t in view] for view in views] for views in articles]
    counts: Counter[int] = Counter()
    for views in keys:
        counts.update({k for view in views for k in view})  # each article counts a passage once
    repeated = {k for k, n in counts.items() if n >= min_articles}
    if not repeated:
        return {}
    out: dict[int, frozenset[int]] = {}
    for i, views in enumerate(keys):
        found: set[int] = set()
        for view, view_keys in zip(articles[i], views):
            # Only the edges: a site's lines close its pages or open them, while what else outlets share
            # in the middle of their reports is one agency's copy. (An agency's lead opens the outlets'
            # reports too: what keeps it is that they are alike, :func:`unalike_carriers`.)
            found.update(k for k in view_keys[_ending(view, view_keys, repeated):] if k in repeated)
            found.update(view_keys[k] for k in _opening(view, view_keys, repeated))
        if found and sum(k in found for view in views for k in view) <= max_share * sum(len(view) for view in views):
            out[i] = frozenset(found)
    return out


def site_of(url: str | None) -> str | None:
    """The site an article's address is on: its host, lower case, without "www." or a mobile "m." (one
    site's pages come under both); None without an address, or for one that names no host."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip() if "//" in url else "//" + url.strip()).hostname
    except ValueError:  # a malformed address (an unclosed IPv6 bracket) names no site
        return None
    if not host or "." not in host:
        return None
    for prefix in ("www.", "m."):
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix):]
    return host


def one_sites_lines(candidates: dict[int, frozenset[int]], sites: Sequence[str | None],
                    min_articles: int = REPEATED_MIN_ARTICLES) -> dict[int, frozenset[int]]:
    """Of each candidate's keys (:func:`repeated_at_edges`), those that ``min_articles`` or more articles
    of its own site (``sites``: each article's, :func:`site_of`; None where unknown) carry: that site's
    lines, however alike its pages are."""
    counts = Counter((sites[i], k) for i, keys in candidates.items() if sites[i] for k in keys)
    out: dict[int, frozenset[int]] = {}
    for i, keys in candidates.items():
        if sites[i] and (own := frozenset(k for k in keys if counts[sites[i], k] >= min_articles)):
            out[i] = own
    return out


def _mean_cosine(total: np.ndarray, n: int) -> float:
    """Mean cosine over the pairs of ``n`` unit vectors whose sum is ``total``."""
    return (float(total @ total) - n) / (n * (n - 1)) if n > 1 else 0.0


def unalike_carriers(candidates: dict[int, frozenset[int]], centroids: np.ndarray, langs: Sequence[str],
                     margin: float = REPEATED_ALIKE_MARGIN) -> frozenset[int]:
    """Of the candidates' keys (:func:`repeated_at_edges`), those whose carriers are no more alike than any
    articles of their languages: the mean cosine of the carriers' centroids, pair by pair, less that of
    every article of those languages, under ``margin``. ``centroids``: a unit row per article (each its
    passages' mean direction without its candidate passages; zero where none is left), ``langs`` its
    language. Unalike, the carriers report different things and what they share is the site's; alike,
    they may be outlets closing one event's report with one agency's lines, which is evidence."""
    read = np.linalg.norm(centroids, axis=1) > 0  # an article with nothing left to compare counts for nothing
    sums: dict[str, np.ndarray] = {}
    counts: dict[str, int] = {}
    for row, lang in enumerate(langs):
        if read[row]:
            sums[lang] = sums.get(lang, 0) + centroids[row].astype(np.float64)
            counts[lang] = counts.get(lang, 0) + 1
    carriers: dict[int, list[int]] = {}
    for i, keys in candidates.items():
        if read[i]:
            for k in keys:
                carriers.setdefault(k, []).append(i)
    out = set()
    for k, members in carriers.items():
        if len(members) < 2:
            continue
        of = {langs[i] for i in members}
        background = _mean_cosine(sum((sums[lang] for lang in of), np.zeros(centroids.shape[1])), sum(counts[lang] for lang in of))
        if _mean_cosine(centroids[members].sum(0, dtype=np.float64), len(members)) - background < margin:
            out.add(k)
    return frozenset(out)


def _ending(view: Sequence[str], keys: Sequence[int], marked: Container[int]) -> int:
    """Where a view's ending of marked passages begins: the first of its last passages whose keys are
    ``marked``, with only others such or short lines (a byline, a photo credit) after it; ``len(view)``
    if it ends with none."""
    cut = len(view)
    for k in range(len(view) - 1, -1, -1):
        if keys[k] in marked:
            cut = k
        elif count_words(view[k]) >= SHORT_LINE_WORDS:
            break
    return cut


def _opening(view: Sequence[str], keys: Sequence[int], marked: Container[int]) -> list[int]:
    """The marked passages a view opens with: those before its text, with only short lines (a label) and
    one passage that is not (its headline: a site's line may stand above or under it) among them."""
    found, unmarked = [], 0
    for k in range(len(view)):
        if keys[k] in marked:
            found.append(k)
        elif count_words(view[k]) >= SHORT_LINE_WORDS:
            unmarked += 1
            if unmarked > 1:
                break
    return found


@dataclass(frozen=True)
class Edges:
    """One view's passages (their indexes) without a site's lines at its edges, and those lines."""

    opening: list[int]  # a site's lines above or under the headline
    kept: list[int]
    ending: list[int]  # from the site's lines at the end, short lines among and after them with them


def edges_to_leave_out(passages: Sequence[str], site: frozenset[int]) -> Edges:
    """Which of one view's passages are a site's lines (keys in ``site``) at its opening and its end."""
    keys = [passage_key(x) for x in passages]
    cut = _ending(passages, keys, site)
    opening = [k for k in _opening(passages, keys, site) if k < cut]
    left = set(opening)
    return Edges(opening, [k for k in range(cut) if k not in left], list(range(cut, len(passages))))


def paragraphs_without(paragraphs: list[str], lang: str | None, left_out: list[str]) -> list[str]:
    """``paragraphs`` without the passages ``left_out`` (as the article's passages write them), for reading
    names and numbers: a paragraph that is all such passages is left empty, not dropped, so that the
    paragraphs' places (where a date stands) hold."""
    keys = {passage_key(x) for x in left_out}
    out = []
    for paragraph in paragraphs:
        inside = [x for x in left_out if x in paragraph]
        if inside:  # as written: cut out, no need to split the paragraph again
            for x in inside:
                paragraph = paragraph.replace(x, " ")
            out.append(" ".join(paragraph.split()))
        elif any(" ".join(x.split()) in " ".join(paragraph.split()) for x in left_out):  # spaced otherwise
            out.append(" ".join(x for x in paragraph_passages(paragraph, lang) if passage_key(x) not in keys))
        else:
            out.append(paragraph)
    return out
