"""Names kept through a model that cannot write their letters.

A model's SentencePiece vocabulary without byte fallback has no way to read or write a letter none of
its pieces holds: the offline pt→en model knows Portuguese's accented letters and no others, and turned
"Yaşar Güler" into "Ya'ar G'ler", "Recep Tayyip Erdoğan" into "Erdoan", "Muñoz" into "Muooz", and
"Ahmet Özer foi preso" into "Ahmet Azerbaijan was arrested" (`benchmarks/bench_translate_letters.py`).
Portuguese news about Turkey is full of such names. So each word with a letter the model lacks goes to
it with those letters written plain (ş → s, ğ → g, ı → i, ö → o, ñ → n), which it copies like any
name, and where the plain word comes out, the source's spelling is put back.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

# Portuguese's own letters: the pt→en model reads them all, though its pieces hold no capital Í, Ó, Ô or Ã
# ("A Índia venceu" is "India won"), and writing them plain would put "Índia" back into the English.
PORTUGUESE_LETTERS = frozenset("áàâãéêíóôõúçÁÀÂÃÉÊÍÓÔÕÚÇºª")
# Letters that lose no mark in NFKD but have a plain form.
_PLAIN = str.maketrans({"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss",
                        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})
_WORD = re.compile(r"\w+")


def vocabulary_alphabet(spm_path: str | Path) -> frozenset[str] | None:
    """Every character some piece of a SentencePiece model holds (None: it falls back to bytes and reads any)."""
    import sentencepiece as spm

    return _pieces_alphabet(spm.SentencePieceProcessor(model_file=str(spm_path)))


def tokenizer_alphabet(tokenizer: object) -> frozenset[str] | None:
    """The letters a Marian tokenizer's source vocabulary holds (None: it can write any, or it is not one)."""
    sp = getattr(tokenizer, "spm_source", None)
    return _pieces_alphabet(sp) if sp is not None else None


def _pieces_alphabet(sp: object) -> frozenset[str] | None:
    """Every character of the processor's pieces; None where it falls back to bytes and so reads anything."""
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]  # type: ignore[attr-defined]
    if "<0x00>" in pieces:
        return None
    return frozenset(c for piece in pieces for c in piece)


def writable(word: str, alphabet: frozenset[str]) -> bool:
    """Whether every letter of ``word`` is one of ``alphabet``."""
    return all(c in alphabet or not c.isalpha() for c in word)


def plain(word: str, alphabet: frozenset[str]) -> str:
    """``word`` with each letter outside ``alphabet`` written without its marks (the others as they are)."""
    out = []
    for c in word:
        if c in alphabet or not c.isalpha():
            out.append(c)
        else:
            bare = "".join(b for b in unicodedata.normalize("NFKD", c.translate(_PLAIN)) if not unicodedata.combining(b))
            out.append(bare)
    return "".join(out)


@dataclass(frozen=True)
class Protected:
    """A text as the model gets it, and the source's spellings of the words written plain in it."""

    text: str
    originals: dict[str, str] = field(default_factory=dict)  # plain form -> the source's word


def protect(text: str, alphabet: frozenset[str] | None) -> Protected:
    """The text with the letters the model cannot write made plain, where that leaves a word it can
    (a word in another script is left as it is: there is nothing plain to give it)."""
    if alphabet is None:
        return Protected(text)
    originals: dict[str, str] = {}

    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        if writable(word, alphabet):
            return word
        bare = plain(word, alphabet)
        if not writable(bare, alphabet):
            return word
        originals.setdefault(bare, word)
        return bare

    return Protected(_WORD.sub(one, text), originals)


def restore(output: str, protected: Protected) -> str:
    """The model's output with the source's spelling back wherever a plain word came out as it went in."""
    for bare, word in protected.originals.items():
        output = re.sub(rf"(?<!\w){re.escape(bare)}(?!\w)", word, output)
    return output
