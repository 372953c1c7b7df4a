"""The candidate pairs that are clearly not the same event, kept as columns.

At 100,000 articles about nine in ten of the million candidate pairs are clear "no"s. Each is still
reported (score, what decided it, every signal's contribution and value, how far apart the dates
are), but as rows of arrays rather than a million evidence records: the records are built only
when the report is written. Pairs that may be the same event, or would be but for their dates,
are full :class:`~xlnews.records.Match` records with names, numbers and passages.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from xlnews.align.score import FEATURES, SIGNALS, date_verdict, pair_evidence


@dataclass
class ClearNegatives:
    ids: Sequence[str]  # article ids; a and b index them
    a: np.ndarray
    b: np.ndarray
    score: np.ndarray
    decider: np.ndarray  # index into score.SIGNALS
    contributions: np.ndarray  # pairs x score.SIGNALS
    features: np.ndarray  # pairs x FEATURES
    views: Sequence[str]
    view: np.ndarray
    shared_names: np.ndarray
    shared_numbers: np.ndarray
    days_apart: np.ndarray  # -1: a date is unknown

    @classmethod
    def empty(cls, ids: Sequence[str] = ()) -> "ClearNegatives":
        z = np.zeros(0, dtype=np.int64)
        return cls(ids, z, z, np.zeros(0), z, np.zeros((0, len(SIGNALS))), np.zeros((0, len(FEATURES))), ("none",),
                   z, z, z, z)

    def __len__(self) -> int:
        return len(self.a)

    def triples(self) -> Iterator[tuple[str, str, float]]:
        ids = self.ids
        for a, b, s in zip(self.a.tolist(), self.b.tolist(), self.score.tolist()):
            yield ids[a], ids[b], s

    def to_dicts(self) -> Iterator[dict[str, Any]]:
        """Each pair as ``Match.to_dict`` writes one: a, b, score, same_event and its evidence."""
        rows = zip(self.a.tolist(), self.b.tolist(), self.score.tolist(), self.decider.tolist(),
                   self.contributions.tolist(), self.features.tolist(), self.view.tolist(), self.shared_names.tolist(),
                   self.shared_numbers.tolist(), self.days_apart.tolist())
        for a, b, score, dec, contrib, feats, view, n_names, n_numbers, days in rows:
            details: dict[str, Any] = {"shared_counts": {"names": int(n_names), "numbers": int(n_numbers)}}
            if days >= 0:
                details["dates"] = {"days_apart": days, "verdict": date_verdict(days)}
            yield {"a": self.ids[a], "b": self.ids[b], "score": score, "same_event": False,
                   "evidence": pair_evidence(dec, contrib, feats, self.views[view], details)}
