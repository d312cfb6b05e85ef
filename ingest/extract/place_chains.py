"""A unit written after a chain of places is named from the last place of the chain
(units56): 某省某市人民法院 is 某市人民法院, 某市某区某社区党群服务中心 is 某社区党群服务中心.

The places before the one a unit is named after say where that place lies, as a Region
written only as the first word of a unit's name does (GOLD_NOTES, classes helpers found
divided, 1). The written form stays one of the unit's aliases, so a reader who writes the
chain finds the unit under it too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ingest.model import Entity, PlaceMention
from ingest.places.codes import parent_code

# The rest of a name after its last place: a unit's own words, at least two characters
# (某市某区 + 法院), or the chain is the whole name and nothing is dropped.
_MIN_REST = 2


def _codes(p: PlaceMention) -> set[str]:
    return {c for c in (p.code, *p.candidates) if c}


def lies_in(inner: PlaceMention, outer: PlaceMention) -> bool:
    """Whether one of the division codes ``inner`` may have lies under one ``outer`` may
    have (某市 under 某省, 某社区 under 某街道); False when either has no code."""
    outers = _codes(outer)
    for code in _codes(inner):
        up = parent_code(code)
        while up is not None:
            if up in outers:
                return True
            up = parent_code(up)
    return False


def chain_end(start: int, end: int, places: Sequence[PlaceMention]) -> int | None:
    """Where the last place of a chain of two or more places begins: written one right
    after the other from ``start``, each inside the one before it (某省某市, 某区某街道某
    社区; 某市高州商会 writes the chamber's place and its members' home place, no chain),
    inside ``[start, end)`` and leaving at least ``_MIN_REST`` characters of the name
    after it. None when no such chain opens there."""
    by_start: dict[int, PlaceMention] = {}
    for p in places:
        if start <= p.start and p.end <= end:
            q = by_start.get(p.start)
            if q is None or p.end > q.end:
                by_start[p.start] = p
    at, last = start, None
    links = 0
    while at in by_start and end - by_start[at].end >= _MIN_REST:
        p = by_start[at]
        if last is not None and not lies_in(p, last):
            break
        last, at = p, p.end
        links += 1
    return last.start if last is not None and links >= 2 else None


def named_from_own_place(
    text: str, entities: Sequence[Entity], places: Sequence[PlaceMention]
) -> list[Entity]:
    """``entities`` with each organisation whose name, where the story writes it whole,
    opens with a chain of places (:func:`chain_end`) named from the chain's last place on.
    Resolution has already gathered its forms (短称 such as 某地某法院 read against the
    whole name), and the written form stays among its aliases; a name another unit of
    the story has already is left as it is."""
    taken = {e.name for e in entities if e.type == "Organization"}
    out: list[Entity] = []
    for e in entities:
        if e.type == "Organization":
            short = _own_place_name(text, e, places)
            if short is not None and short not in taken:
                taken.add(short)
                e = replace(e, name=short)
        out.append(e)
    return out


def _own_place_name(text: str, e: Entity, places: Sequence[PlaceMention]) -> str | None:
    for s, end in e.mentions:
        if text[s:end] != e.name:
            continue
        cut = chain_end(s, end, places)
        if cut is not None:
            return e.name[cut - s :]
    return None
