"""Backends by name, and the default backend and model for each source language."""

from __future__ import annotations

from xlnews.errors import XlnewsError
from xlnews.translate.base import GenerationSettings, Translator

BACKENDS = ("bergamot", "marian", "ctranslate2", "nllb")
# Published FLORES-200 devtest scores (BLEU / chrF2) of the defaults: ../shared/README.md.
PUBLISHED = {
    ("bergamot", "pt"): "43.8 / 68.9",
    ("marian", "tr"): "37.5 / 64.1 (Helsinki-NLP/opus-mt-tc-big-tr-en)",
    ("marian", "pt"): "45.1 / 69.4 (Helsinki-NLP/opus-mt-ROMANCE-en)",
    ("nllb", "tr"): "34.6 / 61.0 (facebook/nllb-200-distilled-600M)",
    ("nllb", "pt"): "47.2 / 69.8 (facebook/nllb-200-distilled-600M)",
}


def default_backend(src_lang: str) -> str:
    if src_lang == "pt":
        return "bergamot"  # works offline on a fresh machine; `--backend marian` for Opus-MT
    if src_lang == "tr":
        return "marian"
    raise XlnewsError(f"no translation model for {src_lang!r}→en: xlnews translates tr and pt "
                      "(or pass --backend marian --model DIR with a Marian model for that language)")


def make_translator(backend: str, src_lang: str, model: str | None, settings: GenerationSettings) -> Translator:
    if backend == "bergamot":
        from xlnews.translate.bergamot import BergamotTranslator

        if model:
            raise XlnewsError("the bergamot backend has one built-in model; --model does not apply")
        return BergamotTranslator(settings)
    if backend in ("marian", "ctranslate2"):
        from xlnews.translate.marian import DEFAULT_MODELS

        if model is None:
            if src_lang not in DEFAULT_MODELS:
                raise XlnewsError(f"no default Marian model for {src_lang!r}; pass --model")
            model = DEFAULT_MODELS[src_lang][0]
        if backend == "marian":
            from xlnews.translate.marian import MarianTranslator

            return MarianTranslator(model, settings, languages=(src_lang,))
        from xlnews.translate.ctranslate2_backend import CTranslate2Translator

        return CTranslate2Translator(model, settings, languages=(src_lang,))
    if backend == "nllb":
        from xlnews.translate.nllb import DEFAULT_MODEL, NllbTranslator

        return NllbTranslator(model or DEFAULT_MODEL, settings, languages=(src_lang,))
    raise XlnewsError(f"unknown backend {backend!r}; choose one of: {', '.join(BACKENDS)}")
