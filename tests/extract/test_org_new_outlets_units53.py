"""Organizations on new outlets (units53): classes counted on the Organization errors of
the readable articles, x981–x1060 first. Sentences and names are invented; places are
the gazetteer's (official reference data)."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.unit_rules import graded_level_court
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
    ex: Extraction = extract_text("宝安区党委社会工作部与某某社区结对共建。")
    assert "宝安区党委社会工作部" in names(ex, "Organization")


def test_a_units_party_committee_before_an_office_is_no_areas(extract_text) -> None:
    ex: Extraction = extract_text("甲乙公司党委办公室与某某村结对共建。")
    assert "公司党委办公室" not in names(ex, "Organization")
