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
