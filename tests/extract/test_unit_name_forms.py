"""Name forms of units found by the find step: abbreviated bodies after a level word,
names joined by a dash, a news outlet in its dateline, a channel of a site, and the party
body of an area's own organ. Sentences and names are invented."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import (
    ending_ends_name,
    level_abbreviation,
    residents_committee,
    scan_of,
)
from ingest.extract.resolve import _site_of, org_key
from ingest.extract.unit_rules import counted, on_footer_line
from ingest.model import Extraction, PlaceMention
from ingest.segment import Tokens


def test_a_two_character_body_after_a_level_word_is_an_abbreviated_name() -> None:
    text = "区农委和市农办的同志参加"
    sc = scan_of(text, Tokens(text), [])
    k = text.index("农委")
    tok = sc.idx.at(k)
    assert tok is not None and level_abbreviation(sc, tok, k + 2)
    assert ending_ends_name(sc, k + 1, k + 2, "委")


def test_an_area_committee_a_title_and_a_residents_committee_are_no_abbreviation() -> None:
    for text, word in (("澜溪区委常委出席", "常委"), ("社区居委开展活动", "居委")):
        sc = scan_of(text, Tokens(text), [])
        k = text.index(word)
        tok = sc.idx.at(k)
        assert tok is not None and not level_abbreviation(sc, tok, k + 2)


def test_abbreviated_bodies_are_units(extract_text) -> None:
    ex: Extraction = extract_text("区农委、自治区民委和省政府扶贫办的同志到澜溪村调研。")
    assert {"区农委", "自治区民委", "省政府扶贫办"} <= names(ex, "Organization")


def test_a_dash_joins_two_proper_names_into_one(extract_text) -> None:
    ex: Extraction = extract_text("澜溪镇与澜江镇共建的澜溪—澜江飞地产业园正式揭牌。")
    assert "澜溪—澜江飞地产业园" in names(ex, "Organization")
    assert "澜江飞地产业园" not in names(ex, "Organization")


def test_a_dash_between_numbers_joins_nothing(extract_text) -> None:
    ex: Extraction = extract_text("2020-2021年度澜溪中学获评先进。")
    assert "澜溪中学" in names(ex, "Organization")


def test_an_outlet_in_its_dateline_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("澜溪时报讯（记者 周明）近日，澜溪村召开大会。")
    assert "澜溪时报" in names(ex, "Organization")


def test_a_channel_is_an_alias_of_its_site_when_the_site_is_named_too() -> None:
    names_ = ["澜溪网", "澜溪网-澜江频道"]
    assert _site_of("澜溪网-澜江频道", names_) == "澜溪网"
    assert _site_of("澜溪网-澜江频道", ["澜溪网-澜江频道"]) is None


def test_the_party_group_of_a_city_government_is_no_unit(extract_text) -> None:
    ex: Extraction = extract_text("市政府党组召开会议，研究澜溪村帮扶工作。")
    assert names(ex, "Organization") == set()


def test_a_counted_unit_phrase_names_no_unit() -> None:
    text = "13个村党支部书记与六家企业座谈"
    assert counted(text, text.index("个村"))  # the walk took the measure word
    assert counted(text, text.index("村党"))
    assert not counted("澜溪村党支部书记出席", 0)


def test_counted_and_stationed_party_bodies_are_no_units(extract_text) -> None:
    ex: Extraction = extract_text("13个村党支部书记出席。驻村党支部第一书记周明介绍情况。")
    assert names(ex, "Organization") == set()


def test_a_central_village_is_no_centre(extract_text) -> None:
    ex: Extraction = extract_text("调研组来到澜溪镇澜江中心村。")
    assert not any(n.endswith("中心") for n in names(ex, "Organization"))


def test_a_unit_named_by_a_title_is_the_company_of_its_defined_party_alias(extract_text) -> None:
    ex: Extraction = extract_text(
        "中共澜溪新材料发展有限公司支部委员会（以下简称“澜溪新材党支部”）与澜江村结对。"
        "澜溪新材总经理周明表示将持续帮扶。"
    )
    orgs = [e for e in ex.entities if e.type == "Organization"]
    assert len(orgs) == 1
    assert "澜溪新材" in orgs[0].aliases


def test_a_title_ending_in_wei_ends_no_unit(extract_text) -> None:
    ex: Extraction = extract_text("市委常委、秘书长周明到澜溪村调研。")
    assert names(ex, "Organization") == set()


def test_a_unit_on_a_footer_line_is_page_furniture(extract_text) -> None:
    text = "澜溪村与澜江公司结对。\n欢迎来到澜溪法治网！\n©2020 澜江融媒体中心 版权所有"
    assert on_footer_line(text, text.index("澜溪法治网"))
    assert not on_footer_line(text, 0)
    ex: Extraction = extract_text(text)
    assert "澜溪法治网" not in names(ex, "Organization")


def test_a_level_body_named_by_its_function_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("区绿化管理中心与澜溪村签订共建协议。")
    assert "区绿化管理中心" in names(ex, "Organization")


def test_the_party_written_in_full_before_a_unit_is_no_part_of_its_name(extract_text) -> None:
    ex: Extraction = extract_text("中国共产党澜溪集团技术公司第十支部委员会与澜江村签约。")
    assert "澜溪集团技术公司" in names(ex, "Organization")
    assert not any(n.startswith("中国共产党") for n in names(ex))


def test_a_bank_with_and_without_its_company_form_is_one_unit() -> None:
    assert org_key("澜溪农村商业银行股份有限公司") == org_key("澜溪农村商业银行")
    # a brand with no unit's ending keeps its company form
    assert org_key("澜溪科技有限公司") != org_key("澜溪科技")


def test_a_community_committee_is_the_community() -> None:
    text = "澜溪社区居民委员会与澜江公司签约"
    p = PlaceMention(0, 4, "澜溪社区", "ResidentsCommittee", "village", "澜溪社区", None)
    sc = scan_of(text, Tokens(text), [p])
    s = text.index("委员会")
    got = residents_committee(sc, 0, s, s + 3)
    assert got is not None and got.kind == "place"
    assert (text[got.start : got.host_end], text[got.host_end : got.end]) == (
        "澜溪社区",
        "居民委员会",
    )
