"""What the feature functions of a PAIRED_WITH candidate read: one occurrence of the
pair (:class:`Context`) and what a story holds, indexed once (:class:`StoryIndex`).

Shared by :mod:`.pair_features` and :mod:`.pair_structure`, so neither imports the other.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ingest.extract.pair_candidates import UNIT_TYPES, Occurrence, cue_matches
from ingest.extract.resolve import Resolution, UnitRef
from ingest.lexicon import load_lexicon

Features = dict[str, float]
_SENTENCE_END = re.compile(r"[。！？!?\n]")


@dataclass(frozen=True)
class Context:
    """What every feature function may read about one occurrence."""

    text: str  # the story's simplified text
    index: StoryIndex
    res: Resolution
    occ: Occurrence
    rule_pairs: Mapping[frozenset[str], str]  # pair → name of the hand rule that read it
    topic: str | None
    title_end: int  # end of the headline in ``text`` (0 without one)


class StoryIndex:
    """What feature functions look up again and again in one story, computed once:
    units and cues sorted by position, the markers of each sentence, people spans."""

    def __init__(self, text: str, res: Resolution) -> None:
        self.text = text
        self.units = sorted(res.units, key=lambda u: (u.start, u.end))
        self._unit_starts = [u.start for u in self.units]
        cue_class = load_lexicon().pair_cues
        self.cues = [
            (m.start(), m.end(), m.group(), cue_class[m.group()])
            for m in cue_matches(text, 0, len(text))
        ]
        self._cue_starts = [c[0] for c in self.cues]
        self.people = sorted(res.people)
        self._markers: dict[tuple[int, int], frozenset[str]] = {}
        self._ranks: dict[str, int] | None = None
        self._sentences: dict[str, frozenset[int]] | None = None

    def unit_sentences(self, entity: str) -> frozenset[int]:
        """The sentences (numbered; split at 。！？ and line ends) that name ``entity``."""
        if self._sentences is None:
            ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
            found: dict[str, set[int]] = {}
            for u in self.units:
                found.setdefault(u.entity, set()).add(bisect.bisect_right(ends, u.start))
            self._sentences = {e: frozenset(v) for e, v in found.items()}
        return self._sentences.get(entity, frozenset())

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

    def units_within(self, lo: int, hi: int) -> list[UnitRef]:
        i = bisect.bisect_left(self._unit_starts, lo)
        out = []
        while i < len(self.units) and self.units[i].start < hi:
            if self.units[i].end <= hi:
                out.append(self.units[i])
            i += 1
        return out

    def unit_starts_at(self, pos: int) -> bool:
        """A unit mention starts at ``pos`` (the one before it only locates it: 某镇某村)."""
        i = bisect.bisect_left(self._unit_starts, pos)
        return i < len(self.units) and self.units[i].start == pos

    def cues_within(self, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
        i = bisect.bisect_left(self._cue_starts, lo)
        out = []
        while i < len(self.cues) and self.cues[i][0] < hi:
            if self.cues[i][1] <= hi:
                out.append(self.cues[i])
            i += 1
        return out

    def markers(self, lo: int, hi: int) -> frozenset[str]:
        """The marker classes of ``text[lo:hi]`` (cached per span)."""
        key = (lo, hi)
        found = self._markers.get(key)
        if found is None:
            span = self.text[lo:hi]
            found = frozenset(c for w, c in load_lexicon().pair_markers.items() if w in span)
            self._markers[key] = found
        return found
