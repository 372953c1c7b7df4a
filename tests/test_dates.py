import datetime as dt

import pytest

from xlnews.corpora.dates import date_from_url, days_after_said, find_dates, given_as_ahead, given_as_past, lead_weekday, parse_date_line, parse_dateline, parse_published


@pytest.mark.parametrize("line,iso", [
    ("06 Ekim 2017 Cuma, 17:45", "2017-10-06"),
    ("Yayınlanma: 12.03.2024 14:05", "2024-03-12"),
    ("Publicado em 9 de novembro de 2023 às 10h", "2023-11-09"),
    ("Friday, October 6, 2017", "2017-10-06"),
    ("2024-05-21", "2024-05-21"),
])
def test_datelines(line, iso):
    assert parse_dateline(line) == dt.date.fromisoformat(iso)


@pytest.mark.parametrize("line", ["Silk Way TV", "Bölgesel meseleler", "Kazakistan'da 24 bine yakın Rus şirketi 2023 yılında",
                                  "21. yüzyılda BDT", "Yorum yazın..."])
def test_not_datelines(line):
    assert parse_dateline(line) is None


@pytest.mark.parametrize("line,iso,author", [
    # Publication and update times on one line: the publication is the date.
    ("20.05.2024 - 10:15 | Son Güncelleme: 21.05.2024 - 11:02", "2024-05-20", None),
    ("Giriş: 20 Mayıs 2024 10:15 Güncelleme: 21 Mayıs 2024 11:02", "2024-05-20", None),
    ("Atualizado em 21/05/2024 11h02 | Publicado em 20/05/2024", "2024-05-20", None),
    ("Publicado em 20/05/2024 às 10h15 Atualizado há 2 horas", "2024-05-20", None),
    ("Published May 20, 2024 • Updated 2 hours ago", "2024-05-20", None),
    # Clock times with zones, abbreviated weekdays.
    ("Mon 20 May 2024 10.15 BST", "2024-05-20", None),
    ("May 20, 2024 at 10:15 a.m. EDT", "2024-05-20", None),
    # Bylines and sections beside the date.
    ("By Jane Doe | May 20, 2024, 10:15 AM", "2024-05-20", "Jane Doe"),
    ("Por Maria Silva, g1 — Brasília 20/05/2024 10h15", "2024-05-20", "Maria Silva, g1"),
    ("Muhabir: Ali Veli - 20.05.2024", "2024-05-20", "Ali Veli"),
    ("Dünya | 20.05.2024 10:15", "2024-05-20", None),
    # A byline, its section and "on" the date, as blog engines write them; updates long ago.
    ("By Staff Reporter in Politics on 4 July 2024", "2024-07-04", "Staff Reporter"),
    ("By admin in News on July 4, 2024", "2024-07-04", "admin"),
    ("Por Maria Silva em 20/05/2024", "2024-05-20", "Maria Silva"),
    ("09/11/2023 08h15 Atualizado há um ano", "2023-11-09", None),
    # Months as date lines shorten them, and a Brazilian time in a part of its own.
    ("25 dez 2024 - 14h30", "2024-12-25", None),
    ("Publicado em 25/12/2024 - 14h30 Atualizado há 2 horas", "2024-12-25", None),
    ("25 Ara 2024 14:35", "2024-12-25", None),
    ("Giriş: 3 Şub. 2024 - 09:10", "2024-02-03", None),
    # Fields run together, as scraped text joins them; a date line in figures alone; a zone before the day.
    ("23/03/2025 14h35Atualizada em 24/03/2025 15h02", "2025-03-23", None),
    ("March 23, 2025 2:35 PM GMT+3Updated 2 hours ago", "2025-03-23", None),
    ("23.03.2025 - 14:35", "2025-03-23", None),
    ("Updated 2:35 PM GMT+3, March 23, 2025", "2025-03-23", None),
    # The year run into the clock (Reuters' pages scraped): the year is the year, not "20243".
    ("May 20, 20243:42 PM GMT+3Updated 2 years ago", "2024-05-20", None),
    ("December 3, 202411:15 AM GMT+9", "2024-12-03", None),
    ("20.05.202414:32", "2024-05-20", None),
    # An update's time after "às" in brackets (Terra), "postado em" (Correio Braziliense).
    ("20 mai 2024 - 10h15 (atualizado às 11h00)", "2024-05-20", None),
    ("postado em 20/05/2024 10:15 / atualizado em 20/05/2024 11:00", "2024-05-20", None),
])
def test_date_lines_with_updates_bylines_and_times(line, iso, author):
    assert parse_date_line(line) == (dt.date.fromisoformat(iso), author)


