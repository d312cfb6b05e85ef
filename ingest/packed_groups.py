"""A large read-only str → str table stored as packed groups, each group unpacked the
first time a key of it is asked.

Loading a table of a few hundred thousand entries as one dict costs every process a
tenth of a CPU second or more, though one corpus asks about a small share of it. Packed
by a group key (a word's first character, a stem's last two), each group is two strings
of lines — its keys, then their values in the same order — which load in a fraction of
that time and unpack by ``str.split`` and ``zip``, with no Python loop per entry. Used
for jieba's word tags (:mod:`ingest.word_tags`) and the gazetteer's stem table
(:mod:`ingest.places.stem_table`).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from typing import Any

# What separates the keys (and the values) of one group.
LINE = "\n"

Packed = dict[str, tuple[str, str]]  # group key → (its keys, their values)
# What a PackedGroups reads its groups from: :func:`pack`'s dict, or any mapping of the
# same items (the gazetteer's cache keeps the stem table's groups in one blob,
# :class:`ingest.places.stem_table.GroupBlob`).
Groups = Mapping[str, tuple[str, str]]


def pack(
    table: Mapping[str, str], group_of: Callable[[str], str], what: str, refused: str = LINE
) -> Packed:
    """The groups of ``table`` by ``group_of``. Raises ValueError, naming ``what``, for an
    empty key or a key or value holding a character of ``refused`` (the line break
    always: it separates the entries)."""
    refused = refused if LINE in refused else refused + LINE
    groups: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, value in table.items():
        if not key or any(sep in s for s in (key, value) for sep in refused):
            raise ValueError(f"{what} entry {key!r}: empty, or holding one of {refused!r}")
        groups[group_of(key)].append((key, value))
    return {
        name: (LINE.join(k for k, _ in group), LINE.join(v for _, v in group))
        for name, group in groups.items()
    }


def is_packed(value: object, width: int = 2) -> bool:
    """Whether ``value`` has the shape :func:`pack` gives (a cache is never trusted):
    groups of ``width`` strings (the prefix dictionary's carry a third, its words' tags:
    :mod:`ingest.prefix_dict`). Checked by ``map`` and sets of types, loops in C: a
    process checks the prefix dictionary's groups (a generator step per group and string
    cost ~0.01 CPU-s)."""
    if not isinstance(value, dict):
        return False
    groups = value.values()
    return (
        set(map(type, groups)) <= {tuple}
        and set(map(len, groups)) <= {width}
        and set(map(type, itertools.chain.from_iterable(groups))) <= {str}
    )


class PackedGroups(Mapping[str, str]):
    """A read-only mapping over :func:`pack`'s groups. ``group_of`` must be the function
    the groups were packed by, defined at module level so that the mapping pickles (as
    its packed groups: the groups unpacked so far are a cache of this process)."""

    def __init__(self, packed: Groups, group_of: Callable[[str], str]) -> None:
        self._packed = packed
        self._group_of = group_of
        # The groups unpacked so far (a cache of this process), by group key: a plain
        # attribute, so that compiled code can look a key up in its group without an
        # interpreted call (:func:`ingest.segment.tag_of`), asking :meth:`group` only
        # for a group not unpacked yet.
        self.unpacked: dict[str, dict[str, str]] = {}
        self._size: int | None = None

    @property
    def packed(self) -> Groups:
        """The groups as packed (what a cache keeps; do not modify)."""
        return self._packed

    def group(self, name: str) -> dict[str, str]:
        """The entries of the group ``name`` (empty when there are none; unpacked once;
        do not modify)."""
        got = self.unpacked.get(name)
        if got is None:
            keys, values = self._packed.get(name, ("", ""))
            got = dict(zip(keys.split(LINE), values.split(LINE), strict=True)) if keys else {}
            self.unpacked[name] = got
        return got

    # The look-ups below try the groups unpacked so far before calling :meth:`group`:
    # they are called from compiled extraction code tens of thousands of times a run,
    # and an interpreted call saved is most of a look-up's cost.

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        if not key:
            return default
        name = self._group_of(key)
        got = self.unpacked.get(name)
        return (self.group(name) if got is None else got).get(key, default)

    def __getitem__(self, key: str) -> str:
        if not key:
            raise KeyError(key)
        name = self._group_of(key)
        got = self.unpacked.get(name)
        return (self.group(name) if got is None else got)[key]

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str) or not key:
            return False
        name = self._group_of(key)
        got = self.unpacked.get(name)
        return key in (self.group(name) if got is None else got)

    def __iter__(self) -> Iterator[str]:
        for name in self._packed:
            yield from self.group(name)

    def __len__(self) -> int:
        if self._size is None:
            self._size = sum(keys.count(LINE) + 1 for keys, _ in self._packed.values() if keys)
        return self._size

    def __getstate__(self) -> tuple[Groups, Callable[[str], str]]:
        return self._packed, self._group_of

    def __setstate__(self, state: tuple[Groups, Callable[[str], str]]) -> None:
        self._packed, self._group_of = state
        self.unpacked = {}
        self._size = None
