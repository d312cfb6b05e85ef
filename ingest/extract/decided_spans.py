"""A unit a later rule finds in place of the mentions it covers.

Several rules run after the units are decided and add a unit whose span the earlier rules
cut otherwise (a byline's outlet, a zone's 管委会, a township's council, a branch after its
parent): the mentions found inside or across the new span give way to it. One function
keeps that step the same everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.model import Mention


def in_place_of_overlaps(
    decided: Sequence[tuple[Mention, int]],
    unit: Mention,
    end: int,
    only_type: str | None = None,
) -> list[tuple[Mention, int]]:
    """``decided`` without the mentions that overlap ``unit``'s span (of ``only_type``
    alone when given: other types stay), then ``unit`` with the end of its name, ``end``."""
    kept = [
        (u, he)
        for u, he in decided
        if u.end <= unit.start or unit.end <= u.start or (only_type and u.type != only_type)
    ]
    kept.append((unit, end))
    return kept
