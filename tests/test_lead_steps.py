"""The step of a case or an office a report's lead tells (xlnews.align.lead_steps), and two steps told apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from xlnews.align.lead_steps import lead_steps
from xlnews.align.facts import Facts, article_facts
from xlnews.align.score import told_apart
from xlnews.cli import app
from xlnews.records import Article

_WRITTEN = Path(__file__).resolve().parents[1] / "benchmarks" / "data"


@pytest.mark.parametrize("title, first, lang, steps", [
    ("İBB Başkanı Ekrem İmamoğlu gözaltına alındı", "", "tr", {"detained"}),
    ("Ekrem İmamoğlu tutuklandı", "", "tr", {"jailed"}),
    # The step before the one reported is a participle, and not read.
    ("Gözaltına alınan Ekrem İmamoğlu tutuklandı", "", "tr", {"jailed"}),
    (None, "İçişleri Bakanlığı, belediyeye Vali Yardımcısı Can Aksoy'u kayyum olarak atadı.", "tr", {"removed"}),
    ("Esenyurt Belediyesi'ne kayyum atandı", "", "tr", {"removed"}),
    ("Turkish court jails Istanbul mayor Imamoglu pending trial", "", "en", {"jailed"}),
    ("Turkey detains Istanbul mayor Imamoglu, Erdogan's main rival", "", "en", {"detained"}),
    ("Mayor, detained on Wednesday, formally arrested", "", "en", {"detained", "jailed"}),
    # Words that tell no one step: "arrested" (detained or jailed), "released" (a statement as often as a prisoner).
    ("Police arrest mayor", "The ministry released a statement on Friday.", "en", set()),
    ("Prefeito de Istambul é detido", "", "pt", {"detained"}),
    ("Turquia nomeia interventor para município", "", "pt", {"removed"}),
    ("Daniel Alves deixa a prisão após pagar fiança", "", "pt", {"released"}),
    # "Preso" is either; "condena" is also "condemns".
    ("Ex-presidente é preso", "Brasil condena ataque.", "pt", set()),
    ("Daniel Alves é condenado a 4 anos e meio de prisão", "", "pt", {"sentenced"}),
    # The court's verb in the active voice, with the term it gives: "condena" alone is also "condemns".
    ("STF condena Bolsonaro a 27 anos e 3 meses de prisão por trama golpista", "", "pt", {"sentenced"}),
    ("Lula condena ataque a 3 anos das eleições", "", "pt", set()),
    ("Brezilya'da Bolsonaro'ya darbe girişiminden 27 yıl hapis", "", "tr", {"sentenced"}),
    (None, "Mahkeme, Bolsonaro'yu suçlu bularak 27 yıl 3 ay hapis cezasına çarptırdı.", "tr", {"sentenced"}),
    ("Savcı, Bolsonaro için 27 yıl hapis istedi", "", "tr", set()),  # a term asked for is none given
    ("Polícia Federal indicia Bolsonaro e mais 36 por golpe", "", "pt", {"charged"}),
    (None, "Daire, Bolsonaro hakkındaki iddianameyi oy birliğiyle kabul etti.", "tr", {"charged"}),
    # House arrest, a step of its own: neither a jailing nor a release.
    ("Brazil's Supreme Court puts Bolsonaro under house arrest", "", "en", {"house_arrest"}),
    ("Moraes decreta prisão domiciliar de Jair Bolsonaro", "", "pt", {"house_arrest"}),
    ("Brezilya'da eski Devlet Başkanı Bolsonaro'ya ev hapsi", "", "tr", {"house_arrest"}),
    # Someone's diploma, mandate or licence revoked; a flight or a match called off is none.
    ("Istanbul university annuls mayor Imamoglu's degree, threatening presidential bid", "", "en", {"revoked"}),
    ("İmamoğlu'nun diploması iptal edildi", "", "tr", {"revoked"}),
    ("Universidade anula diploma de Imamoglu", "", "pt", {"revoked"}),
    ("Kar nedeniyle uçuşlar iptal edildi", "", "tr", set()),
    ("Storm forces airlines to cancel flights", "", "en", set()),
    ("Mahkeme İmamoğlu'nun tutuklanmasına karar verdi", "", "de", set()),  # a language not read
    # An office's steps.
    ("Kazakistan'da Tokayev yüzde 81,3 oyla yeniden seçildi", "", "tr", {"elected"}),
    ("Tokayev yemin ederek görevine başladı", "", "tr", {"sworn_in"}),
    ("Kazakh president Tokayev wins snap election with 81% of vote", "", "en", {"elected"}),
    ("Tokayev sworn in for seven-year term", "", "en", {"sworn_in"}),
    ("Tokayev re-elected, will be sworn in on Saturday", "", "en", {"elected"}),  # what is to come is no step told
    ("Lula toma posse pela terceira vez", "", "pt", {"sworn_in"}),
    ("Tokayev é reeleito presidente do Cazaquistão", "", "pt", {"elected"}),
    ("Turkey appoints Karahan central bank chief after Erkan quits", "", "en", {"resigned"}),
    ("Mayors meet elected officials", "", "en", set()),
    # A vote going to a run-off: the first round's result, not the run-off's.
    ("Lula and Bolsonaro head to run-off after tight first round", "", "en", {"runoff"}),
    (None, "Erdogan will face Kilicdaroglu in a runoff vote on May 28 after neither won a majority.", "en", {"runoff"}),
    ("Brezilya'da seçim ikinci tura kaldı", "", "tr", {"runoff"}),
    ("Eleição na Turquia vai ao segundo turno entre Erdogan e Kilicdaroglu", "", "pt", {"runoff"}),
    ("Erdogan wins re-election", "Erdogan won Sunday's runoff election.", "en", {"elected"}),
    ("Maia Sandu é reeleita", "Foi reeleita neste domingo no segundo turno, com 55% dos votos.", "pt", {"elected"}),
    ("Lula wins first round of Brazil election", "", "en", set()),  # a round won is no office won
    # Turkish puts the winner between the election and the verb; a vote annulled is a step of its own.
    ("İstanbul'da seçimi Ekrem İmamoğlu kazandı", "", "tr", {"elected"}),
    ("YSK, İstanbul seçiminin yenilenmesine karar verdi", "", "tr", {"annulled"}),
    (None, "YSK, 31 Mart'ta yapılan İstanbul seçiminin iptaline karar verdi.", "tr", {"annulled"}),
    ("Turkey orders rerun of Istanbul election won by opposition", "", "en", {"annulled"}),
    ("Justiça eleitoral turca anula eleição em Istambul", "", "pt", {"annulled"}),
    ("Storm forces airlines to cancel flights", "The vote count went on.", "en", set()),
    # A step's words are read in the headline or in the first sentence, not across the line between them.
    ("Police jail protesters", "Pending trial, the mayor spoke.", "en", set()),
    ("Police jail protesters pending trial", "", "en", {"jailed"}),
    # A ban's: imposed, upheld, lifted.
    ("Brazil judge orders suspension of Musk's X", "", "en", {"imposed"}),
    ("Brazil Supreme Court panel upholds X ban", "", "en", {"upheld"}),
    ("Brazil lifts ban on Musk's X after it pays fines", "", "en", {"lifted"}),
    ("Moraes manda suspender o X no Brasil", "", "pt", {"imposed"}),
    ("Moraes autoriza volta do X ao Brasil", "", "pt", {"lifted"}),
    ("Instagram'a erişim engeli kaldırıldı", "", "tr", {"lifted"}),
    (None, "Moraes, X'in ülkede askıya alınmasına karar verdi.", "tr", {"imposed"}),
    ("Fed lifts rates again", "", "en", set()),  # a lift of no ban
    # The month's inflation figure (a rate decision is read by rate_moves and given to lead_steps by the facts).
    ("Turkish inflation eases to 71.6% in June, first fall in eight months", "", "en", {"inflation_figure"}),
    ("Enflasyon haziranda yüzde 71,60'a geriledi", "", "tr", {"inflation_figure"}),
    ("IPCA sobe 0,4% em maio", "", "pt", {"inflation_figure"}),
    ("Turkey keeps rates on hold at 50% as inflation peaks", "", "en", set()),
])
def test_the_steps_a_lead_tells(title, first, lang, steps):
    assert set(lead_steps(title, first, lang)) == steps


def _facts(steps: dict[str, str]) -> Facts:
    f = Facts()
    f.lead_steps = steps
    return f


def test_two_leads_that_tell_only_different_steps_are_two_happenings():
    detained, jailed = {"detained": "gözaltına alındı"}, {"jailed": "tutuklandı"}
    apart = told_apart(_facts(detained), _facts(jailed))
    assert apart is not None and "a tells of someone detained (“gözaltına alındı”), b of someone jailed pending trial" in apart[0]
    # A step both tell, or a lead that tells none, says nothing.
    assert told_apart(_facts(detained), _facts({**jailed, **detained})) is None
    assert told_apart(_facts(detained), _facts({})) is None
    assert told_apart(_facts(detained), _facts({"detained": "detained"})) is None
    # Steps of different kinds say nothing of each other: a mayor detained and someone elected.
    assert told_apart(_facts(detained), _facts({"elected": "seçildi"})) is None
    elected, sworn = {"elected": "yeniden seçildi"}, {"sworn_in": "yemin etti"}
    apart = told_apart(_facts(elected), _facts({**detained, **sworn}))
    assert apart is not None and "a tells of someone elected (“yeniden seçildi”), b of someone sworn in" in apart[0]


def _written_facts(names: tuple[str, ...], *ids: str) -> list[Facts]:
    """The facts of the written reports ``ids`` of the files ``names``, read without their publication dates."""
    records = {r["id"]: r for name in names for r in map(json.loads, (_WRITTEN / name).read_text(encoding="utf-8").splitlines())}
    return [article_facts(Article(i, records[i]["lang"], [p for p in records[i]["text"].split("\n\n") if p.strip()],
                                  title=records[i].get("title"))) for i in ids]


def _two_events_apart(tmp_path: Path, name: str, first: tuple[str, ...], second: tuple[str, ...],
                      pair: set[str]) -> dict:
    """Aligns a written set by the CLI; asserts ``first``'s reports are one cluster and ``second``'s another, and gives
    the record of ``pair``."""
    data = _WRITTEN / name
    out = tmp_path / "report.json"
    res = CliRunner().invoke(app, ["align", str(data), "-o", str(out), "--db", str(tmp_path / "s.db")])
    assert res.exit_code == 0, res.output
    report = json.loads(out.read_text(encoding="utf-8"))
    cluster = {i: c["id"] for c in report["clusters"] for i in c["articles"]}
    assert len({cluster[i] for i in first}) == 1 and len({cluster[i] for i in second}) == 1
    assert cluster[first[0]] != cluster[second[0]]
    return next(p for p in report["pairs"] if {p["a"], p["b"]} == pair)


def test_istanbul_s_mayor_detained_and_jailed_four_days_later_are_two_events(tmp_path):
    """benchmarks/data/events_2025.jsonl: İmamoğlu detained on 19 March 2025 (in three languages) and jailed pending
    trial on the 23rd (in Turkish, a raw page, and English), among the year's other news. The two Turkish reports
    share the mayor, the corruption inquiry and most words; they were one cluster."""
    pair = _two_events_apart(tmp_path, "events_2025.jsonl", ("ID-en", "ID-pt", "ID-tr"), ("IA-en", "IA-tr"), {"IA-tr", "ID-tr"})
    # Their pair says why it counts against one event (the rest of it, in one language and one template, outweighs that
    # on its own: the clusters' English reports keep them apart).
    assert "of someone jailed pending trial (“tutuklandı”)" in pair["evidence"]["dates"]["verdict"]
    assert pair["score"] < pair["evidence"]["without_dates"]


def test_tokayev_re_elected_and_sworn_in_six_days_later_are_two_events(tmp_path):
    """benchmarks/data/events_astana_october_2022.jsonl: Tokayev re-elected on 20 November 2022 (in three languages)
    and sworn in on the 26th (in English and Turkish), beside that autumn's summits in Astana. The inauguration's
    reports joined the election's."""
    pair = _two_events_apart(tmp_path, "events_astana_october_2022.jsonl", ("HE-en", "HE-pt", "HE-tr"), ("HI-en", "HI-tr"),
                             {"HE-tr", "HI-tr"})
    assert "someone elected (“seçildi”), b of someone sworn in (“yemin ederek”)" in pair["evidence"]["dates"]["verdict"]


