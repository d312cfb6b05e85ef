"""Village-level places the linker used to lose (places19): a village written right after
its linked town whose only namesake in the 2023 list lies in another town of another name
(an unlisted, merged or renamed village) stays a place without code instead of being
dropped, and the next item of a 、-list after a village is a village whatever follows it
(某阳村、某光村两村). Invented names on the made-up gazetteer of conftest.py."""

from __future__ import annotations

from collections.abc import Callable

from ingest.model import PlaceMention
from ingest.places.link import listed_after_a_village, town_in_a_chain

LinkWith = Callable[[dict[str, str]], Callable[[str], list[PlaceMention]]]

# A village of the second province's 石门镇 only: no unit of 柳河镇 has its name.
FAR_NAMESAKE = {"980102103209": "雨岭村村委会"}
# A town named like 石门镇 inside the first province's 白沙区, with no 雨岭村 of its own.
SAME_NAMED_TOWN = {"990103105": "石门镇"}


def by_surface(mentions: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {m.surface: m for m in mentions}


def test_a_village_after_its_town_with_a_namesake_elsewhere_keeps_no_code(
    link_with: LinkWith,
) -> None:
    link = link_with(FAR_NAMESAKE)
    ms = by_surface(link("青石区柳河镇雨岭村3组脱贫户接过慰问物资。"))
    assert ms["柳河镇"].code == "990102101"
    assert ms["雨岭村"].type == "Village"
    assert ms["雨岭村"].code is None


def test_a_village_under_a_town_of_the_written_name_keeps_its_code(link_with: LinkWith) -> None:
    # 石门镇 of 白沙区 is written, the village lies in the other 石门镇: the town may be
    # the one mislinked, so the village's code is left to the linker.
    link = link_with({**FAR_NAMESAKE, **SAME_NAMED_TOWN})
    ms = by_surface(link("松风县石门镇雨岭村开展活动。"))
    assert ms["雨岭村"].code == "980102103209"


def test_a_village_in_its_written_town_is_untouched(link_with: LinkWith) -> None:
    link = link_with({})
    ms = by_surface(link("青石区柳河镇高岗村开展活动。"))
    assert ms["高岗村"].code == "990102101201"


def test_the_next_item_of_a_list_after_a_village_is_a_village(link_with: LinkWith) -> None:
    link = link_with({})
    ms = by_surface(link("柳河镇高岗村、桦岙村两村的志愿者组成帮扶团。"))
    assert ms["桦岙村"].type == "Village"
    assert ms["桦岙村"].code is None


def test_an_item_after_a_conjunction_or_no_village_is_not_taken() -> None:
    text = "某阳村、某光村两村"
    assert listed_after_a_village(text, 4, {3})
    assert not listed_after_a_village("某阳村和某光村", 4, {3})
    assert not listed_after_a_village(text, 4, set())


def test_a_town_named_by_an_ordinary_word_in_a_chain_of_places_is_a_town(
    link_with: LinkWith,
) -> None:
    link = link_with({})
    ms = by_surface(link("云州市青石区军乐镇高岗村的志愿者组成帮扶团。"))
    assert ms["军乐镇"].type == "Region"
    assert ms["军乐镇"].level == "town"
    assert ms["军乐镇"].code is None


def test_a_town_named_by_an_ordinary_word_alone_is_not_taken(link_with: LinkWith) -> None:
    link = link_with({})
    assert "军乐镇" not in by_surface(link("云州市青石区军乐镇开展活动。"))


def test_a_chain_needs_a_county_before_and_a_place_after() -> None:
    assert town_in_a_chain(3, 6, {3}, {6})
    assert not town_in_a_chain(3, 6, {3}, set())
    assert not town_in_a_chain(3, 6, set(), {6})
