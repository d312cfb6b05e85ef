"""One unit written under two names in one story, a short form beside the full one
(README: Extraction — one entity per thing per article; issue 13/14). Unit and place names
are invented."""

from __future__ import annotations

from ingest.extract.resolve import (
    abbreviated_ending_twin,
    abbreviated_twin,
    county_without_level_word,
    court_grade_without_place,
    first_unit_of_level_form,
    group_without_its_trade,
    numbered_school,
    org_aliases,
    party_committee_written_short,
    two_known_units,
)


def test_a_grade_court_written_by_its_short_form_alone_is_the_storys_court_of_that_grade() -> None:
    names = ["柏溪市中级人民法院", "中院党组", "中院机关党委", "市中院"]
    assert court_grade_without_place("中院党组", names) == "柏溪市中级人民法院"
    assert court_grade_without_place("中院机关党委", names) == "柏溪市中级人民法院"
    assert court_grade_without_place("市中院", names) == "柏溪市中级人民法院"
    got = org_aliases(names)
    assert {got[n] for n in names} == {"柏溪市中级人民法院"}


def test_a_bare_grade_court_is_left_alone_beside_two_courts_of_the_grade() -> None:
    names = ["柏溪市中级人民法院", "云杉市中级人民法院", "中院党组"]
    assert court_grade_without_place("中院党组", names) is None


def test_a_bare_grade_court_is_not_a_court_of_another_grade_nor_an_office() -> None:
    assert court_grade_without_place("中院党组", ["云杉省高级人民法院", "中院党组"]) is None
    assert court_grade_without_place("中院办公室", ["柏溪市中级人民法院"]) is None


def test_a_school_written_by_its_number_is_the_storys_school_of_that_number() -> None:
    assert numbered_school("柏溪二中", ["柏溪第二中学", "柏溪二中"]) == "柏溪第二中学"
    assert numbered_school("柏溪一中", ["柏溪县第一中学"]) == "柏溪县第一中学"
    assert numbered_school("县三小", ["柏溪县第三小学", "县三小"]) == "柏溪县第三小学"
    assert numbered_school("柏溪二中党总支", ["柏溪第二中学"]) == "柏溪第二中学"


def test_a_numbered_school_needs_the_same_number_place_and_kind() -> None:
    assert numbered_school("柏溪二中", ["柏溪第十二中学"]) is None  # another number
    assert numbered_school("柏溪二中", ["云杉第二中学"]) is None  # another place
    assert numbered_school("柏溪二中", ["柏溪第二小学"]) is None  # a primary school
    # a level word alone before the number: two schools of that number, no one of them
    assert numbered_school("县一中", ["柏溪县第一中学", "云杉县第一中学"]) is None


def test_a_federations_abbreviation_after_a_level_word_is_the_storys_federation() -> None:
    names = ["柏溪市文学艺术界联合会", "市文联"]
    assert abbreviated_ending_twin("市文联", names) == "柏溪市文学艺术界联合会"
    assert org_aliases(names)["市文联"] == "柏溪市文学艺术界联合会"


def test_the_level_word_form_joins_a_unit_written_both_short_and_in_full() -> None:
    names = ["柏溪市文学艺术界联合会", "柏溪市文联", "市文联"]
    got = org_aliases(names)
    assert {got[n] for n in names} == {"柏溪市文学艺术界联合会"}


def test_a_city_body_is_not_a_districts_body_of_the_same_kind_written_in_full() -> None:
    names = ["柏溪市文学艺术界联合会", "云杉区文学艺术界联合会", "市文联", "区文联"]
    got = org_aliases(names)
    assert got["市文联"] == "柏溪市文学艺术界联合会"
    assert got["区文联"] == "云杉区文学艺术界联合会"
    assert got["柏溪市文学艺术界联合会"] != got["云杉区文学艺术界联合会"]


def test_an_unlinked_place_written_after_its_city_is_the_place_written_alone() -> None:
    from ingest.extract.resolve import unlinked_place_twins

    got = unlinked_place_twins([("Region", "杭州市云杉新区"), ("Region", "云杉新区")])
    assert got == {("Region", "杭州市云杉新区"): "云杉新区"}


def test_two_cities_places_of_one_name_stay_apart() -> None:
    from ingest.extract.resolve import unlinked_place_twins

    two = [("Region", "杭州市云杉新区"), ("Region", "宁波市云杉新区"), ("Region", "云杉新区")]
    assert unlinked_place_twins(two) == {}
    # a head that is no division, or another type of place, is no twin
    assert unlinked_place_twins([("Region", "柏溪云杉新区"), ("Region", "云杉新区")]) == {}
    assert unlinked_place_twins([("Village", "杭州市云杉村"), ("Region", "云杉村")]) == {}


def test_a_school_written_by_its_number_and_experimental_kind_is_that_school() -> None:
    names = ["柏溪县第一实验小学", "一实小", "柏溪县第一小学"]
    assert numbered_school("一实小", names) == "柏溪县第一实验小学"
    assert numbered_school("县二实中", ["柏溪县第二实验中学"]) == "柏溪县第二实验中学"
    assert numbered_school("一实小", ["柏溪县第十一实验小学"]) is None


