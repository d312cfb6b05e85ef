"""Place linking: every gazetteer-known place an article names, with its division code
where the article pins it down.

``link_places`` finds, then decides (STYLE "find, then apply"):

1. *find*: the stem matcher (:mod:`ingest.places.match`) lists every full alias form of
   every division in the simplified text; a party-organisation suffix right after a place
   (党委, 党总支 …: :data:`PARTY_SUFFIXES`, the ``place`` rows of
   ``ingest/lexicons/party_suffixes.tsv``) is folded into the mention, so ``surface`` is
   e.g. 高楼村党总支 and :func:`split_party_suffix` recovers the parts;
2. *choose spans*: leftmost-longest, so 青石区望湖二村居委会 is 青石区 + 望湖二村居委会;
3. *disambiguate*: a name with several candidate codes takes the one that the article's
   other places (and the article's source, when it names a district) point at, ranked by
   the deepest shared unit (at least a city); two ambiguous names nested in each other
   (a town and its village) pick each other. A lone candidate is taken on the name alone
   unless the form is *weak* (:func:`ingest.places.names.is_weak`: 强村, 联合居委, 同县 …)
   or, below county level, it lies in a province the story is not about. Otherwise the
   mention keeps ``code=None`` and its candidates — a wrong code is worse than none — and
   an unlinked weak form is dropped;
4. *bare short forms* (金山 for 金山区, 朱泾 for 朱泾镇) are added only for units the article
   supports (:func:`supported_units`): a linked unit, its ancestors and children, and the
   districts and cities of the city or province it lies in;
5. *informal areas*: 某某社区 where 某某 is shared by several residents' committees of a
   linked town (a 社区 grouping committees 某某一居委, 某某二居委 …) is a Region without code;
6. *unlisted places* (:func:`unlisted_places`): a name the gazetteer does not know
   (renamed, merged, misspelt) with a division ending, used as a place, is a Region,
   Village or ResidentsCommittee without code.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from typing import cast

from ingest.lexicon import load_lexicon
from ingest.model import Article, PlaceLevel, PlaceMention, PlaceType
from ingest.places.area_forms import area_forms, bare_forms, may_hold_bare_form
from ingest.places.codes import LEVEL_DEPTH, level_of, parent_code
from ingest.places.estates import named_estates
from ingest.places.foreign import foreign_places
from ingest.places.gazetteer import OUTSIDE_FILE, Gazetteer, division_type, load_gazetteer
from ingest.places.match import StemHit, WordFinder, decode_payload, find_words
from ingest.places.names import (
    is_generic,
    is_weak,
    named_by_level_alone,
    village_stems,
)
from ingest.places.taiwan import below_a_taiwan_county, county_short_forms, taiwan_wards
from ingest.segment import (
    UNKNOWN_POS,
    is_common_word,
    is_dictionary_word,
    pos_of,
    starts_a_word_surely,
    tokenize,
    whole_word_at,
)

# The party bodies folded into the place that hosts them (GOLD_FORMAT rule 1), longest
# first. They are not part of the alias forms: the linker extends a found place over them.
PARTY_SUFFIXES: tuple[str, ...] = load_lexicon().place_party_suffixes
# The characters that end a division's name (lexicons/division_chars.tsv).
_DIVISION_CHARS = load_lexicon().division_chars

# The weakest evidence that may decide between candidates: a shared city. A shared
# province alone leaves too many same-named villages (and is what a 省委 mention gives).
MIN_SUPPORT_DEPTH = LEVEL_DEPTH["city"]

# Words after a place form that say it is not the place (lexicons/*.tsv of these names):
# a street or institution name (某京路, 某江大学), a word starting at a bare 村 (村民), an
# organ of a government or party committee (某区委组织部).
NOT_PLACE_AFTER: tuple[str, ...] = load_lexicon().not_place_after
VILLAGE_WORD_AFTER: tuple[str, ...] = load_lexicon().village_word_after
ORGAN_AFTER: tuple[str, ...] = load_lexicon().organ_after
GOVERNMENT_SUFFIXES = frozenset({"委", "政府", "人民政府", "办事处"})

# Characters that commonly stand right before a place name: prepositions, conjunctions,
# the verbs of going somewhere, determiners, and the designations that end the unit
# above (某某街道, 某某镇 — also when that unit is not indexed, 城区街道). An unlinked
# village or committee preceded by any other Chinese character is most likely the tail of
# a longer name the gazetteer does not know (新建某某花苑居民区 would give 花苑居民区).
LEFT_BOUNDARY = frozenset(
    "在到至赴往进入与和同及跟对向为是由从把将让给于的了着或即原各该本全等以共道镇乡区县市省州旗盟"
)


# Characters after 居 that make it the word 居住, 居家, 居室, 居所 rather than the short
# form of a numbered committee (某沟一居).
_DWELLING_AFTER = frozenset("住家室所")


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int  # including a folded party suffix
    form_end: int  # end of the place's own form
    codes: tuple[str, ...]
    classes: tuple[str, ...]  # form class per code
    weak: bool  # every reading is a weak form (ingest.places.names.is_weak)


# A village's branch written without 党 (某楼村支部, 某楼村总支): after 村 the bare word
# is the village's party body, where after other names it is too often a word of its own.
VILLAGE_BRANCHES = ("支部", "总支")


def split_party_suffix(surface: str) -> tuple[str, str]:
    """``"某楼村党总支"`` → ``("某楼村", "党总支")``; ``("某楼村", "")`` without suffix.

    >>> split_party_suffix("某楼村支部")
    ('某楼村', '支部')
    """
    for suffix in PARTY_SUFFIXES:
        if surface.endswith(suffix) and len(surface) > len(suffix):
            return surface[: -len(suffix)], suffix
    for suffix in VILLAGE_BRANCHES:
        if surface.endswith("村" + suffix) and len(surface) > len(suffix) + 1:
            return surface[: -len(suffix)], suffix
    return surface, ""


def _party_end(text: str, end: int) -> int:
    for suffix in PARTY_SUFFIXES:
        if text.startswith(suffix, end):
            return end + len(suffix)
    return village_branch_end(text, end)


# What follows a town's name as its own body, whatever word jieba makes of it.
_TOWN_BODIES = (*PARTY_SUFFIXES, "党", "政府", "人民政府", "人大", "委")


def designation_read_in_a_word(text: str, h: StemHit) -> bool:
    """Whether a township's 乡 makes an ordinary word of the dictionary that jieba
    reads with the character before it (激|发城乡|基层: 城乡; not 镇: 某市镇 are towns'
    names), a town's 乡 or 镇 any with the character
    after it (助力某塘乡|村振兴: 乡村), or the form is a frequent ordinary word
    and jieba reads its 乡 or 镇 with the next character (培育|文明|乡风): then the form
    may be a phrase's words, and it is weak — a town only where the story's other places
    support it. A stem jieba does not know (某溪|镇枫|…) says nothing more: jieba glues
    unknown characters anyhow.

    >>> from ingest.places.match import StemHit
    >>> designation_read_in_a_word("培育文明乡风", StemHit(2, 5, 5, ("999999201",), "T", ""))
    True
    """
    if h.form_class != "T" or h.suffix:
        return False
    # 激|发城乡|基层 → 城乡: the designation ends a word of the stem's
    if (
        text[h.end - 1] == "乡"
        and h.end - h.start > 2
        and is_dictionary_word(text[h.end - 2 : h.end])
        and whole_word_at(text, h.end - 2, h.end)
    ):
        return True
    if h.end >= len(text) or not "\u4e00" <= text[h.end] <= "\u9fff":
        return False
    if text.startswith(_TOWN_BODIES, h.end):
        return False  # 某某乡党委, 某某镇政府: its own bodies (乡党 is a word too)
    if is_dictionary_word(text[h.end - 1 : h.end + 1]):
        return True  # 某水乡|村振兴: 乡村, an ordinary word of the dictionary
    if not is_common_word(text[h.start : h.end - 1]):
        return False
    return whole_word_at(text, h.end - 1, h.end + 1)


def village_branch_end(text: str, end: int) -> int:
    """The end of a village's branch written without 党 right after a form ending in 村
    at ``end`` (某楼村|支部, 某楼村|总支), else ``end``. Such a branch says the short
    form is a village, not a word (it makes a weak form strong: :func:`_spans`).

    >>> village_branch_end("某楼村支部书记", 3), village_branch_end("某楼镇支部", 3)
    (5, 3)
    """
    if text[end - 1 : end] == "村":
        for suffix in VILLAGE_BRANCHES:
            if text.startswith(suffix, end):
                return end + len(suffix)
    return end


def _with_party_body(
    text: str,
    start: int,
    end: int,
    typ: PlaceType,
    level: PlaceLevel | None,
    name: str,
    code: str | None,
) -> PlaceMention:
    """The place written at ``start:end``, its party body folded in (某镇党委 is 某镇)."""
    full_end = _party_end(text, end)
    candidates = (code,) if code else ()
    return PlaceMention(start, full_end, text[start:full_end], typ, level, name, code, candidates)


def _spans(hits: Sequence[StemHit], text: str) -> list[_Span]:
    """Group hits by span, fold party suffixes, keep the leftmost-longest spans."""
    grouped: dict[tuple[int, int], dict[str, str]] = defaultdict(dict)
    weak: dict[tuple[int, int], bool] = {}
    inside_organ = {
        h.start: h.end
        for h in hits
        if h.suffix in GOVERNMENT_SUFFIXES and text.startswith(ORGAN_AFTER, h.end)
    }
    for h in hits:
        if h.start in inside_organ and h.end <= inside_organ[h.start]:
            continue
        if h.form_class == "V" and not h.suffix and text.startswith(VILLAGE_WORD_AFTER, h.end):
            continue
        if h.suffix == "居" and text[h.end : h.end + 1] in _DWELLING_AFTER:
            continue  # 某沟一居住区: 居 starts 居住, not the committee's short form
        key = (h.start, h.end)
        codes = grouped[key]
        for code in h.codes:
            codes.setdefault(code, h.form_class)
        w = is_weak(h.form_class, text[h.start : h.stem_end], h.suffix)
        w = w and not street_with_its_body(text, h.start, h.end)
        w = w and village_branch_end(text, h.end) == h.end
        w = w or designation_read_in_a_word(text, h)
        weak[key] = weak.get(key, True) and w
    spans = [
        _Span(s, _party_end(text, e), e, tuple(cc), tuple(cc.values()), weak[(s, e)])
        for (s, e), cc in grouped.items()
    ]
    spans.sort(key=lambda sp: (sp.start, -sp.end))
    out: list[_Span] = []
    last = 0
    for sp in spans:
        if sp.start >= last:
            out.append(sp)
            last = sp.end
    return out


# The bodies only a subdistrict (街道) has: its party working committee and its office.
_SUBDISTRICT_BODIES = ("党工委", "办事处")


def street_with_its_body(text: str, start: int, end: int) -> bool:
    """Whether the form ``text[start:end]`` is a subdistrict written 某某街 for 某某街道 and
    followed by a body only a subdistrict has (某某街党工委, 某某街办事处): then the name is
    the subdistrict's on its own, not a street's that needs the story's district.

    >>> street_with_its_body("某楼街党工委书记", 0, 3), street_with_its_body("某楼街上", 0, 3)
    (True, False)
    """
    return text[end - 1 : end] == "街" and text.startswith(_SUBDISTRICT_BODIES, end)


def support_set(codes: Iterable[str], gazetteer: Gazetteer) -> dict[str, int]:
    """Every unit the given codes lie in (themselves included) → its depth."""
    out: dict[str, int] = {}
    for code in set(codes):
        if code in gazetteer:
            out[code] = LEVEL_DEPTH[level_of(code)]
            for a in gazetteer.ancestors(code):
                # A placeholder (上海 310100 市辖区) is no evidence beyond its province.
                if not gazetteer.is_placeholder(a):
                    out[a] = LEVEL_DEPTH[level_of(a)]
    return out


def disambiguate(
    candidates: Sequence[str],
    context_codes: Iterable[str],
    gazetteer: Gazetteer | None = None,
    *,
    accept_unique: bool = True,
) -> str | None:
    """The one candidate code the context singles out, or None.

    ``context_codes``: codes of other places the article names (their ancestors count
    too). Each candidate is scored by the deepest unit it shares with the context (itself
    or an ancestor equal to a context unit); the best wins if no other candidate ties with
    it and the shared unit is at least a city. With no context support, a lone candidate is
    returned when ``accept_unique`` (the name exists once in the whole country).
    """
    gaz = gazetteer or load_gazetteer()
    return _pick(candidates, set(support_set(context_codes, gaz)), gaz, accept_unique)


def _pick(
    candidates: Sequence[str],
    supported: AbstractSet[str],
    gaz: Gazetteer,
    accept_unique: bool,
) -> str | None:
    """:func:`disambiguate` with the context given as its support set's units (a unit's
    depth follows from its code). Only the units both in the support set and in some
    candidate's chain are visited: a common name (新村) has hundreds of candidates."""
    cands = tuple(dict.fromkeys(candidates))
    if not cands:
        return None
    chains = _chains(cands, gaz)
    reached: dict[str, int] = {}
    for u in chains.keys() & supported:
        for d, c in chains[u]:
            if d > reached.get(c, -1):
                reached[c] = d
    # A chain is the candidate's code structure (:func:`_depths`): a candidate the list
    # lacks has no units above it, and it is never itself in a support set, so whatever
    # it reached was reached through a code it does not lie in. Asked only of the
    # candidates that reached a supported unit, not of all of them.
    depth = {c: d for c, d in reached.items() if c in gaz}
    best = max(depth.values(), default=-1)
    if best >= MIN_SUPPORT_DEPTH:
        top = [c for c, d in depth.items() if d == best]
        return top[0] if len(top) == 1 else None
    if accept_unique and len(cands) == 1:
        return cands[0]
    return None


@functools.lru_cache(maxsize=1 << 12)
def _chains(cands: tuple[str, ...], gaz: Gazetteer) -> dict[str, tuple[tuple[int, str], ...]]:
    """Every unit in the chain of some candidate (the candidate and the units above it)
    → the (depth, candidate) pairs it is in (derived once per candidate list; do not
    modify)."""
    out: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for c in cands:
        for u, d in _depths(c, gaz):
            out[u].append((d, c))
    return {u: tuple(pairs) for u, pairs in out.items()}


def places_of_organs(hits: Sequence[StemHit], text: str) -> list[str]:
    """The codes of the counties, cities and provinces whose organs ``text`` names
    (某某区委组织部, 某某县政府办公室: :data:`ORGAN_AFTER`), where the form names one unit of
    the country. Such a name is no mention of the place (the organ is the unit), but it
    says which district the story is about, so it supports the codes of the places named
    with it (某某区委组织部 and a 某某镇 of that district)."""
    return [
        h.codes[0]
        for h in hits
        if len(h.codes) == 1
        and h.suffix in GOVERNMENT_SUFFIXES
        and len(h.codes[0]) == 6
        and not is_weak(h.form_class, text[h.start : h.stem_end], h.suffix)
        and text.startswith(ORGAN_AFTER, h.end)
    ]


# The endings that make a word the name of a unit (某梅法院, 某山分公司, 某陆人民医院: the
# ``strong`` and ``level`` rows of lexicons/org_suffixes.tsv, two characters or more), and
# the endings of an area's own units written without 人民 (某县法院, 某县检察院).
_UNIT_ENDINGS: tuple[str, ...] = tuple(
    sorted(
        {
            e
            for row in load_lexicon().org_suffixes.values()
            if row.strength in ("strong", "level")
            for e in (row.text, row.text.replace("人民", ""))
            if len(e) >= 2
        },
        key=len,
        reverse=True,
    )
)


def places_of_local_units(text: str, gaz: Gazetteer) -> list[str]:
    """The codes of the counties and cities whose bare short form heads a unit's name
    (某梅法院, 某山分公司, 某陆人民医院: :data:`_UNIT_ENDINGS` right after the form), where
    the form names one county or one city of the country. Like an organ's name
    (:func:`places_of_organs`) such a unit says which area the story is about, so it
    supports the codes of the places named with it (某梅法院 and a 某开镇 of that county,
    某山分公司 and its 某村社区); it is no mention of the place."""
    out: list[str] = []
    for finder in (_county_finder(gaz), _city_finder(gaz)):
        for start, end, code in finder.find(text):
            if text.startswith(_UNIT_ENDINGS, end) and not starts_inside_a_word(text, start, end):
                out.append(code)
    return out


def _context(source: str | None, gazetteer: Gazetteer) -> list[str]:
    """Codes the article's source names unambiguously (区融媒体中心 of a named district)."""
    if not source:
        return []
    hits = gazetteer.matcher().find(source)
    return [sp.codes[0] for sp in _spans(hits, source) if len(sp.codes) == 1]


def _province(code: str) -> str:
    return code[:2] + "0000"


def _depths(code: str, gaz: Gazetteer) -> list[tuple[str, int]]:
    """``code`` and every unit above it by code structure (:func:`structural_chain`),
    with their depths as evidence for ``code`` (:func:`municipality_as_city`). A list,
    not a generator: compiled generators are slow, and :func:`_chains` calls this for
    each of hundreds of candidates.

    Taken from the code's structure, not from the gazetteer's parent walk: a fresh
    process's first pass asked the gazetteer about each step of 5,400 candidates' chains
    (17,000 code searches and as many interpreted calls, for answers no later pass
    reuses). A step the list lacks (a county's absent city ``xxyy00``) stays in the
    chain, but no support set holds an unlisted code (:func:`support_set`,
    :func:`_support_units`); nor is a candidate the list lacks checked here, but by
    :func:`_pick` when it reaches a supported unit."""
    county = level_of(code) == "county"
    out: list[tuple[str, int]] = []
    for u in structural_chain(code):
        if county and municipality_as_city(u, gaz):
            out.append((u, LEVEL_DEPTH["city"]))
        else:
            out.append((u, LEVEL_DEPTH[level_of(u)]))
    return out


