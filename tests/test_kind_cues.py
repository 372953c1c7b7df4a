"""What a name names, read from the words around its mentions (xlnews.kind_cues) where its own words
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
