"""Bodies written as units that the gold folds into another entity or does not list (units60).

Five kinds of false Organization finds of the readable set (issue 13), each a body named
after the entity it belongs to:

* a democratic party as a whole (民建, 中国致公党, 九三学社 with no level): not listed
  (GOLD_NOTES x651–x680 rule 6) — :func:`whole_democratic_party`;
* a town's people's congress office (某街道人大工委, 某镇人大, 某街道政协工委), which has no
  standing committee and whose officers stay on the place (GOLD_NOTES: 人大工委主任 @
  某街道) — :func:`town_of_its_congress_office`;
* an office inside a named unit written after it (某学院团委, 某集团董事局): the unit, its
  officers' titles keeping the office (``offices_kept_in_titles``; GOLD_NOTES class 7) —
  :func:`unit_of_its_office`;
* a functional zone's or a subdistrict office's party working committee (某某经开区党工委,
  某某办事处党工委) the gazetteer did not link: the zone, a Region (GOLD_NOTES: the zone's
  party body is an alias of the zone) — :func:`zone_of_its_working_committee`;
* a special administrative region's government (香港特区政府, 澳门特别行政区政府) whose
  region the story links: the Region, as a place's government is (GOLD_FORMAT; the
  readable gold writes it as the region's alias 4 times of 5) —
  :func:`region_of_its_government`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ingest.extract.orgs import whole_party
from ingest.lexicon import Lexicon, load_lexicon, unit_name_parts
from ingest.model import Mention, PlaceMention
from ingest.read.simplify import to_simplified

# Congress and consultative offices a town or subdistrict keeps (人大 of a 镇, 人大工委 and
# 政协工委 of a 街道): written after the town, the office stays in the title, on the place.
_TOWN_CONGRESS_OFFICES = ("人大工委", "人大", "政协工委", "政协联络组")
# How a town-level place's name ends (a 街道 written with its 办事处 too).
_TOWN_ENDINGS = ("街道办事处", "办事处", "街道", "镇", "乡")
# Offices inside a unit whose titles keep them (团委书记, 董事局主席) — of the data list,
# the ones no rule folds already (工会 and 纪委 are unit_rules.unit_of_its_body's).
_UNIT_OFFICES = tuple(
    w for w in unit_name_parts()["offices_kept_in_titles"] if w not in ("工会", "人大", "人大工委")
)
_WORKING_COMMITTEE = "党工委"
# A subdistrict office or a subdistrict run by a 党工委 (某某办事处党工委, 某某街道党工委).
_SUBDISTRICT_ENDINGS = ("办事处", "街道")


def whole_democratic_party(mention: Mention, lex: Lexicon) -> bool:
    """Whether ``mention`` is one of the eight democratic parties as a whole (中国民主建国会
    read from 民建, 九三学社): the party, which the gold does not list; its committees and
    branches (民建某市委, 九三学社某区工委) are units of their own."""
    return (
        mention.type == "Organization" and mention.rule == "org" and whole_party(mention.name, lex)
    )


def town_of_its_congress_office(name: str) -> str | None:
    """The town or subdistrict whose people's congress or consultative office ``name``
    is (某某街道人大 → 某某街道, 某镇人大 → 某镇, 某某政协工委 of a 街道), or None: an office of
    a county or a higher level (某县人大, 省人大) is a unit the gold lists."""
    office = next((w for w in _TOWN_CONGRESS_OFFICES if name.endswith(w)), None)
    if office is None:
        return None
    town = name[: -len(office)]
    ending = next((w for w in _TOWN_ENDINGS if town.endswith(w)), None)
    if ending is None or len(town) - len(ending) < 2:
        return None
    return town


def unit_of_its_office(name: str, lex: Lexicon) -> str | None:
    """The unit whose internal office ``name`` is (某某学院团委 → 某某学院, 某某集团有限公司董事局
    → the company), or None: an office with no unit's ending before it, or one of a place
    or a level (某镇团委, 区团委), which the gold lists as a unit of its own."""
    office = next((w for w in _UNIT_OFFICES if name.endswith(w)), None)
    if office is None:
        return None
    unit = name[: -len(office)]
    if unit.endswith("校") and unit[:-1].endswith(("大学", "学院")):
        unit = unit[:-1]  # 某大学校团委: the university's (校团委 is one word)
    ending = lex.unit_ending(unit)
    if not ending or len(unit) - len(ending) < 2:
        return None
    return unit


def zone_of_its_working_committee(name: str, lex: Lexicon) -> str | None:
    """The functional zone or subdistrict whose party working committee ``name`` is
    (某某经开区党工委 → 某某经开区, 某某办事处党工委 → 某某办事处), or None: no zone's or
    subdistrict's ending before 党工委, or none but the ending (经开区党工委, a back-reference)."""
    if not name.endswith(_WORKING_COMMITTEE):
        return None
    zone = name[: -len(_WORKING_COMMITTEE)]
    ending = next((z for z in (*lex.zone_endings, *_SUBDISTRICT_ENDINGS) if zone.endswith(z)), None)
    if ending is None or len(zone) - len(ending) < 2:
        return None
    return zone


_GOVERNMENTS = ("人民政府", "政府")
# How a region's name is written before its government (香港|特别行政区|政府, 澳门|特区|政府).
_REGION_STATUS = ("特别行政区", "特区")


