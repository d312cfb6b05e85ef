"""Trades that end a firm's name only after a brand word (物业, 市场, 实业:
``orgs.brand_before_trade_ending``); the venue, farm and lodging endings of the same
change (展馆, 会堂, 茶园, 客栈, 牛场 …) are specified with the others in test_unit_endings.
Sentences and names are invented (places from a county outside the training articles)."""

from __future__ import annotations

import pytest
from extract_helpers import names

from ingest.extract.orgs import brand_before_trade_ending
from ingest.model import Extraction
from ingest.segment import Tokens


@pytest.mark.parametrize(
    "sentence, unit",
    [
        ("社区引进澜玥物业参与小区治理。", "澜玥物业"),
        ("园区引进了澜玥实业等企业。", "澜玥实业"),
    ],
)
def test_a_trade_after_a_brand_word_names_a_firm(extract_text, sentence: str, unit: str) -> None:
    ex: Extraction = extract_text(sentence)
    assert unit in names(ex, "Organization")


@pytest.mark.parametrize(
    "sentence",
    [
        "党建引领老旧小区物业管理。",
        "立足城市市场发展乡村产业。",
        "把剩余劳动力输出至劳动力市场。",
        "辖区内无物业的小区由社区兜底。",
    ],
)
def test_a_trade_after_a_common_word_is_no_unit(extract_text, sentence: str) -> None:
    ex: Extraction = extract_text(sentence)
    assert not any(n.endswith(("物业", "市场")) for n in names(ex, "Organization"))


def _before(text: str, ending: str) -> bool:
    s = text.index(ending)
    return brand_before_trade_ending(Tokens(text), 0, s)


def test_brand_before_trade_ending_reads_the_word_before_the_ending() -> None:
    assert _before("澜玥物业", "物业")  # a word jieba does not know: a brand
    assert not _before("小区物业", "物业")  # a frequent noun: the trade
    assert not _before("城市市场", "市场")  # a frequent place word: the trade


def test_brand_before_trade_ending_needs_the_word_inside_the_name() -> None:
    text = "引进澜玥物业"
    s = text.index("物业")
    assert not brand_before_trade_ending(Tokens(text), s, s)  # no word of the name before
