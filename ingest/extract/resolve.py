"""Resolution within one article: one entity per real-world thing.

Input: the unit mentions decided by :mod:`ingest.extract.orgs` (places, organisations, party
bodies, generic back-references) and the people found by :mod:`ingest.extract.people`. Output:
:class:`Resolution` — the entities (with every surface form as an alias, in the script
as written and in simplified script) and, for every mention, the entity it means.

Rules:

* places are one entity per division code (or per type + name when uncoded), named with
  the linker's canonical name and carrying its code;
* organisations are one entity per name; a shorter name that ends a longer one of the
  same article (区委组织部 / 某区委组织部, 某支行 / 某银行某支行) is an alias of it, and so
  is a company's short form (某某三局 / 某某三局集团有限公司, 某某公司 / 某县某某农业有限公司)
  and a party form of a short form the story defined (以下简称“某某” … 某某党委);
  a unit written under its city and under a district inside it (某市某某街某中心 / 某区
  某某街某中心, ``_place_twin``), a people's court or procuratorate by its county without
  the level word (某某法院, ``_court_short_form``), and a stem without a city written short
  before it (某某党支部 for 某地某某集团) and a brand and the park named after it (某某智谷 /
  某某智谷创意产业园, ``_park_twin``) are the same unit too;
* a generic reference (社区党委, 公司, 学院党总支) means the one unit of that kind in
  the article, or else the nearest one written before it; with no such unit it is dropped;
* a party body that is a branch of a village or residents' committee of the article
  (某某社区第三网格党支部) means that place (``place_of_branch``), and a party body written
  right after an organisation (某某维管段|段部党支部) means that organisation;
* a department branch (内科党支部, 第二党支部) means the unit it was first written after,
  or else the nearest organisation before it;
* a party body that names its host by kind alone (师市党委, 连党支部, 新村党委:
  ``bare_kind_word``) means the one place of the story of that kind, or else the last one
  written before it (``host_by_kind``); a subdistrict office's (某某办事处党工委) means the
  subdistrict (``subdistrict_of_office``), and the organs' party body (直属机关党委) the
  organisation written before it (``organs_host``); with no such host it stays a unit of
  its own;
* people are one entity per name.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from ingest.extract.orgs import GENERIC_KIND, ends_like_unit
from ingest.extract.people import PersonMention
from ingest.lexicon import load_lexicon, unit_name_parts
from ingest.model import Entity, Mention, PlaceMention, entity_type, org_subtype, place_level
from ingest.places.codes import level_of
from ingest.places.gazetteer import load_gazetteer
from ingest.read.simplify import to_simplified
from ingest.segment import UNKNOWN_POS, is_common_word, is_dictionary_word, pos_of

# The generic words of a town-level division (镇, 街道, 乡: lexicons/generic_units.tsv).
_TOWN_WORDS = tuple(w for w, kind in GENERIC_KIND.items() if kind == "Region")


@dataclass(frozen=True, slots=True)
class UnitRef:
    """A unit mention tied to its entity: ``[start, host_end)`` names the unit,
    ``[host_end, end)`` is a party ending or department branch written after it."""

    start: int
    host_end: int
    end: int
    entity: str
    rule: str


@dataclass
class _Draft:
    key: tuple[str, ...]
    type: str
    name: str
    subtype: str | None = None
    code: str | None = None
    level: str | None = None
    candidates: tuple[str, ...] = ()
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    first: int = 0


@dataclass(frozen=True)
class Resolution:
    entities: tuple[Entity, ...]
    units: tuple[UnitRef, ...]  # in text order
    people: dict[tuple[int, int], str]  # person mention span → entity id
    # Entities by id, built on first look-up (a scan per look-up was quadratic); kept by
    # hand, not by cached_property, which mypyc compiles as a plain property (made again
    # at every read). Set in __post_init__: a compiled dataclass leaves an ``init=False``
    # default unset.
    _by_id: dict[str, Entity] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", None)

    def entity(self, eid: str) -> Entity:
        by_id = self._by_id
        if by_id is None:
            by_id = {}
            for e in self.entities:
                by_id.setdefault(e.id, e)
            object.__setattr__(self, "_by_id", by_id)
        return by_id[eid]


def span_inside(spans: Sequence[tuple[int, int]], starts: Sequence[int], lo: int, hi: int) -> bool:
    """Whether one of ``spans`` (sorted by start; ``starts`` their starts) lies inside
    ``[lo, hi)`` — by bisection, so the features that ask it of every candidate's gap do
    not scan the story's mentions each time."""
    i = bisect.bisect_left(starts, lo)
    while i < len(spans) and spans[i][0] < hi:
        if spans[i][1] <= hi:
            return True
        i += 1
    return False


def _add_alias(d: _Draft, original: str, simplified: str) -> None:
    for a in (original, simplified):
        a = a.strip()
        if a and a not in d.aliases:
            d.aliases.append(a)


_SUBUNIT = unit_name_parts()
_PARENT_ENDINGS = tuple(_SUBUNIT["parent_endings"])
_SUBUNIT_ENDINGS = tuple(_SUBUNIT["subunit_endings"])


# A unit's second name written in brackets right after it: the company a bureau is too
# (某市烟草专卖局(公司), 某县局(分公司)), the hospital a medical school runs (某医学院(某
# 口腔医院)). Not a note of a short form (（简称某某）).
_SECOND_NAME = re.compile(r"[(（]([\u4e00-\u9fff]{2,12})[)）]")


def second_name_in_brackets(text: str, end: int) -> int:
    """The length of a bracketed second name of the unit whose name ends at ``end``
    (某某局|(分公司)): its words end in a unit ending and are no 简称 note; 0 when none.

    >>> second_name_in_brackets("某市烟草专卖局(公司)召开", 7)
    4
    >>> second_name_in_brackets("某市烟草专卖局(简称某局)召开", 7)
    0
    """
    m = _SECOND_NAME.match(text, end)
    if m is None or "简称" in m.group(1) or not m.group(1).endswith(_org_endings()):
        return 0
    return m.end() - end


def subunit_start(name: str) -> int | None:
    """Where the own name of a station written under its parent starts (某县供电公司|某某
    供电所, 某市公安局某某分局|某某派出所): after the parent's last ending, when what follows
    is two characters or more of a name and a station's ending. The station is then
    also named by that short form (the form the story's other sentences and its partners
    use); None when the name is no such pair."""
    if not name.endswith(_SUBUNIT_ENDINGS):
        return None
    ending = next(e for e in _SUBUNIT_ENDINGS if name.endswith(e))
    k = max(
        (name.rfind(p) + len(p) for p in _PARENT_ENDINGS if p in name[: -len(ending)]), default=-1
    )
    if k <= 0 or len(name) - k < len(ending) + 2:
        return None
    return k


def resolve(
    text: str,
    simplified: str,
    units: Sequence[Mention],
    host_ends: Sequence[int],
    places: Sequence[PlaceMention],
    people: Sequence[PersonMention],
) -> Resolution:
    """Merge mentions into entities. ``units[i]`` names its unit up to ``host_ends[i]``;
    ``text`` is the article as written, ``simplified`` its simplified twin."""
    drafts: dict[tuple[str, ...], _Draft] = {}
    order: list[_Draft] = []

    def draft(key: tuple[str, ...], m: Mention | PersonMention, type_: str, name: str) -> _Draft:
        d = drafts.get(key)
        if d is None:
            d = _Draft(key, type_, name, first=m.start)
            drafts[key] = d
            order.append(d)
        return d

    place_at = {(p.start, p.end): p for p in places}
    refs: list[tuple[int, int, int, _Draft | None, Mention]] = []
    org_names = sorted({m.name for m in units if m.type == "Organization" and m.name}, key=len)
    canonical_org = org_aliases(org_names)
    stems = _org_stems(units, {p.start: p.end for p in places})
    stems.update(_defined_short_forms(units, simplified, stems))
    alias_heads = _party_alias_heads(units, simplified)
    unit_names = frozenset(
        m.name for m in units if m.rule in ("org", "title_head", "source") and m.name
    )
    region_names = [(u.name, u.type) for u in units if u.rule == "place" and u.name]
    resolved_in_order = list(
        dict.fromkeys(canonical_org.get(u.name, u.name) for u in units if u.name in canonical_org)
    )
    level_form_units = {
        n: unit
        for n in org_names
        if canonical_org[n] == n and (unit := first_unit_of_level_form(n, resolved_in_order))
    }
    place_twin = unlinked_place_twins(
        [(u.type, u.name) for u in units if u.rule == "place" and u.name and not u.code]
    )
    for m, he in zip(units, host_ends, strict=True):
        d: _Draft | None = None
        if m.rule == "place":
            p = place_at.get((m.start, m.end)) or next(
                (q for q in places if q.start == m.start), None
            )
            twin = place_twin.get((m.type, m.name), m.name)
            key = ("place", m.code) if m.code else ("place", m.type, twin)
            d = draft(key, m, m.type, m.name)
            d.code = m.code
            d.level = p.level if p else m.level
            if p is not None and not d.code:
                d.candidates = p.candidates
        elif m.rule in ("org", "party_org", "title_head", "source") or (
            m.rule == "dept_fold" and m.name
        ):
            name = canonical_org.get(m.name, m.name)
            if m.rule == "org" and level_organ(name) is not None:
                before = [u.name for u in units if u.rule == "place" and u.start < m.start]
                name = organ_with_place(name, region_names, before)
            if m.rule == "party_org":
                # 某某党支部 where 某某公司 is named too: the company's branch
                name = stems.get(_party_head(name), name)
                name = host_named_alone(name, unit_names)
            elif m.rule == "title_head":
                # 某某总经理 where the story defined 某某党支部 as a company's short form
                name = alias_heads.get(name, name)
                name = canonical_org.get(name, name)
            name = level_form_units.get(name, name)  # 区工商联 of a story naming two
            d = draft(("org", org_key(name)), m, "Organization", name)
            if m.rule == "party_org" and d.subtype is None:
                d.subtype = "party_org"
            elif m.subtype and m.subtype != "party_org":
                d.subtype = m.subtype
        if d is not None:
            _add_alias(d, text[m.start : he], simplified[m.start : he])
            _add_alias(d, text[m.start : m.end], simplified[m.start : m.end])
            second = second_name_in_brackets(simplified, he) if d.type == "Organization" else 0
            if second:  # 某某局(公司): the unit as written with its second name
                _add_alias(d, text[m.start : he + second], simplified[m.start : he + second])
            k = subunit_start(simplified[m.start : he]) if d.type == "Organization" else None
            if k is not None:  # 某某供电公司|某某供电所: the station by its own name too
                _add_alias(d, text[m.start + k : he], simplified[m.start + k : he])
            prefixed = simplified.startswith("中共", m.start) and he - m.start > 4
            if d.type == "Organization" and prefixed:
                # The Party is no entity (GOLD rule 6): 中共某县委组织部 is also written
                # 某县委组织部, so the form without the prefix is an alias too.
                _add_alias(d, text[m.start + 2 : he], simplified[m.start + 2 : he])
            d.mentions.append((m.start, m.end))
        if m.rule != "source":  # the page's source line: an entity, no unit of its sentences
            refs.append((m.start, he, m.end, d, m))

    # Generic references and numbered branches point back at a unit of the article.
    resolved: list[tuple[int, int, int, _Draft, str]] = []
    for start, he, end, d, m in refs:
        if d is None:
            d = _antecedent(m, start, [r for r in refs if r[3] is not None], order)
            if d is None:
                continue
            _add_alias(d, text[start:end], simplified[start:end])
            d.mentions.append((start, end))
        resolved.append((start, he, end, d, m.rule))

    resolved = _fold_place_branches(resolved, order)
    resolved = _fold_adjacent_branches(resolved, order)
    resolved = fold_listed_branches(simplified, resolved, order)
    resolved = _fold_kind_hosted_bodies(resolved, order)

    person_keys: dict[tuple[int, int], _Draft] = {}
    for pm in people:
        d = draft(("person", pm.name), pm, "Person", pm.name)
        _add_alias(d, text[pm.start : pm.end], pm.name)
        d.mentions.append((pm.start, pm.end))
        person_keys[(pm.start, pm.end)] = d

    ids = {id(d): f"e{k}" for k, d in enumerate(order, 1)}
    entities = tuple(
        Entity(
            id=ids[id(d)],
            type=entity_type(d.type),
            name=d.name,
            aliases=tuple(d.aliases),
            subtype=org_subtype(d.subtype) if d.subtype else None,
            division_code=d.code,
            level=place_level(d.level) if d.level else None,
            candidates=d.candidates,
            mentions=tuple(sorted(set(d.mentions))),
        )
        for d in order
    )
    unit_refs = tuple(
        UnitRef(s, he, e, ids[id(d)], rule)
        for s, he, e, d, rule in sorted(resolved, key=lambda r: r[0])
    )
    return Resolution(entities, unit_refs, {k: ids[id(d)] for k, d in person_keys.items()})


