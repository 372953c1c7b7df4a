"""``marian``: Opus-MT checkpoints through transformers' MarianMTModel and MarianTokenizer.

``model`` is a hub id or a local directory. Loading follows the hub's own rules: a local
directory is read as it is; a hub id comes from the HF cache, and with ``HF_HUB_OFFLINE=1``
(or no network) only from there. Weights that cannot be found give one clear error.
"""

from __future__ import annotations

from typing import Any

from xlnews.errors import XlnewsError
from xlnews.hub import dir_revision, locate_model, quiet_model_loading, resolve_device
from xlnews.translate.base import GenerationSettings
from xlnews.translate.letters import tokenizer_alphabet

# Defaults per source language, with their published FLORES-200 devtest scores (BLEU / chrF).
DEFAULT_MODELS = {
    "tr": ("Helsinki-NLP/opus-mt-tc-big-tr-en", "37.5 / 64.1"),
    "pt": ("Helsinki-NLP/opus-mt-ROMANCE-en", "45.1 / 69.4"),
}


class LoadedSeq2Seq:
    """What :func:`load_seq2seq` sets on a transformers seq2seq backend."""

    settings: GenerationSettings
    tokenizer: Any
    net: Any
    device: str
    revision: str
    max_input_tokens: int


class MarianTranslator(LoadedSeq2Seq):
    name = "marian"

    def __init__(self, model: str, settings: GenerationSettings | None = None, languages: tuple[str, ...] = ("tr", "pt")):
        try:
            from transformers import MarianMTModel, MarianTokenizer
        except ImportError:
            raise XlnewsError("the marian backend needs torch, transformers and sentencepiece: "
                              "pip install torch==2.13.0 transformers sentencepiece") from None
        self.settings = settings or GenerationSettings()
        self.model = model
        self.languages = languages
        load_seq2seq(self, model, MarianTokenizer, MarianMTModel, "Marian")
        self.alphabet = tokenizer_alphabet(self.tokenizer)  # names with other letters go to it written plain

    def supports(self, src_lang: str) -> bool:
        return src_lang in self.languages

    def translate_batch(self, sentences: list[str], src_lang: str) -> list[str]:
        return generate_guarded(self, sentences)


def load_seq2seq(backend: LoadedSeq2Seq, model: str, tokenizer_cls, model_cls, kind: str) -> None:
    """Sets ``tokenizer``, ``net``, ``device``, ``revision`` and ``max_input_tokens`` on a transformers
    seq2seq backend, from ``model`` found by locate_model; any loading failure becomes one line."""
    path = locate_model(model)
    quiet_model_loading()
    try:
        backend.tokenizer = tokenizer_cls.from_pretrained(path)
        backend.net = model_cls.from_pretrained(path)
    except Exception as exc:  # noqa: BLE001 - transformers raises many types for a bad directory
        first = str(exc).splitlines()[0] if str(exc) else ""
        raise XlnewsError(f"cannot load {kind} model from {path}: {type(exc).__name__}: {first}") from None
    backend.device = resolve_device(backend.settings.device)
    backend.net.to(backend.device).eval()
    backend.revision = str(getattr(backend.net.config, "_commit_hash", None) or dir_revision(path))
    backend.max_input_tokens = int(getattr(backend.net.config, "max_position_embeddings", 512)) - 2


def generate_guarded(backend, sentences: list[str], **extra) -> list[str]:
    """Beam search for a transformers seq2seq backend (``tokenizer``, ``net``, ``device``, ``settings``,
    ``max_input_tokens``), with the guards against these models' known failures: n-gram repetition
    limits and an output length tied to the input, within the decoder's positions."""
    if not sentences:
        return []
    enc = backend.tokenizer(sentences, return_tensors="pt", padding=True, truncation=False)
    src_len = int(enc["input_ids"].shape[1])
    if src_len > backend.max_input_tokens:
        raise XlnewsError(f"a sentence of {src_len} tokens exceeds the model's {backend.max_input_tokens}; lower --max-words")
    enc = {k: v.to(backend.device) for k, v in enc.items()}
    import torch

    with torch.inference_mode():
        out = backend.net.generate(
            **enc, num_beams=backend.settings.beams, max_new_tokens=min(int(src_len * 2 + 10), backend.max_input_tokens),
            no_repeat_ngram_size=4, repetition_penalty=1.1, **extra,
        )
    return backend.tokenizer.batch_decode(out, skip_special_tokens=True)
