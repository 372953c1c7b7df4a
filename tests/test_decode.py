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
