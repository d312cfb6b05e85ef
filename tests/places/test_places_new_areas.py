"""A new area named after the place it lies in (某州新区, 某州某湖新区) and a 新片区: a Region
without code that takes the place's mention (places23). Invented names on the made-up
gazetteer of ``conftest.py``."""

from __future__ import annotations

from collections.abc import Callable

from places_helpers import Link, regions_by_name

from ingest.places.link import unit_named_after


def test_a_new_area_named_after_its_city_is_one_region(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions_by_name(link_with({})("双方将携手推进云州市鹭湖新区建设发展。"))
    assert "云州市鹭湖新区" in ms
    assert ms["云州市鹭湖新区"].code is None
    assert "云州市" not in ms  # the place before the zone's designation is no mention


def test_a_new_area_right_after_its_province(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions_by_name(link_with({})("近日,测海新区统筹城乡局与青石区签订协议。"))
    assert "测海新区" in ms
    assert "测海省" not in ms


def test_a_unit_of_the_new_area_leaves_the_place_alone(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions_by_name(link_with({})("活动在云州市鹭湖新区第二小学举行。"))
    assert "云州市鹭湖新区" not in ms
    assert unit_named_after("云州鹭湖新区分行", 6)
    assert unit_named_after("云州鹭湖新区第二小学", 6)
    assert not unit_named_after("云州鹭湖新区管委会", 6)
    assert not unit_named_after("云州鹭湖新区建设", 6)


def test_a_high_tech_zone_is_not_a_new_area(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions_by_name(link_with({})("云州高新区与梅溪镇签订协议。"))
    assert all(m.level != "county" for m in ms.values() if m.name.endswith("高新区"))


def test_a_new_part_of_a_free_trade_zone_is_a_region(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions_by_name(link_with({})("检察院与位于鹭港新片区的梅溪镇携手共建。"))
    assert "鹭港新片区" in ms
    assert ms["鹭港新片区"].code is None