@pytest.mark.parametrize("line", ["Lula em Ancara - 20/05/2024", "Erdoğan - 20 Mayıs 2024 - Ankara ziyareti",
                                  "Lula chegou a Ancara em 20 de maio de 2024", "Updated 2 hours ago", "10:15",
                                  "Brasil e Turquia | 20/05/2024", "Por que Lula chegou a Ancara em 20 de maio de 2024"])
def test_headlines_and_sentences_with_a_date_are_no_date_lines(line):
    assert parse_date_line(line) is None


def test_shortened_months_are_date_line_words_only():
    # In running text most of them are words: "20 out of 30", "1 set of rules", "5 ara seçim".
    for text in ("Only 20 out of 30 members voted.", "He gave 1 set of rules in 2024.", "Partiler 5 ara seçim istedi 2024'te."):
        assert not [d for d in find_dates([text], dt.date(2024, 12, 25)) if d.precision == "day"], text


def test_a_time_without_its_day_is_no_text():
    from xlnews.corpora.clean import clean_text

    body = ["Kazakhstan's president received the Russian foreign minister in Astana and discussed cooperation.",
            "The government said both sides agreed to speed up joint projects in energy and transport."]
    a = clean_text("\n".join(["Kazakhstan hosts Lavrov", "Published Dec 25, 2024 at 3:45 PM EST", "Updated 3 hours ago"] + body), "t")
    assert a.published == "2024-12-25" and a.paragraphs == body
    assert [(r.text, r.reason) for r in a.removed] == [("Published Dec 25, 2024 at 3:45 PM EST", "dateline"),
                                                       ("Updated 3 hours ago", "dateline")]


def test_a_date_line_sets_published_and_author_even_when_the_detector_calls_it_foreign():
    from xlnews.corpora.clean import clean_text

    body = ["Cumhurbaşkanı Erdoğan, Ankara'da düzenlenen törende yeni eğitim yılının başladığını açıkladı.",
            "Milli Eğitim Bakanı, bu yıl okullara 1,2 milyon yeni öğrencinin kaydolduğunu söyledi."]
    for line, author in (("20.05.2024 - 10:15 | Son Güncelleme: 21.05.2024 - 11:02", None),
                         ("Muhabir: Ali Veli | 20 Mayıs 2024 10:15", "Ali Veli")):
        a = clean_text("\n\n".join(["Okullar açıldı", line] + body), "t")
        assert a.published == "2024-05-20" and a.author == author and a.paragraphs == body
        assert [(r.text, r.reason) for r in a.removed] == [(line, "dateline")]


def test_mentions_in_both_languages_with_year_from_publication():
    paras = ["22 Ekim’de yıldönümü kutlanacak. Ocak 2018’de başkanlık başlayacak.",
             "Lula chegou em 9 de novembro de 2023 e volta em 20 de maio.", "Talks on May 20, 2024 and 3 March 2025."]
    found = {d.text: d for d in find_dates(paras, published=dt.date(2017, 10, 6))}
    assert found["22 Ekim"].date == "2017-10-22" and not found["22 Ekim"].year_inferred
    assert found["Ocak 2018"].date == "2018-01" and found["Ocak 2018"].precision == "month"
    assert found["9 de novembro de 2023"].date == "2023-11-09"
    assert found["20 de maio"].date == "2017-05-20"  # nearest to the publication date
    assert found["May 20, 2024"].date == "2024-05-20"
    assert found["3 March 2025"].date == "2025-03-03"
    assert [d.paragraph for d in find_dates(paras)][:2] == [0, 0]


