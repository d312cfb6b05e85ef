"""What the feature functions of a PAIRED_WITH candidate read: one occurrence of the
pair (:class:`Context`) and what a story holds, indexed once (:class:`StoryIndex`).

Shared by :mod:`.pair_features` and :mod:`.pair_structure`, so neither imports the other.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from ingest.extract.pair_candidates import Occurrence, cue_matches
from ingest.extract.resolve import Resolution, UnitRef, span_inside
from ingest.lexicon import load_lexicon
from ingest.model import UNIT_TYPES

Features = dict[str, float]
T = TypeVar("T")
_SENTENCE_END = re.compile(r"[。！？!?\n]")

# What ends a clause inside a sentence (the feature modules' ``_CLAUSE``).
CLAUSE = re.compile(r"[，,。；;！!？?：:]")


@dataclass(slots=True)
class Context:
    """What every feature function may read about one occurrence; read-only by
    convention. Not ``frozen``: one is made per occurrence, and a frozen dataclass's
    ``__init__`` costs five times more (it showed in the throughput benchmark)."""

    text: str  # the story's simplified text
    index: StoryIndex
    res: Resolution
    occ: Occurrence
    rule_pairs: Mapping[frozenset[str], str]  # pair → name of the hand rule that read it
    topic: str | None
    title_end: int  # end of the headline in ``text`` (0 without one)


@dataclass(frozen=True, slots=True)
class PairStory:
    """What every candidate of one story shares: the story's side of :class:`Context`
    (one made per story, so frozen costs nothing here)."""

    text: str  # the story's simplified text
    index: StoryIndex
    res: Resolution
    rule_pairs: Mapping[frozenset[str], str]  # pair → name of the hand rule that read it
    topic: str | None
    title_end: int  # end of the headline in ``text`` (0 without one)

    def at(self, occ: Occurrence) -> Context:
        """The context of one occurrence of a candidate in this story."""
        return Context(
            self.text, self.index, self.res, occ, self.rule_pairs, self.topic, self.title_end
        )


def _inside(
    items: Sequence[T], starts: Sequence[int], ends: Sequence[int], lo: int, hi: int
) -> tuple[T, ...]:
    """The items (sorted by start, with their starts and ends) lying inside ``[lo, hi)``."""
    i = bisect.bisect_left(starts, lo)
    out = []
    while i < len(items) and starts[i] < hi:
        if ends[i] <= hi:
            out.append(items[i])
        i += 1
    return tuple(out)


def _inside_memoised(
    memo: dict[tuple[int, int], tuple[T, ...]],
    items: Sequence[T],
    starts: Sequence[int],
    ends: Sequence[int],
    lo: int,
    hi: int,
) -> tuple[T, ...]:
    """:func:`_inside`, remembered in ``memo`` by span (the tuple returned is shared)."""
    found = memo.get((lo, hi))
    if found is None:
        found = memo[(lo, hi)] = _inside(items, starts, ends, lo, hi)
    return found


class StoryIndex:
    """What feature functions look up again and again in one story, computed once:
    units and cues sorted by position, the markers of each sentence, people spans, the
    clause marks (:data:`CLAUSE`). Look-ups by span are memoised: the candidates of one
    sentence ask about the same spans many times (the tuples returned are shared)."""

    def __init__(self, text: str, res: Resolution) -> None:
        self.text = text
        self.units = sorted(res.units, key=lambda u: (u.start, u.end))
        self._unit_starts = [u.start for u in self.units]
        self._unit_ends = [u.end for u in self.units]
        cue_class = load_lexicon().pair_cues
        self.cues = [
            (m.start(), m.end(), m.group(), cue_class[m.group()])
            for m in cue_matches(text, 0, len(text))
        ]
        self._cue_starts = [c[0] for c in self.cues]
        self._cue_ends = [c[1] for c in self.cues]
        self.people = sorted(res.people)
        self._person_starts = [p[0] for p in self.people]
        self._classes_memo: dict[tuple[int, int], tuple[str, ...]] = {}
        self._markers: dict[tuple[int, int], frozenset[str]] = {}
        self._marker_words: list[tuple[int, int, str]] | None = None
        self._marker_starts: list[int] = []
        self._ranks: dict[str, int] | None = None
        self._units_memo: dict[tuple[int, int], tuple[UnitRef, ...]] = {}
        self._cues_memo: dict[tuple[int, int], tuple[tuple[int, int, str, str], ...]] = {}
        self.clause_marks = [m.start() for m in CLAUSE.finditer(text)]
        self._sentences: dict[str, frozenset[int]] | None = None
        self._sentence_ends: list[int] | None = None
        # what a feature module reads once per sentence (its own keys: ``(name, start)``)
        self.memo: dict[Any, Any] = {}

    def unit_sentences(self, entity: str) -> frozenset[int]:
        """The sentences (numbered; split at 。！？ and line ends) that name ``entity``."""
        if self._sentences is None:
            found: dict[str, set[int]] = {}
            for u in self.units:
                found.setdefault(u.entity, set()).add(self.sentence_number(u.start))
            self._sentences = {e: frozenset(v) for e, v in found.items()}
        return self._sentences.get(entity, frozenset())

    def sentence_number(self, pos: int) -> int:
        """The number :meth:`unit_sentences` gives the sentence holding ``pos``."""
        if self._sentence_ends is None:
            self._sentence_ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        return bisect.bisect_right(self._sentence_ends, pos)

    def unit_rank(self, entity: str, res: Resolution) -> int:
        """The unit's place (0 = most) among the story's units by mentions (first
        written first on ties)."""
        if self._ranks is None:
            counts: dict[str, int] = {}
            first: dict[str, int] = {}
            for u in self.units:
                if res.entity(u.entity).type in UNIT_TYPES:
                    counts[u.entity] = counts.get(u.entity, 0) + 1
                    first.setdefault(u.entity, u.start)
            order = sorted(counts, key=lambda e: (-counts[e], first[e]))
            self._ranks = {e: k for k, e in enumerate(order)}
        return self._ranks.get(entity, len(self._ranks))

    def units_within(self, lo: int, hi: int) -> tuple[UnitRef, ...]:
        """The unit mentions inside ``[lo, hi)``, in order."""
        return _inside_memoised(
            self._units_memo, self.units, self._unit_starts, self._unit_ends, lo, hi
        )

    def run_start(self, start: int, floor: int) -> int:
        """Where the run of units written straight before ``start`` begins, not before
        ``floor`` (某街道某社区: the street locates the community; a preposition or a verb
        stands before the whole run)."""
        for u in reversed(self.units_within(floor, start)):
            if u.end != start:
                break
            start = u.start
        return start

    def unit_starts_at(self, pos: int) -> bool:
        """A unit mention starts at ``pos`` (the one before it only locates it: 某镇某村)."""
        i = bisect.bisect_left(self._unit_starts, pos)
        return i < len(self.units) and self.units[i].start == pos

    def cues_within(self, lo: int, hi: int) -> tuple[tuple[int, int, str, str], ...]:
        """The cues ``(start, end, word, class)`` inside ``[lo, hi)``, in order."""
        return _inside_memoised(
            self._cues_memo, self.cues, self._cue_starts, self._cue_ends, lo, hi
        )

    def cue_classes(self, lo: int, hi: int) -> tuple[str, ...]:
        """The classes of the cues inside ``[lo, hi)``, sorted, once each (cached per
        span: asked for the same sentence by many candidates and feature functions)."""
        found = self._classes_memo.get((lo, hi))
        if found is None:
            found = self._classes_memo[(lo, hi)] = tuple(
                sorted({c[3] for c in self.cues_within(lo, hi)})
            )
        return found

    def person_within(self, lo: int, hi: int) -> bool:
        """Whether a person mention lies inside ``[lo, hi)`` (by bisection, not a scan
        of the story's people)."""
        return span_inside(self.people, self._person_starts, lo, hi)

    def count_clause_marks(self, lo: int, hi: int) -> int:
        """How many clause marks stand in ``[lo, hi)`` (``len(CLAUSE.findall(text, lo,
        hi))``, by bisection)."""
        if hi <= lo:
            return 0
        marks = self.clause_marks
        return bisect.bisect_left(marks, hi) - bisect.bisect_left(marks, lo)

    def first_clause_mark(self, lo: int, hi: int) -> int | None:
        """Where the first clause mark of ``[lo, hi)`` stands (``CLAUSE.search(text, lo,
        hi)``), None without one."""
        marks = self.clause_marks
        i = bisect.bisect_left(marks, lo)
        return marks[i] if i < len(marks) and marks[i] < hi else None

    def last_clause_mark(self, lo: int, hi: int) -> int | None:
        """Where the last clause mark of ``[lo, hi)`` stands, None without one."""
        marks = self.clause_marks
        i = bisect.bisect_left(marks, hi) - 1
        return marks[i] if i >= 0 and marks[i] >= lo else None

    def markers(self, lo: int, hi: int) -> frozenset[str]:
        """The marker classes of ``text[lo:hi]`` (cached per span)."""
        key = (lo, hi)
        found = self._markers.get(key)
        if found is None:
            # the marker words written inside the span (not a test of each word of the
            # lexicon against each span: the words are found in the story once)
            words = self._marker_words
            if words is None:
                words = self._find_marker_words()
            i = bisect.bisect_left(self._marker_starts, lo)
            classes = set()
            while i < len(words) and words[i][0] < hi:
                if words[i][1] <= hi:
                    classes.add(words[i][2])
                i += 1
            found = self._markers[key] = frozenset(classes)
        return found

    def _find_marker_words(self) -> list[tuple[int, int, str]]:
        """Every place a marker word stands in the story, overlapping ones too, as
        ``(start, end, class)`` sorted by start."""
        text = self.text
        words = []
        for w, c in load_lexicon().pair_markers.items():
            i = text.find(w)
            while i >= 0:
                words.append((i, i + len(w), c))
                i = text.find(w, i + 1)
        words.sort()
        self._marker_words = words
        self._marker_starts = [m[0] for m in words]
        return words
