"""Bad input: each case gives one ReadError naming the path (and line) and the reason,
and every other input is still read."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from ingest.model import Article, ReadError
from ingest.read.reader import read_paths

GOOD = "河湾村与东风小学结对共建\n\n河湾村党支部与东风小学党支部签订共建协议。\n"


def _read(*paths: Path | str, **kw: int) -> tuple[list[Article], list[ReadError]]:
    items = list(read_paths(paths, **kw))
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, ReadError)],
    )


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_empty_file(tmp_path: Path, good: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    articles, errors = _read(tmp_path)
    assert [a.doc for a in articles] == ["good.txt"]
    assert sorted((Path(e.path).name, e.reason) for e in errors) == [
        ("blank.txt", "empty file"),
        ("empty.txt", "empty file"),
    ]


def test_binary_file(tmp_path: Path, good: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    articles, errors = _read(tmp_path)
    assert len(articles) == 1
    assert len(errors) == 1 and "binary" in errors[0].reason


def test_undecodable_bytes(tmp_path: Path, good: Path) -> None:
    data = GOOD.encode("utf-8")
    (tmp_path / "broken.txt").write_bytes(data[:10] + b"\xff\xfe\xff" + data[10:])
    articles, errors = _read(tmp_path)
    assert len(articles) == 1
    assert len(errors) == 1 and "undecodable" in errors[0].reason
    assert errors[0].path.endswith("broken.txt")


def test_fifty_megabyte_one_line_file(tmp_path: Path, good: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        chunk = ("党建" * 50_000).encode("utf-8")  # 300 kB, no newline
        for _ in range(180):
            fh.write(chunk)
    assert big.stat().st_size > 50 * 2**20
    articles, errors = _read(tmp_path)
    assert len(articles) == 1
    assert len(errors) == 1 and "too large" in errors[0].reason


def test_large_file_under_a_raised_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(GOOD * 2000, encoding="utf-8")
    articles, errors = _read(path, max_file_bytes=1_000)
    assert not articles and "too large" in errors[0].reason
    articles, errors = _read(path)
    assert articles and not errors


def test_missing_path(good: Path, tmp_path: Path) -> None:
    articles, errors = _read(tmp_path / "nope.txt", good)
    assert len(articles) == 1
    assert errors == [ReadError(str(tmp_path / "nope.txt"), "no such file or directory")]


@pytest.fixture
def refused(monkeypatch: pytest.MonkeyPatch) -> set[Path]:
    """Paths the operating system refuses to open. chmod 0 does not stop root (CI runs as
    root), so the refusal is injected where the reader opens files: the same
    ``PermissionError`` the kernel gives an ordinary user for a file of mode 0."""
    paths: set[Path] = set()
    for name in ("read_bytes", "open"):
        real = getattr(Path, name)

        def refuse(self: Path, *args: object, _real=real, **kwargs: object) -> object:
            if self in paths:
                raise PermissionError(13, "Permission denied", str(self))
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(Path, name, refuse)
    return paths


@pytest.mark.parametrize("name", ["locked.txt", "locked.jsonl"])
def test_unreadable_file(tmp_path: Path, good: Path, refused: set[Path], name: str) -> None:
    locked = tmp_path / name
    locked.write_text(json.dumps({"text": GOOD}) if name.endswith("l") else GOOD, "utf-8")
    refused.add(locked)
    articles, errors = _read(tmp_path)
    assert [a.doc for a in articles] == ["good.txt"]
    assert errors == [ReadError(str(locked), "cannot read: Permission denied")]


def test_unreadable_path_as_root_is_reported_too(tmp_path: Path, good: Path) -> None:
    """A path that is neither file nor directory one can open (a dangling symlink)."""
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    articles, errors = _read(tmp_path)
    assert len(articles) == 1
    assert len(errors) == 1 and "cannot read" in errors[0].reason


def test_malformed_jsonl_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": GOOD, "title": "河湾村结对", "date": "2022-05-01"}),
        '{"text": "没有结束的记录',
        json.dumps({"text": "第三条记录:山前社区与北岭中学开展共建活动。"}, ensure_ascii=False),
        json.dumps({"title": "no text"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = _read(path)
    assert [(a.doc, a.title, a.date) for a in articles] == [
        ("a1", "河湾村结对", "2022-05-01"),
        ("feed.jsonl:3", None, None),
    ]
    assert [(e.line, e.path) for e in errors] == [(2, str(path)), (4, str(path))]
    assert "malformed" in errors[0].reason and "text" in errors[1].reason
    assert articles[1].text == "第三条记录:山前社区与北岭中学开展共建活动。"


def test_overlong_jsonl_line_is_rejected_alone(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    long_record = json.dumps({"text": "党建" * 5_000}, ensure_ascii=False)
    good_record = json.dumps({"id": "ok", "text": GOOD}, ensure_ascii=False)
    path.write_text(long_record + "\n" + good_record + "\n", encoding="utf-8")
    articles, errors = _read(path, max_file_bytes=1_000)
    assert [a.doc for a in articles] == ["ok"]
    assert [(e.line, "longer than" in e.reason) for e in errors] == [(1, True)]


def test_gb18030_jsonl_record(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    record = json.dumps({"text": GOOD, "source": "某报"}, ensure_ascii=False)
    path.write_bytes(record.encode("gb18030") + b"\n")
    articles, errors = _read(path)
    assert not errors
    assert articles[0].source == "某报" and articles[0].text == GOOD.strip()


def test_a_named_pipe_is_rejected_not_waited_on(tmp_path: Path, good: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    articles, errors = _read(tmp_path)
    assert len(articles) == 1
    assert [(Path(e.path).name, e.reason) for e in errors] == [("pipe.txt", "not a regular file")]
