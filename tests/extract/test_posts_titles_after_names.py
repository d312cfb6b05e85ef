"""Titles written after a name: a department before the name, a unit leading a run
(posts34, ``ingest/extract/titles_after_names.py``).

Invented names and units of the shapes seen in news pages; no name from an article."""

from __future__ import annotations

from extract_helpers import posts


def _titles(article_from, text: str) -> dict[str, set[str]]:
    """Every candidate title of the story, by holder's name, with its features' cut."""
    from ingest.extract.pipeline import read_story

    story = read_story(article_from(text))
    names = {e.id: e.name for e in story.base.entities}
    out: dict[str, set[str]] = {}
    for c in story.post_choices:
        out.setdefault(names[c.relation.source], set()).add(c.relation.title or "")
    return out


def test_an_association_of_a_school_before_the_name_joins_the_title(extract_text) -> None:
    ex = extract_text("青禾中学与东坪村小学结对。青禾中学家长会邝云帆会长出席了活动。")
    assert ("邝云帆", "家长会会长", "青禾中学") in posts(ex)


def test_a_department_opening_a_clause_is_a_candidate_title(article_from) -> None:
    text = "青禾中学与东坪小学结对。仪式上，数学教研室柯望舒主任、教务处邝云帆处长先后发言。"
    got = _titles(article_from, text)
    assert "数学教研室主任" in got["柯望舒"], got
    assert "教务处处长" in got["邝云帆"], got


def test_a_units_name_before_the_name_is_no_department(extract_text) -> None:
    # the second 青禾中学 is no mention of its own here: the run is not a department
    ex = extract_text(
        "青禾中学与东坪小学结对。青禾中学数学教研室柯望舒主任、东坪小学邝云帆校长出席了签约仪式。"
    )
    assert not any(t.startswith("青禾中学") for _, t, _ in posts(ex))


def test_people_of_a_run_hold_their_titles_at_the_unit_leading_it(extract_text) -> None:
    ex = extract_text(
        "青禾医院与东坪社区举行共建签约仪式，东坪社区邝云帆书记、柯望舒主任参加了仪式。"
    )
    assert ("邝云帆", "书记", "东坪社区") in posts(ex)
    assert ("柯望舒", "主任", "东坪社区") in posts(ex)


def test_names_listed_before_one_title_share_it(extract_text) -> None:
    ex = extract_text("青禾小学与东坪小学结对。会上，青禾小学邝云帆、柯望舒主任介绍了支教情况。")
    assert ("邝云帆", "主任", "青禾小学") in posts(ex)
    assert ("柯望舒", "主任", "青禾小学") in posts(ex)


def test_a_run_ends_at_a_name_written_with_a_title_before_it(extract_text) -> None:
    ex = extract_text("青禾医院与东坪社区结对共建，东坪社区邝云帆书记、副院长柯望舒出席。")
    assert ("柯望舒", "副院长", "东坪社区") not in posts(ex)


def test_a_name_written_with_a_title_before_it_shares_no_title_after_the_list(
    article_from,
) -> None:
    text = "青禾小学与东坪小学结对。会上，副校长邝云帆、柯望舒主任介绍了支教情况。"
    got = _titles(article_from, text)
    assert "主任" not in got.get("邝云帆", set()), got


def test_a_clause_before_a_department_is_no_part_of_the_title(article_from) -> None:
    text = "青禾医院与东坪村结对共建。义诊活动由神经内科柯望舒主任主持。"
    got = _titles(article_from, text)
    assert not any("由" in t for t in got.get("柯望舒", set())), got
