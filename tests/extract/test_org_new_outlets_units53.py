"""Organizations on new outlets (units53): classes counted on the Organization errors of
the readable articles, x981–x1060 first. Sentences and names are invented; places are
the gazetteer's (official reference data)."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.unit_rules import (
    award_branch,
    graded_level_court,
    opens_with_count,
    village_team,
)
from ingest.lexicon import load_lexicon
from ingest.model import Extraction


def test_a_bare_level_and_a_courts_grade_name_the_areas_court() -> None:
    court = load_lexicon().org_suffixes["人民法院"]
    assert graded_level_court("市中级", court)
    assert graded_level_court("省高级", court)
    assert graded_level_court("自治州中级", court)
    assert not graded_level_court("某某中级", court)  # a proper name is the walk's business
    assert not graded_level_court("中级", court)
    assert not graded_level_court("市中级", load_lexicon().org_suffixes["学校"])


def test_a_graded_court_after_a_bare_level_is_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("市中级人民法院与某某村结对帮扶，省高级人民法院也派员参加。")
    assert {"市中级人民法院", "省高级人民法院"} <= names(ex, "Organization")


def test_a_special_education_school_after_a_bare_level_is_the_areas(extract_text) -> None:
    ex: Extraction = extract_text("县特殊教育学校与某某村开展结对共建活动。")
    assert "县特殊教育学校" in names(ex, "Organization")


def test_an_areas_party_committee_written_dangwei_heads_its_organ(extract_text) -> None:
    ex: Extraction = extract_text("自治区党委政研室与某某村结对，自治州党委组织部也派员参加。")
    orgs = names(ex, "Organization")
    assert {"自治区党委政研室", "自治州党委组织部"} <= orgs
    assert "自治区党委" not in orgs


def test_a_linked_area_before_dangwei_opens_the_organs_name(extract_text) -> None:
    ex: Extraction = extract_text("罗湖区党委组织部与某某社区结对共建。")
    assert "罗湖区党委组织部" in names(ex, "Organization")


def test_a_units_party_committee_before_an_office_is_no_areas(extract_text) -> None:
    ex: Extraction = extract_text("甲乙公司党委办公室与某某村结对共建。")
    assert "公司党委办公室" not in names(ex, "Organization")


def test_a_trade_tagged_an_adverb_heads_a_firm_after_a_place(extract_text) -> None:
    ex: Extraction = extract_text("湖州高速集团与某某村结对帮扶五年。")
    assert "湖州高速集团" in names(ex, "Organization")


def test_a_trade_tagged_an_adverb_names_no_firm_alone(extract_text) -> None:
    ex: Extraction = extract_text("高速集团与某某村结对帮扶五年。")
    assert not names(ex, "Organization") & {"高速集团", "集团"}


def test_a_phrase_opening_with_a_count_names_no_unit() -> None:
    assert opens_with_count("参加的五所学校都来了", 3)
    assert opens_with_count("三个党支部", 0)
    assert not opens_with_count("第五所学校", 1)
    assert not opens_with_count("简称“五所联盟”", 3)
    assert not opens_with_count("某局一支部", 2)  # 支 opens a branch's name
    assert not opens_with_count("五所", 0)


def test_counted_schools_are_no_unit(extract_text) -> None:
    ex: Extraction = extract_text("参加活动的五所学校与某某村结对。")
    assert "五所学校" not in names(ex, "Organization")


def test_a_team_sent_across_a_support_verb_is_the_senders(extract_text) -> None:
    ex: Extraction = extract_text("海珠区对口帮扶连平县工作队与某某村结对共建。")
    assert "海珠区对口帮扶连平县工作队" in names(ex, "Organization")
    ex = extract_text("湖北省对口支援西藏工作前方指挥部与某某村结对共建。")
    assert "湖北省对口支援西藏工作前方指挥部" in names(ex, "Organization")


def test_a_team_after_a_stationing_word_is_the_senders_too(extract_text) -> None:
    ex: Extraction = extract_text("佛山市结对帮扶清远市乡村振兴驻石潭镇工作队进驻某某村。")
    assert "佛山市结对帮扶清远市乡村振兴驻石潭镇工作队" in names(ex, "Organization")


def test_no_sender_across_punctuation_or_for_other_units(extract_text) -> None:
    ex: Extraction = extract_text("苏州市对口帮扶，某县工作队进驻某某村。")
    assert not any(n.startswith("苏州市") for n in names(ex, "Organization"))


def test_an_honour_written_as_a_branch_names_no_branch() -> None:
    lex = load_lexicon()
    assert award_branch("省直机关示范党支部", lex)
    assert award_branch("全国高校党建工作样板支部", lex)
    assert not award_branch("某某局示范党支部", lex)  # the bureau's own branch
    assert not award_branch("某某村党支部", lex)


def test_an_honour_is_no_unit_but_a_bureaus_model_branch_is_the_bureaus(extract_text) -> None:
    ex: Extraction = extract_text("甲乙公司党支部被评为全国党建工作样板党支部。")
    assert "全国党建工作样板党支部" not in names(ex, "Organization")
    ex = extract_text("离退休一党支部、市委老干局示范党支部创建工作启动。")
    assert "市委老干局" in names(ex, "Organization")


def test_a_team_stationed_in_a_town_is_no_unit() -> None:
    assert village_team("驻镇")
    assert village_team("某某学院驻镇帮扶工作")
    assert not village_team("某某镇")


def test_a_bare_town_team_is_no_unit(extract_text) -> None:
    ex: Extraction = extract_text("驻镇工作队进驻后，与某某村开展结对帮扶。")
    assert "驻镇工作队" not in names(ex, "Organization")


def test_a_parent_and_the_firm_it_holds_are_two_names(extract_text) -> None:
    ex: Extraction = extract_text("甲乙农业发展集团有限公司旗下全资子公司丙丁公司与某某村结对。")
    orgs = names(ex, "Organization")
    assert "甲乙农业发展集团有限公司" in orgs
    assert not any("旗下" in n for n in orgs)
    ex = extract_text("湖北省甲乙集团下属丙丁有限公司与某某村结对。")
    assert {"湖北省甲乙集团", "丙丁有限公司"} <= names(ex, "Organization")
