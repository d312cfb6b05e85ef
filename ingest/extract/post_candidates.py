"""HOLDS_POST candidates: every (person, title, unit) a title written at a name could mean.

Find, then decide (STYLE): this module only *finds* — with high recall — the triples a
post could be; :mod:`.post_features` describes each and :mod:`.post_decide` keeps, for
each title written at a name, the triple the learned model finds likeliest.

Where a title stands:

* the elements of a title chain before a name (``某区委常委、副区长甲``, found by
  :func:`ingest.extract.people.find_people`);
* a title right after a name (``甲书记``, ``甲副主席``; its unit most likely the one
  written right before the name: ``某银行甲副行长``);
* ``记者`` before a byline name (``(记者 甲)``);
* the parts of a bracket right after a name (``甲（某银行党委委员、副行长）``).

What the title is (the gold's title is "as written, minus the unit's name"): the
element cut after each unit named in its prefix (after the unit's own name and after its
party ending), after a leading generic word (区政府, 集团公司), the whole element, and
the title word alone.

Which unit: a unit named in the element's prefix (or a party body running into the
title), a unit named in an earlier element of the chain, a place whose level the title
names (副区长 → a district of the story), the units of the sentence and of the one
before it, the story's topic unit, and the unit today's rule (:mod:`.posts`) picks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from ingest.extract.orgs import GENERIC_KIND
from ingest.extract.people import PersonMention, PostClaim
from ingest.extract.resolve import Resolution, UnitRef
from ingest.extract.title_openings import dropped_opening
from ingest.extract.titles_after_names import (
    department_before_name,
    shared_title_after,
    units_ending_at,
    units_leading_runs,
)
from ingest.extract.unnamed_units import after_unnamed_unit
from ingest.lexicon import load_lexicon, longest_first_alternation, unit_name_parts
from ingest.model import PLACE_TYPES, UNIT_TYPES, Article, Entity, Relation

# Leading words of a prefix that name no unit of their own (区政府副区长, 集团公司党委书记).
_LEADING_GENERIC = (
    "区政府",
    "县政府",
    "市政府",
    "镇政府",
    "省政府",
    "州政府",
    "集团公司",
    "公司",
    "集团",
    "区",
    "县",
    "市",
    "镇",
    "乡",
    "州",
    "省",
    "村",
    *GENERIC_KIND,
)
# A level a title names (副区长 → a district): the endings of the places it means.
_LEVEL_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("省", ("省",)),
    ("州", ("州",)),
    ("区", ("区",)),
    ("县", ("县",)),
    ("市", ("市",)),
    ("镇", ("镇",)),
    ("乡", ("乡",)),
    ("街道", ("街道",)),
    ("村", ("村",)),
)
_BYLINE = re.compile(r"记者[ \u3000/／]*$")
# A correspondent's byline (某网通讯员 甲, 某台办通讯员：丙): a post on the unit written
# right before it (GOLD_NOTES x841–x870 rule 5), never one after a dateline's bracket or a
# reporter's name (某某网讯(通讯员 甲), 记者甲通讯员乙).
_CORRESPONDENT = re.compile(r"通讯员[ \u3000/／:：]*$")
_BEFORE_CORRESPONDENT = " \u3000·"
# Between two names of one byline (记者 甲、乙 / 记者 甲 乙): a list mark or spaces only.
_BYLINE_JOIN = re.compile(r"[、，, \u3000]+")
# 我校党总支书记, 本村党支部书记: the writer's own unit, named by its kind only.
_SELF_WORD = re.compile(
    r"(?:我|本)(县|区|市|镇|乡|街道|村|社区|校|院|系|行|局|委|所|站|馆|中心|公司|集团)$"
)
# The same words opening a chain element (我院党委书记甲: jieba reads 我院 as one word,
# so the element's prefix starts with it).
_SELF_OPENING = re.compile(_SELF_WORD.pattern.removesuffix("$"))
_SELF_FITS = {
    "校": ("校", "学"),
    "学院": ("学院",),
    "行": ("行",),
    "公司": ("公司",),
    "集团": ("集团",),
}
# 校党委书记甲, 院党组书记乙: a school's or a hospital's (court's) own page writes its unit by
# the bare kind character opening a chain element, right before its party body.
_BARE_SELF_KINDS = frozenset("校院")
_BARE_SELF_BODIES = ("党委", "党总支", "党支部", "党组", "纪委")
_ELEMENT_OPENERS = "，,、。；;：:！!？?（(）)“”\"' \u3000\n"
# 学校党委书记甲, 学院党委副书记乙, 学校组织部部长丙: a school's or a college's own page
# writes its unit by the bare kind word opening a chain element, as 我校 / 我院 would say —
# right before its party body, a working department of that body or the head's title
# (the kind its units are fitted by after the colon of each pair).
_BARE_SELF_WORDS = {"学校": "校", "学院": "学院"}
_BARE_SELF_WORD_FOLLOWERS = (
    *_BARE_SELF_BODIES,
    "组织部",
    "宣传部",
    "统战部",
    "团委",
    "校长",
    "副校长",
    "院长",
    "副院长",
)
# 该村党支部书记, 该乡党委书记: the unit of that kind the text named last before (该会会长:
# a 商会's or a 协会's, 该行党委书记 a bank's; not 应该).
_ANAPHOR_WORD = re.compile(
    r"(?<!应)该(县|区|市|镇|乡|街道|村|社区|校|院|公司|集团|商会|协会|会|行|矿|所|支队)$"
)
_ANAPHOR_ENDS = {"校": ("校", "学"), "院": ("院",), "社区": ("社区", "居委会", "居民区")}
NEAR_UNITS = 6  # units of the sentence (and the one before) nearest the title


@dataclass(frozen=True, slots=True)
class TitleSite:
    """Where a title is written at a name: ``[start, title_start)`` its prefix,
    ``[title_start, end)`` the title word; ``chain`` the index in its chain (0 for a
    title after the name), ``chain_len`` the chain's length."""

    person: PersonMention
    start: int
    title_start: int
    end: int
    where: str  # before | after | byline | listed | appointed
    chain: int
    chain_len: int
    chain_units: tuple[str, ...]  # units named in earlier elements of the chain


