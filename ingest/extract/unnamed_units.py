"""Where a title starts after a unit's own name that no rule found.

The words a title keeps before its title word are sometimes a unit's own name the units'
rules never found (某某建设发展有限责任公司|董事长, 某某分局|局长, 某某医院|院长). The gold
never writes such a name into the title: the title starts right after the unit's ending.
"""

from __future__ import annotations

from functools import cache

from ingest.lexicon import load_lexicon, unit_name_parts

# Kinds of unit ending (org_suffixes.tsv) that end a unit's own name, never a part of the
# unit a title keeps (护理部, 党政办公室, 体检中心 are of the government and service kinds).
OWN_UNIT_KINDS = frozenset(
    {"enterprise", "school", "hospital", "court", "bank", "media", "social_org"}
)
# Government endings (class strong) that name a body of its own under another (某分局,
# 某派出所, 某指挥部): a title written after one is that body's.
_OWN_GOVERNMENT_CLASS = "strong"
# Endings of those kinds a title keeps as an office of its host (工会主席, 团委书记,
# 工作队队长, 工作室主任).
KEPT_OFFICE_ENDINGS = ("工会", "总工会", "团委", "队", "工作室", "人大", "人大工委")


def ends_own_unit(ending: str) -> bool:
    """Whether a unit ending of ``org_suffixes.tsv`` closes a unit's own name (a company,
    a school, a hospital, a branch bureau) rather than an office a title keeps."""
    row = load_lexicon().org_suffixes.get(ending)
    if row is None or ending in KEPT_OFFICE_ENDINGS:
        return False
    if row.subtype in OWN_UNIT_KINDS:
        return True
    return row.subtype == "government" and row.strength == _OWN_GOVERNMENT_CLASS


@cache
def _unit_parts() -> tuple[str, ...]:
    return unit_name_parts().get("unit_parts_before_title", ())


def ends_unit_part(kept: str) -> bool:
    """Whether ``kept`` ends in a part of a unit written before a title — a campus, a
    branch hospital, a headquarters (``unit_name_parts.tsv`` class
    ``unit_parts_before_title``). The part may be written alone (某中学西校副校长: the
    school is named before it); no title word is one."""
    return kept.endswith(_unit_parts())


def after_unnamed_unit(kept: str) -> int:
    """Where in ``kept`` — the words a title would keep before its title word — the
    title starts: right after the last unit's own name written there (a name of at least
    one character before an ending :func:`ends_own_unit` accepts), or 0 when there is
    none. 某某发展有限责任公司|董事长 → 董事长; 某某分局|局长 → 局长; 某某医院|党委书记 →
    党委书记; 学校组织部部长 keeps its words (学校 alone names no unit)."""
    lex = load_lexicon()
    for i in range(len(kept), 1, -1):  # a part or a name with its ending: 2+ characters
        ending = lex.unit_ending(kept[:i])
        if ending and i > len(ending) and ends_own_unit(ending):
            return i
        if ends_unit_part(kept[:i]):
            return i
    return 0
