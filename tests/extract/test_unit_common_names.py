"""Names made of common words that still name one unit: a registered company form after
them, an adverb-tagged word inside a registered name. Sentences and names are invented
(places from a county outside the training articles)."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import UnitSpan, list_neighbours
from ingest.extract.unit_rules import registered_common_name
from ingest.model import Extraction


def test_common_words_before_a_registered_form_name_one_company(extract_text) -> None:
    ex: Extraction = extract_text("澜峰村与星光影院管理有限责任公司结对。")
    assert "星光影院管理有限责任公司" in names(ex, "Organization")


def test_a_company_of_a_kind_after_a_count_is_no_name(extract_text) -> None:
    ex: Extraction = extract_text("澜峰村与一家影院管理有限公司结对。")
    assert names(ex, "Organization") == set()


def test_registered_common_name_needs_a_registered_form_and_a_long_head() -> None:
    text = "与星光影院管理有限公司签约"
    assert registered_common_name(text, 1, "星光影院管理", "有限公司")
    assert not registered_common_name(text, 1, "星光影院管理", "公司")  # no registered form
    assert not registered_common_name("与影院有限公司", 1, "影院", "有限公司")  # too short
    assert not registered_common_name("该影院管理有限公司", 1, "影院管理", "有限公司")


def test_an_adverb_tagged_word_after_a_place_stays_in_a_registered_name(extract_text) -> None:
    # jieba tags 首都 an adverb; between a place and the brand's nouns it is the brand's
    ex: Extraction = extract_text("永嘉首都星光影院有限公司与澜峰村结对。")
    assert "永嘉首都星光影院有限公司" in names(ex, "Organization")


def test_a_common_name_after_a_verb_is_named_by_a_unit_two_items_along_its_list(
    extract_text,
) -> None:
    # 携手 opens the list; a brand with no ending stands between the two units
    ex: Extraction = extract_text(
        "澜峰街道党工委携手隧道工程项目部、海鸥前哨、永嘉澜溪集团开展共建。"
    )
    assert {"隧道工程项目部", "海鸥前哨", "永嘉澜溪集团"} <= names(ex, "Organization")


def test_two_common_words_after_a_verb_stay_a_description(extract_text) -> None:
    ex: Extraction = extract_text("调研组先后来到医疗集团、澜溪文化园、永嘉澜溪集团。")
    assert "医疗集团" not in names(ex, "Organization")


def test_list_neighbours_reach_over_one_short_item() -> None:
    text = "甲乙项目部、海鸥前哨、丙丁集团"
    first = UnitSpan(0, 5, 5, "org", "项目部")
    last = UnitSpan(11, 15, 15, "org", "集团")
    starts, ends = {0: first, 11: last}, {5: first, 15: last}
    assert list_neighbours(text, first, starts, ends) == [last]
    assert list_neighbours(text, last, starts, ends) == [first]
    # a sentence between them is no list item
    far = "甲乙项目部、海鸥前哨开展活动、丙丁集团"
    assert list_neighbours(far, first, {0: first}, {5: first}) == []
