"""Endings and reference names added from classes of the training articles' misses:
research institutes, venues, custodial and utility works, a front headquarters of a
paired-assistance team, outlets' apps, and the central state-owned enterprises by the
short names they sign with; two outlets joined by a middle dot are two units; phrases
that end in an ordinary word (产业布局) are none. Sentences and names are invented
(places from a county outside the training articles)."""

from __future__ import annotations

import pytest
from extract_helpers import names

from ingest.extract.orgs import extend_left, word_ends_in_ordinary_word
from ingest.lexicon import load_lexicon
from ingest.model import Extraction
from ingest.segment import Token, Tokens


@pytest.mark.parametrize(
    "sentence, unit",
    [
        ("水乡村辖区科研优势明显，温州市澜溪科学研究院坐落于此。", "温州市澜溪科学研究院"),
        ("村里借助结对单位永嘉县农科院的技术优势。", "永嘉县农科院"),
        ("永嘉县澜溪研究所与澜峰村签订协议。", "永嘉县澜溪研究所"),
        ("按照浙江省援疆工作前方指挥部开展活动的要求。", "浙江省援疆工作前方指挥部"),
        ("永嘉体育活动中心负责人当即提出。", "永嘉体育活动中心"),
        ("签订仪式在永嘉县会议中心举行。", "永嘉县会议中心"),
        ("永嘉县看守所与澜峰村结对。", "永嘉县看守所"),
        ("永嘉县澜溪纪念展馆与澜峰村结对共建。", "永嘉县澜溪纪念展馆"),
        ("澜峰村与永嘉澜溪会堂签订共建协议。", "永嘉澜溪会堂"),
        ("永嘉县澜溪客栈与澜峰村结对。", "永嘉县澜溪客栈"),
        ("永嘉县澜溪牛场与澜峰村结对。", "永嘉县澜溪牛场"),
    ],
)
def test_a_named_unit_with_one_of_these_endings_is_found(
    extract_text, sentence: str, unit: str
) -> None:
    ex: Extraction = extract_text(sentence)
    assert unit in names(ex, "Organization")


@pytest.mark.parametrize(
    "sentence",
    [
        "会议在镇社区文化活动中心召开。",
        "大家参观了社区党群活动中心。",
        "成立了疫情防控指挥部。",
        "村民们参观了纪念展馆。",
        "大家在生态茶园采茶。",
    ],
)
def test_a_venue_named_only_by_common_words_is_no_unit(extract_text, sentence: str) -> None:
    ex: Extraction = extract_text(sentence)
    assert names(ex, "Organization") == set()


def test_a_central_enterprise_is_a_unit_by_its_short_name(extract_text) -> None:
    ex: Extraction = extract_text("活动旨在发挥中国联通的资源优势，服务澜峰村民生。")
    assert "中国联通" in names(ex, "Organization")


def test_a_central_enterprise_heads_its_branch(extract_text) -> None:
    ex: Extraction = extract_text("中国电信澜溪分公司与澜峰村结对。")
    assert names(ex, "Organization") == {"中国电信澜溪分公司"}


def test_a_central_enterprise_inside_a_longer_word_is_no_unit(extract_text) -> None:
    ex: Extraction = extract_text("中国石油化工产业发展迅速。")
    assert names(ex, "Organization") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "要优化产业布局，拓展发展空间。",
        "党建引领老旧小区物业破局。",
        "在干中学，在学中干。",
        "村企共建谋新局。",  # 新局, a new situation (the tenth units pass)
    ],
)
def test_a_phrase_ending_in_an_ordinary_word_is_no_unit(extract_text, sentence: str) -> None:
    ex: Extraction = extract_text(sentence)
    assert names(ex, "Organization") == set()


def test_a_word_jieba_reads_as_an_organisation_keeps_its_ending() -> None:
    lex = load_lexicon()
    assert word_ends_in_ordinary_word(Token(0, 4, "产业布局", "n"), 4, lex)
    assert not word_ends_in_ordinary_word(Token(0, 3, "民政局", "nt"), 3, lex)
    assert not word_ends_in_ordinary_word(Token(0, 2, "布局", "n"), 2, lex)  # the word itself


def test_a_civil_affairs_bureau_is_still_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("永嘉县民政局与澜峰村结对共建。")
    assert "永嘉县民政局" in names(ex, "Organization")


def test_two_outlets_joined_by_a_middle_dot_are_two_units(extract_text) -> None:
    ex: Extraction = extract_text(
        "澜溪客户端·永嘉新闻网2022年8月11日讯(记者 李明)澜峰村与澜江医院结对。"
    )
    found = names(ex, "Organization")
    assert {"澜溪客户端", "永嘉新闻网"} <= found
    assert not any("·" in name for name in found)


def test_the_dot_splits_only_an_outlets_name() -> None:
    text = "澜溪客户端·永嘉新闻网讯"
    idx = Tokens(text)
    lex = load_lexicon()
    end = text.index("新闻网")
    assert text[extend_left(text, end, idx, lex, media=True)[0] : end] == "永嘉"
    assert extend_left(text, end, idx, lex)[0] < text.index("·")
