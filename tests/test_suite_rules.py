"""The suite's own rules: what CI runs, when a missing component fails, how golden files
change, which Hypothesis profile runs. A green run must mean something."""

from __future__ import annotations

from pathlib import Path

import pytest
from golden import check_golden, updating
from hypothesis import settings
from strict import missing, strict

REPO = Path(__file__).resolve().parent.parent


def test_ci_runs_make_test_with_ci_true() -> None:
    lines = [line.strip() for line in (REPO / ".ci" / "run").read_text().splitlines()]
    assert "export CI=true" in lines and "make test" in lines
    assert lines.index("export CI=true") < lines.index("make test")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("true", True), ("1", True), ("TRUE", True), ("yes", True), ("on", True),
     ("", False), ("0", False), ("false", False)],
)  # fmt: skip
def test_any_truthy_ci_is_strict(monkeypatch, value: str, expected: bool) -> None:
    monkeypatch.setenv("CI", value)
    assert strict() is expected


def test_a_missing_component_skips_here_and_fails_under_ci(monkeypatch) -> None:
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception, match="no widget"):
        missing("no widget")
    monkeypatch.setenv("CI", "1")
    with pytest.raises(pytest.fail.Exception, match=r"no widget.*CI=true makes this a failure"):
        missing("no widget")


@pytest.mark.parametrize("value", ["", "0"])
def test_golden_files_are_only_compared_without_the_switch(monkeypatch, tmp_path, value) -> None:
    monkeypatch.setenv("PBKG_UPDATE_GOLDEN", value)
    golden = tmp_path / "g.json"
    golden.write_text("reviewed\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="PBKG_UPDATE_GOLDEN=1"):
        check_golden(golden, "corrupted\n")
    assert golden.read_text(encoding="utf-8") == "reviewed\n"  # =0 never rewrites


def test_the_switch_rewrites_only_when_exactly_1_and_not_under_ci(monkeypatch, tmp_path) -> None:
    golden = tmp_path / "g.json"
    golden.write_text("old\n", encoding="utf-8")
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("PBKG_UPDATE_GOLDEN", "1")
    check_golden(golden, "new\n")
    assert golden.read_text(encoding="utf-8") == "new\n"
    for value in ("true", "yes", "2"):
        monkeypatch.setenv("PBKG_UPDATE_GOLDEN", value)
        with pytest.raises(pytest.fail.Exception, match="set it to 1"):
            updating()
    monkeypatch.setenv("PBKG_UPDATE_GOLDEN", "1")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="under CI"):
        check_golden(golden, "newer\n")
    assert golden.read_text(encoding="utf-8") == "new\n"


def test_hypothesis_runs_derandomised_under_ci() -> None:
    assert settings.default.derandomize is strict()
    assert settings.default.print_blob
