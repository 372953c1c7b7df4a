"""Each cleaning rule, on the five real scraped seed articles."""

from __future__ import annotations

import re

from xlnews.records import Article


def _reasons(article: Article) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in article.removed:
        out.setdefault(r.reason, []).append(r.text)
    return out


def test_every_seed_is_a_clean_article_named_after_its_file(seed_articles, seeds_dir):
    stems = sorted(p.stem for p in seeds_dir.glob("*.txt"))
    assert sorted(seed_articles) == stems
    for stem, a in seed_articles.items():
        assert isinstance(a, Article), a
        assert a.source.endswith(stem + ".txt")
        assert a.paragraphs and all(p.strip() == p and "  " not in p for p in a.paragraphs)


def test_languages(seed_articles):
    langs = {k[:3]: a.lang for k, a in seed_articles.items()}
    assert langs == {"000": "tr", "001": "tr", "002": "tr", "003": "pt", "004": "tr"}
    for a in seed_articles.values():
        assert set(a.paragraph_langs) == {a.lang}


def test_000_menu_dropped_title_found_body_kept(seed_articles):
    a = seed_articles["000_492cce9c6b585491"]
    menu = _reasons(a)["menu"]
    assert "Ana Sayfa Arama Galeri Video Yazarlar" in menu and "Uygulamamızı İndir" in menu
    assert any("Nöbetçi Eczaneler" in m for m in menu)
    assert len(menu) == 11
    assert a.title == "Tokayev ve Putin’den Stratejik İşbirliği"
    # The truncated teaser repeats the summary; the summary itself stays.
    assert _reasons(a)["duplicate"] == ["Kazakistan ve Rusya, global"]
    assert a.paragraphs[0] == "Kazakistan ve Rusya, global tertip için stratejik paydaşlık bildirisini imzaladı."
    assert a.paragraphs[-1].startswith("İki ülke hükümetleri ortasında güç, gümrük")
    assert len(a.paragraphs) == 15
    assert not any("Eczane" in p or "WhatsApp" in p for p in a.paragraphs)


def test_001_dateline_comments_site_name_and_kazakh_spam(seed_articles):
    a = seed_articles["001_cf9d392c712c68ef"]
    r = _reasons(a)
    assert a.published == "2017-10-06"
    assert r["dateline"] == ["06 Ekim 2017 Cuma, 17:45"]
    assert r["comments"] == ["Yorum yazın...", "E-posta hesabınız yayımlanmayacak."]
    assert r["site_name"] == ["KAZAKİSTAN.KZ HABER SİTESİ"]
    (spam,) = [x for x in a.removed if x.reason == "foreign_language"]
    assert spam.text.startswith("Қазақтар") and spam.detail.startswith("kk")
    assert not any(re.search("[\u0400-\u04ff]", p) for p in a.paragraphs)
    assert a.title == "Lavrov, Astana’da Abdrahmanov ile neleri görüştü?"
    # Subheadings inside the article are article text.
    assert "Bölgesel meseleler" in a.paragraphs and "Dünyadaki gündemlere tutumlar" in a.paragraphs
    assert a.paragraphs[-1].startswith("Lavrov ayrıca, Hazar Beşlisi")
    assert len(a.paragraphs) == 16
    dates = {d.text: d.date for d in a.dates}
    assert dates["22 Ekim"] == "2017-10-22"
    assert dates["Ocak 2018"] == "2018-01"


def test_002_cyrillic_lookalike_repaired(seed_articles):
    a = seed_articles["002_ca40f1c41cd4de5d"]
    assert [(x.original, x.repaired) for x in a.repairs] == [("Сomart", "Comart")]
    assert a.paragraphs[0].startswith("Kasym-Comart Tokayev")
    assert not any(re.search("[\u0400-\u04ff]", p) for p in a.paragraphs)
    assert _reasons(a) == {"site_name": ["Silk Way TV"]}
    assert a.title == "Kazakistan ve Kore işbirliğine dair 11 belge imzalandı"
    assert len(a.paragraphs) == 7


def test_003_portuguese_trailer_byline_source_and_dates(seed_articles):
    a = seed_articles["003_fc00f8bb1f77fc0f"]
    r = _reasons(a)
    assert r["comments"] == ["Comentário (0)"]
    assert r["byline"] == ["Minh Duc (Segundo a TASS, Kazinform)"]
    assert a.author == "Minh Duc"
    assert a.url.startswith("https://www.nguoiduatin.vn/")
    assert a.title is None and a.paragraphs[0].startswith("O Cazaquistão mantém diálogo")
    assert a.paragraphs[-1].startswith("A OCS agora conta com nove membros")
    # The photo's caption, its credit after its last sentence, is no text, and its day not the report's.
    assert len(a.paragraphs) == 11
    assert [t for t in r["credit"] if t.endswith("Foto: Kremlin.ru")]
    dates = {d.text: d for d in a.dates}
    assert "9 de novembro de 2023" not in dates
    assert dates["julho de 2023"].date == "2023-07"
    # No publication date: the year of "20 de maio" comes from the latest year the text names.
    assert dates["20 de maio"].date == "2024-05-20" and dates["20 de maio"].year_inferred


def test_004_clean_text_is_left_alone(seed_articles):
    a = seed_articles["004_9945c2da3cab57e5"]
    assert a.removed == [] and a.repairs == []
    assert len(a.paragraphs) == 6
    assert "“Kalıcı barışı hedefliyoruz”" in a.paragraphs
