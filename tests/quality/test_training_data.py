"""The training data in the repository holds no article reserved for independent evaluation.

`../shared/eval/reserved.py` recognises a reserved article by its text; for a
traditional-script text it also compares the simplified form, which it can make only when
OpenCC is importable. It is therefore run here with this interpreter (pbkg depends on
`opencc`), never with a bare system Python: a traditional-script page once passed as
free that way.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from guards import SHARED
from strict import missing

REPO = Path(__file__).resolve().parents[2]
TRAINING_TEXTS = REPO / "data" / "train" / "corpus"
EXAMPLES = REPO / "examples" / "corpus"


def _article_files() -> list[Path]:
    return sorted(p for root in (TRAINING_TEXTS, EXAMPLES) for p in root.rglob("*") if p.is_file())


def test_reserved_py_can_read_traditional_script_here() -> None:
    import opencc  # the check below is only complete with it

    assert opencc.OpenCC("t2s").convert("黨建") == "党建"


def test_no_training_or_example_article_is_reserved() -> None:
    checker = SHARED / "eval" / "reserved.py"
    if not checker.is_file():
        missing(f"{checker}: not found (the shared evaluation tools beside the repo)")
    files = _article_files()
    assert len(files) > 400  # the seeds, d01–d154, the added articles and the examples
    done = subprocess.run(
        [sys.executable, str(checker), *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )
    verdicts = [line.split("\t", 1) for line in done.stdout.splitlines() if "\t" in line]
    assert len(verdicts) == len(files), done.stdout + done.stderr
    reserved = [path for verdict, path in verdicts if verdict != "free"]
    assert not reserved, "reserved for independent evaluation, remove: " + ", ".join(reserved)
