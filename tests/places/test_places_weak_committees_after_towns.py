"""units37: a weak village or committee form (a two-character stem: 某光社区, 某明村)
written right after a town or subdistrict is a place of its own even when no code pins
it down (the gazetteer lists it only elsewhere, or the town is ambiguous); and a
village's 村 followed by 村干部 / 村民 is no ordinary word 村村. Invented names on the
made-up gazetteer of conftest.py."""

from __future__ import annotations

from collections.abc import Callable

from ingest.model import PlaceMention
from ingest.places.link import village_then_its_own_noun

LinkWith = Callable[[dict[str, str]], Callable[[str], list[PlaceMention]]]

# A committee with a two-character stem, listed only in the second province's 石门镇.
FAR_WEAK_COMMITTEE = {"980102103001": "霞光社区居委会"}


def by_surface(mentions: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {m.surface: m for m in mentions}


def test_a_weak_committee_after_its_town_is_kept_without_code(link_with: LinkWith) -> None:
    link = link_with(FAR_WEAK_COMMITTEE)
    ms = by_surface(link("区民政局与青石区柳河镇霞光社区结对共建。"))
    assert ms["柳河镇"].code == "990102101"
    assert ms["霞光社区"].type == "ResidentsCommittee"
    assert ms["霞光社区"].code is None


def test_a_weak_committee_standing_alone_far_away_is_still_dropped(link_with: LinkWith) -> None:
    link = link_with(FAR_WEAK_COMMITTEE)
    assert "霞光社区" not in by_surface(link("青石区民政局与霞光社区结对共建。"))


def test_a_village_then_its_own_noun_is_no_word_across() -> None:
    assert village_then_its_own_noun("村村")
    assert not village_then_its_own_noun("村民")
