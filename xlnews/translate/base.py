"""The one interface every translation backend implements, after CTranslate2's translate_batch."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Protocol


@dataclass(frozen=True)
class GenerationSettings:
    beams: int = 4
    batch_tokens: int = 2048  # source tokens (approximated by words x 1.5) per batch
    max_words: int = 150  # longer sentences are split at clause marks before translation
    device: str = "auto"

    def cache_part(self) -> dict:
        # The device does not change the output; everything else may.
        d = asdict(self)
        d.pop("device")
        d.pop("batch_tokens")
        return d


class Translator(Protocol):
    name: str  # backend name: bergamot, marian, nllb, ctranslate2
    model: str  # hub id or path
    revision: str  # what identifies the weights: a commit, a file hash, a package version
    # The letters its vocabulary can read and write (None: any): words with others go to it written plain
    # (xlnews.translate.letters). A backend may leave it out.

    def supports(self, src_lang: str) -> bool: ...

    def translate_batch(self, sentences: list[str], src_lang: str) -> list[str]: ...