def test_a_new_year_story_crosses_the_year_end():
    (d,) = find_dates(["Zirve 3 Ocak’ta yapılacak."], published=dt.date(2023, 12, 28))
    assert d.date == "2024-01-03"


def test_no_year_anywhere_stays_without_year():
    (d,) = find_dates(["Reunião em 20 de maio."])
    assert d.date == "--05-20"


def test_ordinals_and_numbers_are_not_dates():
    assert find_dates(["CICA 6. Tepesi, 21. yüzyılda, 25’inci yıldönümü, 8,5 milyar dolar, 2001 por seis países"]) == []


@pytest.mark.parametrize("value,iso", [
    ("2024-05-20T10:15:00Z", "2024-05-20"),
    ("Mon, 20 May 2024 10:15:00 +0000", "2024-05-20"),  # RSS
    ("20.05.2024", "2024-05-20"),
    ("20 Mayıs 2024 Pazartesi", "2024-05-20"),
    ("20 de maio de 2024", "2024-05-20"),
    ("sometime last week", None),
    ("12345", None),
    ("1538436600", "2018-10-01"),  # a Unix time, in seconds
    ("1538436600000", "2018-10-01"),  # and in milliseconds
    # A time counted back from when the page was read, which the record does not say: not today.
    ("2 hours ago", None), ("há 2 horas", None), ("2 saat önce", None),
])
def test_published_as_feeds_and_scrapers_write_it(value, iso):
    assert parse_published(value) == (dt.date.fromisoformat(iso) if iso else None)


@pytest.mark.parametrize("url,iso", [
    ("https://www.aa.com.tr/tr/dunya/2017/10/06/lavrov-astana", "2017-10-06"),
    ("https://site.com.br/mundo/2024-05-20/lavrov.html", "2024-05-20"),
    ("https://news.kz/ru/20240520-lavrov", "2024-05-20"),
    ("https://news.kz/ru/lavrov-123456789", None),
    ("https://news.kz/ru/article/20241399", None),  # not a date
    ("https://20240520.example.com/lavrov", None),  # the host is not the path
])
def test_dates_in_article_addresses(url, iso):
    assert date_from_url(url) == (dt.date.fromisoformat(iso) if iso else None)


def test_weekdays_and_yesterday_are_resolved_against_the_publication_date():
    sunday = dt.date(2018, 9, 30)
    paras = ["Trump mocked Feinstein at a rally on Saturday.", "Trump Cumartesi günü Batı Virginia'da konuştu; Cuma'dan beri.",
             "O presidente falou no sábado, e na sexta-feira.", "Dün akşam toplandılar. Yesterday too; ontem também."]
    found = [(d.text, d.date, d.paragraph) for d in find_dates(paras, published=sunday)]
    assert found == [("Saturday", "2018-09-29", 0), ("Cumartesi günü", "2018-09-29", 1), ("Cuma'dan", "2018-09-28", 1),
                     ("sábado", "2018-09-29", 2), ("sexta-feira", "2018-09-28", 2), ("Dün", "2018-09-29", 3),
                     ("Yesterday", "2018-09-29", 3), ("ontem", "2018-09-29", 3)]
    assert all(d.relative and d.precision == "day" for d in find_dates(paras, published=sunday))
    # The publication day's own weekday is that day; a weekday inside a full date adds nothing to it.
    (d,) = find_dates(["The vote was on Sunday."], published=sunday)
    assert d.date == "2018-09-30"
    assert [d.text for d in find_dates(["On Friday, September 28, the Senate met."], published=sunday)] == ["September 28"]


