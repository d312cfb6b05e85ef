"""Find every gazetteer stem followed by one of its class's suffixes in a text.

This is the only module that uses ``pyahocorasick``. The national stem table holds about
700,000 stems; an Aho-Corasick automaton over all of them would take longer to load than to
use, so the automaton here holds only the *suffix vocabulary* (居委会, 村委, 街道办事处 …,
a few dozen words). Every suffix occurrence, and every character a suffix-less stem can end
with (村, 区, 镇 …), is an anchor; the stem before an anchor is looked up in the stem
table for the few lengths that stems ending in the anchor's last *two* characters have
(keyed by one character, 区 alone would ask for 26 lengths). Matching costs a handful of
hash look-ups per anchor and is several times faster than segmenting the same text.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import ahocorasick

from ingest.places.names import CLASS_SUFFIXES
from ingest.places.stem_table import StemTable


@dataclass(frozen=True, slots=True)
class StemHit:
    """A stem of ``codes`` (each a division with this stem in this form class) at
    ``[start, stem_end)`` followed by ``suffix`` up to ``end``. One hit carries every
    code of its stem: a common name (新村) has hundreds."""

    start: int
    end: int
    stem_end: int
    codes: tuple[str, ...]
    form_class: str
    suffix: str


# One item of a payload: a division code (ASCII digits), then its form class (letters,
# possibly with a character: R村, R一), items separated by single spaces.
_PAYLOAD_ITEM = re.compile(r"([0-9]+)([^0-9 ]*)")


def decode_payload(payload: str) -> list[tuple[str, str]]:
    """``"310116101V 310116102R"`` → ``[("310116101", "V"), ("310116102", "R")]`` (in C,
    by one regex pass: a common name's payload holds hundreds of codes)."""
    return _PAYLOAD_ITEM.findall(payload)


MatchIndex = tuple[dict[str, tuple[int, ...]], frozenset[str]]


def match_index(stems: Mapping[str, str]) -> MatchIndex:
    """What the scan needs besides the table: for each stem ending (its last two
    characters, or the whole stem when it has one), the lengths of the stems ending so
    (longest first), and the characters that end a stem usable without a suffix. Bare
    short forms (class ``B``) are left out."""
    lengths: dict[str, set[int]] = defaultdict(set)
    bare_ends: set[str] = set()
    for stem, payload in stems.items():
        classes = [cls for _code, cls in decode_payload(payload) if cls != "B"]
        if not classes:
            continue
        lengths[stem[-2:]].add(len(stem))
        if any("" in CLASS_SUFFIXES[cls] for cls in classes):
            bare_ends.add(stem[-1])
    return {c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()}, frozenset(bare_ends)


@functools.lru_cache(maxsize=1 << 14)
def _by_class(payload: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A payload's codes grouped by form class, in first-seen order (memoised: common
    names such as 新村 carry hundreds of codes)."""
    groups: dict[str, list[str]] = {}
    for code, cls in decode_payload(payload):
        groups.setdefault(cls, []).append(code)
    return tuple((cls, tuple(codes)) for cls, codes in groups.items())


def _group(stems: StemTable, key: str) -> dict[str, str]:
    """``stems.group(key)``, taken from the groups unpacked so far when it is one of them
    (no call into the interpreted table: :meth:`StemMatcher.find` asks at every position
    where a stem may end)."""
    got = stems.unpacked.get(key)
    return stems.group(key) if got is None else got


class StemMatcher:
    """Multi-pattern matcher over a stem table ``{stem: payload}`` (see
    :func:`ingest.places.names.encode_stems`)."""

    def __init__(self, stems: Mapping[str, str], index: MatchIndex | None = None) -> None:
        """``stems``: the stem table; ``index``: its :func:`match_index` when cached."""
        self._stems = stems if isinstance(stems, StemTable) else StemTable(stems)
        self._lengths, self._bare_ends = index if index is not None else match_index(stems)
        self._one_char = any(len(k) == 1 for k in self._lengths)  # one-character stems
        chars = "".join(sorted(self._bare_ends))
        self._bare_end_re = re.compile(f"[{re.escape(chars)}]") if chars else re.compile("(?!)")
        self._suffixes = ahocorasick.Automaton()
        for suffix in {s for ss in CLASS_SUFFIXES.values() for s in ss if s}:
            self._suffixes.add_word(suffix, len(suffix))
        self._suffixes.make_automaton()

    def _stem_ends(self, text: str) -> list[int]:
        """Positions where a stem may end: before a suffix, or after a character that
        ends a stem needing no suffix."""
        ends = {m.end() for m in self._bare_end_re.finditer(text)}
        for last, n in self._suffixes.iter(text):
            ends.add(last + 1 - n)
        return sorted(e for e in ends if e > 0)

    def find(self, text: str) -> list[StemHit]:
        """Every (stem, suffix) occurrence in ``text``, overlapping, in order of start.

        For each stem occurrence the longest suffix of its class that follows is taken.
        """
        hits: list[StemHit] = []
        stems = self._stems
        lengths = self._lengths
        for e in self._stem_ends(text):
            ns = lengths.get(text[e - 2 : e], ()) if e >= 2 else ()
            # every stem of two characters or more asked about here ends in the same
            # two characters: one group of the table (stem_table.group_key)
            ending = _group(stems, text[e - 2 : e]) if ns else {}
            if self._one_char and text[e - 1] in lengths:
                ns = (*ns, 1)
            for n in ns:
                if n > e:
                    continue
                stem = text[e - n : e]
                payload = (ending if n > 1 else _group(stems, stem)).get(stem)
                if payload is None:
                    continue
                for cls, codes in _by_class(payload):
                    if cls == "B":  # bare short forms only count in context: ingest.places.link
                        continue
                    for suffix in CLASS_SUFFIXES[cls]:
                        if text.startswith(suffix, e):
                            end = e + len(suffix)
                            hits.append(StemHit(e - n, end, e, codes, cls, suffix))
                            break
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits


class WordFinder:
    """:func:`find_words` over a fixed word list (the country's bare city forms), built
    once. A text is scanned by hash look-ups: at each position where a word may start
    (:func:`_start_pattern`, one regex pass in C), the lengths of the words that start
    with its two characters (an index made once), then each such word. An
    automaton over the list was slower: its root has a child per first character of the
    list's thousands of words, and it looked that child up by a linear scan at almost
    every character. The last text's occurrences are kept (link_places asks each finder
    twice about the same story)."""

    def __init__(self, words: dict[str, str]) -> None:
        self._words = {w: v for w, v in words.items() if w}
        lengths: dict[str, set[int]] = defaultdict(set)
        for w in self._words:
            lengths[w[:2]].add(len(w))
        # by a word's first two characters (a one-character word by itself): its lengths
        self._lengths = {head: tuple(sorted(ns)) for head, ns in lengths.items()}
        self._single = frozenset(w for w in self._words if len(w) == 1)
        self._starts = _start_pattern(self._words)
        self._last_text: str | None = None
        self._last: list[tuple[int, int, str]] = []

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Occurrences ``(start, end, value)`` of the list's words in ``text``,
        overlapping, in order of start: ``find_words(text, words)``."""
        if text == self._last_text:
            return list(self._last)
        out: list[tuple[int, int, str]] = []
        words = self._words
        lengths = self._lengths
        single = self._single
        size = len(text)
        for m in self._starts.finditer(text):
            i = m.start()
            if single and text[i] in single:
                out.append((i, i + 1, words[text[i]]))
            ns = lengths.get(text[i : i + 2])
            if ns is None:
                continue
            for n in ns:  # ascending
                if n == 1:
                    continue
                if i + n > size:
                    break
                v = words.get(text[i : i + n])
                if v is not None:
                    out.append((i, i + n, v))
        out.sort()
        self._last_text = text
        self._last = out
        return list(out)


def _start_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A zero-width pattern matching wherever one of ``words`` may start: before a
    word's first character followed by a second character of some word, or before a
    one-character word. It holds at every position where a word starts (and at some
    where none does), so :meth:`WordFinder.find` looks words up only there — about one
    position in ten of a story for the counties' forms, one in fifty for the cities'."""
    firsts = {w[0] for w in words if len(w) > 1}
    seconds = {w[1] for w in words if len(w) > 1}
    singles = {w for w in words if len(w) == 1}

    def chars(cs: set[str]) -> str:
        return "[" + "".join(re.escape(c) for c in sorted(cs)) + "]"

    options = []
    if firsts:
        options.append(chars(firsts) + chars(seconds))
    if singles:
        options.append(chars(singles))
    return re.compile("(?=" + "|".join(options) + ")" if options else "(?!)")


def find_words(text: str, words: dict[str, str]) -> list[tuple[int, int, str]]:
    """Occurrences ``(start, end, value)`` of a small per-article word list (bare short
    forms), overlapping, in order of start."""
    if not words:
        return []
    auto = ahocorasick.Automaton()
    for w, v in words.items():
        auto.add_word(w, (len(w), v))
    auto.make_automaton()
    out = [(last + 1 - n, last + 1, v) for last, (n, v) in auto.iter(text)]
    return sorted(out)
