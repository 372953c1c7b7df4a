"""Builds a tiny MarianMTModel with random weights and a SentencePiece vocabulary trained on test
text, saved the way Opus-MT checkpoints are, so the real loading and generation code runs offline."""

from __future__ import annotations

import json
from pathlib import Path


def build_tiny_marian(out: Path, texts: list[str], vocab_size: int = 300, pad_vocab_to: int = 0, **shape) -> Path:
    import sentencepiece as spm
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out.mkdir(parents=True, exist_ok=True)
    prefix = out / "spm"
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(texts), model_prefix=str(prefix), vocab_size=vocab_size, model_type="unigram",
        character_coverage=1.0, eos_id=0, unk_id=1, bos_id=-1, pad_id=-1, hard_vocab_limit=False, minloglevel=2,
    )
    sp = spm.SentencePieceProcessor(model_file=f"{prefix}.model")
    vocab = {sp.id_to_piece(i): i for i in range(sp.get_piece_size())}
    # Benchmarks pad the vocabulary to a full model's size: the output layer's cost depends on it.
    while len(vocab) < pad_vocab_to - 1:
        vocab[f"▁xlnews_unused_{len(vocab)}"] = len(vocab)
    vocab["<pad>"] = len(vocab)  # Marian's convention, which the CTranslate2 converter relies on
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    for name in ("source.spm", "target.spm"):
        (out / name).write_bytes(Path(f"{prefix}.model").read_bytes())
    tok = MarianTokenizer(vocab=str(out / "vocab.json"), source_spm=str(out / "source.spm"),
                          target_spm=str(out / "target.spm"))
    tok.save_pretrained(out)
    pad = vocab["<pad>"]
    dims = dict(d_model=16, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2, decoder_attention_heads=2,
                encoder_ffn_dim=32, decoder_ffn_dim=32, max_position_embeddings=256)
    dims.update(shape)
    config = MarianConfig(
        vocab_size=len(vocab), **dims,
        pad_token_id=pad, decoder_start_token_id=pad, eos_token_id=0, forced_eos_token_id=0,
        share_encoder_decoder_embeddings=True,
    )
    import torch

    torch.manual_seed(0)
    MarianMTModel(config).save_pretrained(out)
    return out


def build_tiny_nllb(out: Path, texts: list[str]) -> Path:
    """A tiny M2M100/NLLB model with an NLLB tokenizer over a character-level BPE vocabulary
    (no merges) made from ``texts``: every word splits into known characters."""
    from transformers import M2M100Config, M2M100ForConditionalGeneration, NllbTokenizer

    out.mkdir(parents=True, exist_ok=True)
    vocab = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3, "▁": 4}
    for ch in sorted({c for t in texts for c in t if not c.isspace()}):
        vocab.setdefault(ch, len(vocab))
    tok = NllbTokenizer(vocab=vocab, merges=[], src_lang="tur_Latn", tgt_lang="eng_Latn")
    tok.save_pretrained(out)
    config = M2M100Config(
        vocab_size=len(tok), d_model=16, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
        decoder_attention_heads=2, encoder_ffn_dim=32, decoder_ffn_dim=32, max_position_embeddings=512,
        pad_token_id=tok.pad_token_id, bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
        decoder_start_token_id=tok.eos_token_id,
    )
    import torch

    torch.manual_seed(0)
    M2M100ForConditionalGeneration(config).save_pretrained(out)
    return out
