"""Offices a unit's mention writes after the unit's own name, which a title keeps.

A mention resolved to a unit may write more than the unit's name: an office of it
(某街道办事处, 某医院党办) or, for a village, its committee (某村村委会). GOLD_FORMAT writes
the title as written minus the unit's name, so the office stays in the title
(办事处副主任, 党办主任, 村委会主任 @ the unit): GOLD_NOTES' "an office inside a unit goes
in the title, on its parent", and GOLD_FORMAT's 村委会主任.
"""

from __future__ import annotations

from ingest.extract.unnamed_units import OWN_UNIT_KINDS
from ingest.lexicon import load_lexicon
from ingest.model import Entity

# Offices written whole after any unit's name (某街道办事处, 某中心办公室).
OFFICES = ("办事处", "办公室")
# A village's committee (某村村委会主任 → 村委会主任 @ 某村); written 某村委 the village's
# 村 is the committee's first character too.
_VILLAGE_COMMITTEES = ("村委会", "村委")
_VILLAGE_END = "村"
# The longest short office ending in 办 (党办, 院办, 营商办): longer ones name
# departments of their own (某市乡村振兴办).
_SHORT_OFFICE_MAX = 3


def office_start(written: str, e: Entity) -> int | None:
    """Where in ``written`` — a mention resolved to ``e`` — the title starts when the
    mention writes an office of ``e`` after its name: after the name, or at a village's
    last 村 written once for both (某村委主任 → 村委主任). None when the mention writes no
    such office. A county's or a city's short 办 is a department of its own (某县扶贫办),
    no office the title keeps."""
    name = e.name
    if len(written) <= len(name) or not written.startswith(name):
        return None
    tail = written[len(name) :]
    if tail in OFFICES:
        return len(name)
    if e.type == "Village":
        if tail in _VILLAGE_COMMITTEES:
            return len(name)
        if name.endswith(_VILLAGE_END) and _VILLAGE_END + tail in _VILLAGE_COMMITTEES:
            return len(name) - len(_VILLAGE_END)
        return None
    if e.type == "Region" and e.level != "town":
        return None
    return len(name) if len(tail) > 1 and is_short_office(tail) else None


def is_short_office(tail: str) -> bool:
    """Whether ``tail`` is a short office ending in 办 (党办, 院办, 营商办) and no organ of a
    party committee (``organ_after.tsv``: 编办, 网信办 are bodies of their own)."""
    return (
        tail.endswith("办")
        and len(tail) <= _SHORT_OFFICE_MAX
        and tail not in load_lexicon().organ_after
    )


def own_unit_office(tail: str, host: Entity) -> bool:
    """Whether ``tail``, written after ``host``'s name in a mention the units' rules made a
    unit of its own, is an office of that host the title keeps: an 办公室 (乡村振兴办公室,
    党委办公室) of a unit of its own kind — a company, a school, a hospital, a bank
    (某集团有限公司某某办公室主任 → 某某办公室主任 @ the company). A government's or a
    party committee's 办公室 is a department of its own (GOLD_NOTES)."""
    return (
        tail.endswith(OFFICES[1]) and host.type == "Organization" and host.subtype in OWN_UNIT_KINDS
    )