def test_a_democratic_partys_committee_written_with_wei_alone_is_its_committee() -> None:
    names = ["民盟柏溪市委", "民盟柏溪市委会"]
    assert party_committee_written_short("民盟柏溪市委", names) == "民盟柏溪市委会"
    names = ["九三学社云杉市委", "九三学社云杉市委会", "九三学社云杉市委员会"]
    assert party_committee_written_short("九三学社云杉市委", names) == "九三学社云杉市委员会"
    got = org_aliases(sorted(names, key=len))
    assert {got[n] for n in names} == {"九三学社云杉市委员会"}


def test_a_cpc_committee_or_another_partys_other_committee_is_no_such_form() -> None:
    assert party_committee_written_short("柏溪市委", ["柏溪市委会", "柏溪市委员会"]) is None
    assert party_committee_written_short("民盟柏溪市委", ["民盟云杉市委会"]) is None
    assert party_committee_written_short("民盟中央委", ["民盟中央委员会"]) is None


def test_a_group_written_without_its_trade_word_is_the_group() -> None:
    names = ["柏溪集团", "柏溪能源集团"]
    assert group_without_its_trade("柏溪集团", names) == "柏溪能源集团"
    assert group_without_its_trade("柏溪集团", ["柏溪控股集团"]) == "柏溪控股集团"
    assert org_aliases(names)["柏溪集团"] == "柏溪能源集团"


def test_a_group_beside_two_trades_groups_or_a_numbered_one_stays_apart() -> None:
    assert group_without_its_trade("柏溪集团", ["柏溪能源集团", "柏溪物流集团"]) is None
    assert group_without_its_trade("柏溪集团", ["柏溪二局集团"]) is None
    assert group_without_its_trade("柏溪集团", ["柏溪西北集团"]) is None  # a place
    assert group_without_its_trade("柏溪集团", ["柏溪乡村发展集团"]) is None  # two words
    assert group_without_its_trade("柏溪集团", ["柏溪能源集团有限公司"]) is None


def test_a_level_word_form_beside_two_districts_units_is_the_one_written_first() -> None:
    names = ["南京市玄武区工商联", "鼓楼区工商联", "区工商联", "区委统战部"]
    assert first_unit_of_level_form("区工商联", names) == "南京市玄武区工商联"
    assert first_unit_of_level_form("区工商联", names[1:]) is None  # one: _longer_twin's
    # a division's congress or conference is organ_with_place's
    assert first_unit_of_level_form("区政协", ["玄武区政协", "鼓楼区政协"]) is None


def test_a_level_word_form_needs_divisions_before_it() -> None:
    # 某某区 is no division: 柏溪区 and 云杉区 are not in the gazetteer
    assert first_unit_of_level_form("区工商联", ["柏溪区工商联", "云杉区工商联"]) is None


def test_a_level_word_form_in_a_story_of_two_districts_bodies(extract_text) -> None:
    ex = extract_text(
        "南京市玄武区工商联赴外地开展结对帮扶活动。6月21日,南京市玄武区工商联率三家企业"
        "赴鼓楼区考察。玄武区工商联主席张某明、区工商联党组书记李某华参加活动。座谈会上,"
        "鼓楼区工商联主席王某军表示感谢。"
    )
    by_name = {e.name: set(e.aliases) for e in ex.entities if e.type == "Organization"}
    assert {"区工商联", "区工商联党组"} <= by_name["玄武区工商联"]
    assert by_name["鼓楼区工商联"] == {"鼓楼区工商联"}


def test_two_banks_of_the_reference_list_are_no_short_form_of_each_other() -> None:
    assert two_known_units("农行柏溪市分行", "农发行柏溪市分行")
    assert two_known_units("中国银行柏溪市分行", "中国邮政储蓄银行柏溪市分行")
    assert not two_known_units("中行柏溪市分行", "中国银行柏溪市分行")  # one bank
    assert not two_known_units("柏溪街社卫中心", "柏溪街社区卫生服务中心")
    assert abbreviated_twin("农行柏溪市分行", ["农发行柏溪市分行"]) is None
    names = ["中国银行柏溪市分行", "中国邮政储蓄银行柏溪市分行"]
    assert abbreviated_twin("中国银行柏溪市分行", names) is None


def test_a_unit_headed_by_its_countys_bare_name_is_the_unit_with_the_level_word() -> None:
    # 玄武区 and 长阳土家族自治县 are divisions of the gazetteer; the units are invented
    assert county_without_level_word("玄武柏溪小学", ["玄武区柏溪小学"]) == "玄武区柏溪小学"
    names = ["长阳土家族自治县柏溪职业中学"]
    assert county_without_level_word("长阳柏溪职业中学", names) == names[0]


def test_a_bare_head_that_is_no_county_or_fits_two_units_stays_apart() -> None:
    assert county_without_level_word("柏溪公安局", ["柏溪县公安局"]) is None  # no division
    assert county_without_level_word("朝阳公安局", ["朝阳区公安局", "朝阳县公安局"]) is None
    assert county_without_level_word("玄武局", ["玄武区局"]) is None  # nothing after it
