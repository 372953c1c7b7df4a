"""``Aligner``: articles in, same-event clusters and scored pairs with their evidence out.

Steps: passages of every article (and of its English translation when there is one) are embedded
once (cached in the store); candidates come from nearest neighbours over article vectors and from
rare shared names; each candidate pair gets its passage matches, shared names, numbers and dates,
and one calibrated probability; pairs above 0.5 are merged into clusters unless the clusters
disagree (average linkage, no pair strongly against).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from xlnews.align.cluster import cluster_pairs
from xlnews.align.embed import Embedder, LanguageCentering
from xlnews.align.facts import Facts, article_facts
from xlnews.align.index import name_blocking, search_neighbours
from xlnews.align.passages import passages
from xlnews.align.score import (
    DATE_FAR_DAYS, FEATURES, Calibration, MeaningMatch, contributions, date_evidence, decided_by, name_evidence, number_evidence,
    passage_match, sigmoid,
)
from xlnews.records import Article, Cluster, FailedInput, Match, Record

THRESHOLD = 0.5
# Passage matches a pair keeps in the report beyond those that say the same thing: a same-event pair
# keeps every shared passage (the side-by-side view needs them), others enough to see why not.
_PASSAGES_KEPT = {True: 5, False: 2}
_CLEAR_NO = 0.02


@dataclass
class Settings:
    neighbours: int = 10  # nearest neighbours per article in the candidate search
    max_name_df: int = 50  # names in more articles than this are too common to block on
    threshold: float = THRESHOLD


@dataclass
class Prepared:
    """An article ready to compare: its passages (per view), their vectors' rows, and its facts."""

    article: Article
    english: str | None
    views: dict[str, list[str]]
    rows: dict[str, tuple[int, int]] = field(default_factory=dict)
    facts: Facts = field(default_factory=Facts)
    warnings: list[str] = field(default_factory=list)
    duplicate_of: str | None = None


@dataclass
class AlignmentResult:
    articles: list[Prepared]
    failed: list[FailedInput]
    clusters: list[Cluster]
    matches: list[Match]
    calibration: Calibration
    embedder: dict[str, str]
    warnings: list[str]
    settings: Settings
    stats: dict[str, Any]


def _text_hash(article: Article) -> str:
    return hashlib.sha256(" ".join(article.text.lower().split()).encode()).hexdigest()


