"""``pbkg read``: JSON Lines on stdout, one line per rejected input on stderr, exit 1."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from pbkg.cli import cli


def test_read_prints_stories_and_reports_rejects(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "白沙村与蓝海公司结对\n\n本报讯(潘越)白沙村与蓝海公司签订结对协议。\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.jsonl").write_text('{"text": "x\n{broken\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["read", str(tmp_path), "--text"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["doc"], r["title"], r["authors"]) for r in records] == [
        ("a.txt", "白沙村与蓝海公司结对", ["潘越"])
    ]
    assert records[0]["sentences"] == 2
    assert records[0]["text"].endswith("签订结对协议。")
    assert set(records[0]) >= {"id", "doc", "title", "date", "authors", "source", "span"}
    errors = result.stderr.splitlines()
    assert errors[0] == f"{tmp_path / 'b.txt'}: empty file"
    assert errors[1].startswith(f"{tmp_path / 'c.jsonl'}:1: malformed")
    assert len(errors) == 3


def test_read_exits_zero_when_everything_was_read(example_corpus: Path) -> None:
    result = CliRunner().invoke(cli, ["read", str(example_corpus)])
    assert result.exit_code == 0, result.stderr
    docs = [json.loads(line)["doc"] for line in result.stdout.splitlines()]
    assert len(set(docs)) == 5 and len(docs) == 17
    assert "text" not in json.loads(result.stdout.splitlines()[0])
