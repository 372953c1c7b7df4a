"""Cleaning rules on articles the tests make: the rules must hold beyond the seeds."""

from xlnews.corpora.clean import CleanOptions, clean_text
from xlnews.corpora.furniture import related_header

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


def test_a_header_of_long_lines_over_the_text_is_no_hard_wrapped_paragraph():
    # A menu, a headline and a date line of 40 characters and more, straight over the first paragraph: they
    # were joined with it as one wrapped paragraph, so the page had no title and no date.
    page = "\n".join(["Ana Sayfa Gündem Türkiye Dünya Ekonomi Spor Magazin", "Okullar yeni eğitim yılına törenle başladı bugün",
                      "21.01.2025 - 09:12 | Güncelleme: 21.01.2025 - 21:40", BODY_TR[0]]) + "\n\n" + "\n\n".join(BODY_TR[1:])
    a = _clean(page)
    assert a.title == "Okullar yeni eğitim yılına törenle başladı bugün" and str(a.published) == "2025-01-21"
    assert a.paragraphs == BODY_TR


def test_a_headline_over_its_date_line_in_one_block_is_no_hard_wrapped_paragraph():
    # The date line last in the block: headline and date were one title, and the page undated.
    for header in (["Esenyurt Belediye Başkanı Ahmet Özer gözaltına alındı", "30.10.2024 - 09:41"],
                   ["Ana Sayfa Gündem Ekonomi Dünya Spor Yazarlar Video Galeri", "Okullar yeni eğitim yılına törenle başladı bugün",
                    "30 Ekim 2024 Çarşamba 19:48 | Son Güncelleme: 30.10.2024 22:15"]):
        a = _clean("\n".join(header) + "\n\n" + "\n\n".join(BODY_TR))
        assert a.title == header[-2] and str(a.published) == "2024-10-30" and a.paragraphs == BODY_TR, header
    # Prose wrapped before the date that ends its sentence is one paragraph still.
    prose = ["Milli Eğitim Bakanlığı, yeni eğitim yılının açılış töreninin Ankara'da yapılacağını ve",
             "9 Eylül 2024."]
    assert _clean("\n".join(prose) + "\n\n" + "\n\n".join(BODY_TR)).paragraphs[0] == " ".join(prose)


def test_a_short_headline_over_the_date_line_that_ends_the_menu_is_the_title():
    # "Okullar açıldı" over "20.05.2024 10:15", the menu's labels above, no blank line: it was the menu's last label.
    for menu in (["Ana Sayfa", "Gündem", "Ekonomi", "Spor"], ["Ana Sayfa Gündem Ekonomi Spor"]):
        a = _clean("\n".join(menu + ["Okullar açıldı", "20.05.2024 10:15"] + BODY_TR))
        assert (a.title, str(a.published), a.paragraphs) == ("Okullar açıldı", "2024-05-20", BODY_TR), menu
    # A known entry, or one word, stays a label.
    for label in ("Hava durumu", "Deprem"):
        a = _clean("\n".join(["Ana Sayfa", "Gündem", "Ekonomi", label, "20.05.2024 10:15"] + BODY_TR))
        assert a.title is None and a.paragraphs == BODY_TR, label


def test_the_sites_boast_under_its_name_is_no_text():
    en = ["Russia's top diplomat Sergey Lavrov met Kazakh President Kassym-Jomart Tokayev in Astana on Monday.",
          "Kazakhstan holds the rotating chairmanship of the bloc this year."]
    page = ["euronews", "Lavrov meets Tokayev in Astana", "Published on 20/05/2024 - 14:32 GMT+2"] + en
    a = _clean("\n".join(page + ["Euronews is the most watched news channel in Europe."]), lang="en")
    assert a.paragraphs == en and a.title == "Lavrov meets Tokayev in Astana"
    # The report's own sentence about the site stays, and a sentence about anyone else.
    for last in ("Euronews could not verify the footage independently.", "Tokayev is a former diplomat who speaks Chinese."):
        assert _clean("\n".join(page + [last]), lang="en").paragraphs == en + [last], last


def test_a_wordpress_feeds_footer_is_no_text():
    # On every item of a WordPress feed, in English whatever the site's language: a sentence, and a foreign one kept.
    a = _clean("\n\n".join(BODY_TR + ["The post Okullar yeni eğitim yılına törenle başladı appeared first on Haber Sitesi."]))
    assert a.paragraphs == BODY_TR


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

    for text in ("Anasayfa\nGündem\nSpor", "Yorum yazın\nTüm hakları saklıdır"):
        with pytest.raises(InputError, match="no article text left"):
            _clean(text)
    # A text of one or two words says so, rather than that furniture was taken from it.
    for text, n in (("HABERSITESI.COM", "1 word"), ("Study History", "2 words")):
        with pytest.raises(InputError, match=f"{n} of text, too short to be an article"):
            _clean(text)


def test_a_navigation_bar_or_breadcrumb_is_no_headline():
    # A breadcrumb above the headline was taken for the title, and the headline became the first paragraph.
    for bar in ("Home | World | Politics | Business", "Início » Mundo » Política", "Gündem / Dünya / Siyaset",
                "Home > World", "Ana Sayfa › Ekonomi › Piyasalar"):
        a = _clean("\n\n".join([bar, "Okullar açıldı"] + BODY_TR))
        assert a.title == "Okullar açıldı" and a.paragraphs == BODY_TR, bar
        assert [(r.text, r.reason) for r in a.removed] == [(bar, "menu")]
    # Two items, or slashes inside words and numbers, are not a bar; nor is a sentence.
    for line in ("Ukrayna ve Rusya: Müzakereler", "20/05/2024 güncellendi", "Lula | Erdoğan",
                 "Fiyatlar yüzde 5 / 6 / 7 arttı."):
        assert not any(r.reason == "menu" for r in _clean("\n\n".join([line] + BODY_TR)).removed), line


def test_a_box_of_other_articles_headlines_is_not_the_articles_text():
    # The headlines under "Leia também" were kept as paragraphs: their people, places and numbers
    # (Putin, Tokayev, Astana) became this article's in alignment.
    links = ["Putin Astana'da Tokayev ile bir araya geldi", "Merkez Bankası faiz kararını açıkladı",
             "1. Fenerbahçe deplasmanda Galatasaray'ı 2-1 yendi"]
    for header in ("İlgili Haberler", "BUNLARI DA OKUYUN", "Leia também:", "Related stories", "EN ÇOK OKUNANLAR"):
        # in one block with its header (plain text), and one a block (HTML made into text)
        for box in ("\n".join([header] + links), "\n\n".join([header] + links)):
            a = _clean("\n\n".join(["Okullar açıldı", BODY_TR[0], box, BODY_TR[1], BODY_TR[2]]))
            assert a.title == "Okullar açıldı" and a.paragraphs == BODY_TR, header
            assert [r.reason for r in a.removed] == ["related_links"] * 4
    # A subheading after the box's own block is text; a link on the header's line takes only that line.
    a = _clean("\n\n".join([BODY_TR[0], "Leia também:\n" + links[0], "Yeni müfredat", BODY_TR[1],
                            "LEIA MAIS: Erdogan critica Israel na ONU", "Okul servisleri", BODY_TR[2]]))
    assert a.paragraphs == [BODY_TR[0], "Yeni müfredat", BODY_TR[1], "Okul servisleri", BODY_TR[2]]
    # "Read more" before a sentence of the article is not a header.
    sentence = "Read more: the minister said that schools would open on Monday across the whole country."
    assert not related_header(sentence) and related_header("Read more: Schools open on Monday")


