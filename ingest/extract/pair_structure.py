"""Who the pairing sentence joins: the argument structure around two unit mentions.

A sentence names many units; a pairing word joins two of them. These feature functions
read the structure that says which two (each returns named features, merged into a
candidate's by :func:`ingest.extract.pair_features.candidate_features`):

* :func:`connective_ends` — is each unit the nearest unit to the 与/和/同/跟 between them
  on its side (A与B签订), or does another unit stand closer (A与C、B与D: A–D is not said);
  is B in the list the connective joins to A (A与B、C、D签订); and what closes B's clause;
* :func:`clause_layout` — clause boundaries between the two units and between each and the
  nearest cue, the cue's place (between them, after both in the same clause, before
  both), and whether A is the subject of the clause B stands in;
* :func:`each_lists` — 分别: one unit with each of a list (A分别与B、C), or two parallel
  lists (A、B分别与C、D: A–C and B–D, not A–D);
* :func:`topic_partner` — a partner list with no unit before its connective (与甲、乙党建
  联建 on a page about one unit): the page's unit is the one joined;
* :func:`conjunctions` — the two units' types with the cue class and the window.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from ingest.extract.pair_context import Context, Features
from ingest.extract.resolve import UnitRef

UNIT_TYPES = frozenset({"Organization", "Village", "ResidentsCommittee", "Region"})
_CONNECTIVE = re.compile(r"与|和|同|跟|携手|联合|会同|及")
_CLAUSE = re.compile(r"[，,。；;！!？?：:]")
_LIST_JOIN = frozenset("、和及与,， ")
_TYPE_SHORT = {
    "Organization": "Org",
    "Village": "Vil",
    "ResidentsCommittee": "RC",
    "Region": "Reg",
}


def _one_sentence(ctx: Context) -> bool:
    """Both mentions in the occurrence's sentence, A first (same, near, row windows)."""
    occ = ctx.occ
    s = occ.sentence
    return (
        occ.window not in ("adjacent", "topic")
        and s.start <= occ.a.start
        and occ.b.end <= s.end
        and occ.a.end <= occ.b.start
    )


def _locating(ctx: Context, u: UnitRef) -> bool:
    """A unit written right before another (唐昌镇 in 唐昌镇某村) only locates it."""
    return ctx.index.unit_starts_at(u.end)


def _units(ctx: Context, lo: int, hi: int) -> list[UnitRef]:
    """The unit mentions of ``text[lo:hi]``, locating prefixes left out."""
    return [
        u
        for u in ctx.index.units_within(lo, hi)
        if ctx.res.entity(u.entity).type in UNIT_TYPES and not _locating(ctx, u)
    ]


def _others(ctx: Context, lo: int, hi: int) -> list[UnitRef]:
    """Unit mentions in ``[lo, hi)`` other than the two of the occurrence."""
    pair = (ctx.occ.a.entity, ctx.occ.b.entity)
    return [u for u in _units(ctx, lo, hi) if u.entity not in pair]


def _clause_of(ctx: Context, pos: int) -> tuple[int, int]:
    """The clause (between two of ，；。：) of the occurrence's sentence holding ``pos``."""
    s = ctx.occ.sentence
    last = ctx.index.last_clause_mark(s.start, pos)
    end = ctx.index.first_clause_mark(pos, s.end)
    return (s.start if last is None else last + 1), (s.end if end is None else end)


def _breaks(ctx: Context, lo: int, hi: int) -> str:
    n = ctx.index.count_clause_marks(lo, hi)
    return "0" if n == 0 else "1" if n == 1 else "2+"


def _is_list(ctx: Context, refs: Sequence[UnitRef], lo: int, hi: int) -> bool:
    """``text[lo:hi]`` is only the units ``refs`` and list joiners (、和及 …)."""
    keep = []
    i = lo
    for u in refs:
        keep.append(ctx.text[i : u.start])
        i = u.end
    keep.append(ctx.text[i:hi])
    rest = "".join(keep)
    return all(c in _LIST_JOIN for c in rest)


def _cue_classes(ctx: Context, lo: int, hi: int) -> list[str]:
    return sorted({c[3] for c in ctx.index.cues_within(lo, hi)})