def unlinked_place_twins(places: Sequence[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Each unlinked place ``(type, name)`` of a story written once with a higher division
    of the gazetteer before it and once without (某市某某新区 / 某某新区): the longer form →
    the shorter one, the same place (a place the gazetteer does not know is keyed by its
    name, so the two forms were two entities). Only when one longer form of that type ends
    with the shorter name (甲市高新区 and 乙市高新区 beside 高新区 stay three) and the
    shorter one has three characters or more."""
    gaz = load_gazetteer()
    names = {(t, n) for t, n in places}
    longer: dict[tuple[str, str], list[str]] = {}
    for t, n in names:
        for t2, short in names:
            if t2 != t or len(short) < 3 or len(n) <= len(short) or not n.endswith(short):
                continue
            head = n[: -len(short)]
            if len(head) >= 2 and head[-1] in _HEAD_LEVEL_WORDS and gaz.find(head):
                longer.setdefault((t, short), []).append(n)
    return {(t, ns[0]): short for (t, short), ns in longer.items() if len(ns) == 1}


_PLACE_TYPES = ("Village", "ResidentsCommittee")
# Regions and the place types (a starred tuple in ``in`` is an internal error of mypyc).
_REGION_OR_PLACE_TYPES = ("Region", *_PLACE_TYPES)


def place_of_branch(name: str, places: Sequence[str]) -> str | None:
    """The village or residents' committee a party body is a branch of: its name holds
    the place's name with more written after it before the party ending (某某社区第三网格
    党支部, 中共某县某镇某某社区某某路党支部 — a grid's or a road's branch of the
    community, which GOLD_FORMAT folds into the community). None when the name holds no
    such place (of three characters or more) or ends right after it (某某社区党支部 is the
    community's own party body, resolved already)."""
    head = _party_head(name)
    found = [p for p in places if len(p) >= 3 and p in head and not head.endswith(p)]
    return max(found, key=lambda p: (head.rfind(p), len(p))) if found else None


def _fold_place_branches(
    resolved: list[tuple[int, int, int, _Draft, str]], order: list[_Draft]
) -> list[tuple[int, int, int, _Draft, str]]:
    """Mentions of a party body that is a branch of a village or residents' committee of
    the story (:func:`place_of_branch`) mean that place; the party body, left with no
    mention, is no entity. Its forms become the place's aliases."""
    places = {d.name: d for d in order if d.type in _PLACE_TYPES}
    hosts: dict[int, _Draft] = {}
    for d in order:
        if d.type == "Organization" and d.subtype == "party_org":
            name = place_of_branch(d.name, list(places))
            if name is not None:
                hosts[id(d)] = places[name]
    if not hosts:
        return resolved
    out = []
    for start, he, end, d, rule in resolved:
        host = hosts.get(id(d))
        if host is not None:
            fold_into(host, d, start, end)
            d = host
        out.append((start, he, end, d, rule))
    order[:] = [d for d in order if id(d) not in hosts]
    return out


def _fold_adjacent_branches(
    resolved: list[tuple[int, int, int, _Draft, str]], order: list[_Draft]
) -> list[tuple[int, int, int, _Draft, str]]:
    """A party body of its own written right after an organisation, with nothing between
    (某某维管段|段部党支部: the party branch of a department of that unit, which GOLD_FORMAT
    folds into the unit), means that organisation; the party body, left with no mention
    of its own, is no entity. Its forms become the organisation's aliases."""
    ordered = sorted(resolved, key=lambda r: r[0])
    ends = {
        r[2]: r[3] for r in ordered if r[3].type == "Organization" and r[3].subtype != "party_org"
    }

    def host_of(start: int, end: int, d: _Draft) -> _Draft | None:
        return ends.get(start) if d.type == "Organization" and d.subtype == "party_org" else None

    return _fold_bodies(resolved, order, host_of)


# What may stand between a list's separator and a department's party body written in
# the list (、第三和|第五某某部党支部: the items an ordinal or a conjunction joins).
_LISTED_BRANCH_GAP = re.compile(r"[第一二三四五六七八九十和及与]{0,4}")


def department_branch(text: str, he: int, end: int) -> bool:
    """Whether a unit's mention ``[.., end)`` whose own name ends at ``he`` is the party
    body of one of its departments (某检察院|政治部|党支部, 某局|市政|支部): a word of
    two characters or more between the name and the party ending."""
    rest = text[he:end]
    endings = [e for e in load_lexicon().party_suffixes if rest.endswith(e)]
    ending = max(endings, key=len, default="")
    return bool(ending) and len(rest) - len(ending) >= 2


def fold_listed_branches(
    text: str, resolved: list[tuple[int, int, int, _Draft, str]], order: list[_Draft]
) -> list[tuple[int, int, int, _Draft, str]]:
    """A party body of its own written as the next item of a 、-list after the party body
    of a unit's department (某检察院政治部党支部、第六检察部党支部; 某局市政支部、环卫支部)
    is the branch of another department of that unit, which GOLD_FORMAT folds into the
    unit: it means that unit, and so on along the list. The party body, left with no
    mention of its own, is no entity; its forms become the unit's aliases. Not after a
    school's: a faculty's branch (某学院财经党支部、商贸与艺术党支部) is the faculty's."""
    hosts: dict[int, _Draft] = {}  # the end of a department branch's mention → its unit
    for _, he, end, d, _ in resolved:
        # a school's departments are faculties, units of their own (GOLD_FORMAT)
        unit = d.type == "Organization" and d.subtype not in ("party_org", "school")
        if unit and department_branch(text, he, end):
            hosts[end] = d
    if not hosts:
        return resolved

    def host_of(start: int, end: int, d: _Draft) -> _Draft | None:
        if d.type != "Organization" or d.subtype != "party_org":
            return None
        gap = _LISTED_BRANCH_GAP.fullmatch(text, max(0, start - 4), start)
        k = start - 4
        while gap is None and k < start:
            k += 1
            gap = _LISTED_BRANCH_GAP.fullmatch(text, k, start)
        sep = gap.start() - 1 if gap is not None else -1
        host = hosts.get(sep) if sep >= 0 and text[sep] == "、" else None
        if host is not None and host is not d:
            hosts[end] = host  # and so on along the list
        return host

    return _fold_bodies(sorted(resolved, key=lambda r: r[0]), order, host_of)


def _fold_bodies(
    resolved: list[tuple[int, int, int, _Draft, str]],
    order: list[_Draft],
    host_of: Callable[[int, int, _Draft], _Draft | None],
) -> list[tuple[int, int, int, _Draft, str]]:
    """``resolved`` with each mention ``[start, end)`` whose draft ``host_of`` gives a
    host (another draft) folded into that host; a draft left with no mention of its own
    leaves ``order``."""
    out = []
    folded: set[int] = set()
    kept: set[int] = set()
    for start, he, end, d, rule in resolved:
        host = host_of(start, end, d)
        if host is not None and host is not d:
            fold_into(host, d, start, end)
            folded.add(id(d))
            d = host
        else:
            kept.add(id(d))
        out.append((start, he, end, d, rule))
    if folded:  # a draft folded everywhere leaves the order
        order[:] = [d for d in order if id(d) not in folded or id(d) in kept]
    return out


# Level characters a party body's head may be made of when it writes its host by its
# level alone (市党委, 连党支部, 师市党委: the division, the Corps' company, the merged
# division and city), by the type of place they end.
_LEVEL_KIND = {
    "省": "Region",
    "市": "Region",
    "区": "Region",
    "县": "Region",
    "镇": "Region",
    "乡": "Region",
    "村": "Village",
    "连": "Village",
}


def bare_kind_word(head: str) -> tuple[str, str | None] | None:
    """The word a party body's head (its name before the party ending) writes its host
    by when the head is only a kind of place: one or two level characters (市, 连, 师市
    — the last one says the kind: ``("市", "Region")``), or a generic designation a place's
    name ends with (新村, 新区: ``("新村", None)``, a place of any type). None when the head
    names a unit of its own."""
    if (
        1 <= len(head) <= 2
        and head[-1] in _LEVEL_KIND
        and all(c in "省市区县镇乡村连师" for c in head)
    ):
        return head[-1], _LEVEL_KIND[head[-1]]
    if head in load_lexicon().generic_place_names:
        return head, None
    return None


# A division's people's congress (its standing committee) and its political consultative
# conference: bodies of a county-level place and up with officials of their own
# (GOLD_NOTES goldcons3 class 1: 市人大常委会主任 → 主任 @ 某市人大常委会).
_DIVISION_ORGANS = ("人大常委会", "人大", "政协")
_ORGAN_LEVELS = "省州市区县旗"


def level_organ(name: str) -> tuple[str, str] | None:
    """``(level, organ)`` when ``name`` is a division's congress or consultative
    conference written by its level word alone (市人大常委会 → ("市", "人大常委会"), 县政协,
    区人大); None for any other name (雨城区人大常委会 names its place; 镇人大 is a town's
    office, which stays on the town)."""
    if len(name) < 3 or name[0] not in _ORGAN_LEVELS:
        return None
    organ = name[1:]
    return (name[0], organ) if organ in _DIVISION_ORGANS else None


def organ_with_place(name: str, places: Sequence[tuple[str, str]], before: Sequence[str]) -> str:
    """A division's organ written by its level word (:func:`level_organ`) named with its
    place: the story's one place of that level, or the last one written before
    (:func:`host_by_kind`) + the organ (市人大常委会 after 澜溪市 → 澜溪市人大常委会). The
    name unchanged when no place fits."""
    lo = level_organ(name)
    if lo is None:
        return name
    host = host_by_kind(lo[0], "Region", places, before)
    return host + lo[1] if host is not None else name


def host_by_kind(
    word: str, kind: str | None, places: Sequence[tuple[str, str]], before: Sequence[str]
) -> str | None:
    """The place a party body written by its kind alone (:func:`bare_kind_word`) belongs
    to: of the story's places ``(name, type)`` those of that type whose name ends with the
    word after two characters or more (阿拉尔市 for 师市党委, 某某新村 for 新村党委), the
    one such place, or else the last of them written before the body (``before``, names
    in text order). None when no place fits: the body stays a unit of its own."""
    fits = {n for n, t in places if (kind is None or t == kind) and n.endswith(word)}
    fits = {n for n in fits if len(n) >= len(word) + 2}
    if len(fits) == 1:
        return next(iter(fits))
    last = [n for n in before if n in fits]
    return last[-1] if last else None


_ORGAN_HEADS = frozenset(_SUBUNIT["organ_heads"])


def organs_host(before: Sequence[_Draft]) -> _Draft | None:
    """The organisation whose organs' party body (直属机关党委, a head of ``organ_heads``
    alone) is written after it: the last organisation (no party body) among the units
    ``before`` it in text order; None when there is none (the body stays its own)."""
    orgs = [d for d in before if d.type == "Organization" and d.subtype != "party_org"]
    return orgs[-1] if orgs else None


def subdistrict_of_office(head: str, regions: Sequence[str]) -> str | None:
    """The subdistrict whose office's party body ``head`` names (某某办事处党工委, 某某街道
    办事处党工委 → 某某街道, a Region of the story; GOLD_FORMAT folds the office's working
    committee into the subdistrict). None when the head is no office or the story names
    no such subdistrict."""
    if not head.endswith("办事处") or len(head) < 5:
        return None
    stem = head[: -len("办事处")]
    name = stem if stem.endswith("街道") else stem + "街道"
    return name if name in regions else None


def _fold_kind_hosted_bodies(
    resolved: list[tuple[int, int, int, _Draft, str]], order: list[_Draft]
) -> list[tuple[int, int, int, _Draft, str]]:
    """Mentions of a party body of its own that names its host by kind alone
    (:func:`bare_kind_word`, :func:`host_by_kind`) or as a subdistrict's office
    (:func:`subdistrict_of_office`) mean that place, and those of the organs' party body
    (直属机关党委: :func:`organs_host`) the organisation before it; the party body, left
    with no mention of its own, is no entity. Its forms become the host's aliases."""
    places = [d for d in order if d.type in _REGION_OR_PLACE_TYPES]
    by_name = {d.name: d for d in places}
    for d in places:
        for a in d.aliases:
            by_name.setdefault(a, d)
    pairs = [(d.name, d.type) for d in places]
    regions = [n for n, d in by_name.items() if d.type == "Region"]
    ordered = sorted(resolved, key=lambda r: r[0])

    def host_of(start: int, end: int, d: _Draft) -> _Draft | None:
        if d.type != "Organization" or d.subtype != "party_org":
            return None
        head = _party_head(d.name)
        if head == d.name:
            return None
        office = subdistrict_of_office(head, regions)
        if office is not None:
            return by_name[office]
        if head in _ORGAN_HEADS:
            return organs_host([r[3] for r in ordered if r[0] < start])
        bare = bare_kind_word(head)
        if bare is None:
            return None
        before = [r[3].name for r in ordered if r[0] < start and r[3].type != "Organization"]
        name = host_by_kind(bare[0], bare[1], pairs, before)
        return by_name[name] if name is not None else None

    # a place's mention ends where its name does (师市|党委书记: the title keeps 党委,
    # as after 某镇|党委书记); the organs' body names no host, like a department's
    # numbered branch (直属机关党委书记 is the title)
    out = _fold_bodies(resolved, order, host_of)
    return [
        (s, s, e, d, "dept_fold")
        if d is not b and _party_head(b.name) in _ORGAN_HEADS
        else (s, he, he if d is not b and s < he else e, d, rule)
        for (s, he, e, d, rule), (_, _, _, b, _) in zip(out, resolved, strict=True)
    ]


def fold_into(host: _Draft, body: _Draft, start: int, end: int) -> None:
    """A party body folded into the unit it belongs to (GOLD_FORMAT): its forms become
    the unit's aliases and its mention ``[start, end)`` the unit's."""
    for a in body.aliases:
        if a not in host.aliases:
            host.aliases.append(a)
    host.mentions.append((start, end))


_PARTY_ENDINGS = (
    ("联合党支部", "联合党支部"),
    ("党总支部", "党总支"),
    ("党支部", "党支部"),
    ("党总支", "党总支"),
    ("总支", "党总支"),
    ("支部", "党支部"),
)


# The nationalities of an autonomous county, prefecture or banner (某某土家族自治县): the
# area's short form drops them (某某县), and so do the names of its bodies.
_AUTONOMOUS = re.compile(
    "(?<=[\u4e00-\u9fff]{2})(?:(?:"
    + "|".join(sorted(load_lexicon().ethnic_groups, key=len, reverse=True))
    + ")族?)+自治(?=[县州旗])"
)


def autonomous_short_form(name: str) -> str:
    """``name`` with an autonomous area written short: 某某土家族自治县政协 → 某某县政协,
    某某苗族侗族自治州某局 → 某某州某局 (the short form every story also writes).

    >>> autonomous_short_form("澜溪土家族自治县政协"), autonomous_short_form("澜溪县政协")
    ('澜溪县政协', '澜溪县政协')
    """
    return _AUTONOMOUS.sub("", name)


# org_key's patterns, compiled once (a module-level ``re.sub`` looks its pattern up in
# ``re``'s cache through two interpreted calls, for every key made).
_COMPANY_FORM_INSIDE = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)(?=[\u4e00-\u9fff]{2})")
_CITY_OR_PROVINCE_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})[市省](?=[\u4e00-\u9fff]{2})")


