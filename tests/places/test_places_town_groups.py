"""A group of towns named after its lead town (某某组团): a Region without code that takes
the town's mention (places23). Invented sentences on the made-up gazetteer of
``conftest.py``."""

from __future__ import annotations

from collections.abc import Callable

from places_helpers import Link, regions_by_name


def test_a_group_named_after_its_town_is_a_region(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions_by_name(link_with({})("日前,梅溪组团向青石区捐赠帮扶资金80万元。"))
    assert "梅溪组团" in ms
    assert ms["梅溪组团"].code is None
    assert "梅溪镇" not in ms  # the group is the side that is meant


def test_a_group_after_its_city_keeps_the_city(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions_by_name(link_with({})("代表团到云州市柳河组团开展协作考察。"))
    assert "柳河组团" in ms
    assert "云州市" in ms


def test_grouping_as_a_verb_or_manner_is_no_place(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions_by_name(link_with({})("各单位形成组团帮扶合力,开展梅溪组团式帮扶。"))
    assert not any(name.endswith("组团") for name in ms)
