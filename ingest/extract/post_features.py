"""Features of a HOLDS_POST candidate: what the text says of one (person, title, unit).

Each feature function reads one candidate (:class:`.post_candidates.PostCandidate`) in
its :class:`PostContext` and returns named features (``unit_where=prefix``,
``title_word=书记``); :func:`post_features` runs them all. Names are readable on
purpose: the heaviest weights of the learned model explain a decision.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ingest.extract.post_candidates import (
    OPEN_QUOTES,
    PARTY_BEFORE_NAME,
    PostCandidate,
    government_cut,
    kind_fits,
    names_no_level_place,
    self_word_opening,
)
from ingest.extract.resolve import Resolution, span_inside
from ingest.extract.unnamed_units import after_unnamed_unit
from ingest.lexicon import load_lexicon
from ingest.model import Entity

Features = dict[str, float]

_CLAUSE_END = "。；;！!？?"
_COMMA = "，,"
_CLAUSE_END_RE = re.compile(f"[{re.escape(_CLAUSE_END)}]")
_COMMA_RE = re.compile(f"[{re.escape(_COMMA)}]")
_PARTY = ("党委", "党支部", "党总支", "党工委", "党组", "支部", "总支", "纪委", "纪工委")
_TYPE_SHORT = {
    "Organization": "Org",
    "Village": "Vil",
    "ResidentsCommittee": "RC",
    "Region": "Reg",
}
_NUMBER = re.compile(r"\d")


class StorySpans:
    """The story's person and unit mentions sorted by start, made once per story: which
    lie inside a gap is a bisection, not a scan of the story's mentions per candidate."""

    def __init__(self, res: Resolution) -> None:
        self.people = sorted(res.people)
        self._person_starts = [p[0] for p in self.people]
        self.units = sorted(res.units, key=lambda u: u.start)
        self._unit_starts = [u.start for u in self.units]

    def person_within(self, lo: int, hi: int) -> bool:
        """Whether a person mention lies inside ``[lo, hi)``."""
        return span_inside(self.people, self._person_starts, lo, hi)

    def unit_within(self, lo: int, hi: int, other_than: str) -> bool:
        """Whether a mention of a unit other than ``other_than`` lies inside ``[lo, hi)``."""
        units = self.units
        i = bisect.bisect_left(self._unit_starts, lo)
        while i < len(units) and units[i].start < hi:
            u = units[i]
            if u.end <= hi and u.entity != other_than:
                return True
            i += 1
        return False


@dataclass(slots=True)
class PostContext:
    """What every feature function may read about one candidate; read-only by
    convention (not ``frozen``: one is made per candidate, and a frozen dataclass's
    ``__init__`` costs five times more)."""

    text: str  # the story's simplified text
    res: Resolution
    cand: PostCandidate
    rule_triples: frozenset[tuple[str, str, str]]  # (person, title, unit) the rules emit
    rule_titles: frozenset[tuple[str, str]]  # (person, title)
    rule_units: frozenset[tuple[str, str]]  # (person, unit)
    topic: str | None
    mentions: Mapping[str, int]  # entity id → how many unit mentions name it
    entities: Mapping[str, Entity]  # entity id → entity
    rule_how: Mapping[tuple[str, str, str], str] = field(default_factory=dict)  # triple → rule
    spans: StorySpans | None = None  # the story's, shared by its candidates (made if None)

    def story_spans(self) -> StorySpans:
        if self.spans is None:
            self.spans = StorySpans(self.res)
        return self.spans


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return ">"


def title_words(ctx: PostContext) -> Features:
    """The title word of the lexicon, what stands before it in the title (a party body,
    a level word), and the title's length."""
    c = ctx.cand
    word = ctx.text[c.site.title_start : c.site.end]
    out: Features = {
        f"title_word={word}": 1.0,
        f"title_len{_bucket(len(c.title), (2, 4, 6, 9))}": 1.0,
    }
    kept = ctx.text[c.cut : c.site.title_start] if c.cut < c.site.title_start else ""
    if not kept:
        out["title_is_word"] = 1.0
    else:
        out[f"kept_len{_bucket(len(kept), (1, 2, 4, 8))}"] = 1.0
        if kept.endswith(_PARTY):
            out["kept_party_ending"] = 1.0
        if kept[:1] in "区县市镇乡村州省":
            out[f"kept_starts={kept[:1]}"] = 1.0
        if "政府" in kept:
            out["kept_government"] = 1.0
        if kept in ("党委", "党支部", "党总支", "党工委", "支部", "总支"):
            out[f"kept={kept}"] = 1.0
        out.update(kept_word(kept))
    for party in _PARTY:
        if word.startswith(party):
            out["word_has_party"] = 1.0
            break
    return out


