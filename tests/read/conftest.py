"""Fixtures for the reading tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.model import Article


def _assert_offsets_exact(article: Article, source: str) -> None:
    wrong = [
        (i, ch, source[article.source_offset(i)])
        for i, ch in enumerate(article.text)
        if source[article.source_offset(i)] != ch
    ]
    assert not wrong, f"{len(wrong)} characters map to the wrong place, e.g. {wrong[:5]}"


@pytest.fixture
def assert_offsets_exact() -> Callable[[Article, str], None]:
    """Check that every character of the cleaned text is the file character it maps to."""
    return _assert_offsets_exact
