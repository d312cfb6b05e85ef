"""Fixtures of the query tests: the hand-made sample graph, in memory and as graph.json."""

from __future__ import annotations

from pathlib import Path

import pytest
from query_sample import small_graph

from graph.io import write_node_link
from graph.model import KnowledgeGraph


@pytest.fixture
def kg() -> KnowledgeGraph:
    return small_graph()


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "graph.json"
    write_node_link(small_graph(), path)
    return path
