"""A unit written after a chain of places is named from the last place of the chain
(units56): 某省某市人民法院 is 某市人民法院, 某市某区某社区党群服务中心 is 某社区党群服务中心.

The places before the one a unit is named after say where that place lies, as a Region
written only as the first word of a unit's name does (GOLD_NOTES, classes helpers found
divided, 1). The written form stays one of the unit's aliases, so a reader who writes the
chain finds the unit under it too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ingest.lexicon import load_lexicon
from ingest.model import Entity, PlaceMention
from ingest.places.codes import parent_code
from ingest.segment import UNKNOWN_POS, Tokens

# The rest of a name after its last place: a unit's own words, at least two characters
# (某市某区 + 法院), or the chain is the whole name and nothing is dropped.
_MIN_REST = 2


def _codes(p: PlaceMention) -> set[str]:
    return {c for c in (p.code, *p.candidates) if c}


def lies_in(inner: PlaceMention, outer: PlaceMention) -> bool:
    """Whether one of the division codes ``inner`` may have lies under one ``outer`` may
    have (某市 under 某省, 某社区 under 某街道); False when either has no code."""
    outers = _codes(outer)
    for code in _codes(inner):
        up = parent_code(code)
        while up is not None:
            if up in outers:
                return True
            up = parent_code(up)
    return False


def chain_end(start: int, end: int, places: Sequence[PlaceMention]) -> int | None:
    """Where the last place of a chain of two or more places begins: written one right
    after the other from ``start``, each inside the one before it (某省某市, 某区某街道某
    社区; 某市高州商会 writes the chamber's place and its members' home place, no chain),
    inside ``[start, end)`` and leaving at least ``_MIN_REST`` characters of the name
    after it. None when no such chain opens there."""
    by_start: dict[int, PlaceMention] = {}
    for p in places:
        if start <= p.start and p.end <= end:
            q = by_start.get(p.start)
            if q is None or p.end > q.end:
                by_start[p.start] = p
    at, last = start, None
    links = 0
    while at in by_start and end - by_start[at].end >= _MIN_REST:
        p = by_start[at]
        if last is not None and not lies_in(p, last):
            break
        last, at = p, p.end
        links += 1
    return last.start if last is not None and links >= 2 else None


def named_from_own_place(
    text: str, entities: Sequence[Entity], places: Sequence[PlaceMention]
) -> list[Entity]:
    """``entities`` with each organisation whose name, where the story writes it whole,
    opens with a chain of places (:func:`chain_end`) named from the chain's last place on.
    Resolution has already gathered its forms (短称 such as 某地某法院 read against the
    whole name), and the written form stays among its aliases; a name another unit of
    the story has already is left as it is."""
    taken = {e.name for e in entities if e.type == "Organization"}
    out: list[Entity] = []
    for e in entities:
        if e.type == "Organization":
            short = _own_place_name(text, e, places)
            if short is not None and short not in taken:
                taken.add(short)
                e = replace(e, name=short)
        out.append(e)
    return out


def _own_place_name(text: str, e: Entity, places: Sequence[PlaceMention]) -> str | None:
    for s, end in e.mentions:
        if text[s:end] != e.name:
            continue
        cut = chain_end(s, end, places)
        if cut is not None:
            return e.name[cut - s :]
    return None


# Marks that open a quoted brand (“某某”集体经济产业党建联盟).
_QUOTES = frozenset('“「"‘《')


def own_name_after_places(
    text: str, tokens: Tokens, entities: Sequence[Entity], places: Sequence[PlaceMention]
) -> list[Entity]:
    """``entities`` with each organisation whose written name opens with places (one or a
    chain: 丙麻乡|某某超市, 从江县丙妹镇|某某小学, 某区某街道|某某大厦党群服务中心) and goes
    on with a proper name of its own (:func:`opens_own_name`) given that rest of its name
    as an alias: the places say where the unit is, the unit is also known without them,
    as the gold writes many such units (and as many with the places). The name stays as
    it is; a rest two units of the story would share is left out (广州市高州商会 and
    深圳市高州商会 are two chambers, no 高州商会), and so is an association's rest that
    opens with a place, its members' home (香港龙川同乡会 is no 龙川同乡会)."""
    starts: dict[int, PlaceMention] = {}
    for p in places:
        q = starts.get(p.start)
        if q is None or p.end > q.end:
            starts[p.start] = p
    rests: dict[str, list[str]] = {}
    for e in entities:
        if e.type == "Organization":
            rests[e.id] = _rests(text, tokens, e, starts)
    shared = Counter(r for rs in rests.values() for r in set(rs))
    forms = {a for e in entities if e.type == "Organization" for a in (e.name, *e.aliases)}
    out: list[Entity] = []
    for e in entities:
        new = [r for r in rests.get(e.id, ()) if shared[r] == 1 and r not in forms]
        if new:
            e = replace(e, aliases=(*e.aliases, *dict.fromkeys(new)))
        out.append(e)
    return out


