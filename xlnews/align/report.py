"""The alignment report as data (``report.json``): clusters, scored pairs with their evidence, and
every input article, failed ones included."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections import Counter
from collections.abc import Collection
from pathlib import Path
from typing import Any

from xlnews import __version__
from xlnews.align.aligner import AlignmentResult, Prepared, gc_paused
from xlnews.align.disjoint import DisjointSets
from xlnews.align.facts import is_implied_country_form
from xlnews.names import is_nationality_word
from xlnews.records import Match


# One encoder for the million pair lines: json.dumps with options builds a new one per call.
_ONE_LINE = json.JSONEncoder(ensure_ascii=False)


def _article_entry(p: Prepared, cluster: str) -> dict[str, Any]:
    a = p.article
    return {
        "id": a.id, "lang": a.lang, "title": p.title, "published": str(a.published) if a.published else None,
        "event_date": p.facts.event_date.isoformat() if p.facts.event_date else None,
        "event_date_from": p.facts.event_date_source,
        # An undated wire report's dateline day, its year unsaid ("--12-03"), what its dates were told by.
        "dateline_day": p.facts.filed_day, "source": a.source, "url": a.url,
        "passages": {view: len(items) for view, items in p.views.items()},
        "has_translation": p.translation_given, "translation_compared": p.english is not None, "cluster": cluster,
        "warnings": p.warnings,
    }


_NAME_GROUPS = ("people", "places", "organisations", "other_names")  # the evidence's lists of matched names


def shared_facts(pairs: list[Match], langs: dict[str, str | None] | None = None) -> dict[str, Any]:
    """Names, numbers and dates that at least two members of a cluster share, from its same-event
    ``pairs``. A name or number written differently across the reports is one entry: the form an
    English report writes (the report is read in English), else the form most reports use, then the
    other spellings ("Sergei Lavrov (Sergey Lavrov, Serguei Lavrov)", "27 billion (27 bilhões, 27 milyar)").
    ``langs``: each article's language, by id."""
    langs = langs or {}
    name_links: list[tuple[str, str, str]] = []
    number_links: list[tuple[str, str, str]] = []
    english: set[str] = set()
    dates: Counter[str] = Counter()
    for m in pairs:
        ev = m.evidence
        for group in _NAME_GROUPS:
            name_links.extend((group, pair["a"], pair["b"]) for pair in ev.get(group, []))
        number_links.extend(("numbers", n["a"], n["b"]) for n in ev.get("numbers", []))
        for side, article in (("a", m.a), ("b", m.b)):
            if langs.get(article) == "en":
                english.update(item[side] for group in (*_NAME_GROUPS, "numbers") for item in ev.get(group, []))
        for d in ev.get("dates", {}).get("shared_dates", []):
            dates[d["date"]] += 1
    out: dict[str, Any] = {}
    for group, entry in _one_entry_per_thing(name_links, english):
        out.setdefault(group, []).append(entry)
    out["numbers"] = [entry for _, entry in _one_entry_per_thing(number_links, english)]
    out["dates"] = sorted(dates)
    return out


def _one_entry_per_thing(links: list[tuple[str, str, str]], preferred: Collection[str] = frozenset()) -> list[tuple[str, str]]:
    """``links``: (group, form in one report, form in the other) for every match. Forms joined by
    matches are one thing; each thing comes out once, under the group most of its matches give, as
    a ``preferred`` form if it has one (not in capitals where another form is not), else its most used
    form (the longer on a tie), with the other
    forms in brackets; a form whose words
    all appear in a longer one ("Tokayev" beside "Kassym-Jomart Tokayev") is not repeated. Most
    matched first."""
    sets: DisjointSets[str] = DisjointSets()
    uses: Counter[str] = Counter()
    groups: dict[str, Counter[str]] = {}
    for group, a, b in links:
        uses.update((a, b))
        sets.join(a, b)
        for form in (a, b):
            groups.setdefault(form, Counter())[group] += 1
    things: dict[str, list[str]] = {}
    for form in uses:
        things.setdefault(sets.find(form), []).append(form)
    entries = []
    for forms in things.values():
        # A dateline's capitals ("ASTANA, Nov 9 (Reuters)") are no way to show a name another form has, nor is a
        # nationality word a country's ("Turkey (Turkish, turca)", not "Turkish (Turkey, turca)").
        # Nor the words that imply a country ("CHP (implies Turkey)").
        forms.sort(key=lambda f: (is_implied_country_form(f), f.isupper() and len(f) > 4, is_nationality_word(f), f not in preferred,
                                  -uses[f], -len(f), f))
        shown: list[str] = []
        for f in forms:
            words = set(f.casefold().split())
            if not any(words <= set(g.casefold().split()) for g in shown):
                shown.append(f)
        group = sum((groups.get(f, Counter()) for f in forms), Counter()).most_common(1)[0][0]
        main, others = shown[0], shown[1:]
        entries.append((sum(uses[f] for f in forms), group, main + (f" ({', '.join(others)})" if others else "")))
    entries.sort(key=lambda e: -e[0])
    return [(group, entry) for _, group, entry in entries]


