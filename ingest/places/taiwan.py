"""Places of Taiwan below its counties and cities, which no list we hold breaks down.

The division list (``data/divisions.tsv.xz``) stops at Taiwan's province code and
``data/places_outside_the_list.tsv`` at its counties and cities, so the towns, villages
and wards (里) of a Taiwan story are read from how they are written (find, then apply:
these functions return spans, :func:`ingest.places.link.link_places` makes the
mentions):

* :func:`taiwan_wards` — a ward (里, the village-level unit of Taiwan's towns and
  districts, as 村 and 社区 are on the mainland) named by two characters and 里, where the
  text says it is one: its head (里长), a village or community it is paired or listed
  with, or the town it lies in written right before it;
* :func:`county_short_forms` — a county or city written without its designation (臺北,
  彰化) where it stands as the place: an item of a list, a dateline's or a byline's place,
  a clause's end;
* :func:`below_a_taiwan_county` — a chain of a Taiwan county, one of its towns and one
  of that town's villages or wards (某投县某间乡某水村): the town and the village, neither
  of which the list holds (a mainland village of the same name is another place).

All are read only in a story that names Taiwan or one of its counties (the caller
decides). GOLD_FORMAT types a ward as a ResidentsCommittee (a village-level unit that is
not a 村) and a town as a Region; none has a code.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from ingest.model import PlaceLevel, PlaceMention, PlaceType
from ingest.segment import dictionary_entry, tokenize

WARD = "里"
# Characters a ward's two-character name does not end in: the designation of a county,
# town or village (某区里长联谊会 is the district's association of ward heads, not a
# ward). 市 is left out: a ward may be named 某市 (某湖镇新市里).
_DESIGNATIONS = frozenset("省县区乡镇村里")
# Characters a name does not start with: function words and determiners (在这里, 的心里).
_NOT_A_NAME_START = frozenset("的了在与和及同是为这那其此各每我你他她它之把被将从向对到")
# Conjunctions that list or pair a ward with another village-level unit (某化里与某山社区).
_PAIRING_JOINS = frozenset("与和同及、")
# How far after the conjunction the paired unit's name may start (与某安某山社区: the
# partner's district may stand before it).
_PARTNER_REACH = 4
# What a ward written right after its town may be followed by: its community body (某市里
# 社区巡守队), its office, its head, or a boundary of the clause.
_AFTER_A_WARD = ("社区", "办公处", "办事处", "长")
_CLAUSE_BOUNDARY = frozenset('，,。、；;：:！!？?（）()“”" \n与和及同的')
# The designations of a Taiwan town (乡, 镇, 县辖市, 区), as written after its county.
_TOWN_DESIGNATIONS = "乡镇市区"
_VILLAGE_DESIGNATIONS: dict[str, PlaceType] = {"村": "Village", "里": "ResidentsCommittee"}
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
# A town (two or three characters and its designation, shortest first) and, right after
# it, one of its villages or wards (two or three characters and 村 or 里).
_TOWN_AND_VILLAGE = re.compile(
    rf"([\u4e00-\u9fff]{{2,3}}?[{_TOWN_DESIGNATIONS}])([\u4e00-\u9fff]{{2,3}}?[村里])"
)


class FoundPlace(NamedTuple):
    """A place read from its writing: where it is, what it is and its name."""

    start: int
    end: int
    type: PlaceType
    level: PlaceLevel
    name: str


def _starts_a_token(text: str, start: int) -> bool:
    """Whether jieba's cut of the window around ``start`` has a word starting there (a
    name does not begin inside a word: 这|里, 公|里 are words)."""
    lo = max(0, start - 6)
    return any(t.start + lo == start for t in tokenize(text[lo : start + 8]))


def _ward_named(text: str, start: int) -> bool:
    """Whether the two characters at ``start`` may be a ward's name (not
    :func:`no_wards_name`)."""
    stem = text[start : start + 2]
    return (
        len(stem) == 2
        and all(_CHINESE.match(c) for c in stem)
        and stem[0] not in _NOT_A_NAME_START
        and stem[1] not in _DESIGNATIONS
        and not no_wards_name(stem)
    )


# Particles that end no ward's name (中和里 is a ward: 和 may end one).
_PARTICLES = frozenset("的了之")
# Tags of a word that names no ward: a verb (结合|里长: 结合里长、义警 lists the heads of
# the wards beside the volunteer police).
_NOT_A_WARDS_NAME_POS = frozenset({"v", "vn", "vd"})


def no_wards_name(stem: str) -> bool:
    """Whether the two characters before 里 are no ward's name: a particle second
    (14年的|里长生涯, 20个里的|里长) or a ward's designation first, or one verb of the
    dictionary (结合|里长).

    >>> no_wards_name("年的"), no_wards_name("结合"), no_wards_name("禾丰")
    (True, True, False)
    """
    if stem[1] in _PARTICLES or stem[0] in _DESIGNATIONS:
        return True
    entry = dictionary_entry(stem)
    return entry[0] > 0 and entry[1] in _NOT_A_WARDS_NAME_POS


def ends_in_a_word_of_li(stem: str) -> bool:
    """Whether the last character of ``stem`` and 里 make a word of jieba's dictionary
    (公里, 心里, 村里, 市里): then 某某里 reads as that word, unless its town stands right
    before it (某湖镇新市里)."""
    return dictionary_entry(stem[-1] + WARD)[0] > 0


def paired_with_a_village_unit(text: str, end: int, village_starts: frozenset[int]) -> bool:
    """Whether the ward ending at ``end`` is joined by a conjunction to a village or
    community that starts within :data:`_PARTNER_REACH` characters (某化里与某安某山社区)."""
    if text[end : end + 1] not in _PAIRING_JOINS:
        return False
    return any(end + 1 + k in village_starts for k in range(_PARTNER_REACH))


def after_its_town(text: str, start: int, end: int) -> bool:
    """Whether the ward at ``start:end`` is written right after a town's designation
    (某湖镇某市里社区巡守队) and followed by its body, its head or a boundary."""
    if start == 0 or text[start - 1] not in _TOWN_DESIGNATIONS:
        return False
    return text.startswith(_AFTER_A_WARD, end) or text[end : end + 1] in _CLAUSE_BOUNDARY | {""}


def taiwan_wards(text: str, village_starts: frozenset[int]) -> list[FoundPlace]:
    """Wards (某某里) of a Taiwan story: two characters and 里 that start a word and are
    written after their town, or — when they do not read as a word in 里 (公里, 心里:
    :func:`ends_in_a_word_of_li`) — are followed by 长 (the ward's head, 某福里长张某) or
    joined to a village or community the story names (``village_starts``: where such
    mentions start). ResidentsCommittees without code.

    >>> [w.name for w in taiwan_wards("某区的文化里与东山社区签约", frozenset({7}))]
    ['文化里']
    >>> taiwan_wards("大家在这里与东山社区签约", frozenset({6}))
    []
    """
    out: list[FoundPlace] = []
    for hit in re.finditer(WARD, text):
        end = hit.end()
        start = hit.start() - 2
        if start < 0 or not _ward_named(text, start):
            continue
        headed_or_paired = text.startswith("长", end) or paired_with_a_village_unit(
            text, end, village_starts
        )
        said = after_its_town(text, start, end) or (
            headed_or_paired and not ends_in_a_word_of_li(text[start : start + 2])
        )
        if said and _starts_a_token(text, start):
            out.append(FoundPlace(start, end, "ResidentsCommittee", "village", text[start:end]))
    return out


def below_a_taiwan_county(text: str, counties: Sequence[PlaceMention]) -> list[FoundPlace]:
    """The town and village written right after a Taiwan county or city (某投县|某间乡|
    某水村, 某中市|某栖区|某化里): a Region of level town and a Village (村) or
    ResidentsCommittee (里), without code. A town with no village after it is left alone
    (某北市某股区里长联谊会 is an association's name, not a place).

    >>> [(p.name, p.type) for p in below_a_taiwan_county("赴南投县名间乡浊水村", [
    ...     PlaceMention(1, 4, "南投县", "Region", "county", "南投县", None)])]
    [('名间乡', 'Region'), ('浊水村', 'Village')]
    """
    out: list[FoundPlace] = []
    for county in counties:
        hit = _TOWN_AND_VILLAGE.match(text, county.end)
        if hit is None:
            continue
        town, village = hit.group(1), hit.group(2)
        if town[0] in _NOT_A_NAME_START or village[0] in _NOT_A_NAME_START:
            continue
        t0, t1 = hit.span(1)
        v0, v1 = hit.span(2)
        out.append(FoundPlace(t0, t1, "Region", "town", town))
        out.append(FoundPlace(v0, v1, _VILLAGE_DESIGNATIONS[village[-1]], "village", village))
    return out


SHORT_FORMS_FILE = Path(__file__).resolve().parent / "data" / "taiwan_short_forms.tsv"


@functools.cache
def _short_forms() -> dict[str, str]:
    """Short form → county or city name of ``data/taiwan_short_forms.tsv``."""
    out: dict[str, str] = {}
    for line in SHORT_FORMS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, name = line.split("\t")[:2]
            out[form] = name
    return out


# What follows a county's short form that names the county itself: a dateline (某北3月22日
# 电, 某北22日电, 某北讯) or a byline's place (记者某某／某化报导).
_STANDS_BEFORE = re.compile(r"(?:\d{1,2}月)?\d{1,2}日(?:专)?电|(?:即时)?报[导道]|讯")


def short_form_stands(text: str, end: int) -> bool:
    """Whether a county's short form ending at ``end`` stands as the place: the text ends,
    a boundary of the clause or a list follows (某北、某中的村, 某北与…), a dateline or a
    byline's place (某北22日电, 某化报导) — not the first word of a name (某中荣总, 某北驻日
    经济文化代表处, 某化银行).

    >>> short_form_stands("来自台北、新北的村", 4), short_form_stands("台中荣总", 2)
    (True, False)
    >>> short_form_stands("台北22日电", 2), short_form_stands("彰化报导", 2)
    (True, True)
    """
    nxt = text[end : end + 1]
    return not nxt or nxt in _CLAUSE_BOUNDARY or _STANDS_BEFORE.match(text, end) is not None


def county_short_forms(text: str, taken: Sequence[tuple[int, int]]) -> list[FoundPlace]:
    """Taiwan's counties and cities written short (臺北, 新北, 彰化: ``data/
    taiwan_short_forms.tsv``) where no other place is read (``taken``: spans of the
    story's place mentions) and the form stands as the place (:func:`short_form_stands`):
    Regions of level county without code, named in full.

    >>> [p.name for p in county_short_forms("来自台北、新北、苗栗的12个村", [])]
    ['台北市', '新北市', '苗栗县']
    >>> county_short_forms("与台中荣总签约", [])
    []
    """
    forms = _short_forms()
    out: list[FoundPlace] = []
    for form, name in forms.items():
        for hit in re.finditer(form, text):
            start, end = hit.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if text[end : end + 1] in ("市", "县"):
                continue  # written in full: the table of places outside the list reads it
            if short_form_stands(text, end):
                out.append(FoundPlace(start, end, "Region", "county", name))
    out.sort(key=lambda p: p.start)
    return out
