"""A party body written after a short form of a unit the story names in full is that
unit's body, one unit (units26: duplicates among the false organisations of the readable
articles). Names are invented (places from a county outside the training articles)."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.resolve import party_body_of_short_form, short_form_min_length


def test_a_party_body_of_a_short_form_is_the_unit() -> None:
    full = ["澜溪市中级人民法院", "澜溪中院党组"]
    assert party_body_of_short_form("澜溪中院党组", full) == "澜溪市中级人民法院"
    assert party_body_of_short_form("柘川县院党组", ["柘川县检察院"]) == "柘川县检察院"
    assert party_body_of_short_form("澜溪疾控党总支", ["澜溪区疾控中心"]) == "澜溪区疾控中心"
    company = ["澜溪中烟工业有限责任公司"]
    assert party_body_of_short_form("澜溪中烟党组", company) == company[0]


def test_another_unit_or_two_candidates_are_left_alone() -> None:
    # a number, a branch or a place left out: another unit
    assert party_body_of_short_form("澜溪人民医院党委", ["澜溪第二人民医院"]) is None
    assert party_body_of_short_form("澜溪移动党委", ["澜溪移动柘川分公司"]) is None
    assert party_body_of_short_form("澜溪某某党委", ["澜溪柘川县某某中心"]) is None
    # two units the short form could be
    both = ["柘川县检察院", "柘川县人民法院"]
    assert party_body_of_short_form("柘川县院党组", both) is None
    # the short form is itself a name of the story, or too short, or no party body
    assert party_body_of_short_form("澜溪集团党委", ["澜溪集团", "澜溪集团柘川公司"]) is None
    assert party_body_of_short_form("县院党组", ["澜溪县检察院"]) is None
    assert party_body_of_short_form("澜溪中院", ["澜溪市中级人民法院"]) is None


def test_the_party_body_merges_into_the_unit(extract_text) -> None:
    ex = extract_text(
        "澜溪市中级人民法院与柘川村党支部签订结对共建协议。澜溪中院党组书记出席签约仪式。"
    )
    orgs = names(ex, "Organization")
    assert "澜溪市中级人民法院" in orgs
    assert "澜溪中院党组" not in orgs


def test_a_level_word_and_a_two_character_abbreviation_is_a_short_form() -> None:
    assert short_form_min_length("市澜协") == 3
    assert short_form_min_length("澜溪中院") == 4
    full = ["市澜业协会", "市澜协党支部"]
    assert party_body_of_short_form("市澜协党支部", full) == "市澜业协会"
    # without the level word three characters are too few to tell
    assert party_body_of_short_form("澜溪协党支部", ["澜溪业协会"]) is None


def test_a_level_short_forms_party_body_merges_into_the_unit(extract_text) -> None:
    ex = extract_text(
        "澜溪村党支部与市澜业协会党支部结对共建。市澜协党支部书记张明带领党员来到澜溪村。"
    )
    assert "市澜协党支部" not in names(ex, "Organization")
    unit = next(e for e in ex.entities if e.name == "市澜业协会")
    assert "市澜协党支部" in unit.aliases
