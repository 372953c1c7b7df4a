"""Bytes to text: refuse binary files, read UTF-8, UTF-16 or the legacy encodings the press still
uses, undo mojibake, and normalise Unicode."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from xlnews.errors import InputError

# Bytes that Windows-1254 (Turkish) reads as ğ Ğ ı İ ş Ş and Windows-1252 reads as ð Ð ý Ý þ Þ:
# letters no Portuguese or English text uses, so their presence picks the Turkish code page.
_TURKISH_ONLY_BYTES = frozenset(b"\xf0\xd0\xfd\xdd\xfe\xde")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class Decoded:
    text: str
    encoding: str


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(sample) // 50)


def utf16_encoding(data: bytes) -> str | None:
    """"utf-16" (with its byte-order mark) or "utf-16-le"/"utf-16-be" (without one) where ``data`` is
    UTF-16 text, as Windows tools write it (Notepad's "Unicode", Windows PowerShell's redirections);
    else None. Without a mark: text in Latin scripts has a zero in every other byte, on one side."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") and data[:4] != b"\xff\xfe\x00\x00":
        return "utf-16"
    sample = data[:8192]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _reads_as_text(text: str) -> bool:
    """Whether decoded characters are text (a binary file can have its zeros on one side too)."""
    sample = text[:4000]
    if not sample:
        return False
    printable = sum(c.isprintable() or c.isspace() for c in sample)
    return printable >= 0.95 * len(sample) and any(c.isalpha() for c in sample)


def decode_utf16(data: bytes) -> Decoded | None:
    """``data`` as text where it is UTF-16 that reads as text (its mark taken off, nothing normalised);
    else None, to be judged as bytes."""
    wide = utf16_encoding(data)
    if not wide:
        return None
    try:
        text = data.decode(wide).lstrip("\ufeff")
    except UnicodeDecodeError:
        return None
    return Decoded(text, wide) if _reads_as_text(text) else None


def legacy_encoding(data: bytes) -> str:
    """The Windows code page text that is not UTF-8 was most likely written in: Turkish (cp1254) where it
    has a byte only Turkish uses, else Western European (cp1252: Portuguese, English)."""
    return "cp1254" if {b for b in data if b >= 0x80} & _TURKISH_ONLY_BYTES else "cp1252"


def text_encoding(head: bytes) -> str:
    """The encoding to stream a text file in, judged by its first bytes ``head``: UTF-16 (with its mark),
    UTF-8 (a character cut at the end of ``head`` does not count against it), else a Windows code page."""
    wide = utf16_encoding(head)
    if wide:
        return wide
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8-sig"
    except UnicodeDecodeError:
        return legacy_encoding(head)


def decode_bytes(data: bytes, name: str) -> Decoded:
    """Decodes ``data`` read from ``name``; raises InputError with a one-line reason."""
    if not data.strip():
        raise InputError(f"{name}: empty file")
    wide = decode_utf16(data)
    if wide:
        return Decoded(normalise_text(wide.text), wide.encoding)
    if looks_binary(data):
        raise InputError(f"{name}: binary file, not text")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        encoding = legacy_encoding(data)
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            # cp1252 leaves five bytes undefined; Latin-1 defines them all.
            text, encoding = data.decode("latin-1"), "latin-1"
    return Decoded(normalise_text(text), encoding)


def normalise_text(text: str) -> str:
    """Fixes mojibake (UTF-8 read as Latin-1 and saved again), NFC, line ends and stray controls.

    Curly quotes are kept: they are the source's own punctuation, and Turkish apostrophes
    (Astana’ya) carry meaning for later steps.
    """
    import ftfy  # here, not at the top: reading JSONL needs this module's encodings, not ftfy

    text = ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=True, normalization="NFC")
    text = _CONTROL.sub("", text)
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return unicodedata.normalize("NFC", text)


_SPACES = re.compile(r"[ \t\u2000-\u200a\u202f\u205f\u3000]+")


def squeeze_spaces(line: str) -> str:
    return _SPACES.sub(" ", line).strip()
