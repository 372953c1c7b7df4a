from __future__ import annotations

import unicodedata

import pytest

from xlnews.corpora.decode import decode_bytes, normalise_text
from xlnews.errors import InputError

TR = "Kazakistan Dışişleri Bakanı Kayrat Abdrahmanov, Şanghay İşbirliği Örgütü'nü ağırladı."
PT = "O Cazaquistão mantém diálogo com a Rússia, afirmou o presidente à imprensa."


def test_utf8_and_bom():
    assert decode_bytes(TR.encode("utf-8"), "x").text == TR
    assert decode_bytes(b"\xef\xbb\xbf" + TR.encode("utf-8"), "x").encoding == "utf-8"


def test_utf16_as_windows_tools_write_it(tmp_path):
    # Notepad's "Unicode" and Windows PowerShell's redirections write UTF-16 with a byte-order mark; it
    # was "binary file, not text".
    for data, enc in ((TR.encode("utf-16"), "utf-16"), (b"\xfe\xff" + PT.encode("utf-16-be"), "utf-16"),
                      (PT.encode("utf-16-le"), "utf-16-le"), (TR.encode("utf-16-be"), "utf-16-be")):
        d = decode_bytes(data, "x")
        assert (d.text, d.encoding) in ((TR, enc), (PT, enc))
    # A binary file with its zeros on one side (16-bit samples) is still no text.
    samples = bytes(b for i in range(3000) for b in ((i * 37) % 255 + 1, 0))
    with pytest.raises(InputError, match="binary file"):
        decode_bytes(samples, "x.bin")
    # JSONL in UTF-16 is read a line at a time too.
    import json

    from xlnews.jsonl import stream_jsonl

    path = tmp_path / "a.jsonl"
    path.write_bytes("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in (("a", TR), ("b", PT))).encode("utf-16"))
    assert [(n, o["text"]) for n, o in stream_jsonl(path)] == [(1, TR), (2, PT)]


def test_windows_1254_turkish():
    d = decode_bytes(TR.encode("cp1254"), "x")
    assert d.encoding == "cp1254" and d.text == TR


def test_latin1_portuguese():
    d = decode_bytes(PT.encode("latin-1"), "x")
    assert d.encoding in {"cp1252", "latin-1"} and d.text == PT


@pytest.mark.parametrize("data,reason", [(b"", "empty file"), (b"  \n\n ", "empty file"),
                                         (b"\x7fELF\x02\x01\x01\x00\x00\x00" * 50, "binary file")])
def test_bad_bytes(data, reason):
    with pytest.raises(InputError, match=reason):
        decode_bytes(data, "in.txt")


def test_mojibake_and_nfc():
    assert normalise_text(TR.encode("utf-8").decode("latin-1")) == TR
    decomposed = unicodedata.normalize("NFD", "görüştü ağırladı")
    assert decomposed != "görüştü ağırladı"
    assert normalise_text(decomposed) == "görüştü ağırladı"
    assert normalise_text("a\u00a0b\u200bc\x07") == "a bc"