def region_of_its_government(name: str, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place mention of the story whose government ``name`` is (香港特别行政区政府 →
    香港, when the story names 香港 as a place somewhere), or None: no government ending,
    or no place of that name (a department of the government, 某特区政府教育局, ends
    otherwise)."""
    government = next((g for g in _GOVERNMENTS if name.endswith(g)), None)
    if government is None:
        return None
    region = name[: -len(government)]
    status = next((w for w in _REGION_STATUS if region.endswith(w)), "")
    region = region[: len(region) - len(status)]
    if len(region) < 2:
        return None
    forms = {region, region + _REGION_STATUS[0]}
    return next((p for p in places if p.name in forms or to_simplified(p.surface) in forms), None)


def _office_at(surface: str, office: str) -> int | None:
    """Where ``office`` starts in a mention's ``surface`` (written in either script), or
    None when it is not found there or the surface's simplified form differs in length
    (inserted pinyin: the offsets would not map back)."""
    simple = to_simplified(surface)
    if len(simple) != len(surface):
        return None
    at = simple.rfind(office)
    return at if at > 0 else None


def _town_mention(
    m: Mention, town: str, places: Sequence[PlaceMention]
) -> tuple[Mention, int] | None:
    """The town ``m`` names before its congress office, as a Region mention that ends
    where ``m`` ends and whose name ends where the office starts (the title written after
    it keeps the office: 人大工委主任 @ 某街道): the linked place written right before the
    office, else the town unlinked when the words before the office are its name as
    written and no place is found in them; None otherwise (a span that crossed other
    words, 某某和某镇人大 with no linked 某镇)."""
    at = _office_at(m.surface, m.name[len(town) :])
    if at is None:
        return None
    linked = _linked_place_before(m, at, places, ("",))
    if linked is not None:
        return linked, m.start + at
    if (
        any(m.start <= p.start < m.start + at for p in places)
        or to_simplified(m.surface[:at]) != town
    ):
        return None  # 某街道办事处人大, 某某和某镇人大: a place written otherwise
    return Mention(m.start, m.end, m.surface, "Region", town, rule="place"), m.start + at


def _linked_place_before(
    m: Mention, at: int, places: Sequence[PlaceMention], between: tuple[str, ...]
) -> Mention | None:
    """A Region mention from ``m`` to its end for the linked place written inside ``m``
    that ends ``at`` characters into it, maybe with one of ``between`` after it (某某|办事处
    of a 街道 the gazetteer lists); None when there is none."""
    for p in places:
        if p.code is None or not m.start <= p.start or p.end > m.start + at:
            continue
        if m.surface[p.end - m.start : at] in between:
            surface = m.surface[p.start - m.start :]
            return Mention(
                p.start, m.end, surface, "Region", p.name, code=p.code, rule="place", level=p.level
            )
    return None


def _unit_mention(m: Mention, unit: str, lex: Lexicon) -> tuple[Mention, int] | None:
    """The unit ``m`` names before its office: ``m`` named after the unit, its name ending
    where the office starts (the title written after it keeps the office: 团委书记 @
    某学院); None when the office is not found in the surface."""
    office = m.name[len(unit) :]
    at = _office_at(m.surface, office.removeprefix("校"))
    if at is None:
        return None
    if office.startswith("校"):
        at -= 1
    subtype = lex.org_suffixes[lex.unit_ending(unit)].subtype
    return replace(m, name=unit, subtype=subtype), m.start + at


def office_folds(
    decided: list[tuple[Mention, int]], places: Sequence[PlaceMention]
) -> list[tuple[Mention, int]]:
    """``decided`` with each body named after the entity it belongs to folded into that
    entity, or dropped (a democratic party as a whole). A town and a zone become Regions
    (with the code of the linked place mention inside, when there is one); a unit's
    office becomes the unit. Each keeps its span; the name's end it is returned with
    falls before the office, which the title written after it keeps (团委书记 @ 某学院,
    董事局主席, 人大工委主任 @ 某街道, 党工委书记 @ 某开发区: posts.keeps_office_ending)."""
    lex = load_lexicon()
    out: list[tuple[Mention, int]] = []
    for m, he in decided:
        if m.type != "Organization" or m.rule not in ("org", "party_org") or not m.name:
            out.append((m, he))
            continue
        if whole_democratic_party(m, lex):
            continue
        zone = zone_of_its_working_committee(m.name, lex)
        if zone is not None and m.surface.endswith(_WORKING_COMMITTEE):
            # the zone's name ends before 党工委, which the title keeps (党工委书记)
            at = len(m.surface) - len(_WORKING_COMMITTEE)
            place = _linked_place_before(m, at, places, ("", "办事处"))
            if place is None and not any(m.start < p.start < m.start + at for p in places):
                place = Mention(m.start, m.end, m.surface, "Region", zone, rule="place")
            if place is not None:  # else a span that crossed a place into other words
                out.append((place, m.end - len(_WORKING_COMMITTEE)))
                continue
        governed = region_of_its_government(m.name, places)
        if governed is not None:
            # 香港特区政府: the region (its name ends where the mention ends: no title keeps
            # the government)
            region = Mention(
                m.start,
                m.end,
                m.surface,
                "Region",
                governed.name,
                code=governed.code,
                rule="place",
                level=governed.level,
            )
            out.append((region, m.end))
            continue
        town = town_of_its_congress_office(m.name)
        folded = _town_mention(m, town, places) if town is not None else None
        unit = unit_of_its_office(m.name, lex) if town is None else None
        if unit is not None:
            folded = _unit_mention(m, unit, lex)
        out.append(folded if folded is not None else (m, he))
    return out
