"""Specifications for three shapes real pages from unseen towns take:

* a source line with the date (and maybe other labels) on the same line — the source is
  the source's name alone, the date becomes the story's date;
* a month-day date with no year in the story — the year comes from the nearest dated
  context on the page (its publish date, another story's date, a date in its URL or file
  name, a copyright line), never invented;
* a month-only date (``2020年7月``) — read as ``"2020-07"`` (ISO 8601 year-month; the RDF
  export types it xsd:gYearMonth, the queries read its first four digits as the year).

All places, papers and people here are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.bylines import Credit, byline, meta_line
from ingest.model import Article
from ingest.reader import read_text

_HEAD = "青禾县蓝桥镇与柳湾村签订党建共建协议\n"
_BODY = "近日，蓝桥镇党委与柳湾村党支部签订共建协议。双方将在产业发展上深化合作。\n"


@pytest.mark.parametrize(
    ("line", "source", "date"),
    [
        ("来源：青禾日报  2024-03-15", "青禾日报", "2024-03-15"),
        ("来源：青禾日报 2024-03-15", "青禾日报", "2024-03-15"),
        ("来源：青禾发布 2024年3月15日 10:20", "青禾发布", "2024-03-15"),
        ("来源:青禾日报 2024年03月15日10:20", "青禾日报", "2024-03-15"),
        ("来源：青禾日报 2024-03-15 10:20:33", "青禾日报", "2024-03-15"),
        ("来源：青禾县人民政府 2024/3/15", "青禾县人民政府", "2024-03-15"),
        ("来源：青禾日报 2024.03.15", "青禾日报", "2024-03-15"),
        ("来源：青禾日报\u30002024-03-15", "青禾日报", "2024-03-15"),
        ("来源：青禾日报｜2024-03-15", "青禾日报", "2024-03-15"),
        ("来源：青禾日报 | 2024-03-15", "青禾日报", "2024-03-15"),
        ("发布时间：2024-03-15 来源：青禾网", "青禾网", "2024-03-15"),
        ("稿源：青禾日报 2024-03-15", "青禾日报", "2024-03-15"),
        ("稿源：青禾日报 发布日期：2024-03-15", "青禾日报", "2024-03-15"),
        ("信息来源：青禾县委组织部\u3000\u3000发布日期：2024-03-15", "青禾县委组织部",
         "2024-03-15"),
        ("发布日期：2024-03-15 信息来源：青禾县委组织部 浏览次数：128", "青禾县委组织部",
         "2024-03-15"),
        ("责任编辑：窦明 来源：青禾网 2024年3月15日", "青禾网", "2024-03-15"),
        ("编辑：窦明\u3000来源：青禾网\u30002024年3月15日", "青禾网", "2024-03-15"),
        ("来源：青禾网｜作者：柏青｜2024-03-15", "青禾网", "2024-03-15"),
        ("时间：2024-03-15 | 来源：青禾网 | 作者：柏青", "青禾网", "2024-03-15"),
        ("来源：青禾融媒 发布时间：2024-03-15 10:20", "青禾融媒", "2024-03-15"),
        ("【来源：青禾日报】 2024-03-15", "青禾日报", "2024-03-15"),
        ("[来源：青禾日报] [时间：2024-03-15]", "青禾日报", "2024-03-15"),
        ("来源 青禾日报 2024-03-15", "青禾日报", "2024-03-15"),
        ("来源：青禾日报（客户端） 2024-03-15", "青禾日报（客户端）", "2024-03-15"),
    ],
)  # fmt: skip
def test_a_source_line_with_a_date_gives_the_name_alone_and_the_date(
    line: str, source: str, date: str
) -> None:
    got = meta_line(line)
    assert got is not None
    credit, title = got
    assert (credit.source, credit.date, title) == (source, date, "")


def test_authors_on_a_source_line_are_read_whatever_the_separator() -> None:
    got = meta_line("来源：青禾网｜作者：柏青｜2024-03-15")
    assert got == (Credit(("柏青",), "青禾网", "2024-03-15"), "")
    got = meta_line("作者：柏青 编辑：窦明 来源：青禾网 2024-03-15 10:20")
    assert got == (Credit(("柏青",), "青禾网", "2024-03-15"), "")


def test_a_label_word_keeps_a_line_from_being_a_byline() -> None:
    # 来 is a surname, so 来源 has a name's shape; the line is still an information line.
    assert byline("作者：柏青 来源：白露") is None
    assert meta_line("作者：柏青 来源：白露") == (Credit(("柏青",), "白露"), "")
    assert byline("文/柏青") == Credit(("柏青",))  # bylines as before


@pytest.mark.parametrize(
    "line",
    [
        "来源：青禾日报  2024-03-15",
        "来源：青禾发布 2024年3月15日 10:20",
        "发布时间：2024-03-15 来源：青禾网",
        "编辑：窦明　来源：青禾网　2024年3月15日",
    ],
)
def test_a_story_under_such_a_line_has_its_source_and_date(
    line: str, assert_offsets_exact: Callable[[Article, str], None]
) -> None:
    page = _HEAD + line + "\n" + _BODY
    [article] = read_text(page)
    assert article.title == _HEAD.strip()
    assert article.source in ("青禾日报", "青禾发布", "青禾网")
    assert article.date == "2024-03-15"
    assert_offsets_exact(article, page)