@pytest.mark.parametrize("text,day", [
    # The verb's tense says which way a weekday points (published on Wednesday 2018-10-03).
    ("Voters will vote on Sunday on the country's name.", "2018-10-07"),
    ("Seçmenler pazar günü ülkelerinin adını \"Kuzey Makedonya\" olarak değiştirmek için oy kullanacak.", "2018-10-07"),
    ("Os eleitores irão votar no domingo sobre o nome do país.", "2018-10-07"),
    ("The defendant is expected to appear before the court on Monday.", "2018-10-08"),
    ("Sanığın Pazartesi günü mahkemeye çıkarılması bekleniyor.", "2018-10-08"),
    ("Prevê-se que o réu seja apresentado ao tribunal na segunda-feira.", "2018-10-08"),
    ("Saturday will be the second time this month that Trump visits the state.", "2018-10-06"),
    ("Sábado marcará a segunda vez neste mês que Trump visita o estado.", "2018-10-06"),
    ("Trump, cumartesi günü gerçekleştireceği mitingle eyaleti iki kez ziyaret etmiş olacak.", "2018-10-06"),
    # The nearest verb governs: the saying was on Saturday, what she would do is not a day.
    ("Warren said on Saturday she would take a hard look at running.", "2018-09-29"),
    ("Warren cumartesi günü başkan adaylığını düşüneceğini açıkladı.", "2018-09-29"),
    ("Warren afirmou no sábado que analisará a possibilidade.", "2018-09-29"),
    ("Trump cumartesi gecesi gerçekleştirdiği mitingde konuştu.", "2018-09-29"),
    ("Makedonya halkı pazar günü yapılan referandumda adı değiştirmeyi çözecek bir hamleyi oyladı.", "2018-09-30"),
    ("On Friday morning, coach Will Wade said the team is devastated.", "2018-09-28"),  # a name, not "will"
    ("Jean-Pierre cuma günü, \"Kadınlar bunu unutmayacak\" dedi.", "2018-09-28"),  # the quote's verb is not the day's
    ("Chelsea, perşembe günü 15:00'da Londra'da Videoton'la karşılaşacak.", "2018-10-04"),
    # Words beside it: strictly after or before the publication day.
    ("They face Hearts next Wednesday.", "2018-10-10"),
    ("Trump last Wednesday referred to the supplement.", "2018-09-26"),
    ("Trump geçtiğimiz çarşamba günü reklama değindi.", "2018-09-26"),
    ("Trump referiu-se na passada quarta-feira ao suplemento.", "2018-09-26"),
    ("Os Giants enfrentam os líderes no próximo domingo.", "2018-10-07"),
    ("The vote was on Wednesday.", "2018-10-03"),
    ("Tomorrow's a different beast.", "2018-10-04"),
    ("Yarın tam performansla oynayacağız.", "2018-10-04"),
    ("Temos 12 partidas importantes amanhã.", "2018-10-04"),
])
def test_weekdays_point_the_way_their_verb_says(text, day):
    (d,) = find_dates([text], published=dt.date(2018, 10, 3))
    assert d.relative and d.date == day


def test_a_weekday_joined_to_another_points_its_way_and_named_days_are_not_days():
    found = find_dates(["Showers will begin to approach Arizona late Sunday and early Monday."], published=dt.date(2018, 10, 3))
    assert [d.date for d in found] == ["2018-10-07", "2018-10-08"]
    assert find_dates(["May told the Sunday Times, before Saturday Night Live and Good Friday, on Fox News Sunday."],
                      published=dt.date(2018, 10, 3)) == []


def test_no_relative_day_without_a_publication_date_nor_from_look_alike_words():
    assert find_dates(["The rally was on Saturday. Dün toplandılar."]) == []
    # "pazar" is also a market, "segunda" and "sexta" are also ordinals, "dünya" is the world; "today" says
    # no more than the publication date.
    assert find_dates(["Pazar yerinde dünya basını; a segunda vez, a sexta etapa; bugün, hoje, today."],
                      published=dt.date(2018, 9, 30)) == []


