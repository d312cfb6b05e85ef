"""A unit a later rule finds takes the place of the mentions it covers (decided_spans)."""

from __future__ import annotations

from ingest.extract.decided_spans import in_place_of_overlaps, without_overlaps
from ingest.model import Mention


def _m(start: int, end: int, kind: str = "Organization") -> Mention:
    return Mention(start, end, "某" * (end - start), kind, "某" * (end - start), None, None, "org")


def test_mentions_inside_or_across_the_new_span_give_way_and_the_rest_stay() -> None:
    before, inside, across, after = _m(0, 3), _m(5, 7), _m(8, 12), _m(12, 15)
    unit = _m(4, 10)
    out = in_place_of_overlaps([(before, 3), (inside, 7), (across, 12), (after, 15)], unit, 9)
    assert out == [(before, 3), (after, 15), (unit, 9)]


def test_only_the_type_named_gives_way_when_one_is_named() -> None:
    place, org = _m(4, 6, "Region"), _m(5, 8)
    unit = _m(4, 10)
    out = in_place_of_overlaps([(place, 6), (org, 8)], unit, 10, only_type="Organization")
    assert out == [(place, 6), (unit, 10)]


def test_a_span_is_cleared_for_several_units_or_wider_than_one_unit() -> None:
    before, inside, place, after = _m(0, 3), _m(5, 7), _m(4, 6, "Region"), _m(10, 12)
    decided = [(before, 3), (place, 6), (inside, 7), (after, 12)]
    assert without_overlaps(decided, 4, 10) == [(before, 3), (after, 12)]
    assert without_overlaps(decided, 4, 10, only_type="Organization") == [
        (before, 3),
        (place, 6),
        (after, 12),
    ]
