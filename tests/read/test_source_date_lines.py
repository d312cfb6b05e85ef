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

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.model import Article
from ingest.read.bylines import Credit, byline, meta_line
from ingest.read.dates import lead_date, path_date
from ingest.read.reader import read_paths, read_text

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


# --- dates without a year --------------------------------------------------------------


def test_a_month_day_with_no_year_on_the_page_gives_no_date() -> None:
    [article] = read_text(_HEAD + "10月24日，蓝桥镇党委与柳湾村党支部签订共建协议。\n")
    assert article.date is None


def test_a_month_day_takes_the_year_of_a_copyright_line() -> None:
    page = _HEAD + "10月24日，蓝桥镇党委与柳湾村党支部签订共建协议。\n"
    page += "版权所有 © 2023 青禾县人民政府\n"
    assert read_text(page)[0].date == "2023-10-24"


def test_a_month_day_takes_the_year_of_the_nearest_dated_story() -> None:
    page = (
        "蓝桥镇召开党建联席会议\n来源：青禾日报 2019-11-02\n"
        "近日，蓝桥镇召开党建联席会议。会议总结了一年来的工作。\n"
        "柳湾村与青禾农商行结对共建\n文/柏青\n"
        "10月24日，柳湾村党支部与青禾农商行党支部签订结对共建协议。\n"
        "松岭社区开展志愿服务\n文/窦明\n"
        "11月3日，松岭社区党委组织党员志愿者开展环境整治。\n"
        "2015年起，松岭社区已连续举办2015年度、2015年下半年多场活动。\n"
    )
    articles = read_text(page)
    assert [a.date for a in articles] == ["2019-11-02", "2019-10-24", "2019-11-03"]


def test_a_month_day_takes_the_year_of_a_url(tmp_path: Path) -> None:
    record = {
        "url": "http://www.qinghe.example.cn/xwzx/2023/1024/c12345.html",
        "text": "10月24日，蓝桥镇党委与柳湾村党支部签订共建协议。",
    }
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    [article] = read_paths([path])
    assert isinstance(article, Article)
    assert article.date == "2023-10-24"


def test_a_month_day_takes_the_year_of_a_file_name(tmp_path: Path) -> None:
    path = tmp_path / "qinghe_20221230.txt"
    path.write_text(_HEAD + "12月29日，蓝桥镇党委与柳湾村党支部签订共建协议。\n", "utf-8")
    [article] = read_paths([path])
    assert isinstance(article, Article)
    assert article.date == "2022-12-29"
    # a page dated in January, about late December: the year before
    path = tmp_path / "t20230104_88.txt"
    path.write_text(_HEAD + "12月29日，蓝桥镇党委与柳湾村党支部签订共建协议。\n", "utf-8")
    [article] = read_paths([path])
    assert isinstance(article, Article)
    assert article.date == "2022-12-29"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("http://www.qinghe.example.cn/xwzx/2023/1024/c12345.html", "2023-10-24"),
        ("http://www.qinghe.example.cn/art/2023/10/24/art_1_2.html", "2023-10-24"),
        ("http://www.qinghe.example.cn/xwzx/202310/t20231024_4455.html", "2023-10-24"),
        ("http://www.qinghe.example.cn/xwzx/202310/t4455.html", "2023-10"),
        ("2023-10-24_蓝桥镇.txt", "2023-10-24"),
        ("000_ff52da58b0073eb9.txt", None),
        ("d12.txt", None),
        ("http://www.qinghe.example.cn/content/20991399.html", None),
    ],
)
def test_dates_in_urls_and_file_names(text: str, date: str | None) -> None:
    assert path_date(text) == date


# --- month-only dates ------------------------------------------------------------------


def test_a_month_only_date_is_read_as_year_month() -> None:
    assert lead_date("2020年7月，柳湾村党支部组织党员开展志愿服务。", None) == "2020-07"
    assert lead_date("2020年7月份，柳湾村开展活动。", None) == "2020-07"
    # the complete date wins where it comes first, and a month-day is completed
    assert lead_date("2020年7月5日，柳湾村开展活动。", None) == "2020-07-05"
    assert lead_date("10月24日，柳湾村开展活动，2020年7月起试点。", 2021) == "2021-10-24"


@pytest.mark.parametrize(
    "lead",
    [
        "2020年7月以来，柳湾村党支部已开展活动十余次。",
        "2020年7月起，柳湾村党支部每月开展一次活动。",
        "2020年7月至今，柳湾村党支部已开展活动十余次。",
        "2020年起，柳湾村党支部每月开展一次活动。",
    ],
)
def test_a_month_that_opens_a_period_is_not_a_date(lead: str) -> None:
    assert lead_date(lead, None) is None


def test_a_story_with_a_month_only_date(
    assert_offsets_exact: Callable[[Article, str], None],
) -> None:
    page = _HEAD + "2020年7月，蓝桥镇党委与柳湾村党支部签订共建协议。\n"
    [article] = read_text(page)
    assert article.date == "2020-07"
    assert_offsets_exact(article, page)


def test_a_publish_date_beats_a_month_only_lead(tmp_path: Path) -> None:
    record = {"date": "2021-03-02", "text": "2020年7月，蓝桥镇党委与柳湾村党支部签订共建协议。"}
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    [article] = read_paths([path])
    assert isinstance(article, Article)
    assert article.date == "2021-03-02"