def kept_word(kept: str) -> Features:
    """The last character of what a title keeps before its title word: a department
    (办, 处, 科, 系) or a body (委, 会) that a title keeps or a unit's name ends with. (The
    kept word whole, as a feature of its own, overfits: 5-fold CV posts ECE 0.042 -> 0.062.)"""
    return {f"kept_last={kept[-1]}": 1.0}


def cut_position(ctx: PostContext) -> Features:
    """Where the title begins in its element: at the element's start, after a unit's
    own name, after a unit's party ending, after a leading generic word, at the title
    word."""
    c = ctx.cand
    s = c.site
    out: Features = {}
    if c.cut == s.start:
        out["cut=element_start"] = 1.0
    elif c.cut == s.title_start:
        out["cut=title_word"] = 1.0
    if c.ref is not None:
        if c.cut == c.ref.host_end or c.cut == past_open_quotes(ctx.text, c.ref.host_end):
            out["cut=after_unit_name"] = 1.0  # 任某村“名誉村长”: the quotes skipped
        if c.cut == c.ref.end and c.ref.end != c.ref.host_end:
            out["cut=after_party_ending"] = 1.0
        if c.cut == government_cut(ctx.text, c.ref):
            out["cut=level_government"] = 1.0  # 某市|市政府党组成员
    opening = self_word_opening(ctx.text, s)
    if opening is not None and c.cut <= opening:
        # 我院党委书记: the gold title never keeps the writer's 我院
        out["cut=after_self_word" if c.cut == opening else "kept_self_word"] = 1.0
    left = ctx.text[s.start : c.cut]
    if left and c.ref is None:
        out["cut=after_leading_word"] = 1.0
        out[f"cut_word={left if len(left) <= 4 else 'long'}"] = 1.0
    return out


def past_open_quotes(text: str, i: int) -> int:
    """``i`` moved past the opening quotes written there (某村“名誉村长”: the title's
    cut after the village's name skips its quote)."""
    while i < len(text) and text[i] in OPEN_QUOTES:
        i += 1
    return i


def site_kind(ctx: PostContext) -> Features:
    """Where the title stands at the name: a chain before it (and which element of how
    many), a title after it, a byline; the person rule that found the name."""
    s = ctx.cand.site
    out: Features = {f"site={s.where}": 1.0, f"person_rule={s.person.rule}": 1.0}
    if s.where == "before":
        out[f"chain_len{_bucket(s.chain_len, (1, 2, 3))}"] = 1.0
        if s.chain == 0:
            out["chain_first"] = 1.0
        if s.chain == s.chain_len - 1:
            out["chain_last"] = 1.0
        gap = s.person.start - s.end
        if gap > 0:
            out["gap_title_name"] = 1.0
    return out


def unit_where(ctx: PostContext) -> Features:
    """How the unit was reached: named in the prefix, a party body running into the
    title, an earlier element of the chain, the title's level, the sentence, the
    sentence before, the page's topic unit, today's rule."""
    c = ctx.cand
    out: Features = {f"unit_where={c.how}": 1.0}
    if c.unit == ctx.topic:
        out["unit_is_topic"] = 1.0
    if c.title != ctx.text[c.cut : c.site.end]:
        joined = c.title.removesuffix(ctx.text[c.site.title_start : c.site.end])
        if joined in PARTY_BEFORE_NAME:
            out["title_joins_party_before_name"] = 1.0  # 某村党总支甲书记 → 党总支书记
        else:
            out["title_joins_department_before_name"] = 1.0  # 某局某某科甲科长 → 某某科科长
    return out


# A title site's words → the place endings of the level words in it, remembered: the
# same titles (书记, 镇长 …) recur in every story. Bounded: the keys are text.
_LEVELS: dict[str, tuple[str, ...]] = {}
_LEVELS_MAX = 50_000


def _title_levels(word: str) -> tuple[str, ...]:
    """The place endings of the lexicon's title level words written in ``word``, in the
    lexicon's order."""
    found = _LEVELS.get(word)
    if found is None:
        if len(_LEVELS) > _LEVELS_MAX:
            _LEVELS.clear()
        found = _LEVELS[word] = tuple(end for w, end in load_lexicon().title_levels if w in word)
    return found


