"""The find step of units, rule by rule (:func:`ingest.extract.orgs.find_unit_spans` and
the rules it composes), on sentences with invented names."""

from __future__ import annotations

from ingest.extract.orgs import (
    area_committee,
    ending_ends_name,
    find_unit_spans,
    formal_party_name,
    org_spans,
    party_spans,
    scan_of,
)
from ingest.model import PlaceMention
from ingest.segment import Tokens


def scan(text: str):  # type: ignore[no-untyped-def]
    return scan_of(text, Tokens(text), [])


def surfaces(text: str) -> list[tuple[str, str]]:
    """(surface, kind) of every span found in ``text``."""
    return [(text[u.start : u.end], u.kind) for u in find_unit_spans(text, Tokens(text), [])]


def test_an_ending_inside_a_longer_word_ends_no_name() -> None:
    text = "大家集中学习了澜溪中学的经验"
    sc = scan(text)
    k = text.index("中学")
    assert not ending_ends_name(sc, k, k + 2, "中学")
    k2 = text.index("中学", k + 1)
    assert ending_ends_name(sc, k2, k2 + 2, "中学")


def test_an_ordinary_word_that_ends_like_a_unit_is_no_ending() -> None:
    text = "形成新格局"
    assert not ending_ends_name(scan(text), 4, 5, "局")


def test_an_organisation_span_runs_to_the_party_ending_after_it() -> None:
    text = "澜溪电子有限公司党支部开展活动"
    spans = org_spans(scan(text))
    assert [(text[u.start : u.host_end], text[u.host_end : u.end]) for u in spans] == [
        ("澜溪电子有限公司", "党支部")
    ]


def test_a_formal_party_committee_name_folds_into_the_unit_inside_it() -> None:
    text = "中共澜溪电子有限公司委员会召开会议"
    sc = scan(text)
    units = org_spans(sc)
    e = text.index("委员会") + 3
    folded = formal_party_name(sc, units, 0, text.index("委员会"), e)
    assert folded is not None
    # the span keeps 中共; classify_units names the unit without it
    assert (text[folded.start : folded.host_end], folded.branch) == (
        "中共澜溪电子有限公司",
        "委员会",
    )


def test_a_department_branch_belongs_to_the_unit_written_before_it() -> None:
    text = "澜溪医院内科党支部与某村结对"
    sc = scan(text)
    units = org_spans(sc)
    got = party_spans(sc, units, {u.host_end for u in units})
    assert [(text[u.start : u.host_end], u.branch) for u in got] == [("澜溪医院", "内科党支部")]


def test_a_party_body_of_its_own_when_no_unit_is_written_before_it() -> None:
    text = "市社会工作党委开展活动"
    sc = scan(text)
    got = party_spans(sc, [], set())
    assert [(text[u.start : u.end], u.kind) for u in got] == [("市社会工作党委", "party")]


def test_find_unit_spans_composes_the_rules() -> None:
    assert surfaces("澜溪电子有限公司党支部与澜江区人民法院签约") == [
        ("澜溪电子有限公司党支部", "org"),
        ("澜江区人民法院", "org"),
    ]


def _region(text: str, surface: str, start: int = -1) -> PlaceMention:
    k = text.index(surface) if start < 0 else start
    return PlaceMention(k, k + len(surface), surface, "Region", "county", surface, "999999")


def test_a_county_committee_is_the_county_itself() -> None:
    text = "澜溪县委号召各单位参与"
    sc = scan_of(text, Tokens(text), [_region(text, "澜溪县")])
    got = area_committee(sc, 0, 3, 4)
    assert got is not None
    assert (got.kind, text[got.start : got.host_end], text[got.host_end : got.end]) == (
        "place",
        "澜溪县",
        "委",
    )


def test_a_province_committee_folds_into_the_province_named_elsewhere() -> None:
    # the linker left 澜江省委 unlinked; 澜江省 is linked later in the story
    text = "响应澜江省委号召，成为澜江省的帮扶单位"
    later = _region(text, "澜江省", text.rindex("澜江省"))
    sc = scan_of(text, Tokens(text), [later])
    s = text.index("委")
    got = area_committee(sc, 2, s, s + 1)
    assert got is not None and got.place is not None
    assert (got.start, got.place.name) == (2, "澜江省")


def test_a_committee_after_no_whole_division_is_no_place() -> None:
    text = "澜溪县农委召开会议"
    sc = scan_of(text, Tokens(text), [_region(text, "澜溪县")])
    assert area_committee(sc, 0, 5, 6) is None