@dataclass(frozen=True, slots=True)
class PostCandidate:
    """One (person, title, unit) a title site could mean."""

    person: str  # entity id
    site: TitleSite
    cut: int  # the title is text[cut:site.end] (a title after the name: the word)
    title: str
    unit: str  # entity id
    ref: UnitRef | None  # the mention that names the unit, where there is one
    how: str  # prefix | party_body | inner | chain | chain_earlier | self | anaphor | list_before |
    # before_name | level | sentence | previous | previous_kind | topic | generic | media |
    # frequent | rule


@dataclass(frozen=True, slots=True)
class AfterNames:
    """What the titles written after names need from the whole story: the ends of its
    names (a department before a name starts after one) and the unit leading each run
    (:func:`~ingest.extract.titles_after_names.units_leading_runs`)."""

    stops: frozenset[int]
    leading: dict[int, UnitRef]


@cache
def _title_pattern() -> re.Pattern[str]:
    lex = load_lexicon()
    return re.compile("|".join(longest_first_alternation(map(re.escape, lex.titles))))


def title_sites(
    text: str,
    claims: Sequence[PostClaim],
    people: Sequence[PersonMention],
    title_end: Mapping[int, int],
    unit_ends: frozenset[int] = frozenset(),
) -> list[TitleSite]:
    """Every title written at a name: chain elements, titles after names (``title_end``:
    :func:`title_ends` of ``people``), bylines (a correspondent's after a unit ending at
    one of ``unit_ends``: :func:`correspondent_title_start`)."""
    out: list[TitleSite] = []
    seen: set[tuple[int, int, int]] = set()
    for claim in claims:
        n = len(claim.elements)
        for k, el in enumerate(claim.elements):
            key = (claim.person.start, el.title_start, el.end)
            if key in seen:
                continue
            seen.add(key)
            out.append(
                TitleSite(claim.person, el.start, el.title_start, el.end, "before", k, n, ())
            )
    pat = _title_pattern()
    for p in people:
        # per name, not title_end[p.start]: two names may start at one place (甲 / 甲乙)
        e = title_after_name(text, p)
        if e is not None:
            key = (p.start, p.end, e)
            if key not in seen:
                seen.add(key)
                out.append(TitleSite(p, p.end, p.end, e, "after", 0, 1, ()))
        elif (shared := shared_title_after(text, p, people, title_end)) is not None:
            ts, te = shared  # 某小学甲、乙主任: 甲's title is written after 乙
            key = (p.start, ts, te)
            if key not in seen:
                seen.add(key)
                out.append(TitleSite(p, ts, ts, te, "after", 0, 1, ()))
        if _BYLINE.search(text, max(0, p.start - 4), p.start):
            s = text.rfind("记者", max(0, p.start - 4), p.start)
            key = (p.start, s, s + 2)
            if s >= 0 and key not in seen:
                seen.add(key)
                k = reporter_title_start(text, s)
                out.append(TitleSite(p, k, k, s + 2, "byline", 0, 1, ()))
        elif (c := correspondent_title_start(text, p.start, unit_ends)) is not None:
            e = text.index("通讯员", c) + 3
            if (p.start, c, e) not in seen:
                seen.add((p.start, c, e))
                out.append(TitleSite(p, c, c, e, "byline", 0, 1, ()))
    for site in byline_followers(text, people, [s for s in out if s.where == "byline"]):
        key = (site.person.start, site.title_start, site.end)
        if key not in seen:
            seen.add(key)
            out.append(site)
    for site in [*appointment_sites(text, people, pat), *bracketed_sites(text, people, pat)]:
        key = (site.person.start, site.title_start, site.end)
        if key not in seen:
            seen.add(key)
            out.append(site)
    return sorted(out, key=lambda s: (s.person.start, s.start, s.end))


def correspondent_title_start(text: str, start: int, unit_ends: frozenset[int]) -> int | None:
    """Where a correspondent's title starts when the name at ``start`` follows a
    通讯员 written right after the unit they write for — a unit mention ending at one of
    ``unit_ends`` (某网通讯员 甲, 某市台办通讯员 乙, 某学院 通讯员 丙): GOLD_NOTES x841–x870
    rule 5, a post on that unit. None for a correspondent after a dateline's bracket or a
    reporter's name (某某网讯(通讯员 甲), 记者甲通讯员乙): a Person without a post; and
    after the paper's own word (本报通讯员 丁), whose outlet the story often never names
    (the readable gold: two such posts of three, one of them on a unit the story names
    only in its headline). A kind written before it (特约通讯员) is the title's, as before
    记者."""
    m = _CORRESPONDENT.search(text, max(0, start - 6), start)
    if m is None:
        return None
    k = reporter_title_start(text, m.start())
    before = len(text[:k].rstrip(_BEFORE_CORRESPONDENT))
    return k if before in unit_ends else None


def reporter_title_start(text: str, s: int) -> int:
    """Where a byline's title starts when a kind of reporter is written before its
    ``记者`` at ``s`` (某日报全媒体记者 甲 → 全媒体记者, 见习记者 乙; GOLD_FORMAT: the title
    as written, its outlet the unit): the longest word of ``reporter_kinds.tsv`` ending
    at ``s``, else ``s``."""
    for kind in load_lexicon().reporter_kinds:
        if s >= len(kind) and text.startswith(kind, s - len(kind)):
            return s - len(kind)
    return s


def title_after_name(text: str, p: PersonMention) -> int | None:
    """Where the longest title of the lexicon written right after a name ends
    (甲副行长), or None."""
    m = _title_pattern().match(text, p.end)
    return m.end() if m is not None else None


def title_ends(text: str, people: Sequence[PersonMention]) -> dict[int, int]:
    """Where the title written right after each name ends (:func:`title_after_name`), by
    the name's start; names with none left out."""
    return {p.start: e for p in people if (e := title_after_name(text, p)) is not None}


