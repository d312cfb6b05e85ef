"""Credits (bylines, leads, trailers, meta lines) and dates, one paragraph at a time."""

from __future__ import annotations

import pytest

from ingest.read.bylines import Credit, byline, inline_credit, lead_credit, meta_line, trailer
from ingest.read.dates import full_date, lead_date, page_year


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("□文 柏青", ("柏青",)),
        ("图 窦明 文 司马长风", ("窦明", "司马长风")),
        ("文/邹小川", ("邹小川",)),
        ("记者 姬然 通讯员 庞海", ("姬然", "庞海")),
        ("記者 鄭遠", ("鄭遠",)),
    ],
)
def test_bylines(line: str, authors: tuple[str, ...]) -> None:
    assert byline(line) == Credit(authors)


@pytest.mark.parametrize("line", ["文化活动丰富多彩", "图书馆开放", "青山绿水 共建家园"])
def test_not_bylines(line: str) -> None:
    assert byline(line) is None


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        ("本报讯(柯雨桐)东坡村与西岭公司签约。", Credit(("柯雨桐",))),
        ("本報訊(記者 蔡嵐)雙方簽約。", Credit(("蔡嵐",))),
        ("新华社成都5月6日电(记者尤嘉)两地签约。", Credit(("尤嘉",), "新华社")),
        (
            "(某某区党建网)近日,某街道党工委与辖区单位签订共建协议,推动资源共享。",
            Credit((), "某某区党建网"),
        ),
        (
            "(记者 武小川)近日,某街道党工委与辖区单位签订共建协议,推动资源共享。",
            Credit(("武小川",)),
        ),
    ],
)
def test_lead_credits(paragraph: str, credit: Credit) -> None:
    assert lead_credit(paragraph) == credit


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("柏青", Credit(("柏青",))),
        ("(通讯员 庞海)", Credit(("庞海",))),
        ("(东坡村委会)", Credit((), "东坡村委会")),
        ("西岭街道党工委2022-03-04", Credit((), "西岭街道党工委", "2022-03-04")),
    ],
)
def test_trailers(line: str, credit: Credit) -> None:
    assert trailer(line) == credit


def test_photo_captions_are_not_trailers() -> None:
    assert trailer("(签约现场图)") is None
    assert trailer("双方签订协议。") is None


def test_inline_credit_at_the_end_of_a_paragraph() -> None:
    assert inline_credit("双方将深化合作。(东坡村 供稿)") == Credit((), "东坡村")
    assert inline_credit("双方举行了仪式(签约)并合影。") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("时间:2019年05月06日 来源:西岭街道 作者:尤嘉", (
            Credit(("尤嘉",), "西岭街道", "2019-05-06"), "")),
        ("东坡村签约仪式举行发布时间:2018/9/1 8:00:00 文章来源:东坡村", (
            Credit((), "东坡村", "2018-09-01"), "东坡村签约仪式举行")),
        ("某某学院 2021-11-18", (Credit((), "某某学院", "2021-11-18"), "")),
        ("2020-01-02 09:30 某某日报", (Credit((), "某某日报", "2020-01-02"), "")),
        ("04-15 2012", (Credit((), None, "2012-04-15"), "")),
        # a lone personal name after the date is the author, not the source
        ("2024-08-27 18:19:07 尤嘉", (Credit(("尤嘉",), None, "2024-08-27"), "")),
    ],
)  # fmt: skip
def test_meta_lines(line: str, expected: tuple[Credit, str]) -> None:
    assert meta_line(line) == expected


def test_full_dates() -> None:
    assert full_date("2021年3月5日上午") == "2021-03-05"
    assert full_date("2021.03.05") == "2021-03-05"
    assert full_date("2021年13月5日") is None


def test_lead_date_takes_the_page_year_and_rolls_back_over_new_year() -> None:
    assert lead_date("本报讯 10月24日,双方签约。", 2019) == "2019-10-24"
    assert lead_date("10月24日,双方签约。", None) is None
    assert lead_date("12月30日,双方签约。", 2021, published="2021-01-04") == "2020-12-30"
    assert lead_date("2018年5月2日,双方签约。", 2021) == "2018-05-02"


def test_page_year_is_the_most_mentioned_year() -> None:
    assert page_year("2017年共建项目,1997年起步,2017年度表彰,2015年的事") == 2017
    assert page_year("没有年份") is None


def test_government_site_information_lines() -> None:
    assert meta_line("信息来源:某某镇人民政府 发布时间:2019-03-04 浏览次数:12") == (
        Credit((), "某某镇人民政府", "2019-03-04"),
        "",
    )
    assert meta_line("更新時間:2020年1月2日 來源:某某區委宣傳部") == (
        Credit((), "某某區委宣傳部", "2020-01-02"),
        "",
    )


def test_a_word_that_starts_like_a_credit_role_is_no_byline() -> None:
    # 文章 starts with the role 文, and 章 is a surname: still a page's link, not a credit
    assert byline("文章导航") is None
    assert byline("图片新闻") is None
    assert byline("文 蔺雨彤") == Credit(("蔺雨彤",))
