"""What a name names, read from the words around its mentions (xlnews.names.cues) where its own words
say nothing."""

from __future__ import annotations

import pytest

from xlnews.align.facts import extract_names


def kinds(*texts: str, headlines: tuple[str, ...] = ()) -> dict[str, str]:
    return {n.key: n.kind for n in extract_names(list(texts), headlines)}


@pytest.mark.parametrize("text, key, kind", [
    # A place after "in" / "em", after a place noun and its "of", with a Turkish locative ending.
    ("Track Palin was arrested at his home in Wasilla on Friday.", "wasilla", "place"),
    ("Palin, de 29 anos, residente em Wasilla, foi detido.", "wasilla", "place"),
    ("Um sismo atingiu a região de Pidie Jaya, espalhando o pânico.", "jaya", "place"),
    ("Bu sabah Birkenhead, Merseyside'de bir kadın cesedi bulundu.", "merseyside", "place"),
    ("Trump held a rally in Wheeling, West Virginia, on Saturday.", "wheeling", "place"),
    ("Trump, Wheeling, Batı Virginia'daki bir mitingde konuştu.", "wheeling", "place"),
    # A body: a plural name after an article.
    ("With the Nationals eliminated from playoff contention, Scherzer rested.", "nationals", "organisation"),
    ("O defesa foi elogiado por Mike Organ, dos Tigers, no sábado.", "tigers", "organisation"),
    # A common noun beside it: before in English and Portuguese, after it in Turkish (and "county").
    ("Shoppers queued outside the retailer Boots on Friday.", "boots", "organisation"),
    ("Os carros da montadora Honda serão produzidos no Japão.", "honda", "organisation"),
    ("Uzmanlar Honda şirketinin planını eleştirdi.", "honda", "organisation"),
    ("Yardım ekipleri Palu kentine ulaştı.", "palu", "place"),
    ("Red tide was reported in Pinellas county on Monday.", "pinellas", "place"),
    # A person: "who" after the name, family after its possessive.
    ("The minister met Walid al-Moualem, who called on refugees to return.", "moualem", "person"),
    ("Reporters asked about Zaev's wife and the referendum.", "zaev", "person"),
    # A person: family before the name, an age after it.
    ("Zaev, his wife Zorica and his son Dushko cast their ballots.", "dushko", "person"),
    ("The victim, Lowkey Brandt, 45, was taken to hospital.", "brandt", "person"),
])
def test_the_words_around_a_name_say_its_kind(text: str, key: str, kind: str) -> None:
    assert kinds(text)[key] == kind


def test_a_name_s_own_words_outweigh_its_surroundings() -> None:
    # A given name makes a person wherever the name stands; a known body stays one.
    found = kinds("The film was made in Dustin Lance Black's house. Support came from Google in London.")
    assert found["black"] == "person"
    assert found["google"] == "organisation"


@pytest.mark.parametrize("text, key", [
    ("Trump'tan destek geldi. Trump'tan bir açıklama daha bekleniyor.", "trump"),  # the ablative: from someone
    ("A change in Kavanaugh's account was noted by Kavanaugh's critics.", "kavanaugh"),  # a possessive
])
def test_what_a_person_s_name_takes_does_not_make_it_a_place(text: str, key: str) -> None:
    assert kinds(text).get(key) != "place"


def test_a_title_s_words_are_not_a_body() -> None:
    found = kinds("O Ministro dos Negócios Estrangeiros Walid al-Moualem falou na ONU.")
    assert found.get("negocios") != "organisation"


def test_a_title_case_first_line_is_read_as_a_headline() -> None:
    text = ("Why Trump Will Win a Second Term\n"
            "By that logic, Mr. Trump would win again, said the columnist in New York.")
    found = kinds(text)
    assert "will" not in found and "win" not in found and "second" not in found
    assert found["trump"] == "person"
    # The same line after the first is read as text.
    assert "will" in kinds("Opening remarks.\n" + text.split("\n", 1)[0] + " again and Trump Will Win it.")


def test_a_short_title_case_first_line_is_a_headline_too() -> None:
    # A headline's second line kept as the text's first (the New York Times in NTREX): too few words of
    # four letters to count, but every word capitalised, as a sentence never is.
    body = "While the staff from Donggala made it to Palu, they saw houses destroyed."
    for first in ("It Is Very Bad.", "Durum Çok Kötü."):
        found = kinds(first + "\n" + body)
        assert not {"very", "bad", "durum", "kotu"} & set(found), first
        assert "palu" in found
    # Written as a sentence, it is one (and its capitalised word read as ever).
    assert "very" not in kinds("It is very bad.\n" + body) and "palu" in kinds("It is very bad.\n" + body)
    # A short sentence's own name stands without the body's confirmation, as a headline's would not.
    assert "sulawesi" in kinds("It is hard in Sulawesi.\n" + body)


