"""Fixtures for the review loop: a tiny corpus of invented units, built once. The
session's headless Chromium comes from tests/browser/fixture.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
# a1: two pairings (the reviewer confirms the second), a2: a pairing and a near-duplicate
CORPUS = HERE / "corpus"
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


@pytest.fixture(scope="session")
def unit(built: Path) -> dict[str, str]:
    """Node id by name in the first build (ids depend on placement rules, names do not)."""
    from graph.io import read_node_link

    kg = read_node_link(built / "out" / "graph.json")
    return {d["name"]: n for n, d in kg.nodes() if d["label"] != "Article"}


def pair(unit: dict[str, str], a: str, b: str) -> tuple[str, str]:
    """The ids of a pairing between units named ``a`` and ``b``, as the graph stores it."""
    first, second = sorted((unit[a], unit[b]))
    return first, second
