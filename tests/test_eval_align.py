"""`xlnews eval align`: hand-computed pairwise, B-cubed and top-1 on a small case."""

import json

import pytest
from typer.testing import CliRunner

from xlnews.cli import app
from xlnews.eval.alignment import score_alignment
from xlnews.errors import InputError

GOLD = {"a": "e1", "b": "e1", "c": "e1", "d": "e2", "e": "e3"}
REPORT = {
    "clusters": [{"id": "c1", "articles": ["a", "b"]}, {"id": "c2", "articles": ["c", "d"]}, {"id": "c3", "articles": ["e"]}],
    "pairs": [{"a": "a", "b": "b", "score": 0.9}, {"a": "c", "b": "d", "score": 0.8}, {"a": "c", "b": "a", "score": 0.7},
              {"a": "b", "b": "e", "score": 0.2}],
}


def test_hand_computed():
    s = score_alignment(REPORT, GOLD)
    # predicted pairs {ab, cd}; gold pairs {ab, ac, bc}: one hit.
    assert s.pair_precision == pytest.approx(1 / 2) and s.pair_recall == pytest.approx(1 / 3)
    assert s.pair_f1 == pytest.approx(2 * (1 / 2) * (1 / 3) / (1 / 2 + 1 / 3))
    # B-cubed precision: a 1, b 1, c 1/2, d 1/2, e 1 -> 4/5; recall: a 2/3, b 2/3, c 1/3, d 1, e 1 -> 11/15
    assert s.bcubed_precision == pytest.approx(4 / 5) and s.bcubed_recall == pytest.approx(11 / 15)
    # top-1 over a, b, c (the articles with a gold partner): a->b ok, b->a ok, c->d wrong.
    assert s.top1_accuracy == pytest.approx(2 / 3) and s.top1_articles == 3


def test_missing_and_duplicated_articles_are_errors():
    with pytest.raises(InputError, match="not in the report: e"):
        score_alignment({"clusters": REPORT["clusters"][:2]}, GOLD)
    with pytest.raises(InputError, match="more than one cluster"):
        score_alignment({"clusters": REPORT["clusters"] + [{"id": "x", "articles": ["a"]}]}, GOLD)


def test_cli_gates_and_bad_files(tmp_path):
    pred, gold = tmp_path / "report.json", tmp_path / "gold.jsonl"
    pred.write_text(json.dumps(REPORT))
    gold.write_text("\n".join(json.dumps({"id": k, "event": v}) for k, v in GOLD.items()))
    runner = CliRunner()
    ok = runner.invoke(app, ["eval", "align", "--pred", str(pred), "--gold", str(gold), "--json", "--min-top1", "0.6"])
    assert ok.exit_code == 0 and json.loads(ok.stdout)["top1_accuracy"] == pytest.approx(2 / 3)
    bad = runner.invoke(app, ["eval", "align", "--pred", str(pred), "--gold", str(gold), "--min-f1", "0.9"])
    assert bad.exit_code == 1 and "gate failed: pairwise F1 0.40 < required minimum 0.9" in bad.output
    (tmp_path / "x.json").write_text("[1, 2]")
    res = runner.invoke(app, ["eval", "align", "--pred", str(tmp_path / "x.json"), "--gold", str(gold)])
    assert res.exit_code == 2 and "no 'clusters' list" in res.output


def test_gold_labelling_part_of_the_report_scores_that_part_and_says_so(tmp_path):
    pred, gold = tmp_path / "report.json", tmp_path / "gold.jsonl"
    pred.write_text(json.dumps(REPORT))
    gold.write_text("".join(json.dumps({"id": k, "event": v}) + "\n" for k, v in GOLD.items() if k in "abc"))
    s = score_alignment(REPORT, {k: GOLD[k] for k in "abc"})
    assert (s.articles, s.unlabelled_articles) == (3, 2)
    r = CliRunner().invoke(app, ["eval", "align", "--pred", str(pred), "--gold", str(gold), "--json"])
    assert r.exit_code == 0
    assert "2 articles of" in r.stderr and "scored on the 3 that have one" in r.stderr
    assert json.loads(r.stdout)["unlabelled_articles"] == 2
    assert score_alignment(REPORT, GOLD).unlabelled_articles == 0


def test_gold_giving_one_article_two_events_is_an_error(tmp_path):
    from xlnews.eval.alignment import load_gold

    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "event": "e1"}\n{"id": "a", "event": "e1"}\n{"id": "a", "event": "e2"}\n')
    with pytest.raises(InputError, match="gold.jsonl:3: article 'a' is labelled 'e2' here and 'e1' earlier"):
        load_gold(gold)
