"""An unlisted zone named before its own management committee (某某新区管委会), and after
an aspect particle (标志着某某新区与…): a Region without code (places21). Invented
names on the made-up gazetteer of ``conftest.py``."""

from __future__ import annotations

from collections.abc import Callable

from ingest.model import PlaceMention
from ingest.places.link import run_by_its_committee

Link = Callable[[str], list[PlaceMention]]


def _regions(ms: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {m.name: m for m in ms if m.type == "Region"}


def test_a_new_area_before_its_management_committee_is_a_zone(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = _regions(link_with({})("会上,市鹭湾新区管委会党组成员、副主任甲某讲话。"))
    assert "鹭湾新区" in ms
    assert ms["鹭湾新区"].code is None
    assert ms["鹭湾新区"].surface == "鹭湾新区"  # the 管委会 is an Organization of its own


def test_a_zone_after_an_aspect_particle_starts_there(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = _regions(link_with({})("协议的签订标志着鹭湾新区与某医院协同发力。"))
    assert "鹭湾新区" in ms


def test_only_a_zone_is_run_by_a_management_committee() -> None:
    assert run_by_its_committee("鹭湾新区管委会", 4, "新区")
    assert run_by_its_committee("鹭湾开发区管理委员会", 5, "开发区")
    assert not run_by_its_committee("鹭湾镇管委会", 3, "镇")
    assert not run_by_its_committee("鹭湾新区建设", 4, "新区")