def test_x_suspended_in_brazil_and_the_suspension_upheld_three_days_later_are_two_events(tmp_path):
    """benchmarks/data/events_summer_2024.jsonl: Moraes ordering X suspended on 30 August 2024 and the Supreme Court's
    panel upholding it on 2 September (and Turkey's Instagram block and its lifting, among that summer's news). The
    English report of the upholding joined the order's reports."""
    pair = _two_events_apart(tmp_path, "events_summer_2024.jsonl", ("WS-en", "WS-pt"), ("WX-en", "WX-tr"), {"WS-en", "WX-en"})
    assert "a ban or suspension upheld (“upholds”)" in pair["evidence"]["dates"]["verdict"]


def test_a_first_round_going_to_a_run_off_and_the_inauguration_are_two_happenings():
    """benchmarks/data: Brazil's first round of 2 October 2022 going to a run-off (news_events' reports of Lula sworn in
    on 1 January 2023 are the other). Undated, the run-off's reports joined the inauguration's: the same two men, the
    same country, the same office."""
    first_round, sworn_in = _written_facts(("events_figures_2022_2025.jsonl", "news_events.jsonl"), "XD-en", "Q-en")
    apart = told_apart(first_round, sworn_in)
    assert apart is not None and "a tells of a vote going to a run-off (“head to run-off”), b of someone sworn in" in apart[0]
    won, = _written_facts(("events_figures_2022_2025.jsonl",), "XC-en")  # the run-off won: an office's step too
    assert told_apart(first_round, won) is not None