def test_credits_reading_times_ad_breaks_and_share_bars_between_paragraphs():
    # Kept as paragraphs before: translated, embedded as passages, their names compared.
    furniture = {"Foto: Reuters": "credit", "(Reprodução/Instagram)": "credit", "Getty Images": "credit",
                 "AP Photo/Burhan Ozbilici": "credit", "Okuma süresi: 3 dk": "menu", "Haberin Devamı": "menu",
                 "Facebook Twitter WhatsApp E-posta": "menu", "Bizi takip edin": "menu", "Haber Merkezi": "byline",
                 "İHA": "byline", "Editör: Ayşe Yılmaz": "byline", "Sesli dinle": "menu", "A- A+": "menu",
                 "Yükleniyor...": "menu", "Google Haberler'de takip et": "menu",
                 "Bu sitede çerezler kullanılmaktadır.": "menu"}
    for line, reason in furniture.items():
        a = _clean("\n\n".join(["Okullar açıldı", BODY_TR[0], line, BODY_TR[1], BODY_TR[2]]))
        assert a.paragraphs == BODY_TR and [(r.text, r.reason) for r in a.removed] == [(line, reason)], line
    body_pt = ["O presidente Lula foi recebido nesta terça-feira pelo presidente turco no complexo presidencial em Ancara.",
               "Os dois líderes discutiram elevar o comércio bilateral e assinaram acordos de cooperação na defesa."]
    for line in ("Continua após a publicidade", "Imagem: Agência Brasil", "Estadão Conteúdo", "Ouça este conteúdo",
                 "Tamanho da fonte", "Carregando..."):
        a = _clean("\n\n".join([body_pt[0], line, body_pt[1]]))
        assert a.paragraphs == body_pt, line
    # Words of those lines inside the text, or a caption that says what it shows, stay.
    for line in ("Foto de família dos líderes em Ancara", "Twitter e Facebook removeram as contas.",
                 "Adınız listeden silindi.", "Giriş yaptıktan sonra hata kodunu alıyorum.", "Cookie is my dog.",
                 "Haber merkezi Ankara'da bulunan ajans, açıklamayı sabah saatlerinde yayımladı."):
        kept = clean_text("\n\n".join([BODY_TR[0], line, BODY_TR[1]]), "t", options=CleanOptions(remove_foreign=False))
        assert line in kept.paragraphs, line


ZH = [
    "哈萨克斯坦总统托卡耶夫二十日在阿斯塔纳会见了俄罗斯外长拉夫罗夫，双方讨论了双边合作问题。",
    "托卡耶夫表示，俄罗斯是哈萨克斯坦的战略伙伴和盟友。拉夫罗夫说，两国贸易额去年达到二百七十亿美元。",
]


def test_text_written_without_spaces_is_running_text_not_furniture():
    # Counted by spaces, each Chinese paragraph was one "word", and the whole article went as page
    # furniture ("no article text left after cleaning").
    a = _clean("\n\n".join(["哈萨克斯坦与俄罗斯深化合作"] + ZH + ["新华网"]), lang="zh")
    assert a.lang == "zh" and a.title == "哈萨克斯坦与俄罗斯深化合作" and a.paragraphs == ZH
    assert [r.reason for r in a.removed] == ["site_name"]
    # A first line that ends a sentence is text, not a headline.
    assert _clean("\n\n".join(ZH), lang="zh").paragraphs == ZH
    ja = "カザフスタンのトカエフ大統領は二十日、アスタナでロシアのラブロフ外相と会談した。両国の協力について話し合った。"
    assert _clean(ja).paragraphs == [ja]


def test_word_count_of_spaced_and_unspaced_scripts():
    from xlnews.wordcount import count_words

    assert count_words("Lavrov, Astana’da Abdrahmanov ile görüştü.") == 5
    assert count_words("카자흐스탄 대통령이 말했다") == 3  # Korean is written with spaces
    assert count_words(ZH[0]) == 21  # 41 Han characters, two a word
    assert count_words("Tokayev 在 阿斯塔纳") == 1 + 1 + 2


def test_a_headline_right_under_the_menu_is_the_title_not_part_of_the_menu():
    # Scraped text often has no blank line between the site's menu and the headline: the whole run
    # was the "menu", and the article lost its headline.
    body_pt = ["O presidente Erdoğan anunciou em Ancara o início do novo ano letivo e agradeceu aos professores.",
               "O ministro da Educação disse que 1,2 milhão de novos alunos se matricularam e que as aulas começam na segunda-feira."]
    body_en = ["President Erdogan announced the start of the new school year in Ankara and thanked the teachers.",
               "The education minister said 1.2 million new pupils had enrolled and that lessons begin on Monday."]
    for menu, headline, body in ((["Son Dakika", "Gündem Ekonomi Dünya Spor Magazin Yazarlar", "Anasayfa > Dünya > Asya"],
                                  "Okullar yeni eğitim yılına törenle başladı", BODY_TR),
                                 (["Menu", "Últimas notícias Política Economia Mundo Esportes", "Mundo"],
                                  "Escolas abrem o ano letivo com cerimônia em Ancara", body_pt),
                                 (["Home | News | Politics | Business | Opinion", "Subscribe"],
                                  "Schools open the new year with a ceremony in Ankara", body_en)):
        a = _clean("\n".join(menu + [headline] + body))
        assert a.title == headline and a.paragraphs == body, headline
        assert [r.text for r in a.removed if r.reason == "menu"] == menu
    # An English headline in Title Case, and menus whose labels are joined by "and" or "e".
    a = _clean("\n".join(["Home | News | Politics", "Subscribe", "Schools Open the New Year With a Ceremony in Ankara"] + body_en))
    assert a.title == "Schools Open the New Year With a Ceremony in Ankara" and a.paragraphs == body_en
    for line, body in (("News Sport Business Arts and Culture Life and Style", body_en),
                       ("Ciência e Saúde Política e Economia Mundo", body_pt)):
        a = _clean("\n".join(["Menu", "Subscribe", line, "Schools open"] + body))
        assert line in [r.text for r in a.removed if r.reason == "menu"], line
    # A long line of labels over a known entry reads like hard-wrapped prose (a line of 40 characters or
    # more that ends no sentence): the two were joined into one line, which no menu rule took.
    a = _clean("\n".join(["Menu Últimas notícias Brasil Mundo Economia Esportes Entretenimento", "Assine Entrar", ""] + body_pt),
               title="Escolas abrem o ano letivo com cerimônia em Ancara")
    assert a.paragraphs == body_pt
    assert [r.text for r in a.removed if r.reason == "menu"] == ["Menu Últimas notícias Brasil Mundo Economia Esportes Entretenimento",
                                                                "Assine Entrar"]
    # A run of labels alone is still a menu, whatever its length.
    a = _clean("\n".join(["Anasayfa", "Gündem", "Ekonomi Politika", "Okullar açıldı", ""] + BODY_TR))
    assert "Okullar açıldı" in [r.text for r in a.removed if r.reason == "menu"]


def test_site_notices_of_any_length_and_bylines_above_the_text_are_no_article_text():
    notices = ["Bu habere yorum yapın", "Bültenimize abone olun, en son haberleri e-posta kutunuza gönderelim.",
               "Your email address will not be published. Required fields are marked *",
               "Ao comentar você concorda com os termos de uso.", "Facebook'ta paylaş Twitter'da paylaş WhatsApp",
               "Bu sitede çerezler kullanılmaktadır, siteyi kullanarak çerez politikamızı kabul etmiş olursunuz."]
    a = _clean("\n".join(["Okullar açıldı"] + BODY_TR + notices))
    assert a.paragraphs == BODY_TR
    assert {r.text for r in a.removed} == set(notices)
    for byline, author in (("Por Redação, com agências", "Redação"), ("By Jane Doe", "Jane Doe"),
                           ("Muhabir: Ahmet Yılmaz", "Ahmet Yılmaz"),
                           # A desk's credit line with its agency (it stayed as the first paragraph).
                           ("DAILY SABAH WITH AA", "DAILY SABAH"), ("Guardian staff and agencies", "Guardian staff"),
                           ("Haber Merkezi ile AA", "Haber Merkezi"), ("Redação com agências", "Redação")):
        a = _clean("\n".join(["Okullar açıldı", "Bakan, yeni yılın ilk gününde okulları ziyaret ederek öğretmenlerle bir araya geldi",
                              byline] + BODY_TR))
        assert a.author == author and byline not in a.paragraphs, byline
    # A sentence that starts like a byline is text: "Por que ..." asks a question.
    a = _clean("\n".join(["Okullar açıldı", "Por que as escolas abriram"] + BODY_TR))
    assert a.author is None and "Por que as escolas abriram" in a.paragraphs
    # After the text too: a short last line, but no author; and a feed's headline alone is the article.
    pt = "O presidente falou hoje em Brasília sobre a economia e o emprego no país, segundo o Palácio do Planalto."
    for last, author in (("Por que isso importa", None), ("Por Maria Silva", "Maria Silva"), ("By Jane Doe", "Jane Doe")):
        a = _clean("\n\n".join([pt, last]))
        assert a.paragraphs == [pt] and a.author == author, last
    a = _clean("Por que Trump vai ganhar uma segunda eleição")
    assert a.paragraphs == ["Por que Trump vai ganhar uma segunda eleição"] and a.author is None


