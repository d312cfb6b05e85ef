"""Features of a PAIRED_WITH candidate: what the text around two units says.

Each feature function reads one occurrence (two unit mentions around a pairing cue) and
returns named features; :func:`occurrence_vectors` gives them per occurrence (what the
model scores one by one) and :func:`candidate_features` merges all occurrences of a pair
(a feature seen in any occurrence is set: what the vetoes read). Names are readable on
purpose (``conj_after_a=与``, ``cue_pos=after_b``): the heaviest weights of the learned
model explain it.

The structure the words alone miss is here: who stands on each side of 与/和, lists
(、), 分别, clause ends, whether the hand-written rules (:mod:`ingest.extract.pairings`)
read the pair, the page's own unit, and pairs across two sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache

from ingest.extract.pair_candidates import Occurrence, PairCandidate, candidate_cue_matches
from ingest.extract.pair_context import Context, Features, PairStory, StoryIndex
from ingest.extract.pair_scene import names_a_venue
from ingest.extract.pair_structure import (
    AID_OBJECT,
    CONJ_CARRIED,
    EACH_ONE_SIDE,
    OFFICER_ACTS,
    PAIR_STRUCTURE_FEATURES,
    PLACES_SIDE_BY_SIDE,
    STRUCTURE_FEATURES,
    SUBJECT_CARRIED,
    SUBJECT_PARTNER,
    bare_code,
    each_sides,
    locating_prefix,
)
from ingest.extract.pairings import COOPERATION, names_their_partner, pairing_word_pattern
from ingest.lexicon import load_lexicon, pair_structure_words

_CLAUSE_END = "。；;！!？?"
_COMMA = "，,"
_CLAUSE_END_RE = re.compile(f"[{re.escape(_CLAUSE_END)}]")
_COMMA_RE = re.compile(f"[{re.escape(_COMMA)}]")
_LIST = "、"
_TYPE_SHORT = {
    "Organization": "Org",
    "Village": "Vil",
    "ResidentsCommittee": "RC",
    "Region": "Reg",
}


def _bucket(n: int, edges: Iterable[int]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return ">"


# How many characters next to a unit its word features (after_a=, before_a=, after_b=,
# conj_after_a=, word_before_b= and their adjacent:/topic: copies) keep. Two characters
# learnt the phrasing of the training articles: after a 、 or 与 the second is the first
# of the next unit's name (after_a=、县, after_a=与青 among the heaviest weights), which
# says nothing on unseen text. One character is the connective, the punctuation mark or
# a verb's first syllable. Issue 14, pairs24, pairings F1 two → one character: trained
# on 359, scored on x201–x240 0.457 → 0.477 and on x161–x200 0.575 → 0.600; trained on
# the seeds and d01–d154, scored on x01–x240 0.741 → 0.744; 5-fold CV by article over
# 399 (protocol split) 0.768 → 0.770 (P 0.861 → 0.865, ECE 0.018 → 0.021).
WORD_CHARS = 1


def _word_after(ctx: Context, i: int) -> str:
    """The characters after ``i`` (a connective, a verb's first syllable: WORD_CHARS);
    digits as # (a date is a date, whatever its day)."""
    return _digits_as_hash(ctx.text[i : i + WORD_CHARS])


def _word_before(ctx: Context, i: int) -> str:
    """The characters before ``i`` (WORD_CHARS), digits as #."""
    return _digits_as_hash(ctx.text[max(0, i - WORD_CHARS) : i])


# A few characters → the same with each digit as #, remembered: the same words stand
# around units in every story, and a regex substitution costs more than a look-up.
# Bounded, since the keys are words of the text.
_HASHED: dict[str, str] = {}
_HASHED_MAX = 50_000


def _digits_as_hash(word: str) -> str:
    found = _HASHED.get(word)
    if found is None:
        if len(_HASHED) > _HASHED_MAX:
            _HASHED.clear()
        found = _HASHED[word] = _NUMBER.sub("#", word)
    return found


def window(ctx: Context) -> Features:
    """Where the two mentions stand: one sentence with a cue, one sentence next to a
    cue, two neighbouring sentences, or the page's unit with a unit of a cue sentence."""
    return {f"win={ctx.occ.window}": 1.0}


def unit_types(ctx: Context) -> Features:
    ta = ctx.res.entity(ctx.occ.a.entity).type
    tb = ctx.res.entity(ctx.occ.b.entity).type
    pair = "+".join(sorted((_TYPE_SHORT[ta], _TYPE_SHORT[tb])))
    out = {f"types={pair}": 1.0}
    if ta == tb == "Region":
        out["both_regions"] = 1.0
    return out


def containment(ctx: Context) -> Features:
    """One place inside the other (某镇 and its 某村) is a location, rarely a pairing;
    one organisation's name inside the other's (某银行 / 某银行某支行) is one body."""
    a, b = ctx.res.entity(ctx.occ.a.entity), ctx.res.entity(ctx.occ.b.entity)
    ca, cb = bare_code(ctx, a.id), bare_code(ctx, b.id)
    out: Features = {}
    if ca and cb and (ca.startswith(cb) or cb.startswith(ca)):
        out["place_inside"] = 1.0
    if a.name and b.name and (a.name in b.name or b.name in a.name):
        out["name_inside"] = 1.0
    return out


def address_heads(ctx: Context) -> Features:
    """A side that is a place written only at the head of an address (某市|某区|某街道:
    every mention of it runs straight into a place inside it) locates the unit after it;
    the pairing is that unit's, not the head's."""
    out: Features = {}
    for side in (ctx.occ.a.entity, ctx.occ.b.entity):
        if _only_heads_addresses(ctx, side):
            out["side_only_heads_addresses"] = 1.0
    return out


def _only_heads_addresses(ctx: Context, entity: str) -> bool:
    """Whether every mention of ``entity`` runs straight into a place inside it; asked
    for each candidate of the unit, answered once per story (it reads all mentions)."""
    key = ("only_heads_addresses", entity)
    found = ctx.index.memo.get(key)
    if found is None:
        found = ctx.index.memo[key] = _reads_only_heads_addresses(ctx, entity)
    return bool(found)


def _reads_only_heads_addresses(ctx: Context, entity: str) -> bool:
    code = bare_code(ctx, entity)
    if not code:
        return False
    mentions = [u for u in ctx.index.units if u.entity == entity]
    if not mentions:
        return False
    for m in mentions:
        nxt = ctx.index.units_within(m.end, m.end + 12)
        inner = bare_code(ctx, nxt[0].entity) if nxt and nxt[0].start == m.end else ""
        if not (inner and inner != code and inner.startswith(code)):
            return False
    return True


def adjacency(ctx: Context) -> Features:
    """Units written next to each other (某镇某村): the first locates the second."""
    a, b = ctx.occ.a, ctx.occ.b
    if b.start - a.end <= 0:
        return {"touching": 1.0}
    return {}


def between(ctx: Context) -> Features:
    """The words between the two mentions of one sentence: the connective after A, the
    word before B, their length, lists and clause ends."""
    occ = ctx.occ
    if occ.window in ("adjacent", "topic"):
        return {}
    lo, hi = occ.a.end, occ.b.start
    if hi <= lo:
        return {}
    gap = ctx.text[lo:hi]
    out: Features = {f"gap_len{_bucket(len(gap), (1, 3, 8, 20, 40))}": 1.0}
    out[f"conj_after_a={_word_after(ctx, lo)}"] = 1.0
    out[f"word_before_b={_word_before(ctx, hi)}"] = 1.0
    if _CLAUSE_END_RE.search(gap):  # one regex pass, not a scan per character
        out["gap_clause_end"] = 1.0
    if _COMMA_RE.search(gap):
        out["gap_comma"] = 1.0
    if _LIST in gap:
        out["gap_list"] = 1.0
    if len(gap) <= 12:
        for cls in sorted(ctx.index.markers(lo, hi)):
            out[f"gap_marker={cls}"] = 1.0
    others = [
        u for u in ctx.index.units_within(lo, hi) if u.entity not in (occ.a.entity, occ.b.entity)
    ]
    out[f"units_between{_bucket(len(others), (0, 1, 3))}"] = 1.0
    if others and all(ctx.text[u.end : u.end + 1] in _LIST + "和与及" for u in others):
        out["list_between"] = 1.0
    return out


_CONJ_WORDS = ("与", "和", "同", "跟", "及", "以及", "联合", "携手", "会同", "、")
_CLAUSE = re.compile(r"[，,。；;！!？?：:]")


def structure(ctx: Context) -> Features:
    """Coordination between the two units of one sentence: A 与 B (nothing else
    between), A 与 … 、B (B in the list A is joined to), a conjunction further on (a
    title and a name between: 某镇党委书记某某代表镇党委与B), a person between, and
    whether a cue closes the clause B stands in."""
    occ = ctx.occ
    if occ.window in ("adjacent", "topic"):
        return {}
    lo, hi = occ.a.end, occ.b.start
    if hi < lo:
        return {}
    gap = ctx.text[lo:hi]
    out: Features = {}
    stripped = gap.strip("党委总支部组织")
    if stripped in _CONJ_WORDS:
        out[f"direct_conj={stripped}"] = 1.0
    conj_at = min((gap.find(w) for w in _CONJ_WORDS[:-1] if w in gap), default=-1)
    if conj_at >= 0:
        out["gap_has_conj"] = 1.0
        if ctx.index.first_clause_mark(lo, hi) is None:
            out["conj_same_clause"] = 1.0
            tail = gap[conj_at:]
            if "、" in tail or "和" in tail[1:]:
                out["b_in_conj_list"] = 1.0
    if ctx.index.person_within(lo, hi):
        out["person_between"] = 1.0
    clause = ctx.index.first_clause_mark(occ.b.end, occ.sentence.end)
    clause_end = occ.sentence.end if clause is None else clause
    after = ctx.text[occ.b.end : clause_end]
    for c in ctx.index.cue_classes(occ.b.end, clause_end):
        out[f"cue_{c}_closes_clause_of_b"] = 1.0
    if "分别" in after or "分别" in gap:
        out["each_near"] = 1.0
    clause_a = ctx.index.last_clause_mark(occ.sentence.start, occ.a.start)
    start_gap = occ.a.start - occ.sentence.start if clause_a is None else occ.a.start - 1 - clause_a
    if start_gap <= 12:
        out["a_opens_clause"] = 1.0
    return out


_LIST_JOINERS = "、，,和及与 "
_MULTI_WORDS = ("由", "有", "组成", "共同", "等", "家", "方", "联盟", "单位")


def _gap_without_units(ctx: Context, lo: int, hi: int) -> str:
    """``text[lo:hi]`` without the characters of the unit mentions inside it (slices
    between the mentions, not a mask per character)."""
    pieces = []
    i = lo
    for u in ctx.index.units_within(lo, hi):  # sorted by start; they may overlap
        if u.start > i:
            pieces.append(ctx.text[i : u.start])
        i = max(i, u.end)
    pieces.append(ctx.text[i:hi])
    return "".join(pieces)


def _has_multi_words(ctx: Context) -> bool:
    """Whether the occurrence's sentence holds a word of a joint act of many (由, 组成,
    共同 …): once per sentence."""
    s = ctx.occ.sentence
    key = ("multi_words", s.start, s.end)
    found = ctx.index.memo.get(key)
    if found is None:
        sent = ctx.text[s.start : s.end]
        found = ctx.index.memo[key] = any(w in sent for w in _MULTI_WORDS)
    return bool(found)


def enumeration(ctx: Context) -> Features:
    """One list of units (A、B、C) and what the sentence says of the list: a joint
    signing or alliance (由A、B、C…联建; A、B、C组成联盟) pairs every two of them; a
    pairing word between A and a list (A对口支援B、C; A结对帮扶B) pairs A with each."""
    occ = ctx.occ
    if occ.window in ("adjacent", "topic") or occ.b.start < occ.a.end:
        return {}
    out: Features = {}
    rest = _gap_without_units(ctx, occ.a.end, occ.b.start)
    # only list joiners left once party endings go: strip() of them leaves nothing
    if rest and not rest.replace("党委", "").replace("党支部", "").strip(_LIST_JOINERS):
        out["same_list"] = 1.0
        if _has_multi_words(ctx):
            out["same_list&multi_words"] = 1.0
        for c in ctx.index.cue_classes(occ.sentence.start, occ.sentence.end):
            out[f"same_list&cue_{c}"] = 1.0
    if ctx.index.first_clause_mark(occ.a.end, occ.b.start) is None:
        for c in ctx.index.cue_classes(occ.a.end, occ.b.start):
            out[f"cue_{c}_joins_a_b"] = 1.0
    return out


def surroundings(ctx: Context) -> Features:
    """The word before A and the word after B (由A与B; A与B签订)."""
    out: Features = {}
    a, b = ctx.occ.a, ctx.occ.b
    out[f"before_a={_word_before(ctx, a.start)}"] = 1.0
    end = b.end
    if end < len(ctx.text):
        out[f"after_b={_word_after(ctx, end)}"] = 1.0
    out[f"after_a={_word_after(ctx, a.end)}"] = 1.0
    return out


def cues(ctx: Context) -> Features:
    """Which cues stand in the occurrence's text, of what class, and where: between
    the two units, after B, before A."""
    lo, hi = ctx.occ.span
    out: Features = {}
    a, b = ctx.occ.a, ctx.occ.b
    first, last = (a, b) if a.start <= b.start else (b, a)
    for start, end, (word, after_b, after_b_far, before_a, between) in _cue_keys(ctx, lo, hi):
        out[word] = 1.0
        if start >= last.end:
            out[after_b if start - last.end <= 15 else after_b_far] = 1.0
        elif end <= first.start:
            out[before_a] = 1.0
        else:
            out[between] = 1.0
    return out


def _cue_keys(
    ctx: Context, lo: int, hi: int
) -> tuple[tuple[int, int, tuple[str, str, str, str, str]], ...]:
    """The cues of ``[lo, hi)`` with the names :func:`cues` may give them (``cue=`` its
    word; its class after B, far after B, before A, between), made once per span: the
    occurrences of one sentence share their span."""
    key = ("cue_keys", lo, hi)
    found = ctx.index.memo.get(key)
    if found is None:
        found = ctx.index.memo[key] = tuple(
            (
                start,
                end,
                (
                    f"cue={word}",
                    f"cue_{cls}_after_b",
                    f"cue_{cls}_after_b_far",
                    f"cue_{cls}_before_a",
                    f"cue_{cls}_between",
                ),
            )
            for start, end, word, cls in ctx.index.cues_within(lo, hi)
        )
    return found  # type: ignore[no-any-return]


def candidate_only_cues(ctx: Context) -> Features:
    """The candidate-only cues (``lexicons/pair_candidate_cues.tsv``: 援藏, 包扶, 缔结,
    报到 …) in the occurrence's text: ``weak_cue``, ``weak_cue=<word>``, and
    ``weak_cue_only`` where no cue of ``pair_cues.tsv`` stands there — the word opened
    the candidate, and the model learns how far to trust it; no hand frame reads it
    (pairs73)."""
    lo, hi = ctx.occ.span
    key = ("candidate_only_cues", lo, hi)
    found = ctx.index.memo.get(key)
    if found is None:
        words = {m.group() for m in candidate_cue_matches(ctx.text, lo, hi)}
        found = {}
        if words:
            found["weak_cue"] = 1.0
            for w in words:
                found[f"weak_cue={w}"] = 1.0
            if not ctx.index.cues_within(lo, hi):
                found["weak_cue_only"] = 1.0
        ctx.index.memo[key] = found
    return dict(found)


def markers(ctx: Context) -> Features:
    """Negation, plans, generic partners, visits, lectures, business deals, 分别, 双方 in
    the sentence."""
    s = ctx.occ.sentence
    key = ("marker_features", s.start, s.end)
    found = ctx.index.memo.get(key)
    if found is None:  # once per sentence, copied for each occurrence
        found = ctx.index.memo[key] = {
            f"marker={cls}": 1.0 for cls in sorted(ctx.index.markers(s.start, s.end))
        }
    return dict(found)


def roles(ctx: Context) -> Features:
    """First or last unit of its sentence, the page's unit, named in the headline."""
    out: Features = {}
    s = ctx.occ.sentence
    refs = ctx.index.units_within(s.start, s.end)
    if refs:
        if refs[0].entity == ctx.occ.a.entity:
            out["a_first_in_sentence"] = 1.0
        if refs[-1].entity == ctx.occ.b.entity:
            out["b_last_in_sentence"] = 1.0
        out[f"units_in_sentence{_bucket(len(refs), (2, 3, 5, 8))}"] = 1.0
    if ctx.topic in (ctx.occ.a.entity, ctx.occ.b.entity):
        out["has_topic"] = 1.0
    if ctx.occ.a.rule == "self" or ctx.occ.b.rule == "self":
        out["self_reference"] = 1.0
    if "anaphor_far" in (ctx.occ.a.rule, ctx.occ.b.rule):
        out["far_anaphor"] = 1.0  # 该院 … meaning a unit named paragraphs before
    if ctx.title_end and ctx.occ.b.end <= ctx.title_end:
        out["in_headline"] = 1.0
    return out


# Frames of :mod:`ingest.extract.pairings` whose reading the model weighs rather than
# keeps: 双方 names the two units in view, but which two units a report has in view is
# often not the pair (a guest and its host, a unit and its own site; 9 of 23 kept
# pairs of the readable training articles gold).
_WEIGHED_FRAMES = ("pair_both",)


def weighed_by_model(rule: str) -> bool:
    """Whether a frame's reading is only a feature for the model, not a pair kept
    whatever the model says: a frame whose keyword is a word of cooperation between
    regions (:data:`COOPERATION`), or one of :data:`_WEIGHED_FRAMES`."""
    return rule.endswith(COOPERATION) or rule in _WEIGHED_FRAMES


def hand_rules(ctx: Context) -> Features:
    """Whether the hand-written frames of :mod:`ingest.extract.pairings` read the pair."""
    rule = ctx.rule_pairs.get(frozenset((ctx.occ.a.entity, ctx.occ.b.entity)))
    if rule and weighed_by_model(rule):
        return {f"rule={rule}": 1.0}  # weighed by the model, not kept as a hand frame's
    return {f"rule={rule}": 1.0, "rule_any": 1.0} if rule else {}


# not ``rule_any``: the weight of the hand frames' feature stays theirs
TABLE_RULE = "rule=pair_table"


def table_rows(ctx: Context) -> Features:
    """A row of a table under a pairing heading (对口支援…: 甲省：乙县、丙县): the unit
    opening the row with each unit after it — read like a hand frame (``rule=pair_table``)."""
    if ctx.occ.window == "table":
        return {TABLE_RULE: 1.0}
    return {}


# -- Features read from the error list (scripts/pair_errors.py): each family one function.

# Name endings of a body two partners form or meet in (an alliance, a base, a working
# team), seldom itself one side of a pairing: ending → kind.
_COLLECTIVE_ENDINGS = (
    ("联盟", "alliance"),
    ("共同体", "alliance"),
    ("联合体", "alliance"),
    ("联席会", "alliance"),
    ("商会", "association"),
    ("协会", "association"),
    ("基地", "site"),
    ("阵地", "site"),
    ("平台", "site"),
    ("服务站", "site"),
    ("服务中心", "site"),
    ("工作组", "team"),
    ("工作队", "team"),
    ("帮扶组", "team"),
    ("团组", "team"),
)
# first characters a unit's name should not open with: a connective read into the name
_NAME_OPENERS = ("暨", "与", "和", "及", "在", "向", "对")


def collective_sides(ctx: Context) -> Features:
    """Either side named as an alliance, an association, a site or a working team (a
    body the partners form or a place they meet), or a name that opens with a
    connective (暨…: a name read past its boundary)."""
    out: Features = {}
    for u in (ctx.occ.a, ctx.occ.b):
        for key in _collective_keys(ctx, u.entity):
            out[key] = 1.0
    return out


def _collective_keys(ctx: Context, entity: str) -> tuple[str, ...]:
    """:func:`collective_sides`' feature names for one side, in order: once per unit and
    story (each unit stands in many candidates)."""
    key = ("collective_keys", entity)
    found: tuple[str, ...] | None = ctx.index.memo.get(key)
    if found is None:
        name = ctx.res.entity(entity).name
        keys = [f"side_is_{kind}" for ending, kind in _COLLECTIVE_ENDINGS if name.endswith(ending)]
        if name.startswith(_NAME_OPENERS):
            keys.append("side_name_opens_with_connective")
        found = ctx.index.memo[key] = tuple(keys)
    return found


_OUTLET_ENDINGS = pair_structure_words()["outlet_endings"]


def media_sides(ctx: Context) -> Features:
    """Either side a news outlet's title (某某网, 某某日报, 某某客户端: a unit of the
    organisation subtype ``media`` whose name ends as ``outlet_endings`` says): the
    page's source or its reporter's employer, named in the byline — never a partner in
    the training articles (pairs16). A newspaper office or a county media centre (某某报社,
    某县融媒体中心) is a body that may pair: not an outlet's title."""
    for u in (ctx.occ.a, ctx.occ.b):
        e = ctx.res.entity(u.entity)
        if e.subtype == "media" and e.name.endswith(_OUTLET_ENDINGS):
            return {"side_is_media": 1.0}
    return {}


# 的 after B, past a word that only says what B is (A与B企业的活动: B's events)
_OWNER_DE = re.compile(r"(?:企业|单位|党组织|党员|干部|职工|双方|两家|之间|共同)?的")
_AT = re.compile(r"在[^，,。；;]{0,4}$")


def modifier_phrase(ctx: Context) -> Features:
    """The two units as the owners of something (A与B的活动上; 在A与B…的…上): a
    modifier of an event or a place, not a statement that they pair."""
    occ = ctx.occ
    if occ.window in ("adjacent", "topic") or occ.b.start < occ.a.end:
        return {}
    out: Features = {}
    if _OWNER_DE.match(ctx.text, occ.b.end):
        out["b_then_de"] = 1.0
    lo = max(occ.sentence.start, occ.a.start - 8)
    if _AT.search(ctx.text[lo : occ.a.start]):
        out["at_before_a"] = 1.0
        if "b_then_de" in out:
            out["at_a_b_de"] = 1.0
    return out


_ATTENDING_VERB = re.compile(r"参加|出席|参会|到场|列席|陪同|见证|观摩|参与")


def attendance_list(ctx: Context) -> Features:
    """B in a list of those present (A、B、C等…参加/出席; 出席的有A、B): attendance
    says who was there, not who pairs with whom."""
    occ = ctx.occ
    if occ.window in ("adjacent", "topic"):
        return {}
    text = ctx.text
    end_m = ctx.index.first_clause_mark(occ.b.end, occ.sentence.end)  # _CLAUSE's marks
    clause_end = occ.sentence.end if end_m is None else end_m
    out: Features = {}
    after = text[occ.b.end : clause_end]
    if _ATTENDING_VERB.search(after):
        out["attend_after_b"] = 1.0
        if text[occ.b.end : occ.b.end + 1] in "、等" or "等" in after[:6]:
            out["listed_then_attend"] = 1.0
    # back to the character after the last clause mark before A (or the sentence's start)
    mark = ctx.index.last_clause_mark(occ.sentence.start, occ.a.start)
    start = occ.sentence.start if mark is None else mark + 1
    if _ATTENDING_VERB.search(text, start, occ.a.start):
        out["attend_before_a"] = 1.0
    return out


# Facts of the pair itself, the same wherever it occurs: read once per candidate.
PAIR_FEATURES: tuple[Callable[[Context], Features], ...] = (
    unit_types,
    containment,
    address_heads,
    hand_rules,
    collective_sides,
    media_sides,
    *PAIR_STRUCTURE_FEATURES,
)
FEATURES: tuple[Callable[[Context], Features], ...] = (
    window,
    adjacency,
    between,
    structure,
    enumeration,
    surroundings,
    cues,
    candidate_only_cues,
    markers,
    roles,
    modifier_phrase,
    attendance_list,
    table_rows,
    *STRUCTURE_FEATURES,
)

_NUMBER = re.compile(r"\d")
# Features of the pair itself, the same in every occurrence: never prefixed.
_PAIR_LEVEL = (
    "back_reference_ambiguous",
    "denied_every_time",
    "award_giver_only",
    "directive_giver_only",
    "group_head_only",
    "group_heads_both",
    "inside_body_name",
    "venue_only",
    "business_deal_only",
    "attends_apart_only",
    "attended_only",
    "shared_partner_only",
    "frame_one_side_of_each",
    "rule_paired_both_elsewhere",
    "bias",
    "place_inside",
    "name_inside",
    "has_topic",
    "rule",
    "types=",
    "both_regions",
    "salience",
    "side_",
    "pair_sentences",
    "cue_sentences",
    "pair_in_headline",
    "story_candidates",
    "hub_member",  # pair_structure.hub_members: the hub may be named in the headline only
    "convened_member",  # pair_structure.convened_members: the hub one sentence before
    # pair_structure.own_head_list: the page's unit read off the page (window topic) is
    # the same frame as its self-word in the sentence (window same)
    "run_own_head_list_member",
)


# The rare learned readings of who a sentence pairs (pair_structure: one named structure
# each, none read like a hand frame, each weighed by the model). Not the loose
# `subject_partner&cue_after` (A the sentence's subject, a pairing word after B): it reads
# 842 of the readable set's 26,286 candidates, each of the others 16–96 (out of fold with
# pairs68's whole patch: 361 kept right, 81 kept wrong, 331 wrong and 69 gold under the
# threshold), and pooled with the rare ones it lent their weight to its wrong ones
# (5-fold CV, salt a: tp/fp 1506/434 → 1523/463).
STRUCTURE_READINGS: tuple[str, ...] = (
    CONJ_CARRIED,
    SUBJECT_CARRIED,
    AID_OBJECT,
    OFFICER_ACTS,
    PLACES_SIDE_BY_SIDE,
    f"{SUBJECT_PARTNER}&verb_before",
    f"{SUBJECT_PARTNER}&title_before",
)
STRUCTURE_READING = "structure_reading"


def pooled_structure_reading(feats: Mapping[str, float]) -> Features:
    """``structure_reading`` when any rare learned reading of the sentence's structure
    (:data:`STRUCTURE_READINGS`: A's officer acting for A, B the object of A's help, a
    clause that carries A as its subject, B named by a pairing verb or a partner title
    with A the sentence's subject …) reads the occurrence. Each is rare, and under the
    model's regularisation a rare feature earns only a small weight — `officer_acts_for_a`
    +0.16 against `person_between` −0.40 —, so the gold pairings such a reading finds
    stayed under the threshold; one feature set by any of them pools their evidence
    (pairs68's idea; pairs70, 5-fold CV over the readable 1,583 with `subject_partner`,
    fold split by split: protocol tp/fp 1513/409 → 1519/400, salt a 1508/432 → 1530/446,
    salt b 1539/431 → 1543/434; against the code before both 1511/424, 1506/434,
    1512/422)."""
    return {STRUCTURE_READING: 1.0} if any(k in feats for k in STRUCTURE_READINGS) else {}


def occurrence_features(ctx: Context) -> Features:
    out: Features = {}
    for f in FEATURES:
        out.update(f(ctx))
    out.update(pooled_structure_reading(out))
    return out


def candidate_features(cand: PairCandidate, story: PairStory) -> Features:
    """The features of a pair: those of every occurrence, merged (max), and how often
    and in how many windows the pair occurs."""
    merged = pair_level_features(cand, story)
    add_occurrence_features(merged, cand, story)
    return merged


def pair_level_features(cand: PairCandidate, story: PairStory) -> Features:
    """The first part of :func:`candidate_features`: the bias and the facts of the pair
    itself (:data:`PAIR_FEATURES`), cheap next to the occurrences' features — enough to
    tell that some vetoes stop the pair whatever its occurrences say
    (:func:`ingest.extract.pair_decide.vetoed_by_pair_level`)."""
    merged: Features = {"bias": 1.0}
    first = story.at(cand.occurrences[0])
    for f in PAIR_FEATURES:
        merged.update(f(first))
    return merged


def add_occurrence_features(
    merged: Features, cand: PairCandidate, story: PairStory
) -> tuple[Features, ...]:
    """The rest of :func:`candidate_features`, added to ``merged`` (what
    :func:`pair_level_features` returned): every occurrence's features (a value only
    ever raised, max), their count, and the pair-level facts over all occurrences.
    Returns each occurrence's own features, named as in ``merged``."""
    vectors = occurrence_vectors(cand, story)
    merge_max(merged, vectors)
    merged.update(pair_spread_features(cand, story))
    return vectors


def merge_max(merged: Features, vectors: Iterable[Mapping[str, float]]) -> None:
    """Each feature of ``vectors`` into ``merged``, a value only ever raised (max)."""
    for vec in vectors:
        for key, v in vec.items():
            if v > merged.get(key, 0.0):
                merged[key] = v


def pair_spread_features(cand: PairCandidate, story: PairStory) -> Features:
    """The facts of the pair over all its occurrences: their count, the pair-level
    vetoes' facts, how often the story joins the pair, where one unit locates the other."""
    out: Features = {f"occurrences{_bucket(len(cand.occurrences), (1, 2, 4))}": 1.0}
    rule_pairs = said_rule_pairs(story)
    out.update(_pair_level(cand, story.text, story.index, rule_pairs))
    out.update(recurrence(cand, story.index, story.title_end))
    out.update(locating_spread(cand, story))
    out.update(each_side_spread(cand, story, rule_pairs))
    return out


# a hand frame of pairings.py reads the pair, and every cue sentence that names both
# units writes them on one side of 分别与
EACH_ONE_SIDE_ONLY = "frame_one_side_of_each"


def each_side_spread(
    cand: PairCandidate, story: PairStory, rule_pairs: Mapping[frozenset[str], str]
) -> Features:
    """``frame_one_side_of_each`` when a hand frame of :mod:`.pairings` reads the pair
    and every cue sentence that names both units writes them in one of two runs that
    分别与 joins (:func:`pair_structure.each_sides`: 甲区、乙区分别与某省某市丙县、丁县结对
    names 丙县 and 丁县 on one side; the frame, not seeing the 分别与 past the places,
    reads 丙县、丁县签署… as a list of parties). Only where a frame reads it: elsewhere the
    model weighs ``each_one_side`` of each sentence."""
    if frozenset((cand.a, cand.b)) not in rule_pairs:
        return {}
    same = [o for o in cand.occurrences if o.window == "same"]
    if same and all(EACH_ONE_SIDE in each_sides(story.at(o)) for o in same):
        return {EACH_ONE_SIDE_ONLY: 1.0}
    return {}


def occurrence_vectors(cand: PairCandidate, story: PairStory) -> tuple[Features, ...]:
    """Each occurrence's features, one dict per occurrence, named as in the merged
    features: features of a pair in one sentence speak for themselves; those read across
    sentences or through the page's unit are weaker evidence, kept apart by a prefix."""
    out = []
    for occ in cand.occurrences:
        feats = occurrence_features(story.at(occ))
        if occ.window != "same":
            keys = _prefixed(occ.window)
            named: Features = {}
            for k, v in feats.items():
                key = keys.get(k) or _with_prefix(keys, occ.window, k)
                if v > named.get(key, 0.0):
                    named[key] = v
            feats = named
        out.append(feats)
    return tuple(out)


# Feature name → its name in a candidate's features for occurrences of a window other
# than "same" (pair-level names unprefixed), memoised: the same names recur in every
# story. Bounded, since names carry words of the text (before_a=某某).
_PREFIXED: dict[str, dict[str, str]] = {}
_PREFIXED_MAX = 50_000


def _prefixed(window: str) -> dict[str, str]:
    keys = _PREFIXED.get(window)
    if keys is None or len(keys) > _PREFIXED_MAX:
        keys = _PREFIXED[window] = {}
    return keys


def _with_prefix(keys: dict[str, str], window: str, name: str) -> str:
    key = name if name.startswith(_PAIR_LEVEL) else f"{window}:{name}"
    keys[name] = key
    return key


def said_rule_pairs(story: PairStory) -> Mapping[frozenset[str], str]:
    """The hand frames' pairs less those of one place inside the other (由某街道和某银行及
    甲村、乙村共同签订: the frame joins the street with its villages, a pair
    ``place_within`` stops): a pair no one says is no sign that its two units are paired
    elsewhere (``rule_paired_both_elsewhere``). Read once per story."""
    key = ("said_rule_pairs",)
    found: Mapping[frozenset[str], str] | None = story.index.memo.get(key)
    if found is None:
        found = story.index.memo[key] = {
            p: rule for p, rule in story.rule_pairs.items() if not _places_nested(story, p)
        }
    return found


def _places_nested(story: PairStory, pair: frozenset[str]) -> bool:
    """The two entities are places, one inside the other by division code."""
    codes = [(story.res.entity(e).division_code or "").rstrip("0") for e in pair]
    return (
        len(codes) == 2
        and all(codes)
        and (codes[0].startswith(codes[1]) or codes[1].startswith(codes[0]))
    )


def referred_sentences(cand: PairCandidate, index: StoryIndex) -> frozenset[int]:
    """The cue sentences that hold both units of the pair, one of them (or both) only
    by a word that refers to it (我县, 本村, 该院, 该公司 …): they name the pair as much
    as a sentence that writes both names, though the story's unit mentions miss them."""
    out = set()
    for o in cand.occurrences:
        if o.window == "same":
            k = index.sentence_number(o.a.start)
            if k == index.sentence_number(o.b.start):
                out.add(k)
    return frozenset(out)


def recurrence(cand: PairCandidate, index: StoryIndex, title_end: int) -> Features:
    """How often the story joins the pair: sentences that name both units (with or
    without a cue; a unit written 我县/该院 … counts where a cue sentence so names it:
    :func:`referred_sentences`), sentences with a cue that name both, both named in the
    headline."""
    both = index.unit_sentences(cand.a) & index.unit_sentences(cand.b)
    both |= referred_sentences(cand, index)
    out: Features = {f"pair_sentences{_bucket(len(both), (0, 1, 2))}": 1.0}
    cued = {o.sentence.start for o in cand.occurrences if o.window == "same"}
    out[f"cue_sentences{_bucket(len(cued), (0, 1, 2))}"] = 1.0
    if title_end:
        heads = {u.entity for u in index.units_within(0, title_end)}
        if cand.a in heads and cand.b in heads:
            out["pair_in_headline"] = 1.0
            if headline_cue(index, title_end):
                out[HEADLINE_CUE] = 1.0
    return out


# both units in the headline, and a pairing, signing or joint-work word there too
HEADLINE_CUE = "pair_in_headline&cue"


def headline_cue(index: StoryIndex, title_end: int) -> bool:
    """The headline holds a pairing cue (结对, 共建, 协作, 签约 …: any class): a headline
    naming two units with one reports their pairing (交口县人民检察院 吕梁上海实验小学检校共建
    首次座谈会; 某局联合某公司开展支部…主题党日活动), where two units named in a headline
    of a visit or a meeting alone are often not paired (``pair_in_headline`` alone weighs
    −0.2; pairs71)."""
    return bool(index.cue_classes(0, title_end))


def locating_spread(cand: PairCandidate, story: PairStory) -> Features:
    """Whether one unit only locates the other everywhere, or only somewhere: a place
    written before a unit in one sentence (某省某市) may be joined to that unit, or to
    another, by a pairing cue in another sentence (某市与某省扶贫协作) — there the
    merged ``one_locates_another`` of one occurrence does not speak for the pair."""
    same = [o for o in cand.occurrences if o.window == "same"]
    located = [bool(locating_prefix(story.at(o))) for o in cand.occurrences]
    if not any(located):
        return {}
    free = [o for o, loc in zip(cand.occurrences, located, strict=True) if not loc]
    if any(o.window == "same" for o in free):
        return {"located_elsewhere_free_in_cue_sentence": 1.0}
    if same:
        return {"located_in_every_cue_sentence": 1.0}
    return {}


def story_priors(n_candidates: int) -> Features:
    """How many candidates the story holds: a story of one pairing has few, a report
    that lists every unit of a county has many, each of them less likely."""
    return {f"story_candidates{_bucket(n_candidates, (1, 3, 8, 20, 50))}": 1.0}


_NEGATIONS = ("没有", "未曾", "并未", "尚未", "从未", "不是", "并非", "无结对")


def _pair_level(
    cand: PairCandidate, text: str, index: StoryIndex, rule_pairs: Mapping[frozenset[str], str]
) -> Features:
    """Facts of the pair over all its occurrences: denied wherever the two units are
    joined in one sentence; each paired with another unit by the hand frames, never
    with each other (lists of pairs, 分别)."""
    out: Features = {}
    same = [o for o in cand.occurrences if o.window == "same"]
    if same and all(_negated(text, o) for o in same):
        out["denied_every_time"] = 1.0
    if same and all(_attended_only(text, index, o) for o in same):
        out["attended_only"] = 1.0
    if all(o.window == "near" for o in cand.occurrences) and all(
        _units_in_view(index, o) > 2 for o in cand.occurrences
    ):
        out["back_reference_ambiguous"] = 1.0
    if same and all(_names_an_award_giver(text, o) for o in same):
        out["award_giver_only"] = 1.0
    if same and all(_names_a_directive_giver(text, o) for o in same):
        out["directive_giver_only"] = 1.0
    if same and all(_names_a_group_head(text, o) for o in same):
        out["group_head_only"] = 1.0
    if both_head_groups(text, same):
        out["group_heads_both"] = 1.0
    if same and all(pairs_inside_a_name(text, o) for o in same):
        out["inside_body_name"] = 1.0
    if same and all(names_a_venue(text, index, o) for o in same):
        out["venue_only"] = 1.0
    if business_deal_only(text, index, same):
        out["business_deal_only"] = 1.0
    if same and all(attends_apart(text, index, o) for o in same):
        out["attends_apart_only"] = 1.0
    if same and all(shares_a_named_partner(text, index, o) for o in same):
        out["shared_partner_only"] = 1.0
    pair = frozenset((cand.a, cand.b))
    if pair not in rule_pairs:
        paired = {e for p in rule_pairs for e in p}
        if cand.a in paired and cand.b in paired:
            out["rule_paired_both_elsewhere"] = 1.0
    return out


def _units_in_view(index: StoryIndex, occ: Occurrence) -> int:
    """Units a 双方 could mean in the sentence: each run of units written next to each
    other (某区某镇某村) counts once."""
    refs = index.units_within(occ.sentence.start, occ.sentence.end)
    return sum(1 for k, u in enumerate(refs) if k + 1 == len(refs) or refs[k + 1].start > u.end)


_ATTENDING = frozenset({"attend", "meeting", "visit", "lecture"})


def _attended_only(text: str, index: StoryIndex, occ: Occurrence) -> bool:
    """The two units attend, meet, visit or hear something together, and no pairing or
    signing word stands in their own clause (在结对共建推进会上，A与B作交流发言)."""
    end = index.first_clause_mark(occ.b.end, occ.sentence.end)
    stop = occ.sentence.end if end is None else end
    start = occ.a.start
    if start > occ.sentence.start:  # back to the clause mark before A
        mark = index.last_clause_mark(occ.sentence.start, start)
        start = occ.sentence.start if mark is None else mark + 1
    if any(c[3] in ("pair", "sign") for c in index.cues_within(start, stop)):
        return False
    if both_sides_act(text, index, stop, occ.sentence.end):
        return False
    if labels_a_partner(text, index, occ):
        return False
    if visits_to_pair(text, index, occ, stop):
        return False
    return bool(index.markers(start, stop) & _ATTENDING)


def visits_to_pair(text: str, index: StoryIndex, occ: Occurrence, stop: int) -> bool:
    """The clause of B (ending at ``stop``) is a visit that ends at B (甲一行来到乙村,
    甲前往乙村, 甲到乙村调研: no unit after B in it), and the clause right after it carries out
    a pairing with no unit of its own before the pairing word (…，开展联学共建活动;
    …，开启重点帮扶工作): the visit is the pairing's work, not a mere co-presence
    (pairs67: of the readable candidates so vetoed as ``attended_only``, gold pairings)."""
    s = occ.sentence
    if stop >= s.end or index.units_within(occ.b.end, stop):
        return False
    mark = index.last_clause_mark(s.start, occ.b.start)
    if "visit" not in index.markers(s.start if mark is None else mark + 1, stop):
        return False
    after = stop + 1
    end = s.end if (mark := index.first_clause_mark(after, s.end)) is None else mark
    titles = [m.span() for m in _partner_label().finditer(text, after, end)]
    pair = next(
        (
            c
            for c in index.cues_within(after, end)
            if c[3] == "pair" and not any(lo <= c[0] < hi for lo, hi in titles)
        ),
        None,
    )  # a pairing word, not a title (与结对村工作人员座谈: another unit's)
    return pair is not None and not index.units_within(after, pair[0])


@cache
def _partner_label() -> re.Pattern[str]:
    """结对社区, 联点村, 帮扶的重点村, 共建单位: a title naming a unit as a standing partner."""
    words = pair_structure_words()
    return re.compile(
        f"(?:{_alternation(words['partner_title_cues'])})的?"
        f"(?:{_alternation(words['partner_title_modifiers'])})?"
        f"({_alternation(words['partner_title_nouns'])})"
    )


def labels_a_partner(text: str, index: StoryIndex, occ: Occurrence) -> bool:
    """The sentence titles one of the two units as a standing partner (甲一行来到乙社区，
    与结对社区工作人员座谈; 甲前往联点社区乙社区): a partner label (``partner_title_*``)
    either right before one of the two units, or standing alone (no unit after it) with
    its noun ending one of the two units' names, so that it can only mean that unit. Of
    a visit so written the units are partners, not only present together (pairs50)."""
    s = occ.sentence
    ends = tuple(text[u.start : u.end] for u in (occ.a, occ.b))
    for m in _partner_label().finditer(text, s.start, s.end):
        if index.units_within(m.start(), m.end()) or any(
            u.start < m.start() < u.end for u in index.units_within(s.start, m.end())
        ):
            continue  # the label is part of a unit's name (某某结对帮扶工作队)
        after = index.units_within(m.end(), min(s.end, m.end() + 12))
        if after and after[0].start == m.end():
            # the label titles the units written right after it (联点社区某街道某社区)
            run = [after[0]]
            for u in after[1:]:
                if u.start != run[-1].end:
                    break
                run.append(u)
            if any(u.entity in (occ.a.entity, occ.b.entity) for u in run):
                return True
            continue
        noun = m.group(1)
        if any(e.endswith(noun) for e in ends):
            return True
    return False


_BOTH_SIDES = re.compile(r"双方")


def both_sides_act(text: str, index: StoryIndex, lo: int, hi: int) -> bool:
    """A later clause of the sentence opens with 双方 and holds a pairing or signing word
    (甲在与乙的交流中，双方经过协商…签订友好协议书): the two units the meeting joined are the
    sides of that act, not only present together."""
    for m in _BOTH_SIDES.finditer(text, lo, hi):
        mark = index.last_clause_mark(lo, m.start())
        if mark is None or text[mark + 1 : m.start()].strip():
            continue  # 双方 not opening its clause
        if any(c[3] in ("pair", "sign") for c in index.cues_within(m.end(), hi)):
            return True
    return False


# 被A评为…, A授予…: A gives an honour (the award's giver, not a partner)
_AWARD_AFTER = pair_structure_words()["award_verbs"]


def _names_an_award_giver(text: str, occ: Occurrence) -> bool:
    """One of the two units stands as the giver of an honour (被某局评为“先进社区”)."""
    return any(
        text.startswith(_AWARD_AFTER, u.end) or text[max(0, u.start - 1) : u.start] == "被"
        for u in (occ.a, occ.b)
    )


_WORDS = pair_structure_words()


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# 根据|某委…|安排: an opener a few characters before the unit, a directive noun after it
# with no clause mark, list mark or connective between (that would be another unit's)
_DIRECTIVE_BEFORE = re.compile(
    f"(?:{_alternation(_WORDS['directive_openers'])})[^，,。；;：:]{{0,4}}$"
)
_DIRECTIVE_AFTER = re.compile(
    f"[^，,。；;：:、与和及同跟]{{0,14}}?(?:{_alternation(_WORDS['directive_nouns'])})"
)


def _names_a_directive_giver(text: str, occ: Occurrence) -> bool:
    """One of the two units stands as the one who arranges, calls for or approves the
    pairing (根据某委结对共建安排, 响应某部号召, 经某部批准): a director, not a partner."""
    return any(
        _DIRECTIVE_BEFORE.search(text, max(0, u.start - 8), u.start)
        and _DIRECTIVE_AFTER.match(text, u.end, u.end + 20)
        for u in (occ.a, occ.b)
    )


# 某省|56个贫困县, 某镇|各居民区, 某商会|两家企业: a count or a quantifier, then the members
_GROUP_AFTER = re.compile(
    "的?(?:(?:[0-9]+|[一二两三四五六七八九十百几多数]+)[个家所]?|"
    f"{_alternation(_WORDS['group_quantifiers'])})"
    f"(?:{_alternation(_WORDS['group_qualifiers'])})?"
    f"(?:{_alternation(_WORDS['group_members'])})"
)


def _names_a_group_head(text: str, occ: Occurrence) -> bool:
    """One of the two units only heads a group of its own members (某省56个贫困县与…结对,
    某医院与某镇各居民区结对): the members pair, not the place or body that holds them."""
    return any(_GROUP_AFTER.match(text, u.end, u.end + 10) for u in (occ.a, occ.b))


def both_head_groups(text: str, same: Sequence[Occurrence]) -> bool:
    """Both units head groups of their own members in a sentence that joins them (甲市3个
    区结对帮扶乙市5个县: the districts pair with the counties, the two cities are not said
    to), and every other sentence that joins them writes one of them so (除乙市外，甲市16个
    区…): a count or quantifier and a member noun right after the unit."""
    by_sentence: dict[int, list[tuple[bool, bool]]] = {}
    for o in same:
        heads = (
            bool(_GROUP_AFTER.match(text, o.a.end, o.a.end + 10)),
            bool(_GROUP_AFTER.match(text, o.b.end, o.b.end + 10)),
        )
        by_sentence.setdefault(o.sentence.start, []).append(heads)
    sentences = by_sentence.values()
    return any(any(a and b for a, b in occs) for occs in sentences) and all(
        any(a or b for a, b in occs) for occs in sentences
    )


@cache
def _body_name_after() -> re.Pattern[str]:
    """A pairing word, then up to twelve characters of one name and a body noun closing
    it before a list mark or a clause mark (对口支援某州前方指挥部、)."""
    words = _alternation(load_lexicon().pairing_words)
    return re.compile(
        f"(?:{words})[^、，,。；;：:\\s（(]{{0,12}}?(?:{_alternation(_WORDS['body_nouns'])})"
        "(?=[、，,。；;：:和与及（(]|$)"
    )


def pairs_inside_a_name(text: str, occ: Occurrence) -> bool:
    """The first unit runs straight into a pairing word that only names a body with the
    noun closing it (某省对口支援某州前方指挥部、某州党委组织部共同举办: the 指挥部 is one
    body, 某省 does not pair there)."""
    first = min(occ.a, occ.b, key=lambda u: u.start)
    return bool(_body_name_after().match(text, first.end))


_LIST_ONLY = re.compile(r"[、和及与\s]*")


def _only_list_marks(text: str, index: StoryIndex, lo: int, hi: int) -> bool:
    """Nothing but list marks and other units' names stands in ``text[lo:hi]``."""
    rest = text[lo:hi]
    for u in reversed(index.units_within(lo, hi)):
        rest = rest[: u.start - lo] + rest[u.end - lo :]
    return bool(_LIST_ONLY.fullmatch(rest))


def attends_apart(text: str, index: StoryIndex, occ: Occurrence) -> bool:
    """The later unit opens a clause of its own, alone or in a list of units, whose
    verb is one of attendance (甲与乙签订共建协议，丙、丁负责同志参加会议: 丁 after the
    comma): it was present at what the first unit did, it is no partner of it."""
    first, second = sorted((occ.a, occ.b), key=lambda u: u.start)
    mark = index.last_clause_mark(occ.sentence.start, second.start)
    if mark is None or mark < first.end:
        return False
    if not _only_list_marks(text, index, mark + 1, second.start):
        return False
    stop = index.first_clause_mark(second.end, occ.sentence.end)
    return bool(
        _ATTENDING_VERB.search(text, second.end, occ.sentence.end if stop is None else stop)
    )


def shares_a_named_partner(text: str, index: StoryIndex, occ: Occurrence) -> bool:
    """The two units stand in one list before a pairing word that names the partner they
    share (某公司成为甲村和乙村的对口帮扶单位; 甲村和乙村以及各自结对帮扶企业): each has that
    partner, they are not each other's. The hand frames already stay off such a pair
    (``pairings.names_their_partner``); this says it to the model's veto too."""
    first, second = sorted((occ.a, occ.b), key=lambda u: u.start)
    if not _only_list_marks(text, index, first.end, second.start):
        return False
    kw = pairing_word_pattern().search(text, second.end, occ.sentence.end)
    if kw is None:
        return False
    gap = text[second.end : kw.start()]
    return not _CLAUSE.search(gap) and names_their_partner(text, gap, kw)


_BUSINESS_DEAL = re.compile(_alternation(_WORDS["business_deals"]))
_PAIRING_COOPERATION = re.compile(_alternation(_WORDS["pairing_cooperation"]))


def business_deal_only(text: str, index: StoryIndex, same: Sequence[Occurrence]) -> bool:
    """Some sentence that joins the two units names a business deal (战略合作协议, 合作框架
    协议) and none of them holds a pairing cue (结对, 共建, 帮扶 …) or the cooperation that
    pairs regions (扶贫协作, 对口支援): a deal between a government and a bank or a firm,
    which GOLD_FORMAT counts as no pairing (某市人民政府与某银行签订战略合作协议; the
    story's other sentences on it say 合作共赢, 协议约定 …)."""
    deal = False
    for occ in same:
        lo, hi = occ.sentence.start, occ.sentence.end
        if _PAIRING_COOPERATION.search(text, lo, hi) or "pair" in index.cue_classes(lo, hi):
            return False
        deal = deal or bool(_BUSINESS_DEAL.search(text, lo, hi))
    return deal


def _negated(text: str, occ: Occurrence) -> bool:
    """A negation between the first unit and the end of the second one's clause."""
    end = _CLAUSE.search(text, occ.b.end, occ.sentence.end)
    stop = end.start() if end else occ.sentence.end
    span = text[occ.a.start : stop]
    return any(n in span for n in _NEGATIONS)
