"""The suite's one rule for something a test needs that is not on this machine.

A test that needs a component (the test Neo4j, headless Chromium, the installed ``pbkg``
script) or data (``../shared`` beside the repo) calls :func:`missing` when it is absent:
under CI (``CI`` set to ``1``, ``true``, ``yes`` or ``on``, any case) that is a failure
with the reason, because CI must not go green by testing nothing; on a developer's
machine it is a skip with the same reason. ``.ci/run`` sets ``CI=true``.

Importable as ``strict`` (``tests/`` is on ``sys.path`` under pytest, and the subprocess
probes of tests/test_neo4j_server.py put it there too).
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest

TRUTHY = frozenset({"1", "true", "yes", "on"})


def strict() -> bool:
    """Whether this run is CI, where nothing may be skipped for being absent."""
    return os.environ.get("CI", "").strip().lower() in TRUTHY


def missing(what: str) -> NoReturn:
    """Fail (under CI) or skip (elsewhere) because ``what`` is not available."""
    if strict():
        pytest.fail(f"{what} (CI=true makes this a failure)", pytrace=False)
    pytest.skip(what)
