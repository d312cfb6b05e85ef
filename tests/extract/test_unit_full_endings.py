"""One unit written with a place chain and its ending abbreviated, and again with its own
place alone and its ending in full, is one entity (units51: 某市某县检察院 / 某县人民检察院,
某县中医院 / 某县中医医院, 某党某区委会 / 某党某区委员会). Unit names are invented; the
places are real divisions."""

from __future__ import annotations

from ingest.extract.resolve import (
    abbreviated_ending_twin,
    division_twin_with_full_ending,
    org_aliases,
)


def test_a_procuratorate_with_its_city_and_its_ending_short_is_one_unit() -> None:
    names = ["兴庆区人民检察院", "银川市兴庆区检察院"]
    assert division_twin_with_full_ending(names[0], names) == names[1]
    assert division_twin_with_full_ending(names[1], names) is None  # the longer stands
    three = org_aliases([*names, "兴庆区检察院"])
    assert set(three.values()) == {"银川市兴庆区检察院"}


def test_two_places_or_two_kinds_stay_two_units() -> None:
    # a district put in another's stead: two procuratorates
    assert division_twin_with_full_ending("金凤区人民检察院", ["银川市兴庆区检察院"]) is None
    # a court is not the procuratorate of its place
    assert division_twin_with_full_ending("兴庆区人民法院", ["银川市兴庆区检察院"]) is None


def test_a_short_court_or_hospital_ending_is_the_full_one() -> None:
    assert abbreviated_ending_twin("市法院", ["市法院", "银川市人民法院"]) == "银川市人民法院"
    # the intermediate court is no 市人民法院
    assert abbreviated_ending_twin("市法院", ["市法院", "银川市中级人民法院"]) is None
    hospital = ["兴庆区中医院", "兴庆区中医医院"]
    assert abbreviated_ending_twin("兴庆区中医院", hospital) == "兴庆区中医医院"
    assert abbreviated_ending_twin("兴庆区中医医院", hospital) is None  # full stays
    # written in full already: 人民法院 is not read as 法院 written short
    assert abbreviated_ending_twin("兴庆区人民法院", ["兴庆区人民法院"]) is None


def test_a_committee_written_short_is_the_committee() -> None:
    names = ["某党兴庆区委会", "某党兴庆区委员会"]
    assert abbreviated_ending_twin(names[0], names) == names[1]
    assert abbreviated_ending_twin(names[1], names) is None