def unit_kind(ctx: PostContext) -> Features:
    """The unit's type (and subtype or place level), and how it fits the title: a
    level word of the title (区委, 镇长) that the unit's name ends with, or not."""
    e = ctx.entities[ctx.cand.unit]
    kind = _TYPE_SHORT.get(e.type, e.type)
    out: Features = {f"unit_type={kind}": 1.0}
    if e.subtype:
        out[f"unit_subtype={e.subtype}"] = 1.0
    if e.level:
        out[f"unit_level={e.level}"] = 1.0
    levels = _title_levels(ctx.text[ctx.cand.site.start : ctx.cand.site.end])
    if levels:
        if any(e.name.endswith(end) for end in levels) and not names_no_level_place(e):
            out["level_fits"] = 1.0  # 区长 and a district, not a 某某经开区
        else:
            out["level_misfit"] = 1.0
        out[f"level_word&unit_type={kind}"] = 1.0
    if ctx.cand.title.startswith(e.name):
        out["title_repeats_unit"] = 1.0
    kept = ctx.text[ctx.cand.cut : ctx.cand.site.title_start]
    if kept and e.name.endswith(kept):
        out["kept_ends_unit_name"] = 1.0  # 县直机关|工委书记 of 县直机关工委: the name again
    # which kinds of unit a title word goes with (董事长 a company, 镇长 a town)
    title_word = ctx.text[ctx.cand.site.title_start : ctx.cand.site.end]
    out[f"title_word&unit_type={title_word}&{kind}"] = 1.0
    out.update(title_kind_fit(title_word, e))
    out[f"unit_mentions{_bucket(ctx.mentions.get(e.id, 0), (1, 2, 4))}"] = 1.0
    out[f"unit_name_len{_bucket(len(e.name), (2, 3, 5, 8))}"] = 1.0
    return out


def title_kind_fit(title_word: str, e: Entity) -> Features:
    """Whether the unit is of the one kind the title word belongs to (董事长 an
    enterprise, 行长 a bank; ``title_units.tsv``): ``title_kind_fits`` or
    ``title_kind_misfit``; nothing for a title of any kind of unit."""
    kind = load_lexicon().title_unit_kind.get(title_word)
    if kind is None:
        return {}
    return {"title_kind_fits" if kind_fits(kind, e.subtype) else "title_kind_misfit": 1.0}


def distance(ctx: PostContext) -> Features:
    """How far the unit's mention stands from the title, on which side, and what is
    between: a comma, a clause end, a list mark, another person."""
    c = ctx.cand
    ref = c.ref
    if ref is None:
        return {"unit_unwritten_here": 1.0}
    out: Features = {}
    if ref.end <= c.site.start or (c.site.start <= ref.start < c.site.title_start):
        side = "before"
        lo, hi = ref.end, c.site.start
    else:
        side = "after"
        lo, hi = c.site.person.end, ref.start
    out[f"unit_side={side}"] = 1.0
    gap = ctx.text[lo:hi] if hi > lo else ""
    out[f"unit_gap{_bucket(len(gap), (0, 2, 6, 15, 30))}"] = 1.0
    # one regex pass over the gap, not one substring scan per character
    if _CLAUSE_END_RE.search(gap):
        out["gap_clause_end"] = 1.0
    if _COMMA_RE.search(gap):
        out["gap_comma"] = 1.0
    if "、" in gap:
        out["gap_list"] = 1.0
    spans = ctx.story_spans()
    if spans.person_within(lo, hi):
        out["gap_person"] = 1.0
    if spans.unit_within(lo, hi, c.unit):
        out["gap_other_unit"] = 1.0  # a nearer unit stands between
    return out


def neighbours(ctx: PostContext) -> Features:
    """The characters around the site: before the element (率/由/，), after the name."""
    s = ctx.cand.site
    before = _NUMBER.sub("#", ctx.text[max(0, s.start - 1) : s.start]) or "^"
    after = _NUMBER.sub("#", ctx.text[s.person.end : s.person.end + 1]) or "$"
    return {f"char_before={before}": 1.0, f"char_after_name={after}": 1.0}


def hand_rules(ctx: PostContext) -> Features:
    """Whether today's rules (:mod:`ingest.extract.posts`) emit this triple (and by which
    of their steps), this title, or this unit for the person."""
    c = ctx.cand
    out: Features = {}
    if (c.person, c.title, c.unit) in ctx.rule_triples:
        out["rule_triple"] = 1.0
        how = ctx.rule_how.get((c.person, c.title, c.unit))
        if how:
            # the rules' fallbacks (a unit of the sentence, the title's level) are
            # weaker than a unit named in the title's own prefix
            out[f"rule_triple={how.removeprefix('post_')}"] = 1.0
    if (c.person, c.title) in ctx.rule_titles:
        out["rule_title"] = 1.0
    if (c.person, c.unit) in ctx.rule_units:
        out["rule_unit"] = 1.0
    return out