def test_istanbul_s_vote_annulled_and_its_rerun_won_are_two_happenings():
    """benchmarks/data/events_2019.jsonl: the election board annulling Istanbul's mayoral vote (6 May 2019) and İmamoğlu
    winning its rerun (23 June). Undated, the annulment's Turkish report ("23 Haziran'da yenilenmesine") joined the
    rerun's reports: the same mayor, board, city and date."""
    annulled, won = _written_facts(("events_2019.jsonl",), "YI-tr", "IE-tr")
    apart = told_apart(annulled, won)
    assert apart is not None and "a tells of a vote annulled (“seçiminin yenilenmesine karar”), b of someone elected" in apart[0]


def test_a_rate_decision_and_the_month_s_inflation_figure_are_two_happenings():
    """benchmarks/data: Turkey's central bank holding at 50% on 27 June 2024 and June's inflation figure a week later,
    in one country's press and one template; the decision's English report joined the figure's reports."""
    decision = article_facts(Article("d", "en", ["Turkey's central bank kept its policy rate unchanged at 50% on Thursday."],
                                     title="Turkey keeps rates on hold at 50% as inflation peaks"))
    figure = article_facts(Article("f", "en", ["Turkey's annual inflation fell to 71.60% in June, official data showed."],
                                   title="Turkish inflation eases to 71.6% in June, first fall in eight months"))
    both = article_facts(Article("b", "en", ["The central bank cut its key rate as inflation eased to 7.5% in March."],
                                 title="Central bank cuts rates as inflation eases to 7.5%"))
    assert decision.lead_steps == {"rate_decision": "keeps rates"}
    apart = told_apart(decision, figure)
    assert apart is not None and "a tells of a rate decision (“keeps rates”), b of an inflation figure" in apart[0]
    # A lead that tells both says nothing against the figure (against the hold, the rate moves' own rule speaks).
    assert set(both.lead_steps) == {"rate_decision", "inflation_figure"}
    assert told_apart(both, figure) is None
    against_hold = told_apart(both, decision)
    assert against_hold is not None and against_hold[0].startswith("different events: a tells of a rate cut")


