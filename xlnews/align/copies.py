"""Copies among the input: the same text, or nearly (a republished report with an update stamp, a
share line or one sentence changed). A copy is folded into the first article that has the text and
reported as the same event, so a collection of a hundred thousand near-identical pages costs one
article's matching, not every pair of them.

Near copies are found without comparing every pair: each article is sketched by the smallest
hashes of its passages (bottom-k); an article is checked only against the earlier originals that
share a sketch hash, by the share of the shorter one's passages that the other has word for word.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field

# Share of the shorter text's passages that the other has word for word, from which one is a copy of
# the other: two copies of a six-sentence report that each add a line of their own share 5 of 6;
# two outlets' reports of one event, written apart, share no sentence word for word.
NEAR_COPY_OVERLAP = 0.8
# Fewer passages than this (on either side) and one changed sentence is a large part of the text:
# exact copies only.
NEAR_COPY_MIN_PASSAGES = 3
_SKETCH = 4  # smallest passage hashes an article is filed under
_PER_HASH = 8  # originals kept under one hash: a passage every page of a site has must not make the search quadratic


@dataclass
class Copy:
    of: str  # the id of the first article with this text
    shared: int  # passages in common
    passages: int  # passages of the copy
    exact: bool


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


@functools.lru_cache(maxsize=1 << 16)  # copies repeat their passages
def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(_norm(text).encode(), digest_size=8).digest(), "little")


@dataclass
class CopyFinder:
    """Fed the articles in input order; says for each whether it copies an earlier one."""

    _texts: dict[str, str] = field(default_factory=dict)  # whole-text digest -> first id
    _sets: dict[str, tuple[str | None, frozenset[int]]] = field(default_factory=dict)  # original -> (lang, passage hashes)
    _filed: dict[int, list[str]] = field(default_factory=dict)  # sketch hash -> originals

    def add(self, article_id: str, lang: str | None, text: str, passages: list[str]) -> Copy | None:
        digest = hashlib.sha256(_norm(text).encode()).hexdigest()
        if digest in self._texts:
            return Copy(self._texts[digest], len(passages), len(passages), True)
        self._texts[digest] = article_id
        hashes = frozenset(_hash(p) for p in passages)
        if len(hashes) < NEAR_COPY_MIN_PASSAGES:
            return None  # nor an original to others: a page of site furniture alone would swallow every page
        sketch = sorted(hashes)[:_SKETCH]
        best: Copy | None = None
        for other in dict.fromkeys(o for h in sketch for o in self._filed.get(h, ())):
            other_lang, other_hashes = self._sets[other]
            shared = len(hashes & other_hashes)
            if (other_lang == lang and shared / min(len(hashes), len(other_hashes)) >= NEAR_COPY_OVERLAP
                    and (best is None or shared > best.shared)):
                best = Copy(other, shared, len(hashes), False)
        if best is not None:
            return best
        self._sets[article_id] = (lang, hashes)
        for h in sketch:
            filed = self._filed.setdefault(h, [])
            if len(filed) < _PER_HASH:
                filed.append(article_id)
        return None
