"""The cache directory: what pbkg derives once per machine (jieba's tables, the
gazetteer's index), and how it forgets what nothing uses any more.

Caches live under ``$PBKG_CACHE_DIR`` (default ``~/.cache/pbkg``), named by a key of
what they were derived from, so other checkouts and versions of pbkg can share the
directory. A cache of other data or rules is removed once it has been unused (neither
read nor written) for :data:`STALE_CACHE_SECONDS`: another checkout may still read its
own (two of them pruning each other's caches at once rebuilt them in every process).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from types import ModuleType

STALE_CACHE_SECONDS = 7 * 24 * 3600


def cache_dir() -> Path:
    """``$PBKG_CACHE_DIR``, else ``~/.cache/pbkg`` (it need not exist yet)."""
    return Path(os.environ.get("PBKG_CACHE_DIR") or Path.home() / ".cache" / "pbkg")


# The folder holding the ``ingest`` package (this module is ingest/caches.py).
_ROOT = Path(__file__).resolve().parent.parent


def module_source(module: ModuleType) -> Path:
    """The ``.py`` source of one of pbkg's modules, found by its name, for keying a cache
    by the rules that made it: a module compiled with mypyc (``ingest/compiled_modules.txt``)
    has a ``.so`` as ``__file__`` (at times not even beside its source), and a cache must
    not depend on which build reads it."""
    return _ROOT.joinpath(*module.__name__.split(".")).with_suffix(".py")


def last_used(path: Path) -> float:
    """When ``path`` was last read or written (infinitely recent when it is gone)."""
    try:
        st = path.stat()
    except OSError:
        return float("inf")
    return max(st.st_mtime, st.st_atime)


def remove_stale(kept: Path, pattern: str, now: float | None = None) -> list[Path]:
    """Remove the files matching ``pattern`` beside ``kept`` (other than it) that have
    been unused for :data:`STALE_CACHE_SECONDS`; return them. Errors are ignored: a
    cache is an optimisation."""
    before = (time.time() if now is None else now) - STALE_CACHE_SECONDS
    removed = []
    for stale in kept.parent.glob(pattern):
        if stale != kept and last_used(stale) < before:
            try:
                stale.unlink()
            except OSError:
                continue
            removed.append(stale)
    return removed
