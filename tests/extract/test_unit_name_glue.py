"""Name edges where jieba glued a word of the sentence to a unit's name (issue 13, the
eighth units pass: units pairings need). Sentences and names are invented."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import glued_level_cut
from ingest.extract.resolve import subunit_start
from ingest.extract.unit_rules import fields_joined, team_sender
from ingest.lexicon import load_lexicon
from ingest.segment import Token


def orgs(ex) -> set[str]:  # type: ignore[no-untyped-def]
    return names(ex, "Organization")


def test_a_year_glued_to_a_level_is_no_part_of_the_name(extract_text) -> None:
    ex = extract_text("副区长周小川介绍了2023年省澜信厅定点帮扶计划。")
    assert "省澜信厅" in orgs(ex) and "年省澜信厅" not in orgs(ex)


def test_a_conjunction_glued_to_a_level_is_no_part_of_the_name(extract_text) -> None:
    ex = extract_text("省雁栖中心免疫规划所和区雁栖中心负责人共同揭牌。")
    assert not any(n.startswith(("所和", "和区")) for n in orgs(ex))


def test_the_cut_falls_on_the_level_character() -> None:
    assert glued_level_cut("年省澜信厅", Token(0, 2, "年省", "x"), 0, 2) == 1
    assert glued_level_cut("所和区澜中心", Token(0, 3, "所和区", "x"), 0, 3) == 2
    # a dictionary word, or a level inside a name with no glue before it, is no glue
    assert glued_level_cut("年省澜信厅", Token(0, 2, "年省", "n"), 0, 2) is None
    assert glued_level_cut("澜溪区中心", Token(0, 3, "澜溪区", "x"), 0, 3) is None


def test_a_station_under_its_parent_is_also_named_by_its_own_name(extract_text) -> None:
    ex = extract_text("澜溪县供电公司雁栖供电所党支部与石门坎村党支部结对共建。")
    unit = next(e for e in ex.entities if e.name == "澜溪县供电公司雁栖供电所")
    assert "雁栖供电所" in unit.aliases


def test_the_station_s_own_name_starts_after_the_parent_s_last_ending() -> None:
    assert subunit_start("澜溪市公安局雁栖分局石门派出所") == len("澜溪市公安局雁栖分局")
    assert subunit_start("澜溪县供电公司雁栖营业站") == len("澜溪县供电公司")
    # a station with no parent, or no name of its own after the parent, is no pair
    assert subunit_start("雁栖供电所") is None
    assert subunit_start("澜溪县供电公司所供电所") is None
    assert subunit_start("澜溪县供电公司") is None


def test_a_community_s_comprehensive_party_committee_is_the_community(extract_text) -> None:
    ex = extract_text("澜江医院与雁栖社区综合党委举行党建共建签约仪式。")
    assert "雁栖社区" in names(ex, "ResidentsCommittee")
    assert not any(n.startswith("雁栖社区") for n in orgs(ex))


def test_a_pairing_item_named_as_a_place_of_the_story_is_that_place(extract_text) -> None:
    ex = extract_text(
        "澜江医院与雁栖社区综合党委签约。次日，澜江医院与雁栖社区举行党建共建签约仪式。"
    )
    assert "雁栖社区" not in orgs(ex)
    assert "雁栖社区" in names(ex, "ResidentsCommittee")


def test_the_unit_sending_a_village_team_is_a_unit(extract_text) -> None:
    ex = extract_text("澜溪石化职业技术学院驻村工作队积极对接企业，开展洽谈活动。")
    assert orgs(ex) == {"澜溪石化职业技术学院"}


def test_a_team_named_by_its_village_or_a_bare_kind_names_no_sender() -> None:
    lex = load_lexicon()
    assert team_sender("澜溪职业技术学院驻村", lex) == "澜溪职业技术学院"
    assert team_sender("澜溪供电公司驻村帮扶", lex) == "澜溪供电公司"
    assert team_sender("石门坎村驻村", lex) is None
    assert team_sender("学院驻村", lex) is None


def test_two_numbered_units_sharing_a_name_and_an_ending_are_two(extract_text) -> None:
    ex = extract_text("共建单位有澜溪橡胶集团、澜北公交巴士第二、三分公司、澜溪第二小学等。")
    assert {"澜北公交巴士第二分公司", "澜北公交巴士第三分公司"} <= orgs(ex)
    ex = extract_text("雁栖县第一、二中学与石门坎村结对。")
    assert {"雁栖县第一中学", "雁栖县第二中学"} <= orgs(ex)


def test_numbers_with_no_named_unit_before_them_are_no_units(extract_text) -> None:
    ex = extract_text("会议部署了第一、二季度重点工作，各分公司参加。")
    assert not any("第一" in n or "第二" in n for n in orgs(ex))


def test_a_field_tagged_an_abbreviation_joins_a_faculty_s_name(extract_text) -> None:
    ex = extract_text("会议期间，园林与环保学院党总支和石门坎村党总支签订了结对共建协议。")
    assert "园林与环保学院" in orgs(ex) and "环保学院" not in orgs(ex)


def test_a_party_branch_named_by_two_joined_fields_is_a_unit(extract_text) -> None:
    ex = extract_text("澜溪学院财经党支部、商贸与艺术党支部与石门坎村党支部签订了结对共建协议。")
    assert "商贸与艺术党支部" in orgs(ex)


def test_two_fields_are_two_nouns() -> None:
    assert fields_joined("商贸与艺术") and fields_joined("园林和环保")
    assert not fields_joined("推动与基层")  # a verb of the sentence
    assert not fields_joined("机关")


def test_a_corps_division_is_a_unit_whatever_word_follows_it(extract_text) -> None:
    ex = extract_text("兵团农九师与石门坎村结对帮扶，农九师红枣加工基地建成。")
    assert "农九师" in orgs(ex)