def test_a_section_label_above_the_headline_and_a_wire_credit_line_are_no_article_text():
    body_en = ["Kazakh President Kassym-Jomart Tokayev said on Thursday Russia remained the country's main strategic partner.",
               "The two leaders discussed energy supplies and trade, which Tokayev said reached a record $28 billion last year."]
    a = _clean("\n".join(["World", "Kazakhstan's Tokayev says Russia remains key ally after Putin talks", "By Olzhas Auyezov"]
                         + body_en + ["(Reporting by Olzhas Auyezov; Editing by Mark Potter)",
                                      "Our Standards: The Thomson Reuters Trust Principles."]))
    assert a.title == "Kazakhstan's Tokayev says Russia remains key ally after Putin talks"
    assert a.paragraphs == body_en and a.author == "Olzhas Auyezov"
    body_pt = ["O presidente da Rússia, Vladimir Putin, visitou nesta quinta-feira o Cazaquistão, onde se reuniu com Tokayev.",
               "Putin disse que a Rússia continuará fornecendo gás às regiões do norte do Cazaquistão."]
    a = _clean("\n".join(["Putin visita o Cazaquistão e reforça aliança com Tokayev", "Por g1",
                          "09/11/2023 08h15 Atualizado há um ano"] + body_pt))
    assert a.paragraphs == body_pt and a.author == "g1" and a.published == "2023-11-09"
    # A section's name is a title where nothing like a headline follows it.
    a = _clean("\n".join(["Dünya"] + BODY_TR))
    assert a.title == "Dünya"


def test_what_real_news_text_in_a_page_taught():
    """Found by benchmarks/bench_clean_pages.py, real NTREX reports wrapped in page furniture."""
    # A report's last words, a quotation's end, are text, not a site's name after it.
    ending = "Foi uma situação infeliz\"."
    a = _clean("\n".join(["Okullar açıldı"] + BODY_TR + ["Bakan: \"Talihsiz bir durum.\""]))
    assert a.paragraphs[-1] == "Bakan: \"Talihsiz bir durum.\""
    assert fur_trailer(ending) is None and fur_trailer("HABERSITESI.COM") == "site_name"
    # A menu of two lines: a known entry and its labels run together.
    a = _clean("\n".join(["Menu", "Ciência e Saúde Política e Economia Mundo", "", "Escolas abrem o ano letivo em Ancara",
                          "O presidente Erdoğan anunciou em Ancara o início do novo ano letivo e agradeceu aos professores."]))
    assert a.title == "Escolas abrem o ano letivo em Ancara"
    # A Turkish headline in Title Case ends in its verb; the section's name above a long headline.
    a = _clean("\n".join(["Üye Girişi", "Canlı Yayın", "Hava Durumu", "Dünya", "Yüzlerce Göçmen Çocuk Sessizce Sınırdaki Bir Kampa Taşındı"]
                         + BODY_TR))
    assert a.title == "Yüzlerce Göçmen Çocuk Sessizce Sınırdaki Bir Kampa Taşındı" and a.paragraphs == BODY_TR
    # The headline stays the title where the lead repeats its words and goes on.
    lead = BODY_TR[0]
    headline = " ".join(lead.split()[:6])
    a = _clean("\n".join(["Anasayfa > Dünya > Avrupa", headline] + BODY_TR))
    assert a.title == headline and a.paragraphs == BODY_TR


def fur_trailer(line):
    from xlnews.corpora.furniture import trailer_reason

    return trailer_reason(line)


def test_a_datelines_place_on_a_line_of_its_own_is_no_paragraph():
    a = _clean("\n".join(["Okullar yeni eğitim yılına törenle başladı", "Bakan, okulların ilk gününde öğretmenlere teşekkür etti.",
                          "Ankara"] + BODY_TR))
    assert a.paragraphs == ["Bakan, okulların ilk gününde öğretmenlere teşekkür etti."] + BODY_TR
    assert [(r.text, r.reason) for r in a.removed] == [("Ankara", "dateline")]
    # A one-word line further down is the text's (a subheading, an exclamation).
    a = _clean("\n".join(["Okullar açıldı"] + BODY_TR[:2] + ["Tebrikler"] + BODY_TR[2:]))
    assert "Tebrikler" in a.paragraphs


def test_sentences_that_begin_like_a_sites_notice_are_text():
    body_pt = ["O presidente Erdoğan anunciou em Ancara o início do novo ano letivo e agradeceu aos professores.",
               "O ministro da Educação disse que 1,2 milhão de novos alunos se matricularam neste ano."]
    body_en = ["President Erdogan announced the start of the new school year in Ankara and thanked the teachers.",
               "The education minister said 1.2 million new pupils had enrolled this year."]
    for sentence, body in (("Habere yorum yapan ekonomist, faizlerin yıl sonuna kadar düşeceğini söyledi.", BODY_TR),
                           ("Os comentários não foram bem recebidos pelo governo, segundo a agência.", body_pt),
                           ("Reporting by the BBC revealed new details of the contract on Monday.", body_en)):
        a = _clean("\n".join(["Schools open", body[0], sentence] + body[1:]))
        assert sentence in a.paragraphs, sentence


def test_a_page_title_above_the_menu_gives_the_headline_without_the_sites_name():
    a = _clean("\n".join(["Okullar yeni eğitim yılına törenle başladı - Haber7", "Ana Sayfa", "Gündem", "Dünya",
                          "Okullar yeni eğitim yılına törenle başladı"] + BODY_TR))
    assert a.title == "Okullar yeni eğitim yılına törenle başladı" and a.paragraphs == BODY_TR
    assert {r.text for r in a.removed if r.reason == "menu"} == {"Ana Sayfa", "Gündem", "Dünya"}
    assert [r.reason for r in a.removed if r.text.endswith("Haber7")] == ["site_title"]
    from xlnews.corpora.furniture import without_site_name
    assert without_site_name("Cazaquistão recebe cúpula da OCX | Mundo | G1") == "Cazaquistão recebe cúpula da OCX"
    # Alone, a title keeps what follows a dash: as often the headline's own attribution.
    for kept in ("US could use Navy for blockade to hamper Russian exports - Interior Secretary",
                 "Erdoğan meets Lula - in pictures", "Lula em Ancara - 20/05/2024", "Ukrayna - Rusya"):
        assert without_site_name(kept) == kept


def test_a_breaking_news_ticker_above_the_headline_is_another_storys_not_the_title():
    ticker = "Son Dakika: Dışişleri Bakanı Fidan, Azerbaycanlı mevkidaşı Bayramov ile telefonda görüştü"
    headline = "Okullar yeni eğitim yılına törenle başladı"
    for top in ([ticker], ["SON DAKİKA", ticker.split(": ", 1)[1]], [ticker, "Flaş Haber: Borsa güne yükselişle başladı"]):
        a = _clean("\n".join(["Ana Sayfa", "Gündem", "Dünya"] + top + [headline] + BODY_TR))
        assert a.title == headline and a.paragraphs == BODY_TR, top
        assert [r.text for r in a.removed if r.reason == "related_links"] == [t for t in top if t != "SON DAKİKA"]
    a = _clean("\n".join([ticker] + BODY_TR), title=headline)  # the page's title given, as HTML and JSON give it
    assert a.title == headline and a.paragraphs == BODY_TR
    pt = ["O presidente Lula chegou a Ancara nesta segunda-feira para a primeira visita de Estado de um presidente brasileiro.",
          "Lula e Erdoğan assinaram acordos de comércio, defesa e energia, segundo o Palácio do Planalto."]
    a = _clean("\n".join(["Última hora: Terremoto de magnitude 6,1 atinge o Chile", "Lula é recebido por Erdoğan em Ancara"] + pt))
    assert a.title == "Lula é recebido por Erdoğan em Ancara" and a.paragraphs == pt


def test_a_ticker_over_a_page_whose_headline_reads_as_a_sentence_is_not_its_title():
    # The page's own headline ends in a full stop, so it is no title; the ticker above it tells another story.
    body = ["Labour is no longer a broad church.", "It is intolerant of those who speak their minds",
            "When Momentum's activists in my local party voted to censure me, it was hardly a surprise.",
            "After all, I'm the latest in a line of Labour MPs to be told we are not welcome for speaking out."]
    a = _clean("\n".join(["Just in: Man shot multiple times with air rifle in Ilfracombe"] + body))
    assert a.title is None and a.paragraphs[0] == body[0]
    assert [r.reason for r in a.removed] == ["related_links"]
    # A label alone above a short line is as likely the page's own headline after a menu entry: kept.
    a = _clean("\n".join(["Son Dakika", "Okullar açıldı"] + BODY_TR))
    assert a.title == "Okullar açıldı" and a.paragraphs == BODY_TR


def test_a_breaking_storys_own_headline_keeps_its_label():
    own = "Son dakika: Okullar yeni eğitim yılına törenle başladı"
    # The label on the story's own headline, the text under it.
    assert _clean("\n".join([own] + BODY_TR)).title == own
    # ... or a subtitle restating it: the two share the story's words.
    subtitle = "Yeni eğitim yılı okullarda törenle başladı, Bakan açıklama yaptı"
    a = _clean("\n".join([own, subtitle] + BODY_TR))
    assert a.title == own and a.paragraphs == [subtitle] + BODY_TR
    # A headline that is the page's only text under the label stays the article.
    a = _clean("\n".join(["Breaking: Schools reopen across the country on Monday", "By Jane Doe",
                          "Schools across the country reopened on Monday after the summer break, officials said."]))
    assert a.title == "Breaking: Schools reopen across the country on Monday"


