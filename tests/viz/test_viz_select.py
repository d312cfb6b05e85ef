"""Selection: which units and pairings a page draws for each `pbkg viz` filter."""

from __future__ import annotations

import pytest
from viz_graphs import small_graph

from viz.select import code_prefix, select

PAIRED = {"v:310116503205", "rc:310116503002", "o:boc", "v:xss", "o:xss"}


def test_the_whole_graph_is_every_paired_unit_and_no_person_article_or_lone_unit() -> None:
    s = select(small_graph())
    assert s.nodes == PAIRED
    assert s.pairings == (
        ("o:boc", "v:xss"),
        ("o:xss", "v:xss"),
        ("rc:310116503002", "v:310116503205"),
    )


def test_kind_keeps_only_pairings_of_that_kind_and_their_units() -> None:
    s = select(small_graph(), kinds=["结对帮扶"])
    assert s.nodes == {"o:boc", "v:xss"}
    assert s.pairings == (("o:boc", "v:xss"),)


def test_focus_by_alias_shows_the_neighbourhood_up_to_depth() -> None:
    kg = small_graph()
    assert select(kg, focus=["高楼村党总支"], depth=1).nodes == {
        "v:310116503205",
        "rc:310116503002",
    }
    assert select(kg, focus=["o:boc"], depth=1).nodes == {"o:boc", "v:xss"}
    assert select(kg, focus=["o:boc"], depth=2).nodes == {"o:boc", "v:xss", "o:xss"}
    alone = select(kg, focus=["o:boc"], depth=0)
    assert alone.nodes == {"o:boc"}
    assert alone.pairings == ()


def test_a_focus_unit_without_pairings_is_still_shown() -> None:
    assert select(small_graph(), focus=["金山区委组织部"]).nodes == {"o:lonely"}


def test_unknown_focus_or_region_is_an_error_not_an_empty_page() -> None:
    with pytest.raises(LookupError, match="不存在"):
        select(small_graph(), focus=["不存在"])
    with pytest.raises(LookupError, match="火星镇"):
        select(small_graph(), region="火星镇")


def test_region_by_name_follows_part_of_and_keeps_partners_across_the_border() -> None:
    kg = small_graph()
    assert select(kg, region="金山工业区").nodes == {"v:310116503205", "rc:310116503002"}
    kg.add_pairing(
        "v:310116503205",
        "o:boc",
        kind="结对",
        since=None,
        article="a1",
        evidence=None,
        confidence=0.7,
    )
    # 中国银行金山支行 is outside but paired with 高楼村; its own partner v:xss is not drawn.
    assert select(kg, region="金山工业区").nodes == {
        "v:310116503205",
        "rc:310116503002",
        "o:boc",
    }


def test_region_by_division_code_or_by_codes_found_elsewhere() -> None:
    kg = small_graph()
    inside = {"v:310116503205", "rc:310116503002"}
    assert select(kg, region="310116").nodes == inside
    assert select(kg, region="工业区", region_codes=["310116503"]).nodes == inside
    assert select(kg, region="310117").nodes == set()


@pytest.mark.parametrize(
    ("code", "prefix"),
    [
        ("310116503205", "310116503205"),
        ("310116503000", "310116503"),
        ("310116000000", "310116"),
        ("310116503", "310116503"),
        ("310116", "310116"),
        ("320500", "3205"),
        ("330000", "33"),
    ],
)
def test_code_prefix_is_what_every_code_inside_the_division_starts_with(
    code: str, prefix: str
) -> None:
    assert code_prefix(code) == prefix