def structural_chain(code: str) -> list[str]:
    """``code`` and the codes above it by code structure (:func:`parent_code`), listed
    in the gazetteer or not: 110101001001 → 110101001, 110101, 110100, 110000. The
    gazetteer's ancestors of a listed code are the listed codes among them."""
    out = [code]
    p = parent_code(code)
    while p is not None:
        out.append(p)
        p = parent_code(p)
    return out


def municipality_as_city(code: str, gaz: Gazetteer) -> bool:
    """Whether ``code`` is a municipality directly under the central government (a
    province whose cities are the placeholder 市辖区), which is also the city of its
    districts: for a district (某州区 of 某京市 and a namesake in another province) the
    municipality is the shared city. Not for a town or village: a municipality holds
    thousands of them, as a province does."""
    seat = code[:2] + "0100"
    return code.endswith("0000") and seat in gaz and gaz.is_placeholder(seat)


def _decide(
    sp: _Span,
    supported: AbstractSet[str],
    home: set[str],
    forced: str | None,
    gaz: Gazetteer,
) -> str | None:
    """One span's code: context support first (``supported``: the support set of the
    other places, :func:`support_set`); else a lone candidate, when the form is
    not weak and (below county level) lies in a province the article is about."""
    code = _pick(sp.codes, supported, gaz, accept_unique=False)
    if code is not None:
        return code
    if forced is not None:
        return forced
    if len(sp.codes) != 1 or sp.weak:
        return None
    only = sp.codes[0]
    if level_of(only) in ("town", "village") and home and _province(only) not in home:
        return None  # a namesake far from every other place of the story
    return only


@functools.lru_cache(maxsize=1 << 14)
def _structural_above(code: str) -> frozenset[str]:
    """The town and county a code lies in, by code structure. Coherence stops there: that
    two names both exist somewhere in one city or province is no evidence."""
    out = set()
    p = parent_code(code)
    while p is not None:
        if level_of(p) in ("town", "county"):
            out.add(p)
        p = parent_code(p)
    return frozenset(out)


def _coherent(spans: list[_Span], i: int, reach: _Reach) -> str | None:
    """The one candidate of span ``i`` that contains, or lies in, a candidate of another
    span (柳河镇 and 高岗村 named together pick the 高岗村 of that 柳河镇), else None.
    Spans with the candidates of span ``i`` are no other span. ``reach``: the spans'
    candidates and the units above them, counted (:class:`_Reach`)."""
    codes = spans[i].codes
    found = {c for c in codes if reach.touched_by_others(c, codes)}
    return found.pop() if len(found) == 1 else None


class _Reach:
    """Per distinct candidate list of a story's spans, its candidates and the towns and
    counties they lie in, counted per unit over the lists: whether some *other* list
    holds a unit is then a count less this list's own share — one pass over the spans,
    not one per span decided (:func:`_coherent` was quadratic in a long page's spans)."""

    def __init__(self, spans: list[_Span]) -> None:
        self._mine: dict[tuple[str, ...], tuple[frozenset[str], frozenset[str]]] = {}
        self._in: dict[str, int] = defaultdict(int)  # unit -> lists holding it
        self._above: dict[str, int] = defaultdict(int)  # unit -> lists lying in it
        for sp in spans:
            if sp.codes in self._mine:
                continue
            own, above = _own_and_above(sp.codes)
            self._mine[sp.codes] = (own, above)
            for u in own:
                self._in[u] += 1
            for u in above:
                self._above[u] += 1

    def touched_by_others(self, c: str, codes: tuple[str, ...]) -> bool:
        """Whether a list other than ``codes`` (a list of the spans, which holds ``c``)
        lies in ``c`` or holds a unit ``c`` lies in."""
        own, above = self._mine[codes]
        if self._above.get(c, 0) - (c in above) > 0:
            return True
        held = self._in
        return any(held.get(u, 0) - (u in own) > 0 for u in _structural_above(c))


