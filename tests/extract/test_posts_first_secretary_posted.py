"""A first secretary's post is on the village the title's clause posts the holder to
(posts37; GOLD_NOTES x1061–x1100 rule 7: 第一书记 @ the village).

Invented names of the shapes seen in news pages; no name from an article."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.posts import posted_first_secretary
from ingest.extract.resolve import Resolution


def test_a_first_secretary_after_a_posted_teams_chain_is_the_villages(extract_text) -> None:
    ex = extract_text(
        "近日，青禾县税务局与东山镇青禾村开展党建共建。\n\n"
        "青禾村党总支书记柯望舒，青禾县税务局驻青禾村工作队队长、第一书记蔺晓川先后发言。"
    )
    found = posts(ex)
    assert ("蔺晓川", "第一书记", "青禾村") in found
    assert not any(p == "蔺晓川" and t == "第一书记" and u != "青禾村" for p, t, u in found)


def test_a_first_secretary_of_a_village_named_before_its_team(extract_text) -> None:
    ex = extract_text(
        "近日，青禾县税务局与东山镇青禾村开展结对共建。\n\n"
        "此次共建得到了青禾村驻村工作队队长兼第一书记蔺晓川的支持。"
    )
    assert ("蔺晓川", "第一书记", "青禾村") in posts(ex)


def test_a_first_secretary_posted_by_the_writer(extract_text) -> None:
    ex = extract_text(
        "近日，青禾大学与东山镇青禾村开展校地共建。\n\n"
        "东山镇党委书记覃若愚介绍了我校派驻青禾村的第一书记蔺晓川同志的工作情况。"
    )
    assert ("蔺晓川", "第一书记", "青禾村") in posts(ex)


def test_no_village_in_the_clause_leaves_the_hand_rules_unit(extract_text) -> None:
    ex = extract_text(
        "近日，青禾省政协办公厅与东山镇青禾村开展党建共建。\n\n"
        "会上，青禾省政协办公厅驻村第一书记蔺晓川介绍了帮扶情况。"
    )
    found = posts(ex)
    assert not any(p == "蔺晓川" and u == "青禾村" for p, _, u in found)


def test_only_a_first_secretarys_title_moves() -> None:
    assert posted_first_secretary("", "工作队队长", 0, None, Resolution((), (), {})) is None


def test_a_village_posted_to_whose_name_no_mention_was_read_is_found_by_name() -> None:
    """某局驻某村第一书记甲 where the linker left the village inside the title chain unread
    (posts38: 2 readable first secretaries went to the sending bureau): the story's village
    whose name the clause writes after 驻 is the one posted to."""
    from ingest.extract.post_candidates import posted_village, village_written_after
    from ingest.model import Entity

    text = "青禾县公安局开发区分局驻青禾村第一书记蔺晓川介绍。"
    village = Entity("e2", "Village", "青禾村", ("青禾村",))
    bureau = Entity("e1", "Organization", "青禾县公安局开发区分局", ("青禾县公安局开发区分局",))
    res = Resolution((bureau, village), (), {})
    title = text.index("第一书记")
    assert posted_village(text, title, res) == "e2"
    at = text.index("驻")
    assert village_written_after(text, at, title, res) == "e2"
    other = "青禾县公安局驻白沙村第一书记"  # a village that is not the story's
    assert village_written_after(other, 6, 10, res) is None
