"""Taiwan's towns, villages and wards (里), which no list we hold breaks down (units49):
read from how they are written in a story that names Taiwan or one of its counties.
Invented sentences; the county names are those of the official table of places outside
the list, the towns, villages and wards below them are made up."""

from __future__ import annotations

from collections.abc import Callable

from places_helpers import Link

from ingest.model import PlaceMention
from ingest.places.taiwan import below_a_taiwan_county, taiwan_wards


def _by_name(mentions: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {m.name: m for m in mentions}


def test_a_ward_with_its_head_is_read() -> None:
    text = "联谊会会长、禾丰里长张某某介绍了情况"
    assert [w.name for w in taiwan_wards(text, frozenset())] == ["禾丰里"]


def test_wards_paired_with_communities_are_read() -> None:
    text = "某某区的禾丰里与东坡社区、松涛里与西岭社区共同签订协议"
    # where the paired communities start
    starts = frozenset({text.index("东坡"), text.index("西岭")})
    assert [w.name for w in taiwan_wards(text, starts)] == ["禾丰里", "松涛里"]


def test_a_ward_after_its_town_is_read() -> None:
    text = "前往拜会云岭镇松涛里社区巡守队"
    assert [w.name for w in taiwan_wards(text, frozenset())] == ["松涛里"]


def test_locative_words_in_li_are_no_wards() -> None:
    text = "大家在这里与东坡社区联欢,心里长久记得,全长三公里与东坡社区相接"
    starts = frozenset(i for i in range(len(text)) if text.startswith("东坡", i))
    assert taiwan_wards(text, starts) == []


def test_a_districts_association_of_ward_heads_is_no_ward() -> None:
    assert taiwan_wards("新北市云岭区里长联谊会到访", frozenset()) == []


def test_a_town_and_village_after_a_county() -> None:
    county = PlaceMention(1, 4, "南投县", "Region", "county", "南投县", None)
    found = below_a_taiwan_county("赴南投县云岭乡浅溪村参访", [county])
    assert [(p.name, p.type, p.level) for p in found] == [
        ("云岭乡", "Region", "town"),
        ("浅溪村", "Village", "village"),
    ]


def test_a_town_without_a_village_is_left_alone() -> None:
    county = PlaceMention(0, 3, "新北市", "Region", "county", "新北市", None)
    assert below_a_taiwan_county("新北市云岭区里长联谊会到访", [county]) == []


def test_a_village_below_a_taiwan_county_takes_no_mainland_code(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = _by_name(link_with({})("梅溪镇与台湾南投县云岭乡芦花村结对。"))
    assert ms["芦花村"].code is None  # not the mainland 芦花村 of 梅溪镇
    assert ms["云岭乡"].type == "Region"


def test_wards_are_read_only_in_a_taiwan_story(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    text = "台中市的禾丰里与丹枫社区签订合作协议,禾丰里长张某某出席。"
    assert _by_name(link_with({})(text))["禾丰里"].type == "ResidentsCommittee"
    mainland = "梅溪镇的禾丰里与丹枫社区签订合作协议,禾丰里长张某某出席。"
    assert "禾丰里" not in _by_name(link_with({})(mainland))


def test_a_former_taiwan_county_is_a_region(link_with: Callable[[dict[str, str]], Link]) -> None:
    ms = _by_name(link_with({})("台中县云岭乡守望相助队来访。"))
    assert ms["台中县"].type == "Region" and ms["台中县"].code is None


def test_a_particle_or_a_verb_before_the_heads_title_names_no_ward() -> None:
    # units62: 14年的里长生涯, 20个里的里长, 结合里长、义警 (the heads of wards, no ward)
    for text in ("在过去14年的里长生涯里", "高雄市20个里的里长来访", "结合里长、义警等力量"):
        assert taiwan_wards(text, frozenset()) == [], text


def test_a_ward_named_with_a_conjunction_character_is_still_read() -> None:
    text = "禾丰里与东坡社区、中和里与西岭社区共同签订协议"
    starts = frozenset({text.index("东坡"), text.index("西岭")})
    assert [w.name for w in taiwan_wards(text, starts)] == ["禾丰里", "中和里"]