def org_key(name: str) -> str:
    """What makes two organisation names the same unit: 支部 is 党支部, 共产党员 is 党员,
    and a city's 市 or a province's 省 may be left out (某某市分行 = 某某分行, 某某省某局 =
    某某某局)."""
    for written, norm in _PARTY_ENDINGS:
        if name.endswith(written):
            name = name[: -len(written)] + norm
            break
    # 中行某某支行 is 中国银行某某支行: an official short form heading a branch's name
    name = _full_form(name)
    # 某某共产党员服务队 is 某某党员服务队: the Party's members written short
    name = name.replace("共产党员", "党员")
    # 某某土家族自治县政协 is 某某县政协
    name = autonomous_short_form(name)
    # 某银行股份有限公司某支行 is 某银行某支行: the company form inside a branch's name
    name = _COMPANY_FORM_INSIDE.sub("", name)
    # 某银行股份有限公司 is 某银行: the company form after a name that ends like a unit
    name = _without_company_form(name)
    return _CITY_OR_PROVINCE_INSIDE.sub("", name)


_COMPANY_FORM = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)$")


def _without_company_form(name: str) -> str:
    """``name`` without a trailing company form when what is left ends with a unit's
    ending of two characters or more (某农村商业银行股份有限公司 → 某农村商业银行)."""
    m = _COMPANY_FORM.search(name)
    if m is None:
        return name
    rest = name[: m.start()]
    suffixes = load_lexicon().org_suffixes
    if any(rest.endswith(x) and len(x) >= 2 and len(rest) > len(x) for x in suffixes):
        return rest
    return name


def _full_form(name: str) -> str:
    """``name`` with an official short form at its head (中行, 建行) written in full, when
    a branch's name follows it."""
    known = load_lexicon().known_units
    for n in (2, 3, 4):
        k = known.get(name[:n])
        if k is not None and k.full != name[:n] and len(name) > n:
            return k.full + name[n:]
    return name


def host_named_alone(name: str, unit_names: frozenset[str]) -> str:
    """The unit a party body of its own is the branch of, when the story also names that
    unit on its own (某某铝业党支部 … 某某铝业董事长: a company written without an ending,
    found from its title or a list): that unit's name (GOLD_FORMAT rule 1 folds a party
    body into its host); ``name`` otherwise."""
    head = _party_head(name)
    return head if head != name and head in unit_names else name


# The endings _party_head takes off, in the order it tries them (the first that fits).
_PARTY_HEAD_ENDINGS = (*(written for written, _ in _PARTY_ENDINGS), "党委", "党工委", "党组")


