from xlnews.corpora.homoglyphs import repair_homoglyphs, repair_word


def test_latin_word_with_cyrillic_letter():
    assert repair_word("Сomart") == "Comart"
    text, reps = repair_homoglyphs("Kasym-Сomart Tokayev ve Рutin", paragraph=3)
    assert text == "Kasym-Comart Tokayev ve Putin"
    assert [(r.original, r.repaired, r.paragraph) for r in reps] == [("Сomart", "Comart", 3), ("Рutin", "Putin", 3)]


def test_cyrillic_word_with_latin_letter():
    assert repair_word("Тоkаев") == "Токаев"
    assert repair_word("Мoсква") == "Москва"


def test_pure_and_unfixable_words_untouched():
    for w in ["Tokayev", "Токаев", "Kassym-Jomart", "İşbirliği", "Ωmega1"]:
        assert repair_word(w) == w
    text, reps = repair_homoglyphs("Қазақтар порталында")
    assert reps == [] and text == "Қазақтар порталында"