def test_a_year_that_opens_the_sentence_is_the_days_year():
    # A factbox of past disasters in a report of today's: "Dec. 26" is 2004's, not the publication year's.
    para = ("Here are some of the major quakes in recent years: 2004: A major quake off Sumatra on Dec. 26 "
            "triggered a tsunami. 2005: A series of strong quakes hit on March 28. In 2016, on Dec. 7, Aceh shook.")
    for published in (None, dt.date(2018, 9, 29)):
        found = {d.text: d.date for d in find_dates([para], published=published)}
        assert found == {"Dec. 26": "2004-12-26", "March 28": "2005-03-28", "Dec. 7": "2016-12-07"}
    # A year further into the sentence is the background's: the publication date decides.
    (d,) = find_dates(["Since 2015 the group has attacked the base, most recently on March 3."], dt.date(2018, 9, 29))
    assert d.date == "2019-03-03" and not d.year_inferred


def test_without_a_publication_date_only_the_days_own_context_gives_its_year():
    # Years written alone are the background or a coming election, not the day's: the year stays unsaid.
    paras = ["Warren, \"6 Kasım'dan sonra başkan adaylığını düşüneceğim,\" dedi. Destekçileri 2020 yılında aday olmasını istemiyor.",
             "Kim e Trump se reuniram em Singapura, no dia 12 de junho. O Conselho aprovou sanções desde 2006."]
    assert [(d.text, d.date, d.year_inferred) for d in find_dates(paras)] == [
        ("6 Kasım", "--11-06", False), ("12 de junho", "--06-12", False)]
    # A dated month in the same paragraph, or a year before the day in its sentence, does.
    found = {d.text: d for d in find_dates(["Lavrov chegou a Astana em 20 de maio. A presidência vai de julho de 2023 "
                                            "a julho de 2024.", "In the 2016 season, on 3 March, Aceh shook."])}
    assert found["20 de maio"].date == "2024-05-20" and found["20 de maio"].year_inferred
    assert found["3 March"].date == "2016-03-03" and found["3 March"].year_inferred


def test_placeholder_and_future_publication_dates_are_implausible():
    from xlnews.corpora.dates import implausible_publication

    today = dt.date(2026, 12, 6)
    for placeholder in ("1970-01-01", "0001-01-01", "1900-01-01", "1899-12-30"):
        assert "placeholder" in implausible_publication(dt.date.fromisoformat(placeholder), today)
    assert implausible_publication(dt.date(2026, 12, 9), today) == "in the future"
    for fine in ("2026-12-07", "2026-12-06", "1970-01-02", "1985-03-03"):  # a day ahead: time zones
        assert implausible_publication(dt.date.fromisoformat(fine), today) is None


def test_the_authors_name_alone_beside_the_date_line_is_the_author_not_text():
    # Kept as a paragraph, the author was a person every report of theirs names.
    from xlnews.corpora.clean import clean_text

    body = ["Cumhurbaşkanı Erdoğan, Ankara'da düzenlenen törende yeni eğitim yılının başladığını açıkladı.",
            "Milli Eğitim Bakanı, bu yıl okullara 1,2 milyon yeni öğrencinin kaydolduğunu söyledi."]
    for head, author in ((["Okullar açıldı", "09 Eylül 2024, 14:35", "Ahmet Yılmaz"], "Ahmet Yılmaz"),
                         (["Okullar açıldı", "Maria Silva - Ankara", "09 Eylül 2024, 14:35"], "Maria Silva")):
        a = clean_text("\n".join(head + body), "t")
        assert a.published == "2024-09-09" and a.author == author and a.paragraphs == body, head
    # A place or a section beside the date line is no author; nor is a headline that starts with a given name.
    for head, title in ((["Okullar açıldı", "09 Eylül 2024, 14:35", "Rio de Janeiro"], "Okullar açıldı"),
                        (["Ahmet Yılmaz Okulunu Açtı", "09 Eylül 2024, 14:35"], "Ahmet Yılmaz Okulunu Açtı")):
        a = clean_text("\n".join(head + body), "t")
        assert a.author is None and a.title == title, head
    a = clean_text("\n".join(["Ahmet Yılmaz Okulunu Açtı", "09 Eylül 2024, 14:35"] + body), "t", title="Ahmet Yılmaz Okulunu Açtı")
    assert a.author is None and a.title == "Ahmet Yılmaz Okulunu Açtı" and a.paragraphs == body
    # Unlabelled, in the date line itself, as AA prints it; a section there is no author.
    a = clean_text("\n".join(["Okullar açıldı", "Ahmet Yılmaz   |21.04.2025 - Güncelleme : 21.04.2025"] + body), "t")
    assert a.author == "Ahmet Yılmaz" and a.published == "2025-04-21" and a.paragraphs == body
    a = clean_text("\n".join(["Okullar açıldı", "Dünya Haberleri | 21.04.2025 10:15"] + body), "t")
    assert a.author is None and a.published == "2025-04-21" and a.paragraphs == body