def test_a_headline_s_names_are_not_joined_across_the_words_its_text_never_capitalises() -> None:
    # Only "Kavanaugh" and "Cumhuriyetçilerin" are names in the body; the headline's words between them
    # ("Fiyaskosuyla") are capitalised only because it is a headline, so the two stay two names.
    text = ("Analistler Kavanaugh Fiyaskosuyla Cumhuriyetçilerin Ara Seçimlerden Önce Kadın Seçmenleri Uzaklaştırdığını Belirtiyor\n"
            "Analistler, Yüksek Mahkeme adayı Brett Kavanaugh konusunda uyardı; Cumhuriyetçilerin oyları düşebilir.")
    names = {n.key: n for n in extract_names([text])}
    assert names["kavanaugh"].text == "Brett Kavanaugh"
    assert "Kavanaugh" not in names["cumhuriyetcilerin"].text
    assert "fiyaskosuyla" not in names


def test_what_a_name_s_words_say_outweighs_a_guess_whichever_comes_first() -> None:
    # Two capitals make a guessed person; a body's head says otherwise, before or after.
    for text in ("Baton Rouge Polis Departmanı bir şüpheliyi tutukladı. Polis, Baton Rouge, Louisiana açıklaması yaptı.",
                 "Polis, Baton Rouge ve Dyteon Simpson hakkında konuştu. Baton Rouge Polis Departmanı açıklama yaptı."):
        assert kinds(text)["rouge"] == "organisation"
    # Of two readings of one person, the fuller is shown.
    names = {n.key: n for n in extract_names(["The keeper Liam Kelly was rarely tested. Morelos forced Kelly into a save."])}
    assert names["kelly"].kind == "person" and names["kelly"].text == "Liam Kelly"


def test_a_given_name_that_is_a_place_before_a_surname_is_a_person() -> None:
    found = kinds("Justin Thomas and Jordan Spieth won again. Spieth holed the putt.")
    assert found["spieth"] == "person"
    assert found["jordan"] == "person"
    assert kinds("King Abdullah of Jordan met the envoy in Amman.")["jordan"] == "place"


def test_a_turkish_storm_named_before_its_kind() -> None:
    text = "Meteorologlara göre Rosa kasırgası Meksika'ya ulaştı. Uzmanlar Rosa'nın zayıfladığını söyledi."
    assert kinds(text)["rosa"] == "name"
    assert kinds("Uzmanlar Rosa'nın geldiğini söyledi. Rosa Parks da orada.")["rosa"] == "person"


def test_the_collection_settles_a_guessed_kind() -> None:
    from xlnews.align.facts import Facts, settle_kinds

    guessed = Facts(names=extract_names(["The road to Donggala was cut. Help for Donggala waits."]))
    said = Facts(names=extract_names(["Aid reached Palu but not Donggala. Roads in Donggala were closed."]))
    assert [n.kind for n in guessed.names if n.key == "donggala"] == ["name"]
    settle_kinds([guessed, said])
    assert [n.kind for n in guessed.names if n.key == "donggala"] == ["place"]
    # Reports that disagree leave a guess as it was.
    other = Facts(names=extract_names(["The road to Donggala was cut. Help for Donggala waits."]))
    settle_kinds([other, Facts(names=extract_names(["Roads in Donggala closed."])),
                  Facts(names=extract_names(["His son Donggala spoke."]))])
    assert [n.kind for n in other.names if n.key == "donggala"] == ["name"]


def test_a_shared_name_is_shown_with_the_kind_a_report_s_words_said() -> None:
    from xlnews.align.facts import Facts
    from xlnews.align.score import name_groups

    guessed = Facts(names=extract_names(["Rescuers reached Pidie Jaya. Pidie Jaya has no power."]))
    said = Facts(names=extract_names(["The quake hit the region of Pidie Jaya, in Aceh."]))
    assert {n.key: n.kind for n in guessed.names}["jaya"] == "person"
    for a, b in ((guessed, said), (said, guessed)):
        _, grouped = name_groups(a, b)
        assert "people" not in grouped and {e["a"] for e in grouped["places"]} >= {"Pidie Jaya"}


def test_who_speaks_for_a_body_is_not_the_body() -> None:
    found = kinds("As buscas continuam, referiu o porta-voz da agência Sutopo Purwo Nugroho.")
    assert found["nugroho"] == "person"
    assert kinds("O presidente da empresa Bellator, Scott Coker, falou.")["bellator"] == "organisation"


def test_who_after_a_team_or_a_place_says_nothing_of_a_person() -> None:
    assert kinds("It was a bad day for the Rangers, who lost again.").get("rangers") != "person"
    assert kinds("The shops on the main street in Harlem, who refused to hire them, closed.")["harlem"] == "place"


def test_a_state_visit_puts_no_one_in_a_state() -> None:
    # "durante a visita de Estado de Yoon": "estado de X" is a place noun and its "of" ("o estado de
    # Goiás"), but here the state is the visit's; Yoon Suk Yeol was listed among the places shared.
    assert kinds("O presidente sul-coreano, Yoon Suk Yeol, assinou 11 acordos em Astana, durante a visita de Estado "
                 "de Yoon ao país.")["yoon"] == "person"
    assert kinds("O estado de Goiás cresceu.")["goias"] == "place"
