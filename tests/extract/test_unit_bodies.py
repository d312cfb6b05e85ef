"""Units60: bodies written as units that belong to another entity or are not listed — a
democratic party as a whole, a town's congress office, an office inside a unit, a zone's
party working committee. Sentences and names are invented."""

from __future__ import annotations

from extract_helpers import names, posts

from ingest.extract.unit_bodies import (
    office_folds,
    region_of_its_government,
    town_of_its_congress_office,
    unit_of_its_office,
    whole_democratic_party,
    zone_of_its_working_committee,
)
from ingest.lexicon import load_lexicon
from ingest.model import Mention, PlaceMention

# A democratic party as a whole (whole_democratic_party)


def _org(name: str, surface: str | None = None, start: int = 0, rule: str = "org") -> Mention:
    surface = surface or name
    return Mention(
        start, start + len(surface), surface, "Organization", name, "social_org", None, rule
    )


def test_a_democratic_party_as_a_whole_is_not_listed() -> None:
    lex = load_lexicon()
    for name in ("中国民主建国会", "九三学社", "中国致公党", "中国民主同盟"):
        assert whole_democratic_party(_org(name), lex), name


def test_a_democratic_partys_committee_or_branch_is_a_unit() -> None:
    lex = load_lexicon()
    for name in ("民建甲乙市委会", "九三学社丙丁区工委", "致公党戊己市综合支部"):
        assert not whole_democratic_party(_org(name), lex), name


def test_the_democratic_party_read_from_its_short_name_is_dropped() -> None:
    decided = [(_org("中国民主建国会", "民建"), 2), (_org("民建甲乙市委会"), 7)]
    assert [m.name for m, _ in office_folds(decided, [])] == ["民建甲乙市委会"]


# A town's people's congress office (town_of_its_congress_office)


def test_a_towns_or_a_subdistricts_congress_office_is_the_place() -> None:
    assert town_of_its_congress_office("甲溪街道人大") == "甲溪街道"
    assert town_of_its_congress_office("乙山镇人大") == "乙山镇"
    assert town_of_its_congress_office("丙塘政协工委") is None  # no town ending
    assert town_of_its_congress_office("丙塘街道政协工委") == "丙塘街道"


def test_a_countys_or_a_provinces_congress_is_a_unit() -> None:
    for name in ("甲乙县人大", "省人大", "丙丁市政协", "镇人大"):
        assert town_of_its_congress_office(name) is None, name


def test_the_town_is_the_linked_place_written_before_the_office() -> None:
    text = "甲溪街道人大工委主任"
    m = _org("甲溪街道人大", "甲溪街道人大工委")
    place = PlaceMention(0, 4, "甲溪街道", "Region", "town", "甲溪街道", "330000000001")
    [(folded, name_end)] = office_folds([(m, 6)], [place])
    assert (folded.type, folded.name, folded.code) == ("Region", "甲溪街道", "330000000001")
    assert (folded.start, folded.end, name_end) == (0, 8, 4)
    assert text[name_end : folded.end] == "人大工委"  # kept for the title


def test_a_span_that_crossed_a_name_into_the_town_keeps_only_the_place() -> None:
    m = _org("某甲和乙山镇人大", "某甲和乙山镇人大")
    place = PlaceMention(3, 6, "乙山镇", "Region", "town", "乙山镇", "330000000002")
    [(folded, _)] = office_folds([(m, 8)], [place])
    assert (folded.start, folded.name) == (3, "乙山镇")


def test_a_town_office_no_place_explains_stays_as_found() -> None:
    m = _org("某甲和乙山镇人大", "某甲和乙山镇人大")
    place = PlaceMention(3, 6, "乙山镇", "Region", "town", "乙山镇", None)  # not linked
    assert office_folds([(m, 8)], [place]) == [(m, 8)]


def test_a_towns_congress_chair_holds_the_post_on_the_town(extract_text) -> None:
    ex = extract_text("甲溪街道人大工委主任林某明出席活动并讲话。")
    assert "甲溪街道人大" not in names(ex, "Organization")
    assert ("林某明", "人大工委主任", "甲溪街道") in posts(ex)


# An office inside a named unit (unit_of_its_office)


def test_an_office_written_after_a_unit_is_the_units() -> None:
    lex = load_lexicon()
    assert unit_of_its_office("甲乙学院团委", lex) == "甲乙学院"
    assert unit_of_its_office("丙丁控股集团有限公司董事局", lex) == "丙丁控股集团有限公司"
    assert unit_of_its_office("戊己大学校团委", lex) == "戊己大学"


