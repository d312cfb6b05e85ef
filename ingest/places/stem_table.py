"""The stem table (stem → payload, :func:`ingest.places.names.encode_stems`) stored in
groups by the stems' last two characters, each group unpacked on first use.

The table holds about 373,000 stems. As one dict it took 0.2 CPU-s to unpickle in every
process (a fifth of pbkg's start-up), though a story only ever asks about the stems
ending in the few hundred character pairs it holds: the matcher looks a stem up only
where the two characters before a suffix end some stem (:mod:`ingest.places.match`).
Stored as one packed string per pair of last characters, the table unpickles in a
quarter of the time, and a group becomes a dict the first time a text asks about it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any

# Separators inside a packed group (its stems, a tab, their payloads in the same order;
# one per line): neither occurs in a stem (a name's characters) nor in a payload (codes
# and class letters separated by spaces). Two halves rather than stem-payload lines, so
# that a group unpacks by str.split and zip, without a Python loop over its stems.
_HALVES = "\t"
_LINE = "\n"


def group_key(stem: str) -> str:
    """The group a stem is stored in: its last two characters (the stem itself when it
    has one character)."""
    return stem[-2:]


class StemTable(Mapping[str, str]):
    """A read-only stem → payload mapping, grouped by :func:`group_key`; pickles as its
    packed groups only (the groups unpacked so far are a cache of this process)."""

    def __init__(self, stems: Mapping[str, str]) -> None:
        """Raises ValueError for a stem or payload holding a tab or a line break."""
        groups: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
        for stem, payload in stems.items():
            if not stem or any(sep in s for s in (stem, payload) for sep in (_HALVES, _LINE)):
                raise ValueError(f"stem table entry {stem!r}: empty, or a tab or line break")
            groups[group_key(stem)].append((stem, payload))
        self._packed = {
            key: _LINE.join(s for s, _ in group) + _HALVES + _LINE.join(p for _, p in group)
            for key, group in groups.items()
        }
        self._size = len(stems)
        self._groups: dict[str, dict[str, str]] = {}

    def group(self, key: str) -> Mapping[str, str]:
        """The stems whose :func:`group_key` is ``key``, with their payloads (empty when
        none; unpacked once per process)."""
        got = self._groups.get(key)
        if got is None:
            packed = self._packed.get(key)
            got = {}
            if packed is not None:
                stems, _, payloads = packed.partition(_HALVES)
                got = dict(zip(stems.split(_LINE), payloads.split(_LINE), strict=True))
            self._groups[key] = got
        return got

    def get(self, stem: str, default: Any = None) -> Any:  # type: ignore[override]
        return self.group(group_key(stem)).get(stem, default)

    def __getitem__(self, stem: str) -> str:
        return self.group(group_key(stem))[stem]

    def __contains__(self, stem: object) -> bool:
        return isinstance(stem, str) and stem in self.group(group_key(stem))

    def __iter__(self) -> Iterator[str]:
        for key in self._packed:
            yield from self.group(key)

    def __len__(self) -> int:
        return self._size

    def __getstate__(self) -> tuple[dict[str, str], int]:
        return self._packed, self._size

    def __setstate__(self, state: tuple[dict[str, str], int]) -> None:
        self._packed, self._size = state
        self._groups = {}