def _party_head(name: str) -> str:
    if not name.endswith(_PARTY_HEAD_ENDINGS):  # most names: one test, not nine
        return name
    for written in _PARTY_HEAD_ENDINGS:
        if name.endswith(written):
            return name[: -len(written)]
    return name


def _org_stems(units: Sequence[Mention], place_ends: dict[int, int]) -> dict[str, str]:
    """Organisation names by their stem without the ending (某某公司 → 某某), and without a
    place heading it (某市某某集团 → 某某), for stems of two characters or more that only
    one organisation of the article has. ``place_ends`` maps a place's start to its end."""
    lex_suffixes = load_lexicon().org_suffixes
    out: dict[str, str] = {}
    seen: dict[str, int] = {}
    for m in units:
        if m.rule != "org" or not m.name:
            continue
        for n in range(min(7, len(m.name) - 2), 0, -1):
            if m.name[-n:] in lex_suffixes:
                stem = m.name[:-n]
                head = place_ends.get(m.start, m.start) - m.start
                head = head or len(_place_head(stem, bare=True))
                stems = (stem, stem[head:]) if m.surface.startswith(m.name) else (stem,)
                for x in stems:
                    if len(x) >= 2 and out.get(x) != m.name:
                        seen[x] = seen.get(x, 0) + 1
                        out[x] = m.name
                break
    return {k: v for k, v in out.items() if seen[k] == 1}


def _site_of(name: str, names: Sequence[str]) -> str | None:
    """The news site a channel belongs to (某某网-某地频道 → 某某网) when the story names
    the site on its own too; None otherwise (the channel then stands as written)."""
    if not name.endswith("频道"):
        return regional_channel_site(name, names)
    sites = [n for n in names if n != name and n.endswith("网") and name.startswith(n)]
    return max(sites, key=len) if sites else None


_CHANNEL_REST = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:新闻|新聞)?")


def regional_channel_site(name: str, names: Sequence[str]) -> str | None:
    """The national news site of a regional channel (某某网某省, 某某网某地新闻:
    :func:`ingest.extract.orgs.outlet_channel_end`) when the story names the site on its
    own too (its dateline): one outlet. Only a site of the reference list: a longer name
    that merely starts with a site's name and ends as a unit does (某某网络学院) is no
    channel of it."""
    lex = load_lexicon()
    known = lex.known_units
    for n in names:
        # the site as named, or its official short form (中某网 of 中国某某网) the channel
        # is written after
        for written in (n, *_short_forms_of(n)):
            if (
                n != name
                and name.startswith(written)
                and written.endswith("网")
                and written in known
                and known[written].subtype == "media"
                and _CHANNEL_REST.fullmatch(name, len(written))
            ):
                # 某某网络学院: a unit of its own kind. Asked only of a name that reads as
                # a channel: one look-up per ending length, for the few such names, not
                # a walk over every ending for every name of every story
                # (an account's ending, 某地新闻, is the channel's word: ends_like_unit)
                return None if ends_like_unit(name, lex) else n
    return None


@cache
def _listed_short_forms() -> dict[str, tuple[str, ...]]:
    """Each full name of the reference list → its official short forms (known_units.tsv's
    third column)."""
    out: dict[str, list[str]] = {}
    for short, k in load_lexicon().known_units.items():
        if k.full != short:
            out.setdefault(k.full, []).append(short)
    return {full: tuple(shorts) for full, shorts in out.items()}


def _short_forms_of(name: str) -> tuple[str, ...]:
    return _listed_short_forms().get(name, ())


def _party_alias_heads(units: Sequence[Mention], simplified: str) -> dict[str, str]:
    """The head of a party form written for an organisation (某某党支部 for 某某有限公司,
    an alias the story defined) → that organisation's name, for heads only one
    organisation has."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for m in units:
        if m.rule != "org" or not m.name:
            continue
        surface = simplified[m.start : m.end]
        head = _party_head(surface)
        if head == surface or len(head) < 2 or head == m.name:
            continue
        if out.get(head, m.name) != m.name:
            clash.add(head)
        out[head] = m.name
    return {k: v for k, v in out.items() if k not in clash}


def org_aliases(names: Sequence[str]) -> dict[str, str]:
    """Each organisation name of one article (or of one page's stories) → the name of the
    unit it is written for: a news channel's site, a longer twin, the full company name of
    a short form (某某三局 / 某某三局集团有限公司), or itself."""
    first = {
        n: glued_character_form(n, names)
        or _site_of(n, names)
        or _company_twin(n, names)
        or _address_twin(n, names)
        or _branch_twin(n, names)
        or _place_twin(n, names)
        or higher_division_twin(n, names)
        or place_by_level_word_twin(n, names)
        or party_body_of_brand(n, names)
        or _court_short_form(n, names)
        or court_grade_short_form(n, names)
        or court_grade_without_place(n, names)
        or court_without_level_words(n, names)
        or numbered_hospital(n, names)
        or numbered_school(n, names)
        or office_of_unit(n, names)
        or inner_office_of_host(n, names)
        or newspaper_of_its_office(n, names)
        or _park_twin(n, names)
        or branch_with_parent_stem(n, names)
        or abbreviated_twin(n, names)
        or abbreviated_ending_twin(n, names)
        or division_twin_with_full_ending(n, names)
        or party_body_of_short_form(n, names)
        or abbreviated_company(n, names)
        or party_committee_written_short(n, names)
        or group_without_its_trade(n, names)
        or county_without_level_word(n, names)
        or _longer_twin(n, names)
        for n in names
    }
    return {n: followed_alias(n, first) for n in names}


def followed_alias(name: str, step: dict[str, str]) -> str:
    """The name ``name`` leads to when each name's twin is followed in turn (某某区某某委 →
    某某市某某区某某委 → 某某市某某区某某委员会): two rules that each join a pair join the
    three forms as one unit. Stops at a name that leads to itself, or on a cycle."""
    seen = {name}
    while (nxt := step.get(name, name)) not in seen:
        seen.add(nxt)
        name = nxt
    return name


# A company form written inside a branch's name (某某(集团)有限公司供水分公司).
_INNER_COMPANY_FORM = re.compile(
    r"(?:[(（]集团[)）]|集团)?(?:股份有限公司|有限责任公司|有限公司)(?=[\u4e00-\u9fff]{2})"
)


def _branch_twin(name: str, names: Sequence[str]) -> str | None:
    """The one branch name that ``name`` writes without its company form and the place
    heading it (某某水务供水分公司 → 某市某某水务(集团)有限公司供水分公司), else None."""
    hits: set[str] = set()
    for n in names:
        if len(n) <= len(name) or _INNER_COMPANY_FORM.search(n) is None:
            continue
        bare = _INNER_COMPANY_FORM.sub("", n, count=1)
        at = bare.find(name)
        ends_bare = at >= 0 and at + len(name) == len(bare) and len(name) >= 5
        if ends_bare and (at == 0 or _PLACE_HEAD.fullmatch(bare[:at])):
            hits.add(n)
    return hits.pop() if len(hits) == 1 else None


# A road or street written inside a unit's name after its place (某市|某某路|某某综合党委).
_ADDRESS_PIECE = re.compile(r"[\u4e00-\u9fff]{1,4}[路街巷]")


def _address_twin(name: str, names: Sequence[str]) -> str | None:
    """The one longer name that is ``name`` with an address piece written inside it
    (某市某某综合党委 → 某市某某路某某综合党委), else None: the same unit, its address
    left out. What follows the piece must be four characters or more (a name, not only
    an ending)."""
    hits: set[str] = set()
    for n in names:
        got = inserted_piece(name, n) if 2 <= len(n) - len(name) <= 5 else None
        if got and len(name) - got[0] >= 4 and _ADDRESS_PIECE.fullmatch(got[1]):
            hits.add(n)
    return hits.pop() if len(hits) == 1 else None


def inserted_piece(short: str, long: str) -> tuple[int, str] | None:
    """Where and what ``long`` writes inside ``short``: ``(i, piece)`` with ``long ==
    short[:i] + piece + short[i:]``, ``i`` the end of their common beginning; None when
    ``long`` is no such insertion (某市某某综合党委 / 某市某某路某某综合党委 → the road)."""
    extra = len(long) - len(short)
    if extra <= 0:
        return None
    i = 0
    while i < len(short) and long[i] == short[i]:
        i += 1
    if long[i + extra :] != short[i:]:
        return None
    return i, long[i : i + extra]


_NUMBER_CHARS = frozenset("第一二三四五六七八九十百0123456789")
_LEVEL_ENDS = frozenset("省市区县镇乡")


def _dropped_runs(short: str, full: str) -> list[str] | None:
    """The runs of characters of ``full`` left out inside it when ``short`` is read in it
    in order (leftmost match; what comes before the first character read is not counted),
    or None when ``short`` is no such subsequence of ``full``."""
    runs: list[str] = []
    k = 0
    run = ""
    for c in full:
        if k < len(short) and c == short[k]:
            if run and k > 0:
                runs.append(run)
            run = ""
            k += 1
        else:
            run += c
    if k < len(short):
        return None
    return runs + ([run] if run else [])


def _common_word(run: str) -> bool:
    """Whether ``run`` is one word of the dictionary that is no proper name (职业, 中级),
    or a frequent word jieba tags as a person's name (:func:`person_tagged_common_word`)."""
    return len(run) == 1 or pos_of(run) not in _PROPER_POS or person_tagged_common_word(run)


# jieba's tags of a person's name
_PERSON_POS = frozenset({"nr", "nrt", "nrfg"})


def person_tagged_common_word(word: str) -> bool:
    """Whether ``word`` is a frequent ordinary word that jieba's dictionary tags as a
    person's name (胡同/nr, seen 1,762 times): a street word a school's short form leaves
    out (某某小学 for 某区某某胡同小学). A rare person-tagged word (a given name, 某夫) is
    none."""
    return pos_of(word) in _PERSON_POS and is_common_word(word)


# a place, person, brand or organisation, an abbreviation, or no word jieba knows
_PROPER_POS = frozenset({"ns", "nr", "nz", "nt", "nrt", "nrfg", "j", UNKNOWN_POS})


def _left_out_unit(run: str) -> bool:
    """Whether characters left out of a longer name say it is another unit: a number or a
    place of two characters or more."""
    return bool(_NUMBER_CHARS.intersection(run)) or (len(run) > 1 and run[-1] in _LEVEL_ENDS)


