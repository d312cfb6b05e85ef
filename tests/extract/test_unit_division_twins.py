"""One unit written with and without the higher division before its own place, or with
its ending abbreviated, is one entity; two units of two places stay two (README:
Extraction — units). Unit names are invented; the places are real divisions."""

from __future__ import annotations

from ingest.extract.resolve import (
    abbreviated_twin,
    followed_alias,
    higher_division_twin,
    newspaper_of_its_office,
    org_aliases,
    party_body_of_brand,
    place_by_level_word_twin,
)


def test_a_district_unit_written_with_its_city_before_the_district_is_one_unit() -> None:
    names = ["民进银川市兴庆区云杉基层委员会", "民进兴庆区云杉基层委员会"]
    assert higher_division_twin("民进兴庆区云杉基层委员会", names) == names[0]
    assert higher_division_twin(names[0], names) is None  # the longer form stands


def test_a_province_written_short_or_in_full_before_its_city() -> None:
    full = "云杉银行宁夏回族自治区银川市分行"
    assert higher_division_twin("云杉银行银川市分行", [full]) == full
    assert higher_division_twin("南京市云杉医院", ["江苏南京市云杉医院"]) == "江苏南京市云杉医院"


def test_a_division_that_does_not_hold_the_next_place_is_another_unit() -> None:
    # 石嘴山市 does not hold 兴庆区: no city of the district, another place's unit
    assert higher_division_twin("兴庆区云杉医院", ["石嘴山市兴庆区云杉医院"]) is None
    # a district written after the city is a district's unit, not the city's
    assert higher_division_twin("银川市第一人民医院", ["银川市兴庆区第一人民医院"]) is None
    aliases = org_aliases(["银川市第一人民医院", "兴庆区第一人民医院"])
    assert aliases["银川市第一人民医院"] != aliases["兴庆区第一人民医院"]


def test_two_longer_forms_leave_the_short_one_alone() -> None:
    names = ["银川市兴庆区云杉中心", "宁夏回族自治区兴庆区云杉中心"]
    assert higher_division_twin("兴庆区云杉中心", names) is None


def test_the_four_forms_of_one_committee_are_one_unit() -> None:
    names = [
        "民进银川市兴庆区云杉基层委员会",
        "民进兴庆区云杉基层委员会",
        "民进银川市兴庆区云杉基层委",
        "民进兴庆区云杉基层委",
    ]
    assert set(org_aliases(names).values()) == {names[0]}


def test_an_alias_is_followed_to_the_name_that_stands_for_itself() -> None:
    assert followed_alias("a", {"a": "b", "b": "c", "c": "c"}) == "c"
    assert followed_alias("a", {"a": "b", "b": "a"}) == "b"  # a cycle stops
    assert followed_alias("x", {}) == "x"


def test_a_place_named_by_its_level_word_alone_inside_a_name() -> None:
    names = ["云杉银行江苏省分行", "云杉银行省分行"]
    assert place_by_level_word_twin("云杉银行省分行", names) == "云杉银行江苏省分行"
    # two provinces' branches: the level word alone names neither
    two = [*names, "云杉银行浙江省分行"]
    assert place_by_level_word_twin("云杉银行省分行", two) is None
    # a level word at the head is another rule's (区委组织部); a word that is no division
    assert place_by_level_word_twin("省分行", ["江苏省分行"]) is None
    assert place_by_level_word_twin("云杉银行省分行", ["云杉银行大云省分行"]) is None


def test_a_party_body_written_after_a_company_brand_is_the_company() -> None:
    names = ["云杉迪科党支部", "江苏云杉迪科科技有限公司"]
    assert party_body_of_brand("云杉迪科党支部", names) == "江苏云杉迪科科技有限公司"
    assert org_aliases(names)["云杉迪科党支部"] == "江苏云杉迪科科技有限公司"
    # a brand with an ending of its own, or no company of that brand, stays
    assert party_body_of_brand("云杉迪科学校党支部", names) is None
    assert party_body_of_brand("云杉迪科党支部", ["南京云杉迪科"]) is None
    # two companies of one brand: neither
    assert party_body_of_brand("云杉迪科党支部", [*names, "云杉迪科物流有限公司"]) is None


def test_a_detachment_written_short_by_its_place_is_the_detachment() -> None:
    names = ["武警澜溪边防支队", "武警柘川边防支队", "澜溪支队", "柘川支队"]
    assert abbreviated_twin("澜溪支队", names) == "武警澜溪边防支队"
    assert abbreviated_twin("柘川支队", names) == "武警柘川边防支队"
    # a number left out names another detachment
    assert abbreviated_twin("澜溪支队", ["澜溪第二支队"]) is None


def test_a_newspaper_and_its_office_are_one_unit() -> None:
    names = ["云杉日报社", "云杉日报"]
    assert newspaper_of_its_office("云杉日报", names) == "云杉日报社"
    assert newspaper_of_its_office("云杉日报社", names) is None
    assert newspaper_of_its_office("云杉日报", ["云杉晚报社"]) is None
