"""Units a pairing sentence names as the scene of its event, not as a party to it.

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
# 齐聚/相聚 right before the venue (through the places that locate it)
_GATHERING = re.compile(f"(?:{_alternation(_WORDS['venue_gatherings'])})$")
# 帮扶/对口/支援 after the venue: the event helps the place it is held in
_HELP_EVENTS = _WORDS["venue_help_events"]
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
    follows it in its clause: 于某宾馆签订, 在某社区某广场举行; or it follows a verb of
    gathering (齐聚某村: everyone comes to it, whatever is done there after a comma)."""
    start = _locating_start(index, unit)
    before = text[max(0, start - 4) : start]
    if _GATHERING.search(before):
        return not helped_at_venue(text, unit)
    if not _VENUE_PREPOSITION.search(before) or _NOT_VENUE.search(before):
        return False
    return _VENUE_EVENT.match(text, unit.end, unit.end + 16) is not None


def helped_at_venue(text: str, venue: UnitRef) -> bool:
    """The clause after the venue names help given to one side (甲组织乙、丙在丁县召开定点
    帮扶联席会议): the place the units meet in is the one they help, a partner."""
    end = min(
        (i for i in (text.find(c, venue.end) for c in _CLAUSE_MARKS) if i >= 0), default=len(text)
    )
    return any(w in text[venue.end : end] for w in _HELP_EVENTS)


def _runs_before(index: StoryIndex, lo: int, venue: UnitRef) -> int:
    """How many units the clause names before the venue's run (某镇某村 once: a place
    written straight before a unit only locates it), the venue itself not counted."""
    hi = _locating_start(index, venue)
    runs = 0
    last_end = -1
    for u in index.units_within(lo, hi):
        if u.entity == venue.entity:
            continue
        if u.start != last_end:
            runs += 1
        last_end = u.end
    return runs


def partner_named_before(text: str, index: StoryIndex, venue: UnitRef, lo: int) -> bool:
    """In the clause of ``venue`` before it (from ``lo``, the sentence's start), a
    connective is followed straight by a unit other than the venue (甲与乙于丙…, 与乙在丙…),
    or two units or more stand there (甲、乙在丙…, 甲党支部、乙党支部齐聚丙村):
    the partners of the event are named, the venue is not one of them."""
    start = _clause_start(text, lo, venue.start)
    if start > lo and _GATHERING.search(
        text[max(0, _locating_start(index, venue) - 4) : _locating_start(index, venue)]
    ):
        # 甲、乙与…，齐聚丙村: the clause of gathering has no subject of its own
        start = _clause_start(text, lo, start - 1)
    if not helped_at_venue(text, venue) and _runs_before(index, start, venue) >= 2:
        return True  # 甲、乙在丙举行…: a run of partners before the venue
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
        _is_venue_in(text, index, u, occ.sentence.start, occ.sentence.end) for u in (occ.a, occ.b)
    )


def _is_venue_in(text: str, index: StoryIndex, unit: UnitRef, lo: int, hi: int) -> bool:
    """Some mention of ``unit``'s body in the sentence ``[lo, hi)`` is a venue whose
    partners the clause names before it (the occurrence may hold another mention: 甲、乙、
    丙市某站在丙市举行 — the first 丙市 only locates), and the body is not itself named
    among them earlier in that clause."""
    for u in index.units_within(lo, hi):
        if u.entity != unit.entity:
            continue
        if not stands_as_venue(text, index, u) or not partner_named_before(text, index, u, lo):
            continue
        if not _named_earlier_in_clause(text, index, u, lo):
            return True
    return False


def _clause_start(text: str, lo: int, pos: int) -> int:
    mark = max((text.rfind(c, lo, pos) for c in _CLAUSE_MARKS), default=-1)
    return lo if mark < 0 else mark + 1


def _named_earlier_in_clause(text: str, index: StoryIndex, venue: UnitRef, lo: int) -> bool:
    """The venue's body is named in its clause before it (甲、乙村在乙村举行: a partner
    that hosts; even as the start of a longer name, which may be a partner the unit rules
    cut short)."""
    start = _clause_start(text, lo, venue.start)
    for u in index.units_within(start, _locating_start(index, venue)):
        if u.entity == venue.entity:
            return True
    return False
