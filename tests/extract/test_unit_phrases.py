"""Unit phrases that name no unit, and abbreviated bodies jieba cut badly (issue 13,
training articles' phenomena). Sentences and names are invented; places are real
counties outside the development set."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.unit_rules import in_document_title
from ingest.model import Extraction


def test_an_abbreviated_body_whose_ending_jieba_glued_is_named_from_its_place(
    extract_text,
) -> None:
    ex: Extraction = extract_text("会泽县农经委主任张明出席签约仪式。")
    assert "会泽县农经委" in names(ex, "Organization")


def test_a_conjunction_of_two_names_of_one_site_ends_the_name(extract_text) -> None:
    ex: Extraction = extract_text("澜溪街校共建实践基地暨禾川花园社区党群服务中心揭牌仪式举行。")
    assert "禾川花园社区党群服务中心" in names(ex, "Organization")
    assert not any(n.startswith("暨") for n in names(ex, "Organization"))


def test_local_companies_are_no_unit(extract_text) -> None:
    ex: Extraction = extract_text("将澜溪当地公司的用工需求信息发至各村。")
    assert names(ex, "Organization") == set()


def test_a_verb_of_building_up_is_no_part_of_a_name(extract_text) -> None:
    ex: Extraction = extract_text("澜溪街道筑牢社区党建服务中心主阵地，共同建强基层党支部。")
    assert not any(n.startswith(("澜溪街道筑牢", "建强")) for n in names(ex, "Organization"))


def test_a_unit_phrase_after_each_names_no_unit(extract_text) -> None:
    ex: Extraction = extract_text("村党组织分别与市各大口党委开展结对。")
    assert "大口党委" not in names(ex, "Organization")


def test_a_unit_inside_a_documents_title_is_no_mention() -> None:
    text = "会上宣读了《禾川街道党建联盟实施方案》和成员名单。"
    s = text.index("禾川")
    assert in_document_title(text, s, text.index("实施"))


def test_the_body_issuing_a_document_is_a_unit() -> None:
    text = "按照《中共禾川区委组织部关于做好联系社区工作的通知》要求"
    s = text.index("禾川")
    assert not in_document_title(text, s, text.index("关于"))


def test_a_papers_name_in_brackets_is_no_documents_title() -> None:
    text = "据《禾川日报》报道"
    assert not in_document_title(text, text.index("禾川"), text.index("》"))


def test_an_abbreviated_body_listed_after_a_level_prefixed_body_shares_its_level(
    extract_text,
) -> None:
    ex: Extraction = extract_text("市发改委、住建委、财政局主要负责人参加了签约仪式。")
    assert "市住建委" in names(ex, "Organization")


def test_a_title_after_a_level_prefixed_body_is_no_listed_body(extract_text) -> None:
    ex: Extraction = extract_text("市发改委、党委书记张明出席。")
    assert names(ex, "Organization") == {"市发改委"}


def test_a_section_of_a_road_or_railway_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("会泽县直属公路段与禾川社区结对共建。")
    assert "会泽县直属公路段" in names(ex, "Organization")


def test_a_unit_named_by_a_number_in_chinese_digits_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("九〇七医院第二党支部与禾川社区第九党支部签约。")
    assert "九〇七医院" in names(ex, "Organization")


def test_a_place_bodys_generic_branch_written_again_is_the_place(extract_text) -> None:
    ex: Extraction = extract_text(
        "会泽县社区党组织与驻社区单位开展共建。\n在推进社区党组织建设工作中，各社区党支部参与。"
    )
    assert "会泽县" not in names(ex, "Organization")


def test_a_name_written_with_its_address_is_the_same_unit() -> None:
    from ingest.extract.resolve import org_aliases

    forms = ["禾川市澜溪路紫云综合党委", "禾川市紫云综合党委", "紫云综合党委"]
    assert set(org_aliases(forms).values()) == {"禾川市澜溪路紫云综合党委"}


def test_a_name_with_another_word_inside_is_another_unit() -> None:
    from ingest.extract.resolve import org_aliases

    forms = ["禾川市澜溪第一中学", "禾川市第一中学"]
    assert org_aliases(forms) == {f: f for f in forms}


def test_the_organs_party_committee_folds_into_its_unit(extract_text) -> None:
    ex: Extraction = extract_text(
        "会泽县气象局机关党委书记张明、会泽县气象局机关党办主任李华出席。"
    )
    assert names(ex, "Organization") == {"会泽县气象局"}


def test_a_branch_written_after_its_companys_registered_name_is_one_unit(extract_text) -> None:
    ex: Extraction = extract_text(
        "会泽县水务(集团)有限公司供水分公司与禾川社区结对，水务供水分公司党支部书记张明出席。"
    )
    assert "会泽县水务(集团)有限公司供水分公司" in names(ex, "Organization")
    assert "水务供水分公司" not in names(ex, "Organization")


def test_a_policy_research_office_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("会泽县委政策研究室主任张明出席。")
    assert "会泽县委政策研究室" in names(ex, "Organization")


def test_a_team_a_place_stationed_elsewhere_is_named_from_the_sending_place(
    extract_text,
) -> None:
    ex: Extraction = extract_text("感谢会泽县委县政府和会泽驻宣威帮扶工作组以及结对村企。")
    assert "会泽驻宣威帮扶工作组" in names(ex, "Organization")


def test_an_enumerator_or_a_caption_opening_is_no_part_of_a_name(extract_text) -> None:
    ex: Extraction = extract_text(
        "一是加强联系；二是澜溪学院与禾川社区深入交流。图为党委书记张明讲话。"
    )
    orgs = names(ex, "Organization")
    assert not any(n.startswith(("二是", "图为")) for n in orgs)


def test_a_verb_of_deepening_is_no_part_of_an_alliances_name(extract_text) -> None:
    ex: Extraction = extract_text("双方将深化党建联盟，随著党建联盟的成立，合作更加紧密。")
    orgs = names(ex, "Organization")
    assert not any(n.startswith(("深化", "随著")) for n in orgs)


def test_a_verb_of_building_together_or_empowering_is_no_part_of_a_name(extract_text) -> None:
    ex: Extraction = extract_text("禾川镇：同心共筑红色联盟。以党建联盟赋能联建医院的高质量发展。")
    orgs = names(ex, "Organization")
    assert not any("共筑" in n or "赋能" in n for n in orgs)
