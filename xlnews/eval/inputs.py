"""Reading system outputs, references and sources: line-aligned text files, or translate's JSONL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from xlnews.compressed import inner_name, read_input
from xlnews.corpora.decode import decode_utf16
from xlnews.errors import InputError
from xlnews.jsonl import iter_jsonl_lines


@dataclass
class Segments:
    """Line-aligned segments of one file, with the ids of the documents they came from when known."""

    path: str
    lines: list[str]
    sources: list[str] | None = None  # the source side, when the file is translate's JSONL


def _read_text(path: Path) -> str:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    data = read_input(path)  # as corpora ingest reads it: gzip, bzip2 or xz too
    if not data.strip():
        raise InputError(f"{path}: empty file")
    wide = decode_utf16(data)
    if wide:
        return wide.text
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 (byte {data[exc.start]:#x} at offset {exc.start}); convert it with iconv first") from None


def read_segments(path: str | Path) -> Segments:
    """Plain text: one segment a line. JSONL from `xlnews translate`: its sentence pairs, in order."""
    p = Path(path)
    text = _read_text(p)
    first = text.lstrip()[:1]
    if inner_name(p).suffix.lower() in {".jsonl", ".ndjson"} or first == "{":
        hyps, srcs = [], []
        for lineno, rec in iter_jsonl_lines(text, str(p)):
            if isinstance(rec, InputError):
                raise rec
            if "error" in rec and "sentences" not in rec:
                raise InputError(f"{p}:{lineno}: record {rec.get('id')!r} is an error record ({rec['error']}); no translation to score")
            sentences = rec.get("sentences")
            if not isinstance(sentences, list):
                raise InputError(f"{p}:{lineno}: no 'sentences' list (expected the JSONL written by xlnews translate)")
            for s in sentences:
                hyps.append(str(s.get("target", "")))
                srcs.append(str(s.get("source", "")))
        return Segments(str(p), hyps, srcs)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return Segments(str(p), [line.rstrip("\r") for line in lines])


def check_aligned(base: Segments, *others: Segments) -> None:
    for other in others:
        if len(other.lines) != len(base.lines):
            raise InputError(
                f"{other.path} has {len(other.lines)} lines but {base.path} has {len(base.lines)}; files must be line-aligned"
            )