@functools.lru_cache(maxsize=1 << 12)
def _own_and_above(codes: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """A candidate list's codes, and the towns and counties they lie in (:class:`_Reach`):
    remembered, since a common name (新村) carries the same hundreds of codes in every
    story that writes it."""
    return frozenset(codes), frozenset().union(*(_structural_above(c) for c in codes))


@functools.lru_cache(maxsize=1 << 16)
def _support_units(code: str, gaz: Gazetteer) -> frozenset[str]:
    """The units one code adds to a support set (:func:`support_set`)."""
    if code not in gaz:
        return frozenset()
    return frozenset([code, *(a for a in gaz.ancestors(code) if not gaz.is_placeholder(a))])


class _Context:
    """The context of :func:`_resolve`: the support set of every decided code and the
    ``extra`` ones, counted per unit, so that the support of "every decided span but
    those with these candidates" is a subtraction of the few codes only those spans
    decided — not a new support set per span (quadratic in the spans of a long page)."""

    def __init__(self, extra: list[str], gaz: Gazetteer) -> None:
        self._gaz = gaz
        self._extra = set(extra)
        # code -> candidate tuple -> how many groups with those candidates decided it
        self._owners: dict[str, dict[tuple[str, ...], int]] = {}
        self._counts: dict[str, int] = defaultdict(int)
        self._supported: set[str] = set()  # the units counted at least once
        for c in self._extra:
            self._count(c, 1)

    def _count(self, code: str, step: int) -> None:
        for u in _support_units(code, self._gaz):
            n = self._counts[u] = self._counts[u] + step
            if n > 0:
                self._supported.add(u)
            else:
                self._supported.discard(u)

    def decide(self, codes: tuple[str, ...], old: str | None, new: str | None) -> None:
        """A group with candidates ``codes`` changed its decision from ``old`` to ``new``."""
        if old:
            owners = self._owners[old]
            owners[codes] -= 1
            if not owners[codes]:
                del owners[codes]
            if not owners:
                del self._owners[old]
                if old not in self._extra:
                    self._count(old, -1)
        if new:
            owners = self._owners.setdefault(new, {})
            if not owners and new not in self._extra:
                self._count(new, 1)
            owners[codes] = owners.get(codes, 0) + 1

    def supported_without(self, codes: tuple[str, ...]) -> AbstractSet[str]:
        """The support set of the decided codes of every group whose candidates are
        not ``codes``, and of the extra codes (do not modify)."""
        dropped = [
            _support_units(c, self._gaz)
            for c, owners in self._owners.items()
            if c not in self._extra and owners.keys() == {codes}
        ]
        if not dropped:
            return self._supported
        counts = self._counts
        gone = {u for d in dropped for u in d if counts[u] <= sum(u in e for e in dropped)}
        return self._supported - gone


def _resolve(spans: list[_Span], extra: list[str], gaz: Gazetteer) -> dict[int, str | None]:
    """Codes per span index, to a fixpoint: each round a span is decided by the context
    of every other decided span (never by itself), then by coherence with the other
    spans' candidates. Spans with the same candidates and weakness (one name written
    several times) are decided once."""
    groups: dict[tuple[tuple[str, ...], bool], list[int]] = defaultdict(list)
    for i, sp in enumerate(spans):
        groups[(sp.codes, sp.weak)].append(i)
    keys = list(groups)
    first = {k: spans[groups[k][0]] for k in keys}
    reach = _Reach(spans)
    forced = {k: _coherent(spans, groups[k][0], reach) if len(k[0]) > 1 else None for k in keys}
    decided: dict[tuple[tuple[str, ...], bool], str | None] = dict.fromkeys(keys)
    context = _Context(extra, gaz)
    for _ in range(6):
        changed = False
        home = {_province(c) for c in extra} | {
            _province(c) for c in decided.values() if c and len(c) == 6
        }
        for k in keys:
            code = _decide(first[k], context.supported_without(k[0]), home, forced[k], gaz)
            if code != decided[k]:
                context.decide(k[0], decided[k], code)
                decided[k] = code
                changed = True
        if not changed:
            break
    return {i: decided[k] for k in keys for i in groups[k]}


def _mention(article: Article, sp: _Span, code: str | None, gaz: Gazetteer) -> PlaceMention:
    form = article.simplified[sp.start : sp.form_end]
    if code is not None:
        types = {division_type(code, gaz.names[code])}
        levels = {level_of(code)}
        formal = {gaz.names[code]}
        classes = {sp.classes[sp.codes.index(code)]}
    else:
        types = {division_type(c, gaz.names[c]) for c in sp.codes}
        levels = {level_of(c) for c in sp.codes}
        formal = {gaz.names[c] for c in sp.codes}
        classes = set(sp.classes)
    ptype = types.pop() if len(types) == 1 else _type_of_classes(classes, form)
    level = levels.pop() if len(levels) == 1 else None
    return PlaceMention(
        start=sp.start,
        end=sp.end,
        surface=article.text[sp.start : sp.end],
        type=ptype,
        level=level,
        name=_canonical(form, ptype, formal, classes),
        code=code,
        candidates=sp.codes,
    )


def _type_of_classes(classes: set[str], form: str = "") -> PlaceType:
    """The type of an undecided mention from its candidates' form classes. Villages and
    committees of one name (某福二村: a village somewhere, an estate's committee
    elsewhere) are village-level either way: a Village when the form ends in 村."""
    if classes <= {"V"}:
        return "Village"
    if classes <= {"R", "R村", "R一"}:
        return "ResidentsCommittee"
    if classes <= {"V", "R", "R村", "R一"}:
        return "Village" if form.endswith("村") else "ResidentsCommittee"
    return "Region"


def _canonical(form: str, ptype: str, formal: set[str], classes: set[str]) -> str:
    """Village: its short name (某楼村); committee: the form the article writes; region:
    the formal name when the candidates agree on it (the form written when the formal
    name is a zone's designation after its level word alone, 市经济技术开发区)."""
    if ptype == "Village":
        # longest first: 某楼村村民委员会 is 某楼村, not 某楼村村
        for suffix in ("村村民委员会", "村民委员会", "村村委会", "村委会", "村委"):
            if form.endswith(suffix):
                return form[: -len(suffix)] + "村"
        return form
    if ptype == "ResidentsCommittee":
        return form
    if len(formal) == 1 and not named_by_level_alone(only := next(iter(formal))):
        return only
    return form


def link_places(article: Article, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Every gazetteer-known place mention in ``article.simplified``, in text order.

    Offsets index ``article.text`` as well (same length). Each mention carries its type
    (Village, ResidentsCommittee, Region), level, canonical simplified name, the division
    code when the article pins it down (else None) and the candidate codes considered.
    A folded party suffix is part of the span: see :func:`split_party_suffix`.
    """
    gaz = gazetteer or load_gazetteer()
    text = article.simplified
    hits = gaz.matcher().find(text)
    spans = _spans(hits, text)
    source_codes = _context(article.source, gaz)
    organs = places_of_organs(hits, text) + places_of_local_units(text, gaz)
    decided = _resolve(spans, source_codes + organs, gaz)
    linked_cities = frozenset(
        code[:4] for code in [*decided.values(), *source_codes] if code and len(code) >= 4
    )
    mentions = [
        _mention(article, sp, decided[i], gaz)
        for i, sp in enumerate(spans)
        if decided[i] is not None
        or not (sp.weak or _inside_unknown_name(text, sp, spans))
        or committee_written_after_its_town(sp, spans)
        or (
            committee_of_the_storys_city(sp, linked_cities)
            and not _inside_unknown_name(text, sp, spans)
        )
    ]
    mentions = areas_written_bare(text, mentions, gaz)
    linked = [m.code for m in mentions if m.code] + source_codes
    # a grouping is written 某某社区: a text without 社区 has none (and its towns' committee
    # prefixes need not be derived)
    groupings = _groupings(linked, gaz) if "社区" in text else {}
    mentions = [_as_informal(m, article.simplified, groupings) for m in mentions]
    mentions += _bare_mentions(text, mentions, linked, gaz)
    mentions += cities_standing_alone(text, mentions, gaz)
    mentions += worded_cities_as_places(text, mentions, gaz)
    mentions += listed_after_their_province(text, mentions, gaz)
    mentions += partners_of_linked_counties(text, mentions, gaz)
    mentions += areas_listed_before_their_count(text, mentions, linked, gaz)
    mentions = _linked_by_short_forms(article, spans, decided, mentions, linked, gaz)
    mentions += _informal_areas(text, mentions, groupings)
    outside = places_outside_the_list(text, mentions)
    mentions += outside
    taiwan = places_of_taiwan(text, mentions, outside)
    mentions = [m for m in mentions if _free(m.start, m.end, taiwan)] + taiwan
    foreign = places_of_other_countries(text, mentions)
    mentions = [m for m in mentions if _free(m.start, m.end, foreign)] + foreign
    mentions = new_areas_after_their_place(text, mentions)
    mentions += unlisted_places(text, mentions)
    estates = estates_as_places(text, mentions)
    mentions += estates
    mentions += zones_standing_alone(text, mentions)
    mentions += joint_villages(text, mentions)
    corps = corps_units(text, mentions)
    groups = town_groups(text, mentions, gaz)
    grouped = [(g.start, g.start + 2) for g in groups]
    mentions = [m for m in mentions if (m.start, m.end) not in grouped]
    corps += groups
    mentions += corps
    mentions = [_abbreviated_town(text, m, linked, gaz) for m in mentions]
    mentions += short_forms_after_their_town(text, mentions, gaz)
    mentions += villages_in_full_after_their_town(text, mentions, gaz)
    mentions = villages_renamed_under_their_area(text, mentions, gaz)
    mentions = villages_outside_their_written_area(mentions, gaz)
    ends = {m.end for m in mentions}
    mentions = [
        m
        for m in mentions
        if m.code
        or m in outside  # listed places, no words (台湾 is a dictionary word)
        or m in corps  # numbered units of the Corps (四团): read from the pattern
        or m in taiwan  # Taiwan's towns, villages and wards: read from how they are written
        or m in foreign  # other countries and their divisions: a listed form, then writing
        or m in estates  # named 小区: read from how they are written
        or not (read_as_ordinary_words(text, m, ends) or quoted_designation(text, m.start, m.end))
    ]
    listed = places_before_a_shared_noun(text, mentions, linked, gaz)
    # a Taiwan county written short stays the county (某北、某中的12个村: the villages of
    # the counties, counted)
    counties = {(m.start, m.end) for m in taiwan if m.level == "county"}
    listed = [m for m in listed if (m.start, m.end) not in counties]
    replaced = {(m.start, m.end) for m in listed}
    mentions = [m for m in mentions if (m.start, m.end) not in replaced] + listed
    mentions += committees_listed_before_their_designation(text, mentions, linked, gaz)
    # Surfaces as written (the text may be traditional); names stay simplified.
    mentions = [_as_written(m, article.text) for m in mentions]
    mentions.sort(key=lambda m: m.start)
    runs = headline_runs(text)
    mentions = [m for m in mentions if not any(a <= m.start < b for a, b in runs)]
    mentions = one_committee_two_designations(_in_story(mentions, text))
    area_ends = {m.end for m in mentions if m.level in ("county", "town")}
    return [
        m
        for m in mentions
        if not (named_by_its_kind(text, m, area_ends) or ends_in_countryside(text, m))
    ]


# A committee's designations (names.py's alias forms of one committee): 某某社区,
# 某某居民区, 某某居委会, 某某居委.
_COMMITTEE_DESIGNATIONS = ("居民委员会", "居委会", "居民区", "社区", "居委")


def _committee_stem(name: str) -> str:
    for designation in _COMMITTEE_DESIGNATIONS:
        if name.endswith(designation) and len(name) > len(designation) + 1:
            return name[: -len(designation)]
    return name


def one_committee_two_designations(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A committee a story writes under two designations (山某居民区党总支 … 山某社区老年人)
    is one committee: an uncoded mention whose name differs from another committee's of the
    story only by its designation takes that one's name and code — of a coded one if the
    story has one, else of one written 居民区 or 居委会 (the committee's own designation
    where both are used). Names of two characters or more before the designation.

    >>> from ingest.model import PlaceMention
    >>> rc = "ResidentsCommittee"
    >>> a = PlaceMention(0, 5, "山某居民区", rc, "village", "山某居民区", None, ())
    >>> b = PlaceMention(9, 13, "山某社区", rc, "village", "山某社区", None, ())
    >>> [m.name for m in one_committee_two_designations([a, b])]
    ['山某居民区', '山某居民区']
    """
    committees = [m for m in mentions if m.type == "ResidentsCommittee"]
    by_stem: dict[str, list[PlaceMention]] = defaultdict(list)
    for m in committees:
        by_stem[_committee_stem(m.name)].append(m)
    out = []
    for m in mentions:
        group = by_stem.get(_committee_stem(m.name), []) if m.type == "ResidentsCommittee" else []
        names = {o.name for o in group}
        if m.code or len(names) < 2 or len(_committee_stem(m.name)) < 2:
            out.append(m)
            continue
        coded = {(o.name, o.code) for o in group if o.code}
        if len(coded) == 1:
            name, code = coded.pop()
            out.append(replace(m, name=name, code=code, candidates=(cast(str, code),)))
            continue
        own = sorted(n for n in names if not n.endswith("社区"))
        if len(own) == 1 and not coded:
            out.append(replace(m, name=own[0]))
        else:
            out.append(m)
    return out


def ends_in_countryside(text: str, m: PlaceMention) -> bool:
    """Whether a village's mention ends in the word 乡村 ("the countryside") as jieba reads
    the sentence: 发展|乡村|旅游 holds no village 发展乡村 (a village the list names 发展乡
    村委会), nor 驻|泗阳|乡村 one 泗阳乡村; written with its committee or body (某家乡|村委会)
    the 村 is the village's.

    >>> from ingest.model import PlaceMention
    >>> m = PlaceMention(2, 6, "发展乡村", "Village", "village", "发展乡村", None, ())
    >>> ends_in_countryside("打造发展乡村旅游", m), ends_in_countryside("来到发展乡村委会", m)
    (True, False)
    """
    if m.type != "Village":
        return False
    form, suffix = split_party_suffix(text[m.start : m.end])
    end = m.start + len(form)
    return not suffix and form.endswith("乡村") and whole_word_at(text, end - 2, end)


COMMUNITY_KINDS_FILE = OUTSIDE_FILE.parent / "community_kinds.tsv"
# Conjunctions that join a partner to its pair (与某社区共建, 和某社区结对).
_PARTNER_BEFORE = frozenset("与和同跟")
# What follows a community written as a place: its party bodies, its committee, its people
# and heads (某某社区党委, 幸福社区居委会, 幸福社区居民, 幸福社区干部).
_COMMUNITY_FOLLOWERS = (
    *PARTY_SUFFIXES,
    "居委会",
    "居民委员会",
    "居民",
    "干部",
    "书记",
    "主任",
    "工作人员",
    "工作者",
    "网格",
    "党群服务",
)


@functools.cache
def community_kinds() -> frozenset[str]:
    """The words of ``data/community_kinds.tsv``: kinds of community (平安, 幸福, 零碳 …)."""
    return frozenset(
        w.strip()
        for w in COMMUNITY_KINDS_FILE.read_text(encoding="utf-8").splitlines()
        if w.strip() and not w.startswith("#")
    )


def named_by_its_kind(text: str, m: PlaceMention, area_ends: AbstractSet[int]) -> bool:
    """Whether a community's mention is its kind, not a committee: its name is a kind of
    community (:func:`community_kinds`: 赋能平安社区建设, 以幸福社区为目标, 驱动零碳社区)
    and it is not written as a place — neither right after a town or county (``area_ends``:
    某某街道|幸福社区; a province before it is a programme's, 某省七彩社区项目) nor before its
    own bodies, people or heads (幸福社区居民, 平安社区党委), nor — listed in the story's
    area (a code) — joined as a partner by 与, 和, 同 or 跟 (与民主社区建立共建). Listed
    communities so named are many (a 幸福社区 in most cities), so a code does not help.

    >>> from ingest.model import PlaceMention
    >>> m = PlaceMention(4, 8, "平安社区", "ResidentsCommittee", "village", "平安社区", None, ())
    >>> named_by_its_kind("精准赋能平安社区建设", m, set())
    True
    >>> named_by_its_kind("精准赋能平安社区党委", replace(m, end=10), set())
    False
    >>> named_by_its_kind("精准赋能平安社区居民", m, set()), named_by_its_kind("", m, {4})
    (False, False)
    """
    if m.type != "ResidentsCommittee" or m.start in area_ends:
        return False
    form, suffix = split_party_suffix(text[m.start : m.end])
    if suffix or not form.endswith("社区") or form[: -len("社区")] not in community_kinds():
        return False  # 平安居委会, 平安社区党委: written as the committee
    if m.code and text[m.start - 1 : m.start] in _PARTNER_BEFORE:
        return False  # 与民主社区建立共建: a listed committee of the story, a partner
    return not text.startswith(_COMMUNITY_FOLLOWERS, m.start + len(form))


# A line of prose has sentence punctuation; a long line with none is a run of link
# titles or navigation glued together (page furniture, GOLD_FORMAT §1 rule 7).
HEADLINE_RUN_MIN_CHARS = 100
_SENTENCE_PUNCTUATION = re.compile(r"[。，,；;！!？?]")


_BLANK = re.compile(r"\s")


def headline_runs(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the lines of ``text`` that are runs of headlines or
    navigation rather than prose: at least :data:`HEADLINE_RUN_MIN_CHARS` characters
    (blanks aside) and no sentence punctuation at all (``某某市某某街道 普法宣传进社区
    法治意识入人心某某市某某区 织密小网格…``). Places on such a line are titles of other
    stories, not mentions of this one.

    >>> headline_runs("标题" * 60 + "\\n正文，有标点。")
    [(0, 120)]
    >>> headline_runs("正文，有标点。" * 30)
    []
    """
    out = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        chars = len(_BLANK.sub("", line))
        if chars >= HEADLINE_RUN_MIN_CHARS and not _SENTENCE_PUNCTUATION.search(line):
            out.append((start, end))
        start = end + 1
    return out


def abbreviation_of(stem: str, formal_stems: Iterable[str]) -> str | None:
    """The one formal stem that ``stem`` abbreviates — the same first character, then
    the rest of ``stem`` in order among its characters (某曲 of 某丹曲果) — or None when
    none or several do. A stem equal to a formal one is no abbreviation.

    >>> abbreviation_of("甲丙", ["甲乙丙丁", "丙甲", "甲乙"])
    '甲乙丙丁'
    >>> abbreviation_of("甲丙", ["甲乙丙丁", "甲丙戊"]) is None
    True
    """
    if len(stem) < 2:
        return None
    found = []
    for formal in formal_stems:
        if formal == stem or len(formal) <= len(stem) or formal[0] != stem[0]:
            continue
        rest = iter(formal[1:])
        if all(c in rest for c in stem[1:]):
            found.append(formal)
    return found[0] if len(found) == 1 else None


# Designations of a town-level unit that an abbreviated name keeps.
_TOWN_DESIGNATIONS = ("镇", "乡")


def _abbreviated_town(
    text: str, m: PlaceMention, linked: Sequence[str], gaz: Gazetteer
) -> PlaceMention:
    """An unlisted town (某曲镇) in a story that links its county is that county's one town
    of the same designation whose formal name it abbreviates (某丹曲果镇,
    :func:`abbreviation_of`); the name may start one character into the found span
    (所在地|某曲镇). Otherwise ``m`` unchanged."""
    if m.code or m.type != "Region" or m.level != "town":
        return m
    form, _suffix = split_party_suffix(text[m.start : m.end])
    designation = form[-1:]
    if designation not in _TOWN_DESIGNATIONS:
        return m
    counties = {c for c in linked if level_of(c) == "county"}
    formal: dict[str, str] = {}
    for county in sorted(counties):
        for child in gaz.children(county):
            div = gaz.get(child)
            if div is not None and div.name.endswith(designation):
                formal.setdefault(div.name[:-1], child)
    stem = form[:-1]
    for skip in range(len(stem) - 1):
        hit = abbreviation_of(stem[skip:], formal)
        if hit is not None:
            code = formal[hit]
            return replace(
                m, start=m.start + skip, name=hit + designation, code=code, candidates=(code,)
            )
    return m


# Characters that continue a village's or committee's short form into a designation
# the matcher reads on its own (某某村, 某某社区, 某某居委, 某某新村, 某某组).
_DESIGNATION_STARTS = frozenset("村社居委新组")
_SHORT_FORM_MIN = 3  # a two-character short form is too often a word (新街, 花园)


def short_forms_after_their_town(
    text: str, mentions: Sequence[PlaceMention], gaz: Gazetteer
) -> list[PlaceMention]:
    """Villages and committees named by their short form alone right after their linked
    town (某镇滩某坝整村脱贫: the committee 滩某坝社区; 某镇甲堤口、乙堡等10个村): the name
    without 村 or 社区, three characters or more, no designation after it, no other
    place there. Villages take their 某某村 name, committees the form as written."""
    taken = {m.start for m in mentions}
    out: list[PlaceMention] = []
    for m in mentions:
        if m.level != "town" or m.code is None or m.end in taken:
            continue
        for short, code in _short_forms_of_children(m.code, gaz):
            end = m.end + len(short)
            if not text.startswith(short, m.end) or text[end : end + 1] in _DESIGNATION_STARTS:
                continue
            typ = division_type(code, gaz.names[code])
            name = short + "村" if typ == "Village" else short
            out.append(
                PlaceMention(m.end, end, text[m.end : end], typ, "village", name, code, (code,))
            )
            break
    return out


# What makes a word of 村 with the character after it (村民, 村级, 村庄): no village's end.
_VILLAGE_WORD_AFTER = frozenset("民级庄落镇")


def villages_in_full_after_their_town(
    text: str, mentions: Sequence[PlaceMention], gaz: Gazetteer
) -> list[PlaceMention]:
    """Villages written in full right after their linked town whose name the matcher
    cannot take on its own: a one-character name (某念镇段村, 某玲镇椰村) or the name
    written with 行政村 (某公镇大许行政村, the administrative village as against a hamlet,
    自然村). The town says where the name starts and the list that the village is its
    own; 村 followed by a character that makes a word of it (村民, 村级) is no end."""
    taken = {m.start for m in mentions}
    out: list[PlaceMention] = []
    for m in mentions:
        if m.level != "town" or m.code is None or m.end in taken:
            continue
        for form, code in _full_forms_of_child_villages(m.code, gaz):
            end = m.end + len(form)
            if not text.startswith(form, m.end) or text[end : end + 1] in _VILLAGE_WORD_AFTER:
                continue
            name = form.removesuffix("行政村") + "村" if form.endswith("行政村") else form
            out.append(_with_party_body(text, m.end, end, "Village", "village", name, code))
            break
    return out


def _full_forms_of_child_villages(town: str, gaz: Gazetteer) -> tuple[tuple[str, str], ...]:
    """``(form, code)`` of the villages of ``town`` written in full: 某某村 and
    某某行政村, longest first."""
    out: dict[str, str] = {}
    for code in gaz.children(town):
        if level_of(code) != "village":
            continue
        core = designation_core(gaz.names[code])
        forms = [st.text for st in village_stems(code, gaz.names[code]) if st.form_class == "V"]
        forms.append(core if core.endswith("村") else core + "村")
        for form in forms:
            if form.endswith("村"):
                out.setdefault(form, code)
                out.setdefault(form[:-1] + "行政村", code)
    return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))


# The designations a village or committee is written with, longest first; and those its
# official name may end in (村改居: 某某社区村民委员会, 某某社区居民委员会, 某某居委会).
_WRITTEN_DESIGNATIONS = ("居民区", "居委会", "社区", "居委", "村")
_OFFICIAL_DESIGNATIONS = ("村民委员会", "居民委员会", "村委会", "居委会", "社区", "村")
_CORE_MIN = 2


def designation_core(name: str, designations: Sequence[str] = _OFFICIAL_DESIGNATIONS) -> str:
    """A village's or committee's name without its designations (and a bracketed
    note): 某作社区居民委员会, 某作村, 某作社区村民委员会 → 某作.

    >>> designation_core("某作社区村民委员会"), designation_core("某木村", ("村",))
    ('某作', '某木')
    """
    core = re.sub(r"[（(].*?[）)]", "", name).strip() or name
    for _ in range(2):  # 社区 + 村民委员会
        for d in designations:
            if core.endswith(d) and len(core) - len(d) >= _CORE_MIN:
                core = core[: -len(d)]
                break
    return core


@functools.lru_cache(maxsize=1 << 10)
def _village_cores(area: str, gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    """The villages and committees of a town or county: name without designation →
    their codes (do not modify)."""
    out: dict[str, list[str]] = defaultdict(list)
    towns = [area] if level_of(area) == "town" else list(gaz.children(area))
    for town in towns:
        for code in gaz.children(town):
            if level_of(code) == "village":
                out[designation_core(gaz.names[code])].append(code)
    return {k: tuple(v) for k, v in out.items()}


def renamed_village_code(written: str, area: str, gaz: Gazetteer) -> str | None:
    """The code of the one village or committee of the town or county ``area`` whose
    name without designation is that of ``written`` (a party suffix folded away, a
    designation written: 某木村党委 → 某木), else None."""
    form, _suffix = split_party_suffix(written)
    core = designation_core(form, _WRITTEN_DESIGNATIONS)
    if core == form:
        return None
    codes = [c for c in _village_cores(area, gaz).get(core, ()) if _may_be_written(form, c, gaz)]
    return codes[0] if len(codes) == 1 else None


def _may_be_written(form: str, code: str, gaz: Gazetteer) -> bool:
    """Whether a village-level unit may be written ``form``: a committee by any
    designation (a village become a community is still called 某某村), a village only
    as a village (某某社区 named after a village is most often a new estate's committee,
    another unit) or as the 某某社区 its own name holds (某某社区村民委员会)."""
    name = gaz.names[code]
    return (
        form.endswith("村")
        or division_type(code, name) == "ResidentsCommittee"
        or (form.endswith("社区") and "社区" in name)
    )


_ORDINAL_CHARS = frozenset("一二三四五六七八九十")


def committee_of_linked_towns(written: str, towns: Iterable[str], gaz: Gazetteer) -> str | None:
    """The one village or committee of the story's linked ``towns`` that a village or
    committee the list does not know by its written name is: the one whose name without
    designation is the written one's (某木村 for 某木居委会), or — when no unit there has
    that name — the one whose name adds one character to it (某州居民区 for 某州路居委会,
    某师社区 for 某师大社区; not a numeral: 某湖社区 may group 某湖一居, 某湖二居 …).
    None when two units fit."""
    form, _suffix = split_party_suffix(written)
    core = designation_core(form, _WRITTEN_DESIGNATIONS)
    if core == form:
        return None
    exact: set[str] = set()
    longer: set[str] = set()
    for town in set(towns):
        for name, codes in _village_cores(town, gaz).items():
            fit = [c for c in codes if _may_be_written(form, c, gaz)]
            if name == core:
                exact.update(fit)
            elif (
                len(name) == len(core) + 1
                and name.startswith(core)
                and name[-1] not in _ORDINAL_CHARS
            ):
                longer.update(fit)
    found = exact or longer
    return next(iter(found)) if len(found) == 1 else None


def villages_renamed_under_their_area(
    text: str, mentions: Sequence[PlaceMention], gaz: Gazetteer
) -> list[PlaceMention]:
    """Villages and committees written right after their linked town or county with a
    designation the 2023 list does not give them — 某镇某木村 for the committee 某木居委会
    (a village become a community), 某区某撒拉村 for 某撒拉社区村民委员会 — take the code of
    the one village-level unit of that town or county with the same name without
    designation; the name's other mentions in the story with no code or the same code
    take it too. So does one the context linked to a namesake outside that town
    (某镇某桥社区 is that town's 某桥社区村民委员会, not another town's 某桥社区居委会: a
    place written right after its town lies in it). The type and name stay as written.
    Nothing when two units there share the name."""
    after_area = {m.end: m.code for m in mentions if m.code and m.level in ("town", "county")}
    found: dict[tuple[str, str | None], str] = {}
    for m in mentions:
        if m.level != "village" or m.start not in after_area:
            continue
        area = str(after_area[m.start])
        if m.code and m.code.startswith(area):
            continue
        code = renamed_village_code(text[m.start : m.end], area, gaz)
        if code is not None:
            found.setdefault((m.name, m.code), code)
            found.setdefault((m.name, None), code)
    if not found:
        return list(mentions)
    return [
        replace(m, code=new, candidates=(new,))
        if m.level == "village" and (new := found.get((m.name, m.code))) is not None
        else m
        for m in mentions
    ]


def villages_outside_their_written_area(
    mentions: Sequence[PlaceMention], gaz: Gazetteer
) -> list[PlaceMention]:
    """A village-level place written right after its linked town or county (某镇某岭村)
    whose only code lies in another town or county of another name — a namesake
    elsewhere in the country, the 2023 list having no such unit in the area written
    (a merged, renamed or unlisted village) — keeps no code: it stays a place of the
    story instead of being dropped as a place outside the story's area. Its other
    mentions with that code lose it too. An area of the same name as the code's own
    (two towns 某店镇 in different counties) leaves the code alone: the area may be the
    one mislinked."""
    after_area = {m.end: m for m in mentions if m.code and m.level in ("town", "county")}
    dropped: set[tuple[str, str]] = set()
    for m in mentions:
        area = after_area.get(m.start)
        if m.level != "village" or not m.code or area is None or not area.code:
            continue
        if m.code.startswith(area.code):
            continue
        own = gaz.get(m.code[: len(area.code)])
        if own is None or own.name == area.name:
            continue
        dropped.add((m.name, m.code))
    if not dropped:
        return list(mentions)
    return [
        replace(m, code=None, candidates=()) if (m.name, m.code) in dropped else m for m in mentions
    ]


@functools.lru_cache(maxsize=1 << 10)
def _short_forms_of_children(town: str, gaz: Gazetteer) -> tuple[tuple[str, str], ...]:
    """``(short form, code)`` of the villages and committees of ``town``: a village's stem
    without 村, a committee's stem (already without 社区), longest first."""
    out: dict[str, str] = {}
    for code in gaz.children(town):
        if level_of(code) != "village":
            continue
        for st in village_stems(code, gaz.names[code]):
            if st.form_class == "F":
                continue
            short = st.text[:-1] if st.form_class == "V" else st.text
            if len(short) >= _SHORT_FORM_MIN and not is_generic(short):
                out.setdefault(short, code)
    return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))


def _linked_by_short_forms(
    article: Article,
    spans: list[_Span],
    decided: dict[int, str | None],
    mentions: list[PlaceMention],
    linked: list[str],
    gaz: Gazetteer,
) -> list[PlaceMention]:
    """Full forms left undecided for want of context, decided again now that the bare
    short forms are known: a village named in a story that writes its city only as 某锡
    lies in that city (same rule as :func:`disambiguate`: the deepest shared unit, at
    least a city, and no tie). A weak form dropped for want of a code comes back."""
    found = {m.code for m in mentions if m.code} - set(linked)
    if not found:
        return mentions
    supported = set(support_set([*linked, *found], gaz))
    by_span = {(m.start, m.end): k for k, m in enumerate(mentions)}
    out = list(mentions)
    for i, sp in enumerate(spans):
        if decided[i] is not None:
            continue
        code = _pick(sp.codes, supported, gaz, accept_unique=False)
        if code is None:
            continue
        m = _mention(article, sp, code, gaz)
        k = by_span.get((sp.start, sp.end))
        if k is not None:
            out[k] = m
        elif _free(sp.start, sp.end, out):
            out.append(m)
    return out


def _as_written(m: PlaceMention, text: str) -> PlaceMention:
    """``m`` with its surface as ``text`` writes it (a copy only where it differs)."""
    surface = text[m.start : m.end]
    return m if surface == m.surface else replace(m, surface=surface)


_COMMITTEE_CLASSES = frozenset({"V", "R", "R村", "R一"})


def committee_written_after_its_town(sp: _Span, spans: list[_Span]) -> bool:
    """A weak village or committee form (某明村, 某华社区: an ordinary-looking stem of two
    or three characters) that no code pins down still names a village or committee when
    it is written right after a town or subdistrict (某田乡某明村, 某峪街道某华社区): the
    town says it is a place of its own, even when the gazetteer lists it under no town the
    story names (renamed, shortened: 某华街社区 written 某华社区) or the town itself is
    ambiguous. Kept without code; an ordinary word (新农村) is dropped afterwards
    (:func:`read_as_ordinary_words`)."""
    if not set(sp.classes) <= _COMMITTEE_CLASSES or sp.form_end - sp.start < 3:
        return False
    return any(
        other.end == sp.start and not other.weak and any(level_of(c) == "town" for c in other.codes)
        for other in spans
    )


def committee_of_the_storys_city(sp: _Span, linked_cities: frozenset[str]) -> bool:
    """A weak committee form (某村社区: a two-character stem) that several committees of
    one city the story links carry (two 某村社区 in two districts of 某安市) names one of
    them: a place without code, as when it follows its town
    (:func:`committee_written_after_its_town`); the story's city is all the support a
    weak form needs, and only the city's namesakes keep it from a code. An ordinary
    phrase is dropped afterwards (:func:`read_as_ordinary_words`)."""
    if not set(sp.classes) <= _COMMITTEE_CLASSES:
        return False
    in_cities = [c for c in sp.codes if c[:4] in linked_cities]
    return len(in_cities) >= 2 and len({c[:4] for c in in_cities}) == 1


def _inside_unknown_name(text: str, sp: _Span, spans: list[_Span]) -> bool:
    """True when a village or committee span directly follows a Chinese character that
    neither ends another place nor usually precedes a name (see :data:`LEFT_BOUNDARY`)."""
    if sp.start == 0 or not set(sp.classes) <= {"V", "R", "R村", "R一"}:
        return False
    before = text[sp.start - 1]
    if not "\u4e00" <= before <= "\u9fff" or before in LEFT_BOUNDARY:
        return False
    return not any(other.end == sp.start for other in spans)


def _free(start: int, end: int, taken: list[PlaceMention]) -> bool:
    return all(end <= m.start or start >= m.end for m in taken)


def supported_units(linked: Iterable[str], gaz: Gazetteer) -> set[str]:
    """The units whose bare short forms an article with places ``linked`` supports: each
    linked unit (above village level) and its children, every unit above a linked one,
    and the counties and cities of a city or province the article is in (its 区 and 县 —
    in a municipality, the districts under the 市辖区 placeholder)."""
    return {c for c in units_around(linked, gaz) if not gaz.is_placeholder(c)}


def units_around(linked: Iterable[str], gaz: Gazetteer) -> set[str]:
    """:func:`supported_units` with the placeholders (市辖区) and unlisted codes among them
    still in: for a caller that skips them on its own, without asking the gazetteer
    about each unit (an interpreted call from the compiled linker)."""
    supported: set[str] = set()
    areas: set[str] = set()  # cities and provinces the article is in
    for code in set(linked):
        above = gaz.ancestors(code)
        supported.update(above)
        if level_of(code) != "village":
            supported.add(code)
            supported.update(_children_through_placeholders(code, gaz))
        areas.update(a for a in above if level_of(a) in ("city", "province"))
    for a in areas:
        supported.update(_children_through_placeholders(a, gaz))
    return supported


@functools.lru_cache(maxsize=1 << 14)
def _children_through_placeholders(code: str, gaz: Gazetteer) -> tuple[str, ...]:
    """The children of ``code``, and those of a placeholder child (市辖区) with them: a
    municipality's districts are its children in the sense the reader gives them.
    Remembered: the cities and provinces a story is in recur from story to story, and
    each of their children was asked whether it is a placeholder again every time."""
    kids = list(gaz.children(code))
    for k in list(kids):
        if gaz.is_placeholder(k):
            kids.extend(gaz.children(k))
    return tuple(kids)


@functools.cache
def _provinces(gaz: Gazetteer) -> frozenset[str]:
    return frozenset(c for c in gaz.codes_of_length(6) if c.endswith("0000"))


def provinces(gaz: Gazetteer) -> frozenset[str]:
    """The provincial-level units, whose bare short forms (广东, 西藏, 上海) name them in
    any article: a national story lists provinces the article links nothing else in
    (北京、广东、辽宁等省市)."""
    return _provinces(gaz)


def _bare_mentions(
    text: str, mentions: list[PlaceMention], linked: list[str], gaz: Gazetteer
) -> list[PlaceMention]:
    """Bare short forms of units the article supports (see module docstring, step 4)."""
    # The units of supported_units: a placeholder (市辖区) has no bare form and an
    # unlisted code no name, so both drop out here without asking is_placeholder.
    names = gaz.names
    by_word: dict[str, set[str]] = defaultdict(set)
    for code in units_around(linked, gaz) | provinces(gaz):
        formal = names.get(code)
        if formal is None or not may_hold_bare_form(text, formal):
            continue
        for word in bare_forms(code, gaz):
            if word in text:  # whether a word names one unit is decided word by word
                by_word[word].add(code)
    # A bare form names one unit only when no other supported unit shares it, except a
    # subdistrict named after its own district (某石区, 某石街道): the district wins.
    words: dict[str, str] = {}
    for w, cs in by_word.items():
        top = min(cs, key=len)
        if all(c == top or c.startswith(top.rstrip("0")) for c in cs) and (
            len(cs) == 1 or sum(len(c) == len(top) for c in cs) == 1
        ):
            words[w] = top
    full_codes = {m.code for m in mentions if m.code}
    place_ends = {m.end for m in mentions}
    out: list[PlaceMention] = []
    for start, end, code in find_words(text, words):
        if not _free(start, end, mentions + out) or text.startswith(NOT_PLACE_AFTER, end):
            continue
        if start not in place_ends and starts_inside_a_word(text, start, end):
            continue
        mention = _with_party_body(
            text, start, end, "Region", level_of(code), gaz.names[code], code
        )
        word = text[start:end]
        if is_common_word(word) and not _bare_word_is_place(
            text, start, end, mention.end > end, code, full_codes, mentions, gaz
        ):
            continue
        if (
            is_dictionary_word(word)
            and code not in full_codes
            and mention.end == end
            and whole_word_at(text, start, end)
            and not _bare_word_is_place(text, start, end, False, code, set(), mentions, gaz)
        ):
            # a rarer ordinary word (果园 in 在果园里) read as that word, with neither the
            # unit's full form in the article nor a place next to it
            continue
        out.append(mention)
    return out


def starts_inside_a_word(text: str, start: int, end: int) -> bool:
    """Whether jieba reads the first character of ``text[start:end]`` as the end of a
    word that begins before it (解读了雄安|新区 for a bare 安新: 雄安 is one word), so the
    form is the middle of another name, not a short form of its own.

    >>> starts_inside_a_word("解读了雄安新区规划纲要", 4, 6)
    True
    >>> starts_inside_a_word("来到安新参观", 2, 4)
    False
    """
    if start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff":
        return False
    lo = max(0, start - 6)
    stop = min(len(text), end + 6)
    if starts_a_word_surely(text, lo, start, stop):  # skips the cut for nearly every form
        return False
    return all(t.start + lo != start for t in tokenize(text[lo:stop]))


def places_as_modifiers(article: Article, places: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The bare short forms among ``places`` (:func:`link_places`' output for ``article``)
    that start another name (:func:`bare_form_as_modifier`). They stay in the linker's
    output — the unit finder reads them as a name's left edge (某华|城投公司) — but are no
    place mention of their own."""
    text = article.simplified
    return [
        m
        for m in places
        if _is_bare(text, m)
        and (bare_form_as_modifier(text, m, places) or starts_a_quoted_name(text, m.start, m.end))
    ]


_OPENING_QUOTES = '“‘「『"'
_CLOSING_QUOTES = '”’」』"'
# The longest quoted name a bare place form may start (某山之路, 某隆会议, 某安精神).
QUOTED_NAME_MAX_CHARS = 8


def starts_a_quoted_name(text: str, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]`` open a short quoted name and are not all of
    it (“某山之路”, “某隆会议”): the name of a path, meeting or spirit named after the
    place, not a mention of the place.

    >>> starts_a_quoted_name("学习“某山之路”精神", 3, 5)
    True
    >>> starts_a_quoted_name("来自“某山”的代表", 3, 5)
    False
    >>> starts_a_quoted_name("某山之路", 0, 2)
    False
    """
    if start == 0 or text[start - 1] not in _OPENING_QUOTES:
        return False
    rest = text[end : start + QUOTED_NAME_MAX_CHARS + 1]
    close = next((k for k, c in enumerate(rest) if c in _CLOSING_QUOTES or c == "\n"), -1)
    return close > 0 and rest[close] != "\n"


# Words after a quoted name that make it a title awarded or a programme, not a place:
# “某某社区”称号, “某某社区”建设.
_DESIGNATION_AFTER_QUOTE = ("称号", "建设", "创建", "品牌", "荣誉")


def quoted_designation(text: str, start: int, end: int) -> bool:
    """Whether an unlisted place's words ``text[start:end]`` close a short quotation and
    name a title, a programme or a slogan rather than a place: the quotation is the name
    alone and a designation word follows it (“某讼社区”建设, “某爱社区”称号), or it opens
    before the name (“万企兴万村”: a slogan ending like a village).

    >>> quoted_designation("推进“某讼社区”建设", 3, 7)
    True
    >>> quoted_designation("“万企兴万村”行动", 2, 6)
    True
    >>> quoted_designation("来到“某某社区”开展活动", 3, 7)
    False
    """
    if end >= len(text) or text[end] not in _CLOSING_QUOTES:
        return False
    open_at = max(
        (
            k
            for k in range(max(0, start - QUOTED_NAME_MAX_CHARS), start)
            if text[k] in _OPENING_QUOTES
        ),
        default=-1,
    )
    if open_at < 0 or any(c in _CLOSING_QUOTES or c == "\n" for c in text[open_at + 1 : start]):
        return False
    if open_at < start - 1:
        return True
    return text.startswith(_DESIGNATION_AFTER_QUOTE, end + 1)


# A page's source field: a source label (来源, 文章来源 … of lexicons/info_labels.tsv) and
# its colon, on a short line without a sentence's full stop.
_SOURCE_LABELS = sorted(
    (lb for lb, kind in load_lexicon().info_labels if kind == "source"), key=len, reverse=True
)
_SOURCE_FIELD_LABEL = re.compile(f"(?:{'|'.join(_SOURCE_LABELS)})\\s*[:：]")


def places_in_source_fields(article: Article, places: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The places written in a page's source field (来源：某海某定, 来源：某辰党建 |): the
    name of the outlet that printed the story, page furniture (GOLD_FORMAT §1 rule 7), not
    a mention of the place. The field runs from its label to a separator (|, two blanks)
    or the end of the line; the line holds no full stop."""
    text = article.simplified
    out = []
    for m in places:
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if len(line) > 160 or "。" in line:
            continue
        before = text[line_start : m.start]
        labels = list(_SOURCE_FIELD_LABEL.finditer(before))
        if labels and not re.search(r"[|｜]|\s{2,}|\u3000", before[labels[-1].end() :]):
            out.append(m)
    return out


def _is_bare(text: str, m: PlaceMention) -> bool:
    """Whether a coded Region mention is written without its designation (某安 of 某安市)."""
    form, _suffix = split_party_suffix(text[m.start : m.end])
    form = _without_body(form)
    return (
        bool(m.code) and m.type == "Region" and form != m.name and form[-1] not in _DIVISION_CHARS
    )


# A division's bodies written straight after its designation (某某区委, 某某县人大,
# 某某区人民政府, 某某街道办事处): the linker folds the government's forms into the mention
# (GOVERNMENT_SUFFIXES), so a mention ending in one is the place in full, never bare.
_BODIES_AFTER_DESIGNATION = ("党委", "委", "人大", "政协", "人民政府", "政府", "办事处")


def _without_body(form: str) -> str:
    """``form`` without a body glued to its designation (某某区委 → 某某区), which
    split_party_suffix leaves on: the place is then written in full, not bare."""
    for body in _BODIES_AFTER_DESIGNATION:
        cut = len(form) - len(body)
        if form.endswith(body) and cut >= 2 and form[cut - 1] in _DIVISION_CHARS:
            return form[:cut]
    return form


def bare_form_as_modifier(text: str, m: PlaceMention, mentions: Sequence[PlaceMention]) -> bool:
    """Whether a bare short form (某安 of 某安市) is the first word of another name rather
    than the place: more name follows it at once (某安文旅集团, 某江峡谷, 在某江科学会堂) —
    not its party or government body, a head's title, another place (某海某定区, the start
    of an address), a conjunction, 的 or 等, nor a verb it is the subject of (某山联合…)."""
    nxt = text[m.end : m.end + 1]
    if not nxt or not "\u4e00" <= nxt <= "\u9fff" or nxt in PROVINCE_FOLLOWERS + _DETERMINERS:
        return False
    if _AREA_COUNT_AFTER.match(text, m.end) or before_a_count_of_places(text, m.end):
        return False  # the last item of a counted list of areas (甲、乙两县, 甲、乙两省)
    if text.startswith(_BARE_FOLLOWERS, m.end) or any(o.start == m.end for o in mentions):
        return False
    after = tokenize(text[m.end : m.end + 8])
    if not after or after[0].pos not in _NAME_PART_POS:
        return False
    # a common noun starts a name only when more name follows (某江|科学|会堂, 某北|公交|巴士);
    # alone before a verb or punctuation it is the place's (某河代表发言, 某沙参观。)
    return after[0].pos != "n" or (
        len(after) > 1
        and "\u4e00" <= after[1].text[0] <= "\u9fff"
        and after[1].pos in _NAME_PART_POS
    )


@functools.cache
def _city_finder(gaz: Gazetteer) -> WordFinder:
    """The bare city forms (:attr:`~ingest.places.area_forms.AreaForms.cities`) as one
    automaton, built once."""
    return WordFinder(area_forms(gaz).cities)


# What may stand right after a city named alone: punctuation, a conjunction, 等 closing a
# list (某莞、某圳等省市).
_CITY_ALONE_AFTER = frozenset("、，,。；;：:！!？?）)”\n 与和及等")


def cities_standing_alone(
    text: str, mentions: list[PlaceMention], gaz: Gazetteer
) -> list[PlaceMention]:
    """Bare short forms of prefecture-level cities that the article's other places do not
    support, where the city stands alone as a place: after a boundary (start of a line,
    punctuation, a preposition, the end of another place) and before punctuation, a
    conjunction, 等, or a verb it is the subject of (某山联合某莞帮扶…; 北京、某圳等省市;
    老区某阳，…). A form that names two cities, or is an ordinary word, is never taken."""
    found = _city_finder(gaz).find(text)
    if not found:
        return []
    # another place, or another city of a run written without commas (某汾某城某治)
    ends = {m.end for m in mentions} | {e for _s, e, _c in found}
    starts = {m.start for m in mentions} | {s for s, _e, _c in found}
    out: list[PlaceMention] = []
    for start, end, code in found:
        if not _free(start, end, mentions + out):
            continue
        if start > 0 and start not in ends and not _boundary_char(text[start - 1]):
            continue
        nxt = text[end : end + 1]
        if (
            nxt
            and nxt not in _CITY_ALONE_AFTER
            and end not in starts
            and not subject_of_a_verb(text, end, _CITY_SUBJECT_POS)
        ):
            continue
        out.append(_with_party_body(text, start, end, "Region", "city", gaz.names[code], code))
    return out


# How far after a city's bare form the ending of the unit's name it opens may close
# (某连|外轮理货有限公司: ten characters with the ending).
UNIT_NAME_RUN_MAX = 10
# What ends the run of a name: a function word or a conjunction (某连与某州公司).
_NAME_RUN_BREAKS = frozenset("我你他她它其此这那之的了是为着被把将就与和及同在对向从")


def opens_a_unit_name(text: str, end: int) -> bool:
    """Whether the characters right after ``end`` close a unit's name within one run of
    Chinese characters no function word breaks (at most :data:`UNIT_NAME_RUN_MAX`): a
    unit's ending (:data:`_UNIT_ENDINGS`: 某连|外轮理货有限公司, 某封|大学) or a party body's
    (:data:`PARTY_SUFFIXES`: 某连|中联党支部).

    >>> opens_a_unit_name("甲乙外轮理货有限公司机关", 2), opens_a_unit_name("甲乙大学", 2)
    (True, True)
    >>> opens_a_unit_name("甲乙开展活动，公司", 2), opens_a_unit_name("甲乙的公司", 2)
    (False, False)
    """
    k = end
    stop = min(len(text), end + UNIT_NAME_RUN_MAX)
    while k < stop and "\u4e00" <= text[k] <= "\u9fff" and text[k] not in _NAME_RUN_BREAKS:
        k += 1
    run = text[end:k]
    return any(e in run for e in _UNIT_ENDINGS) or any(e in run for e in PARTY_SUFFIXES)


@functools.cache
def _worded_city_finder(gaz: Gazetteer) -> WordFinder:
    """The bare forms of cities jieba reads as ordinary words
    (:attr:`~ingest.places.area_forms.AreaForms.worded_cities`) as one automaton."""
    return WordFinder(area_forms(gaz).worded_cities)


def worded_cities_as_places(
    text: str, mentions: list[PlaceMention], gaz: Gazetteer
) -> list[PlaceMention]:
    """Bare forms of prefecture-level cities that jieba reads as ordinary words (某连 an
    adverb, 某封 a verb: :attr:`~ingest.places.area_forms.AreaForms.worded_cities`) where
    the context says they are the city: in a chain of places (right after the city's
    province, 某宁某连; right before one of its own units, 某连某河市), or opening a unit's
    name (:func:`opens_a_unit_name`: 某连外轮理货有限公司, 某封大学中心警务室) from a boundary
    (start of a line, punctuation, a preposition or conjunction) and not read as the end
    of a word begun before it (确保|定点 holds no 某定). Elsewhere the word is the word."""
    found = _worded_city_finder(gaz).find(text)
    if not found:
        return []
    ends = {m.end: m.code for m in mentions if m.code}
    starts = {m.start: m.code for m in mentions if m.code}
    out: list[PlaceMention] = []
    for start, end, code in found:
        if not _free(start, end, mentions + out):
            continue
        before, after = ends.get(start), starts.get(end)
        chained = (before is not None and before == _province(code)) or (
            after is not None and code in gaz.ancestors(after)
        )
        if not chained and (
            (start > 0 and not _boundary_char(text[start - 1]))
            or not opens_a_unit_name(text, end)
            or starts_inside_a_word(text, start, end)
        ):
            continue
        out.append(_with_party_body(text, start, end, "Region", "city", gaz.names[code], code))
    return out


@functools.cache
def _county_forms(province: str, gaz: Gazetteer) -> dict[str, str]:
    """Bare short form → code for the cities and counties of one province whose form
    names one unit of that province and is no frequent ordinary word."""
    by_form: dict[str, set[str]] = defaultdict(set)
    units = [c for city in gaz.children(province) for c in (city, *gaz.children(city))]
    for code in units:
        if len(code) == 6 and not gaz.is_placeholder(code):
            for form in bare_forms(code, gaz):
                by_form[form].add(code)
    return {
        f: next(iter(cs))
        for f, cs in by_form.items()
        if len(cs) == 1 and len(f) >= 2 and not is_common_word(f)
    }


@functools.cache
def _county_finder(gaz: Gazetteer) -> WordFinder:
    """The nationwide bare county forms (:attr:`~ingest.places.area_forms.AreaForms.counties`)
    as one automaton, built once."""
    return WordFinder(area_forms(gaz).counties)


# What joins two areas named as partners side by side: a dash or middle dot (某甲—某乙
# 山海协作, 某甲·某乙东西部协作) or a conjunction (某甲与某乙自2016年结对).
_PARTNER_JOINERS: tuple[str, ...] = ("——", "—", "－", "-", "–", "·", "与", "和", "同")


def partners_of_linked_counties(
    text: str, mentions: list[PlaceMention], gaz: Gazetteer
) -> list[PlaceMention]:
    """Bare short forms of counties written right before or after a linked county-level
    place, joined to it by a dash, a middle dot or a conjunction (某甲—某乙, 某甲与某乙):
    two areas paired across cities or provinces (对口帮扶, 山海协作, 东西部协作) are named
    alike, so the story's other places need not support the partner. Only a form that
    names one county-level unit of the country (and no city), is no frequent ordinary
    word and does not start inside a word (李某胜 holds no county 某胜) is taken."""
    linked = [m for m in mentions if m.code and m.level == "county"]
    if not linked:
        return []
    ends = {m.end: m.code for m in linked}
    starts = {m.start: m.code for m in linked}
    out: list[PlaceMention] = []
    for start, end, code in _county_finder(gaz).find(text):
        # the join is a look at two characters; jieba's reading of the form (which
        # starts_inside_a_word asks) is dear, so it is asked only of a joined form
        joined = any(
            (text.startswith(j, end) and starts.get(end + len(j), code) != code)
            or (text.endswith(j, 0, start) and ends.get(start - len(j), code) != code)
            for j in _PARTNER_JOINERS
        )
        if (
            not joined
            or text.startswith(NOT_PLACE_AFTER, end)
            or not _free(start, end, mentions + out)
            or starts_inside_a_word(text, start, end)
        ):
            continue
        name = gaz.names[code]
        out.append(_with_party_body(text, start, end, "Region", "county", name, code))
    return out


def areas_written_bare(
    text: str, mentions: list[PlaceMention], gaz: Gazetteer
) -> list[PlaceMention]:
    """Undecided places (several namesakes none of which the story's places support, or a
    lone one in a province the story is not known to be about) of which exactly one
    namesake lies in a county or city whose bare short form the story writes as a word of
    its own, outside any place mention (…来某市镇交流。考察组前往某江… for the 某市镇 of
    某江区; 某山经开区 … 在某山布局): that namesake. The form alone is no mention (it may
    head a unit's name), but it says which area the story is about
    (:attr:`~ingest.places.area_forms.AreaForms.bare_areas`)."""
    undecided = [m for m in mentions if m.code is None and m.candidates]
    if not undecided:
        return mentions
    forms = area_forms(gaz).bare_areas
    written: dict[str, bool] = {}

    def is_written(form: str) -> bool:
        if form not in written:
            k = text.find(form)
            while k >= 0 and (
                starts_inside_a_word(text, k, k + len(form))
                or not _free(k, k + len(form), mentions)
            ):
                k = text.find(form, k + 1)
            written[form] = k >= 0
        return written[form]

    chosen: dict[tuple[str, ...], str | None] = {}
    for m in undecided:
        if m.candidates not in chosen:
            fits = {
                c
                for c in m.candidates
                for area in (c[:6], c[:4] + "00")
                if area in forms and is_written(forms[area])
            }
            chosen[m.candidates] = fits.pop() if len(fits) == 1 else None
    return [
        replace(m, code=code)
        if m.code is None and (code := chosen.get(m.candidates)) is not None
        else m
        for m in mentions
    ]


# A 、-list of two- or three-character names right after a province, closed by 等 or
# punctuation (某省甲、乙、丙等重灾区).
_LIST_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}(?=等|[，,。；;、）)\n])")


def listed_after_their_province(
    text: str, mentions: list[PlaceMention], gaz: Gazetteer
) -> list[PlaceMention]:
    """Counties and cities listed by their bare short forms right after the province they
    lie in (四川省甲、乙、丙等重灾区): each item that is the bare form of one county or
    city of that province is that Region. Items read as other places give way."""
    out: list[PlaceMention] = []
    for p in mentions:
        if p.level != "province" or not p.code:
            continue
        m = _LIST_AFTER.match(text, p.end)
        if m is None:
            continue
        forms = _county_forms(p.code, gaz)
        k = p.end
        for item in m.group().split("、"):
            start, end = k, k + len(item)
            k = end + 1
            code = forms.get(item)
            if code is None or not _free(start, end, mentions + out):
                continue
            out.append(
                _with_party_body(text, start, end, "Region", level_of(code), gaz.names[code], code)
            )
    return out


def _bare_word_is_place(
    text: str,
    start: int,
    end: int,
    party: bool,
    code: str,
    full_codes: set[str],
    mentions: list[PlaceMention],
    gaz: Gazetteer,
) -> bool:
    """Whether a bare short form that is also an ordinary word (合作 of 合作街道 in
    双方开展合作) names the place here: it carries a party ending (合作党工委), touches a
    place of its own chain (某区合作, 合作某村), or the article writes the unit's full form
    and jieba does not read the characters here as that ordinary word."""
    if party:
        return True
    for m in mentions:
        if m.code and (
            (m.end == start and m.code in gaz.ancestors(code) and not _ends_in_body(text, m))
            or (m.start == end and code in gaz.ancestors(m.code))
        ):
            return True
    return code in full_codes and not whole_word_at(text, start, end)


def _ends_in_body(text: str, m: PlaceMention) -> bool:
    """Whether a place mention ends in a party body folded into it (某市党支部): a word
    after it continues the body's phrase (某市党支部|建设示范点), not the place's chain."""
    return bool(split_party_suffix(text[m.start : m.end])[1])


def _groupings(linked: list[str], gaz: Gazetteer) -> dict[str, str]:
    """``某某社区`` → ``某某`` for every stem prefix shared by two or more committees of a
    town the article names: the informal 社区 that groups them (module docstring, step 5)."""
    towns = {c[:9] for c in linked if len(c) >= 9}
    prefixes: dict[str, set[str]] = defaultdict(set)
    for town in towns:
        for p, kids in _town_prefixes(town, gaz):
            prefixes[p].update(kids)
    return {p + "社区": p for p, kids in prefixes.items() if len(kids) >= 2}


@functools.lru_cache(maxsize=1 << 12)
def _town_prefixes(town: str, gaz: Gazetteer) -> tuple[tuple[str, frozenset[str]], ...]:
    """Every stem prefix of the committees of one town, with the committees that have it
    (derived once per town)."""
    prefixes: dict[str, set[str]] = defaultdict(set)
    for child in gaz.children(town):
        for st in village_stems(child, gaz.names[child]):
            if st.form_class.startswith("R"):
                for n in range(2, len(st.text)):
                    prefixes[st.text[:n]].add(child)
    return tuple((p, frozenset(kids)) for p, kids in prefixes.items())


def _as_informal(m: PlaceMention, simplified: str, groupings: dict[str, str]) -> PlaceMention:
    """An unlinked 某某社区 that is a grouping of committees becomes a Region without code."""
    form, _suffix = split_party_suffix(simplified[m.start : m.end])
    if m.code is None and m.type == "ResidentsCommittee" and form in groupings:
        return PlaceMention(m.start, m.end, m.surface, "Region", None, form, None, ())
    return m


def _informal_areas(
    text: str, mentions: list[PlaceMention], words: dict[str, str]
) -> list[PlaceMention]:
    """某某社区 groupings of several committees of a linked town: Regions without code."""
    out: list[PlaceMention] = []
    for start, end, _p in find_words(text, words):
        if not _free(start, end, mentions + out):
            continue
        out.append(_with_party_body(text, start, end, "Region", None, text[start:end], None))
    return out


@functools.cache
def _places_outside_the_list() -> dict[str, tuple[str, PlaceLevel, str]]:
    """Form → (name, level, the place it is read only right after, or "") of
    ``data/places_outside_the_list.tsv``."""
    out: dict[str, tuple[str, PlaceLevel, str]] = {}
    for line in OUTSIDE_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, name, level, *after = line.split("\t")
            out[form] = (name, cast(PlaceLevel, level), after[0] if after else "")
    return out


def written_after(text: str, start: int, place: str) -> bool:
    """Whether the form at ``start`` is written right after ``place`` (香港|某尖旺), or
    after a list of such forms that ``place`` opens (香港某龙城、某尖旺).

    >>> written_after("香港某龙城、某尖旺居民联会", 6, "香港")
    True
    >>> written_after("园区东区", 2, "香港")
    False
    """
    clause_start = max(text.rfind(c, 0, start) for c in "，,。；;\n") + 1
    return text.startswith(place, start - len(place)) or (
        text[start - 1 : start] == "、" and place in text[clause_start:start]
    )


# What follows a district outside the list (a Hong Kong district) named as the place: a
# boundary of the clause, its bodies and heads, its Home Affairs office (民政事务处, 民政事务
# 专员) or its District Council (区议会). Other words make it the first word of a unit's
# name (香港某区协进社).
_DISTRICT_FOLLOWERS = ("民政事务", "区议会")


def stands_as_a_district(text: str, end: int) -> bool:
    """Whether the district form ending at ``end`` stands as the place, not as the first
    word of a unit's name.

    >>> stands_as_a_district("香港某区民政事务专员", 4), stands_as_a_district("香港某区协进社", 4)
    (True, False)
    """
    nxt = text[end : end + 1]
    return (
        not nxt
        or nxt in _CLAUSE_BOUNDARY
        or text.startswith(_PLACE_FOLLOWERS, end)
        or text.startswith(_DISTRICT_FOLLOWERS, end)
    )


def places_outside_the_list(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Taiwan, Hong Kong and Macao and Taiwan's counties and cities, which the 2023 list
    does not break down (臺灣, 香港特别行政区, 苗栗縣): Regions without code, wherever no
    other place is read (longest form first). As for any province, a bare 台湾 heading a
    name (台湾网) is dropped later (:func:`_in_story`)."""
    table = _places_outside_the_list()
    out: list[PlaceMention] = []
    hits = find_words(text, {f: f for f in table})
    for start, end, form in sorted(hits, key=lambda h: (h[0], -(h[1] - h[0]))):
        if not _free(start, end, mentions + out):
            continue
        name, level, after = table[form]
        if after and not (written_after(text, start, after) and stands_as_a_district(text, end)):
            continue
        out.append(_with_party_body(text, start, end, "Region", level, name, None))
    return out


def places_of_other_countries(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Other countries and the divisions written right after them (日本某田县某川町,
    韩国友城某邱市: :mod:`ingest.places.foreign`), Regions without code. A division
    written after its country replaces what the gazetteer read there (a mainland namesake:
    韩国某州市 is no city of Hebei); an item of a 、-list that goes on after them stops the
    list where the story reads a place of the list (、某东省某山市与…)."""
    taken = frozenset(m.start for m in mentions)
    return [
        _with_party_body(text, p.start, p.end, p.type, p.level, p.name, None)
        for p in foreign_places(text, taken)
    ]


# The name of Taiwan in the table of places outside the list (its counties and cities are
# the table's rows of level county).
_TAIWAN = "台湾"


def places_of_taiwan(
    text: str, mentions: list[PlaceMention], outside: Sequence[PlaceMention]
) -> list[PlaceMention]:
    """Taiwan's towns, villages and wards (:mod:`ingest.places.taiwan`), in a story that
    names Taiwan or one of its counties (``outside``: the places outside the list it
    names): a town and village written after their county replace what the gazetteer
    read there (a mainland village of the same name); a ward is read where no other place
    is."""
    counties = [m for m in outside if m.level == "county"]
    if not counties and not any(m.name == _TAIWAN for m in outside):
        return []
    taken = [(m.start, m.end) for m in mentions if m.code]
    short = [
        _with_party_body(text, p.start, p.end, p.type, p.level, p.name, None)
        for p in county_short_forms(text, taken)
    ]
    chained = below_a_taiwan_county(text, counties + short)
    out = short + [
        _with_party_body(text, p.start, p.end, p.type, p.level, p.name, None) for p in chained
    ]
    kept = [m for m in mentions if _free(m.start, m.end, out)]
    village_starts = frozenset(m.start for m in kept + out if m.level == "village")
    for p in taiwan_wards(text, village_starts):
        if _free(p.start, p.end, kept + out):
            out.append(_with_party_body(text, p.start, p.end, p.type, p.level, p.name, None))
    return out


# Endings the gold lists zones by beside :data:`_ZONE_ENDINGS` (某某合作区, 某某投资区,
# 某某科学城); 管理区 and 新片区 are read by their own rules.
_OTHER_ZONE_ENDINGS = frozenset({"合作区", "投资区", "科学城"})


@functools.cache
def _standing_zone() -> re.Pattern[str]:
    """The endings of zones named by a name of their own, longest first."""
    endings = (_ZONE_ENDINGS - {"管理区", "新片区"}) | _OTHER_ZONE_ENDINGS
    return re.compile("|".join(sorted(endings, key=len, reverse=True)))


def zones_standing_alone(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Zones named by a name of their own (雄某新区, 某四港经济开发区, 某相合作区, 某柔科学城)
    wherever the sentence goes on after them (大某新区|南澳办事处, 某湖高新区|企业, 促进某柔
    科学城|创新生态): Regions without code where no place was read. :func:`unlisted_places`
    reads a zone only before a boundary or a place; a zone's name is a name wherever it
    stands. The name is two or three characters after a boundary or a place, no ordinary
    word, starting a word of the sentence unless a place stands before it (对接|雄某新区: 接
    is no part of the name), and not the start
    of a unit of the zone (某某新区第二小学, 某某新区分行: :func:`unit_named_after`)."""
    out: list[PlaceMention] = []
    place_ends = {m.end for m in mentions} | {m.start for m in mentions}
    for hit in _standing_zone().finditer(text):
        e0, end = hit.span()
        start = _unlisted_start(text, e0, place_ends)
        if start is None or not _free(start, end, mentions + out):
            continue
        stem = text[start:e0]
        if not _name_like_stem(stem, start in place_ends) or _word_across(
            text, e0, end, hit.group()
        ):
            continue
        glued = start not in place_ends and starts_inside_a_word(text, start, end)
        if glued or unit_named_after(text, end):
            continue  # 对接|雄某新区; right after a place (白沙区|某澜投资区) jieba may glue
        out.append(_with_party_body(text, start, end, "Region", "town", stem + hit.group(), None))
    return out


def estates_as_places(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Named housing estates (某某小区, :func:`ingest.places.estates.named_estates`) where no
    place was read: ResidentsCommittees without code, as GOLD_NOTES types them, their party
    body folded in (某某小区党支部). A name starts at the end of a place it lies in
    (某某社区|某某花园小区)."""
    ends = frozenset(m.end for m in mentions)
    return [
        _with_party_body(text, p.start, p.end, p.type, p.level, p.name, None)
        for p in named_estates(text, ends)
        if _free(p.start, p.end, mentions)
    ]


# A 、-list of committees' names written with their designation once, after the last
# (甲、乙社区党委; 甲、乙、丙等社区 with names of up to four characters: 某兰花园、某日丽城等社区).
_COMMITTEES_LISTED = re.compile(
    r"((?:[\u4e00-\u9fff]{2,4}、)+)([\u4e00-\u9fff]{2,4}?)(等[两二三四五六七八九十\d]*个?)?"
    r"(社区|居委会|居民区)"
)


def committees_listed_before_their_designation(
    text: str, mentions: list[PlaceMention], linked: Sequence[str], gaz: Gazetteer
) -> list[PlaceMention]:
    """Committees listed by their names with the designation written once, after the last
    (甲、乙社区党委班子; 甲、乙、丙、丁等社区): each item not read as a place yet is the one
    committee of that name in a town or county the story links — or, when the last item is
    a committee linked already, in its town. Only a listed committee counts: the list's
    items may as well be tasks or places of another kind (社区养老、加装电梯等社区服务), and
    names of four characters are read here only (the shared-noun lists read two or three:
    :func:`places_before_a_shared_noun`). The last item is read as such only before 等."""
    areas = {c[:9] for c in linked if c and len(c) >= 9} | {
        c[:6] for c in linked if c and len(c) >= 6
    }
    areas |= {m.code[:9] for m in mentions if m.code and m.level in ("town", "village")}
    place_ends = {m.end for m in mentions}
    out: list[PlaceMention] = []
    for hit in _COMMITTEES_LISTED.finditer(text):
        items = hit.group(1)[:-1].split("、")
        k = hit.start(1)
        cut = first_item_start(text, k, items[0], place_ends)
        if cut is None:
            items, k = items[1:], k + len(items[0]) + 1
        else:
            items[0], k = items[0][cut:], k + cut
        spans = []
        for item in items:
            spans.append((k, k + len(item)))
            k += len(item) + 1
        last = next(
            (m for m in mentions if m.start == hit.start(2) and m.type == "ResidentsCommittee"),
            None,
        )
        if hit.group(3):
            spans.append(hit.span(2))
        elif last is None:
            continue  # the designation belongs to no committee read: no list of them
        towns = {last.code[:9]} if last is not None and last.code else areas
        designation = "社区" if hit.group(4) == "社区" else "居民区"  # names.py: 居委会 → 居民区
        for start, end in spans:
            name = text[start:end]
            code = _listed_code(name, "ResidentsCommittee", towns, gaz)
            if code is None or not _free(start, end, mentions + out):
                continue
            out.append(
                PlaceMention(
                    start,
                    end,
                    name,
                    "ResidentsCommittee",
                    "village",
                    name + designation,
                    code,
                    (code,),
                )
            )
    return out


# A group of towns named after its lead town (某平组团, 某榄组团): in the east–west
# cooperation a prefecture city without districts pairs its towns in groups.
_TOWN_GROUP = re.compile(r"[\u4e00-\u9fff]{2}组团")


def town_groups(text: str, mentions: list[PlaceMention], gaz: Gazetteer) -> list[PlaceMention]:
    """Groups of towns named after their lead town (某平组团向某屏捐赠, 某山市某榄组团): a
    Region without code, where the two characters before 组团 are the bare form of a town
    of the list (某平镇) and no other place is read across them; it takes the town's own
    mention there (the group is the side that is meant). 组团 as a verb or manner
    (形成组团, 组团帮扶, 组团式) has no town before it."""
    out: list[PlaceMention] = []
    for hit in _TOWN_GROUP.finditer(text):
        start, end = hit.span()
        if text.startswith("式", end) or not gaz.find(text[start : start + 2] + "镇", "town"):
            continue
        inside = [m for m in mentions if m.start < end and m.end > start]
        if any(m.start < start or m.end > start + 2 or m.level != "town" for m in inside):
            continue
        out.append(_with_party_body(text, start, end, "Region", "town", hit.group(), None))
    return out


# Division endings of places the gazetteer may not list → (type, level). Longest first;
# a committee's ending holds the name's own 村 or 社区 (某某村村委会, 某某社区居委会).
UNLISTED_ENDINGS: tuple[tuple[str, PlaceType, PlaceLevel], ...] = (
    # Bodies that act as a town (GOLD_FORMAT: "industrial zone that acts as one"), named
    # after their place: 某某经济技术开发区, 某某高新区, 某某管理区, a former 某某公社.
    ("高新技术产业开发区", "Region", "town"),
    ("经济技术开发区", "Region", "town"),
    ("经济开发区", "Region", "town"),
    ("高新区", "Region", "town"),
    ("经开区", "Region", "town"),
    ("开发区", "Region", "town"),
    ("管理区", "Region", "town"),
    ("公社", "Region", "town"),
    ("社区居民委员会", "ResidentsCommittee", "village"),
    ("社区居委会", "ResidentsCommittee", "village"),
    ("村村民委员会", "Village", "village"),
    ("村民委员会", "Village", "village"),
    ("村村委会", "Village", "village"),
    ("自然村", "Village", "village"),  # a hamlet of a village: 某村某某自然村
    ("社居委", "ResidentsCommittee", "village"),  # 社区居委会 shortened
    ("居委会", "ResidentsCommittee", "village"),
    ("居民区", "ResidentsCommittee", "village"),
    ("居委", "ResidentsCommittee", "village"),
    ("社区", "ResidentsCommittee", "village"),
    ("街道", "Region", "town"),
    ("新片区", "Region", "county"),  # a new part of a free-trade zone (某港新片区)
    ("新区", "Region", "county"),  # a state-level new area (某某新区)
    ("村", "Village", "village"),
    ("镇", "Region", "town"),
    ("乡", "Region", "town"),
    ("县", "Region", "county"),
    ("区", "Region", "county"),
    ("市", "Region", "city"),
)
_COMMITTEE_ENDINGS = frozenset(e for e, _t, _l in UNLISTED_ENDINGS if "委" in e)
# Endings of zones and new areas, places run by a management committee (管委会).
_ZONE_ENDINGS = frozenset(
    {"高新技术产业开发区", "经济技术开发区", "经济开发区", "高新区", "经开区", "开发区"}
    | {"管理区", "新区", "新片区"}
)
# A zone's management committee: after a zone's name it says the name is the zone's.
ZONE_COMMITTEES = ("管委会", "管理委员会")


# A new area named after the place it lies in (某州新区, 某东某湟新区, 某川天府新区, 某港新片区).
_NEW_AREA_AFTER_PLACE = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:新片区|新区)")
_NEW_AREA_PLACE_LEVELS = frozenset({"province", "city", "county"})


def unit_named_after(text: str, end: int) -> bool:
    """Whether the words right after a place's name at ``end`` go on to name a unit of it
    (某某新区分行, 某某新区第二小学): an ordinal or an organisation's ending
    (``org_suffixes.tsv``) other than a zone's own committee (管委会) follows.

    >>> unit_named_after("某州新区分行", 4), unit_named_after("某州新区第二小学", 4)
    (True, True)
    >>> unit_named_after("某州新区管委会", 4), unit_named_after("某州新区建设", 4)
    (False, False)
    """
    if text.startswith("第", end) or text.startswith(ZONE_COMMITTEES, end):
        return text.startswith("第", end)
    lex = load_lexicon()
    return any(text[end : end + n] in lex.org_suffixes for n in range(lex.max_unit_ending, 1, -1))


def new_areas_after_their_place(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A new area the 2023 list does not hold, named after the province, city or county it
    lies in (某州新区, 某东某湟新区, 某川天府新区, 某康城东新区): the place and up to three
    name characters before 新区 or 新片区 are one Region without code (GOLD_NOTES: a zone
    named by itself is a Region), which replaces the place's own mention (the place before
    a zone's designation is no mention of its own). Not where the words go on to name a
    unit of the area (某某新区分行, 某某新区第二小学: :func:`unit_named_after`)."""
    out: list[PlaceMention] = []
    replaced: set[int] = set()
    for i, m in enumerate(mentions):
        if m.type != "Region" or m.level not in _NEW_AREA_PLACE_LEVELS:
            continue
        hit = _NEW_AREA_AFTER_PLACE.match(text, m.end)
        if hit is None:
            continue
        if hit.group().endswith("高新区"):
            continue  # a high-tech zone (某某高新区), read by its own rules
        stem = text[m.end : hit.end()].removesuffix("新片区").removesuffix("新区")
        if any(c in _DIVISION_CHARS or c in _NOT_IN_NAME or _boundary_char(c) for c in stem):
            continue  # 某市区新区, 某市的新区: not one name
        # the area's own name may have been read alone (某康|城东新区): it joins the place
        inside = [j for j, o in enumerate(mentions) if o.start < hit.end() and o.end > m.end]
        alone = [mentions[j] for j in inside]
        if any(o.code or o.start != m.end or o.end != hit.end() for o in alone):
            continue
        if unit_named_after(text, hit.end()):
            continue
        name = text[m.start : hit.end()]
        out.append(_with_party_body(text, m.start, hit.end(), "Region", "county", name, None))
        replaced.add(i)
        replaced.update(inside)
    if not out:
        return mentions
    return sorted(
        [m for i, m in enumerate(mentions) if i not in replaced] + out, key=lambda m: m.start
    )


def run_by_its_committee(text: str, end: int, ending: str) -> bool:
    """Whether an unlisted zone's name ending at ``end`` (某某新区, 某某开发区) is followed
    by its own management committee (某某新区管委会): the zone is a place there (GOLD_NOTES:
    the 管委会 is an Organization of its own beside the zone).

    >>> run_by_its_committee("市某南新区管委会", 5, "新区")
    True
    >>> run_by_its_committee("某南镇管委会", 3, "镇")
    False
    """
    return ending in _ZONE_ENDINGS and text.startswith(ZONE_COMMITTEES, end)


_UNLISTED = re.compile("|".join(e for e, _t, _l in UNLISTED_ENDINGS))
_ENDING_KIND = {e: (t, lv) for e, t, lv in UNLISTED_ENDINGS}
# What may follow a place named as a place: its party or government bodies, its head's
# title, a boundary of the clause or list.
_PLACE_FOLLOWERS: tuple[str, ...] = (
    *PARTY_SUFFIXES,
    "委",
    "人民政府",
    "政府",
    "办事处",
    "镇长",
    "乡长",
    "县长",
    "区长",
    "市长",
    "书记",
    "主任",
)
_CLAUSE_BOUNDARY = frozenset('，,。、；;：:！!？?（）()“”"《》 \n与和及同的')
# Characters before a name that say the words after them are a place (在某某镇举行).
_LOCATIVE_BEFORE = frozenset("在到至赴往于")
# Nouns of the people, parts and life of a place (某山代表, 某山各界, 某山农村): after a
# bare short form they say it is the place, not the first word of a unit's name.
_OF_THE_PLACE = ("代表", "人民", "群众", "干部", "境内", "辖区", "当地", "全域")
# What may follow a bare short form that names the place: its bodies and heads
# (:data:`_PLACE_FOLLOWERS`) and the former prefecture ending 地区 (某番地区).
_BARE_FOLLOWERS: tuple[str, ...] = (*_PLACE_FOLLOWERS, "地区", *_OF_THE_PLACE)
# Determiners after a bare short form start a noun phrase of their own (某宁这支队伍).
_DETERMINERS = "这那此其各该每"
# Tags of a word that continues a name after a bare short form (a noun, a brand, an
# unknown word): 某安|文旅, 某江|峡谷. A verb, adverb, numeral or pronoun leaves it alone.
_NAME_PART_POS = frozenset(
    {"n", "nz", "nt", "nr", "nrt", "nrfg", "ns", "nsf", "ng", "j", "l", "x", "s", "eng"}
)


# A joint village (某某联村): neighbouring villages joined under the name of the lead one,
# written right after its town (某理镇某龙联村与某乐镇某市联村结对): two or three
# characters, shortest first, and 联村.
JOINT_VILLAGE = "联村"
_JOINT_VILLAGE_AFTER_TOWN = re.compile(rf"[\u4e00-\u9fff]{{2,3}}?{JOINT_VILLAGE}")


def joint_party_committee(text: str, end: int) -> bool:
    """Whether the joint village ending at ``end`` is written as its party body (某某联村
    党委, 东某西某联村党总支): the joint committee of the villages, an Organization of its
    own (as the readable gold has it), not the village.

    >>> joint_party_committee("东岭西坡联村党总支书记", 6)
    True
    >>> joint_party_committee("松岭联村与石桥联村结对", 4)
    False
    """
    return text.startswith(PARTY_SUFFIXES, end)


def joint_villages(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Joint villages (:data:`JOINT_VILLAGE`) written right after a town the text names:
    Villages without code, named with 联村 (the list knows only the lead village, whose
    code would be another unit's). 联村 as a verb (企业联村帮扶, 部门联村联户) has no town
    before it."""
    out: list[PlaceMention] = []
    for town in mentions:
        if town.level != "town":
            continue
        hit = _JOINT_VILLAGE_AFTER_TOWN.match(text, town.end)
        if hit is None or joint_party_committee(text, hit.end()):
            continue
        start, end = hit.span()
        if text[start] in _NOT_IN_NAME or not _free(start, end, mentions + out):
            continue
        out.append(_with_party_body(text, start, end, "Village", "village", hit.group(), None))
    return out


def unlisted_places(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Places the gazetteer does not list, written with a division ending (某某镇, 某某县,
    某某村村委会): Regions, Villages or ResidentsCommittees without code.

    The name is the ending with the two characters before it (three when the one before
    those is no boundary but the one before it is). It counts only when it reads as a
    place: the name starts at a boundary (start of clause, a preposition or conjunction,
    the end of a place), its stem is no ordinary word (示范区, 小区, 全市), the ending does
    not start an ordinary word (区块, 市场, 乡村), and — for a Region — a party or
    government body, a head's title, a boundary of the clause or another place follows,
    or a locative stands before it."""
    out: list[PlaceMention] = []
    place_ends = {m.end for m in mentions} | {m.start for m in mentions}
    county_ends = {m.end for m in mentions if m.level == "county"}
    town_ends = {m.end for m in mentions if m.level == "town" and m.code}
    village_ends = {m.end for m in mentions if m.level == "village"}
    place_starts = {m.start for m in mentions}
    taken = bytearray(len(text) + 1)  # characters inside a mention already found
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    for hit in _UNLISTED.finditer(text):
        e0, end = hit.start(), hit.end()
        ending = hit.group()
        typ, level = _ENDING_KIND[ending]
        start = _unlisted_start(text, e0, place_ends)
        if start is None or any(taken[start:end]):
            continue
        stem = text[start:e0]
        in_chain = level == "town" and town_in_a_chain(start, end, county_ends, place_starts)
        after_town = level == "village" and start in town_ends
        if not _name_like_stem(stem, start in place_ends, in_chain, after_town) or _word_across(
            text, e0, end, ending
        ):
            continue
        if (typ == "Region" and counts_units(stem)) or counts_places(stem):
            continue
        if quantity_in_stem(text, start, e0):
            continue  # 5个强村, 几个村: so many villages, no village's name
        if typ == "Village" and kind_of_village(stem):
            continue  # 网红村, 五星村, 城郊村: a kind of village, no name the gazetteer lacks
        nxt = text[end : end + 1]
        followed = (
            ending in _COMMITTEE_ENDINGS  # a committee's own ending says it is one
            or not nxt
            or nxt in _CLAUSE_BOUNDARY
            or text.startswith(_PLACE_FOLLOWERS, end)
            or run_by_its_committee(text, end, ending)
            or end in place_ends
            or (start > 0 and text[start - 1] in _LOCATIVE_BEFORE)
            or (typ != "Region" and start in place_ends)  # 某库镇某西岸村签订…: its town
            or (typ != "Region" and text[start - 1 : start] in ("", "\n"))  # opens a line
            or (level == "town" and start in county_ends)  # 某区某林街道以…: its county
            or (level == "village" and listed_after_a_village(text, start, village_ends))
        )
        if not followed:
            continue
        if typ == "Region" and text.startswith("委", end) and text.startswith(ORGAN_AFTER, end + 1):
            continue  # 某某区委组织部: an organ, found as a unit
        mention = _with_party_body(
            text, start, end, typ, level, stem + ("村" if typ == "Village" else ending), None
        )
        out.append(mention)
        taken[start : mention.end] = b"\x01" * (mention.end - start)
        if level == "village":
            village_ends.add(end)
    return out


# The Xinjiang Production and Construction Corps (兵团): a text about it says so (兵团,
# 兵地 for the Corps and the local areas, 团场, 连队).
_CORPS_CONTEXT = ("兵团", "兵地", "团场", "连队")
# A regiment (团) or company (连) written by number, after a boundary, its division (师)
# or its regiment (四十九团十八连).
_CORPS_UNIT = re.compile(
    r"(?:(?<=[师团])|(?<![\u4e00-\u9fff0-9]))([一二三四五六七八九十百零〇]{1,4}|[0-9]{1,3})([团连])"
)
# Characters after 团 or 连 that make an ordinary word of them (团结, 团队, 连续, 连线).
_NOT_CORPS_AFTER = frozenset("结队员体圆拜伙购聚续线接锁环带载篇日夜")


_CHINESE_DIGITS = "零一二三四五六七八九"


def corps_numeral(number: str) -> str:
    """A regiment's or company's number as the gold names it, in Chinese (8 → 八, 18 →
    十八, 49 → 四十九); a number written in Chinese, or of three digits (a regiment
    number read digit by digit, 一四七团), as written.

    >>> corps_numeral("8"), corps_numeral("18"), corps_numeral("40"), corps_numeral("十八")
    ('八', '十八', '四十', '十八')
    """
    if not number.isdigit() or len(number) > 2:
        return number
    value = int(number)
    if value < 10:
        return _CHINESE_DIGITS[value]
    tens, ones = divmod(value, 10)
    head = "" if tens == 1 else _CHINESE_DIGITS[tens]
    return head + "十" + (_CHINESE_DIGITS[ones] if ones else "")


def corps_units(text: str, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The Corps' regiments and companies written by number in a text about the Corps
    (某师四十九团, 四团八连, 十八连党支部): a regiment acts as a town (a Region) and a
    company as a village (a Village), as the gold writes them; the official list names
    only some regiments (:func:`ingest.places.names.bingtuan_stems`). A company numbered
    by one character (一连, a word of its own: 一连三天) counts only after its regiment.

    >>> [(m.name, m.type) for m in corps_units("兵团第三师四十九团十八连党支部与某村结对", [])]
    [('四十九团', 'Region'), ('十八连', 'Village')]
    >>> corps_units("一连三天，四团结对", [])
    []
    """
    if not any(w in text for w in _CORPS_CONTEXT):
        return []
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    out: list[PlaceMention] = []
    regiment_ends: set[int] = {m.end for m in mentions}
    for hit in _CORPS_UNIT.finditer(text):
        start, end = hit.start(), hit.end()
        kind = hit.group(2)
        if any(taken[start:end]) or text[end : end + 1] in _NOT_CORPS_AFTER:
            continue
        if kind == "连" and len(hit.group(1)) == 1 and start not in regiment_ends:
            continue
        name = corps_numeral(hit.group(1)) + kind
        if kind == "团":
            mention = _with_party_body(text, start, end, "Region", "town", name, None)
            regiment_ends.add(end)
        else:
            mention = _with_party_body(text, start, end, "Village", "village", name, None)
        out.append(mention)
        taken[start : mention.end] = b"\x01" * (mention.end - start)
    return out


def listed_after_a_village(text: str, start: int, village_ends: AbstractSet[int]) -> bool:
    """Whether the village-level name at ``start`` is the next item of a 、-list whose
    item before it is a village-level place (one of ``village_ends``): 某阳村、某光村两村,
    由原某港村、某山村合并 — an item of a list of villages is a village, whatever follows it.

    >>> after = listed_after_a_village
    >>> after("某阳村、某光村两村", 4, {3}), after("某阳村和某光村", 4, {3})
    (True, False)
    """
    return start >= 1 and text[start - 1] == "、" and start - 1 in village_ends


_COUNT_CHARS = frozenset("一二两三四五六七八九十百几多")


def counts_units(stem: str) -> bool:
    """Whether the stem before a Region's designation ends in a count: 某南五市, 沿江
    八县 are so many cities or counties of an area, no one unit's name.

    >>> counts_units("某南五"), counts_units("某山")
    (True, False)
    """
    return stem[-1] in _COUNT_CHARS


# Count characters no name holds before its ending (an ordinal village is 某某二村, never
# 某某两村): 甲、乙两村 is so many villages.
_CARDINAL_ONLY = frozenset("两几")


def counts_places(stem: str) -> bool:
    """Whether the stem before any division ending ends in a cardinal no name is written
    with: 某某、某光两村 counts two villages (the list is read by
    :func:`places_before_a_shared_noun`), no village 某光两村.

    >>> counts_places("某光两"), counts_places("某光二")
    (True, False)
    """
    return stem[-1] in _CARDINAL_ONLY


# A count of things: a number, or a word for "several" or "many", then a measure word.
# Digits and 几/多/数 before 家 or 个 make a quantity only (5个强村, 几个村, 多家企业),
# a Chinese numeral only before 个 or 所: 三家村, 五家渠 and 一支 open names.
_QUANTITY = re.compile(
    r"(?:[0-9０-９]+|[几多数余]|[一二两三四五六七八九十百千]+(?=[个所]))[个家所座]"
)


def quantity_in_stem(text: str, start: int, e0: int) -> bool:
    """Whether the stem ``text[start:e0]`` before a division ending holds the measure word
    of a quantity phrase (5个强村, 几个强村, 多家村企, 等5个村): a number of places or
    units, no name — the measure word opens the stem or sits inside it, its number right
    before it.

    >>> quantity_in_stem("镇东5个强村与", 3, 5), quantity_in_stem("，几个强村", 1, 4)
    (True, True)
    >>> quantity_in_stem("，三家村", 1, 3), quantity_in_stem("，五所村", 1, 3)
    (False, True)
    """
    hits = _QUANTITY.finditer(text, max(0, start - 4), e0)
    return any(start <= m.end() - 1 < e0 for m in hits)


def kind_of_village(stem: str) -> bool:
    """Whether ``stem`` before 村 is a word of ``data/village_kinds.tsv``, a kind of
    village (网红, 五星, 城郊, 强): a village of that kind, no name — a village so named is
    one the gazetteer lists (民族村 of its town), never an unlisted place."""
    return stem in _village_kind_set()


@functools.cache
def _village_kind_set() -> frozenset[str]:
    return frozenset(village_kinds())


def read_as_ordinary_words(
    text: str, m: PlaceMention, place_ends: AbstractSet[int] = frozenset()
) -> bool:
    """Whether an uncoded place match is rather words of the sentence: its first
    character ends a word with the one or two before it (更高水|平城乡, 所在|地某曲镇), its whole
    form is an ordinary word (小城镇), or it is half of a slogan pair (以城带乡, 以企带村,
    村看村: a one-character noun, a verb, the ending). Right after another place (one of
    ``place_ends``: 某门镇|南城管理区) the first character starts a name whatever word
    it makes with the designation before it."""
    s = m.start
    for k in (1, 2):  # 水|平, 所在|地
        if s in place_ends:
            break
        if (
            s >= k
            and "\u4e00" <= text[s - 1] <= "\u9fff"
            and pos_of(text[s - k : s + 1]) != UNKNOWN_POS
        ):
            return True
    form, _suffix = split_party_suffix(text[m.start : m.end])
    if is_dictionary_word(form):
        return True
    if len(form) != 3 or pos_of(form[1]) != "v":
        return False
    return form[0] == form[2] or (s > 0 and text[s - 1] == "以")


def _unlisted_start(text: str, e0: int, place_ends: set[int]) -> int | None:
    """Where an unlisted name ending at ``e0`` starts: two or three characters before,
    right after a boundary."""
    for n in (2, 3):
        s = e0 - n
        if s < 0:
            return None
        if s == 0 or s in place_ends or _boundary_char(text[s - 1]):
            return s
    return None


def _boundary_char(ch: str) -> bool:
    return not ("\u4e00" <= ch <= "\u9fff") or ch in LEFT_BOUNDARY or ch in _CLAUSE_BOUNDARY


_NOT_IN_NAME = frozenset("我你他她它其此这那之的了是为着被把将就")
_FUNCTION_POS = frozenset({"c", "d", "p", "u", "uj", "r", "m", "q", "f"})
_NAME_START = frozenset({UNKNOWN_POS, "ns", "nr", "nz", "nrt", "nrfg", "j"})


def town_in_a_chain(
    start: int, end: int, county_ends: AbstractSet[int], place_starts: AbstractSet[int]
) -> bool:
    """Whether a town's name at ``start:end`` sits in a chain of places, right after a
    county-level place and right before another place (某州市|军乐镇|某阳村): the chain says
    it is a place, though its name be an ordinary word (军乐, 新华).

    >>> town_in_a_chain(3, 6, {3}, {6}), town_in_a_chain(3, 6, {3}, set())
    (True, False)
    """
    return start in county_ends and end in place_starts


# Prepositions (and the causative 让) that open a clause's verb phrase and are no common
# surname: 于, 向, 同, 由, 从, 对, 把 open hundreds of listed village names and stay out.
_GLUED_PREPOSITIONS = frozenset("在以与给被为让")


def preposition_then_one_character(stem: str) -> bool:
    """Whether a two-character stem before a division ending is a preposition glued to
    one character the dictionary joins into no word (在|某村党支部的引领下 read as 在某村,
    让|强村和弱村, 以|企村共建): words of the sentence, no name. Of the 2023 list's 83,526
    two-character village stems, 25 open so (以朵, 让东).

    >>> preposition_then_one_character("在甲"), preposition_then_one_character("甲乙")
    (True, False)
    >>> preposition_then_one_character("为民"), preposition_then_one_character("于乙")
    (False, False)
    """
    return len(stem) == 2 and stem[0] in _GLUED_PREPOSITIONS and pos_of(stem) == UNKNOWN_POS


# Words of being stationed somewhere (驻 "stationed in", 驻地 "the place one is stationed
# at", 驻点 "the point one is stationed at"): before a division ending they make the
# words 驻村, 驻地村, 驻点村 — the village a unit's cadres are sent to, no village's name.
_STATIONED = ("驻", "驻地", "驻点")


def stationed_in(stem: str) -> bool:
    """Whether an unlisted place's stem ends in a word of being stationed (某溪驻|村第一书记
    is 某溪 and 驻村第一书记; 任驻|村, 与驻地|村支部): its ending makes 驻村 or 驻地村, a
    word of the sentence, and the stem names no place.

    >>> stationed_in("墨溪驻"), stationed_in("驻地"), stationed_in("驻马")
    (True, True, False)
    """
    return stem.endswith(_STATIONED)


def _name_like_stem(
    stem: str, after_place: bool = False, in_chain: bool = False, after_town: bool = False
) -> bool:
    """Whether ``stem`` may be the name before an unlisted place's ending. Right after
    another place (``after_place``: 某库镇|河西岸村) a three-character name may end in an
    ordinary word: the place before it says where the name starts. A town's name in a
    chain of places (``in_chain``: :func:`town_in_a_chain`) may be an ordinary word. A
    village's or committee's three-character name right after its linked town
    (``after_town``: 某山街道|黄泥崖社区) may also start with one (黄泥 is a noun)."""
    if not all("\u4e00" <= c <= "\u9fff" for c in stem):
        return False
    if any(c in _DIVISION_CHARS or c in LEFT_BOUNDARY for c in stem[1:]):
        return False  # 某县镇, 全区和: not one name
    if any(c in _NOT_IN_NAME for c in stem) or stem[0] in "各全本该每某两多":
        return False  # 各乡镇, 全市, 我镇, 花灯之乡: a determiner or function word, no name
    if not after_place and preposition_then_one_character(stem):
        return False  # 在|某村党支部的引领下, 让|强村和弱村: words of the sentence
    if stationed_in(stem):
        return False  # 某溪|驻村第一书记, 任|驻村, 驻地村: where a unit is stationed
    if len(stem) == 3 and (
        (pos_of(stem[:2]) not in _NAME_START and not after_town)
        or pos_of(stem[0]) in _FUNCTION_POS
        or (is_dictionary_word(stem[1:]) and not after_place)
    ):
        return False  # 推动|某镇, 历史名镇, 并感谢|社区: words of the sentence, no name
    # 示范区, 发展区: ordinary words with an ending
    if in_chain and pos_of(stem) not in _NOT_NAME_POS:
        return not is_common_word(stem)
    return not (is_common_word(stem) or (is_dictionary_word(stem) and pos_of(stem) != "ns"))


def _word_across(text: str, e0: int, end: int, ending: str) -> bool:
    """Whether the ending is part of an ordinary word with the character before it
    (小区, 城市) or after it (区块, 市场, 乡村)."""
    before = text[e0 - 1 : e0 + 1]
    if len(ending) == 1 and (is_dictionary_word(before) or pos_of(before) != UNKNOWN_POS):
        return True
    after = text[e0 : e0 + 2]
    if village_then_its_own_noun(after):
        return False
    if len(ending) == 1 and len(after) == 2 and after[1] != "委" and is_dictionary_word(after):
        return not text.startswith(_PLACE_FOLLOWERS, end)
    return False


def village_then_its_own_noun(after: str) -> bool:
    """Whether a village's 村 is followed by a second 村 that opens the village's own noun
    (某某村|村干部, 某某村|村民, 某某村|村集体): 村村 (村村通) is a word, but not across
    a name's end.

    >>> village_then_its_own_noun("村村"), village_then_its_own_noun("村民")
    (True, False)
    """
    return after == "村村"


# Parts of speech of stems that are no place names: function words, verbs, adjectives,
# numerals.
_NOT_NAME_POS = frozenset({"c", "p", "u", "uj", "d", "r", "m", "q", "v", "vn", "a", "ad", "f", "t"})


# A 、-list of short names closed by a count or 等 and the class noun they share
# (某庄、某龙两个村, 某桥、某犁等居民区, 甲、乙、丙等7个村): each item is a place of
# that class. Without the count or 等 the noun is a modifier (社区养老、…等社区治理).
# The last item may carry its own class noun (甲、乙、丙社区等7个村(社区)): it is skipped,
# the others are still places.
VILLAGE_KINDS_FILE = OUTSIDE_FILE.parent / "village_kinds.tsv"


@functools.cache
def village_kinds() -> tuple[str, ...]:
    """The words of ``data/village_kinds.tsv`` (自然, 强, 深度贫困 …), longest first."""
    words = [
        w.strip()
        for w in VILLAGE_KINDS_FILE.read_text(encoding="utf-8").splitlines()
        if w.strip() and not w.startswith("#")
    ]
    return tuple(sorted(words, key=len, reverse=True))


@functools.cache
def _shared_noun_list() -> re.Pattern[str]:
    """A 、-list of names (the last one may be joined by 和 or 及: 甲、乙和丙) closed by a
    count, a kind of village (:func:`village_kinds`) and the class noun they share (村委会
    too: 甲、乙等村委会 are the villages 甲村 and 乙村)."""
    kinds = "|".join(map(re.escape, village_kinds()))
    return re.compile(
        r"((?:[\u4e00-\u9fff]{2,3}、)+(?:[\u4e00-\u9fff]{2,3}(?:社区|村)|[\u4e00-\u9fff]{2,3}?))"
        r"(?:[和及]([\u4e00-\u9fff]{2,3}?))?"
        r"(?:等[两二三四五六七八九十\d]*个?|[两二三四五六七八九十\d]+个?)"
        rf"(?:({kinds})(?=村))?(村委会|村|居民区|社区|居委会)"
        r"(?!片区|小区|级|民|委|[\u4e00-\u9fff]*规划)"
    )


_SHARED_NOUN_TYPE: dict[str, PlaceType] = {
    "村委会": "Village",
    "村": "Village",
    "居民区": "ResidentsCommittee",
    "社区": "ResidentsCommittee",
    "居委会": "ResidentsCommittee",
}
_CLASS_ENDINGS = ("村", "居民区", "社区", "居委会", "镇", "乡", "街道", "区", "县", "市")


def places_before_a_shared_noun(
    text: str, mentions: list[PlaceMention], linked: Sequence[str], gaz: Gazetteer
) -> list[PlaceMention]:
    """Places listed before the class noun they share: 对接的是某庄、某龙两个村 gives the
    villages 某庄村 and 某龙村; 某桥、某犁等居民区 (or 等居委会) two residents' committees;
    the count may name a kind of village (某福、某溪5个强村, 某楼、某刘两个深度贫困村,
    甲、乙和丙等3个自然村: ``data/village_kinds.tsv``) and the last item may follow 和 or
    及 (places31). The first
    item starts after a boundary word (是, 与, 及 …, :data:`LEFT_BOUNDARY`) or punctuation;
    an item that already ends in a class noun (某盛社区) or is an ordinary word is skipped;
    a bare short form read as another place on the same characters gives way.
    An item is linked when exactly one place of that name lies in a town or county the
    article links, else it stays a place without code."""
    out: list[PlaceMention] = []
    towns = {c[:9] for c in linked if len(c) >= 9} | {c[:6] for c in linked if len(c) >= 6}
    for m in _shared_noun_list().finditer(text):
        noun = m.group(4)
        typ = _SHARED_NOUN_TYPE[noun]
        items = m.group(1).split("、")
        k = m.start(1)
        if m.group(2):  # 甲、乙和丙: the last item after its conjunction, one character on
            items[-1] += "\0" + m.group(2)
        if noun == "居委会":
            noun = "居民区"  # the committee's name form (names.py: 居委会 → 居民区)
        if noun == "村委会":
            noun = "村"  # 甲、乙等村委会: the villages 甲村 and 乙村
        cut = first_item_start(text, k, items[0], {x.end for x in mentions})
        if cut is None:  # the first item's start is unknown; the others are bounded by 、
            items, k = items[1:], k + len(items[0]) + 1
        else:
            items[0], k = items[0][cut:], k + cut
        items = [part for item in items for part in item.split("\0")]
        for item in items:
            if len(item) < 2:
                k += len(item) + 1
                continue
            start, end = k, k + len(item)
            k = end + 1
            if item.endswith(_CLASS_ENDINGS) or not _free(
                start, end, [x for x in mentions if (x.start, x.end) != (start, end)]
            ):
                continue  # a bare name read as another place (某桥 of 某桥街道) gives way
            name = item + noun
            code = _listed_code(name if typ == "Village" else item, typ, towns, gaz)
            if code is None and (is_common_word(item) or is_dictionary_word(item)):
                continue  # an ordinary word (灯塔) counts only as a village the story's town has
            level: PlaceLevel = "village"
            out.append(PlaceMention(start, end, text[start:end], typ, level, name, code, ()))
    return out


# A 、-list of two- or three-character names closed by a count and the level word they
# share (甲、乙两镇, 甲、乙、丙等三县, 甲、乙四个乡镇): the items are areas of that level.
_AREA_COUNT = (
    r"(?:等[两二三四五六七八九十\d]*个?|[两二三四五六七八九十\d]+个?)"
    r"(乡镇|镇街|街镇|街道|镇|乡|县区|区县|县市|市县|县|区|旗|市)"
    r"(?!级|委|长|民|域|政府|领导|干部)"
)
_AREA_COUNT_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}?)" + _AREA_COUNT)
# The count and level word closing such a list, read right after its last item.
_AREA_COUNT_AFTER = re.compile(_AREA_COUNT)
_AREA_COUNT_LEVEL: dict[str, frozenset[str]] = {
    **dict.fromkeys(("乡镇", "镇街", "街镇", "街道", "镇", "乡"), frozenset({"town"})),
    **dict.fromkeys(("县区", "区县", "县", "区", "旗"), frozenset({"county"})),
    **dict.fromkeys(("县市", "市县", "市"), frozenset({"county", "city"})),
}


def areas_listed_before_their_count(
    text: str, mentions: list[PlaceMention], linked: Sequence[str], gaz: Gazetteer
) -> list[PlaceMention]:
    """Areas listed by their bare short forms before a count and the level word they share
    (某市甲、乙两镇共建; …、丙、丁两县结对帮扶): each item not read as a place yet is the one
    unit of that level with that bare form — a town or subdistrict of a city or county
    the story links, a county or city of the whole country (two paired areas lie in other
    provinces, so the story's places need not support them). The first item starts as
    in :func:`places_before_a_shared_noun`; an ordinary word is never taken."""
    out: list[PlaceMention] = []
    areas = {c[:6] for c in linked if len(c) >= 6 and level_of(c[:6]) == "county"} | {
        c[:4] for c in linked if len(c) >= 6 and level_of(c[:6]) != "province"
    }
    for m in _AREA_COUNT_LIST.finditer(text):
        levels = _AREA_COUNT_LEVEL[m.group(2)]
        items = m.group(1).split("、")
        k = m.start(1)
        cut = first_item_start(text, k, items[0], {x.end for x in mentions})
        if cut is None:
            items, k = items[1:], k + len(items[0]) + 1
        else:
            items[0], k = items[0][cut:], k + cut
        for item in items:
            start, end = k, k + len(item)
            k = end + 1
            if len(item) < 2 or not _free(start, end, mentions + out) or is_common_word(item):
                continue
            code = _area_of_bare_form(item, levels, areas, gaz)
            if code is not None:
                out.append(
                    _with_party_body(
                        text, start, end, "Region", level_of(code), gaz.names[code], code
                    )
                )
    return out


def _area_of_bare_form(
    form: str, levels: AbstractSet[str], areas: AbstractSet[str], gaz: Gazetteer
) -> str | None:
    """The one unit of ``levels`` whose bare short form is ``form``: a town inside the
    linked ``areas`` (county codes, city prefixes), a county or city of the country (or,
    among several, of the linked ``areas``); else None."""
    payload = gaz.stem_table().get(form)
    if not payload:
        return None
    codes = {
        c
        for c, cls in decode_payload(payload)
        if cls == "B" and len(c) in (6, 9) and not gaz.is_placeholder(c) and level_of(c) in levels
    }
    local = {c for c in codes if c[:6] in areas or c[:4] in areas}
    if "town" in levels or len(codes) > 1:
        codes = local  # a town only in a linked area; a county form shared, the local one
    return next(iter(codes)) if len(codes) == 1 else None


def first_item_start(text: str, k: int, first: str, place_ends: AbstractSet[int]) -> int | None:
    """Where the first item of a list before a shared class noun starts inside ``first``
    (the run of characters before the list's first 、, read from ``k``): after a
    boundary word (是, 与 …) or punctuation, or right after a place found before it
    (某某街道|甲、乙、丙四个社区: the town before its committees). None when no such
    start leaves two characters; the list's other items stand between 、 and count
    still (甲乙丙丁、戊、己三个社区 gives 戊 and 己).

    >>> first_item_start("是某庄、某龙两个村", 1, "某庄", set())
    0
    >>> first_item_start("某街道某庄、某龙两个村", 2, "道某庄", {3})
    1
    >>> first_item_start("帮扶某庄、某龙两个村", 1, "扶某庄", set()) is None
    True
    """
    for j in range(len(first) - 2, -1, -1):
        if k + j in place_ends:
            return j
        if j == 0 and (k == 0 or _boundary_char(text[k - 1])):
            return 0
        if j > 0 and first[j - 1] in LEFT_BOUNDARY:
            return j
    return None


def _listed_code(stem: str, typ: PlaceType, areas: set[str], gaz: Gazetteer) -> str | None:
    """The one village (stem 某某村) or committee (stem 某某) of that name inside the
    linked ``areas`` (town or county code prefixes), else None."""
    payload = gaz.stem_table().get(stem)
    if not payload:
        return None
    classes = ("V",) if typ == "Village" else ("R", "R村", "R一")
    codes = {
        code
        for code, cls in decode_payload(payload)
        if cls in classes and len(code) == 12 and (code[:9] in areas or code[:6] in areas)
    }
    return next(iter(codes)) if len(codes) == 1 else None


# Characters after a province's bare name that leave it standing alone: a conjunction, 的,
# or 等 closing a list of provinces (北京、某东等省市).
PROVINCE_FOLLOWERS = "与和及同的等"


# Tags of the word after a province that make the province the subject of its clause.
_SUBJECT_OF_POS = frozenset({"v", "vd", "d", "ad"})
# ... and for a city named alone, also a verbal noun (某莞对口帮扶).
_CITY_SUBJECT_POS = _SUBJECT_OF_POS | {"vn"}


def subject_of_a_verb(text: str, end: int, tags: AbstractSet[str] = _SUBJECT_OF_POS) -> bool:
    """Whether the word at ``end`` is a verb or adverb (某东交流, 某南考察, 某东正式开启):
    the province before it stands alone, not as a modifier of a noun (某海新农村).
    ``tags``: the parts of speech that count as such a word."""
    after = tokenize(text[end : end + 6])
    return bool(after) and after[0].pos in tags


def written_in_full(text: str, p: PlaceMention) -> bool:
    """Whether a province is written with its designation (某东省, 某某自治区, 某海市), not
    by its bare form (健康某东建设 is a slogan's modifier)."""
    return text[p.start : p.end].endswith(("省", "市", "自治区"))


def before_a_verb_phrase(text: str, end: int) -> bool:
    """Whether a verbal noun and a verb follow ``end`` (某东省|对口|支援我县, 某江省|结对|帮扶
    read 对口/vn 支援/v): the place before them is the subject of that phrase, standing
    alone, not a modifier of a unit's name (某东省|建设|厅 has no verb after 建设, and in
    某东省|体育|训练|中心 a unit's ending follows the verb)."""
    after = tokenize(text[end : end + 8])
    if len(after) < 2 or after[0].pos != "vn" or after[1].pos != "v":
        return False
    rest = text[end + after[1].end : end + after[1].end + 8]
    return not any(rest.startswith(s) for s in load_lexicon().org_suffixes)


# Words after a place that make it the place itself, not a modifier of a name: a
# determiner (某海这个区), a superlative (是某庆市最大的…), the place's people, parts and
# life (:data:`_OF_THE_PLACE`: 某津当地, 某南全省).
_PLACE_ITSELF_BEFORE: tuple[str, ...] = (
    *_DETERMINERS,
    "最",
    *_OF_THE_PLACE,
    "全省",
    "全市",
    "全区",
    "各地",
)


def outside_place_before_its_people(text: str, p: PlaceMention) -> bool:
    """Whether Taiwan, Hong Kong or Macao (a province outside the mainland list: no code)
    heads a word for its people, communities or parts (``people_of_a_place.tsv``:
    台湾青年, 香港社区, 台湾本岛, 台湾方面): the place itself, as the gold lists it in
    every such story, not the modifier of a name (台湾网, 香港某某医院). A mainland
    province before the same words is left to the other rules (the gold lists it in about
    half of them).

    >>> taiwan = PlaceMention(0, 2, "台湾", "Region", "province", "台湾", None)
    >>> outside_place_before_its_people("台湾青年来到", taiwan)
    True
    >>> outside_place_before_its_people("台湾网报道", taiwan)
    False
    """
    return p.code is None and text.startswith(load_lexicon().people_of_a_place, p.end)


def with_its_body(text: str, p: PlaceMention) -> bool:
    """Whether a place is written with its party or government body glued on (某海市委,
    某海省政府, 某海市党支部): the body's place is the place itself, whatever follows."""
    form = text[p.start : p.end]
    return _ends_in_body(text, p) or _without_body(form) != form


def before_words_of_the_place(text: str, end: int) -> bool:
    """Whether a province ending at ``end`` is followed by a determiner, a superlative or
    a word of the place's own (:data:`_PLACE_ITSELF_BEFORE`): 某海这个区的乡村, 是某庆市最大的
    基地, 某南全省耕地 — the province stands alone there."""
    return text.startswith(_PLACE_ITSELF_BEFORE, end)


# A dateline after a place: the date it may carry, then 电 or 消息 (某京3月27日电, 某疆消息).
_DATELINE_AFTER = re.compile(
    r"(?:\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)?"
    r"(?:消息|电(?![\u4e00-\u9fff]))"
)


def before_a_dateline(text: str, end: int) -> bool:
    """Whether a province ending at ``end`` is the place of a dateline, ``某京消息`` or
    ``某京三月二十七日电(记者…)``: the place the story was filed from, standing alone.

    >>> before_a_dateline("某京消息 7月11日", 2), before_a_dateline("某京3月27日电(记者", 2)
    (True, True)
    >>> before_a_dateline("某京电力公司", 2), before_a_dateline("某京新闻网", 2)
    (False, False)
    """
    return _DATELINE_AFTER.match(text, end) is not None


# A count of provinces or places after a province (某江、某西两省, 某南多地, 某北三省区).
_PROVINCE_COUNT_AFTER = re.compile(r"[两二三四五六七八九十几多]个?(?:省市|省区|省|市|地)")


def before_a_count_of_places(text: str, end: int) -> bool:
    """Whether a province ending at ``end`` is followed by a count of provinces or places
    (浙江、某西两省建设…, 某南多地): the list's last item or the province itself, not a
    modifier of the word after the count.

    >>> before_a_count_of_places("某西两省建设", 2), before_a_count_of_places("某西多地", 2)
    (True, True)
    >>> before_a_count_of_places("某西两个中心", 2)
    False
    """
    return _PROVINCE_COUNT_AFTER.match(text, end) is not None


def level_adjective(text: str, p: PlaceMention) -> bool:
    """Whether a place's designation starts a level adjective (某州市级文明村, 某山县级
    示范点: 市级 "city-level"): the place names the rank of a title there, no place."""
    form = text[p.start : p.end]
    return form[-1:] in "市县区镇乡" and text.startswith("级", p.end)


# Words that run on from 院 after an area's designation: then the 院 is no court's or
# procuratorate's short form (某县院子, 某市院士, 某区院校, 某县院落).
_NOT_COURT_AFTER_YUAN = frozenset("子士校落内外里墙坝")


def court_short_form(text: str, start: int, end: int) -> bool:
    """Whether a place written with its designation is glued to 院, the short form of its
    people's court or procuratorate (某区院与某县院签订协议, 落实某市院部署, 某县院党组):
    the 院 names an organisation, the place is part of its name, no mention of its own.

    >>> court_short_form("某关区院与某政县院", 0, 3), court_short_form("落实某潭市院部署", 2, 5)
    (True, True)
    >>> court_short_form("某关区院子里", 0, 3), court_short_form("某关区医院", 0, 3)
    (False, False)
    """
    return (
        end > start
        and text[end - 1] in "省市县区州旗"
        and text.startswith("院", end)
        and text[end + 1 : end + 2] not in _NOT_COURT_AFTER_YUAN
    )


def province_after_a_locative_or_list(text: str, start: int, place_ends: set[int]) -> bool:
    """Whether a province starts right after a locative (在某江…, 至某津…, 赴某东…) or
    after a place and a list's 、 (北京、某东交流学习): then it is the place itself,
    whatever follows (a list of honours, 全国文明单位、某省文明单位, is no list of places)."""
    if start == 0:
        return False
    return text[start - 1] in _LOCATIVE_BEFORE or (
        text[start - 1] == "、" and start - 1 in place_ends
    )


def after_its_own_town(place: PlaceMention, places: Sequence[PlaceMention]) -> bool:
    """Whether a village-level ``place`` is written right after the town its code lies in
    (某念镇|段村): the town says that a one-character name there is the village, not a
    word of the sentence (段 of 一段, 椰 of 椰子). The caller leaves out a name that
    goes on into a committee's designation (某竹街道|新村社区 is the committee).

    >>> town = PlaceMention(0, 3, "某念镇", "Region", "town", "某念镇", "141034104")
    >>> village = PlaceMention(3, 5, "段村", "Village", "village", "段村", "141034104207")
    >>> after_its_own_town(village, [town, village])
    True
    """
    code = place.code or ""
    return any(p.end == place.start and p.level == "town" and p.code == code[:9] for p in places)


def _in_story(places: Sequence[PlaceMention], text: str) -> list[PlaceMention]:
    """Drop place matches that are common words or lie outside the article's area.

    The linker matches every gazetteer form; in running text some are ordinary words
    (和村, 街道社区, 新农村) or same-named places of another province (a 新村 in Zhejiang
    for "新村建设"). A match is kept when it has a code inside a city that the article's
    district- or city-level places point at (or the article names no such place), or,
    uncoded, when its name is more than a generic word. A province written as a
    modifier (某省级, 某市第五轮…计划, 美丽某省讯) is no mention of the province: only one
    standing alone (followed by punctuation, a conjunction, a number) is kept.

    This is the last step of :func:`link_places` (formerly ``ingest.extract.resolve.keep_places``,
    run by the extraction on link_places' output): every caller of the linker gets the
    same filtered mentions, and the filtering lives in one module.
    """
    generic = load_lexicon().generic_heads
    anchors = {p.code[:4] for p in places if p.code and p.level in ("city", "county")}
    towns = {p.code[:4] for p in places if p.code and p.level == "town"}
    if not anchors:
        anchors = towns
    out = []
    starts = {p.start for p in places}
    ends = {p.end for p in places}
    for p in places:
        nxt = text[p.end : p.end + 1]
        if (
            p.level == "province"
            and nxt
            and "\u4e00" <= nxt <= "\u9fff"
            and nxt not in PROVINCE_FOLLOWERS
            and p.end not in starts  # 某省某市某区: the start of an address is kept
            and not subject_of_a_verb(text, p.end)
            and not (written_in_full(text, p) and before_a_verb_phrase(text, p.end))
            and not province_after_a_locative_or_list(text, p.start, ends)
            and not before_words_of_the_place(text, p.end)
            and not before_a_dateline(text, p.end)
            and not before_a_count_of_places(text, p.end)
            and not with_its_body(text, p)
            and not outside_place_before_its_people(text, p)
        ):
            continue
        if level_adjective(text, p) or court_short_form(text, p.start, p.end):
            continue
        stem = p.name
        for suf in ("居民区", "居委会", "社区", "街道", "居委", "村", "镇", "乡"):
            if stem.endswith(suf):
                stem = stem[: -len(suf)]
                break
        common = not stem or pos_of(stem) not in ("x", "ns", "nr", "nz", "nt", "j", "nrt")
        if p.code:
            if (
                p.level in ("town", "village")
                and (anchors or towns)
                and p.code[:4] not in anchors | (towns if p.level == "village" else set())
            ):
                continue
            if (
                p.level == "village"
                and len(stem) <= 1
                and common
                and not (after_its_own_town(p, places) and text[p.end : p.end + 1] not in "社居")
            ):
                continue
        elif (
            not stem or len(stem) == 1 or stem in generic or pos_of(stem) in _NOT_NAME_POS
        ) and not _CORPS_UNIT.fullmatch(stem):
            continue  # 和村, 街道社区, 高校社区: words, not names (联洋社区, 四团 stay)
        out.append(p)
    return out
