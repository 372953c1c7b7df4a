"""The alignment report for people: Markdown, and one self-contained HTML file (inline style, no
scripts or links to fetch). Per cluster: the articles with language, date and title, the facts
they share, and side by side the passages two reports share and those only one of them has;
then the close calls that were kept apart, with the evidence that separated them."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from typing import Any

from xlnews.align.aligner import AlignmentResult, Prepared, gc_paused
from xlnews.align.score import DATE_CLOSE_BONUS, DATE_CLOSE_DAYS, SHARED_DAY_BONUS, WEEKDAY_NAMES

# Close calls shown under a cluster: pairs across clusters at or above this probability, or
# kept apart by their dates.
_CLOSE_CALL = 0.2


@dataclass
class PairView:
    a: Prepared
    b: Prepared
    match: dict[str, Any]
    shared: list[dict[str, Any]]
    only_a: list[str]
    only_b: list[str]


def _pair_view(match: dict[str, Any], by_id: dict[str, Prepared]) -> PairView:
    a, b = by_id[match["a"]], by_id[match["b"]]
    passages = match["evidence"].get("passages", [])
    shared = [p for p in passages if p.get("shared")]
    view = match["evidence"].get("meaning", {}).get("compared", "source")
    va, _, vb = view.partition("/")
    vb = vb or va
    unmatched = match["evidence"].get("unmatched_passages")
    if unmatched is not None:  # passages with nothing like them in the other report
        only_a = [a.views.get(va, [])[i] for i in unmatched["a"]]
        only_b = [b.views.get(vb, [])[i] for i in unmatched["b"]]
    else:  # a report written before they were listed: those left out of the one-to-one matches
        used_a = {p["a_index"] for p in shared}
        used_b = {p["b_index"] for p in shared}
        only_a = [t for i, t in enumerate(a.views.get(va, [])) if i not in used_a]
        only_b = [t for i, t in enumerate(b.views.get(vb, [])) if i not in used_b]
    return PairView(a, b, match, shared, only_a, only_b)


def _pairs_by_article(report: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for m in report["pairs"]:
        if "identical_text" not in m["evidence"]:
            out.setdefault(m["a"], []).append(m)
            out.setdefault(m["b"], []).append(m)
    return out


def _cluster_pairs(by_article: dict[str, list[dict]], cluster: dict[str, Any]) -> tuple[list[dict], list[dict]]:
    ids = set(cluster["articles"])
    inside, apart, seen_pairs = [], [], set()
    for aid in cluster["articles"]:
        for m in by_article.get(aid, []):
            key = (m["a"], m["b"])
            if key in seen_pairs:
                continue
            seen_pairs.add(key)
            if m["a"] in ids and m["b"] in ids and m["same_event"]:
                inside.append(m)
            elif (m["a"] in ids) != (m["b"] in ids) and (
                # Close calls, and pairs their dates, countries or figures set apart that were not clear "no"s
                # without them (at scale most candidates are far apart in time and say nothing).
                m["score"] >= _CLOSE_CALL
                or ("without_dates" in m["evidence"] and "different events" in m["evidence"]["dates"].get("verdict", ""))
                or m["evidence"].get("without_countries", 0.0) >= _CLOSE_CALL
                or m["evidence"].get("without_figures", 0.0) >= _CLOSE_CALL
                or m["evidence"].get("without_parties", 0.0) >= _CLOSE_CALL
            ):
                apart.append(m)
    inside.sort(key=lambda m: -m["score"])
    # A spanning set of pairs is enough to read: each member against the one it matched best.
    seen: set[str] = set()
    tree = []
    for m in inside:
        if not seen or (m["a"] in seen) != (m["b"] in seen):
            tree.append(m)
            seen |= {m["a"], m["b"]}
    # A report that joined alone is read against the match that took it in (often a pair below the threshold).
    for joined in cluster.get("joined_alone", []):
        pair = {joined["article"], joined["through"]}
        if not any({m["a"], m["b"]} == pair for m in tree):
            tree += [m for m in by_article.get(joined["article"], []) if {m["a"], m["b"]} == pair][:1]
    return tree, apart


def joined_alone_lines(cluster: dict[str, Any], langs: dict[str, str | None]) -> list[str]:
    """Why each report that the clustering left alone is in the event (align.lone_reports)."""
    return [f"{j['article']} ({(lang := langs.get(j['article']) or '?')}) joined as the only report in its language: its "
            f"best match, {j['through']} ({j['score']:.2f}), has no likelier partner among the {lang} reports, and its pairs "
            f"with the event average {j['mean']:.2f}" for j in cluster.get("joined_alone", [])]


def _sides_named(verdict: str, m: dict[str, Any]) -> str:
    """A verdict of report.json, whose "a" and "b" are the pair's sides, with the articles' ids instead:
    in a report whose articles are called "a", "b", "c", "in b" would name the wrong one."""
    verdict = re.sub(r"\b(times in|named in|once in|\d+ in|the lead of) ([ab])\b", lambda g: f"{g[1]} {m[g[2]]}", verdict)
    return re.sub(r"(?<![\w“])([ab]) (gives|reports|announces|was on|came ahead) ", lambda g: f"{m[g[1]]} {g[2]} ", verdict)


def _priors_verdict(m: dict[str, Any]) -> str | None:
    """What the dates, the countries, the meeting's parties and the leads' figures say against a pair, if anything."""
    said = [_sides_named(v, m) for v in (m["evidence"].get(k, {}).get("verdict") for k in ("dates", "countries", "parties"))
            if v and "different" in v]
    if "different" in m["evidence"].get("figures", {}).get("verdict", ""):
        said.append(_figures_said(m))
    return "; ".join(said) or None


def _figures_said(m: dict[str, Any]) -> str:
    """The figures' verdict of a pair with the two passages that gave them."""
    f = m["evidence"]["figures"]
    return f"{_sides_named(f['verdict'], m)} (“{f['a']}” / “{f['b']}”)"


