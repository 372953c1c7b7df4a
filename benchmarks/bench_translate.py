"""Translation speed on the 2-core CPU: a full-size Marian model of the opus-mt-tr-en shape
(random weights: the cost is the same) on the first N FLORES devtest Turkish sentences.

Engines, each in its own process so that peak memory is that engine's whole process:
  naive        plain transformers, one sentence at a time, fp32 (the baseline; transformers 5 has no
               translation pipeline any more, so this is the loop such a pipeline ran)
  marian       xlnews's marian backend: length-sorted batches under a token budget
  ctranslate2  xlnews's ctranslate2 backend: the same checkpoint converted to int8
Every engine decodes exactly the same number of tokens per sentence (min = max length), with
the same beam size, so sentences/s compare work for work.

Usage: python benchmarks/bench_translate.py [N=200] [--beams 4]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLORES = ROOT.parent / "shared" / "data" / "flores200"
sys.path.insert(0, str(ROOT))

# opus-mt-tr-en: transformer-base, 6+6 layers, d_model 512, 8 heads, FFN 2048, vocabulary 58,101.
SHAPE = dict(d_model=512, encoder_layers=6, decoder_layers=6, encoder_attention_heads=8, decoder_attention_heads=8,
             encoder_ffn_dim=2048, decoder_ffn_dim=2048, max_position_embeddings=512)
VOCAB = 58101


def out_lengths(tokenizer, sentences: list[str]) -> list[int]:
    # English output of a Turkish sentence runs ~1.2x its subword count; fixed here per sentence.
    return [min(128, max(8, int(len(tokenizer.encode(s)) * 1.2))) for s in sentences]


def run_engine(engine: str, model_dir: str, n: int, beams: int) -> dict:
    import torch

    torch.set_num_threads(os.cpu_count() or 1)
    sentences = (FLORES / "devtest.tur_Latn").read_text(encoding="utf-8").splitlines()[:n]
    from transformers import MarianTokenizer

    tok = MarianTokenizer.from_pretrained(model_dir)
    lengths = out_lengths(tok, sentences)
    start = time.perf_counter()
    if engine == "naive":
        from transformers import MarianMTModel

        net = MarianMTModel.from_pretrained(model_dir).eval()
        start = time.perf_counter()
        for s, L in zip(sentences, lengths):
            with torch.no_grad():
                out = net.generate(**tok(s, return_tensors="pt"), num_beams=beams, min_new_tokens=L, max_new_tokens=L)
            tok.decode(out[0], skip_special_tokens=True)
    elif engine == "marian":
        from xlnews.translate.base import GenerationSettings
        from xlnews.translate.marian import MarianTranslator
        from xlnews.translate.pipeline import _batches

        m = MarianTranslator(model_dir, GenerationSettings(beams=beams, device="cpu"), languages=("tr",))
        start = time.perf_counter()
        for batch in _batches(sentences, m.settings.batch_tokens):
            L = max(lengths[i] for i in batch)
            enc = tok([sentences[i] for i in batch], return_tensors="pt", padding=True)
            with torch.inference_mode():
                m.net.generate(**enc, num_beams=beams, min_new_tokens=L, max_new_tokens=L)
    elif engine == "ctranslate2":
        from xlnews.translate.base import GenerationSettings
        from xlnews.translate.ctranslate2_backend import CTranslate2Translator
        from xlnews.translate.pipeline import _batches

        c = CTranslate2Translator(model_dir, GenerationSettings(beams=beams, device="cpu"), languages=("tr",))
        start = time.perf_counter()
        for batch in _batches(sentences, c.settings.batch_tokens):
            L = max(lengths[i] for i in batch)
            toks = [tok.convert_ids_to_tokens(tok.encode(sentences[i])) for i in batch]
            c.engine.translate_batch(toks, beam_size=beams, min_decoding_length=L, max_decoding_length=L)
    secs = time.perf_counter() - start
    out_tokens = sum(lengths)  # useful tokens; padding a batch to its longest is the engine's own cost
    return {"engine": engine, "sentences": len(sentences), "seconds": round(secs, 2),
            "sentences_per_s": round(len(sentences) / secs, 2), "tokens_per_s": round(out_tokens / secs, 1),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=200)
    ap.add_argument("--beams", type=int, default=4)
    ap.add_argument("--engine")
    ap.add_argument("--model-dir")
    args = ap.parse_args()
    if args.engine:
        print(json.dumps(run_engine(args.engine, args.model_dir, args.n, args.beams)))
        return
    from tests.tiny_marian import build_tiny_marian

    with tempfile.TemporaryDirectory() as tmp:
        texts = (FLORES / "dev.tur_Latn").read_text(encoding="utf-8").splitlines()
        texts += (FLORES / "dev.eng_Latn").read_text(encoding="utf-8").splitlines()
        model = build_tiny_marian(Path(tmp) / "opus-mt-tr-en-shape", texts, vocab_size=8000, pad_vocab_to=VOCAB, **SHAPE)
        env = dict(os.environ, XLNEWS_CT2_DIR=str(Path(tmp) / "ct2"))
        results = []
        for engine in ("naive", "marian", "ctranslate2"):
            proc = subprocess.run([sys.executable, __file__, str(args.n), "--beams", str(args.beams), "--engine", engine,
                                   "--model-dir", str(model)], capture_output=True, text=True, env=env)
            if proc.returncode != 0:
                sys.exit(f"{engine} failed:\n{proc.stderr[-2000:]}")
            results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
            print(json.dumps(results[-1]), flush=True)
    base = results[0]["sentences_per_s"]
    print("\n| engine | sentences/s | tokens/s | x naive | peak RSS MiB |\n| --- | --- | --- | --- | --- |")
    for r in results:
        print(f"| {r['engine']} | {r['sentences_per_s']} | {r['tokens_per_s']} | {r['sentences_per_s'] / base:.2f} | {r['peak_rss_mib']} |")


if __name__ == "__main__":
    main()
