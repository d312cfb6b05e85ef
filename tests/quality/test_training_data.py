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


def _duplicate_articles():
    import importlib.util

    path = REPO / "scripts" / "duplicate_articles.py"
    spec = importlib.util.spec_from_file_location("duplicate_articles", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_one_text_under_two_addresses_is_one_story() -> None:
    dup = _duplicate_articles()
    story = (
        "為加大對集體經濟薄弱村的掛鉤幫扶力度，某市某局與某村簽訂結對共建協議，"
        "雙方將在組織共建、產業發展等方面開展合作。"
    )
    mirrored = dup._TO_SIMPLIFIED.convert(story).replace("，", "(dòu)，") + "\n责任编辑：某某"
    other = (
        "某县某镇召开党建联建推进会，各村党组织书记参加会议并交流经验，"
        "会议部署下一阶段重点任务和工作安排。"
    )
    found = dup.same_stories({"a.txt": story, "b.txt": mirrored, "c.txt": other})
    assert [(a, b) for _, a, b in found] == [("a.txt", "b.txt")]


def test_no_article_is_in_the_training_data_twice() -> None:
    # A second copy would sit in one fold while its twin is trained on, flattering CV.
    dup = _duplicate_articles()
    files = dup.article_files([TRAINING_TEXTS / sub for sub in ("extra", "dev", "seeds")])
    assert len(files) > 1500
    texts = {str(p.relative_to(REPO)): p.read_text(encoding="utf-8") for p in files}
    assert dup.same_stories(texts) == []
