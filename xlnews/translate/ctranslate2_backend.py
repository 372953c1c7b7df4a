"""``ctranslate2``: the same Marian checkpoints converted once with CTranslate2's converter
(int8 on CPU, float16 on GPU) and kept; the fast path."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from xlnews.errors import XlnewsError
from xlnews.translate.base import GenerationSettings
from xlnews.translate.letters import tokenizer_alphabet
from xlnews.hub import dir_revision, locate_model


def converted_dir(model_path: Path, quantization: str) -> Path:
    root = Path(os.environ.get("XLNEWS_CT2_DIR", Path.home() / ".cache" / "xlnews" / "ct2"))
    ident = hashlib.sha256(f"{model_path.resolve()}|{dir_revision(model_path)}".encode()).hexdigest()[:16]
    return root / f"{model_path.name}-{ident}-{quantization}"


class CTranslate2Translator:
    name = "ctranslate2"

    def __init__(self, model: str, settings: GenerationSettings | None = None, languages: tuple[str, ...] = ("tr", "pt"),
                 threads: int | None = None):
        try:
            import ctranslate2
            from transformers import MarianTokenizer
        except ImportError:
            raise XlnewsError("the ctranslate2 backend needs ctranslate2, transformers and sentencepiece") from None
        self.settings = settings or GenerationSettings()
        self.model = model
        self.languages = languages
        path = locate_model(model)
        device = self.settings.device
        if device == "auto":
            device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
        quantization = "float16" if device == "cuda" else "int8"
        out = converted_dir(path, quantization)
        if not (out / "model.bin").exists():
            try:
                from ctranslate2.converters import TransformersConverter

                TransformersConverter(str(path)).convert(str(out), quantization=quantization, force=True)
            except Exception as exc:  # noqa: BLE001
                raise XlnewsError(f"cannot convert {model!r} to CTranslate2: {type(exc).__name__}: {exc}") from None
        self.revision = f"{dir_revision(path)}|ct2-{ctranslate2.__version__}-{quantization}"
        self.tokenizer = MarianTokenizer.from_pretrained(path)
        self.alphabet = tokenizer_alphabet(self.tokenizer)  # names with other letters go to it written plain
        import json

        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        self.max_positions = int(config.get("max_position_embeddings", 512)) - 2
        self.engine = ctranslate2.Translator(
            str(out), device=device, compute_type=quantization,
            intra_threads=threads or os.cpu_count() or 1, inter_threads=1,
        )

    def supports(self, src_lang: str) -> bool:
        return src_lang in self.languages

    def translate_batch(self, sentences: list[str], src_lang: str) -> list[str]:
        if not sentences:
            return []
        tokens = [self.tokenizer.convert_ids_to_tokens(self.tokenizer.encode(s)) for s in sentences]
        longest = max(len(t) for t in tokens)
        results = self.engine.translate_batch(
            tokens, beam_size=self.settings.beams, max_decoding_length=min(int(longest * 2 + 10), self.max_positions),
            # Guards against the known loops of these models, as in the marian backend.
            no_repeat_ngram_size=4, repetition_penalty=1.1,
            max_batch_size=self.settings.batch_tokens, batch_type="tokens",
        )
        return [
            self.tokenizer.decode(self.tokenizer.convert_tokens_to_ids(r.hypotheses[0]), skip_special_tokens=True)
            for r in results
        ]
