"""Places of other countries, which no division list we hold covers.

Stories of sister cities and international exchanges (友好城市, 姊妹市, 缔结姊妹校) name
countries and their provinces, prefectures, counties, cities and towns; GOLD_FORMAT types
each as a Region without code. Read from how they are written (find, then apply: these
functions return spans, :func:`ingest.places.link.link_places` makes the mentions):

* :func:`countries` — a country's short name (``data/countries.tsv``, official reference
  data) where jieba reads it as a word of its own (朝鲜族 and 印度洋 are other words);
* :func:`foreign_chains` — right after a country (or its 友城), a chain of its divisions,
  each a few characters and a designation (日本某田县某川町, 韩国某清北道某州市), and the
  next items of a 、-list that goes on with such names (老挝某塔省、某勃拉邦市).

A foreign division is read only after its country: a bare 某某县 elsewhere is the linker's
(a mainland namesake) and a 某某市 of another country written alone is left alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import NamedTuple

from ingest.model import PlaceLevel, PlaceType
from ingest.segment import tokenize, whole_word_at


class ForeignPlace(NamedTuple):
    """A place of another country read from its writing; no level of the Chinese list."""

    start: int
    end: int
    type: PlaceType
    level: PlaceLevel | None
    name: str


COUNTRIES_FILE = Path(__file__).resolve().parent / "data" / "countries.tsv"
DIVISIONS_FILE = Path(__file__).resolve().parent / "data" / "foreign_divisions.tsv"

# The designations of a foreign country's divisions, as Chinese writes them: 大区 of Chile
# or France, 道 of Korea, 都/府/县/町 of Japan, 郡 of Kenya or Korea, 州 of the US.
_DESIGNATIONS = ("大区", "省", "州", "县", "市", "町", "郡", "道", "都", "府", "区")
# A division's name: two to five characters before its designation.
_NAME_CHARS = (2, 5)
# Characters no foreign name holds: counts, determiners, function words and the level
# words of the Chinese list (日本多个城市, 韩国各道, 美国各州 are no names).
_NOT_IN_A_NAME = frozenset("个各多等几每全该本其的与和及在省县区市乡镇村")
# What may stand between a country and its first division: its friendship city mark
# (韩国友城大邱市).
_AFTER_THE_COUNTRY = ("友城", "友好城市")
# How many divisions a chain holds at most (country, province, city, town).
_CHAIN_MAX = 3
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _form_table(path: Path) -> dict[str, str]:
    """First column → second of a tab-separated data file (blank lines and ``#``
    comments skipped)."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, value = line.split("\t")[:2]
            out[form] = value
    return out


@functools.cache
def country_forms() -> dict[str, str]:
    """Form → name of ``data/countries.tsv``."""
    return _form_table(COUNTRIES_FILE)


@functools.cache
def _country_pattern() -> re.Pattern[str]:
    forms = sorted(country_forms(), key=len, reverse=True)
    return re.compile("|".join(re.escape(f) for f in forms))


def countries(text: str) -> list[ForeignPlace]:
    """Countries named in ``text`` (日本, 新西兰, 蒙古国), longest form first, each where
    jieba reads it as a word of its own.

    >>> [p.name for p in countries("与日本某县缔结，朝鲜族群众")]
    ['日本']
    """
    table = country_forms()
    out = []
    for hit in _country_pattern().finditer(text):
        start, end = hit.span()
        if whole_word_at(text, start, end):
            out.append(ForeignPlace(start, end, "Region", None, table[hit.group()]))
    return out


def _division_at(text: str, start: int, depth: int = 0) -> int | None:
    """The end of a foreign division's name written at ``start`` (某田县, 某清北道,
    纽某莱大区), or None: the shortest name of two to five characters that ends in a
    designation and that jieba's cut ends there, or that another division follows
    (日本某木县某田町: jieba may glue the designation to the next name). A name longer
    than that, or one holding a count, a determiner or a level word, is no division."""
    if depth >= _CHAIN_MAX:
        return None
    lo, hi = _NAME_CHARS
    for n in range(lo, hi + 1):
        stem = text[start : start + n]
        if len(stem) < n or not all(_CHINESE.match(c) for c in stem):
            return None
        if any(c in _NOT_IN_A_NAME for c in stem):
            return None
        for d in _DESIGNATIONS:
            if text.startswith(d, start + n):
                end = start + n + len(d)
                if _chain_ends_or_goes_on(text, end) or _division_at(text, end, depth + 1):
                    return end
    return None


def _chain_ends_or_goes_on(text: str, end: int) -> bool:
    """Whether a division's name may end at ``end``: the clause ends there (a character
    that is no Han character) or jieba starts a word there that is no designation, so
    某州市 is not cut into 某州|市."""
    nxt = text[end : end + 1]
    if not nxt or not _CHINESE.match(nxt):
        return True
    if text.startswith(_DESIGNATIONS, end):
        return False
    lo = max(0, end - 6)
    return any(t.start + lo == end for t in tokenize(text[lo : end + 8]))


