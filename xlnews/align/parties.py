"""The people a report's lead says met: "Tokayev, durante uma reunião com o ministro das Relações Exteriores da Rússia,
Sergey Lavrov", "Tokayev received Lavrov in Astana", "Erdoğan ile Putin Astana'da görüştü". A report of that meeting
names everyone in it; one long enough to that never names one of them tells of another happening: Tokayev receiving
Putin six months earlier, not Lavrov (seeds 000 and 003, which among other news stood out as each other's nearest). Two
leads that each tell of meeting someone the other never names are two meetings, however short (score.party_evidence).

Read from the headline and the lead's first sentence, in the report's language: the people the meeting words govern
(the one met after "met", "received", "reunião com"; the clause before the verb in Turkish; the one who met or visited
in the cue's own clause before it), or whom the report names twice or more (xlnews.align.facts), not a person the lead
speaks of in passing ("told Scholz that Netanyahu's government ..."); and only those whose kind the words said (a
title, a given name), not two capitalised words taken for a person ("Aliança Global", "Turkic Time"). Measured on the
written sets and NTREX (benchmarks/README.md, 2026-12-07, eighth session): it fires on no pair of one event."""

from __future__ import annotations

import re


# Words that tell of meeting someone, the one met after them ("met Lavrov", "received the Russian foreign minister,
# Sergey Lavrov", "durante uma reunião com o ministro ..., Sergey Lavrov", "reunião de Trump com Rosenstein"), or in
# Turkish before them, in the verb's clause ("Erdoğan ile Putin Astana'da görüştü", "Lavrov'u kabul etti"). Only the
# people there are the meeting's parties: a lead's other people are its talk ("Erdogan told Scholz that Netanyahu's
# government ..., as the two leaders met").
_MET_THEN = {
    "en": re.compile(r"(?<!\w)(?:met|meets|meeting|talks|received|receives|hosted|hosts|welcomed|welcomes|visit\w*)(?!\w)",
                     re.I),
    "pt": re.compile(r"(?<!\w)(?:reuni\w*|encontr\w*|receb\w*|conversou|visit\w*)", re.I),
}
_MET_BEFORE_TR = re.compile(r"(?<!\w)(?:görüş\w*|bir\s+araya\s+gel\w*|kabul\s+et\w*|karşıla\w*|ziyaret\w*)", re.I)
# How far from the cue the one met is named: a title and a name ("o ministro ... da Rússia, Sergey Lavrov").
_WINDOW_CHARS = 120
# How long a report is to be expected to name every party of the meeting it reports: a brief of a few sentences may
# name only its host. It was 600: a 430-character report of Xi's state visit to Astana, which never names Putin, then
# joined the reports of Putin meeting Xi there the next day, and the summit week's three meetings were one cluster
# (benchmarks/README.md, 2026-12-07, thirteenth session: every written set dated 0.908 -> 0.954, undated 0.730 -> 0.804;
# it split one mediated meeting's reports until a host named as such was no party).
PARTY_TEXT_CHARS = 400


# A host or mediator named as such is no party of the meeting: a report of the Russia-Ukraine talks "Hakan Fidan'ın ev
# sahipliğinde" and another that never names Fidan tell of one meeting.
_HOST_AFTER_TR = re.compile(r"^['’]?\w*\s+(?:ev\s+sahipliğinde|arabuluculuğunda|başkanlığında)\b", re.I)
_HOST_BEFORE = {
    "en": re.compile(r"\b(?:hosted|mediated|chaired|brokered)\s+by\s+(?:[\w'’.-]+\s+){0,5}$", re.I),
    "pt": re.compile(r"\b(?:mediação|mediad[oa]s?|presidid[oa]s?|organizad[oa]s?)\s+(?:d[aeo]s?|por|pel[oa])\s+(?:[\w'’.-]+\s+){0,5}$", re.I),
}


def named_as_host(name: str, text: str, lang: str | None) -> bool:
    """Whether ``text`` names ``name`` as the host or mediator of its meeting, not one who met."""
    for m in re.finditer(re.escape(name), text):
        if lang == "tr" and _HOST_AFTER_TR.match(text[m.end():]):
            return True
        if (before := _HOST_BEFORE.get(lang or "")) and before.search(text[:m.start()]):
            return True
    return False


def meeting_sentence(title: str | None, first: str, lang: str | None) -> str | None:
    """The lead's first sentence ``first`` (xlnews.translate.sentences.first_sentence) where it, or the headline, tells
    of meeting someone (None: they do not)."""
    if not first or (lang not in _MET_THEN and lang != "tr"):
        return None
    return first if meeting_windows(first, lang) or (title and meeting_windows(title, lang)) else None


def meeting_windows(text: str, lang: str | None, with_subject: bool = False) -> list[str]:
    """The stretches of ``text`` where the ones who met are named: after each cue, up to _WINDOW_CHARS characters and
    the sentence's end, and before it in its clause (in Turkish, before it to the sentence's start). ``with_subject``:
    before the clause's comma too, where the subject is: in Turkish ("Şi Cinping ve Putin, Kazakistan'ın başkentinde
    görüştü"), else where the cue follows the comma ("Os presidentes da Rússia, Vladimir Putin, e da China, Xi Jinping,
    reuniram-se")."""
    if lang == "tr":
        # Verb last: the clause before the cue, its subject's comma ("Cumhurbaşkanı Erdoğan, ...") the clause's start.
        return [re.split(r"[;:.!?](?:\s|$)" if with_subject else r"[,;:.!?](?:\s|$)",
                         text[max(0, m.start() - _WINDOW_CHARS):m.start()])[-1]
                for m in _MET_BEFORE_TR.finditer(text)]
    if (pattern := _MET_THEN.get(lang or "")) is None:
        return []
    # And the one who met, or visited, in the cue's own clause before it ("Spain's King Felipe and Queen Letizia were
    # pelted with mud during a visit"; not "..., as the two leaders met").
    windows = []
    for m in pattern.finditer(text):
        before = text[max(0, m.start() - _WINDOW_CHARS):m.start()]
        clause = re.split(r"[,;:.!?](?:\s|$)", before)[-1]
        if with_subject and not clause.strip():
            # The cue right after the subject's comma: "Os presidentes da Rússia, Vladimir Putin, e da China, Xi Jinping,
            # reuniram-se"; not "..., as the two leaders met", whose clause is its own.
            clause = re.split(r"[.;!?](?:\s|$)", before)[-1]
        windows += [re.split(r"[.;!?](?:\s|$)", text[m.end():m.end() + _WINDOW_CHARS])[0], clause]
    return windows


def named_in(words: str, windows: list[str]) -> bool:
    """Whether a name's surname-like words (three letters or more) begin a word of one of the windows, in any case
    ending ("Lavrov" in "Lavrov'u", "Trump" in "Trump's")."""
    return any(re.search(r"(?<!\w)" + re.escape(word.casefold()), w.casefold())
               for word in re.split(r"[\s-]+", words) if len(word) >= 3 for w in windows)
