"""Corpus BLEU, chrF2, chrF2++ and TER through sacrebleu, each with its signature and a bootstrap 95% CI,
and paired significance tests between two systems.

The score is sacrebleu's own corpus score on the whole set; the interval is sacrebleu's bootstrap
(1000 resamples by default, fixed seed), so the numbers are the ones `sacrebleu` prints.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from sacrebleu.metrics import BLEU, CHRF, TER
from sacrebleu.metrics.base import Metric

# chrf is chrF2 (character n-grams only: the figure papers and ../shared/README.md publish);
# chrfpp is chrF2++ (with word bigrams), sacrebleu's recommended variant.
METRIC_NAMES = ("bleu", "chrf", "chrfpp", "ter")


def make_metrics(names: tuple[str, ...] = METRIC_NAMES) -> dict[str, Metric]:
    factories: dict[str, Callable[[], Metric]] = {"bleu": BLEU, "chrf": CHRF, "chrfpp": lambda: CHRF(word_order=2), "ter": TER}
    return {n: factories[n]() for n in names}


@dataclass
class MetricScore:
    metric: str  # bleu | chrf | ter
    name: str  # as sacrebleu names it: BLEU, chrF2++, TER
    score: float
    ci_low: float | None
    ci_high: float | None
    signature: str
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def corpus_scores(hyps: list[str], refs: list[list[str]], n_bootstrap: int = 1000,
                  names: tuple[str, ...] = METRIC_NAMES) -> list[MetricScore]:
    """``refs`` is a list of reference streams, each as long as ``hyps``."""
    out = []
    for key, metric in make_metrics(names).items():
        full = metric.corpus_score(hyps, refs)
        low = high = None
        if n_bootstrap > 0 and len(hyps) > 1:
            boot = metric.corpus_score(hyps, refs, n_bootstrap=n_bootstrap)
            # sacrebleu's bootstrap gives mean ± half-width of the 95% interval around the resampled mean.
            low, high = float(boot._mean - boot._ci), float(boot._mean + boot._ci)
        out.append(MetricScore(
            metric=key, name=full.name, score=float(full.score), ci_low=low, ci_high=high,
            signature=str(metric.get_signature()), detail=full.format(width=2, score_only=False),
        ))
    return out


@dataclass
class Comparison:
    metric: str
    baseline: float
    system: float
    p_value: float | None
    test: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def paired_test(baseline: list[str], system: list[str], refs: list[list[str]], test: str = "bs",
                n_samples: int = 0, names: tuple[str, ...] = METRIC_NAMES) -> list[Comparison]:
    """Paired bootstrap resampling (``bs``) or approximate randomisation (``ar``), sacrebleu's own."""
    from sacrebleu.significance import PairedTest

    metrics = make_metrics(names)
    pt = PairedTest([("baseline", baseline), ("system", system)], metrics, refs, test_type=test, n_samples=n_samples)
    _sigs, results = pt()
    # PairedTest keys its results by the metric's own name (BLEU, chrF2++, TER); map back by position.
    by_position: list[Any] = [v for k, v in results.items() if k != "System"]  # (baseline, system) results
    out = []
    for key, (base, sys_) in zip(metrics, by_position):
        out.append(Comparison(metric=key, baseline=float(base.score), system=float(sys_.score),
                              p_value=None if sys_.p_value is None else float(sys_.p_value), test=test))
    return out
