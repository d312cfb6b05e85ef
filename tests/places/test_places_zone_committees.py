"""An unlisted zone named before its own management committee (某某新区管委会), and after
an aspect particle (标志着某某新区与…): a Region without code (places21). Invented
names on the made-up gazetteer of ``conftest.py``."""

from __future__ import annotations

from collections.abc import Callable

from places_helpers import Link, regions_by_name

from ingest.places.link import run_by_its_committee


def test_a_new_area_before_its_management_committee_is_a_zone(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions_by_name(link_with({})("会上,市鹭湾新区管委会党组成员、副主任甲某讲话。"))
    assert "鹭湾新区" in ms
    assert ms["鹭湾新区"].code is None
    assert ms["鹭湾新区"].surface == "鹭湾新区"  # the 管委会 is an Organization of its own


def test_a_zone_after_an_aspect_particle_starts_there(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions_by_name(link_with({})("协议的签订标志着鹭湾新区与某医院协同发力。"))
    assert "鹭湾新区" in ms


def test_only_a_zone_is_run_by_a_management_committee() -> None:
    assert run_by_its_committee("鹭湾新区管委会", 4, "新区")
    assert run_by_its_committee("鹭湾开发区管理委员会", 5, "开发区")
    assert not run_by_its_committee("鹭湾镇管委会", 3, "镇")
    assert not run_by_its_committee("鹭湾新区建设", 4, "新区")


def test_taiwan_hong_kong_and_their_counties_are_regions_without_code(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    text = "臺灣苗栗縣某某國小與青石区小学结对,学生走出台湾,来自香港特别行政区的老师"
    found = link_with({})(text)
    assert [m.surface for m in found if m.name == "台湾"] == ["臺灣", "台湾"]
    ms = regions_by_name(found)
    assert ms["台湾"].code is None
    assert ms["苗栗县"].code is None
    assert ms["香港特别行政区"].code is None
    assert ms["青石区"].code == "990102"


def test_a_bare_outside_place_heading_a_name_is_no_mention(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions_by_name(link_with({})("据中国台湾网消息,澳门街坊总会到访。"))
    assert "台湾" not in ms and "澳门特别行政区" not in ms


def test_a_province_before_a_dateline_stands_alone(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    link = link_with({})
    assert "测海省" in regions_by_name(link("某某网7月12日测海消息 7月11日,青石区举行活动。"))
    assert "测海省" in regions_by_name(link("某某社测海三月二十七日电(记者甲某)青石区"))
    assert "测海省" not in regions_by_name(link("测海电力公司与青石区结对。"))


def test_a_province_before_a_count_of_provinces_stands_alone(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    link = link_with({})
    assert "测海省" in regions_by_name(link("落实远山、测海两省建设合作示范区的要求。"))
    assert "测海省" in regions_by_name(link("测海多地开展结对共建。"))
