"""Find the units an article names: organisations, party bodies and references to places.

Find, then decide: :func:`find_unit_spans` lists every span that *might* name a unit
(an organisation ending such as 支行 or 派出所, a party ending such as 党总支, a place the
gazetteer found), and :func:`ingest.extract.unit_rules.classify_units` decides what each span
is:

* a named organisation (中国银行金山支行, 朱泾法庭, 区林业局),
* a party organisation folded into the unit that hosts it (GOLD rule 1: 高楼村党总支 is
  高楼村, 云州市X区人民法院第四党支部 is the court),
* a party body that is a unit of its own because nothing hosts it (某市社会工作党委),
* a generic back-reference (社区党委, 公司, 学院党总支) that resolution ties to the one
  unit of that kind in the story, or nothing at all (各居民区, 结对单位, 物业公司).

This module finds spans and their edges (a department branch written after a unit,
某医院内科党支部, is folded here, where both are in view).

The left edge of a name is the hard part. It is found by walking jieba tokens leftwards
from the ending and stopping at boundary words (与, 和, 、, 在, 举行 ...), function-word
parts of speech and punctuation; leading common nouns are then trimmed back to the first
name-like word (a place, an unknown word, a brand) so that 区域单位X干部学院 gives
X干部学院.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from ingest.extract.place_chains import opens_own_name
from ingest.lexicon import (
    Lexicon,
    load_lexicon,
    longest_first_alternation,
    looks_like_name,
    unit_name_parts,
)
from ingest.model import PlaceMention
from ingest.places.codes import level_of
from ingest.places.gazetteer import load_gazetteer
from ingest.places.match import decode_payload
from ingest.segment import (
    UNKNOWN_POS,
    Token,
    Tokens,
    dictionary_entry,
    is_common_word,
    is_dictionary_word,
    pos_of,
)

# Parts of speech a unit name never runs through (prepositions, conjunctions, particles,
# pronouns, time words, numerals, measure words, adverbs, interjections).
_STOP_POS = frozenset(
    {
        "p",
        "c",
        "u",
        "uj",
        "ul",
        "uz",
        "ud",
        "ug",
        "uv",
        "r",
        "t",
        "m",
        "q",
        "d",
        "y",
        "e",
        "o",
        "f",
        "tg",
    }
)
# Parts of speech of words that can carry a name (place, person, organisation, other
# proper noun, abbreviation, unknown to the dictionary).
_NAME_POS = frozenset({"ns", "nr", "nz", "nt", "j", "nrt", "nrfg", "x", UNKNOWN_POS})
_PARTS = unit_name_parts()
LEVEL_PREFIXES = _PARTS["level_prefixes"]
# Level words that jieba glues to the word after them (县直机关, 区级机关): such a token
# is a level prefix too.
_GLUED_LEVELS = _PARTS["glued_levels"]
_ORDINAL = re.compile(r"^第[一二三四五六七八九十百\d]+$")
HAN_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·]+$")
_OPEN_QUOTE = {"”": "“", "」": "「", "’": "‘"}
MAX_NAME = 26

# Generic unit words → the kind of unit a bare reference to them means
# (lexicons/generic_units.tsv).
GENERIC_KIND: dict[str, str] = load_lexicon().generic_kind


@dataclass(frozen=True, slots=True)
class UnitSpan:
    """A candidate unit: ``[start, end)`` is the whole surface, ``[start, host_end)`` the
    unit's own name, ``[host_end, end)`` a party ending (empty when there is none)."""

    start: int
    host_end: int
    end: int
    kind: str  # org | party | place | known (a unit of the reference list)
    suffix: str  # the organisation or party ending
    place: PlaceMention | None = None
    named: int = 2  # how the name is marked: NAMED, LEVEL_ONLY, COMMON or DESCRIPTIVE
    branch: str = ""  # a department branch written after the unit (内科党支部)


@dataclass(frozen=True)
class _Patterns:
    org: re.Pattern[str]
    party: re.Pattern[str]
    not_units: re.Pattern[str]
    known: re.Pattern[str]
    # an ending's last character → the lengths of the endings it closes, longest first
    org_lengths: Mapping[str, tuple[int, ...]]


@cache
def _patterns() -> _Patterns:
    lex = load_lexicon()

    # Endings are found by their last character, then the longest ending there: one
    # character class scans far faster than an alternation of a hundred words.
    org = "[" + "".join(sorted({re.escape(s[-1]) for s in lex.org_suffixes})) + "]"
    party = "|".join(map(re.escape, lex.party_suffixes))
    not_units = "|".join(longest_first_alternation(map(re.escape, lex.not_units)))
    known = "|".join(sorted(map(re.escape, lex.known_units), key=len, reverse=True))
    lengths: dict[str, set[int]] = {}
    for suffix in lex.org_suffixes:
        lengths.setdefault(suffix[-1], set()).add(len(suffix))
    return _Patterns(
        re.compile(org),
        re.compile(party),
        re.compile(not_units),
        re.compile(known),
        {c: tuple(sorted(n, reverse=True)) for c, n in lengths.items()},
    )


_NOT_NOUN_POS = frozenset({"v", "vn", "vd", "a", "ad", "an", "d"})


@cache
def _bare_form_levels(word: str) -> frozenset[str]:
    """The levels of the divisions whose bare short form ``word`` is (天水 of 天水市: city),
    none for a word of one character or an ordinary word (合作, 人民)."""
    if len(word) < 2 or is_common_word(word):
        return frozenset()
    payload = load_gazetteer().stem_table().get(word)
    if payload is None:
        return frozenset()
    return frozenset(level_of(code) for code, cls in decode_payload(payload) if cls == "B")


_CITY_LEVELS = frozenset({"city", "province"})
_AREA_LEVELS = frozenset({"county", "city", "province"})


@cache
def is_city_short_form(word: str) -> bool:
    """Whether ``word`` is the bare short form of a county, city or province (天水 of
    天水市): a proper name even where jieba's dictionary tags it a common noun, so it
    heads a unit's name (天水师范学院) instead of being trimmed as a word of the sentence.
    Ordinary words (合作, 人民) are not counted; a word jieba tags a verb or adjective
    counts only as a city's or province's (:func:`city_name_tagged_verb`)."""
    if pos_of(word) in _NOT_NOUN_POS:
        return city_name_tagged_verb(word)
    return bool(_bare_form_levels(word) & _AREA_LEVELS)


def city_name_tagged_verb(word: str) -> bool:
    """Whether a rare word jieba may tag a verb, adverb or adjective (保定, 包头, 遵义, 大同)
    is the short form of a prefecture-level city or a province all the same, so a proper
    name inside a unit's name (某省某某工业|保定|卷烟厂), never the verb that ends it: the
    short forms of counties (振兴, 富裕, 互助, 安居) are too often the sentence's words."""
    return bool(_bare_form_levels(word) & _CITY_LEVELS)


def piece_is_name(text: str, pos: str, lex: Lexicon) -> bool:
    return pos in _NAME_POS and text not in lex.generic_heads and text not in lex.stop_words


# How strongly a name is marked as a proper name (extend_left's second result).
NAMED = 2  # a place, a proper or unknown word, an ordinal, a quoted brand
LEVEL_ONLY = 1  # only a level prefix (区林业局, 市公积金中心)
COMMON = 0  # common words only (美术学院)
DESCRIPTIVE = -1  # descriptive words (大型综合性医院): never a name


class Piece(NamedTuple):
    """One piece of a name found walking left: ``[start, end)``, whether it can carry a
    name (a place, a proper or unknown word, an ordinal, a quoted brand), and its part of
    speech."""

    start: int
    end: int
    name_like: bool
    pos: str


@dataclass
class _Walk:
    """The state of the leftward walk from a unit's ending."""

    text: str
    idx: Tokens
    lex: Lexicon
    place_ends: dict[int, PlaceMention]
    place_starts: set[int]
    pieces: list[Piece]  # right to left
    i: int
    after_place: bool = False
    legal: bool = False  # the ending is a registered company's (有限公司, 集团)
    media: bool = False  # the ending is an outlet's (网, 报, 客户端)

    def take(self, start: int, end: int, name_like: bool, pos: str) -> None:
        self.pieces.append(Piece(start, end, name_like, pos))
        self.i = start


# What one rule of the walk says at the current position: take a piece and go on, take
# a last piece and stop, stop, or have no say (None).
_GO, _LAST, _STOP = "go", "last", "stop"


def extend_left(
    text: str,
    pos: int,
    idx: Tokens,
    lex: Lexicon,
    place_ends: dict[int, PlaceMention] | None = None,
    join_chars: bool = False,
    legal: bool = False,
    media: bool = False,
) -> tuple[int, int]:
    """The start of the name that ends at ``pos`` (``pos`` itself when there is none), and
    how the name is marked (:data:`NAMED`, :data:`LEVEL_ONLY`, :data:`COMMON`,
    :data:`DESCRIPTIVE`).

    Walks tokens leftwards (a token cut by ``pos`` counts from its start), stops at a
    boundary (a boundary word, a function-word part of speech, a verb that does not occur
    in names, punctuation), then trims leading common nouns back to the first name-like
    piece (:func:`name_start`).
    """
    place_ends = place_ends or {}
    w = _Walk(text, idx, lex, place_ends, {p.start for p in place_ends.values()}, [], pos)
    w.legal = legal
    w.media = media
    while w.i > 0 and pos - w.i < MAX_NAME:
        step = _walk_step(w)
        if step != _GO:
            break
    if not w.pieces:
        return pos, COMMON
    pieces = list(reversed(w.pieces))
    if join_chars:
        join_single_characters(pieces)
    if not opens_after_outlet_dot(text, pieces, media):
        pieces = drop_lone_leading_character(text, pieces, idx)
    pieces = after_apposition_noun(text, pieces)
    return name_start(text, pieces, lex, legal)


def opens_after_outlet_dot(text: str, pieces: list[Piece], media: bool) -> bool:
    """Whether an outlet's name opens right after the middle dot that joins it to its
    press group's other outlet (某某日报·新某地客户端): the dot ends the other name
    (:func:`dot_between_outlets`), so a lone character after it (新) is the brand's first,
    not a word of the sentence."""
    return media and pieces[0].start > 0 and text[pieces[0].start - 1] == "·"


def _walk_step(w: _Walk) -> str:
    """One step of the walk: the first rule with a say decides."""
    for rule in _WALK_RULES:
        step = rule(w)
        if step is not None:
            return step
    return _GO


def dot_between_outlets(w: _Walk) -> str | None:
    """An outlet's name ends at a middle dot before it (某某客户端·某某新闻网): the dot joins
    two outlets of one press group, each a unit of its own, not one name."""
    if w.media and w.text[w.i - 1] == "·":
        return _STOP
    return None


def lone_character_after_outlet_dot(w: _Walk) -> str | None:
    """A lone character right after the middle dot that joins two outlets is the first of
    the second outlet's brand (某某日报·新|某地客户端), whatever jieba tags it: the dot ends
    the other name (:func:`dot_between_outlets`), so no word of the sentence stands there."""
    if not w.media or w.i < 2 or w.text[w.i - 2] != "·":
        return None
    tok = w.idx.at(w.i - 1)
    if tok is None or (tok.start, tok.end) != (w.i - 1, w.i) or not HAN_WORD.match(tok.text):
        return None
    w.take(w.i - 1, w.i, True, tok.pos)
    return _LAST


def quoted_brand(w: _Walk) -> str | None:
    """A quoted brand is one name-like piece: “某某”群团服务站."""
    ch = w.text[w.i - 1]
    if ch not in _OPEN_QUOTE:
        return None
    j = w.text.rfind(_OPEN_QUOTE[ch], max(0, w.i - 14), w.i - 1)
    if j < 0 or not HAN_WORD.match(w.text[j + 1 : w.i - 1]):
        return _STOP
    if w.text[j + 1 : w.i - 1] in w.lex.stop_words:
        return _STOP  # 某街道“牵线”某区工商联: a quoted verb of the sentence
    w.take(j, w.i, True, "nz")
    return _GO


_BRACKETS = {"）": "（", ")": "("}
_BRACKET_WORD = re.compile(r"^[\u4e00-\u9fff]{1,4}$")


def bracket_in_name(w: _Walk) -> str | None:
    """A short bracketed word inside a registered name is one name-like piece:
    某某(中国)有限公司, 某某产业投资（集团）有限责任公司, 某某电气(某地)集团有限公司."""
    ch = w.text[w.i - 1]
    if ch not in _BRACKETS:
        return None
    j = w.text.rfind(_BRACKETS[ch], max(0, w.i - 7), w.i - 1)
    if (
        j < 1
        or not _BRACKET_WORD.match(w.text[j + 1 : w.i - 1])
        or not ("\u4e00" <= w.text[j - 1] <= "\u9fff")
    ):
        return _STOP
    if w.legal:
        w.take(j, w.i, True, "nz")
        return _GO
    if w.text.startswith(_STATIONED_AT, w.i) or not bracketed_place(
        w.text[j + 1 : w.i - 1], w.place_ends.values()
    ):
        return _STOP  # 某公司(某地)驻村工作队: the team is the company's, stationed away
    # the bracketed place locates the word written right before it, which the name holds
    # too (某某(某市)共产党员服务队, 数字(某省)某某产业园区): taken with it, never left at
    # the name's start by the trim of leading common words
    before = w.idx.at(j - 1)
    if before is None or not ("\u4e00" <= before.text[0] <= "\u9fff"):
        return _STOP
    w.take(before.start, w.i, True, "nz")
    return _GO


def bracketed_place(word: str, places: Iterable[PlaceMention]) -> bool:
    """Whether a bracketed word inside a unit's name is a place, which locates the unit
    within its name (某某大学(某地)乡村振兴学院, 某地(某县)工业园区, 某某电力(某市)共产党员
    服务队, 某某高新区(某某新区)管委会): a place the story links written so, the short form
    of one it links (某地 of 某地村), or a word jieba knows as a place name."""
    for p in places:
        if p.surface == word or (len(word) >= 2 and p.name.startswith(word)):
            return True
    return pos_of(word) == "ns"


# A note giving the short form a name is written with: （简称某某）, (以下简称某某).
SHORT_FORM_NOTE = re.compile(r"[（(](?:以下)?简称[\u4e00-\u9fff]{1,6}[）)]")


def short_form_note(w: _Walk) -> str | None:
    """A bracketed note of a place's short form written inside a unit's name
    (某某自治州（简称某州）中级人民法院) is no boundary: the walk goes on across it to the
    place it follows, and the unit's name leaves it out (:func:`without_short_form_note`)."""
    if w.text[w.i - 1] not in _BRACKETS:
        return None
    j = w.text.rfind(_BRACKETS[w.text[w.i - 1]], max(0, w.i - 12), w.i - 1)
    if j < 1 or not SHORT_FORM_NOTE.fullmatch(w.text, j, w.i) or w.place_ends.get(j) is None:
        return None
    w.take(j, w.i, False, "x")
    return _GO


def without_short_form_note(name: str) -> str:
    """``name`` without a bracketed note of a short form (:func:`short_form_note`)."""
    return SHORT_FORM_NOTE.sub("", name)


def place_piece(w: _Walk) -> str | None:
    """A gazetteer place is one name-like piece; one that begins with a conjunction right
    after a complete unit is the conjunction's (某法院和|县图书馆: "and")."""
    p = w.place_ends.get(w.i)
    if p is None or p.start >= w.i:
        return None
    if smaller_place_before_larger(w, p):
        return _STOP
    if _conjunction_after_unit(w.text, p.start, w.lex):
        w.take(p.start + 1, w.i, False, "n")
        return _LAST
    w.take(p.start, w.i, True, "ns")
    w.after_place = True
    return _GO


_LARGE_LEVELS = frozenset({"province", "city", "county"})
_SMALL_LEVELS = frozenset({"town", "village"})


def smaller_place_before_larger(w: _Walk, p: PlaceMention) -> bool:
    """Whether the town, village or community ``p`` stands before a province, city or
    county the walk already took into the name (某某社区居民|某市书法家协会, 某某社区|省电力
    设计院): a unit's name writes its places from the larger to the smaller, so the smaller
    one is the sentence's (where the person lives), and the name starts after it. An
    unlisted one ends the name as well, at its generic word (社区, 村, 镇: token_piece)."""
    return p.level in _SMALL_LEVELS and larger_place_taken(w)


def larger_place_taken(w: _Walk) -> bool:
    """Whether the walk took a province, city or county (a linked place, or 省 or 市
    written as a level) into the name so far."""
    for piece in w.pieces:
        q = w.place_ends.get(piece.end)
        if q is not None and q.start == piece.start and q.level in _LARGE_LEVELS:
            return True
        if w.text[piece.start : piece.end] in ("省", "市"):
            return True
    return False


def zhi_in_name(w: _Walk) -> str | None:
    """某某之家养老服务中心: 之 and one character after a proper word are the name's."""
    if not _zhi_in_name(w.text, w.i, w.idx, w.lex, w.place_ends):
        return None
    w.take(w.i - 2, w.i, True, "nz")
    return _GO