# Official abbreviations of a body's ending (ingest/lexicons/unit_name_parts.tsv,
# ending_short_forms: 人武部 for 人民武装部), and the unit kinds written short with their
# full form (org_suffixes.tsv's fourth column: 国小 for 国民小学), short form → full ending.
_ENDING_SHORT_FORMS = dict(
    sorted(
        [
            *(pair.split(":", 1) for pair in unit_name_parts()["ending_short_forms"]),
            *([w, s.full] for w, s in load_lexicon().org_suffixes.items() if s.full),
        ],
        key=lambda p: -len(p[0]),
    )
)


_FULL_ENDINGS = tuple(_ENDING_SHORT_FORMS.values())
_SHORT_ENDINGS = tuple(_ENDING_SHORT_FORMS)


def _full_ending(name: str) -> str:
    """``name`` with an abbreviated ending written in full (某区人武部 → 某区人民武装部)."""
    if not name.endswith(_SHORT_ENDINGS):  # most names: one test, not one per ending
        return name
    for short, full in _ENDING_SHORT_FORMS.items():
        if name.endswith(full):
            return name  # 某县人民法院 ends with 法院 and is written in full already
        if name.endswith(short) and len(name) > len(short):
            return name[: -len(short)] + full
    return name


def abbreviated_ending_twin(name: str, names: Sequence[str]) -> str | None:
    """The one other name of the story that writes the same unit as ``name``, one of the
    two with its ending's official abbreviation (某某区人武部 = 某某区人民武装部): the
    abbreviated form goes to the full one, and a form headed by a level word alone
    (区人民武装部, 区人武部) goes to the one longer name that ends with it. None
    otherwise."""
    full = _full_ending(name)
    if not full.endswith(_FULL_ENDINGS):
        return None
    hits = set()
    for n in names:
        if n == name:
            continue
        other = _full_ending(n)
        if other == full and full != name:
            hits.add(n)  # 某区人武部 → 某区人民武装部
        elif len(other) > len(full) and other.endswith(full):
            hits.add(n)  # 区人民武装部 → 某区人武部 (or its full form)
    # 某市文联 and 某市文学艺术界联合会 both named: one unit, the full form taken
    if len({_full_ending(n) for n in hits}) == 1:
        return max(hits, key=lambda n: (len(n), n))
    return None


def division_twin_with_full_ending(name: str, names: Sequence[str]) -> str | None:
    """The one other name of the story that writes the same unit with a higher division
    before its place and one of the two with its ending's official abbreviation (某市某县
    检察院 = 某县人民检察院, 某市某区中医院 = 某区中医医院): :func:`higher_division_twin` read on
    the names with their endings written in full, each rule alone seeing two names that
    differ twice. None otherwise, or when two names fit."""
    full = _full_ending(name)
    written: dict[str, str] = {}
    for n in names:
        if n != name:
            written.setdefault(_full_ending(n), n)
    twin = higher_division_twin(full, [*written, full])
    return written.get(twin) if twin is not None and twin != full else None


def party_body_of_short_form(name: str, names: Sequence[str]) -> str | None:
    """The one other name of the story whose unit ``name``, a party body written after a
    short form of that unit, belongs to (某某中院党组 → 某某市中级人民法院, 某某疾控党总支 →
    某某区疾控中心, 某某县院党组 → 某某县检察院): the short form (four characters or more,
    itself no name of the story) opens with the other name's first two characters and
    reads in it in order (three after a level word: :func:`short_form_min_length`), and
    what it leaves out is no number, place or branch (某区第二医院, 某市某区, 某某分公司,
    某某项目). None otherwise, or when two names fit."""
    head = _party_head(name)
    if head == name or len(head) < short_form_min_length(head) or head in names:
        return None
    hits = set()
    for n in names:
        other = _party_head(n)
        if n == name or other == head or not other.startswith(head[:2]):
            continue
        runs = _dropped_runs(head, other)
        if runs is None or any(_another_unit_left_out(r) for r in runs):
            continue
        hits.add(n)
    return hits.pop() if len(hits) == 1 else None


_LEVEL_HEADS = frozenset("省市区县")


def short_form_min_length(head: str) -> int:
    """How long a party body's short form must be to stand for a longer name of the story
    (:func:`party_body_of_short_form`): four characters, or three when a level word heads
    it (市某协 for 市某某业协会, 县某联 for 县某某联合会): the level word and the
    unit's two-character abbreviation, the common form of a level's associations and
    offices."""
    return 3 if head[:1] in _LEVEL_HEADS else 4


def _another_unit_left_out(run: str) -> bool:
    """Whether a run a party body's short form leaves out of a longer name makes that name
    another unit: a number, a place or division, or a branch word (某某公司 is no short
    form of 某某奉化分公司)."""
    return _left_out_unit(run) or division_left_out(run) or any(w in run for w in _BRANCH_WORDS)


@cache
def _known_heads() -> tuple[tuple[str, str], ...]:
    """The reference list's names (``known_units.tsv``), longest first, each with the
    unit it stands for."""
    known = load_lexicon().known_units
    return tuple(sorted(((n, k.full) for n, k in known.items()), key=lambda p: -len(p[0])))


def known_unit_heading(name: str) -> str | None:
    """The unit the longest name of the reference list opening ``name`` stands for (农行某市
    分行 → 中国农业银行, 中国银行某市分行 → 中国银行), else None."""
    return next((full for n, full in _known_heads() if name.startswith(n)), None)