def test_an_editors_line_names_the_editor_without_its_label():
    from xlnews.corpora.dates import byline_name

    assert byline_name("Editör: Ayşe Demir") == "Ayşe Demir"
    assert byline_name("Texto: Maria Silva") == "Maria Silva"
    assert byline_name("Editor of the Year award") is None
    # An agency named alone after a headline's words is no desk's credit line; in capitals, or after a desk's word, it is.
    assert byline_name("Erdoğan meets Putin with AFP") is None and byline_name("Lula e Alckmin") is None
    assert byline_name("DAILY SABAH WITH AA") == "DAILY SABAH" and byline_name("Staff with Reuters") == "Staff"


@pytest.mark.parametrize("text, iso", [
    ("Lisboa, 10 mar 2024 (Lusa) - A Aliança Democrática venceu as eleições de domingo.", "2024-03-10"),
    ("São Paulo, 21 de dezembro de 2024 (Folhapress) - Um acidente deixou 41 mortos.", "2024-12-21"),
    ("ANKARA, 26 Aralık 2024 (AA) - Merkez Bankası faizi indirdi.", "2024-12-26"),
    ("ASTANA, May 20, 2024. /TASS/. Kazakh President Tokayev received Lavrov.", "2024-05-20"),
    ("BOLU, Turkey, Jan 21, 2025 (Reuters) - A fire tore through a hotel.", "2025-01-21"),
    ("Ancara, 26/12/2024 (AA) - O banco central cortou os juros.", "2024-12-26"),
    ("Rio de Janeiro, 5 de maio de 2024 (Agência Brasil) - As chuvas deixaram mortos.", "2024-05-05"),
    # Without a year, or no dateline: nothing to date the report by.
    ("ISTANBUL, Dec 26 (Reuters) - Turkey's central bank cut rates.", None),
    ("O presidente, 10 de março de 2024 - disse o ministro, venceu.", None),
])
def test_a_wire_dateline_with_its_year_dates_the_report(text, iso):
    from xlnews.corpora.clean import clean_text

    article = clean_text(text, "w")
    assert article.published == iso


@pytest.mark.parametrize("lang, text, day, given", [
    ("tr", "Bilgi Teknolojileri ve İletişim Kurumu 2 Ağustos'ta Instagram'a erişimi engellemişti.", "2 Ağustos", True),
    ("tr", "Kurum 2 Ağustos'ta Instagram'a erişimi engelledi.", "2 Ağustos", False),
    ("tr", "X, 30 Ağustos'tan bu yana Brezilya'da erişime kapalıydı.", "30 Ağustos", True),
    ("tr", "X, 30 Ağustos tarihinden bu yana erişime kapalıydı.", "30 Ağustos", True),
    ("tr", "Tartışma 14 Mayıs 2023'ten beri sürüyor.", "14 Mayıs 2023", True),
    ("tr", "Seçim 14 Mayıs'ta yapılacak.", "14 Mayıs", False),
    ("tr", "Böylece 1 Ocak'tan itibaren izin alınabilir.", "1 Ocak", False),  # "from": as often ahead
    ("en", "X has been offline in Brazil since Aug. 30, when Moraes ordered it.", "Aug. 30", True),
    ("en", "Turkey had blocked Instagram on Aug. 2 without giving a reason.", "Aug. 2", True),
    ("en", "The communications authority blocked Instagram on Aug. 2.", "Aug. 2", False),
    ("en", "Officials said on Aug. 2 that they had blocked it.", "Aug. 2", False),
    ("en", "The regulator, which had warned the company, blocked it on Aug. 2.", "Aug. 2", False),
    ("pt", "A rede social estava suspensa desde 30 de agosto.", "30 de agosto", True),
    ("pt", "A Turquia havia bloqueado o Instagram em 2 de agosto.", "2 de agosto", True),
    ("pt", "O governo, que tinha prometido a medida, bloqueou o acesso em 2 de agosto.", "2 de agosto", False),
    ("de", "Seit dem 30. August ist X gesperrt.", "30. August", False),  # no cues known: never past
])
def test_a_day_given_as_before_what_the_report_tells(lang, text, day, given):
    start = text.index(day)
    assert given_as_past(text, start, start + len(day), lang) is given