def token_piece(w: _Walk) -> str | None:
    """The jieba word ending at the current position: a piece of the name, unless it is a
    boundary (a stop word, a function-word part of speech, an idiom, a verb that does not
    occur in names, a title, a glued conjunction)."""
    text, lex, i = w.text, w.lex, w.i
    tok = w.idx.at(i - 1)
    if tok is None:
        return _STOP
    s = tok.start
    word = text[s:i]
    if not HAN_WORD.match(word) or word[0].isdigit():
        return _STOP
    if len(word) > 1 and _conjunction_after_unit(text, s, lex):
        # jieba reads 和县 (a county) where 和 joins two units: 某法院和|县图书馆
        w.take(s + 1, i, False, pos_of(word[1:]))
        return _LAST
    if word.endswith(_TITLE_HEADS) or word.endswith(_HONORIFIC_TAILS):
        return _STOP  # a title is never inside a unit's name (某书记充分肯定…产业园)
    if len(word) > 1 and word[-1] in _GLUED_STOPS:
        return _STOP  # jieba glued a conjunction to the word before it (某局及|县医院)
    if glued_verb_before_name(word, tok.pos if i == tok.end else "", w.lex):
        return _STOP  # 一行7人到|某区法院, 这是|中共中央: the sentence's verb
    if leader_glued_before_unit(word, tok.pos if i == tok.end else ""):
        return _STOP  # 院长某某率|某学院党政办: the person who leads the unit's party
    if _ORDINAL.match(word):
        w.take(s, i, True, "m")
        return _GO
    if word in _ASSOCIATION_WORDS:
        w.take(s, i, False, "n")  # 香港某某区|各界|协会: a common word of the name
        return _GO
    if (
        word == "和"
        and w.pieces
        and w.pieces[-1].end - w.pieces[-1].start == 1
        and _brand_after_short_place(text, s, w.idx, w.place_ends)
    ):
        # 某地和泰物业: 和 and the lone character after it are a brand's name
        w.take(s, i, True, "nz")
        return _GO
    if (
        i == tok.end
        and lex.generic_kind.get(word, "Organization") != "Organization"
        and larger_place_taken(w)
    ):
        return _STOP  # 某某社区|居民某市某某协会: an unlisted community before a city
    wpos = tok.pos if i == tok.end else pos_of(word)
    if ends_name(word, tok, wpos, s, w):
        return _STOP
    # Left of a place a lone character ends the name (辖区内|某区).
    if w.after_place and len(word) == 1 and not piece_is_name(word, wpos, lex):
        return _STOP
    if unknown_word_before_full_place(w, tok, s):
        return _STOP  # 一行五人受|某某区台办
    cut = glued_boundary_cut(w, tok, s)
    if cut is None:
        cut = glued_level_cut(w.text, tok, s, w.i)
    if cut is None:
        cut = glued_year_cut(w.text, tok, s, w.i)
    if cut is not None:
        w.take(cut, i, piece_is_name(text[cut:i], tok.pos, lex), tok.pos)
        return _LAST
    if of_a_type(word):
        w.take(s, i, False, "b")  # 智慧型, 服务型: a description whatever jieba tags it
        return _GO
    name_like = (
        piece_is_name(word, wpos, lex)
        or s in w.place_starts
        or is_city_short_form(word)
        or road_name(word)
    )
    if wpos.startswith("nr") and len(word) > 3:
        name_like = False  # jieba tags some phrases as names (宝贵意见)
    w.take(s, i, name_like, wpos)
    return _GO


def unknown_word_before_full_place(w: _Walk, tok: Token, s: int) -> bool:
    """Whether the word before a place written in full that opens the name so far (某某区|
    台办, 某某县|人民法院) is one jieba does not know, glued from the sentence's words (一行
    五人受|某某区台办): a county's or city's full name opens a unit's name, and an unknown
    word before it is the sentence's, no brand of the unit."""
    if not w.after_place or tok.pos != UNKNOWN_POS or s != tok.start or tok.end != w.i:
        return False
    last = w.pieces[-1]
    place = w.place_ends.get(last.end)
    return (
        place is not None
        and place.start == last.start
        and place.level in _LARGE_LEVELS
        and w.text[last.start : last.end].endswith(_FULL_DIVISION_ENDS)
        and last.end - last.start >= 3
    )


# Words ending in 路 that name no road (公路, 思路, 线路 …).
_NOT_ROADS = frozenset(
    {
        "公路",
        "铁路",
        "道路",
        "思路",
        "线路",
        "门路",
        "出路",
        "马路",
        "电路",
        "水路",
        "网路",
        "套路",
        "新路",
        "之路",
        "一路",
    }
)


def road_name(word: str) -> bool:
    """A word of three or more characters ending in 路 is a road's name (莲花路): a proper
    word inside a unit's name (某某路党建服务中心), though jieba tags it a common noun."""
    return len(word) >= 3 and word.endswith("路") and word[-2:] not in _NOT_ROADS


def of_a_type(word: str) -> bool:
    """A word ending in 型 (智慧型, 服务型, 学习型) describes a kind: never a proper name,
    though jieba tags some as personal names."""
    return len(word) >= 2 and word.endswith("型")


_DASHES = frozenset("-—－–")


def dash_in_name(w: _Walk) -> str | None:
    """A dash between two proper names joins them into one name (某某网-某地频道,
    甲地—乙地飞地产业园, 某人-某人纪念园): the dash is taken when the piece after it is
    name-like and the word before it is a division, a proper word or an outlet's name."""
    if w.text[w.i - 1] not in _DASHES or not w.pieces or not w.pieces[-1].name_like:
        return None
    k = w.i - 1
    tok = w.idx.at(k - 1) if k > 0 else None
    if tok is None or tok.end != k or not HAN_WORD.match(tok.text) or len(tok.text) < 2:
        return _STOP
    lex = w.lex
    place = w.place_ends.get(k)
    if place is not None and place.type != "Region":
        return _STOP  # 某村—某公司: two units, a village is no part of a name
    proper = (
        place is not None
        or piece_is_name(tok.text, tok.pos, lex)
        or is_city_short_form(tok.text)
        or tok.text in lex.known_units
        or _media_name(tok.text, lex)
    )
    if not proper:
        return _STOP
    w.take(tok.start, w.i, True, "nz")  # the word before the dash is the name's
    return _GO


