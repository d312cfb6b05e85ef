"""Shared fixtures. Each area adds its own in tests/<area>/conftest.py."""

from __future__ import annotations

from pathlib import Path

from pbkg.numerics import pin_numeric_kernels

# First, before any test imports numpy: the shipped model is rebuilt byte for byte
# (tests/learn/test_train_cli.py) only with the numeric kernels pbkg's CLI pins.
pin_numeric_kernels()

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402
from strict import strict  # noqa: E402

# Hypothesis: under CI a fixed profile, so that a red run is red again on rerun and the
# log says how to reproduce it (derandomised: the examples follow from each test's name;
# print_blob: a failure prints the @reproduce_failure line). Elsewhere random examples
# (a new chance to find a bug each run) with the same printing.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("dev", print_blob=True)
HYPOTHESIS_PROFILE = "ci" if strict() else "dev"
settings.load_profile(HYPOTHESIS_PROFILE)


def pytest_report_header() -> list[str]:
    seed = "derandomised (fixed per test)" if HYPOTHESIS_PROFILE == "ci" else "random"
    return [f"pbkg: CI strict={strict()}; hypothesis profile {HYPOTHESIS_PROFILE!r}, seed {seed}"]


# Neo4j fixtures (neo4j_server, neo4j_driver, neo4j_empty, neo4j_restartable) and the
# session's one headless Chromium (chromium): see those modules.
pytest_plugins = ["neo4j_fixture", "tests.browser.fixture"]

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def example_corpus() -> Path:
    return REPO / "examples" / "corpus"
