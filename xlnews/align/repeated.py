"""Passages that many articles of one collection carry word for word: a site's footer, disclaimer or
"about us" line that the page cleaner let through (it judges one page at a time, and a footer written
as a sentence reads like text). Every page of the site has it, so it would tie together that site's
reports of unrelated events (measured: benchmarks/README.md, 2026-12-05, seventh session). Such
passages are left out of the comparison, and out of the text names and numbers are read from.

What is left out is told apart from shared text that is evidence of one event:
- two articles sharing a sentence may be two outlets running one agency's copy: a passage counts
  only when three or more articles that are not copies of one another carry it;
- a family of near copies (one story republished with a line changed here and there) shares most of
  each article: an article whose repeated passages are more than half of it keeps them all.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from xlnews.align.copies import comparable
from xlnews.align.passages import paragraph_passages

# Articles (not copies of one another) that must carry a passage word for word for it to be left out.
REPEATED_MIN_ARTICLES = 3
# The most of an article such passages may be and still be left out: more, and it is a near copy.
REPEATED_MAX_SHARE = 0.5


def passage_key(text: str) -> int:
    """A passage's key: equal for passages equal but for case and spacing."""
    return hash(comparable(text))


def furniture(articles: Sequence[Sequence[str]], min_articles: int = REPEATED_MIN_ARTICLES,
              max_share: float = REPEATED_MAX_SHARE) -> dict[int, frozenset[int]]:
    """For the articles (each its passages, all views) that have any, the keys of the passages to leave
    out: those ``min_articles`` or more of the articles carry, where they are at most ``max_share`` of it.
    Counted on arrays: a collection of 100,000 articles has millions of passages."""
    keys = [np.fromiter((passage_key(t) for t in passages), dtype=np.int64, count=len(passages)) for passages in articles]
    if not keys:
        return {}
    # Each article counts a passage once, however often it repeats it.
    values, counts = np.unique(np.concatenate([np.unique(k) for k in keys]), return_counts=True)
    repeated = values[counts >= min_articles]
    if not len(repeated):
        return {}
    flat = np.concatenate(keys)
    hit = np.isin(flat, repeated)
    out: dict[int, frozenset[int]] = {}
    start = 0
    for i, k in enumerate(keys):
        mask = hit[start:start + len(k)]
        start += len(k)
        n = int(mask.sum())
        if n and n <= max_share * len(k):
            out[i] = frozenset(int(x) for x in k[mask])
    return out


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
        elif any(comparable(x) in comparable(paragraph) for x in left_out):  # spaced or cased otherwise
            out.append(" ".join(x for x in paragraph_passages(paragraph, lang) if passage_key(x) not in keys))
        else:
            out.append(paragraph)
    return out
