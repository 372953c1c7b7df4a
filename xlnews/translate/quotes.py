"""Quotation marks kept through translation.

News is quotes: who said what. The models drop or mangle quotation marks they were not trained on, or
that a sentence does not close: the offline pt→en model turns “...” into '...' or drops it, and a
quote that opens in one sentence and closes in a later one (a quoted passage of several sentences)
loses both ends. On NTREX's Portuguese news, 231 of 1,997 translated sentences had quotation marks
missing or turned into single quotes (`benchmarks/bench_translate_marks.py`). So each sentence is given to the model
with straight double quotes only and balanced (a quote that closes here but opened in an earlier
sentence gets an opening mark at the start, one that opens here and closes later a closing mark at the
end); from the output, the added mark is taken off again, single quotes the model wrote for double
ones are turned back, and the source's typographic style (“ ” « » „) is given back as “ ”.
Apostrophes (Russia's, Astana’ya) are never touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPENING = "“„«‟〝"
_CLOSING = "”»〞"
_DOUBLE = '"' + _OPENING + _CLOSING
_TO_STRAIGHT = str.maketrans({c: '"' for c in _DOUBLE})
# A straight mark opens a quote at the start, or after a space, bracket or dash, before a non-space.
_OPENS_HERE = re.compile(r'(?:^|(?<=[\s(\[{—–-]))"(?=\S)')
# Single quotes a model writes where the source has double ones: opening before a word, closing after
# sentence punctuation (never between two letters, as an apostrophe stands).
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–:-]))['‘](?=[^\s'‘’])")
# A quote after a colon, which the model writes without the space: 'said:"We'.
_AFTER_COLON = re.compile(r':(?=["“]\w)')
_SINGLE_CLOSING = re.compile(r"(?<=[.,!?;:…])['’](?=[\s)\]—–-]|$)")


@dataclass(frozen=True)
class QuotedSentence:
    """A sentence as the model gets it, and how to give its output the source's quotation marks."""

    text: str  # what the model is given
    marks: int  # double quotation marks in the source sentence
    added: str | None = None  # "start" or "end": a mark added to balance the sentence, taken off the output
    typographic: bool = False  # the source wrote “ ” « » „: the output gets “ ”


def _directions(text: str) -> list[tuple[int, bool]]:
    """(position, opens) of each double quotation mark: by its glyph where it has a direction, else by
    what stands beside it."""
    out = []
    for m in re.finditer(f"[{re.escape(_DOUBLE)}]", text):
        c = m.group(0)
        if c == '"' and m.start() and text[m.start() - 1].isdigit():
            continue  # inches ("a 55\" screen"), not a quotation mark
        if c in _OPENING:
            out.append((m.start(), True))
        elif c in _CLOSING:
            out.append((m.start(), False))
        else:
            straight = text[:m.start()] + '"' + text[m.end():]
            out.append((m.start(), bool(_OPENS_HERE.match(straight, m.start()))))
    return out


def prepare(sentence: str) -> QuotedSentence:
    """The sentence with straight, balanced double quotation marks."""
    marks = _directions(sentence)
    if not marks:
        return QuotedSentence(sentence, 0)
    typographic = any(c in sentence for c in _OPENING + _CLOSING)
    text = sentence.translate(_TO_STRAIGHT)
    open_count, unopened = 0, 0
    for _, opens in marks:
        if opens:
            open_count += 1
        elif open_count:
            open_count -= 1
        else:
            unopened += 1
    added = None
    if len(marks) % 2:
        # One mark too many: a quote closed here that opened before this sentence, or opened here and
        # closing after it.
        if unopened > open_count:
            text, added = '"' + text, "start"
        else:
            text, added = text + '"', "end"
    return QuotedSentence(text, len(marks), added, typographic)


def restore(output: str, quoted: QuotedSentence) -> str:
    """The model's output with the source sentence's quotation marks."""
    if not quoted.marks:
        return output
    out = output
    expected = quoted.marks + (1 if quoted.added else 0)
    have = out.count('"') + sum(out.count(c) for c in _OPENING + _CLOSING)
    if have < expected:
        singles = len(_SINGLE_OPENING.findall(out)) + len(_SINGLE_CLOSING.findall(out))
        if 0 < singles <= expected - have:
            out = _SINGLE_CLOSING.sub('"', _SINGLE_OPENING.sub('"', out))
    out = _AFTER_COLON.sub(": ", out.translate(_TO_STRAIGHT))
    if quoted.added == "start":
        stripped = out.lstrip()
        if stripped.startswith('"'):
            out = stripped[1:].lstrip()
    elif quoted.added == "end":
        stripped = out.rstrip()
        if stripped.endswith('"'):
            out = stripped[:-1].rstrip()
    if quoted.typographic:
        # Marks alternate, opening first, unless this sentence closes a quote opened before it. (Spacing
        # cannot tell: the model writes 'else:"a cultural treasure"'.)
        parts = out.split('"')
        opens = quoted.added != "start"
        rebuilt = [parts[0]]
        for part in parts[1:]:
            rebuilt.append(("“" if opens else "”") + part)
            opens = not opens
        out = "".join(rebuilt)
    return out