def byline_followers(
    text: str, people: Sequence[PersonMention], bylines: Sequence[TitleSite]
) -> list[TitleSite]:
    """The names listed after a byline's first name (记者 甲、乙 / 记者 甲 乙): each is a
    记者 of the same byline, its title the same ``记者``."""
    out: list[TitleSite] = []
    ordered = sorted(people, key=lambda p: p.start)
    for site in bylines:
        last = site.person
        for p in ordered:
            if p.start < last.end:
                continue
            if _BYLINE_JOIN.fullmatch(text, last.end, p.start) is None:
                break
            out.append(TitleSite(p, site.start, site.title_start, site.end, "byline", 0, 1, ()))
            last = p
    return out


_CLAUSE_STOP = "。；;！!？?\n"
_APPOINTED = re.compile(r"(?:[，,、]|^)(?:受聘)?(?:担任|出任|兼任|任)")
_CLOSE = '”’"」』》》，,。；;、）) \u3000'
_SPACES = " \u3000\t"
OPEN_QUOTES = '“‘"「『《'
APPOINT_SPAN = 24  # how far after 任 the title may end
# a copula or appointment verb written right after the name (甲是某市某局副局长，
# 甲担任某村党支部书记。): the title that follows is the name's own
_COPULA_AFTER_NAME = re.compile(r"(?:是|系|现任|担任|出任|兼任|任)")


def copula_title_start(text: str, p: PersonMention) -> int | None:
    """Where the unit and title start when the name is followed directly by a copula or
    an appointment verb (``甲是…``, ``甲担任…``), else None."""
    m = _COPULA_AFTER_NAME.match(text, p.end)
    return m.end() if m else None


def appointment_sites(
    text: str, people: Sequence[PersonMention], pat: re.Pattern[str]
) -> list[TitleSite]:
    """Titles written after a name in the name's clause: a list entry (``甲 某公司总经理，``:
    the name, a space, unit and title) and an appointment (``…，任某村“名誉村长”``: the
    unit and title after 任/担任; also right after the name, ``甲是某镇副镇长``:
    :func:`copula_title_start`)."""
    out: list[TitleSite] = []
    starts = sorted(p.start for p in people)
    for p in people:
        stop = min((text.find(c, p.end) % (len(text) + 1) for c in _CLAUSE_STOP), default=len(text))
        nxt = next((s for s in starts if s > p.start), len(text))
        clause_end = min(stop, nxt, p.end + 80)
        k = p.end
        while k < clause_end and text[k] in _SPACES:
            k += 1
        if k > p.end:  # a list entry: the name, a space, then unit and title
            seg_end = min((text.find(c, k) % (len(text) + 1) for c in "，,"), default=clause_end)
            seg_end = min(seg_end, clause_end)
            ends = [m for m in pat.finditer(text, k, seg_end) if m.end() == seg_end]
            if ends:
                m = ends[0]
                out.append(TitleSite(p, k, m.start(), m.end(), "listed", 0, 1, ()))
        verbs = [a.end() for a in _APPOINTED.finditer(text, p.end, clause_end)]
        copula = copula_title_start(text, p)
        if copula is not None:
            verbs.insert(0, copula)
        for lo in verbs:
            for m in pat.finditer(text, lo, min(clause_end, lo + APPOINT_SPAN)):
                after = text[m.end() : m.end() + 1]
                if not after or after in _CLOSE:
                    out.append(TitleSite(p, lo, m.start(), m.end(), "appointed", 0, 1, ()))
                    break
    return out


_OPEN_BRACKETS = "（("
_CLOSE_BRACKETS = "）)"
_BRACKET_SEPARATORS = re.compile(r"[、，,；;]")
BRACKET_SPAN = 60  # how far after the name a bracket's posts may close


def closing_bracket(text: str, i: int, span: int = BRACKET_SPAN) -> int | None:
    """The index of the bracket that closes the one opened at ``text[i]``, counting
    brackets opened inside it (a pinyin 农(nóng) some pages insert), or None when it
    does not close within ``span`` characters or a line ends first."""
    depth = 0
    for k in range(i, min(len(text), i + span)):
        ch = text[k]
        if ch == "\n":
            return None
        if ch in _OPEN_BRACKETS:
            depth += 1
        elif ch in _CLOSE_BRACKETS:
            depth -= 1
            if depth == 0:
                return k
    return None


def bracketed_sites(
    text: str, people: Sequence[PersonMention], pat: re.Pattern[str]
) -> list[TitleSite]:
    """Posts written in brackets right after a name (``甲（某银行党委委员、副行长）``):
    each 、/，-separated part of the bracket that ends with a title word is an element of
    a chain read after the name — its prefix the part's start, the unit named there (or
    in an earlier part) its unit. A bracket that holds no title (甲（左二）) gives none."""
    out: list[TitleSite] = []
    for p in people:
        if p.end >= len(text) or text[p.end] not in _OPEN_BRACKETS:
            continue
        close = closing_bracket(text, p.end)
        if close is None:
            continue
        parts: list[tuple[int, int, int]] = []  # (part start, title start, title end)
        lo = p.end + 1
        for sep in [*_BRACKET_SEPARATORS.finditer(text, lo, close), None]:
            hi = close if sep is None else sep.start()
            ends = [m for m in pat.finditer(text, lo, hi) if m.end() == hi]
            if ends:
                parts.append((lo, ends[0].start(), hi))
            lo = hi + 1
        for k, (start, title_start, end) in enumerate(parts):
            out.append(TitleSite(p, start, title_start, end, "listed", k, len(parts), ()))
    return out


# Party endings a unit's mention may write between its name and a person's name
# (某村党总支甲书记): the gold joins them to the title written after the name (党总支书记).
PARTY_BEFORE_NAME = ("党委", "党总支", "党支部", "党工委", "党组", "总支", "支部")


