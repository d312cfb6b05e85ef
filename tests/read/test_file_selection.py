"""One file-selection rule for `read`, `extract` and `build` (issue 16, point 8): inside a
folder only .txt .md .html .htm .jsonl files are articles; a file named on the command
line is read whatever its suffix, and rejected with a reason when it is no text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pbkg.cli import cli

ARTICLE = "2023年5月4日，青禾村党总支与远帆公司党支部签订结对共建协议。\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1\x00\x00")
    (d / "notes.csv").write_text("名称,备注\n青禾村,无\n", encoding="utf-8")
    (d / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return d


def run(*args: str):
    return CliRunner().invoke(cli, list(args), env={"NEO4J_URI": None})


def test_read_extract_and_build_take_the_same_files_of_a_folder(
    folder: Path, tmp_path: Path
) -> None:
    read = run("read", str(folder))
    assert read.exit_code == 0, read.output
    assert {json.loads(line)["doc"] for line in read.stdout.splitlines()} == {"a.txt"}

    out = tmp_path / "x.jsonl"
    extract = run("extract", str(folder), "-o", str(out))
    assert extract.exit_code == 0, extract.output
    docs = [json.loads(line)["doc"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert docs == ["a.txt"]

    build = run("build", str(folder), "--out", str(tmp_path / "build"))
    assert build.exit_code == 0, build.output
    lines = (tmp_path / "build" / "extractions.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["doc"] for line in lines] == ["a.txt"]


@pytest.mark.parametrize("command", ["read", "extract"])
def test_a_binary_file_named_explicitly_is_rejected_with_a_reason(
    folder: Path, command: str
) -> None:
    result = run(command, str(folder / "photo.png"), str(folder / "a.txt"))
    assert result.exit_code == 1
    assert f"{folder / 'photo.png'}:" in result.stderr
    assert "a.txt" in result.stdout  # the other input is still read


def test_a_text_file_named_explicitly_is_read_whatever_its_suffix(folder: Path) -> None:
    (folder / "story.log").write_text(ARTICLE, encoding="utf-8")
    result = run("read", str(folder / "story.log"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["doc"] == "story.log"
