"""Language labels as collections write them, and labels the text contradicts."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from xlnews.cli import app
from xlnews.corpora.clean import clean_text
from xlnews.corpora.langid import language_code

runner = CliRunner()

TR = ("Rusya Dışişleri Bakanı Sergey Lavrov, Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev ile Astana'da görüştü. "
      "İki ülke arasındaki ticaret hacminin geçen yıl 27 milyar dolara ulaştığını söyleyen Bakan, enerji alanında "
      "işbirliğinin artacağını belirtti.")
PT = ("O chanceler russo Serguei Lavrov chegou nesta segunda-feira a Astana para conversas com o presidente "
      "Kassym-Jomart Tokayev. O comércio bilateral chegou a 27 bilhões de dólares no ano passado.")
EN = ("Russian Foreign Minister Sergei Lavrov met Kazakh President Kassym-Jomart Tokayev in Astana on Monday. "
      "Trade between the two countries reached $27 billion last year.")


@pytest.mark.parametrize("label, code", [
    ("pt-BR", "pt"), ("pt_br", "pt"), ("por_Latn", "pt"), ("POR", "pt"), ("Portuguese", "pt"), ("português", "pt"),
    ("tr-TR", "tr"), ("tur", "tr"), ("tur_Latn", "tr"), ("Türkçe", "tr"), ("Turkish", "tr"),
    ("en", "en"), (" EN ", "en"), ("eng", "en"), ("English (US)", "en"), ("kaz_Cyrl", "kk"), ("zh-Hant-TW", "zh"),
    ("ceb", "ceb"),  # an ISO 639-3 code outside the table is kept
    ("xx", None), ("zz-ZZ", None), ("und", None), ("", None), ("5", None), (5, None), (None, None),
])
def test_language_labels_read_as_codes(label, code):
    assert language_code(label) == code


def test_a_label_the_long_text_contradicts_is_overruled_with_a_warning():
    art = clean_text(TR, "a", lang="en")
    assert art.lang == "tr"
    assert any("lang 'en', but the text is tr" in w for w in art.warnings)
    assert clean_text(TR, "b", lang="tur").lang == "tr" and not clean_text(TR, "b", lang="tur").warnings


def test_a_short_text_keeps_its_label():
    # A line of names can fool a detector; a collection's label is trusted there.
    art = clean_text("Sergey Lavrov ile Kasım Cömert Tokayev görüştü.", "a", lang="en")
    assert art.lang == "en"


def test_a_label_that_names_no_language_is_replaced_by_the_detected_one():
    art = clean_text(PT, "a", lang="xx")
    assert art.lang == "pt"
    assert any("lang 'xx' is not a language: read as pt" in w for w in art.warnings)


def test_align_reads_regional_and_three_letter_labels(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [{"id": "p", "lang": "pt-BR", "published": "2024-05-20", "text": PT},
            {"id": "t", "lang": "tur", "published": "2024-05-20", "text": TR},
            {"id": "e", "lang": "English", "published": "2024-05-20", "text": EN}]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "r.json"
    res = runner.invoke(app, ["align", str(src), "-o", str(out), "--no-db"])
    assert res.exit_code == 0, res.output
    assert "not covered" not in res.output  # before: 'pt-BR', 'tur', 'English' were "not covered by the embedder"
    report = json.loads(out.read_text(encoding="utf-8"))
    langs = {a["id"]: a["lang"] for a in report["articles"]}
    assert langs == {"p": "pt", "t": "tr", "e": "en"}


def test_translate_src_lang_takes_labels_and_rejects_non_languages(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(PT, encoding="utf-8")
    res = runner.invoke(app, ["translate", str(src), "--src-lang", "klingon", "--no-db"])
    assert res.exit_code == 2 and "--src-lang 'klingon': not a language" in res.output
