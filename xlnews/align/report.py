"""The alignment report as data (``report.json``): clusters, scored pairs with their evidence, and
every input article, failed ones included."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from xlnews import __version__
from xlnews.align.aligner import AlignmentResult, Prepared


def _article_entry(p: Prepared, cluster: str) -> dict[str, Any]:
    a = p.article
    return {
        "id": a.id, "lang": a.lang, "title": a.title, "published": str(a.published) if a.published else None,
        "event_date": p.facts.event_date.isoformat() if p.facts.event_date else None,
        "event_date_from": p.facts.event_date_source, "source": a.source, "url": a.url,
        "passages": {view: len(items) for view, items in p.views.items()},
        "has_translation": p.english is not None, "cluster": cluster, "warnings": p.warnings,
    }


def shared_facts(members: list[Prepared], result: AlignmentResult) -> dict[str, Any]:
    """Names, numbers and dates that at least two members of a cluster share (from their pairs)."""
    ids = {p.article.id for p in members}
    names: dict[str, Counter[str]] = {}
    numbers: Counter[str] = Counter()
    dates: Counter[str] = Counter()
    for m in result.matches:
        if not (m.same_event and m.a in ids and m.b in ids):
            continue
        ev = m.evidence
        for group in ("people", "places", "organisations", "other_names"):
            for pair in ev.get(group, []):
                names.setdefault(group, Counter())[pair["b"] if len(pair["b"]) > len(pair["a"]) else pair["a"]] += 1
        for n in ev.get("numbers", []):
            numbers[f"{n['a']} = {n['b']}" if n["a"] != n["b"] else n["a"]] += 1
        for d in ev.get("dates", {}).get("shared_dates", []):
            dates[d["date"]] += 1
    out: dict[str, Any] = {g: [n for n, _ in c.most_common()] for g, c in names.items()}
    out["numbers"] = [n for n, _ in numbers.most_common()]
    out["dates"] = sorted(dates)
    return out


def report_dict(result: AlignmentResult) -> dict[str, Any]:
    cluster_of = {aid: c.id for c in result.clusters for aid in c.articles}
    by_id = {p.article.id: p for p in result.articles}
    clusters = []
    for c in result.clusters:
        members = [by_id[i] for i in c.articles if i in by_id]
        entry: dict[str, Any] = {"id": c.id, "articles": c.articles, "label": c.label,
                                 "languages": sorted({p.article.lang for p in members if p.article.lang})}
        dates = sorted({p.facts.event_date.isoformat() for p in members if p.facts.event_date})
        if dates:
            entry["dates"] = dates
        if len(members) > 1:
            entry["shared"] = shared_facts(members, result)
        clusters.append(entry)
    multi = sum(1 for c in result.clusters if len(c.articles) > 1)
    return {
        "tool": f"xlnews {__version__}",
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "embedder": result.embedder,
        "calibration": {"embedder": result.calibration.embedder, "fitted_on": result.calibration.fitted_on,
                        "threshold": result.settings.threshold},
        "summary": {
            "articles": len(result.articles) + len({f.id for f in result.failed} - set(by_id)),
            "aligned_articles": len(result.articles), "failed": len(result.failed),
            "clusters": len(result.clusters), "clusters_with_several_articles": multi,
            "pairs_scored": len(result.matches) + len(result.clear_negatives),
            "same_event_pairs": sum(m.same_event for m in result.matches),
            **{k: v for k, v in result.stats.items() if k != "pairs_scored"},
        },
        "warnings": result.warnings,
        "clusters": clusters,
        # Pairs with every piece of evidence first, then the clear "no"s with their scores and signals.
        "pairs": [m.to_dict() for m in sorted(result.matches, key=lambda m: (-m.score, m.a, m.b))]
        + list(result.clear_negatives.to_dicts()),
        "articles": [_article_entry(p, cluster_of[p.article.id]) for p in result.articles],
        "errors": [{"id": f.id, "source": f.source, "error": f.error, "cluster": cluster_of.get(f.id)} for f in result.failed],
    }
