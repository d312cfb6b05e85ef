"""A unit a later rule finds in place of the mentions it covers.

Several rules run after the units are decided and add a unit whose span the earlier rules
cut otherwise (a byline's outlet, a zone's 管委会, a township's council, a branch after its
parent, a joint branch, numbered or counted units sharing one ending, a body named by its
kind): the mentions found inside or across the new span give way to it. One function
keeps that step the same everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.model import Mention


def without_overlaps(
    decided: Sequence[tuple[Mention, int]],
    start: int,
    end: int,
    only_type: str | None = None,
) -> list[tuple[Mention, int]]:
    """``decided`` without the mentions that overlap the span ``start``–``end`` (of
    ``only_type`` alone when given: other types stay), in their order. For a rule that
    writes several units over one span (某某第一、二中学), or clears more than its unit's
    own span (an outlet's name and the channel after it)."""
    return [
        (u, he)
        for u, he in decided
        if u.end <= start or end <= u.start or (only_type and u.type != only_type)
    ]


def in_place_of_overlaps(
    decided: Sequence[tuple[Mention, int]],
    unit: Mention,
    end: int,
    only_type: str | None = None,
) -> list[tuple[Mention, int]]:
    """``decided`` without the mentions that overlap ``unit``'s span (of ``only_type``
    alone when given: other types stay), then ``unit`` with the end of its name, ``end``."""
    kept = without_overlaps(decided, unit.start, unit.end, only_type)
    kept.append((unit, end))
    return kept
