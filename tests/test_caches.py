"""The cache directory forgets what nothing has used for a week, and only that: another
checkout sharing the directory keeps its own recent caches."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ingest.caches import STALE_CACHE_SECONDS, cache_dir, remove_stale

NOW = 2_000_000_000.0


def _file(path: Path, used: float) -> Path:
    path.write_bytes(b"x")
    os.utime(path, (used, used))
    return path


def test_only_other_caches_of_the_kind_unused_for_a_week_are_removed(tmp_path: Path) -> None:
    kept = _file(tmp_path / "kind-a.bin", NOW - 2 * STALE_CACHE_SECONDS)  # in use: kept
    stale = _file(tmp_path / "kind-b.bin", NOW - STALE_CACHE_SECONDS - 1)
    recent = _file(tmp_path / "kind-c.bin", NOW - STALE_CACHE_SECONDS + 60)
    other_kind = _file(tmp_path / "other-d.bin", NOW - 2 * STALE_CACHE_SECONDS)
    assert remove_stale(kept, "kind-*", now=NOW) == [stale]
    assert kept.exists() and recent.exists() and other_kind.exists() and not stale.exists()


def test_the_directory_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PBKG_CACHE_DIR", str(tmp_path))
    assert cache_dir() == tmp_path
    monkeypatch.delenv("PBKG_CACHE_DIR")
    assert cache_dir() == Path.home() / ".cache" / "pbkg"
