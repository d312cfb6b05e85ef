"""Places, people6 pass (issue 13): an unlisted committee or village named inside a
quotation that is a title, a programme or a slogan, and a stem holding 就. Invented
names only (the gazetteer of ``conftest.py``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.model import PlaceMention
from ingest.places.link import quoted_designation

Link = Callable[[str], list[PlaceMention]]


@pytest.fixture(scope="module")
def link(link_with: Callable[[dict[str, str]], Link]) -> Link:
    return link_with({})


def test_a_quoted_name_before_a_designation_word_is_no_place() -> None:
    assert quoted_designation("推进“岚讼社区”建设", 3, 7)
    assert quoted_designation("获“梓爱社区”称号", 2, 6)


def test_a_slogan_that_ends_like_a_village_is_no_place() -> None:
    assert quoted_designation("“万企兴万村”行动", 2, 6)


def test_a_quoted_place_followed_by_other_words_is_still_a_place() -> None:
    assert not quoted_designation("来到“岭秀社区”开展活动", 3, 7)
    assert not quoted_designation("来到岭秀社区开展活动", 2, 6)


def test_quoted_unlisted_committees_are_dropped_by_the_linker(link: Link) -> None:
    assert not [m for m in link("推进“岚讼社区”建设和岭秀居委服务。") if "岚讼" in m.surface]
    assert [m.surface for m in link("学生支部与“岭秀社区”签约。")] == ["岭秀社区"]


def test_a_stem_holding_jiu_is_no_committee_s_name(link: Link) -> None:
    assert not [
        m for m in link("岭秀社区主任于岚秋就社区与该院开展活动。") if "岚秋就" in m.surface
    ]