def _apart_by_priors(by_article: dict[str, list[dict]], cluster: dict[str, Any]) -> list[tuple[str, float, str]]:
    """(other article, score, verdict and the facts behind it) for the pairs that dates, countries or the
    leads' figures set apart from a singleton."""
    aid = cluster["articles"][0]
    out = []
    for m in _cluster_pairs(by_article, cluster)[1]:
        verdict = _priors_verdict(m)
        if verdict:
            facts = _apart_facts(m)
            out.append((m["b"] if m["a"] == aid else m["a"], m["score"], f"{verdict}." + (f" {facts}" if facts else "")))
    return out


def _apart_facts(m: dict[str, Any]) -> str:
    """What a pair kept apart shares, and each side's date: the close call's reasons beside what parted
    it (the same people and places, a year apart)."""
    return "; ".join(f"{k.lower()}: {t}" for k, t in _names_line(m, verdicts=False))


@dataclass
class ClusterView:
    """What both renderers show of a cluster of several reports."""

    cluster: dict[str, Any]
    members: list[Prepared]
    facts: list[tuple[str, str]]  # (label, shared values)
    pairs: list[PairView]  # a spanning set of its same-event pairs
    apart: list[dict[str, Any]]  # close calls kept apart


@dataclass
class SingleView:
    cluster: dict[str, Any]
    article: Prepared | None  # None for an input that failed
    apart_by_priors: list[tuple[str, float, str]]


def _layout(result: AlignmentResult, report: dict[str, Any]) -> tuple[list[ClusterView], list[SingleView]]:
    by_id = {p.article.id: p for p in result.articles}
    by_article = _pairs_by_article(report)
    clusters, singles = [], []
    for cluster in report["clusters"]:
        members = [by_id[i] for i in cluster["articles"] if i in by_id]
        if len(members) < 2:
            singles.append(SingleView(cluster, by_id.get(cluster["articles"][0]), _apart_by_priors(by_article, cluster)))
            continue
        facts = [(k.replace("_", " ").capitalize(), ", ".join(v)) for k, v in cluster.get("shared", {}).items() if v]
        tree, apart = _cluster_pairs(by_article, cluster)
        clusters.append(ClusterView(cluster, members, facts, [_pair_view(m, by_id) for m in tree], apart))
    return clusters, singles


def _apart_reason(m: dict[str, Any], report: dict[str, Any]) -> str:
    """Why a close pair stands in two clusters. A pair above the threshold is kept apart by the clustering,
    not by its own score: said so, or "0.55" beside "kept apart" reads as a contradiction."""
    verdict, countries, parties = (_sides_named(v, m) if (v := m["evidence"].get(k, {}).get("verdict")) else None
                                   for k in ("dates", "countries", "parties"))
    text = (f"{m['score']:.2f}, {m['evidence']['decided_by']}" + (f"; dates: {verdict}" if verdict else "")
            + (f"; countries: {countries}" if countries else "") + (f"; meeting: {parties}" if parties else "")
            + (f"; figures: {_figures_said(m)}" if "figures" in m["evidence"] else ""))
    threshold = (report.get("calibration") or {}).get("threshold")
    if threshold is not None and m["score"] >= threshold:
        text += ("; above the line, but the two clusters do not merge: the pairs between them are below it on "
                 "average, or one of them, compared within one language, is strongly against")
    facts = _apart_facts(m)
    return f"{text}." + (f" {facts}" if facts else "")


