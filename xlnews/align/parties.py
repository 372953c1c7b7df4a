"""The people a report's lead says met: "Tokayev, durante uma reunião com o ministro das Relações Exteriores da Rússia,
Sergey Lavrov", "Tokayev received Scholz in Astana", "Erdoğan, Putin ile görüştü". A report of that meeting names
everyone in it; one long enough to that never names one of them tells of another happening: Tokayev receiving Putin
six months earlier, not Lavrov (seeds 000 and 003, which among other news stood out as each other's nearest).

Read from the headline and the lead's first sentence, in the report's language, and only people whose kind the words
said (a title, a given name): two capitalised words taken for a person ("Aliança Global", "Turkic Time") are not
counted. Measured on the written sets and NTREX (benchmarks/README.md, 2026-12-07, eighth session): among pairs scored
0.3 or more, it held no pair of one event and 270 of two.
"""

from __future__ import annotations

import re

from xlnews.translate.sentences import split_sentences

# Words that tell of people meeting, or of a visit: the lead's happening is a meeting, and its people are its parties.
_MEETING = {
    "en": re.compile(r"(?<!\w)(?:met|meets|meeting|talks|received|receives|hosted|hosts|visit\w*)(?!\w)", re.I),
    "pt": re.compile(r"(?<!\w)(?:reuni\w*|encontr\w*|receb\w*|conversou|visit\w*)", re.I),
    "tr": re.compile(r"(?<!\w)(?:görüş\w*|kabul\s+et\w*|bir\s+araya|ziyaret\w*|karşıla\w*)", re.I),
}
# How long a report is to be expected to name every party of the meeting it reports: a brief of a sentence or two
# may name only its host.
PARTY_TEXT_CHARS = 600


def meeting_sentence(title: str | None, paragraphs: list[str], lang: str | None) -> str | None:
    """The lead's first sentence where it, or the headline, tells of people meeting (None: they do not)."""
    pattern = _MEETING.get(lang or "")
    if pattern is None or not paragraphs:
        return None
    sentences = split_sentences(paragraphs[0], lang)
    first = sentences[0] if sentences else ""
    return first if pattern.search(first) or (title and pattern.search(title)) else None
