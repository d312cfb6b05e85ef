"""A department named by a word jieba reads as a verb (组织科, 组织二处) keeps its title and
its unit (posts15). Invented names; no name from an article."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.people import department_named_by_a_verb


def test_one_department_character_after_the_verb_names_a_department() -> None:
    text = "青禾大学组织部组织科科长柯望舒出席。"
    end = text.index("科科长")
    assert department_named_by_a_verb(text, "组织", end, end + 1)
    text = "青禾市委组织部组织二处处长柯望舒出席。"
    end = text.index("二处")
    assert department_named_by_a_verb(text, "组织", end, end + 2)


def test_a_verb_right_before_the_title_or_before_more_words_still_ends_the_prefix() -> None:
    text = "会上组织科长柯望舒发言。"
    end = text.index("科长")
    assert not department_named_by_a_verb(text, "组织", end, end)  # nothing between
    text = "会上组织全体科室主任柯望舒发言。"
    end = text.index("全体")
    assert not department_named_by_a_verb(text, "组织", end, text.index("主任"))
    # a one-character boundary word (由, 与) never opens a department's name
    text = "活动由办主任柯望舒主持。"
    end = text.index("办")
    assert not department_named_by_a_verb(text, "由", end, end + 1)


def test_a_section_of_an_organisation_department_is_its_post(extract_text) -> None:
    ex = extract_text(
        "近日，青禾大学与东坪村签订结对共建协议。青禾大学组织部组织科科长柯望舒出席。"
    )
    assert ("柯望舒", "组织科科长", "青禾大学组织部") in posts(ex)
    ex = extract_text(
        "近日，青禾市委组织部与东坪村签订结对共建协议。青禾市委组织部组织二处处长邝云帆出席。"
    )
    assert ("邝云帆", "组织二处处长", "青禾市委组织部") in posts(ex)