def _date(p: Prepared) -> str:
    if p.facts.event_date:
        return p.facts.event_date.isoformat()
    return f"{p.facts.filed_day[2:]} (dateline, no year)" if p.facts.filed_day else "–"


def _shared_pairs(items: list[dict[str, str]]) -> str:
    """A pair's shared names as one line, a name one report spells two ways once ("Kavanaugh / Kavanaug =
    Brett Kavanaugh", where each spelling met the other report's name)."""
    spellings: dict[str, list[str]] = {}
    for n in items:
        spellings.setdefault(n["b"], []).append(n["a"])
    return ", ".join(a[0] if a == [b] else f"{' / '.join(a)} = {b}" for b, a in spellings.items())


def _weekday_said(reported: dict[str, Any]) -> str | None:
    """The weekday a side of the evidence's ``reported`` gives: its own, or its date's."""
    if "weekday" in reported:
        return str(reported["weekday"])
    return WEEKDAY_NAMES[dt.date.fromisoformat(reported["date"]).weekday()] if "date" in reported else None


def _names_line(m: dict[str, Any], verdicts: bool = True) -> list[tuple[str, str]]:
    """(label, values) of what a pair shares, and its dates; ``verdicts``: with what the dates and the
    countries say of the pair (off where it is said beside)."""
    ev = m["evidence"]
    out = []
    for group, title in (("people", "People"), ("places", "Places"), ("organisations", "Organisations"), ("other_names", "Other names")):
        items = ev.get(group, [])
        if items:
            out.append((title, _shared_pairs(items)))
    if ev.get("numbers"):
        out.append(("Numbers", ", ".join(f"{n['a']} = {n['b']}" if n["a"] != n["b"] else n["a"] for n in ev["numbers"])))
    dates = ev.get("dates", {})
    if dates.get("a") or dates.get("b") or dates.get("shared_dates") or dates.get("verdict") or dates.get("reported"):  # ages, weekdays
        parts = []
        for side in ("a", "b"):
            if dates.get(side):  # named by its id: "a" and "b" read as articles of those ids
                day = dates[side]["date"]
                parts.append(f"{m[side]}: {day[2:] + ', no year given' if day.startswith('--') else day} ({dates[side]['from']})")
        for d in dates.get("shared_dates", []):
            day = f"{d['date'][2:]} (no year given)" if d["date"].startswith("--") else d["date"]
            # A day after a report's publication is one it announces ("the run-off will be on 28 May").
            announced = d.get("announced_by", [])
            ahead = "; announced by both" if len(announced) == 2 else "".join(f"; announced by {m[side]}" for side in announced)
            parts.append(f"both mention {day} ({d['a']} / {d['b']}{ahead})")
        said = dates.get("reported", {})
        weekdays = [_weekday_said(said.get(side, {})) for side in ("a", "b")]
        undated = any("weekday" in said.get(side, {}) for side in ("a", "b"))
        if undated and weekdays[0] and weekdays[0] == weekdays[1] and not dates.get("verdict"):  # an undated pair's one day-sign
            parts.append(f"both leads report a {weekdays[0]} ({said['a']['as']} / {said['b']['as']})")
        if dates.get("verdict") and verdicts:
            parts.append(_sides_named(dates["verdict"], m))
        if parts:
            out.append(("Dates", "; ".join(parts)))
    if ev.get("countries") and verdicts:
        out.append(("Countries", _sides_named(ev["countries"]["verdict"], m)))
    if ev.get("parties") and verdicts:
        out.append(("Meeting", _sides_named(ev["parties"]["verdict"], m)))
    if ev.get("figures") and verdicts:
        out.append(("Figures", _figures_said(m)))
    return out


def _dates_line(summary: dict[str, Any]) -> str:
    """What the date signs counted for in this collection, where they counted less than at most: a
    week's news from many outlets is all published together, and that says nothing of which reports
    are one event."""
    bonuses = summary.get("date_bonuses") or {}
    said = []
    for key, what, most in (("published_within_days", f"publication within {DATE_CLOSE_DAYS} days", DATE_CLOSE_BONUS),
                            ("same_day_named", "a day both reports name", SHARED_DAY_BONUS)):
        value = bonuses.get(key)
        if value is not None and value < most:
            said.append(f"{what} {value:+.2f} (of {most:+.1f})")
    return ("Dates, as common as they are among reports on one subject here, count for less: " + "; ".join(said) + "."
            if said else "")


