"""A bare kind word opening a chain element is the page's own unit (posts31):
学校党委委员、组织部长甲 → 党委委员, 组织部长 @ the story's school, as 我校 would say;
学院党委书记乙 → the story's college. Not inside a name (某某学院党委), not before a word
that is no party body, department or head's title. Invented names only."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.post_candidates import (
    bare_self_word,
    only_visited,
    self_kind,
    self_reference_units,
    self_word_end,
)
from ingest.extract.resolve import Resolution, UnitRef
from ingest.model import Entity


def test_a_bare_school_word_opening_an_element_is_a_self_reference() -> None:
    text = "12月1日，学校党委委员、组织部长刘德明到村调研。"
    i = text.index("学校")
    assert bare_self_word(text, i)
    assert self_word_end(text, i, text.index("委员")) == i + 2
    assert self_kind(text, i + 2) == "校"


def test_a_bare_college_word_means_a_college() -> None:
    text = "学院党委书记刘德明出席。"
    assert bare_self_word(text, 0)
    assert self_kind(text, 2) == "学院"


def test_the_word_inside_a_name_or_before_another_word_is_not() -> None:
    text = "青禾师范学院党委书记刘德明出席。"
    assert not bare_self_word(text, text.index("学院"))  # part of the college's name
    text = "，学院路街道党工委书记刘德明出席。"
    assert not bare_self_word(text, 1)  # a street named after it
    text = "，学校教师刘德明出席。"
    assert not bare_self_word(text, 1)


def test_the_titles_after_a_bare_school_word_go_to_the_story_school(extract_text) -> None:
    ex = extract_text(
        "青禾大学与白沙村结对共建。12月1日，学校党委委员、组织部长、统战部长刘德明"
        "赴白沙县白沙村开展调研。学校组织部部长张秀英陪同。"
    )
    got = posts(ex)
    assert ("刘德明", "党委委员", "青禾大学") in got
    assert ("刘德明", "组织部长", "青禾大学") in got
    assert ("刘德明", "统战部长", "青禾大学") in got
    assert ("张秀英", "组织部部长", "青禾大学") in got
    assert not any(t.startswith("学校") for _, t, _ in got)


def _resolution(*units: tuple[str, str, str, int]) -> Resolution:
    """A resolution of the given units: (id, name, subtype, start of one mention)."""
    ents = tuple(
        {
            i: Entity(id=i, type="Organization", name=n, aliases=(n,), subtype=sub)  # type: ignore[arg-type]
            for i, n, sub, _ in units
        }.values()
    )
    refs = tuple(
        UnitRef(start=s, host_end=s + len(n), end=s + len(n), entity=i, rule="org")
        for i, n, _, s in sorted(units, key=lambda u: u[3])
    )
    return Resolution(entities=ents, units=refs, people={})


def test_a_school_only_visited_is_not_the_writers() -> None:
    """调研组一行还到某中学看望: the school named only as a place visited is not the one
    学校 / 我校 means (the writer's own, never named); a school named elsewhere is."""
    text = "学校党委常委、副校长刘某率队调研。调研组一行还到柳溪县中学看望支教同学。"
    at = text.index("党委常委")
    visited = _resolution(("e1", "柳溪县中学", "school", text.index("柳溪县中学")))
    assert self_reference_units(text, at, visited, None) == []
    text2 = "柳溪县中学与白沙村结对。" + text
    named = _resolution(
        ("e1", "柳溪县中学", "school", 0),
        ("e1", "柳溪县中学", "school", text2.rindex("柳溪县中学")),
    )
    assert self_reference_units(text2, text2.index("党委常委"), named, None) == ["e1"]


def test_a_visiting_verb_or_motion_word_before_every_mention_makes_a_visited_unit() -> None:
    text = "调研组还到青禾中学看望学生。"
    res = _resolution(("e1", "青禾中学", "school", text.index("青禾中学")))
    assert only_visited(text, "e1", res)
    text2 = "青禾中学与白沙村结对。调研组还到青禾中学看望学生。"
    res2 = _resolution(
        ("e1", "青禾中学", "school", 0), ("e1", "青禾中学", "school", text2.rindex("青禾中学"))
    )
    assert not only_visited(text2, "e1", res2)
