"""`pbkg build` spread over processes or a Dask cluster writes the very bytes `--jobs 1`
writes, and shows its stages and a closing summary on stderr."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from build_outputs import BUILD_OUTPUTS
from click.testing import CliRunner
from strict import missing

from pbkg.cli import cli

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "corpus" / "dev"
OUTPUTS = BUILD_OUTPUTS

# Invented units (no name from any article): 甲乙镇 and its villages pair with firms.
TEXT = "{y}年3月，甲乙镇丙丁{n}村与戊己{m}公司签订结对共建协议，双方将在党建、产业等方面开展合作。"


def _feed(path: Path, n: int) -> Path:
    lines = [
        json.dumps(
            {"id": f"r{i}", "text": TEXT.format(y=2020 + i % 4, n=i, m=i % 7)}, ensure_ascii=False
        )
        for i in range(n)
    ]
    lines[5] = lines[4].replace('"r4"', '"r5"')  # the same story twice: merged into one
    lines[11] = "{not json"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _build(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["build", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def _same_outputs(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert sorted(os.listdir(a)) == sorted(os.listdir(b)) == sorted(OUTPUTS)


def _dev() -> Path:
    if not DEV.is_dir():
        missing(f"no dev corpus at {DEV} (../shared beside the repo)")
    return DEV


def test_two_processes_write_the_same_bytes_as_one(tmp_path: Path, monkeypatch) -> None:
    import ingest.extract.parallel as parallel

    monkeypatch.setattr(parallel, "TASK_BYTES", 1500)  # one feed spread over many tasks
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _feed(corpus / "feed.jsonl", 60)
    (corpus / "page.txt").write_text(TEXT.format(y=2021, n="八", m="九"), encoding="utf-8")
    assert len(parallel.plan_tasks([corpus])) > 4
    one, two = tmp_path / "one", tmp_path / "two"
    assert _build(str(corpus), "--out", str(one))[0] == 1  # the malformed line
    assert _build(str(corpus), "--out", str(two), "--jobs", "2")[0] == 1
    _same_outputs(one, two)


def test_stages_and_a_closing_summary_show_for_one_large_jsonl_file(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.jsonl", 240)
    code, stdout, stderr = _build(str(feed), "--out", str(tmp_path / "out"))
    assert code == 1
    stages = [
        "loading jieba, the lexicons and the gazetteer",
        "extracting",
        "240/240",
        "merging",
        "writing extractions.jsonl",
        "writing graph.json",
        "writing graph.ttl",
    ]
    for stage in stages:
        assert stage in stderr, stage
    assert re.search(r"rec/s", stderr)  # a rate (and an ETA while it runs)
    assert (
        "done: 1 files, 240 records, 239 stories, 1 duplicates merged, 1 rejected inputs" in stderr
    )
    summary = json.loads(stdout)
    assert summary["inputs"] == {
        "files": 1,
        "records": 240,
        "stories": 239,
        "duplicates_merged": 1,
        "rejected": 1,
    }


def test_a_small_build_stays_quiet_on_stderr(example_corpus: Path, tmp_path: Path) -> None:
    code, _, stderr = _build(str(example_corpus), "--out", str(tmp_path / "out"))
    assert code == 0 and "pbkg:" not in stderr


def test_scheduler_needs_the_dask_engine(example_corpus: Path, tmp_path: Path) -> None:
    args = [str(example_corpus), "--out", str(tmp_path / "o"), "--scheduler", "tcp://x:1"]
    code, _, stderr = _build(*args)
    assert code == 2 and "--scheduler needs --engine dask" in stderr


@pytest.mark.slow
def test_a_dask_cluster_writes_the_same_bytes_as_one_process(
    example_corpus: Path, tmp_path: Path
) -> None:
    dev = _dev()
    one, cluster = tmp_path / "one", tmp_path / "dask"
    assert _build(str(example_corpus), str(dev), "--out", str(one))[0] == 0
    args = [str(example_corpus), str(dev), "--out", str(cluster), "--engine", "dask", "--jobs", "2"]
    code, stdout, _ = _build(*args)
    assert code == 0
    _same_outputs(one, cluster)
    assert json.loads(stdout)["inputs"]["stories"] > 150