def test_readers_comments_under_the_article_are_not_its_text():
    # Comments read as text: full sentences in the article's language, naming its people and places.
    body_pt = ["O presidente do Cazaquistão recebeu em Astana o chanceler russo e discutiu a cooperação entre os dois países.",
               "Segundo o governo, os dois lados concordaram em acelerar projetos conjuntos de energia e transporte.",
               "O chanceler russo estava na capital para uma reunião de ministros da Organização de Cooperação de Xangai."]
    body_en = ["Kazakhstan's president received the Russian foreign minister in Astana and discussed cooperation between the two countries.",
               "The government said both sides agreed to speed up joint projects in energy and transport.",
               "The Russian minister was in the capital for a meeting of Shanghai Cooperation Organisation foreign ministers."]
    for body, section in ((BODY_TR, ["Yorumlar (2)", "Ahmet Y. 2 saat önce", "Okulların açılması herkese hayırlı olsun, öğretmenlerimize teşekkürler.",
                                     "Yanıtla", "Ayşe K. 1 gün önce", "Ankara'daki tören çok güzeldi, bakanın konuşması da yerindeydi.", "Yanıtla Beğen (4)"]),
                          (body_pt, ["Comentários (2)", "Maria S. há 3 horas", "Finalmente o Cazaquistão mostra que não depende só de Moscou.",
                                     "Responder", "João P. há 1 dia", "Lavrov sempre aparece quando a Rússia precisa de apoio na Ásia Central."]),
                          (body_en, ["5 Comments", "jsmith 5 hours ago", "Astana is playing both sides again, as it always has since 1991.",
                                     "Reply (2)", "Like", "anna_k 2 days ago", "Tokayev knows exactly what he is doing with Moscow and Beijing."])):
        a = _clean("\n".join(["Okullar açıldı"] + body + section))
        assert a.paragraphs == body, section[0]
        assert set(section) <= {r.text for r in a.removed}
        assert all(r.reason == "comments" for r in a.removed if r.text in section[:3] + section[-1:]), section[0]
    # An empty comment box is no comment: what follows it stays where it reads as text.
    a = _clean("\n".join(["Okullar açıldı"] + BODY_TR + ["Yorumlar (0)"]))
    assert a.paragraphs == BODY_TR
    # Without a comments header, a sentence that says when something happened is the report's.
    late = "Bakanlık, açıklamanın 2 saat önce yapıldığını bildirdi."
    a = _clean("\n".join(["Okullar açıldı"] + BODY_TR + [late]))
    assert a.paragraphs == BODY_TR + [late]
    # A comment count above the text (beside the date line) is not a comment section: the text stays.
    a = _clean("\n".join(["Okullar açıldı", "Yorumlar (3)", "Yanıtla"] + BODY_TR))
    assert a.paragraphs == BODY_TR
    # Comments stamped with the day and time they were posted, in figures or words, the text on the same
    # line or under it; and the copyright footer under them, longer than a short line.
    footer = "© 2009 - 2024 Haber Sitesi Gazetecilik ve Matbaacılık A.Ş. Tüm hakları saklıdır."
    for body, section in ((BODY_TR, ["Yorumlar (3)", "Ahmet 22.05.2024 08:12 Çok güzel bir haber, emeği geçenlere teşekkürler."]),
                          (BODY_TR, ["Yorumlar", "Mehmet Kaya", "Ayşe Y. 22 Mayıs 2024 09:10", "Törende bakanın konuşması çok yerindeydi."]),
                          (body_pt, ["Comentários", "Maria Silva · 20/05/2024 às 14h32", "Finalmente o Cazaquistão mostra que não depende só de Moscou."])):
        a = _clean("\n".join(["Okullar açıldı"] + body + section + [footer]))
        assert a.paragraphs == body, section
        assert all(r.reason == "comments" for r in a.removed if r.text in section), section
    # A sentence of the report under a comments-like word is no comment's frame: it names no day and time first.
    said = "Bakan, 20.05.2024 tarihinde saat 10:15'te yaptığı açıklamada okulların erken açılacağını söyledi."
    a = _clean("\n".join(["Okullar açıldı"] + BODY_TR + ["Yorumlar", said]))
    assert said in a.paragraphs


def test_a_copyright_footer_and_a_correction_notice_of_any_length_are_the_sites():
    for footer in ("Bu haber 22.05.2024 tarihinde güncellenmiştir.", "Düzeltme: Haberin önceki sürümünde bakanın adı yanlış yazılmıştı.",
                   "© 2009 - 2024 Haber Sitesi Gazetecilik ve Matbaacılık A.Ş. Tüm hakları saklıdır.",
                   "Copyright © 2024 Globo Comunicação e Participações S.A. Todos os direitos reservados.",
                   "2024 Haber Sitesi Gazetecilik ve Matbaacılık Anonim Şirketi. Her hakkı saklıdır."):
        a = _clean("\n".join(["Okullar açıldı"] + BODY_TR + [footer]))
        assert a.paragraphs == BODY_TR, footer
    # A report's sentence that starts with the word or speaks of reserved rights is the report's.
    body_en = ["The court in Ankara ruled on Monday that the website had copied films without paying their makers.",
               "Judges ordered the company to pay damages to five studios and to take the films down within a week.",
               "Copyright infringement cases rose by 20% last year across the country, the court said in its ruling."]
    a = _clean("\n".join(["Court fines film site"] + body_en))
    assert a.paragraphs == body_en
    notice = "This article was amended on 22 May 2024 to correct the spelling of a name."
    a = _clean("\n".join(["Court fines film site"] + body_en + [notice]))
    assert a.paragraphs == body_en and "2024-05-22" not in {d.date for d in a.dates}
    said = "Todos os direitos reservados aos autores foram violados, disse o juiz ao condenar a empresa por pirataria."
    a = _clean("\n".join(["Justiça condena site", "O tribunal de Lisboa condenou nesta segunda-feira um site que copiava filmes sem pagar aos autores.", said]))
    assert said in a.paragraphs


def test_a_box_of_other_articles_headlines_with_teasers_at_the_end_of_the_page_is_no_text():
    # Each teaser is a sentence of another story: its people and places would be the article's.
    box = ["Benzer Haberler", "Bakan Moskova'da mevkidaşı ile görüştü",
           "Milli Eğitim Bakanı, Rusya'ya resmi ziyaret kapsamında Moskova'da mevkidaşı ile bir araya geldi.",
           "İzmir'de yeni okul binası açıldı", "İzmir Valiliği, 24 derslikli yeni okul binasının törenle hizmete girdiğini açıkladı."]
    a = _clean("\n".join(["Okullar açıldı"] + BODY_TR + box + ["Tüm hakları saklıdır"]))
    assert a.paragraphs == BODY_TR
    assert [r.text for r in a.removed if r.reason == "related_links"] == box
    # The article's own subheading and paragraphs after a box in the middle of the text stay.
    rest = ["Veliler memnun", "Veliler, okulların zamanında açılmasından memnun olduklarını söyledi. Dersler pazartesi başlıyor."]
    a = _clean("\n\n".join(["Okullar açıldı"] + BODY_TR[:2] + ["İlgili Haberler\nBakan Moskova'da mevkidaşı ile görüştü"] + rest))
    assert a.paragraphs == BODY_TR[:2] + rest
    # Above readers' comments and a site's notice, as pages stack them: the box still ends the page's text.
    comments = ["Yorumlar (1)", "Ayşe K. 1 gün önce", "Ankara'daki tören çok güzeldi, bakanın konuşması da yerindeydi.", "Yanıtla"]
    notice = "Bültenimize abone olun, en son haberleri e-posta kutunuza gönderelim."
    a = _clean("\n".join(["Okullar açıldı"] + BODY_TR + box + comments + [notice]))
    assert a.paragraphs == BODY_TR
    # One headline with its teaser is no box of them: the headline goes, the sentence stays.
    a = _clean("\n".join(["Okullar açıldı"] + BODY_TR + box[:3]))
    assert a.paragraphs == BODY_TR + box[2:3]


