"""``nllb``: Meta's NLLB-200 (``facebook/nllb-200-distilled-600M`` by default, or larger) through
transformers, from ``tur_Latn`` / ``por_Latn`` into ``eng_Latn``.

Licence: the NLLB-200 weights are CC-BY-NC 4.0 — non-commercial use only.
FLORES-200 devtest (BLEU / chrF2, ../shared/README.md): distilled-600M tur→eng 34.6 / 61.0,
por→eng 47.2 / 69.8; 3.3B 38.9 / 64.5 and 50.4 / 72.0.
"""

from __future__ import annotations

from xlnews.errors import XlnewsError
from xlnews.translate.base import GenerationSettings
from xlnews.translate.marian import _dir_revision, generate_guarded, locate_model, resolve_device

DEFAULT_MODEL = "facebook/nllb-200-distilled-600M"
FLORES_CODES = {"tr": "tur_Latn", "pt": "por_Latn", "en": "eng_Latn"}


class NllbTranslator:
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
        path = locate_model(model)
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(path)
            self.net = AutoModelForSeq2SeqLM.from_pretrained(path)
        except Exception as exc:  # noqa: BLE001
            raise XlnewsError(f"cannot load NLLB model from {path}: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}") from None
        self.device = resolve_device(self.settings.device)
        self.net.to(self.device).eval()
        self.revision = str(getattr(self.net.config, "_commit_hash", None) or _dir_revision(path))
        self.max_input_tokens = int(getattr(self.net.config, "max_position_embeddings", 1024)) - 2
        self._english = self.tokenizer.convert_tokens_to_ids(FLORES_CODES["en"])

    def supports(self, src_lang: str) -> bool:
        return src_lang in self.languages and src_lang in FLORES_CODES

    def translate_batch(self, sentences: list[str], src_lang: str) -> list[str]:
        self.tokenizer.src_lang = FLORES_CODES[src_lang]
        return generate_guarded(self, sentences, forced_bos_token_id=self._english)
