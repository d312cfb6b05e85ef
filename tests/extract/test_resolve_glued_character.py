"""A unit's span that took one character of the sentence before it (使某某派出所) is the
unit the story names without it (README: Extraction — units). Unit names are invented."""

from __future__ import annotations

from ingest.extract.resolve import glued_character_form, org_aliases


def test_a_verb_glued_before_a_name_of_the_story_is_that_name() -> None:
    assert glued_character_form("使松岗派出所", ["松岗派出所", "使松岗派出所"]) == "松岗派出所"


def test_a_direction_word_glued_before_the_end_of_a_longer_name_is_that_name() -> None:
    full = "云杉省柏溪市中医院"
    assert glued_character_form("下柏溪市中医院", [full, "下柏溪市中医院"]) == full


def test_a_glued_form_does_not_block_the_short_forms_longer_twin() -> None:
    full = "云杉公安分局松岗派出所"
    got = org_aliases([full, "松岗派出所", "使松岗派出所"])
    assert got["松岗派出所"] == full and got["使松岗派出所"] == full


def test_a_level_word_an_adjective_or_a_word_with_the_next_character_is_no_glue() -> None:
    assert glued_character_form("市人民医院", ["人民医院"]) is None  # a level word
    assert glued_character_form("新松岗中学", ["松岗中学"]) is None  # an adjective
    assert glued_character_form("中国松岗公司", ["国松岗公司"]) is None  # 中国 is a word
    # too short a rest, or two longer names ending with it
    assert glued_character_form("使松岗所", ["松岗所"]) is None
    two = ["甲省柏溪市中医院", "乙省柏溪市中医院"]
    assert glued_character_form("下柏溪市中医院", two) is None
