"""Villages listed before a count that names their kind (places31): 某福、某溪5个强村,
某楼、某刘两个深度贫困村, 甲、乙和丙等6个自然村, and committees listed before 等居委会,
are villages and committees like those before a bare 两个村. Invented sentences on the
made-up gazetteer of ``conftest.py``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from places_helpers import Link

from ingest.places.link import village_kinds


@pytest.fixture
def link(link_with: Callable[[dict[str, str]], Link]) -> Link:
    return link_with({})


def _by_surface(link: Link, text: str) -> dict[str, tuple[str, str, str | None]]:
    return {m.surface: (m.type, m.name, m.code) for m in link(text)}


def test_a_kind_of_village_between_count_and_noun_keeps_the_list(link: Link) -> None:
    ms = _by_surface(link, "梅溪镇的岚溪、柏垄2个强村与薄弱村结对。")
    assert ms["岚溪"] == ("Village", "岚溪村", "990103102204")
    assert ms["柏垄"] == ("Village", "柏垄村", "990103102205")
    ms = _by_surface(link, "对接梅溪镇岚溪、柏垄两个深度贫困村,实施精准帮扶。")
    assert ms["柏垄"][2] == "990103102205"


def test_the_last_item_may_follow_a_conjunction(link: Link) -> None:
    ms = _by_surface(link, "梅溪镇党委对接的是丹岩、岚溪和柏垄三个村,")
    assert ms["岚溪"][2] == "990103102204"
    assert ms["柏垄"][2] == "990103102205"
    # two names joined by 和 alone are left: no 、-list says they are items
    assert "柏垄" not in _by_surface(link, "对接的是岚溪和柏垄两个村,")


def test_unlisted_natural_villages_stay_villages_without_code(link: Link) -> None:
    ms = _by_surface(link, "该村委会共辖:明坡、祖林、新塘和占田等4个自然村,全村301户。")
    assert ms["新塘"] == ("Village", "新塘村", None)
    assert ms["占田"] == ("Village", "占田村", None)


def test_committees_before_their_shared_committee_word(link: Link) -> None:
    ms = _by_surface(link, "共走访慰问了晴岚、碧溪等居委会辖区42户。")
    assert ms["晴岚"][:2] == ("ResidentsCommittee", "晴岚居民区")
    assert ms["碧溪"][:2] == ("ResidentsCommittee", "碧溪居民区")


def test_the_kinds_are_a_word_list() -> None:
    assert {"自然", "强", "深度贫困"} <= set(village_kinds())
