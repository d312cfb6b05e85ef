"""Every other written occurrence of a unit the story named is a mention of it.

The unit rules find a name where the words around it let them (a name after a verb the
segmenter glued to its first character — 来|华星村 read as 来华|星村 — is not found
there), so a unit named in one sentence may go unfound in the next, and a pairing stated
there has no candidate. Once the story's units are resolved, :func:`units_written_again`
scans the story once (an Aho–Corasick automaton over the units' written names) and adds
each other occurrence as a mention of its unit, unless it overlaps a name already found
(其他单位名的一部分) or a character before or after it may belong to a longer name
(华星村 inside 新华星村; :func:`name_boundary_before`, :func:`name_boundary_after`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ingest.extract.orgs import GENERIC_KIND
from ingest.extract.resolve import Resolution, UnitRef
from ingest.model import UNIT_TYPES
from ingest.places.match import find_words
from ingest.segment import Tokens, pos_of

# A name shorter than this (丰县, 二院) is too often part of other words.
MIN_LENGTH = 3
# Parts of speech of a word that may stand right before or after a unit's name inside
# one segmenter word: a verb (来, 走进), a preposition (在, 与, 对, 为), a conjunction
# (和), an adverb, an auxiliary, a pronoun (该), a localizer.
_FUNCTION_POS = frozenset({"v", "p", "c", "d", "u", "uj", "ul", "r", "f"})
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _han(ch: str) -> bool:
    return _HAN.match(ch) is not None


def name_boundary_before(tokens: Tokens, start: int, found_ends: frozenset[int]) -> bool:
    """Whether a unit's name may start at ``start``: at the text's start or after a
    character that is no Han character, right after a found name (某镇|华星村), after a
    word of two characters or more (走访|华星村), after a one-character function word
    (与|华星村), or inside a word the segmenter glued across ``start`` whose part before
    it is a function word (来华|星村: 来). Not after a one-character word of another
    kind (新|华星村 may be 新华星村)."""
    text = tokens.text
    if start == 0 or not _han(text[start - 1]) or start in found_ends:
        return True
    tok = tokens.at(start - 1)
    if tok is None:
        return True
    before = text[tok.start : start]
    if tok.end == start and len(before) >= 2:
        return True
    return pos_of(before) in _FUNCTION_POS


def name_boundary_after(tokens: Tokens, end: int, found_starts: frozenset[int]) -> bool:
    """Whether a unit's name may end at ``end``: at the text's end, before a character
    that is no Han character or a found name, at a token boundary, or inside a word the
    segmenter glued across ``end`` whose rest is a function word (医院为: 为)."""
    text = tokens.text
    if end >= len(text) or not _han(text[end]) or end in found_starts:
        return True
    tok = tokens.at(end)
    if tok is None or tok.start == end:
        return True
    return pos_of(text[end : tok.end]) in _FUNCTION_POS


def _names(res: Resolution, simplified: str) -> dict[str, str]:
    """Written name → entity id, for the units the story names (not only by a generic
    word): the forms it wrote and the aliases resolve gave them, three characters or
    longer, not a generic word, and the name of one entity only."""
    generic_texts = {simplified[u.start : u.end] for u in res.units if u.rule == "generic"}
    named = {u.entity for u in res.units if u.rule != "generic"}
    owners: dict[str, set[str]] = {}
    for e in res.entities:
        if e.type not in UNIT_TYPES or e.id not in named:
            continue
        for a in (e.name, *e.aliases):
            if len(a) >= MIN_LENGTH and a not in GENERIC_KIND and a not in generic_texts:
                owners.setdefault(a, set()).add(e.id)
    return {a: next(iter(ids)) for a, ids in owners.items() if len(ids) == 1}


def units_written_again(
    simplified: str,
    tokens: Tokens,
    res: Resolution,
    taken: Iterable[tuple[int, int]] = (),
) -> Resolution:
    """``res`` with every other occurrence of a named unit's written forms in
    ``simplified`` added as a mention of it (a unit reference of rule ``repeat``), one
    scan of the story. An occurrence that overlaps a found unit, one of ``taken`` (people,
    places, spans the unit finder read) or a longer occurrence, or that a neighbouring
    character may extend into another name, is left."""
    names = _names(res, simplified)
    if not names:
        return res
    found = [(u.start, u.end) for u in res.units] + list(taken)
    hits = find_words(simplified, names)
    if not hits:
        return res
    starts = frozenset(s for s, _ in found)
    ends = frozenset(e for _, e in found)
    covered = bytearray(len(simplified))  # 1 where a found name lies
    for s, e in found:
        covered[s:e] = b"\x01" * (e - s)
    added: list[UnitRef] = []
    for s, e, eid in _longest_first(hits):
        if covered.find(1, s, e) >= 0:
            continue
        if not (name_boundary_before(tokens, s, ends) and name_boundary_after(tokens, e, starts)):
            continue
        covered[s:e] = b"\x01" * (e - s)
        added.append(UnitRef(s, e, e, eid, "repeat"))
    if not added:
        return res
    more: dict[str, list[tuple[int, int]]] = {}
    for u in added:
        more.setdefault(u.entity, []).append((u.start, u.end))
    entities = tuple(
        replace(x, mentions=tuple(sorted({*x.mentions, *more[x.id]}))) if x.id in more else x
        for x in res.entities
    )
    units = tuple(sorted([*res.units, *added], key=lambda u: u.start))
    return Resolution(entities, units, res.people)


def _longest_first(hits: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Occurrences with the longer of two overlapping ones first (某县华星村 before
    华星村), in text order otherwise."""
    return sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0]))
