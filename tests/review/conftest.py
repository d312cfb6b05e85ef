"""Fixtures for the review loop: a tiny corpus of invented units, built once, and a
headless Chromium launched as tests/browser/chromium.py says (skipped without it,
except under CI=true)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from strict import missing

from tests.browser.chromium import CHROMIUM, CHROMIUM_ARGS, MISSING

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


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """Module-scoped: Playwright's sync API allows one running instance per process,
    so this one must be closed before tests/viz starts its own."""
    if not CHROMIUM.exists():
        missing(MISSING)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