def _chain_after(text: str, start: int) -> list[ForeignPlace]:
    """The divisions written one after another from ``start``."""
    out: list[ForeignPlace] = []
    pos = start
    while len(out) < _CHAIN_MAX:
        end = _division_at(text, pos)
        if end is None:
            break
        out.append(ForeignPlace(pos, end, "Region", None, text[pos:end]))
        pos = end
    return out


def foreign_chains(
    text: str, found_countries: list[ForeignPlace], taken: frozenset[int] = frozenset()
) -> list[ForeignPlace]:
    """The divisions of other countries written right after their country (日本某田县某川町,
    韩国友城大邱市, 蒙古国某戈壁省), and the next items of a 、-list that goes on with
    such names after one (老挝某塔省、某勃拉邦市) — up to an item starting at one of
    ``taken`` (where a place of the list is read: 、某南省某溪市) or at a country. Regions
    without code and without level.

    >>> text = "与日本某田县某川町缔结"
    >>> [text[p.start : p.end] for p in foreign_chains(text, countries(text))]
    ['某田县', '某川町']
    """
    out: list[ForeignPlace] = []
    for country in found_countries:
        pos = country.end
        for mark in _AFTER_THE_COUNTRY:
            if text.startswith(mark, pos):
                pos += len(mark)
        chain = _chain_after(text, pos)
        while chain:
            out += chain
            nxt = chain[-1].end
            if not text.startswith("、", nxt) or nxt + 1 in taken:
                break
            if any(c.start == nxt + 1 for c in found_countries):
                break
            chain = _chain_after(text, nxt + 1)
    return out


# What may follow a country that stands as a place of its own: a boundary of the clause,
# a list's conjunction or 等 (来自某济、日本、某国等12个国家).
_STANDS_ALONE_BEFORE = frozenset('，,。、；;：:！!？?）)」”"\n 等和与及')


def stands_as_a_place(text: str, country: ForeignPlace, divisions: list[ForeignPlace]) -> bool:
    """Whether ``country`` is written as a place: one of its divisions follows it (日本某田县)
    or the clause or list goes on after it (前往某国。, 某国、日本等). A country written
    before another word is a modifier of it (日本柑桔, 某国金瓜, 某国侵华) or part of a
    name (刘智利0), no place the story is about.

    >>> stands_as_a_place("与日本柑桔", ForeignPlace(1, 3, "Region", None, "日本"), [])
    False
    >>> stands_as_a_place("来自日本、某国", ForeignPlace(2, 4, "Region", None, "日本"), [])
    True
    """
    nxt = text[country.end : country.end + 1]
    return (
        not nxt
        or nxt in _STANDS_ALONE_BEFORE
        or any(d.start > country.start and d.start <= country.end + 2 for d in divisions)
    )


@functools.cache
def division_forms() -> dict[str, str]:
    """Form → country of ``data/foreign_divisions.tsv`` (鹿儿岛县 → 日本)."""
    return _form_table(DIVISIONS_FILE)


# The designations a listed division's bare form leaves out (山口 of 山口县; 北海道 keeps 道).
_BARE_DROPS = ("县", "都", "府")


def divisions_of_named_countries(text: str, named: AbstractSet[str]) -> list[ForeignPlace]:
    """The listed first-level divisions (``data/foreign_divisions.tsv``) of the countries
    ``named`` as places in the story: each full form (某本县, 北海道), and the bare forms
    of a 、-list of two or more of them (山口、大分、某崎等地 — alone a bare form is too
    often a word or a surname).

    >>> text = "例如鹿儿岛县由两组增至十余组。山口、大分、宫崎等地交流增加"
    >>> [text[p.start : p.end] for p in divisions_of_named_countries(text, {"日本"})]
    ['鹿儿岛县', '山口', '大分', '宫崎']
    >>> divisions_of_named_countries(text, {"韩国"})
    []
    """
    full = [f for f, c in division_forms().items() if c in named]
    if not full:
        return []
    out = [
        ForeignPlace(h.start(), h.end(), "Region", None, h.group())
        for h in re.finditer("|".join(sorted(full, key=len, reverse=True)), text)
    ]
    bare = {f[: -len(d)]: f for f in full for d in _BARE_DROPS if f.endswith(d)}
    item = "|".join(sorted(bare, key=len, reverse=True))
    for run in re.finditer(rf"(?:(?:{item})、)+(?:{item})(?![县都府])", text):
        k = run.start()
        for form in run.group().split("、"):
            out.append(ForeignPlace(k, k + len(form), "Region", None, bare[form]))
            k += len(form) + 1
    return sorted(out)


def foreign_places(text: str, taken: frozenset[int] = frozenset()) -> list[ForeignPlace]:
    """The countries of ``text`` written as places, the listed divisions of those
    countries and the divisions written after either, in text order (see
    :func:`countries`, :func:`divisions_of_named_countries`, :func:`foreign_chains`,
    :func:`stands_as_a_place`)."""
    found = countries(text)
    chains = foreign_chains(text, found, taken)
    kept = [c for c in found if stands_as_a_place(text, c, chains)]
    listed = divisions_of_named_countries(text, {c.name for c in kept})
    after = foreign_chains(text, listed, taken)
    places = {(p.start, p.end): p for p in [*kept, *chains, *listed, *after]}
    return sorted(places.values())
