"""The headless Chromium the browser tests (tests/viz) and benchmarks/viz_bench.py drive.

Debian's /usr/bin/chromium, installed by tests/browser/install.sh (``make browser``);
Playwright's own browser download is never used. One list of flags, so the tests and
the benchmark measure the same browser the same way.
"""

from __future__ import annotations

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MISSING = f"{CHROMIUM} missing: run `make browser` (Debian chromium, fonts-noto-cjk)"
