"""``pbkg``'s console script ends its process without the interpreter's teardown
(:func:`pbkg.cli.exit_now`), and loses nothing by it: what was printed is out, the
``atexit`` functions ran, and the exit status is the one ``sys.exit`` would give."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# A process that prints without flushing, registers an atexit function writing a file,
# then ends through exit_now with the code given as its second argument.
SCRIPT = """
import atexit, sys
from pathlib import Path
from pbkg.cli import exit_now
print("甲乙丙丁" * 1000, end="")
atexit.register(lambda: Path(sys.argv[1]).write_text("ran", encoding="utf-8"))
code = sys.argv[2]
exit_now(None if code == "None" else int(code) if code.isdigit() else code)
"""


def run(tmp_path: Path, code: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    marker = tmp_path / "atexit.txt"
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(marker), code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    return proc, marker


@pytest.mark.parametrize(("code", "status"), [("None", 0), ("0", 0), ("3", 3)])
def test_output_is_flushed_and_atexit_runs(tmp_path: Path, code: str, status: int) -> None:
    proc, marker = run(tmp_path, code)
    assert proc.returncode == status, proc.stderr
    assert proc.stdout == "甲乙丙丁" * 1000
    assert marker.read_text(encoding="utf-8") == "ran"


def test_a_message_goes_to_stderr_with_status_1(tmp_path: Path) -> None:
    proc, marker = run(tmp_path, "something failed")
    assert proc.returncode == 1
    assert proc.stderr.strip() == "something failed"
    assert marker.read_text(encoding="utf-8") == "ran"


def test_a_profiler_still_gets_its_results(tmp_path: Path) -> None:
    """``python -m cProfile -o FILE`` writes FILE after the program returns: under a
    profiler the process ends as ``sys.exit`` ends it, not before the profile is out."""
    script = tmp_path / "job.py"
    script.write_text(SCRIPT, encoding="utf-8")
    stats = tmp_path / "job.prof"
    proc = subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(stats), str(script), str(tmp_path / "m"), "0"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert stats.stat().st_size > 0
