"""`xlnews eval mt`: metrics equal sacrebleu's, gates exit 1, checks catch what they claim to."""

from __future__ import annotations

import json
import re

import pytest
import sacrebleu
from typer.testing import CliRunner

from xlnews.cli import app
from xlnews.eval.checks import run_checks
from xlnews.eval.mt import corpus_scores, paired_test
from xlnews.numbers import find_numbers

from .conftest import SHARED_DATA

runner = CliRunner()
FLORES = SHARED_DATA / "flores200"


@pytest.fixture(scope="module")
def flores(tmp_path_factory):
    d = tmp_path_factory.mktemp("flores")
    ref = (FLORES / "devtest.eng_Latn").read_text(encoding="utf-8").splitlines()[:200]
    src = (FLORES / "devtest.por_Latn").read_text(encoding="utf-8").splitlines()[:200]
    # Two made-up systems: one with articles swapped, one that also drops every third line's words.
    hyp1 = [re.sub(r"\bthe\b", "a", s) for s in ref]
    hyp2 = [" ".join(s.split()[: len(s.split()) // 2]) if i % 3 == 0 else s for i, s in enumerate(hyp1)]
    paths = {}
    for name, lines in {"ref": ref, "src": src, "hyp1": hyp1, "hyp2": hyp2}.items():
        paths[name] = d / f"{name}.txt"
        paths[name].write_text("\n".join(lines) + "\n", encoding="utf-8")
    return paths, ref, src, hyp1, hyp2


def test_scores_equal_sacrebleu(flores):
    _paths, ref, _src, hyp1, _ = flores
    got = {s.metric: s for s in corpus_scores(hyp1, [ref], n_bootstrap=200)}
    assert got["bleu"].score == pytest.approx(sacrebleu.corpus_bleu(hyp1, [ref]).score, abs=1e-9)
    assert got["chrf"].score == pytest.approx(sacrebleu.corpus_chrf(hyp1, [ref]).score, abs=1e-9)
    assert got["chrfpp"].score == pytest.approx(sacrebleu.corpus_chrf(hyp1, [ref], word_order=2).score, abs=1e-9)
    assert got["ter"].score == pytest.approx(sacrebleu.corpus_ter(hyp1, [ref]).score, abs=1e-9)
    assert got["chrfpp"].name == "chrF2++" and "nw:2" in got["chrfpp"].signature
    assert got["chrf"].name == "chrF2" and "nw:0" in got["chrf"].signature
    assert "tok:13a" in got["bleu"].signature and "bs:200" in got["bleu"].signature
    for s in got.values():
        assert s.ci_low < s.ci_high and s.ci_low - 5 < s.score < s.ci_high + 5


def test_paired_test_finds_the_worse_system(flores):
    _paths, ref, _src, hyp1, hyp2 = flores
    res = {c.metric: c for c in paired_test(hyp1, hyp2, [ref], test="bs", names=("bleu", "chrf"))}
    assert res["bleu"].system < res["bleu"].baseline and res["bleu"].p_value < 0.05
    # Two systems of equal quality that err on different sentences: no significant difference.
    even = [re.sub(r"\bthe\b", "a", s) if i % 2 == 0 else s for i, s in enumerate(ref)]
    odd = [re.sub(r"\bthe\b", "a", s) if i % 2 == 1 else s for i, s in enumerate(ref)]
    same = {c.metric: c for c in paired_test(even, odd, [ref], test="ar", names=("bleu",))}
    assert same["bleu"].p_value > 0.05


def test_cli_table_json_md_and_gates(flores):
    paths, ref, *_ = flores
    args = ["eval", "mt", "--hyp", str(paths["hyp1"]), "--ref", str(paths["ref"]), "--bootstrap", "100"]
    table = runner.invoke(app, args)
    assert table.exit_code == 0, table.output
    assert "chrF2++" in table.output and "chrF2 " in table.output and "nrefs:1" in table.output
    data = json.loads(runner.invoke(app, args + ["--json"]).stdout)
    bleu = next(s for s in data["scores"] if s["metric"] == "bleu")["score"]
    assert bleu == pytest.approx(sacrebleu.corpus_bleu(flores[3], [ref]).score)
    md = runner.invoke(app, args + ["--md"]).stdout
    assert md.startswith("# Evaluation") and "| BLEU |" in md
    ok = runner.invoke(app, args + ["--min-bleu", f"{bleu - 1:.2f}", "--min-chrf", "10"])
    assert ok.exit_code == 0
    bad = runner.invoke(app, args + ["--min-bleu", f"{bleu + 1:.2f}"])
    assert bad.exit_code == 1 and "gate failed: BLEU" in bad.output
    cmp = runner.invoke(app, args + ["--compare", str(paths["hyp2"]), "--json"])
    assert json.loads(cmp.stdout)["comparison"]["results"][0]["p_value"] < 0.05


def test_cli_bad_inputs(tmp_path, flores):
    paths = flores[0]
    short = tmp_path / "short.txt"
    short.write_text("one line\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Relações exteriores\n".encode("latin-1"))
    cases = [
        (["--hyp", str(short), "--ref", str(paths["ref"])], "has 200 lines but"),
        (["--hyp", str(empty), "--ref", str(paths["ref"])], "empty file"),
        (["--hyp", str(latin), "--ref", str(paths["ref"])], "not UTF-8"),
        (["--hyp", str(tmp_path / "nope.txt"), "--ref", str(paths["ref"])], "no such file"),
        (["--hyp", str(paths["hyp1"])], "nothing to score against"),
    ]
    for args, message in cases:
        res = runner.invoke(app, ["eval", "mt", *args])
        assert res.exit_code == 2 and message in res.output, (args, res.output)
        assert "Traceback" not in res.output


def test_numbers_across_languages():
    assert [n.value for n in find_numbers("8,5 milyar doları aştı, 24 bine yakın şirket", "tr")] == [8.5e9, 24e3]
    assert [n.value for n in find_numbers("27 bilhões de dólares e 1.200 pessoas", "pt")] == [27e9, 1200]
    # European Portuguese counts in long scale: "mil milhões" is a billion, "bilião" a trillion (on
    # NTREX's news, nine of the ten number flags on the offline model's output were "mil milhões").
    assert [n.value for n in find_numbers("2,8 mil milhões de libras, 24 mil pessoas, 1,5 biliões", "pt")] == [2.8e9, 24e3, 1.5e12]
    assert [n.value for n in find_numbers("8.5 billion dollars and 1,200 people", "en")] == [8.5e9, 1200]
    # A letter after a glued "k" or "m" makes a unit, not thousands or millions.
    assert [n.value for n in find_numbers("winds of 70km/h, a 5kg bag, £5m and 3m people", "en")] == [70, 5, 5e6, 3e6]
    # Headlines in capitals: Turkish İ lowers with a combining dot (a KeyError once, on newstest2016).
    assert [n.value for n in find_numbers("8,5 MİLYAR DOLARLIK ANLAŞMA, 3 MILYON KİŞİ", "tr")] == [8.5e9, 3e6]


def test_times_and_written_out_numbers_are_read_as_a_translator_writes_them():
    from xlnews.eval.checks import check_numbers

    # The 24-hour clock of the source is the 12-hour one of the English.
    assert check_numbers("Um terremoto fez Montana tremer às 22h08 de segunda-feira.",
                         "An earthquake shook Montana at 10:08 p.m. on Monday.", "pt") is None
    assert check_numbers("22.00-23.00 MDT saatleri arasında yangın çıkarıldı.", "Between 10:00-11:00 pm MDT, a fire was started.", "tr") is None
    assert check_numbers("Araç takriben 12.00 GMT'de kaldırıldı.", "It was taken away at approximately 1200 GMT.", "tr") is None
    # A changed or lost time is still caught, and so is a lost number beside a time.
    assert "22h08 (a time)" in check_numbers("Tremeu às 22h08.", "It shook at 10:18 p.m.", "pt")
    assert "27 bilhões" in check_numbers("Atingiu 27 bilhões às 10h.", "It reached billions at 10 a.m.", "pt")
    # Measurements the translator converted, within a translator's rounding; a wrong one is still caught.
    for src, out in (("Rajadas de 137 km/h.", "Winds of 85 mph."), ("Um porco com 300 quilos.", "A 650 pound pig."),
                     ("Chegou aos 27 graus, 11 graus acima de Omaha.", "It reached 80 degrees, a 20-degree difference from Omaha."),
                     ("O rio tem quase 10 km de largura.", "The river is six miles wide."),
                     ("15 cm de chuva.", "6 inches of rain."), ("Chegou às 5 da manhã.", "He arrived at 5 in the morning.")):
        assert check_numbers(src, out, "pt") is None, (src, out)
    assert "15 (= 15)" in check_numbers("15 cm de chuva.", "16 inches of rain.", "pt")
    # A Turkish capital İ lowers with a combining dot: no unit of the tables, and no crash (a KeyError once).
    assert check_numbers("Rüzgar saatte 70 km'ye ulaştı.", "RÜZGAR 70 Mİ HIZA ULAŞTI.", "tr") is None
    # Numbers and ordinals written out in words.
    assert check_numbers("59% dos eleitores disseram que não.", "Fifty-nine percent of voters said no.", "pt") is None
    assert check_numbers("Gourley terminou em 11º no Super-G.", "Gourley finished eleventh in the Super-G.", "pt") is None


SRC = ["Tokayev, Kazakistan’ın Rusya’ya yaptığı yatırımın 8,5 milyar doları aştığını söyledi.",
       "O comércio atingiu 27 bilhões de dólares, disse Tokayev a Sergey Lavrov em Astana.",
       "Abdrahmanov, Lavrov ile Astana’da görüştü.",
       "Putin ise ortak bildiriyi imzaladı.",
       "Lavrov chegou a Astana em 20 de maio."]
GOOD = ["Tokayev said Kazakhstan's investment in Russia exceeded 8.5 billion dollars.",
        "Trade reached 27 billion dollars, Tokayev told Sergey Lavrov in Astana.",
        "Abdrakhmanov met Lavrov in Astana.",
        "Putin signed the joint declaration.",
        "Lavrov arrived in Astana on 20 May."]


def test_checks_pass_good_translations():
    report = run_checks(SRC, GOOD, None)
    assert report.issues == [], report.issues


def test_checks_catch_each_failure():
    bad = ["Tokayev said Kazakhstan's investment in Russia exceeded 85 billion dollars.",
           "Trade reached 27 billion dollars, he told the minister.",
           "Abdrahmanov, Lavrov ile Astana’da görüştü ve sonra uzun uzun konuştular.",
           "Putin signed the the the the joint declaration.",
           ""]
    report = run_checks(SRC, bad, None)
    by_line = {}
    for issue in report.issues:
        by_line.setdefault(issue.line, set()).add(issue.check)
    assert "numbers" in by_line[1]
    assert "names" in by_line[2]
    assert "untranslated" in by_line[3]
    assert "repetition" in by_line[4]
    assert by_line[5] == {"empty"}
    long = run_checks([SRC[3]], [GOOD[3] + " And then the president went on and on about many other things for a long time."], None)
    assert [i.check for i in long.issues] == ["length"]


def test_names_check_leaves_out_what_a_translation_translates():
    src = ["Gosling e Stone foram indicados para Melhor Ator e Melhor Atriz no Teatro Argentina.",
           "O melhor ator e a melhor atriz do teatro receberam o prêmio em Buenos Aires.",
           "Lindsey Graham, da Carolina do Sul, falou com Rosa Weber no Irã.",
           "A ira do povo cresceu."]
    good = ["Gosling and Stone were nominated for Best Actor and Best Actress at the Argentine Theatre.",
            "The theatre's best actor and best actress received the award in Buenos Aires.",
            "Lindsey Graham of South Carolina spoke to Rosa Weber in Iran.",
            "The people's anger grew."]
    assert run_checks(src, good, "pt", checks=("names",)).issues == []
    # Common nouns are left out only as the rest of the text writes them in lower case; particles ("da",
    # "do") and words translated with a place ("Sul") never count. A person, a known place and a given
    # name that are also lower-case words ("Irã" beside "ira") are still checked.
    lost = ["Lindsey Graham of South Carolina spoke to Weber in Tehran.", "Graham of South Carolina spoke to Rosa Weber."]
    issues = [run_checks(src[:2] + [src[2]] + src[3:], good[:2] + [out] + good[3:], "pt", checks=("names",)).issues for out in lost]
    assert [i.message for i in issues[0]] == ["names missing: Rosa, Irã"]
    assert [i.message for i in issues[1]] == ["names missing: Lindsey, Irã"]
    # Turkish nouns take endings in a name that the running text writes otherwise.
    tr = ["Kanada Diyabet Derneği'nin başkanı Ehud Ur konuştu.", "Bu derneğe üye olan doktorlar toplandı."]
    en = ["Ehud Ur, chair of the Canadian Diabetes Association, spoke.", "Doctors who are members of this association met."]
    assert run_checks(tr, en, "tr", checks=("names",)).issues == []
    # Only Turkish words stand for their starts: a Portuguese "bolso" (pocket) does not hide Bolsonaro,
    # and the language is detected when not given.
    pt = ["Ele guardou a carteira no bolso do casaco antes de sair de casa.", "O presidente Bolsonaro falou à imprensa ontem."]
    issues = run_checks(pt, ["He put the wallet in his coat pocket before leaving home.", "The president spoke to the press yesterday."],
                        None, checks=("names",)).issues
    assert [i.message for i in issues] == ["names missing: Bolsonaro"]


def test_cli_checks_with_src_and_max_flagged(tmp_path):
    src, hyp = tmp_path / "src.txt", tmp_path / "hyp.txt"
    src.write_text("\n".join(SRC) + "\n", encoding="utf-8")
    hyp.write_text("\n".join(GOOD[:4] + ["Lavrov arrived in Astana on 20 May 2025 2026."]) + "\n", encoding="utf-8")
    ok = runner.invoke(app, ["eval", "mt", "--hyp", str(hyp), "--src", str(src), "--max-flagged", "0"])
    assert ok.exit_code == 0, ok.output
    hyp.write_text("\n".join(GOOD[:4] + [""]) + "\n", encoding="utf-8")
    bad = runner.invoke(app, ["eval", "mt", "--hyp", str(hyp), "--src", str(src), "--max-flagged", "0"])
    assert bad.exit_code == 1 and "flagged sentences 1 > allowed maximum 0" in bad.output
    assert "line 5 [empty]" in bad.output


def test_translate_jsonl_is_read_with_its_sentence_pairs(tmp_path):
    from xlnews.records import SentencePair, Translation

    recs = [Translation(id=f"a{i}", source_lang="tr", text=t, sentences=[SentencePair(s, t, 0)])
            for i, (s, t) in enumerate(zip(SRC, GOOD[:4] + [""]))]
    hyp = tmp_path / "out.jsonl"
    hyp.write_text("\n".join(json.dumps(r.to_dict(), ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    ref = tmp_path / "ref.txt"
    ref.write_text("\n".join(GOOD) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["eval", "mt", "--hyp", str(hyp), "--ref", str(ref), "--bootstrap", "0", "--json"])
    data = json.loads(res.stdout)
    assert data["segments"] == 5 and data["checks"]["counts"]["empty"] == 1
    assert res.exit_code == 0
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "x", "error": "boom"}) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["eval", "mt", "--hyp", str(bad), "--ref", str(ref)])
    assert res.exit_code == 2 and "error record" in res.output


def test_a_sentence_that_trips_a_bug_is_reported_and_the_run_goes_on(monkeypatch):
    import xlnews.eval.checks as checks_mod

    real = checks_mod.check_numbers

    def check_numbers(src, out, lang):
        if "boom" in src:
            raise KeyError("a bug")
        return real(src, out, lang)

    monkeypatch.setattr(checks_mod, "check_numbers", check_numbers)
    report = run_checks(["O comércio atingiu 27 bilhões.", "boom 5", "Chegaram 40 pessoas."],
                        ["Trade reached 27 billion.", "boom 5", "4 people arrived."], "pt", checks=("numbers",))
    assert [(i.line, i.check) for i in report.issues] == [(2, "internal"), (3, "numbers")]
    assert "internal error while checking it (KeyError" in report.issues[0].message and report.flagged_lines == [2, 3]


def test_outputs_and_references_compressed_or_in_utf16_score_the_same(tmp_path):
    import gzip

    from xlnews.eval.inputs import read_segments

    lines = ["Trade reached 27 billion dollars.", "Lavrov met Tokayev in Astana."]
    (tmp_path / "h.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "h.txt.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    (tmp_path / "r.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    assert read_segments(tmp_path / "h.txt.gz").lines == read_segments(tmp_path / "h.txt").lines == read_segments(tmp_path / "r.txt").lines == lines
