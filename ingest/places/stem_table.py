"""The stem table (stem → payload, :func:`ingest.places.names.encode_stems`) stored in
groups by the stems' last two characters, each group unpacked on first use
(:mod:`ingest.packed_groups`).

The table holds about 373,000 stems. As one dict it took 0.2 CPU-s to unpickle in every
process (a fifth of pbkg's start-up), though a story only ever asks about the stems
ending in the few hundred character pairs it holds: the matcher looks a stem up only
where the two characters before a suffix end some stem (:mod:`ingest.places.match`).
Packed per pair of last characters, the table unpickles in a quarter of the time.

Pickled (the gazetteer's cache), the ~64,000 groups are one UTF-8 blob with the groups'
keys and where each ends (:class:`GroupBlob`): a group's two strings are decoded when it
is unpacked. Unpickling a dict of 128,000 strings decoded every stem's characters in
every process, ~0.05 CPU-s, where a corpus unpacks a few thousand groups.
"""

from __future__ import annotations

import pickle
from array import array
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from ingest.packed_groups import Groups, PackedGroups, pack

# Refused in stems and payloads besides the line break: a stem is a name's characters, a
# payload codes and class letters separated by spaces.
_TAB = "\t"


def group_key(stem: str) -> str:
    """The group a stem is stored in: its last two characters (the stem itself when it
    has one character)."""
    return stem[-2:]


class StemTable(PackedGroups):
    """A read-only stem → payload mapping, grouped by :func:`group_key`."""

    def __init__(self, stems: Mapping[str, str]) -> None:
        """Raises ValueError for an empty stem, or a stem or payload holding a tab or a
        line break."""
        super().__init__(pack(stems, group_key, "stem table", refused=_TAB), group_key)

    def __getstate__(self) -> tuple[Groups, Callable[[str], str]]:
        packed = self.packed
        return (packed if isinstance(packed, GroupBlob) else GroupBlob(packed)), group_key


class GroupBlob(Mapping[str, tuple[str, str]]):
    """Packed groups (group key → its keys, their values) kept as one UTF-8 blob, each
    group's item decoded when asked for. Built from the groups it holds; pickles as its
    group keys, the blob and where each group ends in it."""

    def __init__(self, groups: Groups) -> None:
        names = list(groups)
        parts = [_TAB.join(groups[name]).encode() for name in names]
        ends = array("q")
        end = 0
        for part in parts:
            end += len(part)
            ends.append(end)
        self._set(names, ends, b"".join(parts))

    def _set(self, names: list[str], ends: array[int], blob: Any) -> None:
        self._names = names
        self._ends = ends
        self._blob = blob
        self._at = dict(zip(names, range(len(names)), strict=True))

    def __getitem__(self, name: str) -> tuple[str, str]:
        i = self._at[name]
        start = self._ends[i - 1] if i else 0
        keys, _, values = str(self._blob[start : self._ends[i]], "utf-8").partition(_TAB)
        return keys, values

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # with protocol 5 the blob may go out of band (the gazetteer's cache file)
        blob: Any = self._blob
        if isinstance(protocol, int) and protocol >= 5:
            blob = pickle.PickleBuffer(blob)
        return _group_blob, (self._names, self._ends, blob)


def _group_blob(names: list[str], ends: array[int], blob: Any) -> GroupBlob:
    """A :class:`GroupBlob` as pickled (its keys, where each group ends, the blob: bytes,
    or a view of the mapped cache file)."""
    got = GroupBlob.__new__(GroupBlob)
    got._set(names, ends, blob)
    return got
