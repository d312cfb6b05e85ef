"""Unit names the plain ending-and-left-edge rule used to cut or miss: bodies named by a
level word and 工委, names holding 之 or 和, school colleges, accounts cited as a source."""

from __future__ import annotations

from extract_helpers import names, posts


def test_an_organs_working_committee_is_a_party_body_of_its_own(extract_text) -> None:
    ex = extract_text("县直机关工委书记罗文彬出席会议，市直机关工委的同志参加。")
    assert {"县直机关工委", "市直机关工委"} <= names(ex, "Organization")
    assert ("罗文彬", "书记", "县直机关工委") in posts(ex)


def test_a_street_working_committee_written_short_is_the_street(extract_text) -> None:
    ex = extract_text("江岸区大智街道工委副书记苏明主持会议。")
    assert "大智街道工委" not in names(ex, "Organization")
    assert ("苏明", "副书记", "大智街道") in posts(ex)


def test_zhi_and_one_character_after_a_proper_word_stay_in_the_name(extract_text) -> None:
    ex = extract_text("桐川之家养老服务中心和来自澜江之光文化传媒有限公司的志愿者参加。")
    assert {"桐川之家养老服务中心", "澜江之光文化传媒有限公司"} <= names(ex, "Organization")


def test_zhi_as_a_word_of_the_sentence_still_ends_a_name(extract_text) -> None:
    ex = extract_text("三年之后澜江文化传媒有限公司成为结对单位之一。")
    assert "澜江文化传媒有限公司" in names(ex, "Organization")
    assert not any("之" in n for n in names(ex))


def test_he_after_a_bare_city_short_form_begins_a_brand(extract_text) -> None:
    ex = extract_text("潍坊和顺物业服务有限公司的党员参加活动。")
    assert "潍坊和顺物业服务有限公司" in names(ex, "Organization")
    assert "潍坊市" not in names(ex, "Region")


def test_he_after_a_full_division_name_is_a_conjunction(extract_text) -> None:
    ex = extract_text("郫都区和蓉新食品有限公司的党员参加活动。")
    assert "蓉新食品有限公司" in names(ex, "Organization")
    assert "郫都区" in names(ex, "Region")


def test_two_lone_characters_after_a_boundary_word_are_a_name(extract_text) -> None:
    ex = extract_text("来自中恒信托有限公司的代表发言。")
    assert "中恒信托有限公司" in names(ex, "Organization")


def test_a_college_of_a_university_named_by_an_ordinary_word_is_one_unit(extract_text) -> None:
    ex = extract_text("闽江大学至诚学院与南屿村签订协议。")
    assert "闽江大学至诚学院" in names(ex, "Organization")
    assert "闽江大学" not in names(ex, "Organization")


def test_a_university_and_a_college_joined_by_a_conjunction_stay_two(extract_text) -> None:
    ex = extract_text("闽江大学与澜江职业学院签订协议。")
    assert {"闽江大学", "澜江职业学院"} <= names(ex, "Organization")


def test_a_news_account_cited_as_the_source_is_an_organisation(extract_text) -> None:
    ex = extract_text(
        "青禾县开展结对活动\n\n来源：青禾发布  2024-05-06\n\n"
        "据澄溪组工消息，青禾县各村将开展结对共建。"
    )
    assert {"青禾发布", "澄溪组工"} <= names(ex, "Organization")


def test_the_verb_fabu_after_a_unit_makes_no_account(extract_text) -> None:
    ex = extract_text("青禾县文明办发布的通知要求各村开展结对共建。")
    assert "青禾县文明办" in names(ex, "Organization")
    assert not any(n.endswith("发布") for n in names(ex))


def test_a_party_body_written_with_zhonggong_keeps_the_form_and_the_form_without(
    extract_text,
) -> None:
    ex = extract_text("中共青禾县委党校的教师参加了活动。")
    school = next(e for e in ex.entities if e.name == "中共青禾县委党校")
    assert school.type == "Organization"
    assert "青禾县委党校" in school.aliases


def test_abbreviated_county_bodies_are_units(extract_text) -> None:
    ex = extract_text(
        "会上，郯城县农商行、郯城县人社局、郯城县住建局、郯城县残联、郯城县科协、"
        "郯城县工商联、郯城县人武部和郯城县妇幼保健院的党员参加活动。"
    )
    assert {
        "郯城县农商行",
        "郯城县人社局",
        "郯城县住建局",
        "郯城县残联",
        "郯城县科协",
        "郯城县工商联",
        "郯城县人武部",
        "郯城县妇幼保健院",
    } <= names(ex, "Organization")


def test_a_level_word_and_an_abbreviated_body_are_a_unit(extract_text) -> None:
    ex = extract_text("县残联和区人社局的同志参加活动。")
    assert {"县残联", "区人社局"} <= names(ex, "Organization")


def test_service_welfare_trade_and_association_endings(extract_text) -> None:
    ex = extract_text(
        "活动中，马头镇新时代文明实践所、郯城县敬老院、郯城县鲁南书院、郯城县金桥超市、"
        "郯城县王明名师工作室、郯城县民宿联盟、郯城县农村信用合作联社和郯城县乡村振兴促进会"
        "的同志参加。"
    )
    assert {
        "马头镇新时代文明实践所",
        "郯城县敬老院",
        "郯城县鲁南书院",
        "郯城县金桥超市",
        "郯城县王明名师工作室",
        "郯城县民宿联盟",
        "郯城县农村信用合作联社",
        "郯城县乡村振兴促进会",
    } <= names(ex, "Organization")


def test_the_same_endings_without_a_proper_head_name_no_unit(extract_text) -> None:
    ex = extract_text("各村敬老院、大型超市、党员工作室和志愿者联盟也参与了活动。")
    assert names(ex, "Organization") == set()


def test_a_quoted_name_that_modifies_an_activity_is_no_unit(extract_text) -> None:
    ex = extract_text("如以“澄溪联盟”联合主题党日为载体开展活动，“青禾书院”与澄溪村结对。")
    assert "澄溪联盟" not in names(ex, "Organization")
    assert "青禾书院" in names(ex, "Organization")


def test_a_level_word_before_an_official_ending_names_the_unit(extract_text) -> None:
    ex = extract_text("县人民医院、县中医院、区人民法院、县图书馆的党员参加了活动。")
    assert {"县人民医院", "县中医院", "区人民法院", "县图书馆"} <= names(ex, "Organization")


def test_a_level_word_before_a_colloquial_ending_is_a_description(extract_text) -> None:
    ex = extract_text("县医院派出医师，各人民医院和市级人民医院也参与。")
    assert names(ex, "Organization") == set()
