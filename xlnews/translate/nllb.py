"""``nllb``: Meta's NLLB-200 (``facebook/nllb-200-distilled-600M`` by default, or larger) through
transformers, from ``tur_Latn`` / ``por_Latn`` into ``eng_Latn``.

Licence: the NLLB-200 weights are CC-BY-NC 4.0 — non-commercial use only.
FLORES-200 devtest (BLEU / chrF2, ../shared/README.md): distilled-600M tur→eng 34.6 / 61.0,
por→eng 47.2 / 69.8; 3.3B 38.9 / 64.5 and 50.4 / 72.0.
"""

from __future__ import annotations

from xlnews.errors import XlnewsError
from xlnews.translate.base import GenerationSettings
from xlnews.translate.marian import LoadedSeq2Seq, generate_guarded, load_seq2seq

DEFAULT_MODEL = "facebook/nllb-200-distilled-600M"
FLORES_CODES = {"tr": "tur_Latn", "pt": "por_Latn", "en": "eng_Latn"}


class NllbTranslator(LoadedSeq2Seq):
    name = "nllb"

    def __init__(self, model: str = DEFAULT_MODEL, settings: GenerationSettings | None = None,
                 languages: tuple[str, ...] = ("tr", "pt")):
        try:
            from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        except ImportError:
            raise XlnewsError("the nllb backend needs torch, transformers and sentencepiece") from None
        self.settings = settings or GenerationSettings()
        self.model = model
        self.languages = languages
        load_seq2seq(self, model, AutoTokenizer, AutoModelForSeq2SeqLM, "NLLB")
        self._english = self.tokenizer.convert_tokens_to_ids(FLORES_CODES["en"])

    def supports(self, src_lang: str) -> bool:
        return src_lang in self.languages and src_lang in FLORES_CODES

    def translate_batch(self, sentences: list[str], src_lang: str) -> list[str]:
        self.tokenizer.src_lang = FLORES_CODES[src_lang]
        return generate_guarded(self, sentences, forced_bos_token_id=self._english)
