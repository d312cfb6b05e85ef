"""Named housing estates (小区), which no division list holds.

GOLD_NOTES (x934, x1253) types a named 小区 as a ResidentsCommittee without code: the
estate is the living area a community's residents, its party branch and its partners
act in (结对共建 with 某某小区党支部, 包联某某小区). Its name is what the text writes before
小区 back to where a name can start: a place it lies in (某某社区|某某花园小区), a
boundary of the clause, or a word of the sentence (聚焦|某某小区, 解决了|某某小区).

:func:`named_estates` returns spans (find, then apply): ``link_places`` makes the
mentions and folds a party body written after them (某某小区党支部).

Not names: a kind of estate (老旧小区, 安置小区, 无物业小区, 示范小区:
``data/estate_kinds.tsv``), a count or a determiner (三个小区, 该小区, 各小区), ordinary words
alone (科学规划小区, 花园小区), an idiom (大暴雨小区 is 大暴雨 and 小区).
"""

from __future__ import annotations

import functools
from collections.abc import Set as AbstractSet
from pathlib import Path

from ingest.places.taiwan import FoundPlace
from ingest.segment import (
    UNKNOWN_POS,
    Tokens,
    dictionary_entry,
    is_common_word,
    is_dictionary_word,
)

ESTATE = "小区"
ESTATE_KINDS_FILE = Path(__file__).parent / "data" / "estate_kinds.tsv"
# The longest name read before 小区 (某某花苑 … 三盛巴厘岛 are four to five characters).
MAX_NAME_CHARS = 6
# Parts of speech that end a name going back from 小区: function words, verbs, numerals,
# pronouns, adverbs, time and direction words, idioms (the word before the name).
_NOT_IN_NAME_POS = frozenset(
    {"v", "vd", "vn", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r", "m", "q"}
    | {"f", "t", "a", "ad", "i", "y", "e", "o", "zg", "mq", "rr", "rz"}
)
# Tags of a word that is a name or a part of one: an unknown word, a place, a person, a
# brand (水木年华 nz). Not an abbreviation (党建, 三无: j), more often a slogan's word.
_NAME_POS = frozenset({UNKNOWN_POS, "ns", "nr", "nrt", "nrfg", "nz", "nt"})
# Characters a name does not hold: function words and determiners (a conjunction may: 和义
# opens a name; as a word of its own jieba tags it c, which ends the name).
_NOT_IN_NAME = frozenset("我你他她它其此这那之的了是为着被把将就在以各该本每某全等")
# The designations a place's name ends in: a word so ending before a name is the place
# the estate lies in (南投市|某某小区, 某某街道|某某小区), whether or not it was read.
_DESIGNATIONS = ("省", "市", "县", "区", "镇", "乡", "街道", "社区", "村", "居委会")
# A dictionary word seen less often than this in jieba's corpus may be part of a name
# (花苑 0, 青松 75); a frequent one (花园 1291, 国际) is an ordinary word.
_RARE = 1000


@functools.cache
def estate_kinds() -> frozenset[str]:
    """The words of ``data/estate_kinds.tsv``: kinds of estate (老旧, 安置, 商品房 …)."""
    return frozenset(
        w.strip()
        for w in ESTATE_KINDS_FILE.read_text(encoding="utf-8").splitlines()
        if w.strip() and not w.startswith("#")
    )


def _name_like(word: str, pos: str) -> bool:
    """Whether a word before 小区 is a name or part of one: an unknown word or a name's tag
    (雅居, 御景, 江南), or a rare dictionary word (花苑)."""
    if pos in _NAME_POS:
        return True
    freq, _tag = dictionary_entry(word)
    return not is_dictionary_word(word) or freq < _RARE


def estate_name_start(
    tokens: Tokens, e0: int, place_ends: AbstractSet[int] = frozenset()
) -> int | None:
    """Where the name of an estate written before 小区 at ``e0`` starts, going back word
    by word: at the end of a place it lies in (某某社区|新兴家园小区), after a word of the
    sentence (a verb, preposition, pronoun, numeral: 聚焦|某某小区), a function character
    (为|和义傲城小区: the name starts after it) or a kind of estate (老旧|小区: no name), at
    most :data:`MAX_NAME_CHARS` back. None when no name is left.

    >>> estate_name_start(Tokens("居民来到银杏苑小区参加活动"), 7)
    4
    >>> estate_name_start(Tokens("聚焦老旧小区改造"), 4) is None
    True
    """
    text = tokens.text
    kinds = estate_kinds()
    start = e0
    while start > 0 and e0 - start < MAX_NAME_CHARS and start not in place_ends:
        tok = tokens.at(start - 1)
        if tok is None or tok.end != start or tok.start < e0 - MAX_NAME_CHARS:
            break
        word = tok.text
        if not all("\u4e00" <= c <= "\u9fff" for c in word):
            break
        if tok.pos in _NOT_IN_NAME_POS or word in kinds:
            break
        if len(word) >= 2 and word.endswith(_DESIGNATIONS):
            break  # 南投市|三兴小区: a place the estate lies in, read or not
        cut = max((k + 1 for k, c in enumerate(word) if c in _NOT_IN_NAME), default=0)
        if cut:  # 为和义|傲城: the name starts after the function character
            start = tok.start + cut if cut < len(word) else start
            break
        start = tok.start
    if start not in place_ends:
        first = tokens.at(start)
        if (
            first is not None
            and first.end < e0 - 1
            and len(first.text) >= 2
            and first.pos not in _NAME_POS
            and is_common_word(first.text)
        ):
            start = first.end  # 指导|某某小区: a frequent word of the sentence opens no name
    if e0 - start < 2 or text[start:e0] in kinds:
        return None
    return start


# A kind of estate this long is found inside the words jieba makes (市|筹公|租房 holds 公租房);
# shorter ones (老, 新建, 幸福) only as words of their own: they open many names.
_KIND_INSIDE_CHARS = 3


def holds_a_kind(name: str) -> bool:
    """Whether the words before 小区 hold a kind of estate of three characters or more
    however jieba cuts them (市筹公租房: a city-funded 公租房 estate, no name).

    >>> holds_a_kind("市筹公租房"), holds_a_kind("新城雅苑")
    (True, False)
    """
    return any(len(k) >= _KIND_INSIDE_CHARS and k in name for k in estate_kinds())


def named_estate(tokens: Tokens, start: int, e0: int, after_place: bool) -> bool:
    """Whether ``text[start:e0]``, the words before 小区, name an estate: at least one of
    its words is a name or part of one (:func:`_name_like`: 沙河|雅居, 水木年华, 三盛|巴厘岛);
    right after the place it lies in, a name of three characters or more may also be
    ordinary words (某某社区|新兴家园小区). A kind of estate is no name (开放式|老旧).

    >>> t = Tokens("针对沙河雅居小区居民的诉求,科学规划小区设施")
    >>> named_estate(t, 2, 6, False), named_estate(t, 15, 19, False)
    (True, False)
    """
    text = tokens.text
    words = list(tokens.following(start, e0))
    if not words or words[-1].end != e0:
        return False
    if any(w.text in estate_kinds() for w in words) or holds_a_kind(text[start:e0]):
        return False
    if any(_name_like(w.text, w.pos) for w in words):
        return True
    return after_place and e0 - start >= 3 and not is_dictionary_word(text[start:e0])


def named_estates(text: str, place_ends: AbstractSet[int] = frozenset()) -> list[FoundPlace]:
    """Named estates (某某小区) in ``text``: ResidentsCommittees without code, named as
    written with 小区 (see the module's docstring). ``place_ends`` are where the places
    already found end: a name starts there."""
    if ESTATE not in text:
        return []
    tokens = Tokens(text)
    out: list[FoundPlace] = []
    k = text.find(ESTATE)
    while k >= 0:
        e0, end = k, k + len(ESTATE)
        k = text.find(ESTATE, end)
        tok = tokens.at(e0)
        if tok is not None and tok.start < e0:
            continue  # 大小|区: 小 is the end of another word
        start = estate_name_start(tokens, e0, place_ends)
        if start is None or not named_estate(tokens, start, e0, start in place_ends):
            continue
        out.append(FoundPlace(start, end, "ResidentsCommittee", "village", text[start:end]))
    return out