def opens_with_a_place(text: str, cut: int, title_start: int, res: Resolution) -> bool:
    """Whether a title cut at ``cut`` would open with a place's name that ends before its
    title word (东昌府区人民政府副区长, 某镇某村党委第三支部书记): the gold's title never
    starts with a place's name (GOLD_FORMAT: the title as written minus the unit's name —
    the place is the unit, or a unit's part named elsewhere; none of the 1,100 readable
    gold titles does). A lone level word standing for the place (镇党委副书记, 市政府秘书长)
    is no name: the gold may keep it."""
    return any(
        u.start == cut
        and u.host_end <= title_start
        and res.entity(u.entity).type in PLACE_TYPES
        and u.host_end - u.start >= 2
        and text[u.start : u.host_end] not in _LEADING_GENERIC
        for u in res.units
    )


def party_joined_title(text: str, u: UnitRef, word: str, res: Resolution) -> str | None:
    """The title of a name written between a unit's party ending and a title word
    (某村党总支甲书记 → 党总支书记), or None: when the mention writes no party ending,
    the party body is the unit itself (its own name: the title is the word), or the
    word names a party body already (党委书记)."""
    party = text[u.host_end : u.end]
    if party not in PARTY_BEFORE_NAME or word.startswith(("党", "支部", "总支")):
        return None
    if text[u.start : u.end] == res.entity(u.entity).name:
        return None
    return party + word


def _prefix_units(site: TitleSite, res: Resolution) -> list[UnitRef]:
    """Units named in the site's prefix (or a party body running into its title)."""
    if site.where not in ("before", "listed", "appointed"):
        return []
    return [
        u
        for u in res.units
        if site.start <= u.start < site.title_start
        and u.host_end <= site.end
        and res.entity(u.entity).type in UNIT_TYPES
    ]


# A place's government written with its level word: 某市政府 (not 某市人民政府).
_GOVERNMENT = "政府"
_GOVERNMENT_LEVELS = "省州市区县"


def government_cut(text: str, u: UnitRef) -> int | None:
    """Where a title keeps a place's government after the place's own name (某市政府党组成员
    → 市政府党组成员 @ 某市: the gold keeps the level word and 政府, as in the lone
    市政府秘书长) — the position of the level word that ends the place's name, when 政府
    follows it (inside the mention, 某市政府, or right after it) and at least one
    character of the name comes before it; 人民政府 never (某县人民政府党组成员 →
    党组成员); else None."""
    if text.endswith(_GOVERNMENT, u.start, u.host_end):
        g = u.host_end - len(_GOVERNMENT) - 1
    elif text.startswith(_GOVERNMENT, u.host_end):
        g = u.host_end - 1
    else:
        return None
    if g <= u.start or text[g] not in _GOVERNMENT_LEVELS:
        return None
    return g


_LEVEL_GOVERNMENT = re.compile(f"[{_GOVERNMENT_LEVELS}](?:人民)?{_GOVERNMENT}")


def government_before_its_head(text: str, cut: int, title_start: int, end: int) -> bool:
    """Whether a title cut at ``cut`` would open with a lone level word's government
    (县政府, 市人民政府) before a title word naming the head of that same level (县长,
    常务副县长): the level is written twice, and no gold title keeps the government before
    its own head — 县政府县长甲 is 县长 (the lone 市政府秘书长 and 县政府党组成员 keep it)."""
    m = _LEVEL_GOVERNMENT.match(text, cut, title_start)
    return m is not None and f"{text[cut]}长" in text[title_start:end]


def unit_cuts(text: str, u: UnitRef, res: Resolution) -> list[int]:
    """Where a title may start after a unit named in its prefix: after the host
    (某村|党支部书记) and after the whole mention (某村党支部|书记) — but not after the
    host when the party ending is part of the unit's own name (县直机关工委书记: the
    body is 县直机关工委 and the title 书记, not 工委书记). A party form that is only an
    alias of its host keeps both cuts (某镇党委书记: 党委书记 of 某镇)."""
    if u.host_end < u.end and text[u.start : u.end] == res.entity(u.entity).name:
        return [u.end]
    return sorted({u.host_end, u.end})


def units_named_whole(text: str, site: TitleSite, res: Resolution) -> list[UnitRef]:
    """The mentions in a site's prefix that write a party body which is a unit of its
    own, whole (某市机关工作党委, 某某联合党支部): its name holds the party ending, and the
    words before the ending say it has no host (``unit_name_parts.tsv``
    ``party_bodies_without_host``: 工作, 联合, 联建). A company's or a school's party body
    the units' rules named so (某某股份党委) is its host's alias to the gold, which keeps
    党委书记 there."""
    heads = unit_name_parts()["party_bodies_without_host"]
    return [
        u
        for u in res.units
        if site.start <= u.start
        and u.host_end < u.end <= site.end
        and text[u.start : u.end] == res.entity(u.entity).name
        and text.endswith(heads, u.start, u.host_end)
    ]


def starts_inside_own_name(cut: int, unit: str, own_names: Sequence[UnitRef]) -> bool:
    """Whether a title cut at ``cut`` would start inside the name of its own unit as the
    prefix writes it whole (:func:`units_named_whole`): 某某工作党委书记 is 书记 of
    某某工作党委, never 党委书记 — :func:`unit_cuts` for every way a candidate reaches the
    unit (the sentence's units, the title word alone)."""
    return any(u.entity == unit and u.start < cut < u.end for u in own_names)


def inner_cuts(text: str, u: UnitRef, res: Resolution) -> list[tuple[int, str]]:
    """Cuts inside a unit's mention after a unit named at its start: the mention's own
    entity when the mention writes more than its name (某街道办事处 → 某街道), and a
    place of the story whose name begins the mention (某街党建办 → 某街): what follows
    is a department the title keeps (办事处主任, 党建办副主任)."""
    out: list[tuple[int, str]] = []
    for e in res.entities:
        if e.type not in UNIT_TYPES or (e.id != u.entity and e.type == "Organization"):
            continue
        for form in {e.name, *e.aliases}:
            end = u.start + len(form)
            if len(form) >= 2 and end < u.host_end and text.startswith(form, u.start):
                out.append((end, e.id))
    return sorted(set(out))


