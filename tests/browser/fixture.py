"""The one headless Chromium of a test session (pytest plugin, see tests/conftest.py).

Session-scoped and shared by every area that drives a browser (tests/viz, tests/review):
Playwright's sync API allows one running instance per process, so two areas each
launching their own would fail whenever both run in one session. Missing browser:
skipped, except under CI (tests/strict.py), where it is a failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from strict import missing

from tests.browser.chromium import CHROMIUM, CHROMIUM_ARGS, MISSING


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    if not CHROMIUM.exists():
        missing(MISSING)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        # launch() gives every context a fresh temporary profile (a new --user-data-dir).
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
