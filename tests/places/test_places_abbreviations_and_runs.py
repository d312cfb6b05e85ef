"""Places, fifth pass: a town written by an abbreviation of its formal name, and lines of
headlines (page furniture) whose places are no mentions. Invented names only (the
gazetteer of ``conftest.py`` plus a few units)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from places_helpers import regions as _regions

from ingest.model import Article, PlaceMention
from ingest.places.gazetteer import Gazetteer
from ingest.places.link import (
    abbreviation_of,
    headline_runs,
    link_places,
    places_as_modifiers,
    starts_a_quoted_name,
)

Link = Callable[[str], list[PlaceMention]]

MORE_NAMES: dict[str, str] = {
    # A county whose seat has a long formal name that stories shorten (朗卓镇).
    "990105": "雪岭县",
    "990105100": "朗木卓玛镇",
    "990105200": "松巴乡",
    # A county with two towns that one abbreviation would fit (石岗镇).
    "990106": "石川县",
    "990106100": "石门岗头镇",
    "990106101": "石泉上岗镇",
}


@pytest.fixture(scope="module")
def link(link_with: Callable[[dict[str, str]], Link]) -> Link:
    return link_with(MORE_NAMES)


def test_an_abbreviation_keeps_the_first_character_and_the_order() -> None:
    assert abbreviation_of("朗卓", ["朗木卓玛", "松巴"]) == "朗木卓玛"
    assert abbreviation_of("卓朗", ["朗木卓玛"]) is None  # order differs
    assert abbreviation_of("木卓", ["朗木卓玛"]) is None  # first character differs
    assert abbreviation_of("朗木卓玛", ["朗木卓玛"]) is None  # the formal name itself


def test_an_abbreviation_that_fits_two_names_is_none() -> None:
    assert abbreviation_of("石岗", ["石门岗头", "石泉上岗"]) is None


def test_an_abbreviated_town_links_to_the_town_of_its_county(link: Link) -> None:
    found = _regions(link("从雪岭县出发，一小时就到了县城所在地朗卓镇。"))
    assert found["朗卓镇"].code == "990105100"
    assert found["朗卓镇"].name == "朗木卓玛镇"


def test_an_abbreviated_town_right_after_its_county(link: Link) -> None:
    found = _regions(link("雪岭县朗卓镇党委与柳河镇签约。"))
    assert found["朗卓镇党委"].code == "990105100"


def test_an_abbreviation_without_its_county_in_the_story_stays_unlinked(link: Link) -> None:
    found = _regions(link("记者来到朗卓镇采访。"))
    assert all(m.code is None for m in found.values())


def test_an_abbreviation_that_fits_two_towns_stays_unlinked(link: Link) -> None:
    found = _regions(link("石川县石岗镇党委召开会议。"))
    assert found["石川县"].code == "990106"
    assert all(m.code is None for name, m in found.items() if "石岗" in name)


def test_a_long_line_without_punctuation_is_a_run_of_headlines() -> None:
    line = "某地开展宣传活动 " * 15
    assert headline_runs(f"{line}\n正文，有标点。") == [(0, len(line))]
    assert headline_runs("某地开展宣传活动，" * 15) == []
    assert headline_runs("短标题 没有标点\n正文。") == []


def test_places_in_a_run_of_headlines_are_no_mentions(link: Link) -> None:
    headlines = "青石区柳河镇 普法宣传进社区 法治意识入人心白沙区梅溪镇 织密小网格 " * 4
    found = link(f"{headlines}\n柳河镇高岗村党总支与梅溪镇芦花村结对。")
    story = len(headlines) + 1
    assert found and all(m.start >= story for m in found)
    assert {m.surface for m in found} >= {"柳河镇", "梅溪镇"}


def test_the_linker_docstring_examples_run() -> None:
    import doctest

    from ingest.places import link as place_link

    assert doctest.testmod(place_link).failed == 0


def test_a_short_quoted_name_opened_by_a_place_is_no_mention_of_it() -> None:
    assert starts_a_quoted_name("学习“云州之路”精神", 3, 5)
    assert starts_a_quoted_name("召开“云州会议”", 3, 5)
    assert not starts_a_quoted_name("来自“云州”的代表", 3, 5)  # the place is all of it
    assert not starts_a_quoted_name("云州之路", 0, 2)  # no quote
    assert not starts_a_quoted_name("“云州" + "发展" * 6 + "”", 1, 3)  # too long for a name


def test_the_bare_district_in_a_quoted_name_is_a_modifier(
    make_article: Callable[..., Article], gaz: Gazetteer
) -> None:
    article = make_article("白沙区召开大会，学习“白沙之路”精神。")
    places = link_places(article, gaz)
    assert [m.surface for m in places] == ["白沙区", "白沙"]
    assert [m.surface for m in places_as_modifiers(article, places)] == ["白沙"]
