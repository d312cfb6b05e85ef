"""Units the rules missed on text they were not written from (units21): a lone first
character of a name right after the sentence's own words end, and kinds of unit the
ending list lacked. Sentences and names are invented."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import (
    Piece,
    after_apposition_noun,
    drop_lone_leading_character,
    level_after_description,
    opens_after_a_boundary,
)
from ingest.extract.resolve import division_left_out, group_not_named, org_aliases
from ingest.extract.unit_rules import _framed_item, known_brand_word
from ingest.lexicon import load_lexicon
from ingest.model import Extraction
from ingest.segment import Tokens


def test_a_lone_first_character_after_punctuation_or_a_verb_opens_the_name() -> None:
    for text, k in (("会上，大江南", 3), ("先后来到众江南", 4), ("党支部与中江南", 4)):
        tokens = Tokens(text)
        piece = Piece(k, k + 1, False, "a")
        assert opens_after_a_boundary(text, piece, tokens), text
        pieces = [piece, Piece(k + 1, k + 3, True, "ns")]
        assert drop_lone_leading_character(text, pieces, tokens) == pieces


def test_a_lone_character_after_a_noun_or_a_lone_function_word_still_goes() -> None:
    text = "辖区内江南"
    tokens = Tokens(text)
    pieces = [Piece(2, 3, False, "f"), Piece(3, 5, True, "ns")]
    assert not opens_after_a_boundary(text, pieces[0], tokens)
    assert drop_lone_leading_character(text, pieces, tokens) == pieces[1:]
    # 即 (a verb), 各 (a pronoun): words of the sentence even after punctuation
    for text, pos in (("“即江南", "v"), ("，各江南", "r")):
        assert not opens_after_a_boundary(text, Piece(1, 2, False, pos), Tokens(text))


def test_names_opening_with_a_lone_character_are_whole(extract_text) -> None:
    ex: Extraction = extract_text(
        "会上，大江南管委会委员出席。考察团先后来到众江南农业开发有限公司参观，"
        "又在老江南水库展示馆座谈。"
    )
    assert {"大江南管委会", "众江南农业开发有限公司", "老江南水库展示馆"} <= names(
        ex, "Organization"
    )


def test_stations_venues_and_groups_the_list_lacked_are_units(extract_text) -> None:
    ex: Extraction = extract_text(
        "会议在澜溪县水土保持总站召开，澜溪市天文台、永嘉便民警务站、澜溪烈士陵园、"
        "永嘉文化旅游度假区参加。"
    )
    assert {
        "澜溪县水土保持总站",
        "澜溪市天文台",
        "永嘉便民警务站",
        "澜溪烈士陵园",
        "永嘉文化旅游度假区",
    } <= names(ex, "Organization")


def test_a_party_committee_after_a_word_tagged_descriptive_opens_the_name(extract_text) -> None:
    # jieba tags 落实 an adjective: the word is the sentence's, 市委 opens the name
    text = "落实市委组织部"
    pieces = [Piece(0, 2, False, "a"), Piece(2, 4, False, "n"), Piece(4, 7, False, "n")]
    assert level_after_description(text, pieces) == 1
    # a descriptive word after the committee still makes the phrase descriptive
    text = "落实市委优秀组织部"
    pieces = [Piece(0, 2, False, "a"), Piece(2, 4, False, "n"), Piece(4, 6, False, "a")]
    assert level_after_description(text, pieces) is None
    ex: Extraction = extract_text("为落实市委组织部“一对一”挂点联系工作要求，澜溪公司开展活动。")
    assert "市委组织部" in names(ex, "Organization")


def test_a_list_item_opened_by_an_unlinked_province_is_one_name(extract_text) -> None:
    # the walk stops at 防御 (a verb); the separators and the province say where it starts
    ex: Extraction = extract_text("福建省气象局、福建省澜溪灾害防御技术中心等一行深入结对共建村。")
    assert "福建省澜溪灾害防御技术中心" in names(ex, "Organization")


def test_a_bodys_two_fields_after_a_level_word_are_its_name(extract_text) -> None:
    # 文化, 发展: generic words alone, a field right after a level word or a place;
    # 自然资源: a fixed phrase jieba tags l
    ex: Extraction = extract_text("县文化和旅游局、市自然资源和规划局、市发展和改革委员会参加。")
    assert {"县文化和旅游局", "市自然资源和规划局", "市发展和改革委员会"} <= names(
        ex, "Organization"
    )
    assert "旅游局" not in names(ex, "Organization")
    ex = extract_text("澜溪县文化和旅游局与永嘉村结对。")
    assert "澜溪县文化和旅游局" in names(ex, "Organization")


def test_a_known_word_of_a_brand_and_its_trade_is_a_framed_items_name() -> None:
    lex = load_lexicon()
    # jieba holds some brands with their trade as one word (tagged n or nz)
    assert known_brand_word("澜溪汽车", "n", lex)
    assert _framed_item([("永嘉水泥", "nz")], lex)
    assert not known_brand_word("农业", "n", lex)  # a short word is the sentence's
    assert not known_brand_word("公交公司", "n", lex)  # a common name with an ending
    assert not _framed_item([("基础", "n")], lex)


def test_a_compass_word_after_a_level_word_is_part_of_the_name(extract_text) -> None:
    ex: Extraction = extract_text("近日，市西部水源管理中心与澜溪社区工作站进行结对共建。")
    assert "市西部水源管理中心" in names(ex, "Organization")
    ex = extract_text("在城市西部新建了一所学校。")
    assert names(ex, "Organization") == set()


def test_a_group_is_not_a_company_of_its_brand_that_is_no_group() -> None:
    assert group_not_named("澜溪临港集团", "澜溪临港控股股份有限公司")
    assert not group_not_named("澜溪临港集团", "澜溪临港集团有限公司")
    aliases = org_aliases(["澜溪临港集团", "澜溪临港控股股份有限公司"])
    assert aliases["澜溪临港集团"] == "澜溪临港集团"
    # a brand with 公司 is still the registered company's short form
    aliases = org_aliases(["澜溪公司", "澜溪生态农业有限公司"])
    assert aliases["澜溪公司"] == "澜溪生态农业有限公司"


def test_a_branch_under_a_lower_division_is_another_branch() -> None:
    assert division_left_out("永嘉市澜溪")
    assert not division_left_out("回族自治")
    names_ = ["宁夏回族自治区永嘉市澜溪区邮政分公司", "宁夏区邮政分公司"]
    assert org_aliases(names_)["宁夏区邮政分公司"] == "宁夏区邮政分公司"
    # an autonomous region's full form is no lower division
    assert not division_left_out("回族自治区")
    names_ = ["宁夏回族自治区邮政分公司", "宁夏邮政分公司"]
    assert org_aliases(names_)["宁夏邮政分公司"] == "宁夏回族自治区邮政分公司"


def test_a_word_for_a_unit_in_apposition_is_no_piece_of_the_name(extract_text) -> None:
    ex: Extraction = extract_text("调研我市产业援疆企业澜斯数码公司经营发展情况。")
    assert "澜斯数码公司" in names(ex, "Organization")
    assert "援疆企业澜斯数码公司" not in names(ex, "Organization")
    # with no proper piece after it the word stays the name's (中小企业服务中心)
    text = "中小企业服务"
    pieces = [Piece(0, 4, False, "l"), Piece(4, 6, False, "vn")]
    assert after_apposition_noun(text, pieces) == pieces


def test_the_supreme_court_and_procuratorate_by_their_official_short_forms(
    extract_text,
) -> None:
    ex: Extraction = extract_text("最高法、最高检联合发布典型案例。")
    assert {"最高人民法院", "最高人民检察院"} <= names(ex, "Organization")


def test_a_hospital_by_its_number_after_a_level_word(extract_text) -> None:
    ex: Extraction = extract_text("展示了市二院党员干部的良好形象，澜溪县一院与永嘉村结对。")
    assert {"市二院", "澜溪县一院"} <= names(ex, "Organization")
    assert names(extract_text("他在第二院落里休息。"), "Organization") == set()


def test_a_party_body_named_by_its_kind_is_a_unit_of_its_own(extract_text) -> None:
    ex: Extraction = extract_text(
        "澜溪街道永嘉社区党委、中天大厦综合党委携手澜溪公司党支部举行签约。"
        "签约仪式由澜溪区卫生健康局党组副书记、区民营医疗机构行业党委书记主持。"
    )
    assert {"中天大厦综合党委", "区民营医疗机构行业党委"} <= names(ex, "Organization")


def test_a_kind_named_body_of_a_community_or_after_sentence_words_is_none(
    extract_text,
) -> None:
    ex: Extraction = extract_text("澜溪医院与永嘉社区综合党委签订共建协议。")
    assert "永嘉社区综合党委" not in names(ex, "Organization")
    ex = extract_text("据悉，这是澜溪市首个银企社综合党委。加入综合党委后，校直属党支部参加。")
    assert not {n for n in names(ex, "Organization") if n.endswith(("综合党委", "直属党支部"))}


def test_a_department_of_a_national_body_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text(
        "农业农村部澜溪振兴司、国家乡村振兴局永嘉指导司有关同志参加，"
        "中国水利部澜溪移民司二级巡视员出席。"
    )
    assert {
        "农业农村部澜溪振兴司",
        "国家乡村振兴局永嘉指导司",
        "中国水利部澜溪移民司",
    } <= names(ex, "Organization")
    assert names(extract_text("商务部公司化改革。"), "Organization") == {"商务部"}
    ex = extract_text("交通银行澜溪振兴部、农业银行大客户部有关同志参加，工商银行干部职工出席。")
    assert {"交通银行澜溪振兴部", "农业银行大客户部", "中国工商银行"} <= names(ex, "Organization")
