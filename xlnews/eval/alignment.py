"""Scores an alignment report (clusters and scored pairs) against gold event labels.

Pairwise precision/recall/F1 over same-event pairs, B-cubed F1 over articles, and top-1 accuracy:
for each article that has a gold partner, is its best-scored pair in the report a gold partner?
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from xlnews.errors import InputError
from xlnews.jsonl import read_jsonl


@dataclass
class AlignmentScores:
    articles: int
    gold_events: int
    predicted_clusters: int
    pair_precision: float
    pair_recall: float
    pair_f1: float
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    top1_accuracy: float | None
    top1_articles: int
    # Articles of the report without a gold label: not scored (a gold file may label part of a collection).
    unlabelled_articles: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _pairs(groups: dict[str, set[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for members in groups.values() for p in combinations(sorted(members), 2)}


def load_gold(path: str | Path) -> dict[str, str]:
    gold: dict[str, str] = {}
    for lineno, obj in read_jsonl(path):
        if isinstance(obj, InputError):
            raise obj
        if "id" not in obj or "event" not in obj:
            raise InputError(f"{path}:{lineno}: a gold record needs 'id' and 'event'")
        aid, event = str(obj["id"]), str(obj["event"])
        if gold.get(aid, event) != event:  # one article in two events: the labels contradict each other
            raise InputError(f"{path}:{lineno}: article {aid!r} is labelled {event!r} here and {gold[aid]!r} earlier")
        gold[aid] = event
    if not gold:
        raise InputError(f"{path}: no gold records")
    return gold


def load_report(path: str | Path) -> dict[str, Any]:
    p = Path(path)
    try:
        report = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{p}: not a JSON alignment report ({exc})") from None
    if not isinstance(report, dict) or not isinstance(report.get("clusters"), list):
        raise InputError(f"{p}: no 'clusters' list (expected the report.json written by xlnews align)")
    return report


def score_alignment(report: dict[str, Any], gold: dict[str, str]) -> AlignmentScores:
    cluster_of: dict[str, str] = {}
    for ci, cluster in enumerate(report["clusters"]):
        for aid in cluster.get("articles", []):
            if str(aid) in cluster_of:
                raise InputError(f"article {aid!r} is in more than one cluster of the report")
            cluster_of[str(aid)] = str(cluster.get("id", ci))
    missing = sorted(set(gold) - set(cluster_of))
    if missing:
        more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        raise InputError(f"{len(missing)} gold articles are not in the report: {', '.join(missing[:5])}{more}")
    ids = sorted(gold)
    pred_groups: dict[str, set[str]] = {}
    gold_groups: dict[str, set[str]] = {}
    for aid in ids:
        pred_groups.setdefault(cluster_of[aid], set()).add(aid)
        gold_groups.setdefault(gold[aid], set()).add(aid)
    pp, gp = _pairs(pred_groups), _pairs(gold_groups)
    hit = len(pp & gp)
    precision = hit / len(pp) if pp else (1.0 if not gp else 0.0)
    recall = hit / len(gp) if gp else 1.0

    bp = br = 0.0
    for aid in ids:
        c, g = pred_groups[cluster_of[aid]], gold_groups[gold[aid]]
        both = len(c & g)
        bp += both / len(c)
        br += both / len(g)
    bp, br = bp / len(ids), br / len(ids)

    best: dict[str, tuple[float, str]] = {}
    for pair in report.get("pairs", []):
        a, b, s = str(pair.get("a")), str(pair.get("b")), float(pair.get("score", 0.0))
        for x, y in ((a, b), (b, a)):
            if x in gold and y in gold and (x not in best or s > best[x][0]):
                best[x] = (s, y)
    with_partner = [aid for aid in ids if len(gold_groups[gold[aid]]) > 1]
    correct = sum(1 for aid in with_partner if aid in best and gold[best[aid][1]] == gold[aid])
    return AlignmentScores(
        articles=len(ids), gold_events=len(gold_groups), predicted_clusters=len(pred_groups),
        pair_precision=precision, pair_recall=recall, pair_f1=_f1(precision, recall),
        bcubed_precision=bp, bcubed_recall=br, bcubed_f1=_f1(bp, br),
        top1_accuracy=correct / len(with_partner) if with_partner else None, top1_articles=len(with_partner),
        unlabelled_articles=len(set(cluster_of) - set(gold)),
    )