def test_photo_captions_by_their_label_or_credit_and_agency_notices_are_no_text():
    captions = ["Image caption, Sergei Lavrov arrived in Astana on Monday for the talks",
                "Media caption, Watch: the minister at the airport",
                "Chanceler russo Sergei Lavrov em Astana, antes da reunião — Foto: Reuters",
                "Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır.",
                "Abonelik için lütfen iletişime geçiniz."]
    a = _clean("\n".join(["Okullar açıldı", captions[0], BODY_TR[0], captions[1], captions[2], BODY_TR[1], BODY_TR[2]] + captions[3:]))
    assert a.paragraphs == BODY_TR
    assert {r.text for r in a.removed} == set(captions)
    # A sentence of the text that names a photo is the text's.
    said = "O ministro mostrou a foto: era a mesma imagem publicada em 2017 pelo governo."
    a = _clean("\n".join(["Okullar açıldı", BODY_TR[0], said, BODY_TR[1]]), lang="pt")
    assert said in a.paragraphs


def test_portugals_site_words_are_furniture_and_sentences_that_start_with_them_are_text():
    body = ["O presidente do Cazaquistão recebeu em Astana o chanceler russo e discutiu a cooperação entre os dois países.",
            "Segundo o governo, os dois lados concordaram em acelerar projetos conjuntos de energia e transporte."]
    furniture = ["Partilhar no Facebook", "Subscrever a newsletter", "Iniciar sessão", "Ouvir este artigo", "Guardar"]
    a = _clean("\n\n".join(["Cazaquistão recebe chanceler russo"] + body[:1] + furniture + body[1:]
                           + ["Artigos relacionados", "Putin visita Astana", "Ministro fala sobre energia"]))
    assert a.paragraphs == body
    # Short sentences that open with those words are the report's.
    said = ["Partilhar dados é um risco.", "Subscrever o tratado foi o primeiro passo."]
    a = _clean("\n\n".join(["Cazaquistão recebe chanceler russo", body[0]] + said + [body[1]]))
    assert a.paragraphs == [body[0]] + said + [body[1]]


def test_buttons_and_boxes_between_paragraphs_in_english_and_turkish():
    body_en = ["Kazakhstan's president received the Russian foreign minister in Astana and discussed cooperation.",
               "The government said both sides agreed to speed up joint projects in energy and transport."]
    furniture = ["Share on Facebook", "Skip advertisement", "Linki kopyala", "Devamı için tıklayınız", "Email",
                 "More from World", "Putin visits Astana for talks"]
    a = _clean("\n\n".join(["Kazakhstan hosts Lavrov", body_en[0]] + furniture + [body_en[1]]))
    assert a.paragraphs == body_en
    # Sentences that start with those words are text.
    said = ["Share prices rose 5% on Monday.", "Email records show the deal was signed."]
    a = _clean("\n\n".join(["Kazakhstan hosts Lavrov", body_en[0]] + said + [body_en[1]]))
    assert a.paragraphs == [body_en[0]] + said + [body_en[1]]


def test_a_date_line_in_figures_alone_or_ending_the_menu_dates_the_page():
    # "20.05.2024 10:15" has no letters, and was dropped as a line of no text before the date lines were read.
    a = _clean("\n".join(["Okullar açıldı", "", "20.05.2024 10:15", ""] + [p + "\n" for p in BODY_TR]))
    assert str(a.published) == "2024-05-20" and a.paragraphs == BODY_TR
    # Under the menu's labels, in the menu's block, it was taken for one of them.
    a = _clean("\n".join(["Anasayfa Gündem Politika Dünya Ekonomi", "Son Dakika", "23.03.2025 - 14:35", "", "Okullar açıldı", ""]
                         + [p + "\n" for p in BODY_TR]))
    assert str(a.published) == "2025-03-23" and a.title == "Okullar açıldı" and a.paragraphs == BODY_TR
    # Above the labels it is the day the page was read, in the site's header: no publication date.
    a = _clean("\n".join(["6 Aralık 2026 Pazar", "Anasayfa", "Gündem", "Ekonomi", "", "Okullar açıldı", ""] + [p + "\n" for p in BODY_TR]))
    assert a.published is None and a.paragraphs == BODY_TR


def test_a_menu_in_one_line_above_the_headline_is_no_title():
    body = ["O presidente do Cazaquistão recebeu em Astana o chanceler russo e discutiu a cooperação entre os dois países.",
            "Os dois ministros assinaram um plano de consultas para os próximos dois anos, segundo o Itamaraty."]
    headline = "Habemus papam: americano Robert Prevost é o novo papa e escolhe o nome de Leão XIV"
    for menu in ("Menu Últimas notícias Mundo Brasil", "Início Mundo Política Economia Esportes"):
        a = _clean("\n".join([menu, headline, ""] + [p + "\n" for p in body]), lang="pt")
        assert a.title == headline and a.paragraphs == body, menu
    # A headline in Title Case that starts with a menu's word is the headline.
    a = _clean("\n".join(["Home Office Announces New Rules For Migrants", ""] + [p + "\n" for p in
                                                                                 ("The Home Office said on Monday that new rules would apply to migrants arriving by boat.",
                                                                                  "Ministers said the change would take effect next month.")]), lang="en")
    assert a.title == "Home Office Announces New Rules For Migrants"


def test_a_short_last_sentence_is_text_not_a_sites_name():
    last = "Bolsonaro suçlamaları reddediyor."
    a = _clean("\n".join(["Okullar açıldı", ""] + [p + "\n" for p in BODY_TR] + [last, "", "HABERSITESI.COM"]))
    assert a.paragraphs == BODY_TR + [last] and [r.text for r in a.removed] == ["HABERSITESI.COM"]
    # What a site asks of its readers at the end of its pages, in a sentence as short, is the site's.
    for site in ("Haberin tamamı için tıklayın.", "Uygulamamızı indirin.", "Kaynak gösterilmeden kullanılamaz."):
        assert _clean("\n".join(["Okullar açıldı"] + BODY_TR + [site])).paragraphs == BODY_TR, site
    en = ["Pope Francis has died at the age of 88, the Vatican has announced in a video statement on Monday.",
          "The Argentine pontiff died on Easter Monday, a day after he appeared in St Peter's Square."]
    for last, kept in (("Police are investigating.", True), ("Download our app.", False), ("Sign up now.", False)):
        assert (last in _clean("\n".join(["Pope Francis dies aged 88"] + en + [last]), lang="en").paragraphs) is kept, last


def test_pages_as_g1_publico_and_bbc_print_them_give_their_headline_date_and_author():
    """Lines in the order those sites print them, the site's name and menu run into the headline with no
    blank line: the title was "g1" (the headline a paragraph), or lost in the menu, and BBC's author and
    desk stayed as paragraphs."""
    pt = ["O papa Francisco morreu nesta segunda-feira (21), aos 88 anos, no Vaticano, anunciou a Santa Sé.",
          "Na véspera, domingo de Páscoa, o pontífice apareceu na sacada da Basílica de São Pedro."]
    a = _clean("\n".join(["g1", "Mundo", "Morre o papa Francisco, aos 88 anos", "21/04/2025 05h12 Atualizado há 2 horas"] + pt), lang="pt")
    assert (a.title, str(a.published), a.paragraphs) == ("Morre o papa Francisco, aos 88 anos", "2025-04-21", pt)
    # A regional edition beside the site's name ("g1 DF"): the headline under it is the title.
    a = _clean("\n".join(["g1 DF", "Morre o papa Francisco, aos 88 anos", "Por Redação, g1 DF", "21/04/2025 05h12"] + pt), lang="pt")
    assert (a.title, str(a.published), a.paragraphs) == ("Morre o papa Francisco, aos 88 anos", "2025-04-21", pt)
    a = _clean("\n".join(["PÚBLICO", "Iniciar sessão Subscrever", "Mundo", "Morreu o Papa Francisco", pt[0],
                          "Maria Silva", "21 de Abril de 2025, 9:12", pt[1]]), lang="pt")
    assert (a.title, a.author, str(a.published), a.paragraphs) == ("Morreu o Papa Francisco", "Maria Silva", "2025-04-21", pt)
    en = ["Pope Francis has died at the age of 88, the Vatican has announced in a video statement.",
          "The Argentine pontiff died on Easter Monday, a day after he appeared in St Peter's Square."]
    a = _clean("\n".join(["BBC News", "Home News Sport Weather iPlayer Sounds", "Pope Francis dies aged 88", "21 April 2025",
                          "Share", "Save", "Jane Smith", "BBC News, Rome"] + en), lang="en")
    assert (a.title, a.author, str(a.published), a.paragraphs) == ("Pope Francis dies aged 88", "Jane Smith", "2025-04-21", en)


