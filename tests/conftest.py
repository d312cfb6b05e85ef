"""Shared fixtures. Each area adds its own in tests/<area>/conftest.py."""

from __future__ import annotations

from pathlib import Path

import pytest

# Neo4j fixtures (neo4j_server, neo4j_driver, neo4j_empty, neo4j_restartable): see that module.
pytest_plugins = ["neo4j_fixture"]

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def example_corpus() -> Path:
    return REPO / "examples" / "corpus"