def test_a_towns_or_a_levels_youth_league_committee_is_a_unit() -> None:
    lex = load_lexicon()
    for name in ("甲乙镇团委", "区团委", "团委", "董事局", "学院团委"):
        assert unit_of_its_office(name, lex) is None, name


def test_a_units_youth_league_secretary_holds_the_post_on_the_unit(extract_text) -> None:
    ex = extract_text("华岭实验中学团委书记徐某飞介绍了活动。华岭实验中学联合丙丁社区开展宣传。")
    orgs = names(ex, "Organization")
    assert "华岭实验中学团委" not in orgs and "华岭实验中学" in orgs
    assert ("徐某飞", "团委书记", "华岭实验中学") in posts(ex)


def test_a_companys_board_chair_holds_the_post_on_the_company(extract_text) -> None:
    ex = extract_text("丙丁控股集团有限公司董事局主席闫某军出席签约仪式。")
    assert "丙丁控股集团有限公司董事局" not in names(ex, "Organization")
    assert ("闫某军", "董事局主席", "丙丁控股集团有限公司") in posts(ex)


# A zone's or a subdistrict office's party working committee (zone_of_its_working_committee)


def test_a_zones_working_committee_is_the_zone() -> None:
    lex = load_lexicon()
    assert zone_of_its_working_committee("甲乙经开区党工委", lex) == "甲乙经开区"
    assert zone_of_its_working_committee("丙丁办事处党工委", lex) == "丙丁办事处"
    assert zone_of_its_working_committee("戊己街道党工委", lex) == "戊己街道"


def test_a_bare_zone_word_or_a_large_working_committee_is_no_zone() -> None:
    lex = load_lexicon()
    for name in ("经开区党工委", "县经开区党工委", "甲乙街道大党工委", "市级机关党工委"):
        assert zone_of_its_working_committee(name, lex) is None, name


def test_a_zone_the_gazetteer_does_not_list_is_a_region(extract_text) -> None:
    ex = extract_text("丙丁办事处党工委副书记曹某新出席活动。")
    assert "丙丁办事处党工委" not in names(ex, "Organization")
    assert "丙丁办事处" in names(ex, "Region")
    assert ("曹某新", "党工委副书记", "丙丁办事处") in posts(ex)


def test_a_working_committee_whose_span_crossed_a_place_stays_as_found() -> None:
    m = _org("某中心隶属于甲乙街道党工委", rule="party_org")
    place = PlaceMention(6, 10, "甲乙街道", "Region", "town", "甲乙街道", None)
    assert office_folds([(m, 10)], [place]) == [(m, 10)]


# A region's government (region_of_its_government)


def test_a_regions_government_is_the_region_the_story_names() -> None:
    hk = PlaceMention(0, 2, "香港", "Region", "province", "香港", "810000")
    assert region_of_its_government("香港特别行政区政府", [hk]) == hk
    assert region_of_its_government("香港特区政府", [hk]) == hk


def test_a_government_whose_region_is_not_named_or_a_department_stays() -> None:
    hk = PlaceMention(0, 2, "香港", "Region", "province", "香港", "810000")
    assert region_of_its_government("澳门特别行政区政府", [hk]) is None
    assert region_of_its_government("香港特别行政区政府教育局", [hk]) is None
    assert region_of_its_government("政府", [hk]) is None


def test_a_special_administrative_region_is_named_by_its_full_name_or_as_written() -> None:
    mo = PlaceMention(0, 2, "澳門", "Region", "province", "澳门特别行政区", None)
    assert region_of_its_government("澳门特区政府", [mo]) == mo


# A date's 年 or a preposition glued on a name's left (orgs.glued_year_cut, glued_level_cut)


def test_a_years_nian_glued_to_a_brand_is_the_dates(extract_text) -> None:
    ex = extract_text("2023年华瑞公司成功创评农业产业化龙头企业。")
    assert names(ex, "Organization") == {"华瑞公司"}


def test_a_preposition_glued_to_a_level_opens_no_name(extract_text) -> None:
    ex = extract_text("村民依依不舍。原自市财政局驻村工作组进驻以来,村里变化很大。")
    assert not any(n.startswith(("自", "原自")) for n in names(ex, "Organization"))


def test_a_name_that_opens_with_such_a_character_keeps_it(extract_text) -> None:
    ex = extract_text("自治区民委和将乐县人民医院签约。2019年度表彰大会召开。")
    assert {"自治区民委", "将乐县人民医院"} <= names(ex, "Organization")