def test_pages_as_folha_the_guardian_al_jazeera_and_agencia_brasil_print_them():
    """A site's name of three words, a section or breadcrumb under it, "Name in City" bylines, a byline and the
    author's role inside the date line: each was a title or a paragraph, or left the page undated."""
    pt = ["O papa Francisco morreu nesta segunda-feira (21), aos 88 anos, anunciou o Vaticano em um comunicado.",
          "Jorge Mario Bergoglio foi o primeiro papa latino-americano da história e comandava a Igreja desde 2013."]
    a = _clean("\n".join(["Folha de S.Paulo", "Mundo", "Papa Francisco morre aos 88 anos no Vaticano", "21.abr.2025 às 8h30"] + pt), lang="pt")
    assert (a.title, str(a.published), a.paragraphs) == ("Papa Francisco morre aos 88 anos no Vaticano", "2025-04-21", pt)
    a = _clean("\n".join(["Agência Brasil", "Papa Francisco morre aos 88 anos",
                          "Publicado em 21/04/2025 - 08:30 Por Maria Silva - Repórter da Agência Brasil - Brasília"] + pt), lang="pt")
    assert (a.title, a.author, str(a.published), a.paragraphs) == ("Papa Francisco morre aos 88 anos", "Maria Silva", "2025-04-21", pt)
    en = ["Pope Francis has died aged 88, the Vatican has announced, less than a day after he appeared in St Peter's Square.",
          "Francis had been treated for double pneumonia in hospital for five weeks earlier this year."]
    a = _clean("\n".join(["The Guardian", "World news", "Pope Francis dies aged 88 after Easter appearance",
                          "Angela Giuffrida in Rome", "Mon 21 Apr 2025 09.30 BST"] + en), lang="en")
    assert (a.title, a.author, str(a.published), a.paragraphs) == ("Pope Francis dies aged 88 after Easter appearance", "Angela Giuffrida",
                                                                   "2025-04-21", en)
    a = _clean("\n".join(["Al Jazeera", "News|Religion", "Pope Francis dies at 88, Vatican says", "Published On 21 Apr 2025"] + en), lang="en")
    assert (a.title, str(a.published), a.paragraphs) == ("Pope Francis dies at 88, Vatican says", "2025-04-21", en)
    a = _clean("\n".join(["Pope Francis dies at 88", "APR 21, 2025 - 11:00 AM GMT+3"] + en), lang="en")
    assert str(a.published) == "2025-04-21" and a.paragraphs == en


def test_pages_as_ntv_yeni_safak_observador_and_hurriyet_daily_news_print_them():
    """The update's date line under the publication's, a three-word headline under the site's name, a byline's
    label alone over the name, and the date line after the text with the dateline's place in capitals."""
    tr = ["Katolik dünyasının ruhani lideri Papa Franciscus, 88 yaşında hayatını kaybetti, Vatikan açıkladı.",
          "Papa Franciscus, bir gün önce Paskalya ayininde Aziz Petrus Meydanı'ndaki kalabalığı selamlamıştı."]
    a = _clean("\n".join(["NTV", "Dünya", "Papa Franciscus hayatını kaybetti", "21.04.2025 10:15", "Son Güncelleme: 22.04.2025 11:02"] + tr))
    assert (a.title, str(a.published), a.paragraphs) == ("Papa Franciscus hayatını kaybetti", "2025-04-21", tr)
    a = _clean("\n".join(["Yeni Şafak", "Papa Franciscus öldü", "21/04/2025, Pazartesi"] + tr))
    assert (a.title, str(a.published), a.paragraphs) == ("Papa Franciscus öldü", "2025-04-21", tr)
    pt = ["O Papa Francisco morreu esta segunda-feira, aos 88 anos, anunciou o Vaticano num comunicado.",
          "Jorge Mario Bergoglio liderava a Igreja Católica desde 2013 e foi o primeiro papa latino-americano."]
    a = _clean("\n".join(["Morreu o Papa Francisco", "21 abr. 2025, 09:12", "Texto", "Maria Silva"] + pt), lang="pt")
    assert (a.title, a.author, str(a.published), a.paragraphs) == ("Morreu o Papa Francisco", "Maria Silva", "2025-04-21", pt)
    en = ["Pope Francis, the first Latin American pontiff, died on Monday at the age of 88, the Vatican said.",
          "The Argentine pope had appeared in St Peter's Square on Easter Sunday, a day before his death."]
    a = _clean("\n".join(["Hürriyet Daily News", "WORLD", "Pope Francis dies at 88", "VATICAN CITY"] + en + ["April 21 2025 10:15:00"]), lang="en")
    assert (a.title, str(a.published), a.paragraphs) == ("Pope Francis dies at 88", "2025-04-21", en)


def test_links_and_boxes_between_paragraphs_in_three_languages_are_no_text():
    en = ["Pope Francis has died at the age of 88, the Vatican has announced in a video statement.",
          "The Argentine pontiff died on Easter Monday, a day after he appeared in St Peter's Square.",
          "He had recently spent five weeks in hospital with double pneumonia."]
    a = _clean("\n".join(["Pope Francis dies aged 88", "21 April 2025", en[0], "Advertisement", "READ MORE: Who could be the next pope?",
                          en[1], "Sign up for our newsletter", en[2], "Most Read", "Stocks fall as tariffs bite"]), lang="en")
    assert a.paragraphs == en
    pt = ["O papa Francisco morreu nesta segunda-feira (21), aos 88 anos, anunciou o Vaticano em comunicado.",
          "Na véspera, o pontífice apareceu na sacada da Basílica de São Pedro para a bênção de Páscoa."]
    a = _clean("\n".join(["Papa Francisco morre aos 88 anos", "21/04/2025 08h30", pt[0],
                          "LEIA MAIS: Quem são os cardeais brasileiros que votam no conclave", "Publicidade", pt[1]]), lang="pt")
    assert a.paragraphs == pt
    # A question in the text after such words is the text's.
    said = "Read more: the question everyone in Rome asked on Monday was who would lead the Church through the coming months?"
    a = _clean("\n".join(["Pope Francis dies aged 88", en[0], said, en[1]]), lang="en")
    assert said in a.paragraphs


def test_a_date_line_under_a_links_box_after_the_text_is_another_articles():
    en = ["Pope Francis, the first Latin American pontiff, died on Monday at the age of 88, the Vatican said.",
          "The Argentine pope had appeared in St Peter's Square on Easter Sunday, a day before his death."]
    a = _clean("\n".join(["Pope Francis dies at 88"] + en + ["Related stories", "Cardinals gather in Rome", "April 22 2025 09:00:00"]), lang="en")
    assert a.published is None and a.paragraphs == en


def test_a_pages_read_counters_and_reading_times_are_no_text():
    counters = ["Bu haber 1234 kez okundu.", "Bu içerik 2 dakikada okunabilir.", "Okuma süresi: 3 dk", "5 min read",
                "Tempo de leitura: 4 min", "1.234 visualizações", "Bu haberi 1234 kişi okudu."]
    for line in counters:
        for lines in (["Okullar açıldı", line] + BODY_TR, ["Okullar açıldı"] + BODY_TR + [line]):
            a = _clean("\n".join(lines))
            assert a.paragraphs == BODY_TR and a.title == "Okullar açıldı", line
    said = "Haber 5 kez okundu ve paylaşıldı, sonra sitenin yöneticileri tarafından kaldırıldı."
    assert said in _clean("\n".join(["Okullar açıldı", BODY_TR[0], said, BODY_TR[1]])).paragraphs


def test_pages_as_akorda_kazinform_and_sputnik_print_them():
    en = ["President Kassym-Jomart Tokayev received Foreign Minister of the Russian Federation Sergey Lavrov in Astana.",
          "The Head of State noted that Kazakhstan and Russia are strategic partners and allies."]
    # A site's description of itself above the headline; an "Author:" line after the text.
    a = _clean("\n".join(["Official website of the President of the Republic of Kazakhstan",
                          "Head of State receives Russian Foreign Minister Sergey Lavrov", "20 May 2024"] + en), lang="en")
    assert (a.title, str(a.published), a.paragraphs) == ("Head of State receives Russian Foreign Minister Sergey Lavrov", "2024-05-20", en)
    a = _clean("\n".join(["Tokayev receives Russian Foreign Minister Lavrov", "20 May 2024 15:10"] + en
                         + ["Photo: Akorda", "Author: Aigerim Sarsenova"]), lang="en")
    assert a.author == "Aigerim Sarsenova" and a.paragraphs == en
    # An update in brackets beside the date.
    a = _clean("\n".join(["Tokayev, Lavrov'u kabul etti", "20.05.2024, 15:10 (güncellendi: 21.05.2024, 16:02)"] + BODY_TR))
    assert str(a.published) == "2024-05-20" and a.paragraphs == BODY_TR


