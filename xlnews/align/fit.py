"""Fitting a calibration: the logistic weights that turn a candidate pair's signals into one
probability of the same event, fitted on labelled collections (the project's same-event benchmark,
:mod:`xlnews.eval.same_event`).

Each embedder scores similarity on its own scale, so each needs its own fit: ``xlnews eval
calibrate`` runs this for any embedder, ``benchmarks/bench_align.py --fit`` for the shipped ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from xlnews.align.aligner import AlignmentResult, Aligner
from xlnews.align.embed import Embedder, LanguageCentering, measure_language_means, ships_language_means
from xlnews.align.features import VIEWS, same_language
from xlnews.align.score import FEATURES, Calibration
from xlnews.errors import XlnewsError
from xlnews.records import Article

# Features the shipped calibrations hold at weight 0 (benchmarks/README.md, third and fifth
# sessions): fitted freely they tie reports on one subject together, and the seeds merge. The names
# share counts only as ``names_related``, where the texts are related too (fourteenth session).
HELD_AT_ZERO = ("passage_best", "lead", "passage_top", "centroid", "coverage", "names_count", "names")
# The margins depend on each article's background, which the calibration's priors set: fitted twice,
# the second time from the first fit's priors.
ROUNDS = 2


@dataclass
class LabelledPart:
    """Articles with their gold event labels (and English translations, when aligned with them)."""

    name: str
    articles: list[Article]
    gold: dict[str, str]
    translations: dict[str, str] | None = None


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 50, without: Sequence[int] = ()) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression with every weight >= 0: each feature is evidence for the
    same event, so more of it must never lower the probability. (Unconstrained, the benchmark's
    correlated features came out with negative weights on coverage and whole-article similarity, and a
    story against its own translation scored below 0.5.) Active set: fit, fix the most negative weight
    at zero, refit, until none is negative."""
    free = [k for k in range(x.shape[1]) if k not in without]
    while True:
        w, b = _fit_free(x[:, free], y, l2, iters)
        if (w >= 0).all():
            out = np.zeros(x.shape[1])
            out[free] = w
            return out, b
        free.pop(int(np.argmin(w)))


def _fit_free(x: np.ndarray, y: np.ndarray, l2: float, iters: int) -> tuple[np.ndarray, float]:
    """Newton's method on the L2-regularised log-loss (features standardised inside, weights returned raw)."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([(x - mu) / sd, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    for _ in range(iters):
        p = 1 / (1 + np.exp(-z @ w))
        grad = z.T @ (p - y) + l2 * np.r_[w[:-1], 0]
        hess = (z * (p * (1 - p))[:, None]).T @ z + l2 * np.diag(np.r_[np.ones(len(w) - 1), 0])
        w -= np.linalg.solve(hess, grad)
    raw = w[:-1] / sd
    return raw, float(w[-1] - (raw * mu).sum())


# What share of translation pairs fall below each passage line (passage_lines): a passage said again in the other
# report is one of those pairs at best. Measured on NTREX's three translations cut into what two outlets share and
# what each has alone (benchmarks/README.md, 2026-12-06, third session).
SHARED_QUANTILE = 0.10  # Calibration.shared_passage
MATCHED_QUANTILE = 0.05  # Calibration.matched_passage: each other's closest, and this alike
COVERED_QUANTILE = 0.25  # Calibration.covered_passage: this close to any passage of the other


def passage_lines(embedder: Embedder, parallel: dict[str, list[str]], centering: LanguageCentering) -> dict[str, float]:
    """The similarities that all but a share of translation pairs (tr-en, pt-en, tr-pt; ``parallel``:
    line-aligned text by language) reach, as :class:`~xlnews.align.score.Calibration` keeps them."""
    # Passages are compared after each language's mean is removed, so the lines are measured so too.
    vec = {k: centering.apply(embedder.embed(v[:300]), [k] * len(v[:300])) for k, v in parallel.items()}
    sims = np.concatenate([(vec[a] * vec[b]).sum(1) for a, b in (("tr", "en"), ("pt", "en"), ("tr", "pt")) if a in vec and b in vec])
    return {name: round(float(np.quantile(sims, q)), 4) for name, q in
            (("shared_passage", SHARED_QUANTILE), ("matched_passage", MATCHED_QUANTILE), ("covered_passage", COVERED_QUANTILE))}


def pair_table(result: AlignmentResult, gold: dict[str, str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every scored candidate pair of an alignment as (features in FEATURES order, same event 0/1,
    whether its texts were compared in one language)."""
    scored = [m for m in result.matches if "features" in m.evidence]
    pairs = [(m.a, m.b) for m in scored]
    rows = [[m.evidence["features"][f] for f in FEATURES] for m in scored]
    views = [VIEWS.index(m.evidence["meaning"]["compared"]) for m in scored]
    neg = result.clear_negatives
    pairs += [(neg.ids[a], neg.ids[b]) for a, b in zip(neg.a.tolist(), neg.b.tolist())]
    views += [VIEWS.index(neg.views[v]) for v in neg.view.tolist()]
    x = np.vstack([np.array(rows).reshape(-1, len(FEATURES)), neg.features])
    y = np.array([gold[a] == gold[b] for a, b in pairs], dtype=float)
    lang = {p.article.id: p.article.lang for p in result.articles}
    index = {i: k for k, i in enumerate(lang)}
    same = same_language(np.array(views, dtype=np.int64), np.array(list(lang.values())),
                         np.array([index[a] for a, _ in pairs], dtype=np.int64), np.array([index[b] for _, b in pairs], dtype=np.int64))
    return x, y, same