def _cuts_without_unit(text: str, site: TitleSite) -> list[int]:
    """Title starts that need a unit from elsewhere: the whole element, the title word,
    after a leading generic word."""
    cuts = {site.start, site.title_start}
    # after a unit's own name no rule found (某某分局|局长, 某某医院|党委书记)
    unnamed = after_unnamed_unit(text[site.start : site.title_start])
    if unnamed:
        cuts.add(site.start + unnamed)
    # the longest leading word only (村委会主任: after 村委会, not after 村 or 村委)
    lead = max(
        (
            len(w)
            for w in _LEADING_GENERIC
            if text.startswith(w, site.start) and site.start + len(w) <= site.title_start
        ),
        default=0,
    )
    if lead:
        cuts.add(site.start + lead)
    return sorted(cuts)


def is_zone(e: Entity) -> bool:
    """A functional zone (某某经开区, 某某高新区, 某某工业园区; ``zone_endings.tsv``): a
    Region of its own, run by a 管委会 and a 党工委, never the district or county a
    title's level word names — 长寿区委书记、长寿经开区党工委书记甲，区委副书记、区长乙:
    乙 is the district's 区长, not the zone's."""
    return e.type == "Region" and e.name.endswith(load_lexicon().zone_endings)


# Place endings in 区 that are no district (``unit_name_parts.tsv`` regions_not_districts).
_NOT_DISTRICTS = unit_name_parts()["regions_not_districts"]


def names_no_level_place(e: Entity) -> bool:
    """Whether ``e`` is no place a title's level word names although its name ends with
    one: a functional zone (:func:`is_zone`), or an autonomous region, a prefecture
    (地区) or a special administrative region, whose names end in 区 but whose heads are a
    自治区党委书记 or 主席, a 地委书记 or 专员, a 行政长官 — never a 区委书记 or a 区长
    (区委书记甲 in a story naming 内蒙古自治区 and 某区 is the district's; the readable gold
    has no 区委 or 区长 title at any of them)."""
    return is_zone(e) or (e.type == "Region" and e.name.endswith(_NOT_DISTRICTS))


def _level_units(title: str, res: Resolution) -> list[str]:
    """Places of the story whose level the title names (副区长 → the districts; a zone
    ending in 区 is none: :func:`is_zone`)."""
    out: list[str] = []
    for word, ends in _LEVEL_WORDS:
        if word in title:
            out += [
                e.id
                for e in res.entities
                if e.type == "Region"
                and e.name.endswith(ends)
                and e.id not in out
                and not names_no_level_place(e)
            ]
    return out


def frequent_units(res: Resolution, n: int = 3) -> list[str]:
    """The ``n`` units the story names most often (first named first on ties)."""
    counts: dict[str, tuple[int, int]] = {}
    for u in res.units:
        if res.entity(u.entity).type not in UNIT_TYPES:
            continue
        k, first = counts.get(u.entity, (0, u.start))
        counts[u.entity] = (k + 1, min(first, u.start))
    return sorted(counts, key=lambda e: (-counts[e][0], counts[e][1]))[:n]


def _units_of_kind(word: str, res: Resolution) -> list[str]:
    """Units a leading generic word can mean: those whose name ends with it (镇 → the
    towns of the story), and for 公司 its enterprises by any name (:func:`company_fits`)."""
    if word.endswith("政府"):
        word = word[: -len("政府")]
    if word in ("集团公司", "集团"):
        return [e.id for e in res.entities if e.type == "Organization" and ("集团" in e.name)]
    return [
        e.id
        for e in res.entities
        if e.type in UNIT_TYPES
        and (e.name.endswith(word) or company_fits(word, e))
        and e.name != word
    ]


# Words by which a story calls its enterprise whatever its name ends with (公司党委书记甲,
# 公司董事长乙: the story's 某某集团, 某某股份, 某某酒业).
COMPANY_WORDS = ("公司",)


def company_fits(word: str, e: Entity) -> bool:
    """Whether ``word`` (公司) can mean the unit ``e``: an enterprise of the story, its
    name ending with 公司 or not (某某集团, 某某股份), never a party body."""
    return word in COMPANY_WORDS and e.type == "Organization" and e.subtype == "enterprise"


def media_units(res: Resolution) -> list[str]:
    """The news outlets of the story (a byline's 记者 works for one of them)."""
    return [e.id for e in res.entities if e.subtype == "media"]


def self_reference_units(text: str, start: int, res: Resolution, topic: str | None) -> list[str]:
    """The units a self-reference right before ``start`` can mean (我校 → the story's
    schools, 本村 → its villages, 我县 → its counties): the topic unit first when it
    fits, then the others of that kind."""
    kind = self_kind(text, start)
    if kind is None:
        return []
    words = self_fit_words(kind)
    fits = [
        e.id
        for e in res.entities
        if e.type in UNIT_TYPES
        and any(w in e.name[1:] for w in words)
        and not only_visited(text, e.id, res)
    ]
    if topic in fits:
        fits.remove(topic)
        fits.insert(0, topic)
    return fits


# Written right before a unit the story names only as where its people went (调研组一行
# 还到某中学看望…): a motion word, or a visiting verb of ``visit_words.tsv``.
_MOTION_WORDS = ("到", "走进", "深入")


def only_visited(text: str, unit: str, res: Resolution) -> bool:
    """Whether every mention of ``unit`` is written right after a visiting verb or a
    motion word (…一行还到某中学看望, 赴某村调研): a place the story's people went to, never
    the writer's own unit a self-reference (我校, 学校党委常委甲) means."""
    visit = load_lexicon().visit_words
    starts = [u.start for u in res.units if u.entity == unit]
    return bool(starts) and all(
        text[max(0, s - 2) : s].endswith(_MOTION_WORDS)
        or any(text[max(0, s - 2) : s].endswith(w) for w in visit)
        for s in starts
    )


def self_kind(text: str, start: int) -> str | None:
    """The kind a self-reference right before ``start`` names (我院 → 院, 本村 → 村, a
    bare 校 opening a chain element → 校), or None."""
    m = _SELF_WORD.search(text, max(0, start - 3), start)
    if m is not None:
        return m.group(1)
    if start > 0 and bare_self_opening(text, start - 1):
        return text[start - 1]
    word = text[max(0, start - 2) : start]
    if start >= 2 and bare_self_word(text, start - 2):
        return _BARE_SELF_WORDS[word]
    return None


