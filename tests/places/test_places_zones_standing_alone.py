"""Zones named by a name of their own are Regions wherever the sentence goes on after
them (units58): 某鹏新区南澳办事处, 某湖高新区企业, 某相合作区机关, 某洪投资区 — not only
before a boundary or a place. Not a unit of the zone (某某新区第二小学), nor a name that
starts inside a word of the sentence (对接|某安新区). Invented names on the made-up
gazetteer of ``conftest.py``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from places_helpers import Link, regions_by_name


@pytest.fixture
def link(link_with: Callable[[dict[str, str]], Link]) -> Link:
    return link_with({})


def test_a_zone_before_the_words_of_its_sentence_is_a_region(link: Link) -> None:
    ms = regions_by_name(link("2015年,鹭港经济开发区利用沿海盐碱地招引项目。"))
    assert "鹭港经济开发区" in ms and ms["鹭港经济开发区"].code is None
    assert "鹭湖高新区" in regions_by_name(link("他说:“鹭湖高新区企业位置偏僻。”"))


def test_a_zone_before_a_town_it_holds(link: Link) -> None:
    assert "澜鹏新区" in regions_by_name(link("澜鹏新区南澳办事处赴外地调研。"))


def test_zones_of_the_rarer_endings(link: Link) -> None:
    assert "苏澜合作区" in regions_by_name(link("打造区级机关、苏澜合作区机关的共同体。"))
    assert "元澜投资区" in regions_by_name(link("为白沙区元澜投资区京东服务中心项目提供保障。"))


def test_a_unit_of_the_zone_is_no_zone(link: Link) -> None:
    assert "澜鹏新区" not in regions_by_name(link("活动由澜鹏新区第二小学承办。"))
