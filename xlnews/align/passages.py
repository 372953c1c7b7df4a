"""Passages: the units an article is compared by. Sentences, with very short ones joined to the
next so that a passage carries a statement, and the title as a passage of its own. Every sentence
of the article is kept: an article is never cut to a model's input length."""

from __future__ import annotations

import functools

from xlnews.translate.sentences import split_sentences
from xlnews.wordcount import count_words

# A sentence shorter than this ("Foto: AA.", "Ele disse:") is joined to the next one.
_MIN_WORDS = 6


def passages(paragraphs: list[str], lang: str | None, title: str | None = None) -> list[str]:
    out: list[str] = []
    if title and title.strip():
        out.append(" ".join(title.split()))
    for paragraph in paragraphs:
        out.extend(paragraph_passages(paragraph, lang))
    return out


# A story republished across mirror sites repeats its paragraphs: split each once (half the time that
# 20,000 such copies took to prepare).
@functools.lru_cache(maxsize=1 << 16)
def paragraph_passages(paragraph: str, lang: str | None) -> tuple[str, ...]:
    out: list[str] = []
    pending = ""
    for sentence in split_sentences(paragraph, lang):
        pending = f"{pending} {sentence}".strip()
        if count_words(pending) >= _MIN_WORDS:
            out.append(pending)
            pending = ""
    if pending:
        out.append(pending)
    return tuple(out)
