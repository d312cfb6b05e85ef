"""Titles written after a name: the department before the name, the unit leading a run.

Some pages write a person's department before the name and the title word after it
(某局某某科甲科长, 某中学家长会乙会长, 神经内科丙主任), and name a unit once before a run of
people each written with a title after the name (某社区甲书记、乙书记、丙主任; 某小学甲、乙主任).
GOLD_FORMAT writes the title as written minus the unit's name, and GOLD_NOTES' class 7
keeps a department inside its host in the title: 某某科科长 @ 某局, 家长会会长 @ 某中学; each
person of a run holds the title written after them at the unit that leads the run.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from ingest.extract.people import PersonMention
from ingest.extract.resolve import Resolution, UnitRef
from ingest.lexicon import load_lexicon, person_name_parts, unit_name_parts
from ingest.model import UNIT_TYPES

DEPARTMENT_MAX = 8  # the longest department written between a unit and a name
# Separators between the people of a run (甲书记、乙书记, 甲和乙主任).
RUN_SEPARATORS = frozenset({"、", "和", "与", "及"})
_SPACES = " \u3000\t"


@cache
def _department_endings() -> tuple[str, ...]:
    return unit_name_parts()["departments_before_names"]


def department_before_name(
    text: str, name_start: int, res: Resolution, stops: frozenset[int] = frozenset()
) -> int | None:
    """Where a department written right before a name starts (某局|某某科|甲科长,
    、|教务处|乙处长): a run of Han characters of two to ``DEPARTMENT_MAX`` that ends in a
    department's ending (``unit_name_parts.tsv`` ``departments_before_names``: 科, 处,
    室, 中心, 家长会 …) and starts right after a unit's mention, a name (``stops``: the
    ends of the story's names) or a character that is not Han (a punctuation mark, 、),
    a run's separator opening it left out. None when the run holds a preposition (a
    clause's words: 活动由某某科), a title word, a unit's mention or a unit's name
    (某区委组织部甲部长: the department is a unit of its own, the unit right before the
    name)."""
    if not any(text.endswith(end, 0, name_start) for end in _department_endings()):
        return None
    bounds = {u.end for u in res.units} | stops
    k = name_start
    while k > 0 and _is_han(text[k - 1]) and (k == name_start or k not in bounds):
        if name_start - k >= DEPARTMENT_MAX:
            return None  # no edge near: the ending closes a longer phrase
        k -= 1
    if text[k] in RUN_SEPARATORS:
        k += 1  # 甲和|教务处乙处长: the run's separator opens no department
    run = text[k:name_start]
    if any(ch in _openers() for ch in run):
        return None  # 活动由神经内科乙主任主持: a clause, not a department's name
    if len(run) < 2 or any(t in run for t in _long_titles()):
        return None
    if any(u.start < name_start and u.end > k for u in res.units):
        return None
    if any(e.name in run for e in res.entities if e.type in UNIT_TYPES):
        return None  # a unit's name the mentions missed here: no department of it
    return k


@cache
def _openers() -> frozenset[str]:
    """Prepositions written before a name (由, 向, 对 …: ``name_parts.tsv``
    ``prepositions_before_name``), but the joining 和 / 与 a department's own name may
    hold (某某与某某处)."""
    return frozenset(person_name_parts()["prepositions_before_name"]) - {"和", "与"}


@cache
def _titles() -> tuple[str, ...]:
    return tuple(load_lexicon().titles)


@cache
def _long_titles() -> tuple[str, ...]:
    return tuple(t for t in load_lexicon().titles if len(t) >= 2)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def units_ending_at(text: str, k: int, res: Resolution) -> list[UnitRef]:
    """The unit mentions that end at ``k`` (spaces before it skipped)."""
    while k > 0 and text[k - 1] in _SPACES:
        k -= 1
    return [u for u in res.units if u.end == k and res.entity(u.entity).type in UNIT_TYPES]


def shared_title_after(
    text: str, person: PersonMention, people: Sequence[PersonMention], title_end: Mapping[int, int]
) -> tuple[int, int] | None:
    """The title written after the last name of a list that this name opens or continues
    (某小学甲、乙主任: 甲 is a 主任 too): ``(start, end)`` of that title word, or None when
    the name has a title of its own before or after it, or the list is not names and
    separators only. ``title_end`` maps a name's start to the end of the title right after it."""
    if person.start in title_end or any(text.endswith(t, 0, person.start) for t in _titles()):
        return None  # 副县长甲、乙书记: 甲 is written with a title of their own
    by_start = {p.start: p for p in people}
    e = person.end
    while e < len(text) and text[e] in RUN_SEPARATORS:
        nxt = by_start.get(e + 1)
        if nxt is None:
            return None
        if nxt.start in title_end:
            return nxt.end, title_end[nxt.start]
        e = nxt.end
    return None


def units_leading_runs(
    text: str,
    people: Sequence[PersonMention],
    res: Resolution,
    title_end: Mapping[int, int],
) -> dict[int, UnitRef]:
    """For each name of a run that has no unit of its own right before it, the unit
    mention that leads the run (某社区甲书记、乙书记: 乙 is 某社区's; 某小学甲、乙主任: 乙 too).
    ``title_end`` maps a name's start to the end of the title written right after it;
    the run goes on while one separator — or a separator and a department (、校友会丙会长)
    — is all that stands between one entry's end and the next name."""
    out: dict[int, UnitRef] = {}
    stops = frozenset(p.end for p in people)
    lead: UnitRef | None = None
    last_end = -1
    for p in sorted(people, key=lambda p: p.start):
        dept = department_before_name(text, p.start, res, stops)
        k = dept if dept is not None else p.start
        own = units_ending_at(text, k, res)
        if own:
            lead = min(own, key=lambda u: u.start)
        elif lead is not None and k - last_end == 1 and text[last_end] in RUN_SEPARATORS:
            out[p.start] = lead
        else:
            lead = None
        last_end = title_end.get(p.start, p.end)
    return out
