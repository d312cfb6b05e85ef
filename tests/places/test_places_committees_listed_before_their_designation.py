"""Committees listed by their names with the designation written once, after the last
(units58): 甲、乙社区党委 and 甲、乙、丙等社区 name committees, each the one committee of
that name the list has in the story's town — names of up to four characters (某兰花园、
某日丽城等社区). Items the list does not have as committees there are words of the
sentence. Invented names on the made-up gazetteer of ``conftest.py``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from places_helpers import Link

# Two more committees of 梅溪镇 (990103102), beside its 丹枫社区居民委员会 (…001).
MORE = {
    "990103102005": "翠湖花园社区居委会",
    "990103102006": "星河社区居委会",
}


@pytest.fixture
def link(link_with: Callable[[dict[str, str]], Link]) -> Link:
    return link_with(MORE)


def _committees(link: Link, text: str) -> dict[str, tuple[str, str | None]]:
    return {m.surface: (m.name, m.code) for m in link(text) if m.type == "ResidentsCommittee"}


def test_names_listed_before_a_linked_committee_are_its_towns_committees(link: Link) -> None:
    ms = _committees(link, "梅溪镇星河、丹枫社区党委班子走访了驻区单位。")
    assert ms["星河"] == ("星河社区", "990103102006")
    assert ms["丹枫社区党委"][1] == "990103102001"


def test_four_character_names_before_etc_and_the_designation(link: Link) -> None:
    ms = _committees(link, "梅溪镇党委及辖区翠湖花园、星河、丹枫等社区负责人参加。")
    assert ms["翠湖花园"] == ("翠湖花园社区", "990103102005")
    assert ms["星河"][1] == "990103102006"
    assert ms["丹枫"][1] == "990103102001"


def test_items_that_are_no_listed_committee_are_words(link: Link) -> None:
    ms = _committees(link, "梅溪镇开展社区养老、加装电梯等社区服务。")
    assert ms == {}
    # the designation after the last item belongs to no committee read: no list
    ms = _committees(link, "梅溪镇星河、服务社区活动")
    assert "星河" not in ms
