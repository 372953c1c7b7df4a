"""A report left alone joins the event that lacks its language (xlnews.align.lone_reports)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from xlnews.align.cluster import cluster_scored
from xlnews.align.lone_reports import LONE_SHARE, join_lone_reports
from xlnews.cli import app

# 0, 1: an event's English and Portuguese reports; 2: a Turkish report of it that the clustering left alone;
# 3: another Turkish report, of another event, alone too.
LANGS = ["en", "pt", "tr", "tr"]
EVENT = [[0, 1], [2], [3]]


def _join(rows: list[tuple[int, int, float]], groups: list[list[int]] = EVENT, langs: list[str] = LANGS,
          within: list[bool] | None = None, published: list[int] | None = None) -> list[list[int]]:
    a, b, s = (np.array(v) for v in zip(*rows))
    w = np.zeros(len(a), dtype=bool) if within is None else np.array(within)
    days = None if published is None else np.array(published)
    joined, _ = join_lone_reports([list(g) for g in groups], a, b, s, langs, 0.2, 0.1, w, days, 27 if days is not None else None)
    return joined


def test_a_lone_report_joins_the_event_whose_report_it_is_likeliest_to_be_in_its_language():
    rows = [(0, 1, 0.9), (0, 2, 0.3), (1, 2, 0.15), (0, 3, 0.1), (1, 3, 0.05)]
    assert _join(rows) == [[0, 1, 2], [3]]
    a, b, s = (np.array(v) for v in zip(*rows))
    _, joins = join_lone_reports([list(g) for g in EVENT], a, b, s, LANGS, 0.2, 0.1, np.zeros(len(a), dtype=bool))
    assert [(j.article, j.through, j.score) for j in joins] == [(2, 0, 0.3)] and joins[0].mean == pytest.approx(0.225)


def test_a_lone_report_stays_alone_where_the_event_has_its_language_or_likelier_partner_or_too_little():
    # The event has a Turkish report already (3): the lone one is likelier a report of another event.
    assert _join([(0, 1, 0.9), (1, 3, 0.9), (0, 2, 0.3), (1, 2, 0.2)], [[0, 1, 3], [2]]) == [[0, 1, 3], [2]]
    # Its best match has a likelier Turkish partner (3), whose own pairs with the event average too little (0.35, 0.02).
    assert _join([(0, 1, 0.9), (0, 2, 0.3), (1, 2, 0.2), (0, 3, 0.35), (1, 3, 0.02)]) == [[0, 1], [2], [3]]
    # Without 3's low pair with 1, 3 joins in its place: the likelier partner, not the first one read.
    assert _join([(0, 1, 0.9), (0, 2, 0.3), (1, 2, 0.2), (0, 3, 0.35)]) == [[0, 1, 3], [2]]
    # Its best match is in its own language.
    assert _join([(0, 1, 0.9), (0, 2, 0.3), (1, 2, 0.2), (3, 2, 0.5)]) == [[0, 1], [2], [3]]
    # Its pairs with the event average below the floor (0.3 and 0.02).
    assert _join([(0, 1, 0.9), (0, 2, 0.3), (1, 2, 0.02)]) == [[0, 1], [2], [3]]
    # One of them is strongly against: compared within one language (through a translation) and below the low mark.
    assert _join([(0, 1, 0.9), (0, 2, 0.4), (1, 2, 0.05)], within=[False, False, True]) == [[0, 1], [2], [3]]
    assert _join([(0, 1, 0.9), (0, 2, 0.4), (1, 2, 0.05)]) == [[0, 1, 2], [3]]
    # Published two months after the event's reports.
    assert _join([(0, 1, 0.9), (0, 2, 0.3), (1, 2, 0.2)], published=[10, 11, 70, -1]) == [[0, 1], [2], [3]]
    assert _join([(0, 1, 0.9), (0, 2, 0.3), (1, 2, 0.2)], published=[10, 11, 12, -1]) == [[0, 1, 2], [3]]


def test_a_second_outlet_s_report_joins_its_language_s_report_of_the_event():
    """A short second Turkish report of Turkey's rate hike (3) matches the first Turkish one (2) at 0.92 and the English and
    Portuguese ones at 0.25 and 0.03: the cluster's mean kept it out. Its own language's report above the threshold, and
    a report in another language at the floor, it joins; with neither, it stays alone."""
    groups, langs = [[0, 1, 2], [3]], ["en", "pt", "tr", "tr"]
    event = [(0, 1, 0.9), (0, 2, 0.9), (1, 2, 0.9)]
    assert _join(event + [(2, 3, 0.92), (0, 3, 0.25), (1, 3, 0.03)], groups, langs) == [[0, 1, 2, 3]]
    assert _join(event + [(2, 3, 0.92), (0, 3, 0.15), (1, 3, 0.03)], groups, langs) == [[0, 1, 2], [3]]  # none across
    assert _join(event + [(2, 3, 0.45), (0, 3, 0.25), (1, 3, 0.03)], groups, langs) == [[0, 1, 2], [3]]  # below the line
    # Its language's report has a likelier partner in the language, another report of the event (4).
    five = [[0, 1, 2, 4], [3]], ["en", "pt", "tr", "tr", "tr"]
    assert _join(event + [(2, 4, 0.97), (2, 3, 0.92), (0, 3, 0.25), (4, 3, 0.6)], *five) == [[0, 1, 2, 4], [3]]


def test_two_lone_reports_that_are_each_other_s_best_match_stay_alone():
    """Among NTREX's outlets, reports of different events on one subject are each other's best match across languages
    at 0.2 to 0.42: an event that two reports agree on is what a lone report may join, not another lone report."""
    assert _join([(2, 0, 0.45)], [[0], [1], [2], [3]], ["en", "pt", "tr", "tr"]) == [[0], [1], [2], [3]]


def test_the_clustering_joins_lone_reports_where_it_is_given_the_languages():
    ids = ["en", "pt", "tr"]
    a, b, s = np.array([0, 0, 1]), np.array([1, 2, 2]), np.array([0.9, 0.3, 0.15])
    threshold = 0.5
    assert 0.3 < threshold and (0.3 + 0.15) / 2 >= threshold * LONE_SHARE
    alone = cluster_scored(ids, a, b, s, threshold, label=lambda m: m[0])
    assert [c.articles for c in alone] == [["en", "pt"], ["tr"]]
    joined = cluster_scored(ids, a, b, s, threshold, label=lambda m: m[0], languages=["en", "pt", "tr"])
    assert [c.articles for c in joined] == [["en", "pt", "tr"]]
    assert joined[0].joined == [{"article": "tr", "through": "en", "score": 0.3, "mean": 0.225}]


def test_the_turkish_reports_of_two_volleyball_matches_join_the_events_their_leads_tell_otherwise(tmp_path):
    """benchmarks/data/events_volleyball_2024.jsonl: Turkey's semi-final and bronze match at Paris 2024. The Turkish
    reports lead with the national team's loss ("Filenin Sultanları finale kalamadı"), the others with the winner's
    feat, so each scores below the line with one of its event's reports (0.01, 0.05) and was left alone."""
    data = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "events_volleyball_2024.jsonl"
    out, md = tmp_path / "report.json", tmp_path / "report.md"
    page = tmp_path / "report.html"
    res = CliRunner().invoke(app, ["align", str(data), "-o", str(out), "--md", str(md), "--html", str(page),
                                   "--db", str(tmp_path / "s.db")])
    assert res.exit_code == 0, res.output
    report = json.loads(out.read_text(encoding="utf-8"))
    cluster = {i: c for c in report["clusters"] for i in c["articles"]}
    for event in ("YA", "YC"):
        assert cluster[f"{event}-tr"]["articles"] == [f"{event}-en", f"{event}-pt", f"{event}-tr"]
        joined = cluster[f"{event}-tr"]["joined_alone"]
        assert [(j["article"], j["through"]) for j in joined] == [(f"{event}-tr", f"{event}-en")]
        assert 0.2 <= joined[0]["mean"] < joined[0]["score"] < 0.9
    text = md.read_text(encoding="utf-8")
    assert "YA-tr (tr) joined as the only report in its language: its best match, YA-en" in text
    # The pair that took each in is shown once, with its passages.
    assert text.count("### YA-tr (tr) and YA-en (en)") == 1 and text.count("### YC-tr (tr) and YC-en (en)") == 1
    assert page.read_text(encoding="utf-8").count("joined as the only report in its language") == 2