def two_known_units(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` open with names of two different units of the reference list
    (农行某市分行 and 农发行某市分行; 中国银行某市分行 and 中国邮政储蓄银行某市分行): the one
    reads in order in the other, but they are two banks' branches."""
    ka = known_unit_heading(a)
    return ka is not None and (kb := known_unit_heading(b)) is not None and ka != kb


def abbreviated_twin(name: str, names: Sequence[str]) -> str | None:
    """The one longer name of the story that ``name`` abbreviates by leaving characters out
    inside it (某某街社卫中心 = 某某街社区卫生服务中心, 某州轻工技术学院 = 某州轻工职业技术学院,
    市人民法院 = 某市中级人民法院, 市邮管局 = 某市邮政管理局): same unit ending, every
    character of ``name`` read in order in the longer name, some left out inside it (a
    plain piece of the other is left to the other rules); a single run left out must be a
    common word (职业, 中级: 某市某某第一中学 is not 某市第一中学). Not when a left-out run
    is a number (市人民医院 is not 市第二人民医院) or a place (某市工商联 is not 某市某区
    工商联; the 区 of 社区 in 社卫 is a word's piece), nor for companies: a parent is no
    short form of its subsidiary (某某城投公司, 某某城投园林公司), nor when the two open with
    two units of the reference list (农行某市分行, 农发行某市分行: :func:`two_known_units`).
    None otherwise."""
    suffixes = load_lexicon().org_suffixes
    ending = next(
        (name[-n:] for n in range(min(7, len(name) - 2), 0, -1) if name[-n:] in suffixes), None
    )
    if ending is None or _COMPANY_TAIL.search(name):
        return None
    # a name of four characters or more (某某支队 for 武警某某边防支队); a body named by one
    # character (局, 委: 某邮管局, 某区人社局) needs short runs left out and a gov ending
    one_char = len(ending) == 1
    if len(name) < 4 or (one_char and suffixes[ending].strength != "gov"):
        return None
    found: dict[str, str] = {}
    for n in names:
        if len(n) <= len(name) or not n.endswith(ending) or name in n:
            continue
        runs = _dropped_runs(name, n)
        if not runs or any(_left_out_unit(r) for r in runs) or org_key(n) == org_key(name):
            continue
        if one_char and any(len(r) > 4 for r in runs):
            continue  # a long run left out names another body under it (…综合行政执法局)
        if len(runs) == 1 and not _common_word(runs[0]):
            continue  # 某市(某某)第一中学: one name left out is another unit's qualifier
        if two_known_units(name, n):
            continue  # 农行某市分行 is no short form of 农发行某市分行: two banks
        found[org_key(n)] = n
    return next(iter(found.values())) if len(found) == 1 else None


# Words of a longer company name that say it is another unit than the short form: a
# branch, a subsidiary's project or office (某某公司 is no short form of 某某某分公司).
_BRANCH_WORDS = ("分公司", "分行", "支行", "分局", "分院", "子公司", "项目", "办事处")


def _read_in_order(short: str, full: str) -> list[int] | None:
    """Where each character of ``short`` is read in ``full``, in order and leftmost, or
    None when ``short`` is no subsequence of ``full``."""
    at: list[int] = []
    i = 0
    for c in short:
        i = full.find(c, i)
        if i < 0:
            return None
        at.append(i)
        i += 1
    return at


# A division written in a run a short form leaves out (某市某某 of 某省某市某某区邮政分公司).
_DIVISION_IN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}[市县旗]|[\u4e00-\u9fff]{2,}区(?!域)")


def division_left_out(run: str) -> bool:
    """Whether a run that a short company name leaves out of a longer one holds a
    division (某市, 某某县, 某某区): the longer name is a branch under that division, another
    unit than the short form's (某省邮政分公司 and 某省某市某区邮政分公司)."""
    return _DIVISION_IN_RUN.search(_AUTONOMOUS_FORMS.sub("", run)) is not None


# 某族自治区: the full form of a province-level name a short form may leave out.
_AUTONOMOUS_FORMS = re.compile(r"自治[区州县旗]")


def abbreviated_company(name: str, names: Sequence[str]) -> str | None:
    """The one longer company name that ``name`` abbreviates by leaving characters out
    inside its brand (某车株机公司 = 某车株洲电力机车有限公司, 某烟工业公司 = 某省中烟某门
    烟草工业有限责任公司, 某苏外教育集团 = 某迁市苏州外国语学校教育集团), else None.

    ``name`` is a brand of three characters or more with 公司 or 集团 and no registered
    form; the brand is read in order in the longer name before its company form, starting
    within its first five characters (a parent's short name or a place may head it), with
    at least one run left out inside it (a plain piece of the other is ``_company_twin``'s),
    each run left out six characters or fewer, no more than two characters left after the
    brand's last one, and no number or branch word left out (某某公司 is neither 某某第二
    工程有限公司 nor 某某某分公司)."""
    short = next((w for w in _SHORT_COMPANY if name.endswith(w)), None)
    if short is None or _REGISTERED.search(name):
        return None
    brand = name[: -len(short)]
    if len(brand) < 3 or _COMPANY_TAIL.search(brand):
        return None
    found: dict[str, str] = {}
    for n in names:
        tail = _COMPANY_TAIL.search(n)
        if tail is None or len(n) <= len(name) or brand in n:
            continue
        head = n[: tail.start()]
        at = _read_in_order(brand, head)
        if at is None or at[0] > 4:
            continue
        inner = [head[i + 1 : j] for i, j in itertools.pairwise(at) if j > i + 1]
        left_out = head[: at[0]] + "".join(inner) + head[at[-1] + 1 :]
        if (
            not inner
            or any(division_left_out(r) for r in inner)
            or any(len(r) > 6 for r in inner)
            or len(head) - at[-1] - 1 > 2
            or _NUMBER_CHARS.intersection(left_out)
            or any(w in n and w not in name for w in _BRANCH_WORDS)
        ):
            continue
        found[org_key(n)] = n
    return next(iter(found.values())) if len(found) == 1 else None


# A branch and its parent's ending, written "branch of parent": 某某税务分局 names the branch
# 某市税务局某某分局 with its parent's stem moved before the branch word
# (unit_name_parts.tsv, branch_of_parent).
_BRANCH_OF_PARENT = tuple(
    tuple(pair.split(":", 1)) for pair in unit_name_parts()["branch_of_parent"]
)


def branch_with_parent_stem(name: str, names: Sequence[str]) -> str | None:
    """The one longer name of the story that writes the branch ``name`` under its parent
    (某某税务分局 = 某市税务局某某分局, 某某公安分局 = 某县公安局某某分局): ``name`` is a place
    of two characters or more, the parent's stem (two or more) and the branch word; the
    other ends with the stem, the parent's ending, the same place and the branch word.
    None otherwise, or when two names fit."""
    hits: set[str] = set()
    for branch, parent in _BRANCH_OF_PARENT:
        if not name.endswith(branch):
            continue
        body = name[: -len(branch)]
        for i in range(2, len(body) - 1):
            place, stem = body[:i], body[i:]
            tail = stem + parent + place + branch
            hits.update(n for n in names if len(n) > len(tail) and n.endswith(tail))
    return hits.pop() if len(hits) == 1 else None


# Parts of speech of a character a unit's span may take from the sentence before it: a
# verb, preposition, direction word, conjunction, particle or adverb (使, 向, 下, 与).
_GLUE_POS = frozenset({"v", "p", "f", "c", "u", "d"})
# the shortest name a glued character is read off: four characters, or five for the end
# of a longer name
_GLUED_MIN, _GLUED_TAIL_MIN = 4, 5


def glued_character_form(name: str, names: Sequence[str]) -> str | None:
    """The one other name of the story that ``name`` writes with one character of the
    sentence glued before it (使某某派出所 = 某某派出所, 下某市中医院 = 某省某市中医院): the
    character is a verb, preposition, direction word, conjunction, particle or adverb
    and forms no word with the name's first character, and the rest is that name (four
    characters or more) or the end of it (five or more). None otherwise, or when two
    names fit."""
    glue, rest = name[:1], name[1:]
    if len(rest) < _GLUED_MIN or pos_of(glue) not in _GLUE_POS or pos_of(name[:2]) != UNKNOWN_POS:
        return None
    if rest in names:
        return rest
    hits = {n for n in names if n != name and len(rest) >= _GLUED_TAIL_MIN and n.endswith(rest)}
    return hits.pop() if len(hits) == 1 else None


def _longer_twin(name: str, names: Sequence[str]) -> str:
    """The one longest organisation name that ends with ``name`` (区委组织部 → 某区委组织部,
    烟草局 → 县烟草局 → 某县烟草局), else ``name`` itself."""
    if len(name) < 3:
        return name
    longer = [
        n
        for n in names
        if len(n) > len(name) and n.endswith(name) and glued_character_form(n, names) is None
    ]
    # only the longest of each chain counts: 县烟草局 is itself written for 某县烟草局; and
    # of two names one of which only adds an address (某市某某, 某市某路某某), the longer
    tops = [n for n in longer if not any(len(o) > len(n) and o.endswith(n) for o in longer)]
    tops = [n for n in tops if _address_twin(n, tops) is None]
    distinct = {org_key(n) for n in tops}
    return tops[0] if len(distinct) == 1 else name


# The level words a place heading a unit's name is written with (某省, 某市, 某区, 某县).
_HEAD_LEVEL_WORDS = "省市区县旗州"
# A town-level place heading what follows a unit's place (某某街社区卫生服务中心).
_TOWN_HEAD = re.compile(r"[\u4e00-\u9fff]{2,3}(?:街道|街|镇|乡)")


def _place_head(name: str, *, bare: bool = False) -> str:
    """The places of province, city or county level heading ``name`` (某市某区 of
    某市某区某某中心), written with their level word, as the gazetteer names them; with
    ``bare`` also a province or city written short at the head (某某 for 某某市), if
    nothing else heads it. Only when a name of two characters or more follows."""
    gaz = load_gazetteer()
    at = 0
    while True:
        step = 0
        for k in range(at + 2, min(at + 6, len(name) - 2) + 1):
            if name[k - 1] in _HEAD_LEVEL_WORDS and any(
                level_of(c) in ("province", "city", "county") for c in gaz.find(name[at:k])
            ):
                step = k - at
        if not step:
            break
        at += step
    if at == 0 and bare and len(name) >= 4:
        short = name[:2]
        if any(level_of(c) in ("province", "city") for w in "省市" for c in gaz.find(short + w)):
            return short
    return name[:at]


def _nested(a: str, b: str) -> bool:
    """Whether the place heads ``a`` and ``b`` name a place and one inside it."""
    gaz = load_gazetteer()
    ca, cb = gaz.find(_place_tail(a)), gaz.find(_place_tail(b))
    return any(x in gaz.ancestors(y) or y in gaz.ancestors(x) for x in ca for y in cb)


def _place_tail(head: str) -> str:
    """The last place of a chain of place heads (某区 of 某市某区)."""
    gaz = load_gazetteer()
    for k in range(max(0, len(head) - 6), len(head) - 1):
        if gaz.find(head[k:]):
            return head[k:]
    return head


def _place_twin(name: str, names: Sequence[str]) -> str | None:
    """The one other name that writes the same unit after another place head (某市某某街
    社区卫生服务中心 / 某区某某街社区卫生服务中心, the district inside the city), else None.
    What follows the heads must itself start with a town-level place (某某街, 某某镇): a
    city's and a district's 第一人民医院 are two hospitals, a subdistrict's centre is one.
    The longer name of the two stands for both."""
    head = _place_head(name)
    rest = name[len(head) :]
    if not head or len(rest) < 6 or not _TOWN_HEAD.match(rest):
        return None
    hits: set[str] = set()
    for n in names:
        if n == name or not n.endswith(rest):
            continue
        other = n[: -len(rest)]
        if other and other != head and _place_head(n) == other and _nested(head, other):
            hits.add(n)
    if len(hits) != 1:
        return None
    twin = hits.pop()
    return twin if (len(twin), twin) > (len(name), name) else None


def _division_codes(place: str) -> list[str]:
    """The division codes of province, city or county level ``place`` names, with its
    level word or a province or city written short (某某 for 某某省)."""
    gaz = load_gazetteer()
    if place[-1] in _HEAD_LEVEL_WORDS:
        codes = gaz.find(place)
    else:
        codes = [c for w in "省市" for c in gaz.find(place + w)]
    return [c for c in codes if level_of(c) in ("province", "city", "county")]


def _lower_place_at(rest: str) -> list[str]:
    """The codes of the place with its level word heading ``rest`` (某区 of 某区某某委员会),
    the longest such place, when two characters or more follow it."""
    for k in range(min(6, len(rest) - 2), 1, -1):
        if rest[k - 1] in _HEAD_LEVEL_WORDS and (codes := _division_codes(rest[:k])):
            return codes
    return []


def higher_division_twin(name: str, names: Sequence[str]) -> str | None:
    """The one longer name that is ``name`` with a higher division written inside it right
    before the lower one (致公党某区基层委员会 → 致公党某市某区基层委员会, 某银行某市分行 →
    某银行某省某市分行, 某市中医院 → 某省某市中医院, the province written short): the same
    unit, its place written in full. The division left out must contain the place that
    follows it; a city's and a district's 第一人民医院 differ by a place put in another's
    stead, not written before it, and stay two. None otherwise."""
    if len(name) < 5:
        return None
    gaz = load_gazetteer()
    hits: set[str] = set()
    for n in names:
        got = inserted_piece(name, n) if 2 <= len(n) - len(name) <= 7 else None
        if got is None:
            continue
        i, piece = got
        higher = _division_codes(piece)
        lower = _lower_place_at(name[i:])
        if any(h in gaz.ancestors(c) for h in higher for c in lower):
            hits.add(n)
    return hits.pop() if len(hits) == 1 else None


def place_by_level_word_twin(name: str, names: Sequence[str]) -> str | None:
    """The one longer name that writes in full the place ``name`` names by its level word
    alone inside it (某行省分行 → 某行某某省分行, 民建省委 → 民建某某省委): the story's one
    such place. Not at the head of ``name`` (区委组织部 is ``_longer_twin``'s), and only
    when the place written in is a division of that level. None otherwise, or when two
    places fit (民建某省委, 民建另省委)."""
    if len(name) < 4:
        return None
    hits: set[str] = set()
    for n in names:
        got = inserted_piece(name, n) if 2 <= len(n) - len(name) <= 6 else None
        if got is None:
            continue
        i, piece = got
        if i == 0 or i >= len(name) or name[i] not in _HEAD_LEVEL_WORDS:
            continue
        if _division_codes(piece + name[i]):  # the place with the level word it left
            hits.add(n)
    return hits.pop() if len(hits) == 1 else None


def party_body_of_brand(name: str, names: Sequence[str]) -> str | None:
    """The one registered company of the story whose brand a party body is written after
    (某某党支部 → 某省某某科技有限公司): the brand, with no unit ending of its own, read as
    the company's short form 某某公司 (``_company_twin``). None otherwise."""
    head = _party_head(name)
    if head == name or len(head) < 2 or head.endswith(_org_endings()):
        return None
    twin = _company_twin(head + "公司", names)
    return twin if twin is not None and _REGISTERED.search(twin) else None


# Units whose full name is 某县人民法院 and whose short form is 某某法院 (the county's
# name without its level word and 人民).
_PEOPLES_UNITS = ("法院", "检察院")


def _court_short_form(name: str, names: Sequence[str]) -> str | None:
    """The one people's court or procuratorate that ``name`` writes short (某某法院 →
    某省某某县人民法院: the county without its level word), else None."""
    ending = next((e for e in _PEOPLES_UNITS if name.endswith(e)), "")
    place = name[: -len(ending)] if ending else ""
    if not 2 <= len(place) <= 4:
        return None
    gaz = load_gazetteer()
    hits = {
        n
        for n in names
        for w in _HEAD_LEVEL_WORDS
        if n.endswith(place + w + "人民" + ending) and gaz.find(place + w)
    }
    return hits.pop() if len(hits) == 1 else None


_COURT_GRADE_SHORT = dict(
    pair.split(":", 1) for pair in unit_name_parts().get("court_grade_short_forms", ())
)


def court_grade_short_form(name: str, names: Sequence[str]) -> str | None:
    """The one court of a grade that ``name`` writes short after its place, bare or before
    its party body (某某高院, 某某高院党组 → 某某省高级人民法院; 某某中院 → 某某市中级人民法院;
    not 某某高院办公室, an office of it): the other name is the place, its level word or
    none, and the grade's full form (``court_grade_short_forms`` of
    ``unit_name_parts.tsv``), the place with its level word a division of the gazetteer.
    None otherwise or when two names fit."""
    head = _party_head(name)
    short = next((s for s in _COURT_GRADE_SHORT if head.endswith(s)), None)
    if short is None:
        return None
    place = head[: -len(short)]
    full = _COURT_GRADE_SHORT[short]
    if not 2 <= len(place) <= 4:
        return None
    gaz = load_gazetteer()
    hits = {
        n
        for n in names
        if n != name
        and (
            n == place + full
            or any(n == place + w + full and gaz.find(place + w) for w in _HEAD_LEVEL_WORDS)
        )
    }
    return hits.pop() if len(hits) == 1 else None


# A court of a grade written short with no place before it, or a level word only (中院,
# 市中院), bare or before the party body of it or of its organs (中院党组, 中院机关党委).
_BARE_COURT_GRADE = re.compile(
    "[省市州]?(" + "|".join(map(re.escape, _COURT_GRADE_SHORT)) + ")(?:机关|直属机关)?"
)


def court_grade_without_place(name: str, names: Sequence[str]) -> str | None:
    """The one court of that grade in the story that ``name`` writes by the grade's short
    form alone (中院, 中院党组, 中院机关党委, 市中院 → 某某市中级人民法院: the court the
    story has named in full); None otherwise, or when the story names two courts of the
    grade (a city's 中院 beside another city's 中级人民法院 is not told apart)."""
    m = _BARE_COURT_GRADE.fullmatch(_party_head(name))
    if m is None:
        return None
    full = _COURT_GRADE_SHORT[m.group(1)]
    hits = {n for n in names if n != name and n.endswith(full) and len(n) > len(full)}
    return hits.pop() if len(hits) == 1 else None


# Level words a court's or procuratorate's place may be written with or without
_COURT_LEVEL_WORDS = ("新区", "省", "市", "区", "县", "旗", "州")


def _court_key(name: str) -> tuple[str, str] | None:
    """A people's court's or procuratorate's name without 人民 and without the level word
    of its place (某某新区人民检察院, 某某区法院 → (某某, 检察院), (某某, 法院)); a bare
    level stays (省人民检察院 → (省, 检察院)). None for other names and for courts of a
    grade (中级人民法院 is not the district's court)."""
    ending = next((e for e in _PEOPLES_UNITS if name.endswith(e)), "")
    if not ending:
        return None
    head = name[: -len(ending)].removesuffix("人民")
    if not head or head.endswith(("中级", "高级", "专门", "铁路", "海事", "军事")):
        return None
    for w in _COURT_LEVEL_WORDS:
        if head.endswith(w) and len(head) > len(w) and load_gazetteer().find(head):
            return head[: -len(w)], ending
    return head, ending


def court_without_level_words(name: str, names: Sequence[str]) -> str | None:
    """The longest other name of the story for the same people's court or procuratorate,
    written with or without 人民 and its place's level word (某某检察院, 某某新区人民检察院;
    某某法院, 某某区法院; 省检察院, 省人民检察院): an area has one of each. None when
    ``name`` is the longest or no other name is the same unit."""
    key = _court_key(name)
    if key is None:
        return None
    same = [n for n in names if n != name and _court_key(n) == key]
    longest = max(same, key=len, default="")
    return longest if len(longest) > len(name) else None


# A park's name after its brand: a field of up to four characters and the park's word.
# The working office of a unit, written after the unit's whole name (某某医院办公室)
_UNIT_OFFICES = ("办公室", "党委办公室", "党政办公室", "综合办公室", "党办", "院办")


def office_of_unit(name: str, names: Sequence[str]) -> str | None:
    """The unit whose working office ``name`` is, when the story names that unit on its
    own too (某市第三人民医院办公室 after 某市第三人民医院, as a page's source line writes
    it): an office inside a unit is the unit, as a department's party branch is; None
    otherwise (区委办公室 is the office of no unit the story names: a unit of its own)."""
    for office in _UNIT_OFFICES:
        host = name[: -len(office)]
        if name.endswith(office) and len(host) >= 4 and host in names:
            return host
    return None


# An office inside a court, procuratorate or hospital is written on its parent (GOLD_NOTES
# rule 7). Not a government's department (a unit of its own), nor, as the authors' gold
# has them, a bank's or a university's department (某银行某某部, 某大学宣传部: units).
_OFFICE_HOST_KINDS = frozenset({"hospital", "court"})
_INNER_OFFICE_ENDINGS = tuple(unit_name_parts()["inner_office_endings"])
_NOT_INNER_OFFICES = tuple(unit_name_parts()["inner_offices_not"])
# the office's own words after its host: one to eight characters and an office ending
_INNER_OFFICE_MAX = 10


def _host_kind(name: str) -> str | None:
    """The kind of unit ``name``'s longest lexicon ending says it is (an ending with at
    least one character of name before it), or None."""
    lex = load_lexicon()
    end = lex.unit_ending(name[1:])
    return lex.org_suffixes[end].subtype if end else None


def inner_office_of_host(name: str, names: Sequence[str]) -> str | None:
    """The one unit of the story that ``name`` writes with an office inside it after the
    unit's name or a form of it (某市某医院某某中心 after 某省某市某医院, 某县法院执行局
    after 某县法院, 某高院办公室 after 某省高级人民法院): a court, procuratorate or
    hospital, whose office goes on its parent (GOLD_NOTES rule 7). The host form is a name
    of the story, the end of one (four characters or more), or a court's short form of
    one; a project department, a branch, a party body or its venue (某法院党建活动中心)
    after the host is none (inner_offices_not), nor an office of another kind of unit.
    None otherwise, or when two units fit."""
    if not name.endswith(_INNER_OFFICE_ENDINGS) or name.endswith(_NOT_INNER_OFFICES):
        return None
    hits: set[str] = set()
    for i in range(max(4, len(name) - _INNER_OFFICE_MAX), len(name) - 1):
        head, rest = name[:i], name[i:]
        if rest in names or "党" in rest:
            continue  # named on its own too, or a party body's venue: a unit of the story
        found = {
            n
            for n in names
            if n != name
            and (n == head or n.endswith(head))
            and glued_character_form(n, names) is None
        }
        if not found:
            court = _court_short_form(head, names) or court_grade_short_form(head, names)
            found = {court} if court else set()
        hits.update(n for n in found if _host_kind(n) in _OFFICE_HOST_KINDS)
    return hits.pop() if len(hits) == 1 else None


def newspaper_of_its_office(name: str, names: Sequence[str]) -> str | None:
    """The newspaper's office (某某报社) when the story also writes the paper by its title
    (某某报): one unit, the office standing for both. None otherwise."""
    office = name + "社"
    return office if name.endswith("报") and len(name) >= 3 and office in names else None


# 七院, 市三院, 某地三院 (and a department of it, 某地三院肺科): a hospital by its number
_NUMBERED_HOSPITAL = re.compile(
    r"([\u4e00-\u9fff]{0,3}?)([一二三四五六七八九十]{1,2})院(?:[\u4e00-\u9fff]{1,3}科)?"
)


def numbered_hospital(name: str, names: Sequence[str]) -> str | None:
    """The one 某市第N人民医院 of the story that ``name`` writes short by its number (七院,
    市三院, 某地三院, or one of its departments' party branches: 某地三院肺科党支部), the
    place before the number, if any, opening the full name (or a level word: 市三院);
    None otherwise."""
    m = _NUMBERED_HOSPITAL.fullmatch(_party_head(name))
    if m is None:
        return None
    place, number = m.groups()
    full = {
        n
        for n in names
        if n.endswith(f"第{number}人民医院") and (n.startswith(place) or place in _HEAD_LEVEL_WORDS)
    }
    return full.pop() if len(full) == 1 else None


# A school written short by its number (某地一中, 县二中, 某地三小; its party body or league
# body after it: 某地二中党总支): the place, if any, the number, 中 or 小 (实小, 实中).
_NUMBERED_SCHOOL = re.compile(
    r"([\u4e00-\u9fff]{0,4}?)([一二三四五六七八九十]{1,3})(实小|实中|[中小])"
)
# the kind as written short → in full (一实小 = 第一实验小学)
_SCHOOL_KINDS = {"中": "中学", "小": "小学", "实小": "实验小学", "实中": "实验中学"}


def numbered_school(name: str, names: Sequence[str]) -> str | None:
    """The one school of the story whose full name ``name`` writes short by its number
    (某地二中 = 某地第二中学, 某地一中 = 某地县第一中学, 县三小 = 某某县第三小学, 一实小 =
    第一实验小学): the full name ends in 第N中学, 第N小学, 第N实验小学 or 第N实验中学 with
    the same number, and what comes before 第 is the
    short form's place, that place with one level word, or (a short form headed by a
    level word or by nothing) any place. None otherwise, or when two schools fit
    (某地二中 is not 某地第十二中学; 县一中 of a story with two counties' 第一中学)."""
    m = _NUMBERED_SCHOOL.fullmatch(_party_head(name))
    if m is None:
        return None
    place, number, kind = m.groups()
    full = f"第{number}{_SCHOOL_KINDS[kind]}"
    bare = place == "" or place in _HEAD_LEVEL_WORDS
    hits = set()
    for n in names:
        if n == name or not n.endswith(full):
            continue
        before = n[: -len(full)]
        if bare or before == place or (before[:-1] == place and before[-1:] in _HEAD_LEVEL_WORDS):
            hits.add(n)
    return hits.pop() if len(hits) == 1 else None


# Bodies whose name ends in a level committee that is not the CPC's (民盟某市委, 共青团
# 某县委): their committee is written 委, 委会 or 委员会 (unit_name_parts.tsv).
_NOT_CPC_COMMITTEES = tuple(unit_name_parts()["committee_bodies_not_cpc"])
_COMMITTEE_LEVELS = frozenset("省市区县州旗")


def party_committee_written_short(name: str, names: Sequence[str]) -> str | None:
    """The one other name of the story that writes in full the committee ``name`` writes
    with 委 alone (民盟某市委 = 民盟某市委会 = 民盟某市委员会): ``name`` opens with a party
    or league that is not the CPC (``committee_bodies_not_cpc``) and ends with a level
    word and 委; the other adds 会 or 员会. Both 委会 and 委员会 written: the longer.
    None otherwise (某市委 alone is the CPC's committee, no rule's here)."""
    if not name.endswith("委") or len(name) < 4 or name[-2] not in _COMMITTEE_LEVELS:
        return None
    party = next((p for p in _NOT_CPC_COMMITTEES if name.startswith(p)), None)
    if party is None or len(name) - len(party) < 2:
        return None
    fits = [n for n in (name + "员会", name + "会") if n in names]
    return fits[0] if fits else None


def group_without_its_trade(name: str, names: Sequence[str]) -> str | None:
    """The one group of the story that ``name`` (某某集团, a brand of two characters or
    more) writes without the word of its trade right before 集团 (某某集团 = 某某能源集团,
    某某控股集团, 某某牧业集团): the other name is ``name`` with one ordinary dictionary
    word of two characters (no number, no place) inserted before 集团, and nothing after
    集团. None otherwise, or when two such groups are written (某某能源集团 and 某某物流
    集团: the brand's group then is neither)."""
    if not name.endswith("集团") or len(name) < 4:
        return None
    brand = name[:-2]
    hits = set()
    for n in names:
        if len(n) != len(name) + 2 or not n.startswith(brand) or not n.endswith("集团"):
            continue
        trade = n[len(brand) : -2]
        if _NUMBER_CHARS.intersection(trade) or not is_dictionary_word(trade):
            continue
        hits.add(n)
    return hits.pop() if len(hits) == 1 else None


def _ends_with_division(head: str) -> bool:
    """Whether ``head`` (某市某区, 某区) ends with a province, city or county and its level
    word."""
    return any(_division_codes(head[k:]) for k in range(len(head) - 2, -1, -1))


# The level words of a county or district a name may leave out after its place (某某县
# 公安局 written 某某公安局); a city's 市 and a province's 省 org_key leaves out already.
_COUNTY_LEVEL_WORDS = "县区旗"


def county_without_level_word(name: str, names: Sequence[str]) -> str | None:
    """The one other name of the story that writes the unit ``name`` heads by a county's
    or district's bare name with the level word (某某公安局 = 某某县公安局, 某某职业中学 =
    某某彝族自治县职业中学, compared as :func:`org_key` makes them): the place and its
    level word, two or three characters before it, is a county or district of the
    gazetteer, and something follows (two characters or more). None otherwise, or when
    two names fit (某某县公安局 and 某某区公安局)."""
    key = org_key(name)
    hits: dict[str, str] = {}
    for n in names:
        other = org_key(n)
        if len(other) != len(key) + 1 or other == key:
            continue
        for k in (2, 3):
            if (
                len(key) - k >= 2
                and other[k] in _COUNTY_LEVEL_WORDS
                and other[:k] + other[k + 1 :] == key
                and _division_codes(other[: k + 1])
            ):
                hits[other] = n
    return next(iter(hits.values())) if len(hits) == 1 else None


def first_unit_of_level_form(name: str, names_in_order: Sequence[str]) -> str | None:
    """The unit a name headed by its level word alone (区工商联, 市人民医院) is written for
    when two or more units of the story end with it after their place (某甲区工商联 and
    某乙区工商联; with one, ``_longer_twin`` joins it): the one the story names first, the
    unit it is about (a visit's guest before its host, a hospital before the one it
    supported earlier). ``names_in_order``: the story's organisation names as resolved,
    in the order first written. Only when each such place with the level word is a
    province, city or county of the gazetteer (a higher one may head it); a division's
    congress or conference (市人大常委会) is ``organ_with_place``'s. None otherwise."""
    if len(name) < 4 or name[0] not in "市区县" or level_organ(name) is not None:
        return None
    fits = [
        n
        for n in names_in_order
        if len(n) >= len(name) + 2
        and n.endswith(name)
        and _ends_with_division(n[: len(n) - len(name) + 1])
    ]
    if len({org_key(n) for n in fits}) < 2:
        return None
    return fits[0]


_PARK_TAIL = re.compile(r"[\u4e00-\u9fff]{0,4}(?:产业园区|产业园|工业园区|工业园|科技园|创业园)")


@cache
def _org_endings() -> tuple[str, ...]:
    """The organisation endings of the lexicon as one tuple, for one ``endswith`` call
    (a test of each ending in turn cost a generator step per ending and name)."""
    return tuple(load_lexicon().org_suffixes)


def _park_twin(name: str, names: Sequence[str]) -> str | None:
    """The one park that ``name`` is the brand of (某某智谷 → 某某智谷创意产业园), else
    None. Only a brand with no unit ending of its own: 某某集团 is no short form of
    某某集团产业园."""
    if len(name) < 3 or name.endswith(_org_endings()):
        return None
    hits = {n for n in names if n.startswith(name) and _PARK_TAIL.fullmatch(n[len(name) :])}
    return hits.pop() if len(hits) == 1 else None


# Company forms a short name leaves out (某某三局 for 某某三局集团有限公司).
_COMPANY_TAIL = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|公司)$|集团$")
# The registered form of a company's name: only that has short forms by its brand.
_REGISTERED = re.compile(r"(?:有限公司|有限责任公司)$")
# Words a short form of a company ends with (某某公司 for 某地某某生态农业有限公司).
_SHORT_COMPANY = ("公司", "集团")


def _company_twin(name: str, names: Sequence[str]) -> str | None:
    """The one company name that ``name`` is the short form of, else None.

    A short form is the company's name without its company form (某某三局 →
    某某三局集团有限公司), or its brand with 公司/集团 (某某公司 → 某某生态农业有限公司), the
    brand heading the full name or following a place of up to four characters (某县)."""
    brand = name
    for w in _SHORT_COMPANY:
        if name.endswith(w):
            brand = name[: -len(w)]
            break
    if len(brand) < 2 or _COMPANY_TAIL.search(brand):
        return None
    hits: set[str] = set()
    for n in names:
        if len(n) <= len(name) or not _COMPANY_TAIL.search(n):
            continue
        at = n.find(brand)
        if at < 0 or at > 4 or (at and not _PLACE_HEAD.fullmatch(n[:at])):
            continue
        rest = n[at + len(brand) :]
        if brand == name and not _COMPANY_TAIL.fullmatch(rest):
            continue  # 某某三局 is no short form of 某某三局第二工程有限公司
        if brand != name and rest != name[len(brand) :] and not _REGISTERED.search(n):
            continue  # 某某公司 is the parent of 某某园林公司, not its short form
        if group_not_named(name, n):
            continue  # 某某集团 is the parent of 某某控股股份有限公司, not its short form
        hits.add(n)
    if len(hits) != 1:
        return None
    return hits.pop()


def group_not_named(short: str, full: str) -> bool:
    """Whether ``short`` names a group (某某集团) that the registered name ``full`` does
    not call a group (某某控股股份有限公司): a group and a company of its brand are two
    units, the parent and one of its companies."""
    return short.endswith("集团") and "集团" not in full


# A place heading a company's name: a name with its level word (某县, 某市) or a province
# or city written short (two characters).
_PLACE_HEAD = re.compile(r"[\u4e00-\u9fff]{1,3}[省市县区旗州]|[\u4e00-\u9fff]{2}")


def _defined_short_forms(
    units: Sequence[Mention], simplified: str, stems: dict[str, str]
) -> dict[str, str]:
    """Short forms the story defined for an organisation (以下简称“某某”: a mention whose
    surface is not its name) → that name, for party forms written on them (某某党委)."""
    out: dict[str, str] = {}
    for m in units:
        if m.rule != "org" or not m.name:
            continue
        surface = _party_head(simplified[m.start : m.end])
        if len(surface) >= 2 and surface not in m.name and surface not in stems:
            out.setdefault(surface, m.name)
    return out


def _antecedent(
    m: Mention,
    start: int,
    refs: Sequence[tuple[int, int, int, _Draft | None, Mention]],
    order: Sequence[_Draft],
) -> _Draft | None:
    """The unit a generic reference or a numbered branch means."""
    if m.rule == "dept_fold":
        before = [
            r[3] for r in refs if r[0] < start and r[3] is not None and r[3].type == "Organization"
        ]
        return before[-1] if before else None
    word = m.head or ""
    kind = GENERIC_KIND.get(word, "Organization")

    def fits(d: _Draft) -> bool:
        if d.type != kind:
            return False
        if kind == "Region":
            return d.level == "town" and (d.name.endswith(word) or word in _TOWN_WORDS)
        if kind == "Organization":
            return d.name.endswith(word) and d.subtype != "party_org"
        return True

    candidates = [d for d in order if fits(d)]
    if len(candidates) == 1:
        return candidates[0]
    before = [r[3] for r in refs if r[0] < start and r[3] is not None and fits(r[3])]
    return before[-1] if before else None


def simplified_name(s: str) -> str:
    return to_simplified(s)
