"""Helpers of the pairing tests: the candidate between two named units of a story."""

from __future__ import annotations

from ingest.extract.pair_decide import PairChoice
from ingest.extract.pipeline import StoryReading


def choice_between(reading: StoryReading, a: str, b: str) -> PairChoice:
    """The candidate between the units named ``a`` and ``b``, in either order (a name
    ending with … stands for any name it begins)."""
    names = {e.id: e.name for e in reading.base.entities}

    def fits(name: str, want: str) -> bool:
        return name == want or (want.endswith("…") and name.startswith(want[:-1]))

    for c in reading.choices:
        x, y = names[c.relation.source], names[c.relation.target]
        if (fits(x, a) and fits(y, b)) or (fits(x, b) and fits(y, a)):
            return c
    raise AssertionError(f"no candidate {a}–{b}")
