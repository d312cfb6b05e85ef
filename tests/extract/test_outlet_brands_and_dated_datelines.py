"""Outlets named by a brand word before the place they cover (每日|某省网, 多彩|某省网), and a
dated dateline's outlet with a name's shape (某明风7月25日讯); issue 13. Names are invented
or rearranged."""

from __future__ import annotations

from collections.abc import Callable

from extract_helpers import names

from ingest.extract.outlet_brands import brand_before_place
from ingest.model import Extraction


def test_the_brand_word_after_a_boundary_opens_the_name() -> None:
    text = "来源:每日甘肃网 通讯员 某某"
    assert brand_before_place(text, text.index("甘肃网")) == text.index("每日")
    text = "央视、多彩贵州网等媒体"
    assert brand_before_place(text, text.index("贵州网")) == text.index("多彩")
    text = "据大武夷新闻网消息"
    assert brand_before_place(text, text.index("武夷")) == text.index("大")


def test_words_of_the_sentence_open_no_name() -> None:
    # a preposition, words jieba does not know as one word, a word glued to no boundary
    for text, at in (
        ("活动在甘肃网发布", "甘肃网"),
        ("，均为青海日报刊发", "青海日报"),
        ("这是在原某市广播电视台", "某市广播电视台"),
        ("记者从每日甘肃网获悉", "甘肃网"),
    ):
        assert brand_before_place(text, text.index(at)) == text.index(at)


def test_outlets_keep_their_brand(extract_text: Callable[[str], Extraction]) -> None:
    found = names(extract_text("央视、贵州卫视、多彩贵州网、某某州融媒体中心等媒体记者参加。"))
    assert "多彩贵州网" in found and "贵州网" not in found


def test_a_dated_dateline_names_its_outlet(extract_text: Callable[[str], Extraction]) -> None:
    assert "文明风" in names(extract_text("文明风7月25日讯 驻扎某某市某某镇的部队开展活动。"))
    # a byline's name and the page's date stay a person's
    assert not names(extract_text("王小明 2023-03-29\n正文。"), "Organization")
