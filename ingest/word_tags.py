"""jieba's word → part-of-speech table, stored in groups by a word's first character,
each group unpacked when a text first asks about one of its words
(:mod:`ingest.packed_groups`).

The table holds 349,000 words. As one dict it took 0.11 CPU-s to load from its marshal
cache in every process, though a corpus of a few hundred stories only ever asks about
the words of about 1,300 first characters. Packed per first character, the table loads
in a tenth of that.
"""

from __future__ import annotations

from collections.abc import Mapping

from ingest import packed_groups
from ingest.packed_groups import Packed, PackedGroups, is_packed

__all__ = ["Packed", "WordTags", "first_character", "is_packed", "pack"]


def first_character(word: str) -> str:
    """The group a word is stored in."""
    return word[:1]


def pack(tags: Mapping[str, str]) -> Packed:
    """The groups of a word → tag table. Raises ValueError for an empty word or a word
    or tag holding a line break."""
    return packed_groups.pack(tags, first_character, "word tag")


class WordTags(PackedGroups):
    """A read-only word → tag mapping over :func:`pack`'s groups."""

    def __init__(self, packed: Packed) -> None:
        super().__init__(packed, first_character)