def _rarity_line(summary: dict[str, Any]) -> str:
    """Where one event had many reports, that its names were weighed as one event's (xlnews.align.event_rarity)."""
    counted = summary.get("names_weighed_by_event") or {}
    if not counted.get("events"):
        return ""
    events = counted["events"]
    return (f"Names weigh as rare as the events that have them: the {counted['reports']} reports of "
            + ("one event told many times count as one article." if events == 1 else
               f"{events} events told many times count as one article an event."))


def _collection_notes(summary: dict[str, Any]) -> str:
    return " ".join(line for line in (_dates_line(summary), _rarity_line(summary)) if line)


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


@gc_paused()  # as the report: a collection here rescans the whole result (2 s of 4 at 100k articles)
def render_markdown(result: AlignmentResult, report: dict[str, Any]) -> str:
    s = report["summary"]
    dates = _collection_notes(s)
    out = [
        "# Alignment report", "",
        f"{s['articles']} articles, {s['clusters']} events ({s['clusters_with_several_articles']} reported by more than one article), "
        f"{s['pairs_scored']} pairs scored, {s['same_event_pairs']} judged the same event. "
        f"Embedder: {report['embedder']['name']} ({report['embedder']['model']}). Threshold {report['calibration']['threshold']}."
        + (f" {dates}" if dates else ""), "",
    ]
    for w in report.get("warnings", []):
        out.append(f"> warning: {w}")
    clusters, singles = _layout(result, report)
    for view in clusters:
        cluster = view.cluster
        out += [f"## {cluster['id']}: {_md_escape(cluster['label'])}", "", "| article | language | date | title |", "| --- | --- | --- | --- |"]
        for p in view.members:
            out.append(f"| {p.article.id} | {p.article.lang} | {_date(p)} | {_md_escape(p.title or '')} |")
        if view.facts:
            out += ["", "Shared facts:", ""] + [f"- {k}: {v}" for k, v in view.facts]
        if joined := joined_alone_lines(cluster, {p.article.id: p.article.lang for p in view.members}):
            out += [""] + [f"- {_md_escape(t)}" for t in joined]
        for v in view.pairs:
            m = v.match
            out += ["", f"### {v.a.article.id} ({v.a.article.lang}) and {v.b.article.id} ({v.b.article.lang}): "
                        f"{m['score']:.2f}, decided by {m['evidence']['decided_by']}", ""]
            out += [f"- {k}: {_md_escape(t)}" for k, t in _names_line(m)]
            if v.shared:
                out += ["", f"| {v.a.article.id} | {v.b.article.id} | similarity |", "| --- | --- | --- |"]
                out += [f"| {_md_escape(p['a'])} | {_md_escape(p['b'])} | {p['similarity']:.2f} |" for p in v.shared]
            for who, only in ((v.a, v.only_a), (v.b, v.only_b)):
                if only:
                    out += ["", f"Only in {who.article.id}:", ""] + [f"- {_md_escape(t)}" for t in only]
        if view.apart:
            out += ["", "Kept apart:", ""]
            for m in view.apart:
                other = m["b"] if m["a"] in cluster["articles"] else m["a"]
                out.append(f"- {m['a']} / {m['b']} ({other} is in another cluster): {_md_escape(_apart_reason(m, report))}")
        out.append("")
    if singles:
        out += ["## Reported once", "", "| cluster | article | language | date | title or note |", "| --- | --- | --- | --- | --- |"]
        for single in singles:
            c, one = single.cluster, single.article
            out.append(f"| {c['id']} | {c['articles'][0]} | {one.article.lang if one else '–'} | {_date(one) if one else '–'} | "
                       f"{_md_escape(c['label'])} |")
            for other, score, verdict in single.apart_by_priors:
                out.append(f"|  | kept apart from {other} | | | {score:.2f}: {_md_escape(verdict)} |")
    if report.get("errors"):
        out += ["", "## Not aligned", ""] + [f"- {e['id']}: {_md_escape(e['error'])}" for e in report["errors"]]
    return "\n".join(out) + "\n"


