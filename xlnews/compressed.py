"""Files compressed with gzip, bzip2 or xz, read and written as the files they hold.

Large article collections travel compressed (news-please and Common Crawl news dumps, CMS exports:
``articles.jsonl.gz``). They are read as a stream, so a collection larger than memory is cleaned line
by line, and a file's kind and id come from the name inside the compression: ``001.txt.gz`` is the
text file ``001.txt``. The format is told by the file's first bytes, whatever its name says; the
formats the standard library cannot read (zstd, zip, 7z) get a one-line error saying what to do.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import re
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from xlnews.errors import InputError

# Opener and leading bytes of each format read here, and the name endings that say it.
_FORMATS: dict[str, tuple[Callable[..., IO], bytes]] = {
    "gzip": (gzip.open, b"\x1f\x8b"),
    "bzip2": (bz2.open, b"BZh"),
    "xz": (lzma.open, b"\xfd7zXZ\x00"),
}
_SUFFIXES = {".gz": "gzip", ".gzip": "gzip", ".bz2": "bzip2", ".xz": "xz"}
# Archives and formats the standard library has no reader for: what the user can do instead.
_UNREAD = (
    (b"\x28\xb5\x2f\xfd", "zstd-compressed", "decompress it first (zstd -d FILE)"),
    (b"PK\x03\x04", "a zip archive", "unpack it first and give the folder"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive", "unpack it first and give the folder"),
)
_TEXT, _TABLE = "save it as text (.txt) or HTML first", "save it as CSV (UTF-8) first: one article a row"
_OFFICE = {".docx": ("a Word document", _TEXT), ".odt": ("an OpenDocument text", _TEXT), ".epub": ("an EPUB book", _TEXT),
           ".xlsx": ("an Excel workbook", _TABLE), ".ods": ("an OpenDocument spreadsheet", _TABLE)}
# What a damaged or cut-off compressed file raises while it is read.
READ_ERRORS = (EOFError, OSError, zlib.error, lzma.LZMAError)


def compression_of(path: Path, head: bytes) -> str | None:
    """The format ``head`` (the file's first bytes) is compressed with, None for a plain file; raises
    for a format read nowhere here."""
    for name, (_, magic) in _FORMATS.items():
        # bzip2's "BZh" is also how a text could begin: its block size digit and first block's (or the
        # end of stream's) magic must follow.
        if head.startswith(magic) and (name != "bzip2" or re.match(rb"BZh[1-9](1AY&SY|\x17rE8P\x90)", head)):
            return name
    for magic, what, todo in _UNREAD:
        if head.startswith(magic):
            if magic == b"PK\x03\x04" and path.suffix.lower() in _OFFICE:
                # Office documents are zip archives too: unpacked, they are XML, not the article's text.
                what, todo = _OFFICE[path.suffix.lower()]
            raise InputError(f"{path}: {what}, which xlnews does not read: {todo}")
    if head.startswith(b"%PDF-"):
        raise InputError(f"{path}: a PDF document, which xlnews does not read: extract its text first (pdftotext FILE)")
    return None


def inner_name(path: Path) -> Path:
    """The name of what a compressed file holds (``a.jsonl.gz`` -> ``a.jsonl``); a plain name unchanged."""
    return path.with_suffix("") if path.suffix.lower() in _SUFFIXES else path


@contextmanager
def open_input(path: Path) -> Iterator[IO[bytes]]:
    """``path``'s bytes, decompressed when it is compressed. Damage found while reading raises
    :class:`InputError` naming the file."""
    try:
        with path.open("rb") as raw:
            head = raw.read(10)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    fmt = compression_of(path, head)
    opener: Callable[..., IO] = _FORMATS[fmt][0] if fmt else open
    try:
        with opener(path, "rb") as fh:
            yield fh
    except READ_ERRORS as exc:
        if fmt is None:
            raise InputError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
        raise InputError(f"{path}: damaged or incomplete {fmt} file ({exc})") from None


def read_input(path: Path) -> bytes:
    """The whole content of ``path``, decompressed."""
    with open_input(path) as fh:
        return fh.read()


def open_text_output(path: Path) -> IO[str]:
    """A UTF-8 text stream writing ``path``, compressed when its name ends in .gz, .bz2 or .xz."""
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        return path.open("w", encoding="utf-8", newline="\n")
    return _FORMATS[fmt][0](path, "wt", encoding="utf-8", newline="\n")
