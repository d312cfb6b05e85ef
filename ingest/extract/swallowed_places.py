"""Places that a rejected unit span swallowed.

The span selector (:func:`ingest.extract.orgs.select_spans`) keeps the longest unit span
and drops the place spans inside it (某乡|某村|某某种植基地 is read as one name); when the
unit rules then reject that long span (it names no unit), the places it covered were lost
with it. This step gives them back: a place span of the finder's output that lay inside a
selected span no decided mention overlaps is a place entity of the story. So is a chain of
places down to a town heading an organisation's name. Neither is a unit of its sentence:
the pairing and post readers see the unit (or nothing), as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from ingest.extract.orgs import UnitSpan
from ingest.extract.unit_rules import on_footer_line
from ingest.model import Article, Entity, Mention, PlaceMention
from ingest.places.gazetteer import Gazetteer, load_gazetteer
from ingest.places.link import (
    committee_of_linked_towns,
    renamed_village_code,
)


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def _overlap(a: _Span, b: _Span) -> bool:
    """The two spans share a character."""
    return a.start < b.end and b.start < a.end


def swallowed_places(
    text: str,
    found: Sequence[UnitSpan],
    selected: Sequence[UnitSpan],
    decided: Sequence[Mention],
) -> list[UnitSpan]:
    """The place spans of ``found`` (every candidate span of ``text``) that lie inside a
    span of ``selected`` that no mention of ``decided`` overlaps, and overlap no decided
    mention themselves, in text order (the longest of overlapping ones). A span on the
    page's footer line stays dropped (page furniture: GOLD_FORMAT §1 rule 7).

    >>> from ingest.model import PlaceMention
    >>> text = "参观甲乡乙村丙种植基地。"
    >>> town = PlaceMention(2, 4, "甲乡", "Region", "town", "甲乡", None)
    >>> village = PlaceMention(4, 6, "乙村", "Village", "village", "乙村", None)
    >>> base = UnitSpan(2, 11, 11, "org", "基地")
    >>> places = [UnitSpan(2, 4, 4, "place", "", town), UnitSpan(4, 6, 6, "place", "", village)]
    >>> [text[u.start : u.end] for u in swallowed_places(text, [base, *places], [base], [])]
    ['甲乡', '乙村']
    """
    rejected = [
        u
        for u in selected
        if u.kind != "place"
        and not any(_overlap(m, u) for m in decided)
        and not on_footer_line(text, u.start)
    ]
    kept = {(u.start, u.end) for u in selected}
    inside = [
        p
        for p in found
        if p.kind == "place"
        and p.place is not None
        and (p.start, p.end) not in kept
        and any(u.start <= p.start and p.end <= u.end for u in rejected)
        and not any(_overlap(m, p) for m in decided)
    ]
    out: list[UnitSpan] = []
    for p in sorted(inside, key=lambda p: (p.start - p.end, p.start)):  # longest first
        if not any(_overlap(q, p) for q in out):
            out.append(p)
    return sorted(out, key=lambda p: p.start)


# The fewest places a unit's name must start with for them to be read as mentions.
HEAD_CHAIN_MIN = 2


def _town_level(u: UnitSpan) -> bool:
    """A town, subdistrict, village or committee: a place that locates a unit precisely.
    A village or committee must be on the official list (某街道筑牢社区党建服务中心: an
    unlisted 某某社区 inside a unit's name is as often a phrase)."""
    p = u.place
    return p is not None and (p.level == "town" or (p.level == "village" and p.code is not None))


def chain_down_to_a_town(chain: list[UnitSpan]) -> list[UnitSpan]:
    """A chain of places heading a unit's name without the unlisted villages or
    committees that end it (某县|某镇|某明村|卫生室 where 某明村 has no code): the chain
    still reaches down to its town, which the name locates precisely; the unlisted name
    stays the unit's."""
    out = list(chain)
    while out and not _town_level(out[-1]) and out[-1].place is not None:
        if out[-1].place.level != "village" or out[-1].place.code is not None:
            break
        out.pop()
    return out


def places_heading_units(
    text: str, found: Sequence[UnitSpan], decided: Sequence[Mention]
) -> list[UnitSpan]:
    """The place spans of ``found`` that start the name of a decided organisation as a
    chain of two or more places down to a town, subdistrict or listed village or committee
    (某县|某乡|中心小学, 某市|某街|社区卫生服务中心, 某镇|某村|党群服务中心: :func:`_town_level`):
    a name that locates its unit that precisely names the places too, while a name
    headed by a city or county alone (某市|人民医院) only qualifies the unit. The chain is
    read greedily, longest place first; places already decided are left out.

    >>> from ingest.model import PlaceMention
    >>> text = "甲县乙乡中心小学"
    >>> county = PlaceMention(0, 2, "甲县", "Region", "county", "甲县", None)
    >>> town = PlaceMention(2, 4, "乙乡", "Region", "town", "乙乡", None)
    >>> spans = [UnitSpan(0, 2, 2, "place", "", county), UnitSpan(2, 4, 4, "place", "", town)]
    >>> school = Mention(0, 8, text, "Organization", text, None, None, "org")
    >>> [text[u.start : u.end] for u in places_heading_units(text, spans, [school])]
    ['甲县', '乙乡']
    >>> [text[u.start : u.end] for u in places_heading_units(text, spans[:1], [school])]
    []
    """
    # the place spans by where they start: a chain steps from one end to the next start
    starting: dict[int, list[UnitSpan]] = {}
    for u in found:
        if u.kind == "place" and u.place is not None:
            starting.setdefault(u.start, []).append(u)
    taken = {(m.start, m.end) for m in decided if m.rule == "place"}
    out: list[UnitSpan] = []
    for m in decided:
        if m.type != "Organization" or m.rule == "place":
            continue
        chain: list[UnitSpan] = []
        at = m.start
        while True:
            nxt = [u for u in starting.get(at, ()) if u.end < m.end]
            if not nxt:
                break
            chain.append(max(nxt, key=lambda u: u.end))
            at = chain[-1].end
        chain = chain_down_to_a_town(chain)
        if len(chain) >= HEAD_CHAIN_MIN and _town_level(chain[-1]):
            out += [u for u in chain if (u.start, u.end) not in taken and u not in out]
    return sorted(out, key=lambda u: u.start)


def head_place_entities(
    article: Article, entities: Sequence[Entity], heads: Sequence[UnitSpan]
) -> tuple[Entity, ...]:
    """Place entities for the ``heads`` (:func:`places_heading_units`) that no entity of
    ``entities`` already is (same division code, or same type and name when uncoded),
    numbered after them. They are entities of the story only: no unit reference of the
    sentence, so no pairing or post is read to them (the unit whose name they head is
    the side that is meant)."""
    have = {(e.type, e.division_code or e.name) for e in entities}
    drafts: dict[tuple[str, str], Entity] = {}
    for u in heads:
        p = u.place
        if p is None:
            continue
        key = (p.type, p.code or p.name)
        if key in have:
            continue
        forms = (article.text[u.start : u.end], article.simplified[u.start : u.end])
        old = drafts.get(key)
        if old is None:
            drafts[key] = Entity(
                id=f"e{len(entities) + len(drafts) + 1}",
                type=p.type,
                name=p.name,
                aliases=tuple(dict.fromkeys(forms)),
                division_code=p.code,
                level=p.level,
                candidates=() if p.code else p.candidates,
                mentions=((u.start, u.end),),
            )
        else:
            drafts[key] = replace(
                old,
                aliases=tuple(dict.fromkeys(old.aliases + forms)),
                mentions=(*old.mentions, (u.start, u.end)),
            )
    return tuple(drafts.values())


def villages_renamed_after_their_area(
    text: str,
    entities: Sequence[Entity],
    places: Sequence[PlaceMention],
    gaz: Gazetteer | None = None,
) -> list[Entity]:
    """Villages and committees left without code whose written name the 2023 list does
    not give them, in a story that links their town: a village become a community
    (某镇某木村党委 for 某木居委会), a committee by a shorter name (某州居民区 for 某州路居委会).
    Written right after its linked town or county (in a mention, or its name anywhere:
    某镇某上村 once, then 某上村党支部 alone), the one unit there of that name without
    designation (:func:`ingest.places.link.renamed_village_code`; the place readers' rule
    :func:`ingest.places.link.villages_renamed_under_their_area` for the names they read
    as places); else the one unit of the story's linked towns that fits
    (:func:`ingest.places.link.committee_of_linked_towns`). The type and name stay as
    written. Not when another entity of the story has that code already."""
    linked = [p for p in places if p.code and p.level in ("town", "county")]
    if not linked:
        return list(entities)
    gaz = gaz or load_gazetteer()
    after_area = {p.end: str(p.code) for p in linked}
    towns = sorted(
        {str(p.code) for p in linked if p.level == "town"}
        | {e.division_code for e in entities if e.division_code and e.level == "town"}
    )
    taken = {e.division_code for e in entities if e.division_code}
    out: list[Entity] = []
    for e in entities:
        if e.type in ("Village", "ResidentsCommittee") and not e.division_code:
            code = _renamed_after_an_area(text, e, after_area, gaz)
            if code is None:
                code = committee_of_linked_towns(e.name, towns, gaz)
            if code and code not in taken:
                e = replace(e, division_code=code, level="village", candidates=(code,))
                taken.add(code)
        out.append(e)
    return out


def _renamed_after_an_area(
    text: str, e: Entity, after_area: dict[int, str], gaz: Gazetteer
) -> str | None:
    spans = [*e.mentions, *((s, s + len(e.name)) for s in after_area)]
    for s, t in spans:
        written = text.startswith(e.name, s) or (s, t) in e.mentions
        if s in after_area and written:
            code = renamed_village_code(text[s:t], after_area[s], gaz)
            if code is not None:
                return code
    return None