def connective_ends(ctx: Context) -> Features:
    """A与B: whether A and B are the nearest units to a connective between them."""
    if not _one_sentence(ctx):
        return {}
    a, b = ctx.occ.a, ctx.occ.b
    out: Features = {}
    one_clause = ctx.index.first_clause_mark(a.end, b.start) is None
    conj = [m for m in _CONNECTIVE.finditer(ctx.text, a.end, b.start) if one_clause]
    if not conj:
        return out
    # the connective nearest A decides: units between it and A stand closer to it
    best = min(conj, key=lambda m: len(_others(ctx, a.end, m.start())))
    left = _others(ctx, a.end, best.start())
    right = _others(ctx, best.end(), b.start)
    word = best.group()
    if not left and not right:
        out[f"conj_ends={word}"] = 1.0
        out["conj_ends"] = 1.0
    elif not left and _is_list(ctx, right, best.end(), b.start):
        out["conj_list_with_b"] = 1.0  # A与C、B: B in the list joined to A
    elif not left:
        out["conj_other_nearer_b"] = 1.0
    else:
        out["conj_other_nearer_a"] = 1.0
    # what the clause of B says after B: A与B签订共建协议
    _, clause_end = _clause_of(ctx, b.end)
    tail = "ends" if "conj_ends" in out else "list" if "conj_list_with_b" in out else "other"
    for cls in _cue_classes(ctx, b.end, clause_end):
        out[f"conj_{tail}&cue_{cls}_after_b"] = 1.0
    # A standing in a list before the connective (C、A与B): one of several on the left
    before = ctx.text[max(ctx.occ.sentence.start, a.start - 1) : a.start]
    if before in ("、",) and not left:
        out["a_listed_before_conj"] = 1.0
    return out


def clause_layout(ctx: Context) -> Features:
    """Clause boundaries between the units and to the nearest cue; where the cue
    stands; A as the subject of B's clause."""
    if not _one_sentence(ctx):
        return {}
    a, b = ctx.occ.a, ctx.occ.b
    s = ctx.occ.sentence
    marks = ctx.index.count_clause_marks
    out: Features = {f"breaks_ab={_breaks(ctx, a.end, b.start)}": 1.0}
    best: dict[str, tuple[int, str]] = {}
    for start, end, _word, cls in ctx.index.cues_within(s.start, s.end):
        if a.end <= start and end <= b.start:
            pos, n = "between", marks(a.end, start) + marks(end, b.start)
        elif start >= b.end:
            pos, n = "after", marks(b.end, start)
        elif end <= a.start:
            pos, n = "before", marks(end, a.start)
        else:
            continue  # inside a unit's name
        if cls not in best or n < best[cls][0]:
            best[cls] = (n, pos)
    for cls, (n, pos) in sorted(best.items()):
        out[f"cue_{cls}_{pos}_breaks={min(n, 2)}"] = 1.0
    lo, _ = _clause_of(ctx, b.start)
    if lo <= a.start and not _others(ctx, lo, a.start):
        out["a_subject_of_b_clause"] = 1.0
    lo_a, _ = _clause_of(ctx, a.start)
    if _others(ctx, lo_a, a.start):
        out["unit_before_a_in_clause"] = 1.0
    return out


def _run_list(ctx: Context, refs: Sequence[UnitRef]) -> list[str]:
    """Entities of a list, in order, once each."""
    out: list[str] = []
    for u in refs:
        if u.entity not in out:
            out.append(u.entity)
    return out


def each_lists(ctx: Context) -> Features:
    """分别: A分别与B、C (one with each) or A、B分别与C、D (parallel lists)."""
    if not _one_sentence(ctx):
        return {}
    s = ctx.occ.sentence
    at = ctx.text.find("分别", s.start, s.end)
    if at < 0:
        return {}
    a, b = ctx.occ.a, ctx.occ.b
    lo, hi = _clause_of(ctx, at)
    units = _units(ctx, lo, hi)
    left = _run_list(ctx, [u for u in units if u.end <= at])
    right = _run_list(ctx, [u for u in units if u.start >= at])
    if a.entity in left and b.entity in right:
        if len(left) == 1:
            return {"each_one_to_many": 1.0}
        if len(left) == len(right):
            same = left.index(a.entity) == right.index(b.entity)
            return {"each_parallel_same" if same else "each_parallel_crossed": 1.0}
        return {"each_lists_uneven": 1.0}
    if (a.entity in left and b.entity in left) or (a.entity in right and b.entity in right):
        return {"each_same_side": 1.0}
    return {"each_elsewhere": 1.0}


def topic_partner(ctx: Context) -> Features:
    """The page's unit with a unit of a cue sentence: is B in a partner list whose
    connective has no unit before it in its clause (与甲、乙、丙党建联建)?"""
    occ = ctx.occ
    if occ.window != "topic":
        return {}
    b = occ.b
    lo, hi = _clause_of(ctx, b.start)
    out: Features = {}
    conj = [m for m in _CONNECTIVE.finditer(ctx.text, lo, b.start)]
    if conj:
        first = conj[0]
        if not _others(ctx, lo, first.start()):
            out["subjectless_conj"] = 1.0
            if _is_list(ctx, _others(ctx, first.end(), b.start), first.end(), b.start):
                out["subjectless_conj_list"] = 1.0
    for cls in _cue_classes(ctx, lo, hi):
        out[f"cue_{cls}_in_b_clause"] = 1.0
    if not _others(ctx, lo, b.start) and not conj:
        out["b_opens_clause"] = 1.0
    return out


