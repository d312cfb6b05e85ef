"""Villages written in full right after their linked town, in forms the matcher does not
take alone (places31): a one-character name (某镇段村) and the administrative village
written 某某行政村. Invented sentences on the made-up gazetteer of ``conftest.py``
(梅溪镇 990103102), villages added per test."""

from __future__ import annotations

from collections.abc import Callable

from places_helpers import Link

MORE = {"990103102206": "石村村委会", "990103102207": "大湾社区村民委员会"}


def _villages(link: Link, text: str) -> dict[str, tuple[str, str | None]]:
    return {m.surface: (m.name, m.code) for m in link(text) if m.level == "village"}


def test_a_one_character_village_after_its_own_town_is_kept(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = _villages(link_with(MORE), "汽车驶进梅溪镇石村,沿着平整的柏油马路前行。")
    assert ms["石村"] == ("石村", "990103102206")


def test_a_one_character_village_elsewhere_stays_a_word(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    assert "石村" not in _villages(link_with(MORE), "梅溪镇的干部来到一处石村,察看民居。")


def test_an_administrative_village_is_the_village_of_the_list(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = _villages(link_with(MORE), "和平小学与梅溪镇大湾行政村签订结对帮扶协议。")
    assert ms["大湾行政村"] == ("大湾村", "990103102207")


def test_a_village_word_after_the_town_is_no_village(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    assert "石村" not in _villages(link_with(MORE), "梅溪镇石村民小组组长发言。")


def test_an_unlisted_committee_after_its_town_may_start_with_a_noun(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    link = link_with({})
    ms = {m.surface: m for m in link("学院与梅溪镇黄泥崖社区签订共建协议。")}
    assert ms["黄泥崖社区"].type == "ResidentsCommittee"
    assert ms["黄泥崖社区"].code is None
    # without its town the noun reads as words of the sentence
    assert "黄泥崖社区" not in {m.surface for m in link("工作组察看了黄泥崖社区的道路。")}
