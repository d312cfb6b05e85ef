"""A weak committee form that several committees of one city the story links carry is a
place without code (units49): the story's city supports it, its namesakes in that city
keep it from a code. Invented sentences on the made-up gazetteer of ``conftest.py``
(丹枫社区 lies in two districts of 云州市)."""

from __future__ import annotations

from collections.abc import Callable

from places_helpers import Link

from ingest.model import PlaceMention


def _committees(mentions: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {m.name: m for m in mentions if m.type == "ResidentsCommittee"}


def test_a_committee_of_two_namesakes_in_the_storys_city_is_kept_uncoded(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    found = _committees(link_with({})("云州市某学院党总支与丹枫社区开展党建共建。"))
    assert "丹枫社区" in found
    assert found["丹枫社区"].code is None


def test_without_the_city_the_weak_form_is_no_place(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    assert "丹枫社区" not in _committees(link_with({})("某学院党总支与丹枫社区开展党建共建。"))
