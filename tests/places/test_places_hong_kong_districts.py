"""Hong Kong's districts (the table of places outside the list) are read only right after
香港 or in a list it opens, and only where they stand as the place (units49). Invented
sentences; the district names are the official ones of the table."""

from __future__ import annotations

from collections.abc import Callable

from places_helpers import Link, regions_by_name

from ingest.places.link import stands_as_a_district, written_after


def test_a_district_after_hong_kong_is_a_region(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions_by_name(
        link_with({})("青石区与香港油尖旺、九龙城的代表签约,香港油尖旺民政事务专员出席。")
    )
    assert ms["油尖旺区"].code is None
    assert "九龙城区" in ms  # listed after the first


def test_a_district_form_without_hong_kong_is_no_region(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions_by_name(link_with({})("云州市沙田村的园区东区建设了新厂房。"))
    assert not {"沙田区", "东区"} & set(ms)


def test_a_district_opening_a_units_name_is_no_region(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    assert "东区" not in regions_by_name(link_with({})("青石区与香港东区协进社结对。"))


def test_written_after_and_standing_as_a_district() -> None:
    assert written_after("香港某龙城、某尖旺居民联会", 6, "香港")
    assert not written_after("园区东区", 2, "香港")
    assert stands_as_a_district("香港某区民政事务专员", 4)
    assert not stands_as_a_district("香港某区协进社", 4)
