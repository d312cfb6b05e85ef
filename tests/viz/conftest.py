"""Fixtures for the viz tests: written pages and a real headless Chromium.

The browser is Debian's /usr/bin/chromium (``make browser`` installs it), driven by
Playwright; Playwright's own browser download is never used. Without the browser the
browser tests are skipped, except under CI (tests/strict.py), where a missing browser is
a failure: CI must not go green by testing nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

READY = "() => window.pbkg !== undefined && window.pbkg.ready === true"


@dataclass
class Visit:
    """A page opened in Chromium, with everything it did on the way."""

    page: Any  # playwright.sync_api.Page
    url: str
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def other_requests(self) -> list[str]:
        """Every request but the file:// page itself (scripts, styles, fonts, icons...)."""
        return [u for u in self.requests if u != self.url]


@pytest.fixture
def open_page(chromium: Any) -> Iterator[Any]:
    """``open_page(path, bypass_csp=False)`` loads a page, waits until it is settled and
    returns a :class:`Visit`. ``bypass_csp`` switches the page's Content-Security-Policy
    off, to show that escaping alone already keeps injected markup inert."""
    contexts = []

    def _open(path: Path, *, bypass_csp: bool = False, timeout_ms: int = 120_000) -> Visit:
        context = chromium.new_context(
            viewport={"width": 1280, "height": 800}, bypass_csp=bypass_csp, locale="zh-CN"
        )
        contexts.append(context)
        page = context.new_page()
        visit = Visit(page, path.resolve().as_uri())
        page.on("request", lambda r: visit.requests.append(r.url))
        page.on("pageerror", lambda e: visit.errors.append(str(e)))
        page.on("console", lambda m: visit.errors.append(m.text) if m.type == "error" else None)

        def on_dialog(d: Any) -> None:
            visit.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)
        page.goto(visit.url)
        page.wait_for_function(READY, timeout=timeout_ms)
        return visit

    yield _open
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def artifacts(repo_root: Path) -> Path:
    """test-artifacts/viz (gitignored): screenshots kept for people to look at."""
    out = repo_root / "test-artifacts" / "viz"
    out.mkdir(parents=True, exist_ok=True)
    return out
