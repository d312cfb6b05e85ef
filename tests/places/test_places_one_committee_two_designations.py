"""A committee a story writes under two designations (某某居民区党总支 … 某某社区老年人) is
one committee (units58): the uncoded mention takes the other's name (and code, where the
other has one). Invented sentences on the made-up gazetteer of ``conftest.py``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from places_helpers import Link

from ingest.model import PlaceMention
from ingest.places.link import one_committee_two_designations


@pytest.fixture
def link(link_with: Callable[[dict[str, str]], Link]) -> Link:
    return link_with({})


def _rc(start: int, name: str, code: str | None = None) -> PlaceMention:
    return PlaceMention(
        start, start + len(name), name, "ResidentsCommittee", "village", name, code, ()
    )


def test_the_committee_written_with_its_own_designation_names_both() -> None:
    got = one_committee_two_designations([_rc(0, "山鑫居民区"), _rc(20, "山鑫社区")])
    assert [m.name for m in got] == ["山鑫居民区", "山鑫居民区"]


def test_a_coded_twin_gives_its_name_and_code() -> None:
    got = one_committee_two_designations([_rc(0, "丹枫社区", "990103102001"), _rc(9, "丹枫居委")])
    assert [(m.name, m.code) for m in got] == [("丹枫社区", "990103102001")] * 2


def test_different_names_stay_apart() -> None:
    got = one_committee_two_designations([_rc(0, "山鑫居民区"), _rc(20, "海棠社区")])
    assert [m.name for m in got] == ["山鑫居民区", "海棠社区"]


def test_linked_in_a_story(link: Link) -> None:
    text = "梅溪镇翠屿居民区党总支与护理院结对,翠屿社区的老年人在护理院的较多。"
    names = [m.name for m in link(text) if m.type == "ResidentsCommittee"]
    assert names == ["翠屿居民区", "翠屿居民区"]