class Aligner:
    def __init__(self, embedder: Embedder, calibration: Calibration, settings: Settings | None = None):
        self.embedder, self.calibration, self.settings = embedder, calibration, settings or Settings()
        self.centering = LanguageCentering.for_embedder(embedder)

    # -- preparation -------------------------------------------------------------------------

    def prepare(self, records: Sequence[Record], translations: dict[str, str]) -> tuple[list[Prepared], list[FailedInput]]:
        prepared: list[Prepared] = []
        failed: list[FailedInput] = []
        first_of_text: dict[str, str] = {}
        for record in records:
            if isinstance(record, FailedInput):
                failed.append(record)
                continue
            english = translations.get(record.id)
            views = {"source": passages(record.paragraphs, record.lang, record.title)}
            if english and record.lang != "en":
                views["english"] = passages(english.split("\n\n"), "en")
            p = Prepared(record, english, views)
            if not any(views.values()):
                failed.append(FailedInput(record.id, f"{record.source or record.id}: article {record.id!r} has no text", record.source))
                continue
            if record.lang and record.lang not in self.embedder.languages and "english" not in views:
                p.warnings.append(
                    f"language {record.lang!r} is not covered by the {self.embedder.name} embedder: matched on names, "
                    "numbers and dates only (translate it to English for meaning)"
                )
            digest = _text_hash(record)
            if digest in first_of_text:
                p.duplicate_of = first_of_text[digest]
                p.warnings.append(f"same text as {p.duplicate_of}: reported as the same event")
            else:
                first_of_text[digest] = record.id
            p.facts = article_facts(record, english)
            prepared.append(p)
        return prepared, failed

    def embed(self, prepared: list[Prepared], on_progress: Callable[[int], None] | None = None) -> np.ndarray:
        """One matrix of passage vectors; each article's views point at their rows."""
        texts: list[str] = []
        langs: list[str] = []
        for p in prepared:
            if p.duplicate_of:
                continue
            for view, items in p.views.items():
                p.rows[view] = (len(texts), len(texts) + len(items))
                texts.extend(items)
                langs.extend([(p.article.lang or "und") if view == "source" else "en"] * len(items))
        unique = list(dict.fromkeys(texts))
        where = {t: i for i, t in enumerate(unique)}
        step = 256
        done = np.zeros((len(unique), self.embedder.dim), dtype=np.float32)
        for start in range(0, len(unique), step):
            chunk = unique[start:start + step]
            done[start:start + len(chunk)] = self.embedder.embed(chunk)
            if on_progress:
                on_progress(len(chunk))
        return self.centering.apply(done[[where[t] for t in texts]], langs)

    # -- matching ----------------------------------------------------------------------------

    def match(self, prepared: list[Prepared], vectors: np.ndarray) -> tuple[list[Match], dict[str, Any]]:
        cal, st = self.calibration, self.settings
        live = [i for i, p in enumerate(prepared) if not p.duplicate_of]
        dim = vectors.shape[1] if vectors.size else self.embedder.dim
        centroids = np.zeros((len(live), dim), dtype=np.float32)
        for row, i in enumerate(live):
            lo = min(r[0] for r in prepared[i].rows.values())
            hi = max(r[1] for r in prepared[i].rows.values())
            c = vectors[lo:hi].sum(0)
            norm = float(np.linalg.norm(c))
            centroids[row] = c / norm if norm > 0 else c
        # Neighbours are searched in each language separately, so that every article gets candidates
        # in every language of the collection, however its own language's texts crowd around it.
        candidates: set[tuple[int, int]] = set()
        by_lang: dict[str, list[int]] = {}
        for row, i in enumerate(live):
            by_lang.setdefault(prepared[i].article.lang or "und", []).append(row)
        per_lang = max(3, st.neighbours // max(1, min(len(by_lang), 3)))
        for rows in by_lang.values():
            ids = search_neighbours(centroids[rows], centroids, per_lang + 1)  # +1: an article finds itself
            for q, neigh in enumerate(ids):
                for j in neigh:
                    if j >= 0 and rows[j] != q:
                        a, b = live[q], live[rows[j]]
                        candidates.add((min(a, b), max(a, b)))
        from_nn = len(candidates)

        n_docs = max(len(live), 1)
        df: dict[str, int] = {}
        for i in live:
            for block in {n.block for n in prepared[i].facts.names}:
                df[block] = df.get(block, 0) + 1
        idf = {b: math.log((n_docs + 1) / (c + 0.5)) for b, c in df.items()}
        blocked = name_blocking([[n.block for n in prepared[i].facts.names] for i in live], max_df=st.max_name_df)
        for ra, rb in blocked:
            a, b = live[ra], live[rb]
            da, db = prepared[a].facts.event_date, prepared[b].facts.event_date
            if da and db and abs((da - db).days) > DATE_FAR_DAYS:
                continue  # blocking by date: names alone do not make a candidate across a month
            candidates.add((min(a, b), max(a, b)))

        raw: dict[tuple[int, int], tuple[MeaningMatch, dict[str, float]]] = {}
        for a, b in sorted(candidates):
            raw[(a, b)] = self._meaning(prepared[a], prepared[b], vectors)

        # Each article's background: how close its candidates usually are (most are not its event),
        # shrunk toward the calibration's prior for articles with few candidates. The same for whole
        # articles: each one's mean similarity to its nearest candidates (CSLS, as in bitext mining).
        row_of = {i: row for row, i in enumerate(live)}
        sums = np.zeros(len(prepared))
        counts = np.zeros(len(prepared))
        near: dict[int, list[float]] = {}
        for (a, b), (m, x) in raw.items():
            x["centroid"] = float(centroids[row_of[a]] @ centroids[row_of[b]])
            for i in (a, b):
                sums[i] += m.top
                counts[i] += 1
                near.setdefault(i, []).append(x["centroid"])
        background = (sums + 2 * cal.background) / (counts + 2)
        knn = {i: sum(top := sorted(v, reverse=True)[:4]) / len(top) for i, v in near.items()}

        matches: list[Match] = []
        for (a, b), (m, x) in raw.items():
            pa, pb = prepared[a], prepared[b]
            x["passage_margin"] = float(m.top - (background[a] + background[b]) / 2)
            x["centroid_margin"] = x["centroid"] - (knn[a] + knn[b]) / 2
            overlap, count, names = name_evidence(pa.facts, pb.facts, idf)
            x["names"], x["names_count"] = overlap, count
            numbers = number_evidence(pa.facts, pb.facts)
            x["numbers"] = math.log1p(len(numbers))
            date_logit, dates = date_evidence(pa.facts, pb.facts)
            z = cal.logit(x) + date_logit
            prob = sigmoid(z)
            same = prob >= st.threshold
            contrib = contributions(cal, x, date_logit)
            evidence: dict[str, Any] = {
                "decided_by": decided_by(contrib, same),
                "contributions": contrib,
                "meaning": {"passage_top": round(m.top, 4), "passage_margin": round(x["passage_margin"], 4),
                            "coverage": round(m.coverage, 4), "compared": m.view},
                **names,
                "numbers": numbers,
                "dates": dates,
                # A clear "no" keeps its numbers but not its passages: at 100,000 articles the report
                # would otherwise carry gigabytes of text nobody reads.
                "passages": [] if prob < _CLEAR_NO else [
                    {"a": self._passage(pa, m.view, 0, i), "b": self._passage(pb, m.view, 1, j), "similarity": round(s, 4),
                     "shared": s >= cal.shared_passage, "a_index": i, "b_index": j}
                    for n, (i, j, s) in enumerate(m.matches)
                    if n < _PASSAGES_KEPT[same] or (same and s >= cal.shared_passage)
                ],
                "features": {f: round(x[f], 4) for f in FEATURES},
            }
            matches.append(Match(pa.article.id, pb.article.id, round(prob, 4), same, evidence))

        for p in prepared:
            if p.duplicate_of:
                matches.append(Match(p.article.id, p.duplicate_of, 1.0, True, {"decided_by": "identical text", "identical_text": True}))
        stats = {"candidates_from_neighbours": from_nn, "candidates_from_names": len(candidates) - from_nn,
                 "pairs_scored": len(raw), "passages": int(vectors.shape[0])}
        return matches, stats

    def _views(self, p: Prepared) -> list[str]:
        return [v for v in ("source", "english") if v in p.rows and p.rows[v][1] > p.rows[v][0]]

    def _meaning(self, pa: Prepared, pb: Prepared, vectors: np.ndarray) -> tuple[MeaningMatch, dict[str, float]]:
        """Compare in the views that share a language best: English with English when both have it,
        otherwise the source texts across languages (the embedder is multilingual)."""
        va, vb = self._views(pa), self._views(pb)
        combos = []
        if "english" in va and "english" in vb:
            combos.append(("english", "english"))
        elif "english" in va and pb.article.lang == "en":
            combos.append(("english", "source"))
        elif "english" in vb and pa.article.lang == "en":
            combos.append(("source", "english"))
        if "source" in va and "source" in vb:
            combos.append(("source", "source"))
        best: MeaningMatch | None = None
        for ka, kb in combos:
            ra, rb = pa.rows[ka], pb.rows[kb]
            m = passage_match(vectors[ra[0]:ra[1]], vectors[rb[0]:rb[1]], ka if ka == kb else f"{ka}/{kb}")
            if best is None or m.top > best.top:
                best = m
        best = best or MeaningMatch(0.0, 0.0, "none", [])
        return best, {"passage_top": best.top, "coverage": best.coverage}

    @staticmethod
    def _passage(p: Prepared, view: str, side: int, i: int) -> str:
        parts = view.split("/")
        key = parts[min(side, len(parts) - 1)]
        return p.views[key][i]

    # -- all together ------------------------------------------------------------------------

    def run(self, records: Sequence[Record], translations: dict[str, str] | None = None,
            on_embedded: Callable[[int], None] | None = None) -> AlignmentResult:
        prepared, failed = self.prepare(records, translations or {})
        warnings: list[str] = []
        if len(prepared) < 2:
            warnings.append(f"{len(prepared)} article{'s' if len(prepared) != 1 else ''} with text: nothing to align")
        vectors = self.embed(prepared, on_embedded)
        matches, stats = self.match(prepared, vectors) if len(prepared) > 1 else ([], {"pairs_scored": 0})
        clusters = cluster_pairs(
            [p.article.id for p in prepared], matches, self.settings.threshold,
            label=lambda ids: self._label(ids, {p.article.id: p for p in prepared}),
        )
        ids_seen = {p.article.id for p in prepared}
        for f in failed:
            if f.id not in ids_seen:
                ids_seen.add(f.id)
                clusters.append(Cluster(f"c{len(clusters) + 1}", [f.id], f"(not aligned: {f.error})"))
        emb = {"name": self.embedder.name, "model": self.embedder.model, "revision": self.embedder.revision}
        return AlignmentResult(prepared, failed, clusters, matches, self.calibration, emb, warnings, self.settings, stats)

    @staticmethod
    def _label(ids: list[str], by_id: dict[str, Prepared]) -> str:
        """The English or first title among the members, else the first passage, with the event date."""
        members = [by_id[i] for i in ids]
        members.sort(key=lambda p: (p.article.lang != "en", not p.article.title))
        p = members[0]
        text = p.article.title or (p.views["source"][0] if p.views["source"] else p.article.id)
        text = text if len(text) <= 100 else text[:97].rsplit(" ", 1)[0] + "…"
        dates = sorted({m.facts.event_date for m in members if m.facts.event_date})
        return f"{text} ({dates[0].isoformat()})" if dates else text