def test_the_sites_date_of_today_over_its_menu_or_headline_does_not_date_the_page():
    """A site prints the day it is read over its menu or headline; scraped years after, that day dated an
    old report years from its event's others, and kept the page's own date line from counting."""
    body_pt = ["O presidente do Cazaquistão, Kassym-Jomart Tokayev, recebeu nesta segunda-feira (20) o chanceler russo, "
               "Sergey Lavrov, em Astana. Os dois discutiram a parceria estratégica entre os países.",
               "Lavrov está na capital cazaque para a reunião de chanceleres da Organização de Cooperação de Xangai."]
    # Over the menu, the page's date after the text.
    a = _clean("\n".join(["Segunda-feira, 7 de dezembro de 2026", "Menu Brasil Mundo Economia Esportes",
                          "Tokayev recebe Lavrov em Astana"] + body_pt + ["Publicado em 20/05/2024 às 14h30"]))
    assert a.published == "2024-05-20" and a.title == "Tokayev recebe Lavrov em Astana" and a.paragraphs == body_pt
    # Over the site's name and the headline, the page's date line under the headline.
    a = _clean("\n".join(["7 Aralık 2026 Pazartesi", "KAZAKİSTAN HABER", "Yeni eğitim yılı Ankara'da törenle başladı",
                          "20.05.2024 10:15"] + BODY_TR))
    assert a.published == "2024-05-20" and a.paragraphs == BODY_TR
    # Over the menu and nothing else: undated, not dated the day it was read.
    a = _clean("\n".join(["Segunda-feira, 7 de dezembro de 2026", "Menu Brasil Mundo Economia Esportes",
                          "Tokayev recebe Lavrov em Astana"] + body_pt))
    assert a.published is None
    # A date line over share buttons alone is the article's: buttons are no navigation.
    a = _clean("\n".join(["20.05.2024 10:15", "Paylaş", "Facebook", "Twitter", "Yeni eğitim yılı Ankara'da törenle başladı"] + BODY_TR))
    assert a.published == "2024-05-20" and a.paragraphs == BODY_TR
    # A date line over the headline with an update's under it stays the publication's.
    a = _clean("\n".join(["20.05.2024 10:15", "Okullar açıldı", "Güncelleme: 21.05.2024 09:00"] + BODY_TR))
    assert a.published == "2024-05-20"


def test_bbc_captions_skip_links_and_from_desk_bylines_in_turkish_and_portuguese_are_no_text():
    body_tr = ["Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, Rusya Dışişleri Bakanı Sergey Lavrov'u başkent Astana'da kabul etti.",
               "Lavrov, Şanghay İşbirliği Örgütü Dışişleri Bakanları toplantısı için Kazakistan'da bulunuyor."]
    # BBC Türkçe's caption label; DW Türkçe's skip link, in German.
    a = _clean("\n".join(["İçeriğe geç", "BBC News, Türkçe", "Haberler", "Tokayev ve Lavrov Astana'da bir araya geldi",
                          "Fotoğraf altı yazısı, Tokayev ve Lavrov Akorda'da görüştü", "20 Mayıs 2024"] + body_tr))
    assert a.paragraphs == body_tr and a.title == "Tokayev ve Lavrov Astana'da bir araya geldi"
    a = _clean("\n".join(["Zum Inhalt springen", "DW Türkçe", "Dünya", "Tokayev, Lavrov'u kabul etti", "20.05.2024"] + body_tr))
    assert a.paragraphs == body_tr and a.title == "Tokayev, Lavrov'u kabul etti"
    # UOL's desk and city over its date line: a byline, not the first paragraph.
    body_pt = ["O presidente do Cazaquistão, Kassym-Jomart Tokayev, recebeu nesta segunda-feira (20) o chanceler russo, Sergey Lavrov.",
               "Lavrov está na capital cazaque para a reunião de chanceleres da Organização de Cooperação de Xangai (OCX)."]
    a = _clean("\n".join(["UOL", "Internacional", "Tokayev recebe Lavrov em Astana antes de reunião da OCX", "Do UOL, em São Paulo",
                          "20/05/2024 10h15Atualizada em 20/05/2024 11h00"] + body_pt))
    assert a.paragraphs == body_pt and a.author == "UOL" and a.published == "2024-05-20"
    a = _clean("\n".join(["Tokayev recebe Lavrov em Astana", "Legenda da foto, Tokayev e Lavrov em Astana"] + body_pt))
    assert a.paragraphs == body_pt


def test_english_wire_and_regional_pages_give_their_headline_date_and_text():
    """Pages as RFE/RL, TASS, Al Jazeera, TRT World and Sputnik Brasil print them."""
    body = ["Russian Foreign Minister Sergei Lavrov met with Kazakh President Kassym-Jomart Tokayev in Astana on May 20, ahead of "
            "a meeting of Shanghai Cooperation Organization foreign ministers.", "Tokayev called Russia a strategic partner and ally."]
    # A headline with every word capitalised, over its date line and byline: the menu's run ended there, and took them all.
    a = _clean("\n".join(["RFE/RL", "Kazakhstan", "Lavrov Meets Tokayev In Astana Ahead Of SCO Ministerial", "May 20, 2024 10:15 GMT",
                          "By RFE/RL's Kazakh Service"] + body + ["Share", "Comments"]))
    assert (a.title, a.published, a.author) == ("Lavrov Meets Tokayev In Astana Ahead Of SCO Ministerial", "2024-05-20", "RFE/RL's Kazakh Service")
    assert a.paragraphs == body
    # A section joined by "&" under the site's name is no title.
    a = _clean("\n".join(["TASS", "Russian Politics & Diplomacy", "Lavrov, Tokayev discuss bilateral ties in Astana"] + body))
    assert a.title == "Lavrov, Tokayev discuss bilateral ties in Astana"
    # Calls to save or follow as long as sentences, a caption's credit after a slash.
    for line in ("Save articles to read later and create your own reading list.",
                 "Siga a Sputnik Brasil e tenha acesso a conteúdos exclusivos no nosso canal no Telegram.",
                 "Russian Foreign Minister Sergey Lavrov (L) and Kazakh President Kassym-Jomart Tokayev shake hands. / Photo: Reuters",
                 # Seed 003's caption, its credit after its last sentence: its date and "Kremlin" were the report's.
                 "Russian President Vladimir Putin and Kazakh President Kassym-Jomart Tokayev in Astana, 9 November 2023. Photo: Kremlin.ru"):
        a = _clean("\n".join(["Lavrov visits Kazakhstan for SCO talks", line] + body))
        assert a.paragraphs == body, line


def test_who_else_reported_it_is_the_agencys_credit_not_the_reports_text():
    # The staff and desks a credit names would be the report's people and places (Tallinn, Estonia).
    body_en = ["Russian Foreign Minister Sergey Lavrov met Kazakhstan's President Kassym-Jomart Tokayev in Astana on Monday.",
               "Tokayev said ties with Moscow were developing in the spirit of alliance, according to his office.",
               "Kazakhstan has sought to balance its relations with Russia, China and the West since 2022."]
    for credit in ("Associated Press writer Jim Heintz in Tallinn, Estonia, contributed.",
                   "Associated Press writers Jim Heintz in Tallinn, Estonia, and Emma Burrows in London contributed to this report.",
                   "Jane Doe contributed reporting from Istanbul."):
        a = _clean("\n".join(["Lavrov meets Tokayev in Astana"] + body_en + ["___", credit]))
        assert a.paragraphs == body_en, credit
        assert [r.reason for r in a.removed if r.text == credit] == ["byline"]
    body_pt = ["O chanceler russo, Serguei Lavrov, foi recebido nesta segunda-feira (20) pelo presidente do Cazaquistão em Astana.",
               "Segundo o Kremlin, os dois discutiram a preparação da cúpula da Organização de Cooperação de Xangai, marcada para julho.",
               "O Cazaquistão preside a organização desde julho do ano passado e recebe a cúpula na capital."]
    for credit in ("Com informações da Reuters e da AFP", "*Com informações de agências internacionais.", "Com agências."):
        a = _clean("\n".join(["Lavrov é recebido por Tokayev"] + body_pt + [credit]))
        assert a.paragraphs == body_pt, credit
    # A sentence of the report that starts alike is the report's.
    for said in ("Com informações do Itamaraty, o governo decidiu retirar os brasileiros que vivem no sul do Líbano.",):
        a = _clean("\n".join(["Lavrov é recebido por Tokayev"] + body_pt + [said]))
        assert said in a.paragraphs
    said = "He contributed to this report by interviewing refugees in Gaza for weeks before the ceasefire took hold."
    a = _clean("\n".join(["Lavrov meets Tokayev in Astana"] + body_en + [said]))
    assert said in a.paragraphs


