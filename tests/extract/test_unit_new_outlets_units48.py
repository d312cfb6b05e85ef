"""Units on new outlets (units48): the classes counted on the misses of the readable
articles, x651–x730 first. Sentences and names are invented."""

from __future__ import annotations

from extract_helpers import names, posts

from ingest.extract.orgs import partner_role_before_name, whole_party, zone_word_at
from ingest.lexicon import load_lexicon
from ingest.model import Extraction


def test_a_democratic_party_by_its_full_or_short_name_is_the_party_as_a_whole() -> None:
    lex = load_lexicon()
    assert whole_party("民革", lex)
    assert whole_party("中国致公党", lex)
    assert whole_party("九三学社", lex)
    assert not whole_party("民革中央", lex)
    assert not whole_party("中华全国总工会", lex)


def test_a_party_before_zhongyang_is_its_central_committee(extract_text) -> None:
    ex: Extraction = extract_text("民革中央副主席周明一行到澜溪镇调研，民建中央也派员参加。")
    assert {"民革中央", "民建中央"} <= names(ex, "Organization")


def test_a_zone_word_opening_with_a_preposition_keeps_its_first_character(extract_text) -> None:
    ex: Extraction = extract_text("为做好预防工作，经开区检察院携手辖区内学校召开座谈会。")
    orgs = names(ex, "Organization")
    assert "经开区检察院" in orgs
    assert "开区检察院" not in orgs


def test_only_a_zone_word_keeps_the_boundary_character_it_opens_with() -> None:
    assert zone_word_at("经开区检察院", 0, load_lexicon())
    assert not zone_word_at("经澜溪检察院", 0, load_lexicon())


def test_a_partner_role_before_a_bureau_is_the_sentences(extract_text) -> None:
    ex: Extraction = extract_text("该村联合包联单位税务局建设了活动室。")
    orgs = names(ex, "Organization")
    assert "税务局" in orgs
    assert "包联单位税务局" not in orgs


def test_a_partner_role_is_a_pairing_word_before_the_kind_noun() -> None:
    assert partner_role_before_name("联点市直单位", 0, 6)
    assert partner_role_before_name("结对帮扶单位", 0, 6)
    assert not partner_role_before_name("小微企业", 0, 4)


def test_a_trade_leader_before_a_company_is_its_description(extract_text) -> None:
    ex: Extraction = extract_text("澜溪工艺品行业龙头禾川编织品有限公司吸纳就业两百人。")
    orgs = names(ex, "Organization")
    assert "禾川编织品有限公司" in orgs
    assert not any("龙头" in o for o in orgs)


def test_a_verb_of_inviting_ends_the_name_it_takes(extract_text) -> None:
    ex: Extraction = extract_text("社区党委特邀澜江交通学院马克思学院老师授课。")
    orgs = names(ex, "Organization")
    assert "澜江交通学院马克思学院" in orgs
    assert not any(o.startswith("特邀") for o in orgs)


def test_a_number_inside_a_brand_is_a_piece_of_the_name(extract_text) -> None:
    ex: Extraction = extract_text("澜溪区文化局与济南创新100文化传媒有限公司签约。")
    orgs = names(ex, "Organization")
    assert "济南创新100文化传媒有限公司" in orgs
    assert "文化传媒有限公司" not in orgs


def test_a_hotline_number_opens_a_service_centres_name(extract_text) -> None:
    ex: Extraction = extract_text("一行人参观了12345便民服务中心、文化长廊等场所。")
    assert "12345便民服务中心" in names(ex, "Organization")


def test_a_year_or_a_count_before_a_name_stays_out_of_it(extract_text) -> None:
    ex: Extraction = extract_text("2023澜溪县人民医院共接诊病人，300名医生参加。")
    orgs = names(ex, "Organization")
    assert not any(o[0].isdigit() for o in orgs)


def test_a_national_body_cut_into_words_heads_its_regional_office(extract_text) -> None:
    ex: Extraction = extract_text("近日，国家能源局华北监管局机关党委与澜溪村开展共建。")
    orgs = names(ex, "Organization")
    assert "国家能源局华北监管局" in orgs
    assert "局华北监管局" not in orgs


def test_a_branch_before_a_party_chairs_title_is_the_partys_branch(extract_text) -> None:
    ex: Extraction = extract_text(
        "12日，致公党代表团来访，市直总支副主委周明，市属三支部主委王强出席活动。"
    )
    assert {"市直总支", "市属三支部"} <= names(ex, "Organization")
    assert posts(ex) >= {("周明", "副主委", "市直总支"), ("王强", "主委", "市属三支部")}


def test_no_branch_before_a_chair_without_a_democratic_party_in_the_story(extract_text) -> None:
    ex: Extraction = extract_text("12日，市直总支副主委周明出席活动。各支部主委参加。")
    assert "市直总支" not in names(ex, "Organization")


def test_a_pronoun_names_no_branch_before_a_chair(extract_text) -> None:
    ex: Extraction = extract_text("致公党代表团来访，各支部主委参加。")
    assert not any(o.endswith("支部") for o in names(ex, "Organization"))


def test_an_unknown_word_before_a_county_written_in_full_is_the_sentences(extract_text) -> None:
    ex: Extraction = extract_text("澜溪考察团一行五人受海淀区台办之邀前来参观。")
    orgs = names(ex, "Organization")
    assert "海淀区台办" in orgs
    assert not any(o.startswith("五人") for o in orgs)
