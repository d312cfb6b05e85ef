"""jieba's word → part-of-speech table, stored in groups by a word's first character,
each group unpacked when a text first asks about one of its words.

The table holds 349,000 words. As one dict it took 0.11 CPU-s to load from its marshal
cache in every process, though a corpus of a few hundred stories only ever asks about
the words of about 1,300 first characters. Packed per first character (its words and
their tags as two strings of lines), the table loads in a tenth of that, and a group
becomes a dict, by ``str.split`` and ``zip``, the first time one of its words is asked.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any

# What separates the words (and the tags) of one group: no dictionary line holds one.
_LINE = "\n"

Packed = dict[str, tuple[str, str]]  # first character → (its words, their tags)


def pack(tags: Mapping[str, str]) -> Packed:
    """The groups of a word → tag table. Raises ValueError for an empty word or a word
    or tag holding a line break."""
    groups: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    for word, tag in tags.items():
        if not word or _LINE in word or _LINE in tag:
            raise ValueError(f"word tag entry {word!r}: empty, or a line break")
        groups[word[0]].append((word, tag))
    return {
        first: (_LINE.join(w for w, _ in group), _LINE.join(t for _, t in group))
        for first, group in groups.items()
    }


def is_packed(value: object) -> bool:
    """Whether ``value`` has the shape :func:`pack` gives (a cache is never trusted)."""
    return isinstance(value, dict) and all(
        isinstance(v, tuple) and len(v) == 2 and all(isinstance(s, str) for s in v)
        for v in value.values()
    )


class WordTags(Mapping[str, str]):
    """A read-only word → tag mapping over :func:`pack`'s groups."""

    def __init__(self, packed: Packed) -> None:
        self._packed = packed
        self._groups: dict[str, dict[str, str]] = {}

    @property
    def packed(self) -> Packed:
        """The groups as packed (what the cache keeps; do not modify)."""
        return self._packed

    def _group(self, first: str) -> dict[str, str]:
        got = self._groups.get(first)
        if got is None:
            words, tags = self._packed.get(first, ("", ""))
            got = dict(zip(words.split(_LINE), tags.split(_LINE), strict=True)) if words else {}
            self._groups[first] = got
        return got

    def get(self, word: str, default: Any = None) -> Any:  # type: ignore[override]
        return self._group(word[0]).get(word, default) if word else default

    def __getitem__(self, word: str) -> str:
        if not word:
            raise KeyError(word)
        return self._group(word[0])[word]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and bool(word) and word in self._group(word[0])

    def __iter__(self) -> Iterator[str]:
        for first in self._packed:
            yield from self._group(first)

    def __len__(self) -> int:
        return sum(words.count(_LINE) + 1 for words, _ in self._packed.values())
