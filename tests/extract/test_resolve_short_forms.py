"""One unit written under two names in one story, a short form beside the full one
(README: Extraction — one entity per thing per article; issue 13/14). Unit and place names
are invented."""

from __future__ import annotations

from ingest.extract.resolve import (
    abbreviated_ending_twin,
    court_grade_without_place,
    numbered_school,
    org_aliases,
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
