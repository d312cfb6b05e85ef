"""A city whose bare form jieba reads as an ordinary word (an adverb, a verb: places24)
is that city where the context says so: opening a unit's name, or in a chain of places;
elsewhere the word is the word. Invented names on the made-up gazetteer of conftest.py."""

from __future__ import annotations

from collections.abc import Callable

from ingest.model import PlaceMention
from ingest.places.link import opens_a_unit_name
from tests.places.places_helpers import regions

LinkWith = Callable[[dict[str, str]], Callable[[str], list[PlaceMention]]]

# A city of the second province whose bare form 长远 is an ordinary word (an adverb).
WORDED = {"980200": "长远市", "980201": "石湾县"}


def test_a_worded_city_opening_a_company_s_name_is_the_city(link_with: LinkWith) -> None:
    ms = regions(link_with(WORDED)("会上，青石区与长远外轮理货有限公司签订协议。"))
    assert ms["长远"].code == "980200"


def test_a_worded_city_opening_a_party_branch_s_name_is_the_city(link_with: LinkWith) -> None:
    ms = regions(link_with(WORDED)("8月8日，长远中联党支部开展共建活动。"))
    assert ms["长远"].code == "980200"


def test_a_worded_city_before_one_of_its_counties_is_the_city(link_with: LinkWith) -> None:
    ms = regions(link_with(WORDED)("长远石湾县召开会议。"))
    assert ms["长远"].code == "980200"


def test_the_ordinary_word_stays_a_word(link_with: LinkWith) -> None:
    link = link_with(WORDED)
    for text in (
        "要着眼长远，办好公司。",  # inside a phrase, no unit after it
        "从长远看，这家公司发展很快。",  # the unit's ending lies past the comma
        "长远的公司规划。",  # 的 breaks the name
        "目光长远大学生创业园",  # not at a boundary
    ):
        assert "长远" not in regions(link(text)), text


def test_a_unit_ending_closes_the_run_within_reach() -> None:
    assert opens_a_unit_name("甲乙外轮理货有限公司", 2)
    assert opens_a_unit_name("甲乙大学中心警务室", 2)
    assert not opens_a_unit_name("甲乙发展，公司", 2)
    assert not opens_a_unit_name("甲乙与丙丁公司", 2)
    assert not opens_a_unit_name("甲乙" + "长" * 12 + "公司", 2)  # too far
