"""Text that remembers where every character came from.

Every cleaning step in pbkg only *deletes* characters of the text as read (page furniture,
stray spaces, the blank lines inside a broken word), or builds a text out of pieces of
it (HTML). :class:`MappedText` carries, next to the text, the breakpoints that map each
character back to its offset in the decoded file, so that evidence offsets stay exact.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

Breaks = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class MappedText:
    """``text`` plus sorted ``(text_offset, source_offset)`` breakpoints.

    ``text[i]`` came from ``source[s + (i - t)]`` for the last breakpoint ``(t, s)`` with
    ``t <= i`` — the same convention as :attr:`ingest.model.Article.offset_map`.
    """

    text: str
    breaks: Breaks = ((0, 0),)

    @classmethod
    def identity(cls, text: str, base: int = 0) -> MappedText:
        """``text`` read verbatim from the source, starting at source offset ``base``."""
        return cls(text, ((0, base),))

    @classmethod
    def from_pieces(cls, pieces: Iterable[tuple[str, int]]) -> MappedText:
        """Concatenate ``(piece, source_offset_of_its_first_char)`` pairs."""
        parts: list[str] = []
        breaks: list[tuple[int, int]] = []
        t = 0
        for piece, src in pieces:
            if not piece:
                continue
            _add_break(breaks, t, src)
            parts.append(piece)
            t += len(piece)
        return cls("".join(parts), tuple(breaks) or ((0, 0),))

    def source_offset(self, i: int) -> int:
        """Offset in the source of ``text[i]`` (``i == len(text)`` maps past the end)."""
        k = bisect.bisect_right(self.breaks, (i, float("inf"))) - 1
        t, s = self.breaks[max(k, 0)]
        return s + (i - t)

    def source_end(self) -> int:
        """Source offset just after the last character (the end of a span)."""
        if not self.text:
            return self.breaks[0][1]
        return self.source_offset(len(self.text) - 1) + 1

    def slice(self, start: int, end: int) -> MappedText:
        """The characters ``text[start:end]`` with their breakpoints."""
        return self._keep([(start, end)])

    def delete(self, spans: Iterable[tuple[int, int]]) -> MappedText:
        """Drop the characters in the (possibly overlapping, unsorted) ``spans``."""
        kept: list[tuple[int, int]] = []
        pos = 0
        for a, b in _merge(spans):
            if a > pos:
                kept.append((pos, a))
            pos = max(pos, b)
        if pos < len(self.text):
            kept.append((pos, len(self.text)))
        return self._keep(kept)

    def _keep(self, kept: list[tuple[int, int]]) -> MappedText:
        parts: list[str] = []
        breaks: list[tuple[int, int]] = []
        t = 0
        starts = [b[0] for b in self.breaks]
        for a, b in kept:
            a, b = max(a, 0), min(b, len(self.text))
            if a >= b:
                continue
            # A kept run may cross old breakpoints: emit one new breakpoint per sub-run.
            k = bisect.bisect_right(starts, a)
            cut = a
            while cut < b:
                nxt = starts[k] if k < len(starts) else b
                nxt = min(nxt, b)
                # source_offset(cut): the breakpoint in force at ``cut`` is the one before
                # ``k`` (starts[k - 1] <= cut < starts[k]), no bisection needed
                bt, bs = self.breaks[max(k - 1, 0)]
                _add_break(breaks, t + (cut - a), bs + (cut - bt))
                cut = nxt
                k += 1
            parts.append(self.text[a:b])
            t += b - a
        if not breaks:
            end = self.source_offset(kept[0][0]) if kept else self.breaks[0][1]
            breaks.append((0, end))
        return MappedText("".join(parts), tuple(breaks))


def _add_break(breaks: list[tuple[int, int]], t: int, s: int) -> None:
    """Append a breakpoint unless the previous one already implies it."""
    if breaks:
        pt, ps = breaks[-1]
        if s - ps == t - pt:
            return
        if pt == t:  # an empty run before: the newer mapping wins
            breaks[-1] = (t, s)
            return
    breaks.append((t, s))


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(s for s in spans if s[1] > s[0]):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