def test_a_box_of_topic_tags_and_a_closed_comment_box_end_no_text():
    # Público ends its pages so: the tags name countries the report may not, and the closed box's notice
    # reads as a sentence, which had made everything above it text.
    body_pt = ["O ministro dos Negócios Estrangeiros da Rússia foi recebido esta segunda-feira em Astana pelo Presidente do Cazaquistão.",
               "Segundo a presidência cazaque, os dois abordaram a preparação da cimeira marcada para Julho e a cooperação económica.",
               "Tokayev afirmou que as relações com Moscovo se desenvolvem num espírito de aliança."]
    page = ["Lavrov em Astana prepara cimeira"] + body_pt + ["Tópicos", "Rússia", "Cazaquistão", "Bielorrússia", "Comentários",
                                                          "Os comentários deste artigo estão fechados. Saiba porquê."]
    a = _clean("\n".join(page))
    assert a.paragraphs == body_pt
    assert {r.reason for r in a.removed if r.text in {"Tópicos", "Bielorrússia"}} == {"related_links"}
    for notice in ("Bu habere yorum yapılamaz.", "Comments on this story are closed."):
        a = _clean("\n".join(["Okullar açıldı"] + BODY_TR + ["Etiketler", "Eğitim", "Ankara", notice]))
        assert a.paragraphs == BODY_TR, notice


def test_calls_after_emoji_video_links_and_follow_lines_are_the_sites():
    # g1 puts an emoji before its calls; a video's link between paragraphs names another clip's people and places.
    body_pt = ["O ministro das Relações Exteriores da Rússia, Sergei Lavrov, foi recebido nesta segunda-feira (20) pelo presidente do Cazaquistão.",
               "Lavrov participa na terça-feira (21) da reunião de chanceleres da Organização de Cooperação de Xangai.",
               "O presidente cazaque disse que as relações com Moscou se desenvolvem em espírito de aliança."]
    page = (["Lavrov se reúne com Tokayev", "✅ Clique aqui para seguir o canal do g1 no WhatsApp", body_pt[0], body_pt[1],
             "Vídeo: Putin visita a China", body_pt[2], "VÍDEOS: veja mais notícias internacionais",
             "📱 Baixe o app do g1 para ver notícias em tempo real e de graça"])
    a = _clean("\n".join(page))
    assert a.paragraphs == body_pt
    assert [r.reason for r in a.removed if r.text == "Vídeo: Putin visita a China"] == ["related_links"]
    # A headline with the label stays the title, under a ticker too; a sentence after it stays text.
    ticker = "URGENTE: Forte chuva deixa bairros de Porto Alegre sem energia e prefeitura pede que moradores evitem sair de casa"
    headline = "Assista: Sergio Aguero do Manchester City dribla toda a defesa do Brighton"
    a = _clean("\n".join([ticker, headline] + body_pt))
    assert a.title == headline
    said = "Vídeo: imagens de câmeras de segurança mostram o momento em que a ponte desabou sobre o rio, disse a polícia."
    a = _clean("\n".join(["VÍDEO: ponte desaba no Maranhão"] + body_pt + [said]))
    assert a.title == "VÍDEO: ponte desaba no Maranhão" and said in a.paragraphs
    # Right under the lead, where the headline is given apart (an HTML page's): it stayed text.
    a = _clean("\n".join([body_pt[0], "VÍDEO: veja o momento das explosões em Brasília", body_pt[1], body_pt[2]]), title="Lavrov se reúne com Tokayev")
    assert a.paragraphs == body_pt
    a = _clean("\n".join(["Okullar açıldı"] + BODY_TR + ["BBC Türkçe'yi YouTube'dan takip edin."]))
    assert a.paragraphs == BODY_TR
    # A photo's credit under the date line keeps its copyright sign, which is what says it is one.
    a = _clean("\n".join(["Lavrov e Tokayev discutem cooperação em Astana", "14:15 20.05.2024 (atualizado: 15:02 20.05.2024)",
                          "© Sputnik / Pool"] + body_pt))
    assert a.paragraphs == body_pt


def test_a_new_york_times_page_keeps_its_text_only():
    # Where the reporter files from is no place of the event; the print edition's line dates the next day.
    body = ["Sergey V. Lavrov, Russia's foreign minister, met President Kassym-Jomart Tokayev of Kazakhstan in Astana on Monday.",
            "Mr. Tokayev said relations were developing in the spirit of alliance, according to his office, in a statement."]
    page = ["Supported by", "SKIP ADVERTISEMENT", "Lavrov Courts Kazakhstan as Russia Seeks Friends in Central Asia", "By Andrew Higgins",
            "Reporting from Warsaw", "May 20, 2024", "Updated 8:02 a.m. ET"] + body + [
            "A version of this article appears in print on May 21, 2024, Section A, Page 9 of the New York edition with the headline: "
            "Lavrov Courts Kazakhstan. Order Reprints | Today's Paper | Subscribe"]
    a = _clean("\n".join(page))
    assert a.paragraphs == body and str(a.published) == "2024-05-20" and a.author == "Andrew Higgins"
    assert "2024-05-21" not in {d.date for d in a.dates}


def test_desks_labels_and_a_comment_boxs_rules_around_the_text():
    # NTV and Sözcü name their desk with the site's name; NTV's comment box prints its rules as a sentence.
    headline = "Yeni eğitim yılı Ankara'da törenle başladı"
    page = ["NTV", "Dünya", headline, "20.05.2024 14:32", "NTV - Haber Merkezi"] + BODY_TR + [
        "HABERE YORUM KAT", "UYARI: Küfür, hakaret, rencide edici cümleler veya imalar, inançlara saldırı içeren, imla kuralları "
        "ile yazılmamış, Türkçe karakter kullanılmayan ve büyük harflerle yazılmış yorumlar onaylanmamaktadır."]
    a = _clean("\n".join(page))
    assert a.paragraphs == BODY_TR and a.title == headline and str(a.published) == "2024-05-20"
    a = _clean("\n".join(["SÖZCÜ", headline, "Sözcü Dijital", "Yayınlanma: 20.05.2024 - 14:32"] + BODY_TR))
    assert a.paragraphs == BODY_TR and a.title == headline and str(a.published) == "2024-05-20"
    # Observador: the agency and the label "Texto" between the standfirst and the date line, which dates the page.
    body_pt = ["O ministro dos Negócios Estrangeiros da Rússia reuniu-se esta segunda-feira em Astana com o Presidente do Cazaquistão.",
               "Os dois responsáveis discutiram a preparação da cimeira da organização, marcada para julho, indicou a presidência."]
    stand = "O ministro russo reuniu-se com o Presidente cazaque antes da reunião da Organização de Cooperação de Xangai."
    a = _clean("\n".join(["Observador", "Mundo", "Lavrov em Astana", stand, "Agência Lusa", "Texto", "20 mai 2024, 14:32", "Partilhe"] + body_pt))
    assert a.paragraphs == [stand] + body_pt and str(a.published) == "2024-05-20"
    assert [r.reason for r in a.removed if r.text in ("Agência Lusa", "Texto")] == ["byline", "byline"]


def test_a_desk_with_its_address_or_agency_and_a_newsletter_call_are_no_text():
    headline = "Yeni eğitim yılı Ankara'da törenle başladı"
    a = _clean("\n".join(["Habertürk", "Gündem Ekonomi Dünya Spor Yaşam", headline, "Giriş: 20 Mayıs 2024, 14:32",
                          "Haberturk.com ekibi haber@haberturk.com"] + BODY_TR))
    assert a.paragraphs == BODY_TR and a.title == headline
    # A sentence of the text with an address in it is the text's.
    said = "Bakan, sorular için basin@meb.gov.tr adresine yazılabileceğini söyledi ve toplantıyı bitirdi."
    a = _clean("\n".join([headline] + BODY_TR + [said]))
    assert said in a.paragraphs
    body_en = ["Russia's top diplomat Sergey Lavrov met Kazakh President Kassym-Jomart Tokayev in Astana on Monday.",
               "Kazakhstan holds the rotating chairmanship of the bloc this year, and hosts its summit in July."]
    a = _clean("\n".join(["Lavrov meets Tokayev in Astana ahead of SCO meeting", "By Euronews with AP",
                          "Published on 20/05/2024 - 14:32 GMT+2"] + body_en))
    assert a.paragraphs == body_en and a.author == "Euronews"
    body_pt = ["O chanceler da Rússia, Serguei Lavrov, reuniu-se nesta segunda-feira (20) com o presidente do Cazaquistão em Astana.",
               "Lavrov participa na terça (21) de reunião de chanceleres da OCX, bloco liderado por China e Rússia."]
    a = _clean("\n".join(["Lavrov se encontra com Tokayev no Cazaquistão"] + body_pt + [
        "Receba no seu email o que de mais importante acontece no mundo; aberta para não assinantes."]))
    assert a.paragraphs == body_pt
