"""A court of a grade written short after its place: 某某高院, 某某中院 (posts17).

Places of the gazetteer (official reference data); no name from an article."""

from __future__ import annotations

from ingest.extract.resolve import court_grade_short_form, org_aliases


def test_a_grade_short_form_is_the_courts_full_name_with_or_without_its_level_word() -> None:
    assert court_grade_short_form("甘肃高院", ["甘肃省高级人民法院"]) == "甘肃省高级人民法院"
    assert court_grade_short_form("兰州中院", ["兰州市中级人民法院"]) == "兰州市中级人民法院"
    assert court_grade_short_form("甘肃高院", ["甘肃高级人民法院"]) == "甘肃高级人民法院"


def test_its_party_body_is_the_courts_but_not_its_office() -> None:
    names = ["甘肃高院党组", "甘肃高院办公室", "甘肃省高级人民法院"]
    assert court_grade_short_form("甘肃高院党组", names) == "甘肃省高级人民法院"
    assert court_grade_short_form("甘肃高院办公室", names) is None
    assert org_aliases(names)["甘肃高院党组"] == "甘肃省高级人民法院"


def test_no_court_of_that_grade_or_place_or_two_of_them() -> None:
    assert court_grade_short_form("兰州中院", ["兰州市人民法院"]) is None  # another grade
    assert court_grade_short_form("兰州中院", ["天水市中级人民法院"]) is None
    assert court_grade_short_form("兰州中院", ["兰州中院"]) is None
    two = ["兰州市中级人民法院", "兰州中级人民法院"]
    assert court_grade_short_form("兰州中院", two) is None
    assert court_grade_short_form("兰州法院", ["兰州市中级人民法院"]) is None
