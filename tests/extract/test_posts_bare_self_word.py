"""A bare kind word opening a chain element is the page's own unit (posts31):
学校党委委员、组织部长甲 → 党委委员, 组织部长 @ the story's school, as 我校 would say;
学院党委书记乙 → the story's college. Not inside a name (某某学院党委), not before a word
that is no party body, department or head's title. Invented names only."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.post_candidates import bare_self_word, self_kind, self_word_end


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


def test_a_school_only_visited_is_not_the_writers(extract_text) -> None:
    """调研组一行还到某中学看望: the school named only as a place visited is not the one
    学校 / 我校 means (the writer's own, never named)."""
    ex = extract_text(
        "12月27日,学校党委常委、副校长刘德明率队赴柳溪县调研,实地了解我校帮扶村情况。"
        "调研组一行还到柳溪县中学看望慰问支教同学。"
    )
    assert not any(unit == "柳溪县中学" for _, _, unit in posts(ex))


def test_a_visiting_verb_or_motion_word_before_every_mention_makes_a_visited_unit() -> None:
    from ingest.extract.post_candidates import only_visited
    from ingest.extract.resolve import Resolution, UnitRef

    text = "调研组还到青禾中学看望学生。"
    start = text.index("青禾中学")
    ref = UnitRef(start=start, host_end=start + 4, end=start + 4, entity="e1", rule="org")
    res = Resolution.__new__(Resolution)
    object.__setattr__(res, "units", [ref])
    assert only_visited(text, "e1", res)
    text2 = "青禾中学与白沙村结对。调研组还到青禾中学看望学生。"
    later = text2.rindex("青禾中学")
    first = UnitRef(start=0, host_end=4, end=4, entity="e1", rule="org")
    visited = UnitRef(start=later, host_end=later + 4, end=later + 4, entity="e1", rule="org")
    object.__setattr__(res, "units", [first, visited])
    assert not only_visited(text2, "e1", res)