_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1200px;padding:0 1em;color:#222}
h2{border-bottom:2px solid #ccc;padding-bottom:.2em;margin-top:2em} h3{margin-top:1.4em}
table{border-collapse:collapse;width:100%;margin:.6em 0} td,th{border:1px solid #ddd;padding:.35em .5em;vertical-align:top;text-align:left}
th{background:#f4f4f4} .sim{white-space:nowrap;color:#555} .only{background:#fff8e6} .apart{color:#8a1c1c}
.facts dt{font-weight:600;float:left;clear:left;width:9em} .facts dd{margin-left:10em} .muted{color:#777}
"""


@gc_paused()
def render_html(result: AlignmentResult, report: dict[str, Any]) -> str:
    e = html.escape
    s = report["summary"]
    dates = _collection_notes(s)
    out = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>xlnews alignment report</title>",
        f"<style>{_CSS}</style></head><body><h1>Alignment report</h1>",
        f"<p>{s['articles']} articles, {s['clusters']} events ({s['clusters_with_several_articles']} reported by more than one "
        f"article), {s['pairs_scored']} pairs scored, {s['same_event_pairs']} judged the same event. "
        f"<span class='muted'>Embedder {e(report['embedder']['name'])}; threshold {report['calibration']['threshold']}."
        f"{' ' + e(dates) if dates else ''}</span></p>",
    ]
    out += [f"<p class='apart'>warning: {e(w)}</p>" for w in report.get("warnings", [])]
    clusters, singles = _layout(result, report)
    for view in clusters:
        cluster = view.cluster
        out.append(f"<h2 id='{e(cluster['id'])}'>{e(cluster['id'])}: {e(cluster['label'])}</h2>")
        out.append("<table><tr><th>article</th><th>language</th><th>date</th><th>title</th></tr>")
        out += [f"<tr><td>{e(p.article.id)}</td><td>{e(p.article.lang or '')}</td><td>{_date(p)}</td><td>{e(p.title or '')}</td></tr>"
                for p in view.members]
        out.append("</table>")
        if view.facts:
            out.append("<dl class='facts'>" + "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in view.facts) + "</dl>")
        out += [f"<p class='muted'>{e(t)}</p>" for t in joined_alone_lines(cluster, {p.article.id: p.article.lang for p in view.members})]
        for v in view.pairs:
            m = v.match
            out.append(f"<h3>{e(v.a.article.id)} ({e(v.a.article.lang or '')}) and {e(v.b.article.id)} ({e(v.b.article.lang or '')}): "
                       f"{m['score']:.2f}, decided by {e(m['evidence']['decided_by'])}</h3>")
            lines = _names_line(m)
            if lines:
                out.append("<dl class='facts'>" + "".join(f"<dt>{e(k)}</dt><dd>{e(t)}</dd>" for k, t in lines) + "</dl>")
            out.append(f"<table><tr><th>{e(v.a.article.id)}</th><th>{e(v.b.article.id)}</th><th>similarity</th></tr>")
            out += [f"<tr><td>{e(p['a'])}</td><td>{e(p['b'])}</td><td class='sim'>{p['similarity']:.2f}</td></tr>" for p in v.shared]
            rows = max(len(v.only_a), len(v.only_b))
            for i in range(rows):
                left = e(v.only_a[i]) if i < len(v.only_a) else ""
                right = e(v.only_b[i]) if i < len(v.only_b) else ""
                head = "<span class='muted'>only here: </span>"
                out.append(f"<tr class='only'><td>{head + left if left else ''}</td><td>{head + right if right else ''}</td><td></td></tr>")
            out.append("</table>")
        if view.apart:
            out.append("<p><b>Kept apart:</b></p><ul>")
            for m in view.apart:
                out.append(f"<li class='apart'>{e(m['a'])} / {e(m['b'])}: {e(_apart_reason(m, report))}</li>")
            out.append("</ul>")
    if singles:
        out.append("<h2>Reported once</h2><table><tr><th>cluster</th><th>article</th><th>language</th><th>date</th><th>title or note</th></tr>")
        for single in singles:
            c, one = single.cluster, single.article
            out.append(f"<tr><td>{e(c['id'])}</td><td>{e(c['articles'][0])}</td><td>{e(one.article.lang or '') if one else '–'}</td>"
                       f"<td>{_date(one) if one else '–'}</td><td>{e(c['label'])}</td></tr>")
            for other, score, verdict in single.apart_by_priors:
                out.append(f"<tr class='apart'><td></td><td colspan='4'>kept apart from {e(other)} ({score:.2f}): {e(verdict)}</td></tr>")
        out.append("</table>")
    if report.get("errors"):
        out.append("<h2>Not aligned</h2><ul>" + "".join(f"<li>{e(x['id'])}: {e(x['error'])}</li>" for x in report["errors"]) + "</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
