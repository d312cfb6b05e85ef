"""jieba's prefix dictionary (word → frequency, every prefix of a word at 0) as pbkg cuts
with it, stored in groups by a word's first character, each group unpacked the first
time a word of it is asked about.

The dictionary holds 498,000 entries. As one dict it took ~0.21 CPU-s to load from its
marshal cache in every process — a tenth of a whole ``pbkg extract`` of a few hundred
stories — though such a corpus only ever asks about the words of a few thousand first
characters. Packed per first character (keys, then their frequencies, each group two
strings of lines: :mod:`ingest.packed_groups`) it loads in ~0.01 CPU-s.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from ingest.packed_groups import LINE, Packed, is_packed

__all__ = ["Frequencies", "PrefixDict", "TokenizerFrequencies", "is_packed", "pack"]


class Frequencies(Protocol):
    """What segmentation reads of a prefix dictionary: a word's frequency (None when it
    is neither a word nor a prefix of one) and the frequencies' total."""

    @property
    def total(self) -> int: ...

    def get(self, word: str) -> int | None: ...


def pack(freq: Mapping[str, int]) -> Packed:
    """The groups of a word → frequency table by first character. Raises ValueError for
    an empty word or a word holding a line break."""
    groups: dict[str, tuple[list[str], list[str]]] = {}
    for word, f in freq.items():
        if not word or LINE in word:
            raise ValueError(f"prefix dictionary entry {word!r}: empty, or holding a line break")
        keys, values = groups.setdefault(word[0], ([], []))
        keys.append(word)
        values.append(str(f))
    return {first: (LINE.join(k), LINE.join(v)) for first, (k, v) in groups.items()}


class PrefixDict:
    """A read-only prefix dictionary over :func:`pack`'s groups and its total."""

    def __init__(self, packed: Packed, total: int) -> None:
        self._packed = packed
        self._groups: dict[str, dict[str, str]] = {}
        self.total = total

    def group(self, first: str) -> dict[str, str]:
        """The entries starting with the character ``first``, their frequencies as
        written (unpacked once). A corpus of a few hundred stories unpacks 395,000 of
        the 498,000 entries but asks about 30,000: the frequencies become ints when
        asked for (:meth:`get`), not all when unpacked (~0.04 CPU-s a process)."""
        got = self._groups.get(first)
        if got is None:
            keys, values = self._packed.get(first, ("", ""))
            got = {}
            if keys:
                got = dict(zip(keys.split(LINE), values.split(LINE), strict=True))
            self._groups[first] = got
        return got

    def get(self, word: str) -> int | None:
        if not word:
            return None
        # the group unpacked already, without a second method call (~57,000 calls a
        # corpus: segmentation asks about every fragment new to the process)
        got = self._groups.get(word[0])
        f = (self.group(word[0]) if got is None else got).get(word)
        return None if f is None else int(f)

    def as_dict(self) -> dict[str, int]:
        """Every entry (for tests: the whole table unpacked)."""
        return {w: int(f) for first in self._packed for w, f in self.group(first).items()}


class TokenizerFrequencies:
    """A jieba tokenizer's own prefix dictionary read as :class:`Frequencies` (once words
    were added to it at run time, the table the tokenizer holds is the one to cut with)."""

    def __init__(self, tok: object) -> None:
        self._freq: dict[str, int] = tok.FREQ  # type: ignore[attr-defined]
        self._tok = tok

    @property
    def total(self) -> int:
        return self._tok.total  # type: ignore[attr-defined,no-any-return]

    def get(self, word: str) -> int | None:
        return self._freq.get(word)
