"""Unit names of common words and the phrases that look like units but are none (issue
13, the sixth units pass): registered company forms, adverb-tagged words and lone
characters at a name's edge, list neighbours and whole list items, roads, residents'
committees spelt out, partnership modes, projects, descriptions by type and trades
every city has. Sentences and names are invented (places from a county outside the
training articles, or a province none of them names)."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import UnitSpan, list_neighbours, of_a_type, road_name
from ingest.extract.unit_rules import (
    joint_villages_body,
    names_a_project,
    one_committee_of_the_story,
    partnership_mode,
    registered_common_name,
    residents_committee_name,
    unit_of_its_body,
)
from ingest.lexicon import load_lexicon
from ingest.model import Extraction, Mention


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


def test_an_unlinked_residents_committee_is_a_committee_not_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("澜溪县学院与澜峰新村第二居民委员会签署结对共建协议。")
    assert not any(n.endswith("居民委员会") for n in names(ex, "Organization"))
    assert "澜峰新村第二居民委员会" in names(ex, "ResidentsCommittee")


def test_residents_committee_name_leaves_out_the_town_before_it() -> None:
    assert residents_committee_name("澜溪镇澜峰新村第三居民委员会") == "澜峰新村第三居民委员会"
    assert residents_committee_name("澜峰社区居民委员会") == "澜峰社区居民委员会"
    assert residents_committee_name("居民委员会") is None
    assert residents_committee_name("澜峰社区管理委员会") is None
    assert residents_committee_name("社区居民委员会") is None  # the kind every community has


def test_a_set_phrase_before_a_community_body_is_no_community(extract_text) -> None:
    ex: Extraction = extract_text("新社区圆满完成社区党委和10个党支部的成立和选举。")
    assert not any("完成" in n for n in names(ex, "ResidentsCommittee"))
    ex = extract_text("澜溪县学院与澜峰新苑社区党委签署结对共建协议。")
    assert any(n.endswith("澜峰新苑社区") for n in names(ex, "ResidentsCommittee"))


def test_a_spelt_out_committee_is_dropped_where_the_story_links_one() -> None:
    linked = Mention(0, 5, "澜峰居民区", "ResidentsCommittee", "澜峰居民区", code="330324001001")
    spelt = Mention(9, 18, "澜峰社区居民委员会", "ResidentsCommittee", "澜峰社区居民委员会")
    assert one_committee_of_the_story([(linked, 5), (spelt, 18)]) == [(linked, 5)]
    assert one_committee_of_the_story([(spelt, 18)]) == [(spelt, 18)]


def test_a_party_body_of_a_partnership_mode_is_no_unit(extract_text) -> None:
    ex: Extraction = extract_text("澜峰镇首个村企居综合党委成立，“警校企”党委互联共建项目揭牌。")
    assert not any("企" in n for n in names(ex, "Organization"))


def test_partnership_mode_reads_kind_letters_only() -> None:
    assert partnership_mode("警校企")
    assert partnership_mode("“村企”")
    assert partnership_mode("村企居综合")
    assert not partnership_mode("医院")  # a hospital's party committee
    assert not partnership_mode("社区")
    assert not partnership_mode("澜峰村企")  # a name before the letters


def test_a_unit_written_as_the_name_of_a_project_is_none(extract_text) -> None:
    ex: Extraction = extract_text("协调推进永嘉澜溪广播电台项目，澜溪建设公司项目部出席。")
    assert not any("电台" in n for n in names(ex, "Organization"))
    assert "澜溪建设公司项目部" in names(ex, "Organization")


def test_names_a_project_spares_a_project_office() -> None:
    assert names_a_project("某某电台项目改造", 4)
    assert not names_a_project("某某公司项目部", 4)
    assert not names_a_project("某某公司项目党支部", 4)
    assert not names_a_project("某某公司举行", 4)


def test_items_of_a_list_closed_by_projects_are_projects(extract_text) -> None:
    ex: Extraction = extract_text(
        "现场调研了黄桃产业园区、澜峰种植基地、澜溪现代农业产业园等项目建设情况。"
    )
    assert names(ex, "Organization") == set()


def test_names_a_project_walks_a_list_to_its_closing_words() -> None:
    text = "甲产业园、乙基地、丙产业园等项目"
    assert names_a_project(text, 4)
    assert names_a_project(text, text.index("等"))
    assert not names_a_project("甲公司、乙集团等单位", 3)


def test_a_word_of_a_type_is_no_proper_name(extract_text) -> None:
    # jieba tags some 某某型 words as personal names
    ex: Extraction = extract_text("打造开放型绿色节能产业园。")
    assert names(ex, "Organization") == set()
    assert of_a_type("服务型")
    assert not of_a_type("型")
    assert not of_a_type("澜溪")


def test_a_company_named_by_a_trade_every_city_has_is_no_name(extract_text) -> None:
    ex: Extraction = extract_text("公交公司、城投公司与澜峰村结对，永嘉城投公司参加。")
    assert names(ex, "Organization") == {"永嘉城投公司"}


def test_a_whole_list_item_opening_with_a_place_is_the_name(extract_text) -> None:
    # the walk stops at the verb 离任 inside the name; the separators do not
    ex: Extraction = extract_text(
        "街道为永嘉县第二医院、永嘉第三离任干部休养所、永嘉县退役军人离休服务管理中心、"
        "永嘉县图书馆四个轮值单位授牌。"
    )
    found = names(ex, "Organization")
    assert "永嘉第三离任干部休养所" in found


def test_two_units_joined_in_one_list_item_stay_two(extract_text) -> None:
    ex: Extraction = extract_text(
        "永嘉县中医院和澜峰县中医院、永嘉县发改局和澜峰县扶贫办、永嘉县文化馆签约。"
    )
    assert not any("和" in n for n in names(ex, "Organization"))


def test_a_road_names_the_centre_named_after_it(extract_text) -> None:
    ex: Extraction = extract_text("双方在花园路党建服务中心开展共建签约仪式。")
    assert "花园路党建服务中心" in names(ex, "Organization")
    assert road_name("澜溪路")
    assert not road_name("高速公路")
    assert not road_name("新思路")
    assert not road_name("路")


def test_a_lone_character_before_a_full_division_name_is_the_sentences(
    extract_text,
) -> None:
    # 方 of 业主方 (the owner's side) before a province written in full
    ex: Extraction = extract_text(
        "联合该工程业主方黑龙江省澜溪水电集团、施工单位永嘉一公司成立临时党支部。"
    )
    assert "黑龙江省澜溪水电集团" in names(ex, "Organization")


def test_the_union_of_a_unit_is_that_unit(extract_text) -> None:
    ex: Extraction = extract_text(
        "签约仪式上，澜溪社区卫生服务中心工会主席希望借助学校资源。永嘉县总工会参加。"
    )
    assert names(ex, "Organization") == {"澜溪社区卫生服务中心", "永嘉县总工会"}


def test_unit_of_its_body_needs_a_unit_ending_before_the_body() -> None:
    lex = load_lexicon()
    assert unit_of_its_body("澜溪科技有限公司", "工会", lex) == "有限公司"
    assert unit_of_its_body("永嘉县总", "工会", lex) is None
    assert unit_of_its_body("澜溪大学", "团委", lex) is None  # acts as a unit of its own
    assert unit_of_its_body("澜溪医院", "党委", lex) is None  # a party body folds elsewhere


def test_a_joint_party_body_of_villages_is_no_village(extract_text) -> None:
    ex: Extraction = extract_text("澜峰村与澜溪村组建联村党总支,张某某担任澜峰澜溪联村党总支书记。")
    assert not any(n.endswith("联村") for n in names(ex, "Village"))
    assert joint_villages_body("澜峰澜溪联", "村")
    assert not joint_villages_body("澜峰", "村")
    assert not joint_villages_body("联", "村")


def test_gacha_and_village_as_level_words_name_no_unit(extract_text) -> None:
    ex: Extraction = extract_text(
        "以澜溪镇党委为主体,驻地部队、嘎查社区、驻地企业共驻共建联合党委。"
    )
    assert not any(n.startswith("嘎查") for n in names(ex, "ResidentsCommittee"))
    ex = extract_text("澜溪县企业深入结对联建嘎查村对接帮扶项目。")
    assert not any(n.startswith("嘎查") for n in names(ex, "Village"))