def conjunctions(ctx: Context) -> Features:
    """The pair's types with the classes of the cues of its sentence and its window:
    a village and a company 结对 reads unlike two regions 结对."""
    ta = _TYPE_SHORT[ctx.res.entity(ctx.occ.a.entity).type]
    tb = _TYPE_SHORT[ctx.res.entity(ctx.occ.b.entity).type]
    pair = "+".join(sorted((ta, tb)))
    lo, hi = ctx.occ.span
    out: Features = {f"types={pair}&win={ctx.occ.window}": 1.0}
    for cls in _cue_classes(ctx, lo, hi):
        out[f"types={pair}&cue_{cls}"] = 1.0
    return out


_PARTY = re.compile(r"党委|党总支|党支部|党组|党工委|总支|支部|委员会")
_CONJ_JOIN = frozenset({"与", "和", "同", "跟", "及", "以及"})


def _chain(ctx: Context, lo: int, hi: int) -> tuple[list[str], list[str]]:
    """The run of units of ``text[lo:hi]`` joined only by 、/与/和 (party endings
    ignored) that holds the occurrence's A: its entities and the joiners between them."""
    units = _others(ctx, lo, hi)
    refs = sorted([*units, ctx.occ.a, ctx.occ.b], key=lambda u: u.start)
    ents: list[str] = [refs[0].entity]
    joins: list[str] = []
    for prev, u in pairwise(refs):
        gap = ctx.text[prev.end : u.start]
        for loc in ctx.index.units_within(prev.end, u.start):
            gap = gap.replace(ctx.text[loc.start : loc.end], "")  # 和唐昌镇某村: 和
        gap = _PARTY.sub("", gap).strip()
        if gap == "、" or gap in _CONJ_JOIN:
            ents.append(u.entity)
            joins.append("、" if gap == "、" else "conj")
        elif ctx.occ.a.entity in ents:
            break
        else:
            ents, joins = [u.entity], []
    return ents, joins


def unit_chain(ctx: Context) -> Features:
    """A run of units joined by 、 and 与/和 in one clause, by its shape: an enumeration
    (A、B、C和D: joint partners, or all partners of someone else), a head and its list
    (A与B、C、D: A with each), or a list of pairs (A与B、C与D: A–B and C–D only)."""
    if not _one_sentence(ctx):
        return {}
    a, b = ctx.occ.a, ctx.occ.b
    lo, hi = _clause_of(ctx, a.start)
    if b.end > hi:
        return {}
    ents, joins = _chain(ctx, lo, hi)
    if a.entity not in ents or b.entity not in ents or len(ents) < 2:
        return {}
    i, j = sorted((ents.index(a.entity), ents.index(b.entity)))
    conj = [k for k, w in enumerate(joins) if w == "conj"]
    if len(ents) == 2:
        shape, role = "two", "ends"
    elif not conj or conj == [len(joins) - 1]:
        shape, role = "enumeration", "members"
    elif conj == [0]:
        shape, role = "head_list", ("head_member" if i == 0 else "members")
    elif len(conj) >= 2 and all(
        joins[k] == ("conj" if k % 2 == 0 else "、") for k in range(len(joins))
    ):
        shape = "pairs"
        role = "pair" if j == i + 1 and i % 2 == 0 else "crossed"
    else:
        shape, role = "mixed", "members"
    out: Features = {f"chain={shape}": 1.0, f"chain={shape}&{role}": 1.0}
    for cls in _cue_classes(ctx, b.end, _clause_of(ctx, b.end)[1]):
        out[f"chain={shape}&{role}&cue_{cls}_after"] = 1.0
    return out


def locating_prefix(ctx: Context) -> Features:
    """One of the two written right before another unit (武昌区 in 武昌区某街道某社区):
    there it says where the other is, not who is paired."""
    out: Features = {}
    if _locating(ctx, ctx.occ.a) or _locating(ctx, ctx.occ.b):
        out["one_locates_another"] = 1.0
    return out


STRUCTURE_FEATURES: tuple[Callable[[Context], Features], ...] = (
    locating_prefix,
    unit_chain,
    connective_ends,
    clause_layout,
    each_lists,
    topic_partner,
    conjunctions,
)


def salience(ctx: Context) -> Features:
    """How much the story is about each unit: the pair of its two most mentioned units
    is most often the pairing it reports."""
    ra = ctx.index.unit_rank(ctx.occ.a.entity, ctx.res)
    rb = ctx.index.unit_rank(ctx.occ.b.entity, ctx.res)
    hi, lo = sorted((min(ra, 3), min(rb, 3)))
    out: Features = {f"salience_ranks={hi}{lo}": 1.0}
    if max(ra, rb) <= 1:
        out["salience_top_two"] = 1.0
    return out


# facts of the pair, the same wherever it occurs
PAIR_STRUCTURE_FEATURES: tuple[Callable[[Context], Features], ...] = (salience,)