def _rests(text: str, tokens: Tokens, e: Entity, starts: dict[int, PlaceMention]) -> list[str]:
    out: list[str] = []
    written = sorted({e.name, *e.aliases}, key=len, reverse=True)
    for s, end in e.mentions:
        form = next((a for a in written if text.startswith(a, s)), None)
        if form is None:
            continue
        end = s + len(form)
        at, last = s, None
        while at in starts and end - starts[at].end >= _MIN_REST + 1:
            p = starts[at]
            if last is not None and not (lies_in(p, last) or lies_in(last, p)):
                break  # 广州市|高州商会: the members' home place, no locator of the unit
            last, at = p, p.end
            if e.subtype == "social_org" and home_place_at(tokens, at, starts):
                continue  # 香港|龙川同乡会, 杭州|江苏商会: the members' home place
            if opens_own_name(text, tokens, at, end, starts, last):
                out.append(text[at:end])
    return out


def home_place_at(tokens: Tokens, at: int, starts: dict[int, PlaceMention]) -> bool:
    """Whether a place opens the rest of an association's name at ``at`` (a linked one or
    a word jieba reads as a place name): the home of its members (某市|某县同乡会)."""
    tok = tokens.starting_at(at)
    return at in starts or (tok is not None and tok.pos == "ns")


# Parts of speech of a word that names a unit of its own (a place, a person's or brand
# name, a word jieba does not know); 机构 (nt) and abbreviations (j: 纪委, 政协) are the
# unit's kind, not its name.
_OWN_NAME_POS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "x", UNKNOWN_POS})


def opens_own_name(
    text: str,
    tokens: Tokens,
    at: int,
    end: int,
    starts: dict[int, PlaceMention],
    before: PlaceMention,
) -> bool:
    """Whether the rest ``text[at:end]`` of a unit's name, after the place ``before``, is a
    name of its own: it opens with a place in or around that place (某州|某县人民法院,
    某县|某省某某公司) or one the gazetteer does not list, with a quoted brand, or holds a
    proper or unknown word before its last word (某乡|某某超市, 某镇|某某小学); not common
    words and a kind (某县|人民医院, 某镇|中心小学, 某市|第一中学, 某县|融媒体中心)."""
    lex = load_lexicon()
    rest = text[at:end]
    if rest in lex.org_suffixes or rest in lex.generic_heads:
        return False
    nxt = starts.get(at)
    if nxt is not None:
        if not (nxt.code and before.code):
            return True
        return lies_in(nxt, before) or lies_in(before, nxt)
    if text[at : at + 1] in _QUOTES:
        return True
    words = []
    i = at
    while i < end and "\u4e00" <= text[i] <= "\u9fff":  # up to a bracket or a mark
        tok = tokens.at(i)
        if tok is None:
            return False
        words.append(tok)
        i = tok.end
    return any(
        t.pos in _OWN_NAME_POS and t.text not in lex.generic_heads and t.text not in lex.stop_words
        for t in words[:-1]
        if t.end <= end
    )