def fit_calibration(embedder: Embedder, parts: Sequence[LabelledPart], parallel: dict[str, list[str]], start: Calibration,
                    without: Sequence[str] = HELD_AT_ZERO, model: str = "",
                    on_round: Callable[[int, Calibration], None] | None = None,
                    on_part: Callable[[int, str], None] | None = None) -> Calibration:
    """Fits a calibration for ``embedder`` on the labelled ``parts``. ``start`` gives the first
    round's background priors (any embedder's calibration will do); ``parallel`` (line-aligned tr, pt,
    en text) sets the shared-passage line; ``model`` is recorded for embedders that run many models."""
    bad = [f for f in without if f not in FEATURES]
    if bad:
        raise XlnewsError(f"unknown features {bad}; features are {', '.join(FEATURES)}")
    means: dict[str, list[float]] = {}
    if not ships_language_means(embedder.name) and not getattr(embedder, "parts", None):
        # Any model: its language means go in the calibration, so that the fit and every run with it centre alike.
        means = {lang: [round(float(v), 6) for v in mean] for lang, mean in measure_language_means(embedder, parallel).items()}
    lines = passage_lines(embedder, parallel, LanguageCentering.for_embedder(embedder, means))
    cal = Calibration(**{**start.to_dict(), "embedder": embedder.name, "model": model, "language_means": means})
    for round_ in range(ROUNDS):
        aligner = Aligner(embedder, cal)
        tables = []
        for part in parts:
            if on_part:
                on_part(round_ + 1, part.name)
            tables.append(pair_table(aligner.run(part.articles, part.translations), part.gold))
        x, y, same = (np.concatenate([t[k] for t in tables]) for k in range(3))
        if not y.any() or y.all():
            raise XlnewsError(f"{' and '.join(p.name for p in parts)}: no pair of the same event, or none of different events, among "
                               f"the {len(y)} candidate pairs: nothing to fit (more events?)")
        w, b = fit_logistic(x, y, without=[FEATURES.index(f) for f in without])
        neg, neg_same = x[y == 0], same[y == 0]
        # Backgrounds' priors: the median passage and lead similarity of pairs of different events.
        neg_top = float(np.median(neg[:, FEATURES.index("passage_top")]))
        neg_lead = float(np.median(neg[:, FEATURES.index("lead")]))
        # Same-language lift: how much higher the raw passage and lead similarities of different
        # events' pairs are when both texts are in one language (medians, as the priors).
        offset = {f: round(float(np.median(neg[neg_same, FEATURES.index(f)]) - np.median(neg[~neg_same, FEATURES.index(f)])), 4)
                  for f in ("passage_top", "lead")} if neg_same.any() and (~neg_same).any() else {}
        cal = Calibration(
            embedder.name, {f: round(float(v), 4) for f, v in zip(FEATURES, w)}, round(b, 4), round(neg_top, 4),
            lines["shared_passage"], matched_passage=lines["matched_passage"], covered_passage=lines["covered_passage"],
            fitted_on=f"same-event benchmark, {' and '.join(p.name for p in parts)}: {len(y)} candidate pairs "
                      f"({int(y.sum())} same event); weights >= 0" + (f"; held at 0: {', '.join(without)}" if without else ""),
            means={f: round(float(v), 4) for f, v in zip(FEATURES, x.mean(0))},
            lead_background=round(neg_lead, 4), same_language_offset=offset,
            same_event_means={f: round(float(v), 4) for f, v in zip(FEATURES, x[y == 1].mean(0))},
            model=model, language_means=means,
        )
        if on_round:
            on_round(round_ + 1, cal)
    return cal
