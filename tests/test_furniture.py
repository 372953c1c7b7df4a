"""Cleaning rules on articles the tests make: the rules must hold beyond the seeds."""

from xlnews.corpora.clean import CleanOptions, clean_text

BODY_TR = [
    "Cumhurbaşkanı Erdoğan, Ankara'da düzenlenen törende yeni eğitim yılının başladığını açıkladı ve öğretmenlere teşekkür etti.",
    "Milli Eğitim Bakanı, bu yıl okullara 1,2 milyon yeni öğrencinin kaydolduğunu ve derslerin pazartesi başlayacağını söyledi.",
    "Törene çok sayıda veli ve öğrenci katıldı; program canlı olarak yayımlandı ve sosyal medyada geniş ilgi gördü.",
]


def _clean(text, **kw):
    return clean_text(text, "t", options=CleanOptions(), **kw)


def test_generic_menu_block_and_footer():
    text = "\n".join(["Anasayfa", "Gündem", "Ekonomi", "Spor", "Son Dakika", "", "Okullar açıldı", ""] + [p + "\n" for p in BODY_TR]
                     + ["Etiketler: eğitim, okul", "Tüm hakları saklıdır", "HABERSITESI.COM"])
    a = _clean(text)
    assert a.title == "Okullar açıldı"
    assert a.paragraphs == BODY_TR
    reasons = [r.reason for r in a.removed]
    assert reasons.count("menu") >= 5
    assert "site_name" in reasons


def test_furniture_words_inside_a_sentence_are_kept():
    para = "Ana sayfa tasarımı değişen haber sitesi, yorum yazın butonunu kaldırdığını ve WhatsApp hattı açtığını duyurdu."
    a = _clean("\n\n".join([para] + BODY_TR))
    assert a.paragraphs[0] == para and a.removed == []


def test_foreign_paragraph_is_reported_and_removed_unless_kept():
    english = "The minister said that more than a million new pupils had enrolled in schools across the country this year."
    text = "\n\n".join(BODY_TR[:2] + [english] + BODY_TR[2:])
    a = _clean(text)
    assert english not in a.paragraphs
    (r,) = [r for r in a.removed if r.reason == "foreign_language"]
    assert r.detail.startswith("en") and r.line == 5
    kept = clean_text(text, "t", options=CleanOptions(remove_foreign=False))
    assert english in kept.paragraphs and kept.paragraph_langs[kept.paragraphs.index(english)] == "en"


def test_hard_wrapped_prose_is_joined():
    words = " ".join(BODY_TR).split()
    wrapped = "\n".join(" ".join(words[i:i + 9]) for i in range(0, len(words), 9))
    a = _clean(wrapped)
    assert a.paragraphs == [" ".join(words)]


def test_symbol_and_url_lines_dropped():
    a = _clean("\n\n".join([BODY_TR[0], "* * * * *", "https://example.com/x", BODY_TR[1], BODY_TR[2]]))
    assert a.paragraphs == BODY_TR
    assert {r.reason for r in a.removed} == {"no_text", "url_only"}


def test_a_news_flash_of_short_lines_is_the_article_not_a_trailer():
    # With no running text there is nothing for a trailer to follow: these were "site names" and
    # the record failed with "no article text left".
    for text in ("Şili’de 6,1 büyüklüğünde deprem.", "Breaking: Earthquake hits Chile", "Só uma frase."):
        a = _clean(text)
        assert a.paragraphs == [text] and a.removed == []
        assert any("no paragraph of running text" in w for w in a.warnings)
    a = _clean("Şili’de deprem\n\nBüyüklük 6,1 olarak ölçüldü")
    assert a.title == "Şili’de deprem" and a.paragraphs == ["Büyüklük 6,1 olarak ölçüldü"]


def test_a_lone_site_name_or_site_phrases_are_still_no_article():
    import pytest

    from xlnews.errors import InputError

    for text in ("HABERSITESI.COM", "Anasayfa\nGündem\nSpor", "Yorum yazın\nTüm hakları saklıdır"):
        with pytest.raises(InputError, match="no article text left"):
            _clean(text)
