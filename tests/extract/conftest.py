"""Fixtures of the extraction tests: articles are made from text by the real reader."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.extract.pipeline import extract
from ingest.model import Article, Extraction
from ingest.read.reader import read_paths


@pytest.fixture
def article_from(tmp_path: Path) -> Callable[[str], Article]:
    """Write ``text`` to a file and read it back as one Article (the first story)."""
    counter = iter(range(1000))

    def make(text: str, encoding: str = "utf-8") -> Article:
        path = tmp_path / f"story{next(counter)}.txt"
        path.write_bytes(text.encode(encoding))
        items = list(read_paths([path]))
        assert items and isinstance(items[0], Article), items
        return items[0]

    return make


@pytest.fixture
def extract_text(article_from: Callable[[str], Article]) -> Callable[[str], Extraction]:
    def run(text: str) -> Extraction:
        return extract(article_from(text))

    return run
