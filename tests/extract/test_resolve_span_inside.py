"""resolve.span_inside: whether a mention lies inside a gap, by bisection."""

from ingest.extract.resolve import span_inside

SPANS = [(2, 5), (8, 9), (12, 20)]
STARTS = [s for s, _ in SPANS]


def test_a_span_wholly_inside_the_gap_is_found() -> None:
    assert span_inside(SPANS, STARTS, 6, 10)
    assert span_inside(SPANS, STARTS, 2, 5)


def test_a_span_that_runs_past_the_gap_is_not_inside() -> None:
    assert not span_inside(SPANS, STARTS, 10, 15)
    assert not span_inside(SPANS, STARTS, 3, 7)


def test_an_empty_story_or_gap_holds_nothing() -> None:
    assert not span_inside([], [], 0, 100)
    assert not span_inside(SPANS, STARTS, 6, 6)
