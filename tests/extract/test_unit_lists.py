"""A name in a list of units is a unit: a common name next to a named unit, the items of
a list its closing words call units (甲、乙等企业), an item glued to the conjunction
before it. Sentences and names are invented."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.unit_rules import framed_items
from ingest.model import Extraction
from ingest.segment import Tokens


def items(text: str) -> list[str]:
    return sorted(text[s:e] for s, e in framed_items(text, Tokens(text)))


def test_the_items_of_a_list_closed_by_its_kind_are_found() -> None:
    text = "依托澜溪米业、澜江粮油和澜山现代农业等农业龙头企业，带动发展"
    assert items(text) == ["澜山现代农业", "澜江粮油", "澜溪米业"]


def test_a_single_item_before_a_kind_word_is_no_list() -> None:
    assert items("依托澜溪米业等企业") == []


def test_items_of_a_framed_list_are_units(extract_text) -> None:
    ex: Extraction = extract_text("镇里依托澜溪米业、澜江粮油等12家企业开展村企共建。")
    assert {"澜溪米业", "澜江粮油"} <= names(ex, "Organization")


def test_a_list_of_people_is_no_list_of_units(extract_text) -> None:
    ex: Extraction = extract_text("周明、李华等单位负责人出席。")
    assert names(ex, "Organization") == set()


def test_a_common_name_next_to_a_named_unit_in_a_list_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("依托澜溪农机服务中心、禾禾生态合作社，带动农户增收。")
    assert "禾禾生态合作社" in names(ex, "Organization")


def test_an_item_glued_to_the_conjunction_before_it_is_an_item(extract_text) -> None:
    ex: Extraction = extract_text("分别与祥溪咨询、澜江医院等单位结对共建。")
    assert {"祥溪咨询", "澜江医院"} <= names(ex, "Organization")


def test_a_count_of_units_closes_a_list_without_a_word_for_etc(extract_text) -> None:
    ex: Extraction = extract_text(
        "澜溪饭店、禾川书城澜山路店、澜江华东业务发展服务中心3家单位认领了重点项目。"
    )
    assert {"澜溪饭店", "禾川书城澜山路店"} <= names(ex, "Organization")


def test_a_framed_item_is_a_unit_whatever_jieba_tags_its_words(extract_text) -> None:
    ex: Extraction = extract_text(
        "澜溪石化厂、高新分局、禾川盈创、澜山医院等18家企事业单位党组织负责人参加会议。"
    )
    assert {"高新分局", "禾川盈创"} <= names(ex, "Organization")


def test_a_short_form_in_a_framed_list_is_the_name_of_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("禾澜物业、执法分局、水务分公司等17家单位纳入社区大党委。")
    assert {"执法分局", "水务分公司"} <= names(ex, "Organization")


def test_a_list_of_resources_joined_to_companies_is_no_list_of_units(extract_text) -> None:
    ex: Extraction = extract_text("该乡计划把村内土地、劳动力等资源与企业的先进经营理念结合起来。")
    assert names(ex, "Organization") == set()


def test_the_first_item_of_a_list_starts_after_the_verb_before_it(extract_text) -> None:
    ex: Extraction = extract_text("依托禾云百合、澜溪生态合作社、长川小家禽饲养中心，带动农户。")
    assert "禾云百合" in names(ex, "Organization")


def test_an_item_between_two_units_of_a_list_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("会泽县人民医院、上策橡胶、会泽县第一中学负责人参加会议。")
    assert "上策橡胶" in names(ex, "Organization")


def test_fields_listed_before_departments_are_no_units(extract_text) -> None:
    ex: Extraction = extract_text("会上，两地教育、科技、文广旅体、卫健等部门签订结对协议。")
    assert names(ex, "Organization") == set()


def test_brands_a_pairing_frame_joins_to_a_unit_are_units(extract_text) -> None:
    ex: Extraction = extract_text("会泽县人民医院与星辉药房、澜溪物业结对共建。")
    assert {"星辉药房", "澜溪物业"} <= names(ex, "Organization")


def test_a_brand_before_a_unit_in_a_signing_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("澜溪咨询与会泽县人民医院签订共建协议。")
    assert "澜溪咨询" in names(ex, "Organization")


def test_people_a_pairing_frame_joins_to_a_unit_are_no_unit(extract_text) -> None:
    ex: Extraction = extract_text("会泽县人民医院与困难党员结对帮扶。")
    assert names(ex, "Organization") == {"会泽县人民医院"}


def test_a_list_may_open_right_after_a_preposition_taking_units(extract_text) -> None:
    # 由甲、乙组成: the common-word company name opens a list whose next item is named
    ex: Extraction = extract_text("联盟由环湖公路养护公司党支部、澜溪县人民医院党支部组成。")
    assert "环湖公路养护公司" in names(ex, "Organization")
