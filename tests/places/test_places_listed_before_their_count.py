"""Areas listed by their bare short forms before a count and the level word they share
(places20): 某市甲、乙两镇共建 gives two towns of that city, …、丙、丁两县结对帮扶 two
counties of the country. Invented names on the made-up gazetteer of conftest.py."""

from __future__ import annotations

from collections.abc import Callable

from ingest.model import PlaceMention
from ingest.places.link import _AREA_COUNT_AFTER, _AREA_COUNT_LIST, bare_form_as_modifier

LinkWith = Callable[[dict[str, str]], Callable[[str], list[PlaceMention]]]

# Two towns of 北岭市 (through its county 松风县) and two counties of the first province.
TOWNS = {"980102105": "鹤湾镇", "980102106": "岚桥镇"}
COUNTIES = {"990105": "鹿川县", "990106": "枫坪县"}


def by_surface(mentions: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {m.surface: m for m in mentions}


def test_towns_listed_after_their_city_before_a_count_are_those_towns(link_with: LinkWith) -> None:
    ms = by_surface(link_with(TOWNS)("北岭市鹤湾、岚桥两镇结对共建。"))
    assert ms["鹤湾"].code == "980102105"
    assert ms["岚桥"].code == "980102106"
    assert ms["岚桥"].name == "岚桥镇"


def test_towns_of_an_area_the_story_does_not_link_are_not_taken(link_with: LinkWith) -> None:
    ms = by_surface(link_with(TOWNS)("鹤湾、岚桥两镇结对共建。"))
    assert "鹤湾" not in ms and "岚桥" not in ms


def test_counties_before_a_count_need_no_support_from_the_story(link_with: LinkWith) -> None:
    ms = by_surface(link_with(COUNTIES)("北岭市与鹿川、枫坪两县结对帮扶。"))
    assert ms["鹿川"].code == "990105"
    assert ms["枫坪"].code == "990106"


def test_a_form_of_another_level_than_the_count_s_is_not_taken(link_with: LinkWith) -> None:
    # 鹿川 is a county: a count of towns does not make it one of them
    ms = by_surface(link_with({**TOWNS, **COUNTIES})("北岭市鹿川、岚桥两镇结对共建。"))
    assert "鹿川" not in ms
    assert ms["岚桥"].code == "980102106"


def test_a_form_two_counties_share_is_not_taken(link_with: LinkWith) -> None:
    link = link_with({**COUNTIES, "980103": "鹿川县"})
    ms = by_surface(link("与鹿川、枫坪两县结对帮扶。"))
    assert "鹿川" not in ms
    assert ms["枫坪"].code == "990106"
    # ... unless the story links the area of one of them
    assert by_surface(link("北岭市与鹿川、枫坪两县结对帮扶。"))["鹿川"].code == "980103"


def test_the_count_and_level_word_closing_a_list() -> None:
    m = _AREA_COUNT_LIST.search("，甲乙、丙丁、戊己等三个县区。")
    assert m is not None and m.group(1) == "甲乙、丙丁、戊己" and m.group(2) == "县区"
    assert _AREA_COUNT_AFTER.match("两镇结对")
    assert not _AREA_COUNT_AFTER.match("两县级领导")
    assert not _AREA_COUNT_AFTER.match("县委")


def test_the_last_item_before_the_count_is_no_modifier_of_a_name(link_with: LinkWith) -> None:
    # jieba reads 两县 as an unknown word, which would make 枫坪 the head of a name
    text = "北岭市与鹿川、枫坪两县结对帮扶。"
    ms = link_with(COUNTIES)(text)
    last = by_surface(ms)["枫坪"]
    assert not bare_form_as_modifier(text, last, ms)
