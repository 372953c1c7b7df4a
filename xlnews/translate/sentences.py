"""Sentence splitting for Turkish, Portuguese and English news text, and splitting of overlong
sentences at clause boundaries, so that nothing is ever truncated by a model's input limit.

Rules, not a model: a boundary is sentence punctuation (with any closing quotes) followed by
a space and an upper-case letter, an opening quote or a dash, except after abbreviations
("Dr.", "Sr.", "Prof.", "vs.") and Turkish ordinals ("6. Tepesi", "21. yüzyılda").
Decimal commas and points ("8,5", "8.5") never contain a space, so they never split. Chinese
and Japanese sentences end at 。！？ with or without a space after them.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = {
    "tr": {"dr", "prof", "doç", "av", "sn", "bkz", "vb", "vs", "yy", "örn", "no", "st", "mah", "cad", "sok", "apt"},
    "pt": {"dr", "dra", "sr", "sra", "srta", "prof", "profa", "eng", "av", "pág", "nº", "n", "etc", "ex", "gen", "cel",
           "cap", "ten", "sto", "sta", "jr", "dep", "sen", "min", "pres", "gov"},
    "en": {"mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "gen", "col", "lt", "sgt", "rep", "sen",
           "gov", "inc", "ltd", "co", "corp", "no", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
           "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e"},
}
_CANDIDATE = re.compile(
    r"[.!?…]+[\"”’'»)\]]*(?=\s+[\"“‘'«(\[\-–—]?[A-ZÇĞİÖŞÜÂÊÎÔÛÁÉÍÓÚÃÕÀ0-9])"
    # Chinese and Japanese end a sentence with 。！？ and write the next one without a space.
    r"|[。！？｡།]+[」』”’）)]*(?=\s*\S)"
)


def split_sentences(text: str, lang: str | None = None) -> list[str]:
    text = " ".join(text.split())
    if not text:
        return []
    abbreviations = _ABBREVIATIONS.get(lang or "", set()) | _ABBREVIATIONS["en"]
    out: list[str] = []
    start = 0
    for m in _CANDIDATE.finditer(text):
        before = text[start:m.start()]
        last = re.search(r"(\S+)$", before)
        word = last.group(1) if last else ""
        if m.group(0) == "." and word:
            bare = word.lower().lstrip("(\"“'«")
            if bare in abbreviations or (len(bare) == 1 and bare.isalpha()):
                continue  # "Dr. Silva", initials "J. Smith"
            if bare.isdigit() and len(bare) <= 3 and lang == "tr":
                continue  # Turkish ordinal: "6. Tepesi", "21. yüzyılda"
        end = m.end()
        sentence = text[start:end].strip()
        if sentence:
            out.append(sentence)
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def split_long(sentence: str, max_words: int) -> list[str]:
    """Pieces of at most ``max_words`` words, cut at the last clause mark (; : , –) that fits,
    else between words. Joining the pieces with spaces gives the sentence back."""
    words = sentence.split()
    if len(words) <= max_words:
        return [sentence]
    pieces: list[str] = []
    while len(words) > max_words:
        window = words[:max_words]
        cut = max((i + 1 for i, w in enumerate(window[:-1]) if w[-1:] in ";:,–—" and i >= max_words // 3), default=max_words)
        pieces.append(" ".join(words[:cut]))
        words = words[cut:]
    if words:
        pieces.append(" ".join(words))
    return pieces


def first_sentence(paragraphs: list[str], lang: str | None = None) -> str:
    """The first sentence of the first paragraph ("" where there is none): the one a report's lead opens with."""
    sentences = split_sentences(paragraphs[0], lang) if paragraphs else []
    return sentences[0] if sentences else ""
