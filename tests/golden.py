"""The suite's one switch for golden files: ``PBKG_UPDATE_GOLDEN=1``.

A golden file is output a person has read and judged right (tests/README.md lists each one
and how it was reviewed). :func:`check_golden` compares a test's output with it. With
``PBKG_UPDATE_GOLDEN=1`` (exactly ``1``) it first rewrites the file, so that ``git diff``
shows what changed for review; under CI the switch is refused (CI checks, people update);
any other non-empty value but ``0`` is an error rather than a silent comparison, so a
``=true`` or ``=yes`` does not leave someone believing the file was updated.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from strict import strict

SWITCH = "PBKG_UPDATE_GOLDEN"


def updating() -> bool:
    """Whether this run rewrites golden files (raises via pytest.fail when misused)."""
    value = os.environ.get(SWITCH, "")
    if value in ("", "0"):
        return False
    if value != "1":
        pytest.fail(f"{SWITCH}={value!r}: set it to 1 to update golden files", pytrace=False)
    if strict():
        pytest.fail(f"{SWITCH}=1 under CI: golden files are updated and reviewed by a person")
    return True


def check_golden(path: Path, text: str) -> None:
    """Assert ``text`` is the golden file's content; rewrite the file first when updating."""
    if updating():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"no golden file {path}: create it with {SWITCH}=1 and review it"
    assert text == path.read_text(encoding="utf-8"), (
        f"{path.name} differs from the output; if the change is intended, rerun with "
        f"{SWITCH}=1 and review `git diff {path}`"
    )
