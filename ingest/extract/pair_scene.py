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
_CONNECTIVES = _WORDS["connectives"]
_CLAUSE_MARKS = "，,。；;：:！!？?"


def _locating_start(index: StoryIndex, unit: UnitRef) -> int:
    """Where the run of units written straight before ``unit`` begins (某街道某社区: the
    street locates the community): the preposition stands before the whole run."""
    return index.run_start(unit.start, max(0, unit.start - 40))


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
    the partners of the event are named, the venue is not one of them. A clause with no
    unit before the venue carries the subject of the clause before it (甲携手乙，联合…在丙
    举行): the partners are then looked for from the sentence's start."""
    mark = max((text.rfind(c, lo, venue.start) for c in _CLAUSE_MARKS), default=-1)
    start = lo if mark < 0 else mark + 1
    if not _named_in(index, venue, start):
        start = lo
    for u in index.units_within(start, venue.start):
        if u.entity == venue.entity:
            continue
        head = text[max(start, u.start - 4) : u.start]
        if head.endswith(_CONNECTIVES) or head.endswith(tuple(f"{c}中共" for c in _CONNECTIVES)):
            return True
    return False


def _named_in(index: StoryIndex, venue: UnitRef, start: int) -> bool:
    """Whether a unit other than the venue and the places that locate it stands in
    ``[start, venue.start)``: the clause of the venue names its own subject."""
    return any(
        u.entity != venue.entity for u in index.units_within(start, _locating_start(index, venue))
    )


def names_a_venue(text: str, index: StoryIndex, occ: Occurrence) -> bool:
    """One of the two units is the venue of an event whose partners the clause names
    before it (甲与乙于丙宾馆签订协议: 乙–丙 and 甲–丙 are no pairs)."""
    return any(
        stands_as_venue(text, index, u) and partner_named_before(text, index, u, occ.sentence.start)
        for u in (occ.a, occ.b)
    )