def self_fit_words(kind: str) -> tuple[str, ...]:
    """The words a unit's name holds when a self-word of this kind can mean it (校 → 校 or
    学: 某大学)."""
    return _SELF_FITS.get(kind, (kind,))


def self_word_opening(text: str, site: TitleSite) -> int | None:
    """Where a self-reference that opens the site's prefix ends (``我院党委书记甲`` → after
    我院), or None: the title is what follows it, the unit the writer's own."""
    return self_word_end(text, site.start, site.title_start)


def self_word_end(text: str, start: int, title_start: int) -> int | None:
    """Where a self-reference opening the prefix ``[start, title_start)`` ends (我局党组书记
    → after 我局), or None."""
    m = _SELF_OPENING.match(text, start, title_start)
    if m is not None:
        return m.end()
    if start + 2 <= title_start and bare_self_word(text, start):
        return start + 2
    return start + 1 if start < title_start and bare_self_opening(text, start) else None


def bare_self_opening(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a bare kind character (校, 院) opening a chain element right
    before its party body (…，校党委书记甲, 院党组书记乙): the page's own school or
    hospital, as 我校 / 我院 would say. Not inside a name (某学校党委: 学 before 校)."""
    return (
        text[i : i + 1] in _BARE_SELF_KINDS
        and (i == 0 or text[i - 1] in _ELEMENT_OPENERS)
        and text.startswith(_BARE_SELF_BODIES, i + 1)
    )


def bare_self_word(text: str, i: int) -> bool:
    """Whether a bare kind word (学校, 学院) written at ``text[i]`` opens a chain element
    as the page's own unit: after a punctuation mark or the text's start (never inside a
    name: 某某学院党委), right before its party body, a department of it or the head's
    title (学校党委委员、组织部长甲; 学校组织部部长乙)."""
    return (
        text[i : i + 2] in _BARE_SELF_WORDS
        and (i == 0 or text[i - 1] in _ELEMENT_OPENERS)
        and text.startswith(_BARE_SELF_WORD_FOLLOWERS, i + 2)
    )


def anaphor_units(text: str, start: int, res: Resolution) -> list[str]:
    """The units an anaphor right before ``start`` can mean (该村 → the villages, 该乡 →
    the townships): those of that kind the text named before ``start``, the one named
    last first. Unlike 我校 (the writer's own unit), 该 points back at the text."""
    m = _ANAPHOR_WORD.search(text, max(0, start - 3), start)
    if m is None:
        return []
    kind = m.group(1)
    ends = _ANAPHOR_ENDS.get(kind, (kind,))
    last: dict[str, int] = {}
    for u in res.units:
        if u.start >= m.start():
            break
        e = res.entity(u.entity)
        if e.type in UNIT_TYPES and e.name.endswith(ends):
            last[u.entity] = u.start
    return sorted(last, key=lambda eid: -last[eid])


# A first secretary's title (第一书记, 党支部第一书记, “第一书记”): the village posted to
# holds it (GOLD_NOTES x1061–x1100 rule 7).
FIRST_SECRETARY = "第一书记"
_POSTED_CLAUSE_STOPS = "，,。；;！!？?\n：:（()）"
_POSTED_WORD = "驻"
_VILLAGE_POSTING = "驻村"


def posted_village(text: str, title_start: int, res: Resolution) -> str | None:
    """The village a first secretary whose title starts at ``title_start`` is posted to,
    as the title's clause writes it: the village named last between a 驻 (派驻) and the
    title (某局驻某县某镇某村第一书记, 我校派驻某村的第一书记), or the village named right
    before a 驻村 (某村驻村工作队队长兼第一书记). None when the clause writes no 驻, or
    no village after it; a unit named between 驻 and the village's mention (某局驻某公司)
    is not a village the clause posts anyone to."""
    lo = max(text.rfind(c, 0, title_start) for c in _POSTED_CLAUSE_STOPS) + 1
    at = text.rfind(_POSTED_WORD, lo, title_start)
    if at < 0:
        return None
    if text.startswith(_VILLAGE_POSTING, at):
        before = [u for u in res.units if u.end == at and res.entity(u.entity).type == "Village"]
        return before[-1].entity if before else None
    between = [u for u in res.units if at < u.start and u.end <= title_start]
    if any(res.entity(u.entity).type not in PLACE_TYPES for u in between):
        return None
    if between and res.entity(between[-1].entity).type == "Village":
        return between[-1].entity
    return village_written_after(text, at, title_start, res) if not between else None


def village_written_after(text: str, at: int, end: int, res: Resolution) -> str | None:
    """The story's village whose name (or an alias) is written last in ``[at, end)`` — a
    village posted to that the clause names where no mention of it was read (某局驻某村第一
    书记: the linker or the units' rules left the name inside the title chain unread). The
    village must be named as a unit of the story elsewhere; None when none is written."""
    best: tuple[int, str] | None = None
    for e in res.entities:
        if e.type != "Village":
            continue
        for form in {e.name, *e.aliases}:
            if len(form) < 2:
                continue
            k = text.rfind(form, at, end)
            if k >= 0 and (best is None or k + len(form) > best[0]):
                best = (k + len(form), e.id)
    return best[1] if best is not None else None


def _near_units(
    article: Article, site: TitleSite, res: Resolution
) -> tuple[list[UnitRef], list[UnitRef]]:
    """Units of the site's sentence, nearest first, and of the sentence before."""
    sent = article.sentence_at(site.start)
    if sent is None:
        return [], []
    here = [
        u
        for u in res.units
        if sent.start <= u.start and u.end <= sent.end and res.entity(u.entity).type in UNIT_TYPES
    ]
    here.sort(key=lambda u: abs(u.start - site.start))
    prev = next(
        (s for s in reversed(article.sentences) if s.end <= sent.start and s.end > s.start), None
    )
    before: list[UnitRef] = []
    if prev is not None:
        before = [
            u
            for u in res.units
            if prev.start <= u.start
            and u.end <= prev.end
            and res.entity(u.entity).type in UNIT_TYPES
        ]
        before.sort(key=lambda u: -u.start)
    return here[:NEAR_UNITS], before[:2]


def title_kind(text: str, site: TitleSite) -> str | None:
    """The kind of unit the site's title word belongs to alone (董事长 → an enterprise,
    行长 → a bank, 校长 → a school; ``title_units.tsv``), or None."""
    return load_lexicon().title_unit_kind.get(text[site.title_start : site.end])


# Kinds of unit that are also of a wider kind a title names: a bank is an enterprise (某银行
# 董事长甲: 董事长 is an enterprise's title, and a bank has one).
_WIDER_KINDS = {"bank": "enterprise"}


def kind_fits(kind: str, subtype: str | None) -> bool:
    """Whether a unit of ``subtype`` is of the ``kind`` a title names (``title_units.tsv``):
    the same kind, or one that is of that kind too (a bank for an enterprise's 董事长)."""
    return subtype is not None and (subtype == kind or _WIDER_KINDS.get(subtype) == kind)


def previous_units_of_kind(
    article: Article, text: str, site: TitleSite, res: Resolution
) -> list[UnitRef]:
    """The units of the title's kind (:func:`title_kind`) named in the sentence before
    the site's, named last first, when the site's own sentence names none of that kind:
    某银行党委……。董事长甲、行长乙…… — the bank of the sentence before, which the two
    units nearest the sentence's end (:func:`_near_units`) may leave out."""
    kind = title_kind(text, site)
    sent = article.sentence_at(site.start)
    if kind is None or sent is None:
        return []

    def of_kind(lo: int, hi: int) -> list[UnitRef]:
        return [
            u
            for u in res.units
            if lo <= u.start
            and u.end <= hi
            and res.entity(u.entity).type == "Organization"
            and kind_fits(kind, res.entity(u.entity).subtype)
        ]

    if of_kind(sent.start, sent.end):
        return []
    prev = next(
        (s for s in reversed(article.sentences) if s.end <= sent.start and s.end > s.start), None
    )
    if prev is None:
        return []
    return sorted(of_kind(prev.start, prev.end), key=lambda u: -u.start)


def find_post_candidates(
    article: Article,
    text: str,
    claims: Sequence[PostClaim],
    people: Sequence[PersonMention],
    res: Resolution,
    rule_posts: Sequence[Relation],
    topic: str | None,
) -> list[PostCandidate]:
    """Every candidate triple of the story, grouped by site in text order."""
    out: list[PostCandidate] = []
    rule_by_person: dict[str, list[Relation]] = {}
    for r in rule_posts:
        rule_by_person.setdefault(r.source, []).append(r)
    chain_units: dict[tuple[int, int], list[str]] = {}
    frequent = frequent_units(res)
    title_end = title_ends(text, people)
    after = AfterNames(
        frozenset(p.end for p in people), units_leading_runs(text, people, res, title_end)
    )
    names = [(p.start, p.end) for p in people]
    unit_ends = frozenset(u.end for u in res.units)
    for site in title_sites(text, claims, people, title_end, unit_ends):
        person = res.people.get((site.person.start, site.person.end))
        if person is None:
            continue
        if another_name_before_title(site, names):
            continue  # 甲县长 is 甲's title
        listed = list_before_units(article, site, chain_units)
        out += _site_candidates(
            article,
            text,
            site,
            person,
            res,
            rule_by_person,
            topic,
            chain_units,
            frequent,
            listed,
            after,
            names,
        )
    return out


def another_name_before_title(site: TitleSite, names: Sequence[tuple[int, int]]) -> bool:
    """Whether another person's name ends right where the site's title word starts, inside
    the site's prefix (某县甲县长、某县立法委员乙: the 县长 written after 甲 is 甲's, never 乙's,
    whose chain the 、 joined it to). A title written right before the holder's name stays
    the holder's (书记甲乡长乙: 乡长 is 乙's; 甲 is the 书记 before him)."""
    holder = site.person
    if site.end == holder.start:
        return False
    return any(
        site.start <= s and e == site.title_start and (e <= holder.start or s >= holder.end)
        for s, e in names
    )


def title_keeps_another_name(cut: int, site: TitleSite, names: Sequence[tuple[int, int]]) -> bool:
    """Whether a title cut at ``cut`` would keep another person's name written inside the
    site (甲主任: no title of the site's holder holds 甲; a name read in a place's name, 某祖
    of 某祖某村村长, leaves the cuts after it)."""
    holder = site.person
    return any(
        cut <= s and e <= site.end and (e <= holder.start or s >= holder.end) for s, e in names
    )


def list_before_units(
    article: Article, site: TitleSite, chain_units: dict[tuple[int, int], list[str]]
) -> list[str]:
    """The units named in the titles of the person listed last before this site in the
    same sentence (X公司党委书记甲，党委副书记乙: 乙's unit is X公司)."""
    sent = article.sentence_at(site.start)
    if sent is None:
        return []
    before = [
        (pe, units)
        for (ps, pe), units in chain_units.items()
        if units and sent.start <= ps and pe <= site.start and ps != site.person.start
    ]
    return list(dict.fromkeys(max(before)[1])) if before else []


def _site_candidates(
    article: Article,
    text: str,
    site: TitleSite,
    person: str,
    res: Resolution,
    rule_by_person: dict[str, list[Relation]],
    topic: str | None,
    chain_units: dict[tuple[int, int], list[str]],
    frequent: Sequence[str],
    listed: Sequence[str] = (),
    after: AfterNames | None = None,
    names: Sequence[tuple[int, int]] = (),
) -> Iterator[PostCandidate]:
    seen: set[tuple[str, str]] = set()
    own_names = units_named_whole(text, site, res)

    def make(
        cut: int, unit: str, ref: UnitRef | None, how: str, joined: str | None = None
    ) -> PostCandidate | None:
        while cut < site.title_start and text[cut] in OPEN_QUOTES:
            cut += 1  # 任某村“名誉村长”: the title inside its quotes
        if joined is None and cut < site.title_start:
            # 新任校长, 镇党委副书记, 某某自治县委常委: words the gold's title never keeps
            cut += min(dropped_opening(text[cut : site.end]), site.title_start - cut)
        # 民政局|长某某: the unit's ending opens the title word 局长, which stays whole
        glued = cut == site.title_start + 1
        title = joined or text[site.title_start if glued else cut : site.end]
        if not title or (title, unit) in seen or unit == person:
            return None
        if joined is None and government_before_its_head(text, cut, site.title_start, site.end):
            return None  # 县政府县长 is 县长: the government is its head's unit, not title
        if joined is None and title_keeps_another_name(cut, site, names):
            return None  # 甲主任 at 乙: a title never holds another person's name
        if joined is None and opens_with_a_place(text, cut, site.title_start, res):
            return None  # 某区人民政府副区长: the place is a unit, never part of a title
        if joined is None and starts_inside_own_name(cut, unit, own_names):
            return None  # 某工作党委|党委书记 is no title of 某工作党委: its title is 书记
        seen.add((title, unit))
        return PostCandidate(person, site, cut, title, unit, ref, how)

    found: list[PostCandidate | None] = []
    department: str | None = None  # 某局某某科甲科长: the title 某某科科长
    if site.where == "after":  # 某银行甲副行长: the unit written right before the name
        word = text[site.title_start : site.end]
        stops = after.stops if after is not None else frozenset()
        dept = department_before_name(text, site.person.start, res, stops)
        if dept is not None:
            department = text[dept : site.person.start] + word
        before = units_ending_at(text, site.person.start if dept is None else dept, res)
        for u in before:
            joined = party_joined_title(text, u, word, res) if dept is None else department
            if joined is not None:
                found.append(make(site.title_start, u.entity, u, "before_name", joined))
            found.append(make(site.title_start, u.entity, u, "before_name"))
        lead = after.leading.get(site.person.start) if after is not None else None
        if lead is not None and not before:  # 某社区甲书记、乙主任: the run's unit
            if department is not None:
                found.append(make(site.title_start, lead.entity, lead, "run_lead", department))
            found.append(make(site.title_start, lead.entity, lead, "run_lead"))
    inside = _prefix_units(site, res)
    ckey = (site.person.start, site.person.end)
    earlier = list(chain_units.get(ckey, [])) if site.chain else []
    for u in inside:
        how = "party_body" if u.end > site.title_start else "prefix"
        cuts = unit_cuts(text, u, res)
        g = government_cut(text, u) if res.entity(u.entity).type == "Region" else None
        if g is not None and site.start <= g < site.title_start:
            # 某市政府|党组成员 is never the gold's cut: 市政府党组成员 (but 某市政府|副市长)
            if text[g] not in text[site.title_start : site.end]:
                past = g + 1 + len(_GOVERNMENT)  # 某市|政府党组成员, 某市政府|党组成员
                cuts = [c for c in cuts if c not in (g + 1, past)]
            cuts = sorted({*cuts, g})
        for c in cuts:
            if site.start <= c < site.end:
                found.append(make(c, u.entity, u, how))
            unnamed = after_unnamed_unit(text[c : site.title_start]) if c < site.title_start else 0
            if site.start <= c and unnamed:  # 某村|某某有限公司|董事长: after the company too
                found.append(make(c + unnamed, u.entity, u, how))
        if u.rule == "dept_fold":
            found.append(make(site.start, u.entity, u, "prefix"))
        for c, eid in inner_cuts(text, u, res):
            if site.start <= c < site.title_start:
                found.append(make(c, eid, None, "inner"))
    opening = self_word_opening(text, site)
    own = (
        self_reference_units(text, opening or site.start, res, topic)
        if site.where == "before" and site.chain == 0
        else []
    )
    pointed = (
        anaphor_units(text, site.start, res) if site.where == "before" and site.chain == 0 else []
    )
    if site.where == "before" or site.chain_len > 1:  # a chain, or the parts of a bracket
        chain_units[ckey] = [*earlier, *(u.entity for u in inside), *own[:1], *pointed[:1]]
    bare_cuts = _cuts_without_unit(text, site)
    if opening is not None and own and opening not in bare_cuts:
        bare_cuts = sorted([*bare_cuts, opening])  # 我院|党委书记: the title after it
    here, before = _near_units(article, site, res)
    kind_before = previous_units_of_kind(article, text, site, res)
    for c in bare_cuts:
        title = text[c : site.end]
        for eid in own:
            found.append(make(c, eid, None, "self"))
        for eid in pointed[:2]:
            found.append(make(c, eid, None, "anaphor"))
        for k, eid in enumerate(reversed(earlier)):
            # the unit named last before this element, or one named earlier in the chain
            found.append(make(c, eid, None, "chain" if k == 0 else "chain_earlier"))
        if not inside and not earlier:
            for eid in listed:
                found.append(make(c, eid, None, "list_before"))
        for eid in _level_units(
            title if site.where == "before" else text[site.start : site.end], res
        ):
            found.append(make(c, eid, None, "level"))
        for u in here:
            found.append(make(c, u.entity, u, "sentence"))
        for u in before:
            found.append(make(c, u.entity, u, "previous"))
        for u in kind_before[:1]:
            found.append(make(c, u.entity, u, "previous_kind"))
        if topic is not None:
            found.append(make(c, topic, None, "topic"))
    for c in bare_cuts:
        left = text[site.start : c]
        if c > site.start and left in _LEADING_GENERIC:
            for eid in _units_of_kind(left, res):
                found.append(make(c, eid, None, "generic"))
    if site.where == "byline":
        for eid in media_units(res):
            found.append(make(site.title_start, eid, None, "media"))
    for eid in frequent:
        for c in (site.start, site.title_start):
            found.append(make(c, eid, None, "frequent"))
    for r in rule_by_person.get(person, []):
        if r.title and text.endswith(r.title, 0, site.end):
            found.append(make(site.end - len(r.title), r.target, None, "rule"))
    if department is not None:  # every unit of the site with the department's title too
        for cand in [x for x in found if x is not None and x.title != department]:
            found.append(make(cand.cut, cand.unit, cand.ref, cand.how, department))
    yield from (c for c in found if c is not None)
