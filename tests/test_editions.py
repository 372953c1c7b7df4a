"""The edition of a recurring happening a report's lead numbers (xlnews.align.editions), and two editions told apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from xlnews.align.editions import editions_apart, lead_editions
from xlnews.align.facts import Facts
from xlnews.align.score import told_apart
from xlnews.cli import app


@pytest.mark.parametrize("title, first, lang, editions", [
    ("Second round of Russia-Ukraine talks ends after an hour", "", "en", {"round": {2}}),
    (None, "Russia and Ukraine agreed on Wednesday to swap 1,200 prisoners at their third round of direct peace talks.", "en",
     {"round": {3}}),
    ("Rusya-Ukrayna müzakerelerinin ikinci turu Çırağan'da yapıldı", "", "tr", {"round": {2}}),
    (None, "Çarşamba akşamı İstanbul'da gerçekleştirilen üçüncü tur görüşmelerde heyetler uzlaştı.", "tr", {"round": {3}}),
    ("Terceira ronda em Istambul dura 40 minutos", "As delegações reuniram-se pela terceira vez.", "pt",
     {"round": {3}, "time": {3}}),
    # A summit's number in digits, a bloc's name or a spun word between ("Tepesi" for "Zirvesi").
    (None, "Aliyev ile Putin, Konferansı (CICA) 6. Tepesi kapsamında bir araya geldi.", "tr", {"summit": {6}}),
    ("BRICS leaders open 16th BRICS summit in Kazan", "", "en", {"summit": {16}}),
    ("Começa a 16.ª cimeira do BRICS", "", "pt", {"summit": {16}}),
    ("PKK 12. Kongresi'nde kendini feshetti", "", "tr", {"congress": {12}}),
    ("Fed cuts rates for the first time since 2020", "", "en", {"time": {1}}),
    # No edition: another noun between ("the second day of the summit"), an ordinal of something else.
    ("Leaders meet on the second day of the summit", "", "en", {}),
    ("Economy grows in the third quarter", "Ekonomi 3. çeyrekte büyüdü.", "en", {}),
    ("Ikinci tur", "", "de", {}),  # a language not read
])
def test_the_editions_a_lead_numbers(title, first, lang, editions):
    assert {k: set(v) for k, v in lead_editions(title, first, lang).items()} == editions


def _facts(editions: dict[str, dict[int, str]]) -> Facts:
    f = Facts()
    f.lead_editions = editions
    return f


def test_two_leads_that_number_one_series_differently_are_two_happenings():
    second, third = {"round": {2: "ikinci turu"}}, {"round": {3: "üçüncü tur"}}
    assert editions_apart(second, third) == ("ikinci turu", "üçüncü tur")
    apart = told_apart(_facts(second), _facts(third))
    assert apart is not None and apart[0] == "different events: a tells of the “ikinci turu”, b of the “üçüncü tur”"
    # A number both give, another series, or none, says nothing.
    assert editions_apart(second, {"round": {2: "second round", 3: "third round"}}) is None
    assert editions_apart(second, {"summit": {3: "third summit"}}) is None
    assert told_apart(_facts(second), _facts({})) is None
    # An election's first round and its run-off: the first round's report names the second as ahead.
    assert editions_apart({"round": {1: "first round"}}, {"round": {2: "ikinci tura"}}) is None
    assert editions_apart({"round": {1: "first round"}}, {"round": {3: "third round"}}) == ("first round", "third round")
    assert editions_apart({"summit": {1: "primeira cúpula"}}, {"summit": {6: "sexta cúpula"}}) is not None


def test_the_second_and_third_rounds_of_russia_ukraine_talks_in_istanbul_are_two_events_undated(tmp_path):
    """benchmarks/data/events_outlets_2025.jsonl without its dates: the second (2 June 2025) and third (23 July) rounds
    of Russia's and Ukraine's talks, both at Istanbul's Çırağan Palace, both with Medinsky, Umerov and Fidan, told by
    two Turkish outlets in one template. They scored 0.9997 and were one cluster with the first round."""
    data = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "events_outlets_2025.jsonl"
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()]
    undated = tmp_path / "undated.jsonl"
    undated.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "published"}, ensure_ascii=False) + "\n"
                               for r in rows), encoding="utf-8")
    out = tmp_path / "report.json"
    res = CliRunner().invoke(app, ["align", str(undated), "-o", str(out), "--db", str(tmp_path / "s.db")])
    assert res.exit_code == 0, res.output
    report = json.loads(out.read_text(encoding="utf-8"))
    cluster = {i: c["id"] for c in report["clusters"] for i in c["articles"]}
    assert cluster["IS2-tr"] != cluster["IS3-tr"]
    assert len({cluster[i] for i in ("IS2-en", "IS2-en2", "IS2-pt", "IS2-tr2")}) == 1
    pair = next(p for p in report["pairs"] if {p["a"], p["b"]} == {"IS2-tr", "IS3-tr"})
    assert "“ikinci turu”" in pair["evidence"]["dates"]["verdict"] and "“üçüncü tur”" in pair["evidence"]["dates"]["verdict"]
    assert not pair["same_event"] and pair["evidence"]["without_dates"] > 0.99