@pytest.mark.parametrize("lang, text, day, given", [
    ("pt", "A cerimônia será em 2 de março, em Los Angeles.", "2 de março", True),
    ("pt", "A cerimônia foi em 2 de março, em Los Angeles.", "2 de março", False),
    ("pt", "O presidente disse em 2 de março que vai viajar.", "2 de março", False),  # the nearest verb governs
    ("en", "The ceremony will be held on March 2 in Los Angeles.", "March 2", True),
    ("en", "The run-off is scheduled for May 28.", "May 28", True),
    ("en", "He said on March 2 that he will travel.", "March 2", False),
    ("tr", "Tören 2 Mart'ta Los Angeles'ta yapılacak.", "2 Mart", True),
    ("tr", "Tören 2 Mart'ta Los Angeles'ta yapıldı.", "2 Mart", False),
    ("tr", "Tokayev 29 Ekim'i ulusal yas günü ilan etti.", "29 Ekim", False),  # declared today: no happening awaited
    ("de", "Die Zeremonie findet am 2. März statt.", "2. März", False),  # no cues known: never ahead
])
def test_a_day_given_as_still_to_come(lang, text, day, given):
    start = text.index(day)
    assert given_as_ahead(text, start, start + len(day), lang) is given


@pytest.mark.parametrize("text, weekday", [
    ("Russian Foreign Minister Sergei Lavrov held talks in Astana on Friday.", (4, "Friday")),
    ("Kazakistan'da pazar günü yapılan erken seçimi Tokayev kazandı.", (6, "pazar günü")),
    ("O presidente cobrou nesta sexta-feira (14) respeito.", (4, "sexta-feira")),
    ("Voters will go to the polls on Sunday.", None),  # ahead: what the report announces, not what it reports
    ("The Sunday Times said the talks went well.", None),
])
def test_the_weekday_an_undated_lead_reports(text, weekday):
    assert lead_weekday([text]) == weekday


@pytest.mark.parametrize("para, lang, expected", [
    ("Portugal will hold a snap election on March 10, President Marcelo Rebelo de Sousa said on Thursday, two days after "
     "Prime Minister Antonio Costa resigned.", "en", [(2, "two days after")]),
    ("A magnitude 6.4 earthquake struck Hatay on Monday, two weeks after huge quakes killed more than 40,000 people.", "en",
     [(14, "two weeks after")]),
    ("O anúncio veio dois dias depois da demissão de António Costa.", "pt", [(2, "dois dias depois da")]),
    ("Karar, Trump'ın seçimi kazanmasından iki gün sonra geldi.", "tr", [(2, "kazanmasından iki gün sonra")]),
    # Looking ahead, the other happening is no past one.
    ("The vote will be held two days after the debate.", "en", []),
    ("A eleição será realizada dois dias depois do debate.", "pt", []),
    ("Seçim, meclisin feshinden iki gün sonra yapılacak.", "tr", []),
    ("Tokayev empfing Lawrow zwei Tage nach der Wahl.", "de", []),
])
def test_the_days_a_lead_counts_back_to_another_happening(para, lang, expected):
    assert days_after_said(para, lang) == expected
