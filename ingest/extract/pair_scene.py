"""Units a pairing sentence names as the scene of its event, not as a party to it.

Also the places a visit goes to (pairs28): 甲赴乙村、丙学院调研对口帮扶工作 — 乙 and 丙 are
both where 甲 goes, not partners of each other.

Read from the false positives of the learned decision (``scripts/pair_errors.py --show
fp``): 甲与乙于丙举行签约仪式 names 甲 and 乙 as the partners and 丙 as the place where they
sign — a hall, a square, a village hosting the ceremony. Each test is a pure function of
one occurrence (two unit mentions of one sentence) and the story's index; the pair-level
facts built on them are in :mod:`.pair_features`.
"""

from __future__ import annotations

import re

from ingest.extract.pair_candidates import Occurrence
from ingest.extract.pair_context import StoryIndex
from ingest.extract.resolve import UnitRef
from ingest.lexicon import pair_structure_words

_WORDS = pair_structure_words()


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# 在/于 right before the venue (or before the places that locate it: 在某街道某社区…)
_VENUE_PREPOSITION = re.compile(f"(?:{_alternation(_WORDS['venue_prepositions'])})$")
# 关于/对于/由于…: 于 closing another word, no preposition of place
_NOT_VENUE = re.compile(f"(?:{_alternation(_WORDS['not_venue_before'])})$")
# what the partners do at the venue (举行, 签订 …), a few characters after its name (past
# the rest of the place: 某社区天鹅湖广场举行) with no clause mark between
_VENUE_EVENT = re.compile(
    f"[^，,。；;：:！!？?]{{0,10}}?(?:{_alternation(_WORDS['venue_events'])})"
)
# 赴/到/走进… right before the first destination (through the places that locate it)
_GOING = re.compile(f"(?:{_alternation(_WORDS['going_verbs'])})$")
# what joins two destinations of one visit: 、 or a list's last 和/及 (never 与: 甲赴乙与丙…
# may name 丙 as the one 乙 meets)
_DESTINATION_JOINERS = ("、", "和", "及", "以及")
_CONNECTIVES = _WORDS["connectives"]
_CLAUSE_MARKS = "，,。；;：:！!？?"


def _locating_start(index: StoryIndex, unit: UnitRef) -> int:
    """Where the run of units written straight before ``unit`` begins (某街道某社区: the
    street locates the community): the preposition stands before the whole run."""
    start = unit.start
    for u in reversed(index.units_within(max(0, start - 40), start)):
        if u.end != start:
            break
        start = u.start
    return start


def stands_as_venue(text: str, index: StoryIndex, unit: UnitRef) -> bool:
    """``unit`` follows 在/于 (through the places that locate it) and an event verb
    follows it in its clause: 于某宾馆签订, 在某社区某广场举行."""
    start = _locating_start(index, unit)
    before = text[max(0, start - 4) : start]
    if not _VENUE_PREPOSITION.search(before) or _NOT_VENUE.search(before):
        return False
    return _VENUE_EVENT.match(text, unit.end, unit.end + 16) is not None


def partner_named_before(text: str, index: StoryIndex, venue: UnitRef, lo: int) -> bool:
    """In the clause of ``venue`` before it (from ``lo``, the sentence's start), a
    connective is followed straight by a unit other than the venue (甲与乙于丙…, 与乙在丙…):
    the partners of the event are named, the venue is not one of them."""
    mark = max((text.rfind(c, lo, venue.start) for c in _CLAUSE_MARKS), default=-1)
    start = lo if mark < 0 else mark + 1
    for u in index.units_within(start, venue.start):
        if u.entity == venue.entity:
            continue
        head = text[max(start, u.start - 4) : u.start]
        if head.endswith(_CONNECTIVES) or head.endswith(tuple(f"{c}中共" for c in _CONNECTIVES)):
            return True
    return False


def names_a_venue(text: str, index: StoryIndex, occ: Occurrence) -> bool:
    """One of the two units is the venue of an event whose partners the clause names
    before it (甲与乙于丙宾馆签订协议: 乙–丙 and 甲–丙 are no pairs)."""
    return any(
        stands_as_venue(text, index, u) and partner_named_before(text, index, u, occ.sentence.start)
        for u in (occ.a, occ.b)
    )


def co_destinations(text: str, index: StoryIndex, occ: Occurrence) -> bool:
    """The two units are two places of one list a verb of going opens (甲赴乙村、丙学院调研;
    走进乙社区党群服务中心、丙小学): 、 or the list's last 和 before the later one, at most
    the rest of the earlier one's name (8 characters, no clause mark) between them, and
    a verb of going (``going_verbs``) right before the earlier one."""
    first, second = sorted((occ.a, occ.b), key=lambda u: u.start)
    if first.entity == second.entity:
        return False
    start2 = _locating_start(index, second)
    if start2 <= first.end:
        return False  # the first only locates the second (某镇某村)
    gap = text[first.end : start2]
    joiner = next((j for j in _DESTINATION_JOINERS if gap.endswith(j)), None)
    if joiner is None:
        return False
    rest = gap[: -len(joiner)]
    if (
        len(rest) > 8
        or any(c in rest for c in _CLAUSE_MARKS)
        or index.units_within(first.end, start2)
    ):
        return False
    start1 = _locating_start(index, first)
    return _GOING.search(text[max(0, start1 - 3) : start1]) is not None
