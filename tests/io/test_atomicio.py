"""Outputs appear whole or not at all, with ordinary file permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ingest.atomicio import atomic_open, atomic_write_text


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_open(target) as fh:
        fh.write("half of the new")
        raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_a_finished_write_replaces_the_file_with_umask_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "sub" / "graph.json", "{}")
    finally:
        os.umask(old)
    written = tmp_path / "sub" / "graph.json"
    assert written.read_text(encoding="utf-8") == "{}"
    assert stat.S_IMODE(written.stat().st_mode) == 0o644