def test_bolsonaro_charged_put_under_house_arrest_and_sentenced_are_three_steps():
    """benchmarks/data: the Turkish reports of the Supreme Court accepting the coup charges against Bolsonaro (26 March
    2025), of his house arrest (4 August) and of his sentence (11 September). Undated among every set, the sentence's
    Turkish report joined the charges' reports: its lead's "27 yıl hapis" and "iddianameyi ... kabul etti" were not read."""
    charged, house, sentenced = _written_facts(("events_2025.jsonl", "events_long_2025.jsonl"), "BR-tr", "JH-tr", "JV-tr")
    assert set(charged.lead_steps) == {"charged"} and set(house.lead_steps) == {"house_arrest"}
    assert set(sentenced.lead_steps) == {"sentenced"}
    for a, b in ((charged, sentenced), (house, sentenced), (charged, house)):
        apart = told_apart(a, b)
        assert apart is not None and apart[0].startswith("different events: a tells of someone")


def test_imamoglu_s_diploma_annulled_and_his_detention_the_next_day_are_two_events(tmp_path):
    """benchmarks/data/events_outlets_2025.jsonl: Istanbul University annulling İmamoğlu's diploma (18 March 2025, in three
    languages, two Turkish outlets) and a Turkish report of his detention the next day, which recalls the annulment. One
    day apart, the same mayor and city: they were one cluster."""
    pair = _two_events_apart(tmp_path, "events_outlets_2025.jsonl", ("DP-en", "DP-pt", "DP-tr", "DP-tr2"), ("ID-tr2",),
                             {"DP-tr", "ID-tr2"})
    # Its lead counts back to the annulment, which says it first ("diplomasının iptal edilmesinden bir gün sonra"); the
    # steps its lead and the annulment's tell say it too.
    assert pair["evidence"]["dates"]["verdict"] == ("different events: b gives “edilmesinden bir gün sonra” as past, and a reports "
                                                    "that day or one before it")
    annulled, detained = _written_facts(("events_outlets_2025.jsonl",), "DP-tr", "ID-tr2")
    apart = told_apart(annulled, detained)
    assert apart is not None and "someone's diploma, mandate or licence revoked (“diplomasını iptal”)" in apart[0]
