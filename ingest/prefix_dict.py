"""jieba's prefix dictionary (word → frequency, every prefix of a word at 0) as pbkg cuts
with it, stored in groups by a word's first character, each group unpacked the first
time a word of it is asked about.

The dictionary holds 498,000 entries. As one dict it took ~0.21 CPU-s to load from its
marshal cache in every process — a tenth of a whole ``pbkg extract`` of a few hundred
stories — though such a corpus only ever asks about the words of a few thousand first
characters. Packed per first character (keys, then their frequencies, each group two
strings of lines: :mod:`ingest.packed_groups`) it loads in ~0.01 CPU-s.

Each group carries its words' parts of speech too (jieba's word → tag table, 349,000
words, every one of them in the prefix dictionary): a token's group is always unpacked
before its tag is asked (segmentation looks its word up first), so the tags come out of
the same unpacking — the group's words split once, their hashes computed once — rather
than out of a second table grouped the same way, loaded from a second cache and unpacked
a second time (:class:`PrefixTags`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from ingest.packed_groups import LINE, is_packed

__all__ = [
    "Frequencies",
    "PrefixDict",
    "PrefixTags",
    "TaggedPacked",
    "Tags",
    "TokenizerFrequencies",
    "is_packed",
    "pack",
]

# first character → (its words, their frequencies, the tags of its first words): the
# tagged words come first in a group, so the tags are as many lines as there are tagged
# words (none: the empty string).
TaggedPacked = dict[str, tuple[str, str, str]]


class Frequencies(Protocol):
    """What segmentation reads of a prefix dictionary: a word's frequency (None when it
    is neither a word nor a prefix of one) and the frequencies' total."""

    @property
    def total(self) -> int: ...

    def get(self, word: str) -> int | None: ...


class Tags(Protocol):
    """What segmentation reads of a word → tag table (:func:`ingest.segment._tag_of`):
    the groups by first character unpacked so far, and a group unpacked on demand
    (:class:`PrefixTags`, or :class:`ingest.word_tags.WordTags` once words were added to
    jieba at run time)."""

    unpacked: dict[str, dict[str, str]]

    def group(self, name: str) -> dict[str, str]: ...


def pack(freq: Mapping[str, int], tags: Mapping[str, str]) -> TaggedPacked:
    """The groups of a word → frequency table by first character, each carrying the tags
    of its words. Raises ValueError for an empty word, a word or tag holding a line
    break, an empty tag or a tagged word that is not in ``freq``."""
    groups: dict[str, tuple[list[str], list[str], list[str], list[str], list[str]]] = {}
    tagged = 0
    for word, f in freq.items():
        if not word or LINE in word:
            raise ValueError(f"prefix dictionary entry {word!r}: empty, or holding a line break")
        keys, values, labels, rest, rest_values = groups.setdefault(word[0], ([], [], [], [], []))
        tag = tags.get(word)
        if tag is None:
            rest.append(word)
            rest_values.append(str(f))
            continue
        if not tag or LINE in tag:
            raise ValueError(f"word tag of {word!r}: empty, or holding a line break")
        keys.append(word)
        values.append(str(f))
        labels.append(tag)
        tagged += 1
    if tagged != len(tags):
        raise ValueError("a tagged word that is not in the prefix dictionary")
    return {
        first: (LINE.join(k + r), LINE.join(v + rv), LINE.join(t))
        for first, (k, v, t, r, rv) in groups.items()
    }


class PrefixDict:
    """A read-only prefix dictionary over :func:`pack`'s groups and its total; its words'
    tags are :attr:`tags`."""

    def __init__(self, packed: TaggedPacked, total: int) -> None:
        self._packed = packed
        self._groups: dict[str, dict[str, str]] = {}
        self.total = total
        self.tags = PrefixTags(self)

    def group(self, first: str) -> dict[str, str]:
        """The entries starting with the character ``first``, their frequencies as
        written (unpacked once, with their tags). A corpus of a few hundred stories
        unpacks 395,000 of the 498,000 entries but asks about 30,000: the frequencies
        become ints when asked for (:meth:`get`), not all when unpacked (~0.04 CPU-s a
        process)."""
        got = self._groups.get(first)
        if got is None:
            keys, values, labels = self._packed.get(first, ("", "", ""))
            got = {}
            tagged: dict[str, str] = {}
            if keys:
                words = keys.split(LINE)
                got = dict(zip(words, values.split(LINE), strict=True))
                if labels:  # the tagged words, first in the group
                    tagged = dict(zip(words, labels.split(LINE), strict=False))
            self._groups[first] = got
            self.tags.unpacked[first] = tagged
        return got

    def get(self, word: str) -> int | None:
        if not word:
            return None
        # the group unpacked already, without a second method call (~57,000 calls a
        # corpus: segmentation asks about every fragment new to the process)
        got = self._groups.get(word[0])
        f = (self.group(word[0]) if got is None else got).get(word)
        return None if f is None else int(f)

    def firsts(self) -> list[str]:
        """The groups' first characters."""
        return list(self._packed)

    def as_dict(self) -> dict[str, int]:
        """Every entry (for tests: the whole table unpacked)."""
        return {w: int(f) for first in self._packed for w, f in self.group(first).items()}


class PrefixTags:
    """The word → tag table carried in a :class:`PrefixDict`'s groups (:class:`Tags`):
    a group's tags are unpacked with its frequencies."""

    def __init__(self, words: PrefixDict) -> None:
        self._words = words
        self.unpacked: dict[str, dict[str, str]] = {}

    def group(self, name: str) -> dict[str, str]:
        """The tagged words starting with the character ``name`` (do not modify)."""
        got = self.unpacked.get(name)
        if got is None:
            self._words.group(name)
            got = self.unpacked[name]
        return got

    def get(self, word: str) -> str | None:
        return self.group(word[:1]).get(word) if word else None

    def as_dict(self) -> dict[str, str]:
        """Every tagged word (for tests: the whole table unpacked)."""
        return {w: t for first in self._words.firsts() for w, t in self.group(first).items()}


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