def _media_name(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a news outlet's name (某某网): a site's channel is written after
    it with a dash (某某网-某地频道)."""
    return any(
        word.endswith(x) and lex.org_suffixes[x].subtype == "media"
        for x in lex.org_suffixes
        if len(x) < len(word)
    )


# The last characters of the reference list's units.
_KNOWN_LAST = frozenset(w[-1] for w in load_lexicon().known_units)


def known_unit_piece(w: _Walk) -> str | None:
    """A unit of the reference list written before a branch's name heads that name, even
    where jieba reads it as a verb (某行|某地|某某支行: a big bank's short form), or cuts
    it into words (国家|某某|局|某某监管局: :func:`known_unit_in_words`)."""
    if w.text[w.i - 1] not in _KNOWN_LAST:
        return None  # the cheap test first: this rule runs at every step of every walk
    tok = w.idx.at(w.i - 1)
    if tok is None or tok.end != w.i:
        return None
    start = tok.start if tok.text in w.lex.known_units else known_unit_in_words(w)
    if start is None:
        return None
    w.take(start, w.i, True, "nt")
    return _GO


_KNOWN_LONGEST = max(len(k) for k in load_lexicon().known_units)


def known_unit_in_words(w: _Walk) -> int | None:
    """The start of a unit of the reference list that ends where the walk stands and that
    jieba cut into several words (国家|某某|局 before 某某监管局): a national body heading
    its regional office's name, whose last word alone (局) would be read as a stray
    character; None where no listed name ends there on a word boundary. Only after a
    piece the walk took: the unit heads a longer name."""
    if not w.pieces:
        return None
    for n in range(min(_KNOWN_LONGEST, w.i), 2, -1):
        s = w.i - n
        if w.text[s : w.i] in w.lex.known_units and w.idx.is_boundary(s):
            return s
    return None


def conjoined_fields(w: _Walk) -> str | None:
    """Two fields joined by 和/与 inside one body's name are the name's (某街道农业农村和社会
    事业局, 某学院食品与生物工程系): taken with the field before the conjunction when the
    field after it is common words only (no place, no proper word, no level) and the one
    before it a field noun of two to four characters — no unit, generic word or place.
    及 joins fields as 和 does (某地教育及青年发展局)."""
    if w.text[w.i - 1] not in _FIELD_CONJUNCTIONS or not w.pieces:
        return None
    if w.text[w.i - 1] == "及" and not fields_joined_by_ji(w):
        return None
    conj = w.idx.at(w.i - 1)
    if conj is None or conj.start != w.i - 1 or conj.end != w.i:
        return None
    after = w.text[w.pieces[-1].start : w.pieces[0].end]
    if (
        any(not _field_piece(p, w) for p in w.pieces)
        or len(after) > 8
        or after.startswith(LEVEL_PREFIXES)
        or (
            w.pieces[-1].end - w.pieces[-1].start < 2  # 某公社和|合…: 和 begins a brand
            and not _field_char_of_school_word(w.pieces[-1], w)
        )
    ):
        return None
    left = w.idx.at(w.i - 2) if w.i > 1 else None
    if left is None or left.end != w.i - 1 or not _field_noun(left, w):
        return None
    start = _field_start_after_parent(left, w)
    # 农业农村: a generic word closing a field; 市|发展和改革委员会: a generic word opening
    # the field right after a level word or a place (:func:`field_after_level`)
    if start == left.start and left.text in w.lex.generic_heads and not field_after_level(left, w):
        first = w.idx.at(left.start - 1) if left.start > 0 else None
        if (
            first is None
            or len(first.text) + len(left.text) > 4
            or not _field_noun(first, w)
            or first.text in w.lex.generic_heads
        ):
            return None
        start = first.start
    # a field jieba tags an abbreviation (环保) is a common word of the name here
    # and so is a field of learning jieba tags an organisation (社会科学)
    w.pieces[:] = [
        p._replace(name_like=False) if p.pos == "j" or discipline_tagged_as_name(p, w) else p
        for p in w.pieces
    ]
    w.take(start, w.i, False, "n")
    return _GO


_FIELD_POS = frozenset({"n", "vn", "nz", "v", "l", "t"})
# The conjunctions that join two fields inside one body's name.
_FIELD_CONJUNCTIONS = "和与及"


def field_after_level(left: Token, w: _Walk) -> bool:
    """Whether the field word before 和/与 directly follows a level word (市, 县委) or a
    place (某县, linked or a word ending in a division's name), so it opens the body's
    function (市|发展和改革委员会, 某县|文化和旅游局) though it is a generic word alone."""
    return left.start >= 1 and _after_level_or_place(
        left.start, w, lambda t: full_division_name(w.text, Piece(t.start, t.end, True, "ns"))
    )


def _after_level_or_place(s: int, w: _Walk, place_word: Callable[[Token], bool]) -> bool:
    """Whether ``s`` comes right after a level word (市, 县委) or a place: one the linker
    found ending there, or the word before it that ``place_word`` takes for one."""
    if w.place_ends.get(s) is not None:
        return True
    before = w.idx.at(s - 1)
    return (
        before is not None
        and before.end == s
        and (before.text in LEVEL_PREFIXES or place_word(before))
    )


def _field_char_of_school_word(p: Piece, w: _Walk) -> bool:
    """Whether a one-character piece after 和/与 is the field of a dictionary word that
    holds the ending too (某管理与|法|学院, jieba's 法学院): one field character of a known
    word, never the first character of a brand jieba could not join (某公社和|合…)."""
    tok = w.idx.at(p.start)
    return (
        tok is not None
        and tok.start == p.start
        and tok.end > p.end
        and tok.pos != UNKNOWN_POS
        and HAN_WORD.match(tok.text) is not None
    )


_FIELD_HEAD_POS = frozenset({"b", "v", "vn", "n"})


def _field_start_after_parent(left: Token, w: _Walk) -> int:
    """Where a two-word field before 和/与 begins when its first word (公共, 继续) directly
    follows the name of the body it belongs to (某大学|公共管理与法学院, 某学院|继续教育与培训
    学院), or a place (linked, or a word jieba tags a place: 某新区|统筹城乡和农业农村局,
    the area's body): that
    word, which the walk would stop at, is the field's; ``left.start`` when no unit's
    ending or place comes right before it."""
    if left.start < 1:
        return left.start
    head = w.idx.at(left.start - 1)
    if (
        head is None
        or head.end != left.start
        or head.pos not in _FIELD_HEAD_POS
        or len(head.text) + len(left.text) != 4
        or head.text in w.lex.stop_words
    ):
        return left.start
    if field_opens_clause(w.text, head):
        return head.start
    if head.start < 2:
        return left.start
    parent = w.idx.at(head.start - 1)
    if parent is None or parent.end != head.start:
        return left.start
    if w.place_ends.get(head.start) is not None or parent.pos == "ns":
        return head.start  # 某新区|统筹城乡和农业农村局: the area's body
    if not any(parent.text.endswith(x) for x in w.lex.org_suffixes if len(x) >= 2):
        return left.start
    return head.start


# Parts of speech of a field's first word that opens a clause (教育, 信息; not a verb:
# 推进|科学与技术… is the sentence's).
_CLAUSE_FIELD_POS = frozenset({"n", "vn"})


def field_opens_clause(text: str, head: Token) -> bool:
    """Whether the first word of a two-word field before 和/与 (体育|科学与信息学院) opens
    its clause — right after punctuation, a line's start or a list item's number — so no
    word of the sentence stands there and the word is the field's, as after a parent
    body (:func:`_field_start_after_parent`). Only a noun or verbal noun."""
    i = head.start
    return head.pos in _CLAUSE_FIELD_POS and (
        i == 0 or text[i - 1] in _OPENING_MARKS or after_item_number(text, i)
    )


def _field_piece(p: Piece, w: _Walk) -> bool:
    """Whether a piece after 和/与 may be a body's field: a common noun or verb, or a
    two-character word jieba tags an abbreviation (园林与|环保|学院) that is no place and
    no unit of the reference list."""
    if _field_char_of_school_word(p, w) or discipline_tagged_as_name(p, w):
        return True
    if p.pos == "j":
        word = w.text[p.start : p.end]
        return (
            len(word) == 2
            and p.start not in w.place_starts
            and word not in w.lex.known_units
            and word not in w.lex.stop_words
        )
    return not p.name_like and p.pos in _FIELD_POS


_LONGEST_ENDING = max(len(k) for k in load_lexicon().org_suffixes)


def ending_at(text: str, s: int, lex: Lexicon) -> str:
    """The longest unit ending written at ``s`` ("" when none)."""
    for n in range(min(_LONGEST_ENDING, len(text) - s), 0, -1):
        if text[s : s + n] in lex.org_suffixes:
            return text[s : s + n]
    return ""


def fields_joined_by_ji(w: _Walk) -> bool:
    """Whether 及 before the pieces joins two fields of one government body's name
    (某市教育及青年发展局) rather than two things of a list (主要部门及子公司, 某场及某
    加工厂, 副院长及学院办公室): the name ends with a government body's ending, and no
    piece after 及 is a unit's word of its own."""
    ending = ending_at(w.text, w.pieces[0].end, w.lex)
    return (
        ending != ""
        and w.lex.org_suffixes[ending].strength == "gov"
        and not any(ends_like_unit(w.text[p.start : p.end], w.lex) for p in w.pieces)
    )


def discipline_tagged_as_name(p: Piece, w: _Walk) -> bool:
    """Whether a piece after 和/与 is a field of learning jieba's dictionary tags an
    organisation's name (某学院人文与|社会科学|学院): a whole dictionary word of four
    characters or fewer with no unit's ending, no place and no unit of the reference list,
    right before a school's ending (a faculty is named by its fields; 某医院门诊部和|中医药|
    文化馆 is a list) — a field of the body's name, not a brand."""
    word = w.text[p.start : p.end]
    tok = w.idx.at(p.start)
    return (
        p.pos == "nt"
        and tok is not None
        and (tok.start, tok.end) == (p.start, p.end)
        and 2 <= len(word) <= 4
        and dictionary_entry(word)[1] == "nt"
        and not ends_like_unit(word, w.lex)
        and p.start not in w.place_starts
        and word not in w.lex.known_units
        and school_ending_at(w.text, p.end, w.lex)
    )


def school_ending_at(text: str, s: int, lex: Lexicon) -> bool:
    """Whether a school's ending (学院, 系) is written at ``s``."""
    ending = ending_at(text, s, lex)
    return ending != "" and lex.org_suffixes[ending].subtype == "school"


def ends_like_unit(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` ends with a unit's ending. A news account's ending (``source``:
    新闻, 发布) names a unit only where the story cites it, so a field of that word stays a
    field (某大学新闻与传播学院)."""
    ending = lex.unit_ending(word)
    return ending != "" and lex.org_suffixes[ending].strength != "source"


def _field_noun(tok: Token, w: _Walk) -> bool:
    """A noun that may name a body's field: no unit, place, level or boundary word, and
    no title (某某书记与|建筑学院: the person's title is the sentence's)."""
    lex = w.lex
    word = tok.text
    return (
        2 <= len(word) <= 4
        and HAN_WORD.match(word) is not None
        and tok.pos in ("n", "vn", "v", "j", "l")
        and word not in lex.stop_words
        and word not in lex.titles
        and not word.endswith(lex.party_suffixes)
        and not ends_like_unit(word, lex)
        and w.place_ends.get(tok.end) is None
        and not word.startswith(LEVEL_PREFIXES)
    )


def level_body_piece(w: _Walk) -> str | None:
    """A level's party committee or government written before a body of it is one level
    prefix (自治区党委办公厅, 自治州人民政府办公室): the party word in it is no boundary."""
    if w.text[w.i - 1] not in "委府" or not w.pieces:
        return None
    m = _LEVEL_BODY.search(w.text, max(0, w.i - 8), w.i)
    if m is None:
        return None
    w.take(m.start(), w.i, False, "n")
    return _LAST


# The levels that write their party committee and government in full before a body's
# function (a district writes 区委, an autonomous region 自治区党委).
_LEVEL_BODY = re.compile(r"(?:自治区|自治州|自治县|自治旗)(?:党委|人民政府|政府)$")


_NUMBERED = re.compile(r"^[一二三四五六七八九十]{1,3}[局院所处队厂矿建师团]?$")


def numbered_piece(w: _Walk) -> str | None:
    """A number after a group's short name is the name's (某铁十七局, 某电五局, 某建三局集团
    有限公司): the numbered bodies of the big state groups. Taken with the word before it
    when that is a name of two characters or more that is no boundary, and no party
    ending follows (某科二支部 is a department's branch)."""
    if w.text[w.i - 1] not in _NUMERAL_LAST:
        return None  # the cheap test first: this rule runs at every step of every walk
    tok = w.idx.at(w.i - 1)
    if tok is None or not _NUMBERED.match(w.text[tok.start : w.i]):
        return None
    if w.text.startswith(("支部", "党支部", "总支", "党总支", "党小组"), w.i):
        return None  # 某科二支部: a numbered branch of a department, not a group's body
    before = _word_before(w.text, tok.start, w.idx)
    if (
        before is None
        or len(before[0]) < 2
        or not HAN_WORD.match(before[0])
        or before[0] in w.lex.stop_words
        or before[1] not in _NAME_POS | {"n"}
        or w.place_ends.get(tok.start) is not None
    ):
        return None
    w.take(tok.start - len(before[0]), w.i, True, "nz")  # the short name and its number
    return _GO


_NUMERAL_LAST = frozenset("一二三四五六七八九十局院所处队厂矿建师团")


_RESULT_COMPLEMENTS = frozenset(_PARTS["result_complements"])
# How jieba reads a verb + result word: unknown (筑牢, 做强) or, for a few, a verb (建好).
_VERB_RESULT_POS = frozenset({UNKNOWN_POS, "v"})


def verb_with_result(pair: str, lex: Lexicon) -> bool:
    """Whether the two characters ``pair`` are a work verb with its result character
    (建好, 筑牢, 抓实, 做强, 送上: ``result_complements`` in ``unit_name_parts.tsv``): the
    sentence's verb phrase, whose object is the unit word after it. jieba does not know
    most of them as words (or reads 建好 as a verb) and cuts them anywhere (建|好, 前送|上),
    so the characters are read, not the tokens. Not a word jieba knows as anything but a
    verb (美好, 大好: a brand may be one), nor a verb of unit names (name_verbs.tsv)."""
    return (
        len(pair) == 2
        and pair[1] in _RESULT_COMPLEMENTS
        and pos_of(pair[0]) == "v"
        and pos_of(pair) in _VERB_RESULT_POS
        and pair not in lex.name_verbs
    )


def verb_with_result_before(w: _Walk) -> str | None:
    """A name ends where a work verb with its result character ends (建好|基地, 前送上|公司
    党委, 筑牢|社区党建服务中心): the unit word after the verb phrase is its object, and the
    verb phrase no piece of a name (:func:`verb_with_result`). Only a pair that forms no
    dictionary word with the characters on either side, which would be how it is read."""
    text, i = w.text, w.i
    if i < 2 or not verb_with_result(text[i - 2 : i], w.lex):
        return None
    # the verb no word with the character before it (感谢|大数据: 谢大 is no verb phrase),
    # the result character none with the character after it
    if i >= 3 and dictionary_entry(text[i - 3 : i - 1])[0] > 0:
        return None
    if dictionary_entry(text[i - 1 : i + 1])[0] > 0:
        return None
    return _STOP


# A number of three to five digits written right before a word of a name (某地创新100
# 文化传媒有限公司, 12345便民服务中心): a brand's or a hotline's number. Not a year (2023年
# 某某), nor a count or a measure (300名, 500亩), which a measure word follows.
_BRAND_NUMBER = re.compile(r"[0-9]{3,5}")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_MEASURE_AFTER = frozenset(
    "年月日号时点个家名位人元万亿多余届期次批所座项条户栋层楼米吨亩斤公千百度"
)


def number_in_brand(w: _Walk) -> str | None:
    """A number of three to five digits written right before a word the walk took
    (创新100|文化, 12345|便民服务中心) is a piece of the name, no boundary: a brand or a
    hotline numbers the unit. The walk goes on left of it (某地创新100文化…); a year or a
    count (2023年, 300名) has no say here, and digits end the name as before."""
    if not w.pieces or w.i >= len(w.text):
        return None
    tok = w.idx.at(w.i - 1)
    if tok is None or tok.end != w.i:
        return None
    word = w.text[tok.start : w.i]
    if not _BRAND_NUMBER.fullmatch(word) or _YEAR.fullmatch(word):
        return None
    if not "\u4e00" <= w.text[w.i] <= "\u9fff" or w.text[w.i] in _MEASURE_AFTER:
        return None
    if w.text.startswith("部队", w.i):
        return None  # 12345部队驻地某基地: the army unit's designation names a unit of its own
    w.take(tok.start, w.i, True, "m")
    return _GO


# The party committee of an area written 党委 where most areas write 委 (某自治区党委, 某州
# 党委, 某区党委), and the level words of the areas written bare before it (自治区党委).
_AREA_PARTY_COMMITTEE = "党委"
_COMMITTEE_AREA_LEVELS = ("自治区", "自治州", "自治县", "省", "市", "州", "盟", "区", "县", "旗")


def committee_before_organ(w: _Walk) -> str | None:
    """An area's party committee written 党委 right before one of its organs (某州党委|
    组织部, 自治区党委|政研室, 某区党委|社会工作部: ``organ_after.tsv``) is part of the
    organ's name, as 委 is in 某市委组织部: the walk takes it and goes on to the area (a
    linked place or a bare level word). Elsewhere 党委 is a party ending that stops the
    walk (某公司党委|办公室 is the company's party office, found from the company)."""
    i = w.i - len(_AREA_PARTY_COMMITTEE)
    if w.pieces or i < 1 or not w.text.startswith(_AREA_PARTY_COMMITTEE, i):
        return None
    if not w.text.startswith(w.lex.organ_after, w.i):
        return None
    if w.place_ends.get(i) is None and not w.text.endswith(_COMMITTEE_AREA_LEVELS, 0, i):
        return None
    w.take(i, w.i, False, "n")
    return _GO


_WALK_RULES: tuple[Callable[[_Walk], str | None], ...] = (
    dot_between_outlets,
    lone_character_after_outlet_dot,
    quoted_brand,
    short_form_note,
    bracket_in_name,
    dash_in_name,
    committee_before_organ,
    place_piece,
    verb_with_result_before,
    zhi_in_name,
    known_unit_piece,
    level_body_piece,
    numbered_piece,
    conjoined_fields,
    number_in_brand,
    token_piece,
)


def ends_name(word: str, tok: Token, wpos: str, s: int, w: _Walk) -> bool:
    """Whether ``word`` (from ``s`` to the walk's position) is a boundary of the sentence
    rather than a piece of the name: a stop word, a party ending, a function word, an
    idiom, or a verb that is not right before the ending or next to another verb."""
    lex = w.lex
    whole = s == tok.start and word == tok.text
    return (
        word in lex.stop_words
        or word.endswith(lex.party_suffixes)
        or (
            whole
            and tok.pos in _STOP_POS
            and (len(word) > 1 or tok.pos not in ("d", "f", "t", "zg", "tg", "e", "o", "y"))
            and not _localizer_in_brand(word, tok.pos, s, w)
            and not compass_part_of_name(word, s, w)
            and not lone_measure_character(word, tok.pos, s, w.text)
            and not city_name_tagged_verb(word)
            and word not in lex.generic_heads
            and not word.startswith(LEVEL_PREFIXES)
            and not trade_word_tagged_adverb(word, w)
        )
        or (whole and wpos == "i")
        or (whole and adverb_led_phrase(word, lex))
        or (whole and pronoun_led_word(word, tok.pos))
        or (
            # a verb stays in a name only right before the ending (某某包装有限公司)
            # or next to another verb or verbal noun of the name (城市治理推进委,
            # 某村乡村振兴培训学院)
            whole
            and len(word) > 1
            and wpos == "v"
            and word not in lex.name_verbs
            and not city_name_tagged_verb(word)
            and bool(w.pieces)
            and w.pieces[-1].pos not in ("v", "vn")
            and not verb_brand_after_place(word, s, w)
        )
    )


# Characters that count or point at what a measure word measures (三家, 几所, 每个, 该所).
_COUNTING_CHARS = frozenset("0123456789一二两三四五六七八九十百千万几多每各这那该此本哪")
# Measure words that grade or class what follows (省级, A类, 边界类, 新型): a description.
_GRADING_MEASURES = frozenset("类级型种等批次")


def lone_measure_character(word: str, pos: str, s: int, text: str) -> bool:
    """Whether ``word`` is one character jieba tags a measure word with no number before
    it (大|场|医院, ——|道|恩|集团, 奇克尔|台|边境派出所, 柳园|口|派出所): a character of a name
    jieba could not read, not a count, which needs its number (三家医院, 两所学校). A
    measure word that grades or classes (省级, A类) describes the unit instead."""
    return (
        len(word) == 1
        and pos == "q"
        and word not in _GRADING_MEASURES
        and text[s - 1 : s] not in _COUNTING_CHARS
    )


# Trade words jieba tags as adverbs (unit_name_parts.tsv).
_TRADES_TAGGED_ADVERB = frozenset(_PARTS["trades_tagged_adverb"])


def trade_word_tagged_adverb(word: str, w: _Walk) -> bool:
    """Whether ``word`` is a trade that jieba's dictionary tags an adverb (高速, the
    expressway trade: 高速发展 "fast") inside a registered firm's name (某省|高速|集团): the
    walk from a company's ending reads it as the firm's trade, which a proper word before
    it must still name (高速集团 alone names none)."""
    return w.legal and word in _TRADES_TAGGED_ADVERB


def verb_brand_after_place(word: str, s: int, w: _Walk) -> bool:
    """Whether a two-character word jieba tags a verb is the brand of a registered
    company written as place + brand + trade (某省|某见|生物科技有限公司): the name is
    registered (有限公司, 集团), a place the linker found ends right before the word, and
    only common words of the trade stand between it and the ending — a registered name's
    brand sits exactly there, and no word of the sentence does."""
    return (
        w.legal
        and len(word) == 2
        and w.place_ends.get(s) is not None
        and bool(w.pieces)
        and not any(p.name_like and p.pos != "m" for p in w.pieces)  # 100: a number, no word
    )


def pronoun_led_word(word: str, pos: str) -> bool:
    """Whether ``word`` is a word jieba does not know that opens with a pronoun (这是,
    那是, 我们这): jieba glued the pronoun to the word after it, so the word is the
    sentence's, never a brand before a unit's ending (这是|支部与支部…)."""
    return pos == UNKNOWN_POS and len(word) > 1 and pos_of(word[0]) == "r"


def adverb_led_phrase(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a verb phrase opened by a manner adverb (充分发挥, 努力实现)
    that jieba's dictionary keeps as one word and tags as a noun or a name: the
    sentence's verb, never a piece of the unit's name after it."""
    return any(
        word.startswith(adverb) and len(word) >= len(adverb) + 2 for adverb in lex.manner_adverbs
    )


def _localizer_in_brand(word: str, pos: str, s: int, w: _Walk) -> bool:
    """A two-character localizer or adverb word (左岸, 东方; 首都, which jieba reads as
    an adverb) between a place or proper word and a name-like word inside a registered
    name is part of the brand (某地左岸某某电子科技有限公司, 某地首都某某影院有限责任公司);
    之后 after a verb is the sentence's."""
    return (
        w.legal
        and pos in ("f", "d")
        and len(word) == 2
        and bool(w.pieces)
        # an adverb of the sentence (已经, 正在) is followed by a verb, never a noun
        and (w.pieces[-1].name_like or (pos == "d" and w.pieces[-1].pos.startswith("n")))
        and _proper_before(w.text, s, w.idx, w.lex, w.place_ends) is not None
    )


_COMPASS_PARTS = frozenset(
    {"东部", "西部", "南部", "北部", "中部", "东南", "西南", "东北", "西北", "南方", "北方"}
)


def compass_part_of_name(word: str, s: int, w: _Walk) -> bool:
    """Whether a compass word (西部, 东北, 北方) right after a level word or a place names
    the part of the area a body serves (市|西部|水源管理中心, 某州|西部|水厂, 某省|北方|学院,
    right before the ending too): a piece of the name, not the sentence's localizer."""
    if word not in _COMPASS_PARTS or s < 1:
        return False
    return _after_level_or_place(s, w, lambda t: t.pos == "ns" or is_city_short_form(t.text))


# Verbs of going and being that jieba glues, as an unknown word, to the sentence's
# character before them (人到, 人来, 这是): a word that ends with one ends no unit's name.
_GLUED_VERBS = frozenset("到来是赴")


def glued_verb_before_name(word: str, pos: str, lex: Lexicon) -> bool:
    """Whether ``word``, an unknown word of jieba (no dictionary word, so never a brand
    jieba knows, as 未来 is), is the sentence's last character glued to a verb of going
    or being (一行7人到|某区法院, 5人来|学校, 这是|中共中央): the verb opens the unit's
    name after it, so the name stops there."""
    return (
        pos == UNKNOWN_POS
        and len(word) == 2
        and word[-1] in _GLUED_VERBS
        and word[0] not in lex.division_chars
    )


# Verbs of leading a party of people (某某率|某单位工作组 visit): what stands before one
# is the leader, never a piece of the unit led.
_LEAD_VERBS = frozenset("率")


def leader_glued_before_unit(word: str, pos: str) -> bool:
    """Whether ``word`` is an unknown word of jieba made of a person's name and a verb of
    leading glued to it (院长某某率|某学院党政办, 主委某某率|支部): the unit's name opens
    after the verb, so the name stops there. A word jieba knows (效率) is none."""
    return (
        pos == UNKNOWN_POS
        and 3 <= len(word) <= 5
        and word[-1] in _LEAD_VERBS
        and looks_like_name(word[:-1])
    )


def glued_boundary_cut(w: _Walk, tok: Token, s: int) -> int | None:
    """Where an unknown word that jieba glued to a boundary word (在镇X, 与Y) is cut: after
    the boundary word. A dictionary word (有限公司) is never such a glue, nor a brand that
    begins with a boundary character after a place written bare (某地和泰物业)."""
    if tok.pos != UNKNOWN_POS or _brand_after_short_place(w.text, s, w.idx, w.place_ends):
        return None
    if zone_word_at(w.text, s, w.lex):
        return None  # 经开区检察院: 经 opens the zone's word, no preposition of the sentence
    before = _word_before(w.text, s, w.idx)
    if before is not None and len(before[0]) > 1 and before[1] == UNKNOWN_POS:
        return None  # 宜某|同某农业有限公司: an unknown word on both sides is one brand
    stops = w.lex.stop_words
    cut = next(
        (k for k in range(s + 1, w.i) if w.text[s:k] in stops and w.text[s:k] not in ("区", "市")),
        None,
    )
    return cut if cut is not None and cut < w.i else None


def zone_word_at(text: str, s: int, lex: Lexicon) -> bool:
    """Whether a functional zone's word (``zone_endings.tsv``: 经开区, 高新区) starts at
    ``s``: its first character may be a boundary word elsewhere (经, 同), but here it is the
    zone's, so 某地经开区检察院 keeps 经 (an abbreviated zone is the name's head)."""
    return any(text.startswith(z, s) and len(z) >= 3 for z in lex.zone_endings)


# What jieba glues to a level character before a unit (2023年|省某厅, 某所和|区某中心, 原自|
# 市某局工作队, 将|市某医院): the year of a date, a conjunction, a preposition.
_GLUED_BEFORE_LEVEL = frozenset("年月日和与及同或在的自将")
_LEVELS_OF_GLUE = frozenset("省市区县")


def glued_level_cut(text: str, tok: Token, s: int, i: int) -> int | None:
    """Where an unknown word that jieba made of a date's 年, a conjunction or a preposition
    and the level character opening a unit's name (年省, 所和区) is cut: at the level
    character, so 2023年省某厅 is 省某厅 and 某所和区某中心 is 区某中心."""
    if tok.pos != UNKNOWN_POS or i - s < 2:
        return None
    k = next(
        (
            j
            for j in range(s + 1, i)
            if text[j] in _LEVELS_OF_GLUE and text[j - 1] in _GLUED_BEFORE_LEVEL
        ),
        None,
    )
    return k


def glued_year_cut(text: str, tok: Token, s: int, i: int) -> int | None:
    """Where an unknown word that jieba made of a date's 年 and the first characters of a
    brand (2023|年某瑞|公司) is cut: after 年, when digits are written right before it, so
    2023年某瑞公司 is 某瑞公司 (a 年 after a number is the date's, never a name's)."""
    if tok.pos != UNKNOWN_POS or i - s < 2 or text[s] != "年" or s == 0:
        return None
    return s + 1 if text[s - 1].isdigit() else None


def join_single_characters(pieces: list[Piece]) -> None:
    """Single characters in a row right before an organisation ending are a name jieba
    could not join (立/达/学院): they are all name-like."""
    k = len(pieces) - 1
    while (
        k > 0
        and pieces[k].end - pieces[k].start == 1
        and pieces[k - 1].end - pieces[k - 1].start == 1
    ):
        pieces[k] = pieces[k]._replace(name_like=True)
        pieces[k - 1] = pieces[k - 1]._replace(name_like=True)
        k -= 1


def drop_lone_leading_character(
    text: str, pieces: list[Piece], idx: Tokens | None = None
) -> list[Piece]:
    """A lone leading character that is neither a name nor a level prefix (辖区内X区) goes,
    unless another lone character follows: two single characters are a two-character
    name jieba could not join (来自中|泰|信托公司), or the sentence's words end right
    before it (:func:`opens_after_a_boundary`: ，大|某东管委会, 来到众|某合农业开发有限公司)."""
    k = 0
    while (
        len(pieces) - k > 1
        and pieces[k].end - pieces[k].start == 1
        and not pieces[k].name_like
        and text[pieces[k].start] not in LEVEL_PREFIXES
        and pieces[k + 1].end - pieces[k + 1].start > 1
        and not (k == 0 and idx is not None and opens_after_a_boundary(text, pieces[k], idx))
    ):
        k += 1
    return pieces[k:]


# Words after which a unit's name starts: a list's or a clause's punctuation, and the
# one-character conjunctions and prepositions that take a unit (与某某, 在某某).
_OPENING_MARKS = frozenset('，,、。；;：:“"（(《【\n')
_OPENING_WORDS = frozenset("与和及同在到向")
# A lone character of these parts of speech is a word of the sentence wherever it stands
# (各, 本, 该, 等, 即; pronouns, particles, counts, adverbs, verbs).
_LONE_WORD_POS = frozenset({"r", "u", "uj", "ul", "m", "q", "d", "p", "c", "y", "e", "v"})


def opens_after_a_boundary(text: str, piece: Piece, idx: Tokens) -> bool:
    """Whether a lone character that leads a name's pieces is the name's first character
    because the sentence's own words end right before it: punctuation or a line start, a
    one-character conjunction or preposition (与, 在), or a verb of two characters or more
    (来到) — the walk stopped there, so nothing of the sentence is left between
    (，大|某东管委会; 与中|某上|某华南某某有限公司). Not a lone function word (各, 该, 等)."""
    if piece.pos in _LONE_WORD_POS or text[piece.start] in _OPENING_WORDS:
        return False
    i = piece.start
    if i == 0 or text[i - 1] in _OPENING_MARKS or after_item_number(text, i):
        return True
    before = idx.at(i - 1)
    if before is None or before.end != i:
        return False
    word = text[before.start : i]
    if word in _OPENING_WORDS:
        return True
    return len(word) >= 2 and before.pos == "v"


# A list item's number written before its first word: 1. 2． 3) 4）.
_ITEM_NUMBER = re.compile(r"(?:^|[\s，,。；;：:（(])[0-9０-９]{1,2}[.．)）]$")


def after_item_number(text: str, i: int) -> bool:
    """Whether a list item's number (1. 2． 3）) at the start of a line or clause ends
    right before ``i``: the item's first word begins there (1.某|某园小学与…), so a lone
    character there is the name's first, not a word of the sentence. Not a decimal or a
    date (3.5万, 2023.10)."""
    return _ITEM_NUMBER.search(text, max(0, i - 4), i) is not None


# Words for "a unit" (企业, 单位, 机构: unit_name_parts.tsv) that, closing a word written
# before a name, describe the unit in apposition.
_APPOSITION_NOUNS = tuple(_PARTS["appositive_kinds"])


def after_apposition_noun(text: str, pieces: list[Piece]) -> list[Piece]:
    """The pieces after the last word for "a unit" (企业, 单位, 机构, 龙头; 援疆企业, 运营
    单位) that a proper piece follows: written before a name in apposition (产业援疆企业|
    某斯数码公司, 运营单位|某某集团), it is the sentence's description of the unit, not a
    piece of its name; with no proper piece after it the word stays (小微企业服务站, 国有
    企业工委), unless a pairing word makes it a role (:func:`partner_role_before_name`)."""
    cut = None
    for k, p in enumerate(pieces[:-1]):
        word = text[p.start : p.end]
        if word.endswith(_APPOSITION_NOUNS) and (
            any(q.name_like for q in pieces[k + 1 :])
            or partner_role_before_name(text, pieces[0].start, p.end)
        ):
            cut = k
    return pieces if cut is None else pieces[cut + 1 :]


_PARTNER_ROLES = tuple(_PARTS["partner_roles"])


def partner_role_before_name(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to a kind noun ending at ``end`` name a unit's
    role in a pairing (包联单位, 联点市直单位, 结对帮扶企业): a pairing word (``partner_roles``
    in unit_name_parts.tsv) among them. The role is the sentence's, so the unit's name
    starts after the kind noun even where only common words follow (包联单位|某某局)."""
    return any(r in text[start:end] for r in _PARTNER_ROLES)


def name_start(
    text: str, pieces: list[Piece], lex: Lexicon, legal: bool = False
) -> tuple[int, int]:
    """Trim leading common nouns (区域单位X学院 → X学院), keeping a level prefix (市, 区委)
    written right before the first name-like piece; returns the start and how the name
    is marked. A registered name (``legal``) keeps the nouns of its brand."""
    first = next((k for k, p in enumerate(pieces) if p.name_like), None)
    if legal and first is not None:
        first = brand_nouns_start(text, pieces, first, lex)
    # Only whole common words are trimmed: a single character before a name-like piece
    # is more likely part of the name than a word of the sentence.
    while (
        first is not None
        and first > 0
        and pieces[first - 1].end - pieces[first - 1].start == 1
        and not full_division_name(text, pieces[first])
    ):
        first -= 1
    if first is None:
        return unnamed_start(text, pieces)
    if first > 0 and text[pieces[first - 1].start : pieces[first - 1].end] in LEVEL_PREFIXES:
        first -= 1
    else:
        first = level_before_fields(text, pieces, first, lex)
    return pieces[first].start, NAMED


_FIELD_WORD_POS = frozenset({"n", "vn", "nz", "j"})


def level_before_fields(text: str, pieces: list[Piece], first: int, lex: Lexicon) -> int:
    """The index of a level prefix (市直, 省, 区委) written before one or two field nouns
    that come before the name's first name-like piece (市直|交通|城建系统党委): the level
    opens the body's name, and the fields between are the body's, not the sentence's
    words; ``first`` itself when no level stands there. Generic and stop words
    (单位, 相关) are the sentence's."""
    for k in range(first - 1, max(first - 3, 0), -1):
        if not _naming_noun(text, pieces[k], _FIELD_WORD_POS, lex):
            return first
        before = pieces[k - 1]
        if text[before.start : before.end] in LEVEL_PREFIXES:
            return k - 1
    return first


_FULL_DIVISION_ENDS = ("省", "市", "县", "区", "州", "盟", "旗")


def full_division_name(text: str, piece: Piece) -> bool:
    """Whether ``piece`` is a place written in full (某某省, 某某县): such a name opens a
    unit's name, so a lone character before it is the sentence's (业主方|某某省某集团)."""
    word = text[piece.start : piece.end]
    return piece.pos == "ns" and len(word) >= 3 and word.endswith(_FULL_DIVISION_ENDS)


_BRAND_NOUN_POS = frozenset({"n", "nz", "f", "j", "nt"})


def brand_nouns_start(text: str, pieces: list[Piece], first: int, lex: Lexicon) -> int:
    """The first piece of a registered company's name: the nouns written right before its
    first name-like word belong to the brand (某利|某联控股集团有限责任公司, 国家|某投集团),
    unless they are generic words of the sentence (单位, 企业, 相关)."""
    k = first
    while k > 0 and _naming_noun(text, pieces[k - 1], _BRAND_NOUN_POS, lex):
        k -= 1
    return k


def _naming_noun(text: str, piece: Piece, tags: frozenset[str], lex: Lexicon) -> bool:
    """Whether ``piece`` can be a word of a name's left part: a word of two or more
    characters tagged one of ``tags``, not a generic or stop word of the sentence."""
    word = text[piece.start : piece.end]
    return (
        piece.pos in tags
        and len(word) >= 2
        and word not in lex.generic_heads
        and word not in lex.stop_words
    )


_DESCRIPTIVE_POS = frozenset({"a", "b", "m", "ad"})
# A level's party committee: written after the sentence's words, it opens a body's name.
_LEVEL_COMMITTEES = frozenset({"省委", "市委", "区委", "县委", "州委", "自治区党委"})


def level_after_description(text: str, pieces: list[Piece]) -> int | None:
    """The index of a level's party committee (市委, 县委) that opens an unnamed body's
    name after words jieba tags as descriptive (落实|市委组织部: 落实 is tagged an
    adjective), when no descriptive word follows it; None otherwise. Only after such a
    word: the other words before a level are trimmed as they always were."""
    k = next((k for k, p in enumerate(pieces) if text[p.start : p.end] in _LEVEL_COMMITTEES), None)
    if k is None or k == 0:
        return None
    if not any(p.pos in _DESCRIPTIVE_POS for p in pieces[:k]):
        return None
    if any(p.pos in _DESCRIPTIVE_POS for p in pieces[k + 1 :]):
        return None
    return k


def unnamed_start(text: str, pieces: list[Piece]) -> tuple[int, int]:
    """The start of a name with no name-like piece: descriptive words (大型综合性医院) make
    none; a level prefix + function head is kept (区林业局, 市公积金中心); otherwise
    common words, after any verb the sentence put first (服务|美术学院). Descriptive words
    before a level's party committee are the sentence's (:func:`level_after_description`)."""
    level = level_after_description(text, pieces)
    if level is not None:
        return pieces[level].start, LEVEL_ONLY
    if any(p.pos in _DESCRIPTIVE_POS for p in pieces):
        return pieces[0].start, DESCRIPTIVE
    k2 = next(
        (
            k
            for k, p in enumerate(pieces)
            if text[p.start : p.end] in LEVEL_PREFIXES
            or text[p.start : p.end].startswith(LEVEL_PREFIXES[:4])
            or text[p.start : p.end].startswith(_GLUED_LEVELS)
        ),
        None,
    )
    if k2 is not None:
        return pieces[k2].start, LEVEL_ONLY
    k3 = 0
    while k3 < len(pieces) - 1 and pieces[k3].pos in ("v", "vn"):
        k3 += 1
    return pieces[k3].start, COMMON


# Characters after 之 that make it a word of the sentence (之一, 之间, 之后 ...).
_ZHI_NOT_NAME = frozenset("一二三四间后前中下上外内际所余首类余及")


def _word_before(text: str, i: int, idx: Tokens) -> tuple[str, str] | None:
    """The whole token ending at ``i`` and its part of speech, when one ends there."""
    tok = idx.at(i - 1)
    if tok is None or tok.end != i:
        return None
    return text[tok.start : i], tok.pos


def _proper_before(
    text: str, i: int, idx: Tokens, lex: Lexicon, place_ends: dict[int, PlaceMention]
) -> str | None:
    """The proper word (a place, an unknown or name word, a city short form) that ends
    at ``i``, if one does."""
    p = place_ends.get(i)
    if p is not None and p.start < i:
        return text[p.start : i]
    before = _word_before(text, i, idx)
    if before is None or len(before[0]) < 2 or not HAN_WORD.match(before[0]):
        return None
    word, wpos = before
    if piece_is_name(word, wpos, lex) or is_city_short_form(word):
        return word
    return None


def _zhi_in_name(
    text: str, i: int, idx: Tokens, lex: Lexicon, place_ends: dict[int, PlaceMention]
) -> bool:
    """Whether ``text[i-2:i]`` is 之 and one character inside a name (某某之家, 某某之光):
    a proper word right before 之, and no word like 之一 or 之后."""
    if i < 4 or text[i - 2] != "之" or text[i - 1] in _ZHI_NOT_NAME:
        return False
    if not ("\u4e00" <= text[i - 1] <= "\u9fff"):
        return False
    first = idx.at(i - 2)
    if first is None or first.start != i - 2:
        return False
    return _proper_before(text, i - 2, idx, lex, place_ends) is not None


_CONJUNCTIONS = frozenset("和与及同")
_UNIT_END_LENGTHS = range(7, 0, -1)


def _conjunction_after_unit(text: str, s: int, lex: Lexicon) -> bool:
    """Whether the word at ``s`` starts with a conjunction (和, 与 …) written right after
    a complete unit's name (an organisation or party ending, 政府, 委员会): the character
    joins two units, even where jieba reads it into a place name (和县, a county)."""
    if s == 0 or text[s] not in _CONJUNCTIONS:
        return False
    before = text[max(0, s - 7) : s]
    if before.endswith(("政府", "委员会")) or before.endswith(lex.party_suffixes):
        return True
    return any(
        len(before) >= n and len(before[-n:]) >= 2 and before[-n:] in lex.org_suffixes
        for n in _UNIT_END_LENGTHS
    )


_DIVISION_ENDS = tuple("省市区县镇乡村")
_LEVEL_CHARS = frozenset("省市区县镇乡")


def _brand_after_short_place(
    text: str, s: int, idx: Tokens, place_ends: dict[int, PlaceMention]
) -> bool:
    """Whether the unknown word at ``s`` (和泰, 与诚) follows a place written bare,
    without its division word (某地和泰物业): a brand name that begins with a boundary
    character. After a full division name (某某县和…) the character is a conjunction."""
    if s == 0:
        return False
    p = place_ends.get(s)
    if p is not None and p.start < s:
        return not text[p.start : s].endswith(_DIVISION_ENDS)
    before = _word_before(text, s, idx)
    return before is not None and is_city_short_form(before[0])


# Endings of a registered company's name: such a name may hold a bracketed word and a
# brand made of ordinary nouns.
_LEGAL_ENDINGS = frozenset(_PARTS["legal_endings"])

_NUMBERED_SCHOOL = re.compile(r"[一二三四五六七八九十][中小]")


def _suffix_hits(text: str, pats: _Patterns, lex: Lexicon) -> list[tuple[int, int, str]]:
    """Organisation endings in ``text``, leftmost first and longest at a start, not
    overlapping (what a regex alternation of the endings would find, only faster)."""
    found: list[tuple[int, int, str]] = []
    suffixes = lex.org_suffixes
    for m in pats.org.finditer(text):
        e = m.end()
        # only the lengths of the endings that close with this character
        for n in pats.org_lengths[m.group()]:
            s = e - n
            if s < 0:
                continue
            word = text[s:e]
            if word not in suffixes:
                continue
            if subdistrict_office_written_short(text, s, word):
                continue  # 某某街道办: the subdistrict itself (GOLD_NOTES), no office of it
            if ending_gives_way(text, e, word, suffixes):
                continue  # 某某中学|校长: the shorter ending 中学 closes the name
            if _NUMBERED_SCHOOL.fullmatch(word) and (
                text[s - 1 : s] == "第" or text[e : e + 1] == "学"
            ):
                continue  # 第二中学 holds no 二中; 某地二小 is a school
            found.append((s, e, word))
    found.sort(key=lambda h: (h[0], h[0] - h[1]))
    hits: list[tuple[int, int, str]] = []
    taken = 0
    for s, e, word in found:
        if s >= taken:
            hits.append((s, e, word))
            taken = e
    return hits


# How often jieba's dictionary must have seen a noun glued across an ending's end for the
# noun to be read (校区 989 times; 区产 3 times).
_GLUED_NOUN_FREQ = 100


def ending_gives_way(text: str, e: int, word: str, suffixes: Mapping[str, object]) -> bool:
    """Whether a longer ending gives way to the shorter ending written inside it because
    its last character begins a word with the text after it (某某中学校|长 is 某某中学|校长,
    某某中学校|园 is 某某中学|校园): the longer ending less its last character is an ending
    itself, and that character and the next are a noun of jieba's dictionary seen often
    enough to be read first (校长, 校园, 校区; not 区产 of 某工业园区|产业)."""
    if len(word) <= 2 or word[:-1] not in suffixes or e >= len(text):
        return False
    freq, tag = dictionary_entry(text[e - 1 : e + 1])
    return tag == "n" and freq >= _GLUED_NOUN_FREQ


def subdistrict_office_written_short(text: str, s: int, word: str) -> bool:
    """Whether the ending ``word`` at ``s`` is the 办 of 街道办, a subdistrict's office
    (街道办事处) written short: the gold folds a place's government into the place, so
    某某街道办 is the subdistrict (the place linker reads 办 as its suffix), no office.

    >>> subdistrict_office_written_short("向某江口街道办争取", 6, "办")
    True
    >>> subdistrict_office_written_short("县扶贫办", 3, "办")
    False
    """
    return word == "办" and text.endswith("街道", 0, s)


_SOURCE_BEFORE = re.compile(r"(?:据|来源[：:]\s*|转自|来自|转载自)$")
_SOURCE_AFTER = _PARTS["source_after"]


def cited_as_source(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` is cited as the story's source (据某某网报道,
    来源：某某发布, 某某网记者)."""
    return bool(_SOURCE_BEFORE.search(text, max(0, start - 6), start)) or text.startswith(
        _SOURCE_AFTER, end
    )


def opens_info_label(text: str, s: int, lex: Lexicon) -> bool:
    """Whether the ending at ``s`` opens a label of a page's information line (发布时间,
    发布日期 of ``info_labels.tsv``) glued to the field before it (来源：某某报发布时间：
    2025-06-19): the label, no account named 某某报发布."""
    return any(
        len(label) > 2
        and text.startswith(label, s)
        and text.startswith((":", "："), s + len(label))
        for label, _ in lex.info_labels
    )


_CLOSE_QUOTES = frozenset("”」’")


def _quoted_modifier(text: str, e: int, pats: _Patterns) -> bool:
    """Whether the ending at ``e`` closes a quoted word that modifies the noun after it
    (“某某联盟”主题党日): a closing quote, then a Han character that is no boundary word
    and no party ending."""
    if e + 1 >= len(text) or text[e] not in _CLOSE_QUOTES:
        return False
    nxt = text[e + 1]
    return (
        "\u4e00" <= nxt <= "\u9fff"
        and nxt not in _BOUNDARY_AFTER
        and nxt not in "等及的"
        and not pats.party.match(text, e + 1)
    )


# Parts of speech of the word after a quoted unit that make the quote close the unit's
# name, not a brand of the noun after it: a verb or an adverb of the sentence.
_VERB_AFTER_QUOTE_POS = frozenset({"v", "d"})


def verb_after_quote(idx: Tokens, i: int) -> bool:
    """Whether the word at ``i``, right after a closing quote, is a verb or an adverb of
    the sentence (“某某服务站”揭牌, “某某巡逻队”举行了授旗仪式, “某某园”建成): the quoted
    name is the unit the sentence speaks of, not a brand of the noun after it (“某某联盟”
    主题党日, “某某中心”项目). A verb that a noun follows right away is read with it as
    the noun's modifier (“某某联盟”联合主题党日), as jieba tags many such words verbs."""
    tok = idx.at(i)
    if tok is None or tok.start != i or tok.pos not in _VERB_AFTER_QUOTE_POS:
        return False
    after = idx.at(tok.end)
    return after is None or after.start != tok.end or after.pos != "n"


def place_host_end(p: PlaceMention, text: str) -> int:
    """Where a place's own name ends (the linker folds a party ending into the span);
    ``text`` is the simplified text (the mention's surface keeps the original script)."""
    surface = text[p.start : p.end]
    suffixes = load_lexicon().party_suffixes
    if not surface.endswith(suffixes):  # most places: one test of all the endings at once
        return p.end
    for suffix in suffixes:
        if surface.endswith(suffix) and len(surface) > len(suffix):
            return p.end - len(suffix)
    return p.end


# Titles that may follow a unit's name inside one jieba word (某局局长).
_HONORIFIC_TAILS = _PARTS["honorific_tails"]
# Characters that end a word jieba glued before a unit's name (某局及|县医院, 一行7人到|某区
# 法院, 这是|某某): a conjunction, a preposition, a verb of going or being.
_GLUED_STOPS = frozenset("与及的在对向到是")
_TITLE_HEADS = _PARTS["title_heads"]
_ASSOCIATION_WORDS = frozenset(_PARTS["words_in_association_names"])
_BOUNDARY_AFTER = frozenset('与和同及等、，,。；;：:）)（( \n“”"在为对是')


@dataclass
class UnitScan:
    """What the find step of one text shares between its rules."""

    text: str
    idx: Tokens
    lex: Lexicon
    pats: _Patterns
    places: Sequence[PlaceMention]
    ends_of_places: dict[int, PlaceMention]
    not_unit_spans: list[tuple[int, int]]
    party_spans: list[tuple[int, int]]

    def party_after(self, e: int) -> int:
        """The end of a party ending written right after ``e`` (``e`` when none is)."""
        text = self.text
        m = self.pats.party.match(text, e)
        if m:
            # 某公司支部委员会, 某村总支部委员会: the formal name of the same party body
            return m.end() + 3 if text.startswith("委员会", m.end()) else m.end()
        if text.startswith("委员会", e):  # 中共X委员会 is X's party committee
            return e + 3
        return e


def scan_of(text: str, tokens: Tokens, places: Sequence[PlaceMention]) -> UnitScan:
    """What the rules of the find step share for ``text``."""
    pats = _patterns()
    return UnitScan(
        text,
        tokens,
        load_lexicon(),
        pats,
        places,
        {place_host_end(p, text): p for p in places},
        # an ordinary word counts only where jieba reads it as a word: 政局 is no word of 财政局
        [
            (m.start(), m.end())
            for m in pats.not_units.finditer(text)
            if tokens.is_boundary(m.start())
        ],
        [(m.start(), m.end()) for m in pats.party.finditer(text)],
    )


def find_unit_spans(text: str, tokens: Tokens, places: Sequence[PlaceMention]) -> list[UnitSpan]:
    """Every span that might name a unit, with its party ending (find step: no decisions
    beyond the name's edges): organisation endings (:func:`org_spans`), a school's
    departments (:func:`_departments`), gazetteer places, and party endings with the unit
    they belong to (:func:`party_spans`)."""
    scan = scan_of(text, tokens, places)
    spans = [enterprise_opens_name(scan, whole_list_item(scan, u)) for u in org_spans(scan)]
    committees = democratic_party_committees(scan)
    spans += known_unit_spans(scan) + corps_divisions(scan) + committees
    spans += prefecture_committees(scan)
    spans += democratic_party_branches(scan, committees)
    spans += party_branch_without_committee(scan, committees)
    spans += branch_before_party_chair(scan)
    ends = {u.host_end for u in spans if u.kind == "org" and not u.branch}
    spans += _departments(text, tokens, spans, scan.lex, scan.party_after)
    for p in places:
        he = place_host_end(p, text)
        spans.append(UnitSpan(p.start, he, max(p.end, scan.party_after(he)), "place", "", p, NAMED))
        ends.add(he)
    return spans + party_spans(scan, spans, ends)


_ENTERPRISE_GAP_MAX = 6  # characters between a central enterprise's prefix and a walk's start
_GAP_STOP_POS = frozenset({"v", "p", "c", "u", "uj", "ul", "r", "d", "y", "e", "o", "a", "ad"})


def enterprise_opens_name(scan: UnitScan, u: UnitSpan) -> UnitSpan:
    """A central enterprise's short name or brand prefix (``known_units.tsv``) a few
    words before where the walk from a company's ending stopped opens that company's
    name (中化学|南方|建设投资有限公司, 中交|上|航|华南市政工程有限公司: the walk stops at
    a word of the sentence inside the member company's name). Only nouns, places and
    numbers between them, at most six characters, none a stop word or party ending; ``u``
    from the prefix, else ``u``."""
    if u.kind != "org" or u.start == 0:
        return u
    idx, lex = scan.idx, scan.lex
    k = u.start
    while k > 0 and u.start - k <= _ENTERPRISE_GAP_MAX:
        tok = idx.at(k - 1)
        if tok is None or tok.end != k or not HAN_WORD.match(tok.text):
            return u
        listed = lex.known_units.get(tok.text)
        if listed is not None and listed.subtype == "enterprise":
            if k == u.start or not idx.is_boundary(tok.start):
                return u  # nothing between: the walk's own known_unit_piece takes it
            return replace(u, start=tok.start)
        if (
            tok.text in lex.stop_words
            or tok.text.endswith(lex.party_suffixes)
            or tok.pos in _GAP_STOP_POS
        ):
            return u
        k = tok.start
    return u


_LIST_ITEM_MAX = 12
_ITEM_CLOSERS = "、等一二三四五六七八九十两"
_ITEM_JOINS = "和与及同并"


def whole_list_item(scan: UnitScan, u: UnitSpan) -> UnitSpan:
    """A unit's name that is a whole item of a 、-list and opens with a place (…、某区第六
    离职干部休养所、…): the walk stopped at a verb inside the name (离职, 离休), but the
    separators say where the name starts. ``u`` from there, named; else ``u``."""
    text = scan.text
    if u.kind != "org" or u.start == 0 or text[u.end : u.end + 1] not in tuple(_ITEM_CLOSERS):
        return u
    k = u.start
    while k > 0 and u.start - k < _LIST_ITEM_MAX and "\u4e00" <= text[k - 1] <= "\u9fff":
        k -= 1
    if k == u.start or k == 0 or text[k - 1] != "、":
        return u
    if (
        not any(p.start == k and p.end <= u.start for p in scan.places)
        and not division_opens_item(scan, k, u.start)
        and not item_of_a_branch_list(scan, k, u)
    ):
        return u
    if any(c in _ITEM_JOINS for c in text[k : u.start]):
        return u  # 、甲局和乙办、: two units in one item
    return replace(u, start=k, named=NAMED)


# How much of a list item the walk may have left out before it: a word or two.
_BRANCH_ITEM_DROPPED_MAX = 3


def item_of_a_branch_list(scan: UnitScan, k: int, u: UnitSpan) -> bool:
    """Whether the list item at ``k`` is one of a list of party branches (…甲学校党支部、
    乙小学党支部、…): ``u`` has a party ending of its own and the item before it closes with
    one, so the separators say where the unit's name starts though the walk stopped at a
    word jieba read as a verb inside it (安置|苑小学, 潜|山路学校). Only a word or two left
    out, and none a stop word."""
    if u.end == u.host_end or not 0 < u.start - k <= _BRANCH_ITEM_DROPPED_MAX:
        return False
    if not any(e == k - 1 for _, e in scan.party_spans):
        return False
    dropped = scan.text[k : u.start]
    return dropped not in scan.lex.stop_words and dropped not in scan.lex.generic_heads


def division_opens_item(scan: UnitScan, k: int, end: int) -> bool:
    """Whether a division written in full (某某省, 某某市, 某某县: one word jieba tags a
    place) opens the list item at ``k`` and ends before ``end``, though the linker left
    it unlinked there (a province heading a body's name)."""
    tok = scan.idx.at(k)
    return (
        tok is not None
        and tok.start == k
        and tok.end <= end
        and full_division_name(scan.text, Piece(tok.start, tok.end, True, tok.pos))
    )


def org_spans(scan: UnitScan) -> list[UnitSpan]:
    """A span for every organisation ending that ends a name (:func:`ending_ends_name`),
    from the name's left edge (:func:`extend_left`) to any party ending after it; a formal
    中共X委员会 folds into X (:func:`formal_party_name`)."""
    text, idx, lex = scan.text, scan.idx, scan.lex
    in_party: set[int] = set()
    for s, e in scan.party_spans:
        in_party.update(range(s, e))
    spans: list[UnitSpan] = []
    for s, e, word in _suffix_hits(text, scan.pats, lex):
        if s in in_party or not ending_ends_name(scan, s, e, word):
            continue
        suffix = lex.org_suffixes[word]
        start, named = extend_left(
            text,
            s,
            idx,
            lex,
            scan.ends_of_places,
            join_chars=True,
            legal=word in _LEGAL_ENDINGS,
            media=suffix.subtype == "media",
        )
        if start == s and len(word) == 1:
            start = abbreviation_start(scan, s, e)
            named = NAMED if start in {p.start for p in scan.places} else LEVEL_ONLY
        if start == s and military_number(text, s):
            start, named = s - 3, NAMED
        designation = army_designation_start(text, s)
        if designation is not None and designation < start:
            start, named = designation, NAMED  # 12345部队: the walk stops at the digits
        if word in _LEGAL_ENDINGS and not any(p.start == start for p in scan.places):
            registered = registered_name_start(scan, start, s)
            if registered is not None:
                start, named = registered, NAMED
        if start == s:
            continue
        if park_of_a_place(scan, start, s, word):
            continue  # 某村现代农业产业园: the village's park; the village is the unit
        if word in _BRAND_ONLY_ENDINGS and not brand_before_trade_ending(scan.idx, start, s):
            continue  # 小区物业, 城市市场: the trade, not a firm of it
        company = branch_of_company(spans, start, s, word)
        if company is not None:
            start, named = company.start, max(named, company.named)
        sender = stationed_by(scan, start)
        if sender is not None:
            start, named = sender, NAMED
        sender = sender_across_support_verb(scan, start, e)
        if sender is not None:
            start, named = sender, NAMED
        named = max(named, org_word_mark(idx, start, s, e))
        if word in _REGISTERED_ENDINGS:
            start = brand_after_village(scan, start, s)
        if word == "基地" and base_of_a_unit(text[start:s], lex):
            continue  # 某某合作社养殖基地: the cooperative is the unit (its span is found too)
        if (
            word == "办"
            and town_office(text[start:e])
            and text.startswith(_TITLE_HEADS, e)
            and _town_linked(scan, start, s)
        ):
            # 某某街道营商办副主任: the office is part of the title of a post at the town,
            # whose place span carries the mention (alone, as a credit, it is a unit)
            continue
        if committee_office_before_title(text, start, e):
            # 县委常委、县委办公室主任某某: the committee's office is part of the title of
            # a post at the place (GOLD_NOTES: a department written only in a title chain)
            continue
        if suffix.strength == "source" and not cited_as_source(text, start, e):
            continue  # 某办发布的通知: the verb, not an account
        if suffix.strength == "source" and outlet_before_account(text, start, s, lex):
            continue  # 某电视台新闻记者: the station's own news, the station is the unit
        if suffix.strength == "source" and opens_info_label(text, s, lex):
            continue  # 来源：某某报发布时间：…: the next field's label, not an account
        if word == "委员会" and text.startswith("中共", start):
            folded = formal_party_name(scan, spans, start, s, e)
            if folded is not None:
                spans.append(folded)
                continue
        if word == "委员会" and not text.startswith("中共", start):
            committee = residents_committee(scan, start, s, e)
            if committee is not None:
                spans.append(committee)
                continue
        if word == "委":
            committee = area_committee(scan, start, s, e)
            if committee is not None:
                spans.append(committee)
                continue
        spans.append(UnitSpan(start, e, scan.party_after(e), "org", suffix.text, None, named))
    return spans


_REGISTRATION_LEVELS = frozenset({"province", "city", "county"})
_BRAND_GAP_POS = frozenset({"p", "c", "u", "uj", "ul", "v", "d", "r", "f"})
_COUNTED_GAP = re.compile(r"^[\d一二三四五六七八九十两百几多]+[家个所位名]")
_MAX_BRAND_GAP = 12


# Endings of an area built up for firms (某某产业园, 某某工业园区).
_PARK_WORDS = frozenset({"产业园", "工业园", "工业园区"})


def park_of_a_place(scan: UnitScan, start: int, s: int, word: str) -> bool:
    """Whether the park whose name runs from ``start`` to its ending at ``s`` is a
    village's or town's park named by the place and common words alone (某村现代农业
    产业园, 某镇工业园): a site of the place, no unit of its own — the place is the unit
    the story speaks of. A proper word after the place (某镇某某铁皮石斛产业园) names a
    park of its own."""
    if word not in _PARK_WORDS:
        return False
    p = next((q for q in scan.places if q.start == start), None)
    if p is None or p.level not in ("village", "town"):
        return False
    pe = place_host_end(p, scan.text)
    if pe >= s:
        return True
    toks = list(scan.idx.following(pe, s))
    if not toks or toks[-1].end != s:
        return False  # no clean cut into words: read as written
    return not any(piece_is_name(t.text, t.pos, scan.lex) for t in toks)


# Trades that end a firm's name only after a brand word (unit_name_parts.tsv).
_BRAND_ONLY_ENDINGS = frozenset(_PARTS["brand_only_endings"])

# How often jieba's dictionary may have seen a word that still reads as a firm's brand
# before a trade ending (a rare place or noun: 某海, 某峰); 城市, 小区, 红色 are seen far more.
BRAND_WORD_FREQ = 200


def brand_before_trade_ending(idx: Tokens, start: int, s: int) -> bool:
    """Whether the word right before a trade ending at ``s`` (物业, 市场, 实业) is a brand
    word, so that the trade ends a firm's name (甲乙物业, 某某实业): a word of the name
    (not before ``start``) that jieba cuts off at ``s`` and does not know, or knows only as
    a rare word. A frequent word before the ending (小区物业, 城市市场, 劳动力市场, 红色物业)
    names the trade or a kind of it, and a word glued across the ending (宠物市场) gives
    no brand to read."""
    word = idx.at(s - 1) if s > 0 else None
    if word is None or word.end != s or word.start < start:
        return False
    if not HAN_WORD.match(word.text):
        return False
    freq, _tag = dictionary_entry(word.text)
    return freq < BRAND_WORD_FREQ


def registered_name_start(scan: UnitScan, start: int, s: int) -> int | None:
    """The start of a registered company's name (有限公司, 集团) at the place that heads it
    when the walk stopped on a brand made of function words (某地惠和种业有限公司: 和;
    某地一片天餐饮有限公司: 一片, 天): a province, city or county (a linked place or a
    bare short form) the walk did not reach, followed by Han characters only up to the
    ending, its first word no function word, verb or count, the words between holding a
    function word, numeral or verb but no preposition
    (:func:`_brand_of_function_words`). None when there is no such place."""
    text, idx = scan.text, scan.idx
    heads = [(p.start, p.end) for p in scan.places if p.level in _REGISTRATION_LEVELS]
    inside_places = [(p.start, p.end) for p in scan.places]
    for j in range(start, max(0, s - _MAX_BRAND_GAP) - 1, -1):
        tok = idx.at(j - 1) if j > 0 else None
        if (
            tok is not None
            and tok.end == j
            and is_city_short_form(tok.text)
            and not any(a <= tok.start < b for a, b in inside_places)  # 金沙|社区
        ):
            heads.append((tok.start, tok.end))
    for head_start, head_end in sorted(heads, key=lambda h: -h[1]):
        if not (s - _MAX_BRAND_GAP <= head_end < start):
            continue
        gap = text[head_end:s]
        if not HAN_WORD.match(gap) or _COUNTED_GAP.match(gap):
            continue
        first = idx.at(head_end)
        if first is None or first.start != head_end or first.pos in _BRAND_GAP_POS:
            continue
        if _brand_of_function_words(scan, head_end, s):
            return head_start
    return None


_FUNCTION_POS = frozenset({"c", "m", "q", "u", "uj", "ul", "uv", "v", "d"})


def _brand_of_function_words(scan: UnitScan, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is whole words holding a function word, a numeral or a verb
    (禾|和|种业, 一叶|舟|餐饮) — what stopped the walk — and no preposition (某社区与|某某
    科技: two units, not one name)."""
    found, i = False, start
    for tok in scan.idx.following(start, end):
        if tok.end > end or tok.pos == "p":  # 某地某社区与|某某公司: two units, not one name
            return False
        found = found or tok.pos in _FUNCTION_POS
        i = tok.end
    return found and i >= end


_REGISTERED_ENDINGS = _LEGAL_ENDINGS | {"合作社", "专业合作社", "股份经济合作社"}


def brand_after_village(scan: UnitScan, start: int, s: int) -> int:
    """Where a registered enterprise's name (有限公司, 集团, 合作社) starts when places down to
    a village head it (某县某街道某村|某某农民专业合作社, 某村|某某农业有限公司): after the
    village, which says where the enterprise is, when the rest opens a name of its own
    (:func:`ingest.extract.place_chains.opens_own_name`); ``start`` otherwise — common
    words and a kind (某村蜜蜂养殖农民专业合作社) and the village's own collective
    (某村股份经济合作社) are named by the village."""
    by_start = {p.start: p for p in scan.places}
    i, last = start, None
    while i in by_start and i < s:
        last = by_start[i]
        i = place_host_end(last, scan.text)
    if last is None or last.level != "village" or s - i < 2:
        return start
    if scan.text.startswith(_VILLAGE_COLLECTIVES, i):
        return start  # 某村股份经济合作社: the village's own collective, named by it
    if not opens_own_name(scan.text, scan.idx, i, s, {}, last):
        return start  # 某村|蜜蜂养殖农民专业合作社: common words, named by the village
    return i


_VILLAGE_COLLECTIVES = tuple(_PARTS["village_collectives"])


_DESIGNATED_ACTIVITIES = tuple(_PARTS["designated_activities"])


def base_of_a_unit(head: str, lex: Lexicon) -> bool:
    """Whether a base's name is a unit's name and the activity its base is for
    (某某专业合作社养殖基地, 某某有限公司种植基地): the unit, not the base, is named."""
    for activity in _DESIGNATED_ACTIVITIES:
        if head.endswith(activity):
            unit = head[: -len(activity)]
            return any(
                unit.endswith(x) and len(unit) > len(x) + 1 for x in lex.org_suffixes if len(x) >= 2
            )
    return False


# A division of the Xinjiang Production and Construction Corps by its old numbered name
# (农一师 … 农十四师); one followed by its city's name (农一师某某市) is that city's.
_CORPS_DIVISION = re.compile(
    # 农十四师团场, 农十四师与某县: any word may follow the division but the rest of
    # 师范 (a normal college), 师傅 and 师生, or the city the division runs (农一师某某市)
    r"农[一二三四五六七八九十]{1,3}师(?![范傅生]|[\u4e00-\u9fff]{1,4}市)"
    r"|兵团第?[一二三四五六七八九十]{1,3}师(?!范|[\u4e00-\u9fff]{1,4}市|[一二三四五六七八九十\d]{1,3}团)"
)
# A regiment under its division (一师七团, 兵团第五师83团): the division's number, then the
# regiment's, in Chinese numerals or digits; the regiment is group 1.
_CORPS_REGIMENT = re.compile(
    r"(?:兵团第?|(?<![一二三四五六七八九十零〇第]))[一二三四五六七八九十]{1,2}师"
    r"([一二三四五六七八九十零〇]{1,3}团|\d{1,3}团)"
)


# An area's committee of a national people's organisation or democratic party written
# after its name: the area (中央, or a place the linker found ending in a division's
# character), then 委员会, 委会 or 委 — not a word running on from 委 (委员, 委托).
_AREA_COMMITTEE_AFTER = re.compile(
    r"(中央|[\u4e00-\u9fff]{1,6}?[省市县区州盟旗])"
    r"(?:工作委员会|委员会|委会|工委|委(?![员托派屈任婉]))"
)


def democratic_party_committees(scan: UnitScan) -> list[UnitSpan]:
    """A democratic party's (or national people's organisation's) committee of an area,
    written with the party's name, the area and 委会 / 委员会 / 委 (农工党某省委会, 九三学社
    某市委, 民盟中央委员会), is one unit named as written: the walk from 委 stops short of
    会 and 委会 is no ending of its own. So is its working committee of a district or
    county (工委 / 工作委员会: 致公党某区工委), which a party sets up where it has too few
    members for a committee."""
    text, lex = scan.text, scan.lex
    out: list[UnitSpan] = []
    for m in scan.pats.known.finditer(text):
        s, e = m.span()
        if lex.known_units[m.group()].subtype != "social_org" or not scan.idx.is_boundary(s):
            continue
        body = _AREA_COMMITTEE_AFTER.match(text, e)
        if body is None:
            central = party_central_committee(scan, m.group(), e)
            if central is not None:  # 民革中央: the party's central committee
                out.append(
                    UnitSpan(s, central, scan.party_after(central), "known", m.group(), None, NAMED)
                )
                continue
            area = party_area_before_title(scan, e)
            if area is not None:  # 民建某市副主委: the committee of that area
                out.append(UnitSpan(s, area, area, "known", m.group(), None, NAMED))
            continue
        area_end, end = body.end(1), body.end()
        if body.group(1) != "中央" and not any(
            p.start == e and area_end <= p.end <= end for p in scan.places
        ):
            continue  # 民盟成员在某市委: no place right after the party's name (the
            # linker may hold 委 in the place's span: 某省委)
        out.append(UnitSpan(s, end, scan.party_after(end), "known", m.group(), None, NAMED))
    return out


_DEMOCRATIC_PARTIES = frozenset(_PARTS["democratic_parties"])


def whole_party(name: str, lex: Lexicon) -> bool:
    """Whether ``name`` is one of the eight democratic parties written as a whole, by its
    full or short name (中国致公党, 民革): the party, no organ of it (GOLD_NOTES 6)."""
    known = lex.known_units.get(name)
    return (known.full if known is not None else name) in _DEMOCRATIC_PARTIES


def party_central_committee(scan: UnitScan, party: str, e: int) -> int | None:
    """The end of 中央 written right after a democratic party's name at ``e`` (民革中央,
    民建中央副主席): the party's central committee, an organ named as written, where the
    party alone is no unit; None otherwise (委员会 after 中央 is the committees' rule's)."""
    if not whole_party(party, scan.lex) or not scan.text.startswith("中央", e):
        return None
    return e + 2


def party_area_before_title(scan: UnitScan, e: int) -> int | None:
    """The end of an area written right after a democratic party's name at ``e`` and
    followed by a title (民建某市|副主委, 九三学社某县|秘书长): the party's committee of
    that area written without 委, whose officer the title names; None otherwise."""
    text, lex = scan.text, scan.lex
    for p in scan.places:
        if p.start != e or p.end - p.start < 2 or text[p.end - 1] not in _AREA_ENDS:
            continue
        if any(text[p.end : p.end + n] in lex.titles for n in range(2, lex.max_title + 1)):
            return p.end
    return None


_AREA_ENDS = frozenset("省市县区州盟旗")
_PARTY_BRANCH_GAP = 12  # characters between a party's area committee and its branch's ending


def democratic_party_branches(scan: UnitScan, committees: list[UnitSpan]) -> list[UnitSpan]:
    """A branch of a democratic party written after the party's area committee
    (民建某市委某某支部, 某党某区委某高校总支) is a unit of its own, named in full — the
    party's basic organisation, not a party branch of the unit or place named inside it
    (某市委|某某学院|支部, 某市委|新华|一支部). Only nouns, places and numbers between the
    committee and the branch's ending, at most twelve characters, no mark or title."""
    text, idx, lex = scan.text, scan.idx, scan.lex
    out: list[UnitSpan] = []
    for c in committees:
        after = [(s, e) for s, e in scan.party_spans if c.end <= s <= c.end + _PARTY_BRANCH_GAP]
        if not after:
            continue
        s, e = min(after)
        if s == c.end or not all("\u4e00" <= ch <= "\u9fff" for ch in text[c.end : s]):
            continue
        words, i = [], c.end
        while (t := idx.at(i)) is not None and i < s:
            words.append(t)
            i = t.end
        if any(t.pos in _GAP_STOP_POS or t.text in lex.titles for t in words):
            continue  # 民建某市委主委张某所在支部: no branch's name
        out.append(UnitSpan(c.start, e, e, "known", c.suffix, None, NAMED))
        out += branches_listed_after(scan, e, c.suffix)
    return out


# A democratic party's branch named without its area committee: the party's name, the
# area or school it is formed in, then the branch's ending (致公党某市总支部, 民盟某大学
# 总支, 农工党某市某县支委会).
_BRANCH_ENDING_AFTER_PARTY = re.compile(r"(?:总支部|总支|支委会|支部)(?!委员)")


def party_branch_without_committee(scan: UnitScan, committees: list[UnitSpan]) -> list[UnitSpan]:
    """A democratic party's branch written right after the party's name, without the
    area committee (致公党某市总支部, 民盟某某大学总支, 农工党某市某县支委会), is a unit
    of its own named in full, as :func:`democratic_party_branches` names one written after
    the committee — not the branch of the place or school named inside it. A place opens
    what stands between the party's name and the ending, or a unit's ending closes it;
    only nouns, places and numbers, at most twelve characters, no mark, verb or title.
    The branches listed after it are its committee's too (:func:`branches_listed_after`)."""
    text, idx, lex = scan.text, scan.idx, scan.lex
    taken = {c.start for c in committees}
    out: list[UnitSpan] = []
    for m in scan.pats.known.finditer(text):
        s, e = m.span()
        if s in taken or lex.known_units[m.group()].subtype != "social_org":
            continue
        if not idx.is_boundary(s):
            continue
        words, i = [], e
        while (t := idx.at(i)) is not None and i - e < _PARTY_BRANCH_GAP:
            hit = _BRANCH_ENDING_AFTER_PARTY.match(text, i)
            if hit is not None and i > e:
                break
            words.append(t)
            i = t.end
        hit = _BRANCH_ENDING_AFTER_PARTY.match(text, i)
        if hit is None or i == e or not all("\u4e00" <= ch <= "\u9fff" for ch in text[e:i]):
            continue
        if any(
            t.pos in _GAP_STOP_POS or t.text in lex.titles or t.text.endswith(("委", "会"))
            for t in words
        ):
            continue  # 民建某市委某支部: the committee's rule names it
        if not any(p.start == e for p in scan.places) and not lex.unit_ending(text[e:i]):
            continue  # 民盟成员所在支部: a place or a unit (某某学院) forms the branch
        end = hit.end()
        out.append(UnitSpan(s, end, end, "known", m.group(), None, NAMED))
        out += branches_listed_after(scan, end, m.group())
    return out


# A branch's ending right before a democratic party officer's title (某某支部主委, 某某
# 总支副主委): 主委 is the democratic parties' title, never the CPC's (书记).
_BRANCH_BEFORE_CHAIR = re.compile(r"(?:总支部|总支|支委会|支部)(?=副?主委)")
_BRANCH_NAME_MAX = 6  # characters of such a branch's own name before its ending
_ITEM_OPENERS = frozenset("，,、。；;：:\n")


def branch_before_party_chair(scan: UnitScan) -> list[UnitSpan]:
    """A branch named right before a democratic party officer's title, in a story that
    names a democratic party before it (…某党某省委会委员、市直总支副主委某某，市属三支部
    主委某某): the party's basic organisation, a unit of its own named as written (市直总支),
    though the party's name is not written again. The branch's own name opens the clause
    (after a mark) and is two to six characters of nouns, places and numbers — no
    pronoun (各支部主委), verb or title."""
    text, lex = scan.text, scan.lex
    parties = [
        (m.start(), m.group())
        for m in scan.pats.known.finditer(text)
        if whole_party(m.group(), lex)
    ]
    out: list[UnitSpan] = []
    for hit in _BRANCH_BEFORE_CHAIR.finditer(text):
        s, end = hit.span()
        party = next((p for at, p in reversed(parties) if at < s), None)
        if party is None:
            continue
        k = s
        while k > 0 and s - k < _BRANCH_NAME_MAX and "\u4e00" <= text[k - 1] <= "\u9fff":
            k -= 1
        if s - k < 2 or (k > 0 and text[k - 1] not in _ITEM_OPENERS):
            continue
        words = _plain_name_words(scan, k, s)
        if words is None:
            continue
        if any(t.text in lex.known_units for t in words):
            continue  # 致公党某区支部主委: the party's own rules name it in full
        out.append(UnitSpan(k, end, end, "known", party, None, NAMED))
    return out


def _plain_name_words(scan: UnitScan, start: int, stop: int) -> list[Token] | None:
    """The words jieba cut ``text[start:stop]`` into, or None when they do not end exactly
    at ``stop`` or one of them is a stop word's part of speech or a title: a branch's own
    name before its party ending is plain nouns (甲支部, never 主持支部)."""
    words, i = [], start
    while (t := scan.idx.at(i)) is not None and i < stop:
        words.append(t)
        i = t.end
    if i != stop or any(t.pos in _GAP_STOP_POS or t.text in scan.lex.titles for t in words):
        return None
    return words


_LISTED_BRANCH_GAP = 6  # characters of a listed branch's own name before its ending


def branches_listed_after(scan: UnitScan, e: int, party: str) -> list[UnitSpan]:
    """The branches written after a democratic party's branch at ``e`` in a 、-list
    without the committee again (民建某市委甲支部、乙支部、丙支部): the same committee's
    branches, each a unit named as written (乙支部). Each item is a short name of nouns
    (at most six characters, as :func:`democratic_party_branches` reads the gap) and the
    party ending; the list stops at the first item that is none."""
    text = scan.text
    out: list[UnitSpan] = []
    while text.startswith("、", e):
        start = e + 1
        ends = [
            (s, end)
            for s, end in scan.party_spans
            if start < s <= start + _LISTED_BRANCH_GAP
            and all("\u4e00" <= ch <= "\u9fff" for ch in text[start:s])
        ]
        if not ends:
            break
        s, end = min(ends)
        if _plain_name_words(scan, start, s) is None:
            break
        out.append(UnitSpan(start, end, end, "known", party, None, NAMED))
        e = end
    return out


def corps_divisions(scan: UnitScan) -> list[UnitSpan]:
    """The Corps' divisions written by number (农七师, 兵团一师): Organizations of their
    own; a regiment under its division (一师七团) is a place (:func:`corps_regiments`)."""
    return [
        UnitSpan(m.start(), m.end(), m.end(), "known", "", None, NAMED)
        for m in _CORPS_DIVISION.finditer(scan.text)
    ] + corps_regiments(scan.text, scan.places)


def corps_regiments(text: str, places: Sequence[PlaceMention] = ()) -> list[UnitSpan]:
    """A numbered regiment of the Corps written under its division (一师七团, 兵团第五师83团)
    is a township-level area with its companies (连) as villages (GOLD_NOTES: a Region),
    named by the regiment (七团), the division written before it being the regiment's
    address, not a unit of the sentence. Where the gazetteer found the regiment itself
    (among ``places``), the regiment is that place, so it keeps the place's code."""
    linked = {(p.start, p.end): p for p in places}
    out: list[UnitSpan] = []
    for m in _CORPS_REGIMENT.finditer(text):
        found = linked.get((m.start(1), m.end()))
        place = (
            replace(found, start=m.start(), surface=m.group())
            if found is not None
            else PlaceMention(m.start(), m.end(), m.group(), "Region", "town", m.group(1), None)
        )
        out.append(UnitSpan(m.start(), m.end(), m.end(), "place", "", place, NAMED))
    return out


def known_unit_spans(scan: UnitScan) -> list[UnitSpan]:
    """A unit of the official reference list (国务院, a ministry, 新华社, a big bank and
    its short form 中行) written as whole words is a unit even without an ending the walk
    knows; a longer name around it (某部某司, 中行某某支行) wins in :func:`select_spans`."""
    text, idx = scan.text, scan.idx
    place_starts = {p.start for p in scan.places}
    out: list[UnitSpan] = []
    for m in scan.pats.known.finditer(text):
        s, e = m.span()
        if not (idx.is_boundary(s) and idx.is_boundary(e)):
            continue  # 集中行动 holds no 中行
        media = scan.lex.known_units[m.group()].subtype == "media"
        if text.startswith("第", e) or (e in place_starts and not media):
            continue  # 某兵团第二师, 某兵团某市: the head of a longer place's name
        level = s > 0 and text[s - 1] in _LEVEL_CHARS and idx.is_boundary(s - 1)
        if len(m.group()) == 2 and not level and not _stands_alone(scan, e):
            continue  # 人行桥: a short form only where it stands as a name
        if enterprise_phrase_goes_on(scan, m.group(), e):
            continue  # 中国电子信息产业, 航空工业前沿技术
        if level:
            # 市人行: the bank's branch of that city, a unit of its own
            out.append(UnitSpan(s - 1, e, scan.party_after(e), "known", m.group(), None, NAMED))
            continue
        out.append(UnitSpan(s, e, scan.party_after(e), "known", m.group(), None, NAMED))
        if media:
            channel = outlet_channel_end(scan, s, e)
            if channel is not None:
                out.append(UnitSpan(s, channel, channel, "known", m.group(), None, NAMED))
        dept = ministry_department(scan, e, m.group(), scan.lex.known_units[m.group()].subtype)
        if dept is not None:  # written with the country before it as it is (中国某某部某司)
            head = s - 2 if text.startswith("中国", s - 2) and idx.is_boundary(s - 2) else s
            suffix = text[dept - 1]
            out.append(UnitSpan(head, dept, scan.party_after(dept), "known", suffix, None, NAMED))
    return out


# A source line's label just before the outlet it credits (来源:, 來源：, (来源: ).
_SOURCE_LABEL = re.compile(r"(?:来源|來源)\s*[:：]\s*$")
_CHANNEL_TAIL = ("新闻", "新聞", "频道", "頻道")
_CHANNEL_PLACE = re.compile(r"[\u4e00-\u9fff]{2,3}(?=(?:新闻|新聞|频道|頻道)?(?:[)）\]\n]|$))")


def outlet_channel_end(scan: UnitScan, s: int, e: int) -> int | None:
    """The end of a national news site's regional channel credited in a source line
    (来源:某某网某省, 来源:某某网某地新闻): the site's name runs on over the place it
    covers (and 新闻 or 频道) to the line's end or a closing bracket, and the channel is the
    outlet the line names. None elsewhere: a dateline's 某某网某地…电 credits the site."""
    text = scan.text
    line_start = text.rfind("\n", 0, s) + 1
    if not text.endswith("网", 0, e) or not _SOURCE_LABEL.search(text, line_start, s):
        return None
    place = next((p for p in scan.places if p.start == e), None)
    # a place the gazetteer left unlinked in a source field: two or three characters
    bare = _CHANNEL_PLACE.match(text, e)
    if place is not None:
        end = place.end
    elif bare is not None:
        end = bare.end()
    else:
        return None
    if text.startswith(_CHANNEL_TAIL, end):
        end += 2
    if end < len(text) and text[end] not in "\n)）] \u3000":
        return None
    return end


def enterprise_phrase_goes_on(scan: UnitScan, name: str, e: int) -> bool:
    """Whether a central enterprise's short name that reads as an ordinary phrase too
    (:func:`_ordinary_phrase`) runs on into a noun, so that the phrase is the text's, not
    the group (中国电子|信息产业, 中国黄金|饰品); before a verb, a party ending or a
    boundary it is the group (中国移动推出, 中国中铁党委)."""
    if scan.lex.known_units[name].subtype != "enterprise" or not _ordinary_phrase(name):
        return False
    nxt = scan.idx.starting_at(e)
    return (
        nxt is not None
        and HAN_WORD.match(nxt.text) is not None
        and nxt.pos.startswith("n")
        and not _stands_alone(scan, e)
    )


def _ordinary_phrase(name: str) -> bool:
    """Whether a central enterprise's short name reads as an ordinary phrase too: a word
    of jieba's dictionary (航空工业, 东风公司) or 中国 before one (中国电子 of 中国电子信息
    产业, 中国黄金 of 中国黄金饰品)."""
    return is_dictionary_word(name) or (name.startswith("中国") and is_dictionary_word(name[2:]))


_DEPARTMENT_MAX = 8  # characters of a department's field between its ministry and 司
_NATIONAL_BODY_ENDS = ("部", "局", "委", "署", "办")


# Words ending in 部 that name no department of a bank (干部, 总部, 全部, 内部).
_NOT_DEPARTMENTS = ("干部", "总部", "全部", "内部", "本部", "局部", "外部")


# The central government's liaison offices in the special administrative regions
# (known_units.tsv) and the word of their area departments (某中联办|港岛|工作部).
_LIAISON_ENDS = ("中联办", "联络办公室")
_AREA_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,4}?工作部")


def liaison_area_department(scan: UnitScan, e: int, body: str) -> int | None:
    """The end of a liaison office's department for an area written right after it
    (某中联办|某区|工作部: two to four characters of the area, then 工作部); None when
    ``body`` is no liaison office or no such department follows."""
    if not body.endswith(_LIAISON_ENDS):
        return None
    m = _AREA_DEPARTMENT.match(scan.text, e)
    if m is None or not _stands_alone(scan, m.end()):
        return None
    return m.end()


def ministry_department(scan: UnitScan, e: int, body: str, subtype: str = "") -> int | None:
    """The end of a department of a national body of the reference list written right
    after it: a 司 of a ministry or a national bureau (某某部|水库移民|司, 某某局|开发指导|司),
    a 部 of a state bank (某某银行|乡村振兴|部, 某某银行|大客户|部): two to eight characters
    of its field and the department word ending a word (no 公司, 司法, 司机; no 干部,
    总部). None when there is none."""
    area = liaison_area_department(scan, e, body)
    if area is not None:
        return area
    if subtype == "bank":
        word = "部"
    elif body.endswith(_NATIONAL_BODY_ENDS):
        word = "司"
    else:
        return None
    text, idx = scan.text, scan.idx
    for j in range(e + 2, min(len(text), e + _DEPARTMENT_MAX + 1)):
        c = text[j - 1]
        if not "\u4e00" <= c <= "\u9fff":
            return None
        if text[j] != word or text[j - 1] == "公" or text.startswith(_NOT_DEPARTMENTS, j - 1):
            continue
        tok = idx.at(j)
        if tok is None or tok.end != j + 1 or not idx.is_boundary(e):
            return None
        return j + 1
    return None


def _stands_alone(scan: UnitScan, e: int) -> bool:
    """Whether a name ending at ``e`` ends there: the text ends, or a boundary, a party
    ending or a title follows (中行与, 中行党委, 中行行长)."""
    text = scan.text
    if (
        e >= len(text)
        or text[e] in _BOUNDARY_AFTER
        or text[e] in "等的"
        or not HAN_WORD.match(text[e])
    ):
        return True
    if scan.pats.party.match(text, e):
        return True
    lex = scan.lex
    return any(
        text[e : e + n] in lex.titles for n in range(1, min(lex.max_title, len(text) - e) + 1)
    )


# 驻 after a unit's ending opens where the unit stations its people (某局驻某村第一书记,
# 某公司驻村工作队): jieba may glue it to the ending (局驻), but the name ends there.
_STATIONED_AT = "驻"


def outlet_before_account(text: str, start: int, s: int, lex: Lexicon) -> bool:
    """Whether the words before a news account's ending (某电视台|新闻, 某日报|新闻) end
    with an outlet's own ending (a media ending of org_suffixes.tsv that is no account's):
    the outlet's news, written before 记者 or 报道, whose unit is the outlet itself."""
    return any(
        text.endswith(x, start, s)
        for x, suf in lex.org_suffixes.items()
        if suf.subtype == "media" and suf.strength != "source"
    )


def account_cited_after(text: str, e: int, word: str, lex: Lexicon) -> bool:
    """Whether a news account's ending (``source`` in org_suffixes.tsv: 某某新闻, 某某发布)
    at ``e`` is followed by a word that cites it as the story's source (某某新闻|记者,
    某某新闻|报道): jieba reads 新闻记者 and 新闻报道 as one word, so the ending ends no
    token, yet the citing word closes the account's name."""
    return lex.org_suffixes[word].strength == "source" and text.startswith(_SOURCE_AFTER, e)


def ending_ends_name(scan: UnitScan, s: int, e: int, word: str) -> bool:
    """Whether the organisation ending ``word`` at ``[s, e)`` ends a unit's name: not an
    ordinary word (格局, 举办), not a quoted brand of an activity, the end of a jieba word
    (中心城区 is no 中心) unless a boundary follows, and for a one-character ending the end
    of a longer word or a word of its own (水务局, 推进委; 委员 is no 委)."""
    text, idx, lex, pats = scan.text, scan.idx, scan.lex, scan.pats
    tok = idx.at(s)
    last = idx.at(e - 1)
    if tok is None or last is None:
        return False
    if tok.text in lex.not_units or any(a < e and b > s for a, b in scan.not_unit_spans):
        return False  # 格局, 举办: ordinary words that end like a unit
    if word_ends_in_ordinary_word(last, e, lex):
        return False  # 产业布局: one jieba word that ends in 布局
    if ending_runs_into_verb(text, e, lex):
        return False  # 到某某社区报到: reporting to the community, no 社区报
    if ending_opens_ordinary_word(text, s, word, idx, lex):
        return False  # 服务中心大局: 中心 opens the phrase 中心大局, no 中心 ends there
    if last.text in lex.titles and last.end == e:
        return False  # 市委常委: a title, whose 委 ends no unit
    if _quoted_modifier(text, e, pats) and not verb_after_quote(idx, e + 1):
        return False  # 以“某某联盟”主题党日为载体: a quoted brand of an activity
    if (
        last.end != e
        and e < len(text)
        and text[e] not in _BOUNDARY_AFTER
        and not text.startswith(_STATIONED_AT, e)
        and not pats.party.match(text, e)
        and not any(text.startswith(t, e) for t in _TITLE_HEADS)
        and not head_glued_to_ending(text, e, word)
        and not dateline_after(text, e, lex.org_suffixes[word].subtype)
        and not organ_after(text, e)
        and not respectively_after(text, e)
        and not assembly_before_member_title(scan, s, e, word)
        and not account_cited_after(text, e, word, lex)
    ):
        return False  # jieba glues 委与: a boundary after the ending is enough
    if lex.org_suffixes[word].full:
        return short_ending_closes_name(scan, e)
    if len(word) == 1:
        ends_word = tok.end == e and (tok.end - tok.start >= 3 or tok.pos == UNKNOWN_POS)
        return (
            ends_word
            or tok.start == s
            or level_abbreviation(scan, tok, e)
            or army_designation_start(text, s) is not None  # 12345部|队: jieba's 部队
            or numbered_bureau_of_enterprise(scan, tok, s)
            or head_glued_to_ending(text, e, word)
        )
    # 集中学习 holds no 中学 (but 社区卫生|服务中心 is a 卫生服务中心); a place ending right
    # there marks the edge jieba missed (某都区|融媒体中心 cut 区融), and so does a level
    # word glued to the ending (县融|媒体中心, 县农|商行)
    return not (
        tok.start != s
        and tok.end != e
        and s - tok.start < 2
        and s not in scan.ends_of_places
        and text[tok.start : s] not in _LEVEL_CHARS
    )


# One-character endings whose head is written with the ending and 长 (某局长, 某所长,
# 某站长: the head of the bureau, station or office).
_HEAD_ENDINGS = frozenset("局所站")


def head_glued_to_ending(text: str, e: int, word: str) -> bool:
    """Whether the head's title is written with the unit's one-character ending, a name
    right after it (民政局长某某, 县教育局长某某, 某派出所长某某: 局长 of the 民政局): the
    ending closes the unit's name though jieba reads 局长 across it. The bureau is one
    word with its field (民政局, 教育局, 派出所); 某局局长, 副局长, 蔡局长 (a person called
    by a title) and 新任局长 write the title alone."""
    return (
        word in _HEAD_ENDINGS
        and text.startswith("长", e)
        and "\u4e00" <= text[e + 1 : e + 2] <= "\u9fff"
        and any(_bureau_word(text[e - n : e]) for n in (3, 4) if e >= n)
    )


def _bureau_word(word: str) -> bool:
    """Whether jieba knows ``word`` as one word naming a unit (民政局 nt, 教育局, 派出所)."""
    return is_dictionary_word(word) or pos_of(word) == "nt"


def short_ending_closes_name(scan: UnitScan, e: int) -> bool:
    """Whether a unit kind written short (``org_suffixes.tsv``'s fourth column: 国小,
    医高专's 高专, 村促会's 促会) closes a name at ``e``: jieba does not know the short form
    and cuts across it (溪|南国|小), so its words say nothing; the ending closes a name
    where the text after it does — the end of the text, a boundary mark or word (、，与 和
    在 为), a party ending or a title (某某国小校长) — and not where a character runs on
    (中国小商品, 全国中学生, 中专学历)."""
    text = scan.text
    if e >= len(text):
        return True
    return (
        text[e] in _BOUNDARY_AFTER
        or bool(scan.pats.party.match(text, e))
        or any(text[e : e + n] in scan.lex.titles for n in range(2, scan.lex.max_title + 1))
    )


def organ_after(text: str, e: int) -> bool:
    """Whether the unit's organ (机关: its offices, as opposed to its field units) is
    written right after the ending at ``e`` (某某局|机关委员会, 某某局|机关干部): jieba glues
    局机关 into one word, but the bureau's name ends before 机关 all the same."""
    return text.startswith("机关", e)


def respectively_after(text: str, e: int) -> bool:
    """Whether 分别 (respectively: 甲、乙分别与丙签约) follows the ending at ``e``: jieba
    glues an ending's last character to its first (某某武装部|分别 read as 部分|别), but the
    name ends before it, as before any word that closes a list of units."""
    return text.startswith("分别", e)


def ending_runs_into_verb(text: str, e: int, lex: Lexicon) -> bool:
    """Whether the ending's last character and the text after it spell a verb of the
    sentence (社区报|到 is 报到, reporting to the community): jieba may cut such a verb
    after its first character, so the characters are read, not the tokens."""
    verbs = lex.ending_verbs
    return any(text[e - 1 : e - 1 + n] in verbs for n in word_lengths(verbs))


def ending_opens_ordinary_word(text: str, s: int, word: str, idx: Tokens, lex: Lexicon) -> bool:
    """Whether the ending ``word`` at ``s`` is the first word of an ordinary phrase of the
    not-units list (党和国家中心大局, 围绕中心工作): the phrase is the sentence's, whatever
    jieba cuts inside it, so long as a jieba word ends where the phrase ends (某中心|组织
    党员 is no 中心组)."""
    not_units = lex.not_units
    for n in word_lengths(not_units):
        # the phrase the text holds at s of each length a phrase of the list has: one
        # look-up per length instead of a walk over the whole list, at every ending
        w = text[s : s + n]
        if len(w) == n > len(word) and w in not_units and w.startswith(word):
            last = idx.at(s + n - 1)
            if last is not None and last.end == s + n:
                return True
    return False


def word_ends_in_ordinary_word(last: Token, e: int, lex: Lexicon) -> bool:
    """Whether the jieba word that ends at the ending ``e`` ends in an ordinary word of
    the not-units list (产业布局, 发展新格局): the word is a phrase of the sentence, not a
    unit, whatever ending its last characters spell — unless jieba reads the word as an
    organisation's name (民政局 is no 政局)."""
    if last.end != e or last.pos == "nt":
        return False
    word = last.text
    not_units = lex.not_units
    return any(word[-n:] in not_units for n in word_lengths(not_units) if n < len(word))


@cache
def word_lengths(words: frozenset[str]) -> tuple[int, ...]:
    """The lengths of the words of a lexicon list, shortest first: a text's piece of each
    length is looked up in the list, where a walk over the list tested every word (the
    unit endings' tests above run at every ending of every story)."""
    return tuple(sorted({len(w) for w in words if w}))


# One-character endings of a body's abbreviated name (农委, 卫计委, 农办).
_ABBREVIATED_ENDINGS = frozenset("委办")


def level_abbreviation(scan: UnitScan, tok: Token, e: int) -> bool:
    """Whether a two-character word ending in 委 or 办 at ``e`` is a body's abbreviated
    name (区农委, 某县卫计委, 市农办): it follows a level word or a place right away, or
    after one character jieba cut off (某区农|经委); 区委 and 居委 are not."""
    text = scan.text
    if tok.end != e or tok.end - tok.start != 2 or text[e - 1] not in _ABBREVIATED_ENDINGS:
        return False
    if text[tok.start] in _LEVEL_CHARS or tok.text in GENERIC_KIND or tok.text in scan.lex.titles:
        return False  # 区委, 县委 (the area's party committee), 居委, 村委, 常委 (a title)
    for k in (tok.start, tok.start - 1):
        if k <= 0 or (k < tok.start and not scan.idx.is_boundary(k)):
            continue
        if k in scan.ends_of_places or text[k - 1] in _LEVEL_CHARS:
            return True
    return False


def stationed_by(scan: UnitScan, start: int) -> int | None:
    """The start of the place that sent a team written 某地驻某地…工作组 (the name runs
    over 驻 to the sending place), when a name starting at ``start`` follows 驻 and a
    place ends right before it; None otherwise."""
    if start < 2 or scan.text[start - 1] != "驻":
        return None
    place = scan.ends_of_places.get(start - 1)
    return place.start if place is not None else None


# Verbs of one area's support of another and the endings of the team it sends
# (unit_name_parts.tsv), longest verb first.
_SUPPORT_VERBS = tuple(sorted(_PARTS["support_verbs_in_team_names"], key=len, reverse=True))
_SENT_TEAM_ENDINGS = tuple(_PARTS["sent_team_endings"])
_SENDER_LEVELS = frozenset({"province", "city", "county"})
# Characters at most between the support verb and where the walk stopped (潮州市乡村振兴驻:
# the served place and the task the team is named by).
_MAX_SERVED_WORDS = 10


def sender_across_support_verb(scan: UnitScan, start: int, e: int) -> int | None:
    """The start of the area that sent a team or command post written 甲地对口帮扶乙地…工作队
    (甲市结对帮扶乙县工作队, 甲省对口支援乙地工作前方指挥部, 甲市结对帮扶乙市乡村振兴驻
    某镇工作队), when the walk from the team's ending stopped at the served place or after
    驻: the team is the sending area's, and its name runs over the verb to that area (a
    province, city or county the linker found right before the verb). None otherwise:
    other units (某省对口援助某市第一中学) are the served place's own. ``e`` is where the
    team's name ends (队 is the ending of 工作队)."""
    if not scan.text.endswith(_SENT_TEAM_ENDINGS, start, e):
        return None
    text = scan.text
    for k in range(start, max(0, start - _MAX_SERVED_WORDS) - 1, -1):
        if k < start and not HAN_WORD.match(text[k:start]):
            return None
        verb = next((v for v in _SUPPORT_VERBS if text.endswith(v, 0, k)), None)
        if verb is None:
            continue
        place = scan.ends_of_places.get(k - len(verb))
        if place is not None and place.type == "Region" and place.level in _SENDER_LEVELS:
            return place.start
        return None
    return None


# Endings of a branch, which may follow its company's registered name.
_BRANCH_ENDINGS = frozenset({"分公司", "子公司", "分行", "支行"})


def branch_of_company(spans: Sequence[UnitSpan], start: int, s: int, word: str) -> UnitSpan | None:
    """The company whose registered name is written right before a branch's name
    (某某(集团)有限公司|供水分公司, the walk from the branch's ending ``s`` having stopped at
    ``start``, inside or at the end of that name): the branch's name starts with it;
    None otherwise."""
    if word not in _BRANCH_ENDINGS:
        return None
    return next(
        (
            u
            for u in spans
            if (u.suffix in _LEGAL_ENDINGS and u.start < start <= u.host_end == u.end <= s)
            or trade_company_before(u, start)
        ),
        None,
    )


def trade_company_before(u: UnitSpan, start: int) -> bool:
    """Whether ``u`` is a company named by its trade (供水公司, 自来水公司) written right
    before a branch's name (某某公司|某地分公司): the trade company is the parent the
    branch is written under, so the branch's name starts with it, as a registered
    parent's does."""
    return u.kind == "org" and u.suffix == "公司" and u.host_end == u.end == start


# A unit named by a three-digit number written in Chinese digits (九〇三医院, 四五五医院).
_MILITARY_NUMBER = re.compile(r"(?<![〇零一二三四五六七八九十百])[〇零一二三四五六七八九]{3}")


def military_number(text: str, s: int) -> bool:
    """Whether the ending at ``s`` follows a three-digit number written digit by digit in
    Chinese (九〇三|医院): the numbered unit's whole name (the walk stops at numbers)."""
    return s >= 3 and _MILITARY_NUMBER.match(text, s - 3) is not None


# An army unit's designation (部队代号): five digits and 部队, the only public name of most
# units of the PLA and the armed police (某某部队, its 某分队); the army's name may stand
# before it. The walk stops at digits, so the rule sets the start.
_ARMY_DESIGNATION = re.compile(r"(?:中国人民解放军|解放军|武警)?(?<!\d)\d{5}部(?:队\d{1,3}分)?$")


def army_designation_start(text: str, s: int) -> int | None:
    """The start of an army unit's designation ending right before the ending at ``s``
    (某某|部队 of 12345部队, 12345部队3|分队, 12345部队|卫生所), else None."""
    before = text[max(0, s - 20) : s]
    if before.endswith("部队"):
        before = before[:-1]  # 12345部队卫生所: the unit under the designation
        m = _ARMY_DESIGNATION.search(before)
        return None if m is None else s - len(before) - 1 + m.start()
    if not before.endswith("部") and not before.endswith("分"):
        return None
    m = _ARMY_DESIGNATION.search(before)
    return None if m is None else s - len(before) + m.start()


# The two assemblies whose members hold a seat, with the member's title: closed grammar.
_MEMBER_TITLES = {"人大": ("代表",), "政协": ("委员", "常委")}


def assembly_before_member_title(scan: UnitScan, s: int, e: int, word: str) -> bool:
    """Whether the assembly ``word`` at ``[s, e)`` runs into its member's title with a
    level or a place before it (省人大|代表, 某某区政协|委员): jieba glues 人大代表 into one
    word, yet the level or place names the assembly the member sits in."""
    titles = _MEMBER_TITLES.get(word)
    if titles is None or not scan.text.startswith(titles, e):
        return False
    return s > 0 and (scan.text[s - 1] in _LEVEL_CHARS or s in scan.ends_of_places)


# A numbered engineering bureau of a central enterprise (某企三局): an ordinal and 局.
_NUMBERED_BUREAU = re.compile(r"[一二三四五六七八九十]{1,3}局")


def numbered_bureau_of_enterprise(scan: UnitScan, tok: Token, s: int) -> bool:
    """Whether the 局 at ``s`` ends a numbered bureau written right after a central
    enterprise of the reference list or its brand prefix (中建|三局, 中铁|十二局: the
    member company's short form); jieba reads the numbered 局 as one word."""
    if not _NUMBERED_BUREAU.fullmatch(scan.text, tok.start, s + 1):
        return False
    before = scan.idx.at(tok.start - 1)
    if before is None or before.end != tok.start:
        return False
    known = scan.lex.known_units.get(before.text)
    return known is not None and known.subtype == "enterprise"


def abbreviation_start(scan: UnitScan, s: int, e: int) -> int:
    """The start of a body's abbreviated name whose ending jieba glued to the character
    before it (某区农|经委): the place or level word heading it (:func:`level_abbreviation`),
    else ``s`` (no name)."""
    tok = scan.idx.at(s)
    if tok is None or not level_abbreviation(scan, tok, e):
        return s
    for k in (tok.start, tok.start - 1):
        place = scan.ends_of_places.get(k)
        if place is not None:
            return place.start
        if k > 0 and scan.text[k - 1] in _LEVEL_CHARS:
            return k - 1
    return s


def dateline_after(text: str, e: int, subtype: str) -> bool:
    """A news outlet's name in a dateline is followed by 讯 (某某时报讯, 某某网讯): the
    name ends there although jieba glues 讯 to the ending."""
    return subtype == "media" and text.startswith("讯", e)


_TOWN_OFFICE = re.compile(r"(?:街道|街|镇|乡)[\u4e00-\u9fff]{1,4}办")


def town_office(name: str) -> bool:
    """Whether ``name`` is a working office of a town or subdistrict named by its task
    (某某街党建办, 某某街道营商办): an office of the town's own government, so before a
    title the town is the unit and the office a part of the title (某某街道营商办副主任);
    a county's or a city's office (县扶贫办, 市农办) is a unit of its own."""
    return bool(_TOWN_OFFICE.search(name)) and name.endswith("办")


# A level's party committee and its general office, nothing else (县委办, 区委办公室).
_COMMITTEE_OFFICE = re.compile(r"(?:省|市|县|区|州|旗)委(?:办|办公室)")


def committee_office_before_title(text: str, start: int, e: int) -> bool:
    """Whether ``[start, e)`` is a level's party committee's general office written bare
    (县委办, 区委办公室) right before a head's title (主任, 副主任): the title of a post
    at the place the story names (县委办公室主任 @ 某县, as 统战部部长 stays whole on the
    place when the department is no unit of the story: GOLD_NOTES, twenty-third session),
    not a unit of its own; written alone or named (某县委办公室), it is one."""
    return bool(_COMMITTEE_OFFICE.fullmatch(text, start, e)) and text.startswith(_TITLE_HEADS, e)


def _town_linked(scan: UnitScan, start: int, s: int) -> bool:
    """Whether the linker found a town or subdistrict inside ``[start, s)``: its place span
    then carries the mention (and the titles after it) when the office's span is dropped."""
    return any(
        p.start >= start and place_host_end(p, scan.text) < s and p.level == "town"
        for p in scan.places
    )


def formal_party_name(
    scan: UnitScan, spans: list[UnitSpan], start: int, s: int, e: int
) -> UnitSpan | None:
    """中共X委员会 is the party committee of X: the place or unit X written inside it
    (某街道 + 社区), with the rest as its party ending; None when X is neither."""
    text = scan.text
    places_in = [
        p for p in scan.places if p.start >= start and s - 2 <= committee_host_end(p, text, s) <= s
    ]
    if places_in:
        pl = max(places_in, key=lambda p: p.end)
        he = committee_host_end(pl, text, s)
        return UnitSpan(pl.start, he, e, "place", "", pl, NAMED, text[he:e])
    inner = [u for u in spans if u.start >= start and s - 2 <= u.host_end <= s]
    if inner:
        u = max(inner, key=lambda u: u.host_end)
        return UnitSpan(
            u.start, u.host_end, e, u.kind, u.suffix, u.place, NAMED, text[u.host_end : e]
        )
    return None


def committee_host_end(p: PlaceMention, text: str, s: int) -> int:
    """Where a place's own name ends before a committee ending at ``s``: the linker reads
    中共某村委员会 as 某村委 (the villagers' committee) and 员会, so a place that runs one 委
    into the ending ends where the ending starts."""
    he = place_host_end(p, text)
    return s if he == s + 1 and text.startswith("委", s) else he


# The last character of a division that has a party committee written 某市委, 某县委.
_COMMITTEE_LEVELS = frozenset("省市县区州旗盟")


def committee_area_start(text: str, places: Sequence[PlaceMention], start: int, s: int) -> int:
    """Where the division whose party committee 委 at ``s`` is begins, in a head read from
    ``start``: after 中共 (the Party's name, no part of the place: 中共某区委 is 某区委) and
    after the higher places of a chain (某市某县委 is the county's committee; the city
    written before it is the county's address, a place of its own). Only linked places
    are stepped over, one right after another (共青团某区委 stays the League's body);
    ``start`` when the chain does not reach a division ending right at 委."""
    k = start + 2 if text.startswith("中共", start) else start
    regions = {p.start: p for p in places if p.type == "Region"}
    while k in regions:
        p = regions[k]
        if p.end in (s, s + 1):  # the division itself (the linker may hold 委 in its span)
            return k
        if p.end >= s:
            break
        k = p.end
    return start


def level_written_twice(text: str, start: int, s: int) -> int:
    """Where a division's name ends before its committee's 委 at ``s`` when the level word
    is written twice (某州州委, 某市市委: the division's name, then its level's committee
    as a title writes it): before the second level word; ``s`` otherwise."""
    if s - start >= 3 and text[s - 1] == text[s - 2] and text[s - 1] in _COMMITTEE_LEVELS:
        return s - 1
    return s


# A prefecture (某某地区) writes its party committee 某某地委, dropping the 区.
_PREFECTURE = "地区"


def prefecture_committee_head(head: str) -> bool:
    """Whether ``head``, written right before 委, is a prefecture's name without its 区
    (某某地|委 of 某某地区: the 地委 of a 地区, GOLD rule 1 folds it into the prefecture):
    at least two characters before the 地."""
    return len(head) >= 3 and head.endswith(_PREFECTURE[0])


def prefecture_committees(scan: UnitScan) -> list[UnitSpan]:
    """Every 某某地委 of a prefecture 某某地区 the story names (GOLD rule 1: the 地委 is
    folded into the prefecture): jieba reads 地委 as one word, so no ending of a unit is
    found there and the 委 of :func:`area_committee` is never reached from the endings."""
    text = scan.text
    heads = {
        text[p.start : place_host_end(p, text) - 1]
        for p in scan.places
        if p.type == "Region" and text.startswith(_PREFECTURE, place_host_end(p, text) - 2)
    }
    out: list[UnitSpan] = []
    for head in heads:
        if not prefecture_committee_head(head):
            continue
        for m in re.finditer(re.escape(head + "委"), text):
            u = area_committee(scan, m.start(), m.end() - 1, m.end())
            if u is not None:
                out.append(u)
    return out


def area_committee(scan: UnitScan, start: int, s: int, e: int) -> UnitSpan | None:
    """某市委, 某县委, 某州委 is the party committee of the division named right before
    委 (GOLD rule 1: folded into the place), not a unit of its own: a place span with 委
    as its party ending. The division is the place linked there, or the same division
    linked elsewhere in the story (the linker may leave 某省委 unlinked); 某某地委 is the
    prefecture 某某地区 the story names elsewhere (:func:`prefecture_committee_head`). 某市委组织部
    stays an organ (a longer span); a head that is no whole division is left alone."""
    text = scan.text
    start = committee_area_start(text, scan.places, start, s)
    s = level_written_twice(text, start, s)
    head = text[start:s]
    prefecture = prefecture_committee_head(head)
    if len(head) < 2 or (head[-1] not in _COMMITTEE_LEVELS and not prefecture):
        return None
    # 某某地委 is written without the 区 of 某某地区: its twin's name is one character longer
    twin_len = len(head) + 1 if prefecture else len(head)
    same = [
        p
        for p in scan.places
        if p.type == "Region"
        and text[p.start : min(place_host_end(p, text), p.start + len(head))] == head
    ]
    here = next((p for p in same if p.start == start and not prefecture), None)
    if here is None:
        twin = next(
            (
                p
                for p in same
                if place_host_end(p, text) - p.start == twin_len
                and (not prefecture or text.startswith(_PREFECTURE, p.start + len(head) - 1))
            ),
            None,
        )
        if twin is None:
            return None
        here = replace(twin, start=start, end=e, surface=text[start:e])
    # 某某|地委: the prefecture's party ending is 地委, so a title may keep it (地委委员)
    return UnitSpan(start, s - 1 if prefecture else s, e, "place", "", here, NAMED)


def residents_committee(scan: UnitScan, start: int, s: int, e: int) -> UnitSpan | None:
    """某某社区(居民)委员会 is the committee of the community linked right before it, so
    the community itself, as 某某村(村民)委员会 is the village: a place span with the
    committee word as its ending."""
    end = s - 2 if scan.text.startswith(("居民", "村民"), s - 2) else s
    for p in scan.places:
        if (
            p.type in ("ResidentsCommittee", "Village")
            and start <= p.start
            # the linker may have read the committee word into the village (某村村民委员会)
            and place_host_end(p, scan.text) in (end, e)
        ):
            return UnitSpan(p.start, end, e, "place", "", p, NAMED)
    return None


def party_spans(scan: UnitScan, units: list[UnitSpan], ends: set[int]) -> list[UnitSpan]:
    """A party ending that no unit found above carries: a department branch of a unit
    written just before it (X医院内科党支部, :func:`branch_host`), or a party body of its
    own (某市社会工作党委)."""
    text, lex = scan.text, scan.lex
    out: list[UnitSpan] = []
    for s, e in scan.party_spans:
        if s in ends:
            continue  # already the party ending of a unit found above
        start, named = extend_left(text, s, scan.idx, lex, scan.ends_of_places)
        u = branch_host(scan, units, start, s)
        if u is not None:
            out.append(
                UnitSpan(
                    u.start, u.host_end, e, u.kind, u.suffix, u.place, NAMED, text[u.host_end : e]
                )
            )
            continue
        out.append(UnitSpan(start, s, e, "party", text[s:e], None, named))
    return out


def branch_host(scan: UnitScan, units: list[UnitSpan], start: int, s: int) -> UnitSpan | None:
    """The unit a party branch at ``s`` belongs to: the nearest unit inside its name that
    ends at most eight characters before it with no other party ending between. A place
    takes the party body only across a generic word (某工业区社区党工委) or a branch's
    number (某村第二党支部, :func:`numbered_branch`)."""
    text, lex = scan.text, scan.lex
    inner = [
        u
        for u in units
        if start <= u.start
        and u.host_end < s
        and s - u.host_end <= 8
        and not scan.pats.party.search(text, u.host_end, s)
        and (
            u.kind != "place"
            or split_generic(text[u.host_end : s], lex) is not None
            or numbered_branch(text[u.host_end : s])
            or numbered_grid(text[u.host_end : s])
        )
    ]
    return max(inner, key=lambda u: (u.host_end, -u.start)) if inner else None


_BRANCH_NUMBER = re.compile(r"^第?[一二三四五六七八九十\d]{1,3}$")


def numbered_branch(gap: str) -> bool:
    """Whether the words between a place and its party ending are only the branch's
    number (某社区|第一|党支部, 某村|二|支部): a village or community with several
    branches numbers them, and each is the place's (GOLD rule 1), not a department of the
    unit named before it."""
    return bool(_BRANCH_NUMBER.match(gap))


_GRID = re.compile(r"^第?[一二三四五六七八九十\d]{1,3}(?:网格|片区)$")


def numbered_grid(gap: str) -> bool:
    """Whether the words between a place and its party ending are a numbered grid of it
    (某社区|第三网格|党支部, 某村|二片区|党支部): a community's grids are its own parts, so
    the grid's branch is the community's (GOLD rule 1), as a numbered branch is."""
    return bool(_GRID.match(gap))


# Endings of a school that may have faculties written after it (某大学某学院, 某学院某系).
_SCHOOLS = _PARTS["school_endings"]
FACULTIES = frozenset(_PARTS["faculty_endings"])
_MAX_DEPARTMENT = 10


def org_word_mark(idx: Tokens, start: int, s: int, e: int) -> int:
    """:data:`NAMED` when jieba's dictionary knows the whole name from ``start`` to the
    ending as an organisation (红豆集团/nt, 某某银行/nt): its head is a brand even where
    the head alone is a common word; :data:`COMMON` otherwise."""
    tok = idx.at(s)
    if tok is not None and tok.pos == "nt" and tok.start == start and tok.end == e:
        return COMMON if kind_led_word(idx.text[start:s]) else NAMED
    return COMMON


# jieba's tag for distinguishing words (私立, 民营, 国有): they sort units into kinds.
_KIND_POS = "b"


def kind_led_word(head: str) -> bool:
    """Whether the head of a word jieba's dictionary lists as an organisation (公立医院,
    商业银行, 民办学校/nt) names a kind of unit — a kind word (lexicons/kind_words.tsv:
    公立, 商业) or a distinguishing word (私立, 国有) — rather than a brand (红豆集团):
    the dictionary lists kinds of unit as organisations too, and a kind names none."""
    lex = load_lexicon()
    return head in lex.kind_words or head in lex.generic_heads or pos_of(head) == _KIND_POS


def _departments(
    text: str,
    idx: Tokens,
    spans: list[UnitSpan],
    lex: Lexicon,
    party_after: Callable[[int], int],
) -> list[UnitSpan]:
    """A school's faculty written after it is the unit that pairs (GOLD convention), so
    the whole 某学院某系 or 某大学A与B学院 is one span: a 系 department (物理系), or a
    faculty whose field name holds a conjunction (人文与社会发展学院) — only when the words
    before the conjunction are common nouns (not members: 某大学学生与某学院 is two
    units) and the faculty after it found no name of its own."""
    out: list[UnitSpan] = []
    for u in spans:
        if u.kind != "org" or u.named != NAMED or not u.suffix.endswith(_SCHOOLS):
            continue
        e = u.host_end
        # 某学院物理系: common words up to a word ending in 系
        i = e
        while i < len(text) and i - e < _MAX_DEPARTMENT:
            tok = idx.starting_at(i)
            if tok is None or not HAN_WORD.match(tok.text) or not _department_word(tok, lex):
                break
            i = tok.end
            if tok.text.endswith("系") and not is_common_word(tok.text) and i - e >= 2:
                out.append(UnitSpan(u.start, i, party_after(i), "org", u.suffix, None, NAMED))
                break
        # 某大学至诚学院: a college of the university named by a word that is no name of
        # its own (jieba reads 至诚 as an adverb); the 学院 found no name before it
        if u.suffix.endswith("大学"):
            coll = _college_after(text, e, idx, lex)
            if coll is not None:
                out.append(UnitSpan(u.start, coll, party_after(coll), "org", "学院", None, NAMED))
        # 某大学人文与社会发展学院: the faculty after the conjunction has no name of its own
        for w in spans:
            if w.kind != "org" or w.named != COMMON or w.suffix not in FACULTIES:
                continue
            conj = w.start - 1
            if not (e < conj <= e + 6 and text[conj] in "与和"):
                continue
            field = text[e:conj]
            if HAN_WORD.match(field) and _field_words(e, conj, idx, lex):
                out.append(UnitSpan(u.start, w.host_end, w.end, "org", w.suffix, None, NAMED))
    return out


_COLLEGE_GAP_POS = frozenset({"v", "vd", "p", "c", "u", "uj", "ul", "r", "m", "q", "t", "f"})


def _college_after(text: str, e: int, idx: Tokens, lex: Lexicon) -> int | None:
    """The end of 某某学院 written right after a university's name at ``e``: two to four
    characters of whole words that are no verb, function word or unit ending, then 学院."""
    for n in (2, 3, 4):
        k = e + n
        if not text.startswith("学院", k) or not idx.is_boundary(k) or not idx.is_boundary(e):
            continue
        i = e
        while i < k:
            tok = idx.starting_at(i)
            if (
                tok is None
                or tok.end > k
                or not HAN_WORD.match(tok.text)
                or tok.pos in _COLLEGE_GAP_POS
                or tok.text in lex.stop_words
                or tok.text in lex.generic_heads
            ):
                break
            i = tok.end
        else:
            return k + 2
    return None


def _field_words(start: int, end: int, idx: Tokens, lex: Lexicon) -> bool:
    """Whether ``[start, end)`` is whole words that may name a department's field."""
    i = start
    for tok in idx.following(start, end):
        if tok.end > end or not _department_word(tok, lex):
            return False
        i = tok.end
    return i > start and i >= end  # whole words up to end, at least one


def _department_word(tok: Token, lex: Lexicon) -> bool:
    """A word that may be part of a department's field name: a noun, not a verb, a
    function word or a member noun (学生)."""
    return (
        tok.pos not in _STOP_POS
        and tok.pos not in ("v", "vd", "i", "l")
        and tok.text not in lex.stop_words
        and tok.text not in lex.pair_gap_words
        # 某大学党委与某学院, 某大学团委与某学院: a body of the school, then its partner
        and not tok.text.endswith(lex.party_suffixes)
        and not any(tok.text.endswith(x) for x in lex.org_suffixes)
    )


def _overlaps(a: UnitSpan, b: UnitSpan) -> bool:
    return a.start < b.host_end and b.start < a.host_end


def select_spans(spans: list[UnitSpan], text: str = "") -> list[UnitSpan]:
    """Keep the longest of overlapping names (华东大学东海艺术学院 over 上海大学); a place
    inside an organisation's name is part of that name (X区人民法院). With ``text``, a
    common name listed next to a named unit is named (:func:`listed_common_names`)."""
    # of two spans of one name, a unit of the reference list wins (国务院办公厅)
    ordered = sorted(
        spans,
        key=lambda u: (-(u.host_end - u.start), -u.end, u.kind == "place", u.kind != "known"),
    )
    kept: list[UnitSpan] = []
    for u in ordered:
        if any(_overlaps(u, k) for k in kept):
            continue
        kept.append(u)
    return listed_common_names(text, sorted(kept, key=lambda u: u.start)) if text else kept


def listed_common_names(text: str, spans: list[UnitSpan]) -> list[UnitSpan]:
    """A name in a list of units is a unit: an organisation name of common words
    (某某生态合作社 that jieba cut into single characters) written next to a named unit
    with only 、 between — or with one short item between (甲隧道项目部、某某前哨、乙集团,
    :func:`list_neighbours`) — counts as named too, and so on along the list. The list may
    open right after a verb that takes units as objects (携手某某项目部、…)."""
    lex = load_lexicon()
    out = list(spans)
    changed = True
    while changed:
        changed = False
        starts = {v.start: v for v in out}
        ends = {v.end: v for v in out}
        for k, u in enumerate(out):
            if u.kind != "org" or u.named != COMMON:
                continue
            # 某某离职|干部休养所: the walk stopped inside a longer name; after a verb a
            # name of two common words stays a description (来到医疗集团、…)
            if not _opens_list_item(text, u, lex):
                continue
            if any(v.named == NAMED for v in list_neighbours(text, u, starts, ends)):
                out[k] = replace(u, named=NAMED)
                changed = True
    return out


_ITEM_CHARS = re.compile(r"[\u4e00-\u9fff]{2,10}")


def list_neighbours(
    text: str, u: UnitSpan, starts: dict[int, UnitSpan], ends: dict[int, UnitSpan]
) -> list[UnitSpan]:
    """The spans written next to ``u`` in a 、-list: the one right after or before it with
    only 、 between, or the one after (before) a single item of two to ten Han characters
    between two 、 (甲、某某前哨、乙)."""
    out: list[UnitSpan] = []
    if text.startswith("、", u.end):
        j = u.end + 1
        if j in starts:
            out.append(starts[j])
        else:
            m = _ITEM_CHARS.match(text, j)
            if m is not None and text.startswith("、", m.end()) and m.end() + 1 in starts:
                out.append(starts[m.end() + 1])
    if u.start > 0 and text[u.start - 1] == "、":
        j = u.start - 1
        if j in ends:
            out.append(ends[j])
        else:
            k = j
            while k > 0 and j - k < 10 and "\u4e00" <= text[k - 1] <= "\u9fff":
                k -= 1
            if j - k >= 2 and k > 0 and text[k - 1] == "、" and k - 1 in ends:
                out.append(ends[k - 1])
    return out


# One-character prepositions whose object may be a list of units (由甲、乙组成, 向甲、乙
# 捐赠, 把甲、乙纳入): a list item may open right after one, as after a verb of the stop list.
_LIST_PREPOSITIONS = frozenset("由向给把将")


def _opens_list_item(text: str, u: UnitSpan, lex: Lexicon) -> bool:
    """Whether ``u`` starts where a list item can: after a boundary character, or after a
    verb of the stop list or a preposition that takes units as objects (由某某公司党支部、
    某某项目党支部组成: :func:`after_list_preposition`) when its head has more than two
    characters."""
    if u.start == 0 or text[u.start - 1] in _BOUNDARY_AFTER:
        return True
    opened = _after_stop_word(text, u.start, lex) or after_list_preposition(text, u.start)
    return opened and u.host_end - u.start > len(u.suffix) + 2


def after_list_preposition(text: str, i: int) -> bool:
    """Whether a one-character preposition that takes a list of units as its object
    (由, 向, 给, 把, 将) is written right before ``i``."""
    return i > 0 and text[i - 1] in _LIST_PREPOSITIONS


def _after_stop_word(text: str, i: int, lex: Lexicon) -> bool:
    """Whether a word of the stop list (a verb that takes units as objects: 携手, 联合)
    ends right before ``i``."""
    return any(text[max(0, i - n) : i] in lex.stop_words for n in (2, 3))


def split_generic(head: str, lex: Lexicon) -> list[str] | None:
    """``head`` cut into generic unit words, or None when it holds anything else."""
    words: list[str] = []
    i = 0
    while i < len(head):
        for n in range(min(4, len(head) - i), 0, -1):
            if head[i : i + n] in lex.generic_heads or head[i : i + n] in GENERIC_KIND:
                words.append(head[i : i + n])
                i += n
                break
        else:
            return None
    return words
