"""Fixtures for the review loop: a tiny corpus of invented units, built once, and the
headless Chromium of the viz tests (tests/viz/conftest.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.viz.conftest import chromium  # noqa: F401 (a fixture, shared with tests/viz)

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"  # a1: two pairings (one shaky), a2: a pairing and a near-duplicate
LATER = HERE / "later"  # a3: repeats a1's first pairing, a year later


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`pbkg build` of the corpus (copied, so that article paths are the copy's)."""
    from pbkg.build import build_corpus

    root = tmp_path_factory.mktemp("review")
    shutil.copytree(CORPUS, root / "corpus")
    shutil.copytree(LATER, root / "later")
    build_corpus([root / "corpus"], root / "out", progress=False)
    return root
