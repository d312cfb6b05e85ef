"""The stem table (stem → payload, :func:`ingest.places.names.encode_stems`) stored in
groups by the stems' last two characters, each group unpacked on first use
(:mod:`ingest.packed_groups`).

The table holds about 373,000 stems. As one dict it took 0.2 CPU-s to unpickle in every
process (a fifth of pbkg's start-up), though a story only ever asks about the stems
ending in the few hundred character pairs it holds: the matcher looks a stem up only
where the two characters before a suffix end some stem (:mod:`ingest.places.match`).
Packed per pair of last characters, the table unpickles in a quarter of the time.
"""

from __future__ import annotations

from collections.abc import Mapping

from ingest.packed_groups import PackedGroups, pack

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
