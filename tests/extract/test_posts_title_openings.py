"""Words a title opens with that the gold's title never keeps (posts30): a tenure word
(新任校长 → 校长), a lone level word before a party body (乡统战委员 → 统战委员), a place's
name the units' rules did not read before its committee (某某自治县委常委 → 县委常委), a
government before its head's title (某区人民政府副区长 → 副区长, 政府县长 → 县长); and a
committee's department written after its place in a chain goes on the department when
the story names it as a unit (posts.named_committee_organ). Invented names only."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.title_openings import (
    dropped_opening,
    government_before_head,
    lone_level_word,
    place_name_before_committee,
    tenure_word,
    trimmed_title,
)


def test_a_tenure_word_is_dropped() -> None:
    assert tenure_word("新任校长") == 2
    assert tenure_word("时任党委书记") == 2
    assert tenure_word("原党组书记") == 0  # a former post is another post
    assert tenure_word("新任") == 0  # no title after it


def test_a_lone_level_word_before_a_party_body_is_dropped() -> None:
    assert lone_level_word("镇党委副书记") == 1
    assert lone_level_word("社区党委书记") == 2
    assert lone_level_word("乡统战委员") == 1
    assert lone_level_word("县人大常委会副主任") == 1


def test_an_organ_written_with_its_level_word_stays() -> None:
    assert lone_level_word("村委会主任") == 0
    assert lone_level_word("区政府党组成员") == 0
    assert lone_level_word("县委书记") == 0
    assert lone_level_word("镇长") == 0


def test_a_places_name_before_its_committee_is_dropped() -> None:
    assert place_name_before_committee("青禾自治县委常委") == len("青禾自治")
    assert place_name_before_committee("柳溪旗委书记") == len("柳溪")
    assert place_name_before_committee("县委常委") == 0  # the level word alone stays
    assert place_name_before_committee("白沙社区委员") == 0  # no committee of a level


def test_a_government_before_its_heads_title_is_dropped() -> None:
    assert government_before_head("青禾区人民政府副区长") == len("青禾区人民政府")
    assert government_before_head("青禾县人民政府党组成员") == len("青禾县人民政府")
    assert government_before_head("政府县长") == 2
    assert government_before_head("市政府秘书长") == 0  # a level government: an organ
    assert government_before_head("人民政府办公室主任") == 0  # an office: a unit of its own


def test_openings_are_dropped_one_after_another() -> None:
    assert dropped_opening("新任镇党委书记") == 3
    assert trimmed_title("新任镇党委书记") == "党委书记"
    assert trimmed_title("副镇长") == "副镇长"


def test_a_tenure_word_before_a_title_is_not_kept(extract_text) -> None:
    ex = extract_text(
        "青禾市实验中学与白沙村结对共建。青禾市实验中学新任校长刘德明带队来到白沙村。"
    )
    got = posts(ex)
    assert ("刘德明", "新任校长", "青禾市实验中学") not in got
    assert ("刘德明", "校长", "青禾市实验中学") in got


def test_a_named_department_after_a_committee_takes_the_head(extract_text) -> None:
    """某市委常委、统战部部长甲, the story naming 某市委统战部 as a unit: 部长 @ the
    department (GOLD_NOTES, twenty-third session's first class)."""
    ex = extract_text(
        "青禾市委统战部与白沙村结对共建。青禾市委常委、统战部部长刘德明出席活动，"
        "青禾市委统战部副部长张秀英主持。"
    )
    got = posts(ex)
    assert ("刘德明", "部长", "青禾市委统战部") in got
    assert ("刘德明", "统战部部长", "青禾市") not in got


def test_an_unnamed_department_after_a_committee_stays_on_the_place(extract_text) -> None:
    ex = extract_text("青禾市柳溪镇与白沙村结对共建。青禾市委常委、统战部部长刘德明出席活动。")
    assert ("刘德明", "统战部部长", "青禾市") in posts(ex)
