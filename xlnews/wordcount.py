"""How many words a line has, in scripts written with spaces between words and in those without.

Counting whitespace-separated tokens makes a Chinese or Japanese paragraph one "word", so every rule
that tells running text from a menu or a caption by its length took whole CJK articles for page
furniture. In the scripts written without spaces a word is counted per two characters: Chinese
words average 1.5-1.7 characters, so this errs toward fewer words, as the rules' limits assume.
"""

from __future__ import annotations

import re

# Han (with its extensions and compatibility forms), Hiragana, Katakana, Thai, Lao, Tibetan, Myanmar, Khmer.
# Korean is written with spaces and counts as the other scripts do.
_UNSPACED = re.compile("[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CHARACTERS_PER_WORD = 2

# Sentence-final marks of those scripts, which need no space after them: 。！？ and their half-width forms,
# the Tibetan shad.
UNSPACED_SENTENCE_END = "。！？｡།"


def count_words(text: str) -> int:
    if not _UNSPACED.search(text):
        return len(text.split())
    n = 0
    for token in text.split():
        k = len(_UNSPACED.findall(token))
        n += 1 if k == 0 else -(-k // _CHARACTERS_PER_WORD)
    return n