def report_dict(result: AlignmentResult, clear_negatives: bool = True) -> dict[str, Any]:
    """The report as one dict (``clear_negatives=False``: without the clear "no"s' pair records, which
    are most of a large collection's pairs; :func:`write_report_json` writes those one at a time)."""
    cluster_of = {aid: c.id for c in result.clusters for aid in c.articles}
    by_id = {p.article.id: p for p in result.articles}
    # Each cluster's same-event pairs, gathered in one pass (not every match read again per cluster).
    inside: dict[str, list[Match]] = {}
    for m in result.matches:
        if m.same_event and cluster_of.get(m.a) == cluster_of.get(m.b):
            inside.setdefault(cluster_of[m.a], []).append(m)
    clusters = []
    for c in result.clusters:
        members = [by_id[i] for i in c.articles if i in by_id]
        entry: dict[str, Any] = {"id": c.id, "articles": c.articles, "label": c.label,
                                 "languages": sorted({p.article.lang for p in members if p.article.lang})}
        dates = sorted({p.facts.event_date.isoformat() for p in members if p.facts.event_date})
        if dates:
            entry["dates"] = dates
        if len(members) > 1:
            entry["shared"] = shared_facts(inside.get(c.id, []), {p.article.id: p.article.lang for p in members})
        if c.joined:
            entry["joined_alone"] = c.joined
        clusters.append(entry)
    multi = sum(1 for c in result.clusters if len(c.articles) > 1)
    return {
        "tool": f"xlnews {__version__}",
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "embedder": result.embedder,
        "calibration": {"embedder": result.calibration.embedder, **({"model": result.calibration.model} if result.calibration.model else {}),
                        "fitted_on": result.calibration.fitted_on, "threshold": result.settings.threshold},
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
        + (list(result.clear_negatives.to_dicts()) if clear_negatives else []),
        "articles": [_article_entry(p, cluster_of[p.article.id]) for p in result.articles],
        "errors": [{"id": f.id, "source": f.source, "error": f.error, "cluster": cluster_of.get(f.id)} for f in result.failed],
    }


def write_report_json(result: AlignmentResult, path: Path) -> dict[str, Any]:
    """Writes report.json, the pairs one to a line (a million pairs as dicts in memory, then as one
    string, took 16 GiB and two minutes at 100k articles; written as they are made, the clear "no"s
    cost neither). Returns the report without the clear "no"s' records, for the Markdown and HTML."""
    report = report_dict(result, clear_negatives=False)
    with path.open("w", encoding="utf-8") as out, gc_paused():
        out.write("{\n")
        for n, (key, value) in enumerate(report.items()):
            out.write(f" {json.dumps(key)}: ")
            if key == "pairs":
                out.write("[")
                rows = itertools.chain(value, result.clear_negatives.to_dicts())
                for k, pair in enumerate(rows):
                    out.write(("," if k else "") + "\n  " + _ONE_LINE.encode(pair))
                out.write("\n ]")
            else:
                out.write(json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n "))
            out.write(",\n" if n < len(report) - 1 else "\n")
        out.write("}\n")
    return report
