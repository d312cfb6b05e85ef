"""A level word glued by jieba to the ending after it (县农|商行, 县融|媒体中心) still
starts a unit; 和 between two complete units is "and", even though 和县 is a county.
Names are invented."""

from __future__ import annotations

from extract_helpers import names, pairs


def test_a_level_word_glued_to_an_abbreviated_ending_is_a_unit(extract_text) -> None:
    ex = extract_text("县农商行党支部与县融媒体中心党支部签订结对共建协议。")
    assert {"县农商行", "县融媒体中心"} <= names(ex, "Organization")
    assert pairs(ex) == {frozenset({"县农商行", "县融媒体中心"})}


def test_a_glued_level_word_after_an_unlisted_county_is_part_of_the_unit(extract_text) -> None:
    ex = extract_text("榆陂县融媒体中心与青禾镇党委结对。")
    assert "榆陂县融媒体中心" in names(ex, "Organization")


def test_he_between_two_complete_units_is_a_conjunction(extract_text) -> None:
    ex = extract_text("区人民法院和县图书馆签订共建协议。")
    orgs = names(ex, "Organization")
    assert {"区人民法院", "县图书馆"} <= orgs
    assert not any("和县" in n for n in orgs)


def test_he_between_a_unit_and_a_county_level_bureau_is_a_conjunction(extract_text) -> None:
    ex = extract_text("会议邀请槐岭区人民医院和县司法局的党员参加。")
    orgs = names(ex, "Organization")
    assert {"槐岭区人民医院", "县司法局"} <= orgs
    assert not any("和县" in n for n in orgs)


def test_the_county_hexian_named_as_a_place_stays_the_county(extract_text) -> None:
    ex = extract_text("安徽省马鞍山市和县图书馆党支部组织党员学习。")
    assert [n for n in names(ex, "Organization") if n.endswith("和县图书馆")]