def byline(ctx: PostContext) -> Features:
    """A 记者 before a name: whether the unit is a news outlet, the story's first unit
    (新华网某地电(记者 甲)), and named on the same line before the byline."""
    c = ctx.cand
    if not ctx.text.endswith("记者", c.site.title_start, c.site.end):
        return {}  # 记者, or a kind of reporter's title (全媒体记者)
    e = ctx.entities[c.unit]
    out: Features = {"byline": 1.0, f"byline&unit_where={c.how}": 1.0}
    if e.subtype == "media":
        out["byline&media"] = 1.0
    else:  # a bank or a village named near a byline is rarely the reporter's employer
        out[f"byline&unit_type={_TYPE_SHORT.get(e.type, e.type)}"] = 1.0
    mentions = [u for u in ctx.res.units if u.entity == c.unit]
    first = min((u.start for u in ctx.res.units), default=-1)
    if mentions and mentions[0].start == first:
        out["byline&first_unit"] = 1.0
    line_start = ctx.text.rfind("\n", 0, c.site.start) + 1
    if any(line_start <= u.start and u.end <= c.site.end for u in mentions):
        out["byline&same_line"] = 1.0
    elif e.subtype != "media":
        out["byline&elsewhere"] = 1.0  # neither an outlet nor named on the byline's line
    if first_outlet_on_line(ctx, line_start) == c.unit:
        out["byline&first_outlet"] = 1.0
    bracketed = outlet_in_byline_bracket(ctx, line_start)
    if bracketed is not None:
        out["byline&bracket_outlet" if bracketed == c.unit else "byline&not_bracket_outlet"] = 1.0
    adjacent = outlet_right_before(ctx)
    if adjacent is not None:
        out["byline&outlet_right_before" if adjacent == c.unit else "byline&not_right_before"] = 1.0
    return out


def outlet_right_before(ctx: PostContext) -> str | None:
    """The outlet whose mention ends right where a byline's title begins (某台记者 甲;
    某网·某客户端记者 乙): the reporter's own outlet — on the readable gold, every byline
    written so takes that outlet, not one named before it on the line. None when the
    title follows punctuation or a word that is no outlet."""
    start = ctx.cand.site.start
    for u in ctx.res.units:  # in text order
        if u.start >= start:
            break
        if u.end == start and ctx.entities[u.entity].subtype == "media":
            return u.entity
    return None


def outlet_in_byline_bracket(ctx: PostContext, line_start: int) -> str | None:
    """The outlet named first inside the bracket a byline's 记者 is written in (某网讯 据某报
    报道(某报社全媒体记者 甲; (某日报、某网记者 乙): the bracket names the reporter's own
    outlet, before any outlet the line named first; None when the bracket names none."""
    end = ctx.cand.site.end
    opened = max(ctx.text.rfind(b, line_start, ctx.cand.site.start) for b in "(（")
    if opened < 0:
        return None
    for u in ctx.res.units:  # in text order
        if u.start >= end:
            break
        if u.start > opened and ctx.entities[u.entity].subtype == "media":
            return u.entity
    return None


def first_outlet_on_line(ctx: PostContext, line_start: int) -> str | None:
    """The outlet named first on a byline's line before the byline: a byline written
    after two outlets (某日报、某网记者甲; 某客户端·某网某日讯(记者 甲)) is the first one's
    reporter (GOLD_FORMAT: 记者 @ the outlet, one post per title)."""
    end = ctx.cand.site.end
    for u in ctx.res.units:  # in text order
        if u.start >= end:
            break
        if u.start >= line_start and ctx.entities[u.entity].subtype == "media":
            return u.entity
    return None


def unnamed_unit_cut(ctx: PostContext) -> Features:
    """Whether the title keeps a unit's own name no rule found (某村|某某有限责任公司董事长:
    ``kept_unnamed_unit``, the gold never does) or starts right after it (某某分局|局长:
    ``cut=after_unnamed_unit``)."""
    c = ctx.cand
    title_start = c.site.title_start
    if c.cut >= title_start:
        return {}
    if after_unnamed_unit(ctx.text[c.cut : title_start]):
        return {"kept_unnamed_unit": 1.0}
    start = c.ref.end if c.ref is not None and c.ref.end <= c.cut else c.site.start
    if start < c.cut and start + after_unnamed_unit(ctx.text[start:title_start]) == c.cut:
        return {"cut=after_unnamed_unit": 1.0}
    return {}


FEATURES: tuple[Callable[[PostContext], Features], ...] = (
    title_words,
    cut_position,
    unnamed_unit_cut,
    site_kind,
    unit_where,
    unit_kind,
    distance,
    neighbours,
    hand_rules,
    byline,
)


def post_features(ctx: PostContext) -> Features:
    out: Features = {"bias": 1.0}
    for f in FEATURES:
        out.update(f(ctx))
    return out


def rule_sets(
    rule_posts: Mapping[tuple[str, str, str], object] | list,
) -> tuple[frozenset, frozenset, frozenset]:
    """(triples, titles, units) of the rules' posts, as the contexts take them."""
    triples = frozenset(rule_posts)
    return (
        triples,
        frozenset((p, t) for p, t, _ in triples),
        frozenset((p, u) for p, _, u in triples),
    )
