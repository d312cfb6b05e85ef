"""Plain text with Windows line ends, and Markdown, read through the public reader."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ingest.model import Article
from ingest.read.reader import read_paths

PAGE = (
    "云岭村与高原电力公司结对共建\n\n"
    "本报讯(岑一舟)云岭村党支部与高原电力公司党委签订结对协议,双方将在产业发展、"
    "基础设施等方面开展合\n\n作。\n\n"
    "山水社区开展志愿服务 党员先锋 服务群众在一线\n\n"
    "本报讯(牟晴)山水社区组织党员志愿者清理楼道杂物。\n"
)


def _read(path: Path) -> list[Article]:
    items = list(read_paths([path]))
    assert all(isinstance(i, Article) for i in items), items
    return items  # type: ignore[return-value]


def test_windows_line_ends_in_gb18030(
    tmp_path: Path, assert_offsets_exact: Callable[[Article, str], None]
) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.replace("\n", "\r\n").encode("gb18030"))
    stories = _read(path)
    assert [(s.title, s.authors) for s in stories] == [
        ("云岭村与高原电力公司结对共建", ("岑一舟",)),
        ("山水社区开展志愿服务 党员先锋 服务群众在一线", ("牟晴",)),
    ]
    assert "\r" not in stories[0].text and "开展合作。" in stories[0].text
    decoded = path.read_bytes().decode("gb18030")
    for story in stories:
        assert_offsets_exact(story, decoded)


def test_markdown_file(
    tmp_path: Path, assert_offsets_exact: Callable[[Article, str], None]
) -> None:
    source = (
        "# 云岭村与高原电力公司结对共建\n\n"
        "**本报讯**(岑一舟)云岭村党支部与[高原电力公司](https://example.org)党委签订结对协议。\n"
    )
    path = tmp_path / "story.md"
    path.write_text(source, encoding="utf-8")
    (story,) = _read(path)
    assert story.title == "云岭村与高原电力公司结对共建"
    assert story.authors == ("岑一舟",)
    assert "与高原电力公司党委签订" in story.text and "https" not in story.text
    assert_offsets_exact(story, source)


def test_directories_are_walked_in_sorted_order_and_hidden_files_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("第二篇。\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("第一篇。\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("隐藏。\n", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    assert [a.text for a in _read(tmp_path)] == ["第一篇。", "第二篇。"]


def test_a_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("第一篇。\n", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path)
    assert [a.text for a in _read(tmp_path)] == ["第一篇。"]


def test_a_single_path_may_be_given_without_a_list(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("第一篇。\n", encoding="utf-8")
    assert [a.text for a in read_paths(str(tmp_path)) if isinstance(a, Article)] == ["第一篇。"]
