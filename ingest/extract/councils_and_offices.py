"""Councils of townships and offices away from home (units59): 某乡民代表会, 驻某地办事处.

Two kinds of unit whose names end in no organisation ending of
``lexicons/org_suffixes.tsv``, each read from a fixed shape of its own:

* A township's or city's representative council in Taiwan and Kinmen–Matsu (乡民代表会,
  镇民代表会, 市民代表会; written short 乡代会, 镇代表会) is a unit of its own: its chair
  signs sister-town pledges beside the 乡长 (:func:`township_council_spans`). A 党代会
  or 人代会 is a meeting, and no place-level word comes before it.
* An office a government or a company keeps in another place (驻某地办事处,
  某市驻某地办事处, 驻某国经济文化代表处, 某公司某省办事处) is a unit: it hosts
  signings and its head holds a post (:func:`stationed_office_spans`,
  :func:`office_in_a_place`). A subdistrict's 街道办事处 is the subdistrict (a Region,
  read elsewhere) and is no such office.

Both add units to the story's decided mentions (:func:`councils_and_offices`); a mention
found inside such a name (the township, a place after 驻) gives way to it.

A third shape names a unit's branch for a place right after the unit
(某市生态环境局某州分局, 某小学某和分校, 某学院某如分院; :func:`branch_after_parent`): the
gold writes such a branch with its parent's name, and the walk from the branch's ending
misses it where jieba glues the parent's last character to the place (局汝州).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.extract.decided_spans import in_place_of_overlaps
from ingest.lexicon import HAN as _HAN
from ingest.model import Mention

# A township, town or county-level city of two characters, then its council.
_COUNCIL = re.compile(rf"([{_HAN}]{{2}}[乡镇市])(民代表会|代表会|代会)")
# What may stand right before the place's name: no Han character, or a word of the
# sentence that ends there (在某镇代表会, 和某乡代会, 抵某乡代表会), or a county or city
# written in full before it (某县某镇代表会).
_BEFORE_COUNCIL = frozenset("在和与同及到抵赴由向对跟、为至及县市")
# 驻, the place the office is in (one to six characters), maybe the office's field, and
# the office: 驻福冈办事处, 驻日经济文化代表处, 驻里斯本经济贸易办事处.
_STATIONED = re.compile(
    rf"驻([{_HAN}]{{1,6}}?)(经济贸易|经济文化|经贸|商务|贸易)?(办事处|代表处|联络处)"
)
# Characters that never stand in the name of the place an office is in: the sentence's
# function words (驻地, 驻村 name no place of an office).
_NOT_IN_OFFICE_PLACE = frozenset("的了在和与及等各该我其这那地村组点")
_OFFICE_ENDINGS = ("办事处", "代表处")
# A company's or association's office for an area written right after it (某公司某省办事
# 处): a place of two to four characters, or a part of a city (北区).
_AREA_PART = re.compile(rf"[东南西北中][区部]|[{_HAN}]{{2,4}}(?=办事处|代表处)")
_HOST_ENDINGS = ("公司", "集团", "总会", "协会", "商会", "银行")


def township_council_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the councils of townships, towns and cities written after the place's
    name (东引乡民代表会, 金沙镇代表会, 褒忠乡代会, 斗六市民代表会): two characters and
    乡/镇/市 right before 民代表会, 代表会 or 代会, the place opening after a mark, a word
    of the sentence (在, 和, 抵 …) or a county or city. A 党代会 has no such place."""
    out = []
    for m in _COUNCIL.finditer(text):
        s = m.start()
        if s > 0 and re.match(f"[{_HAN}]", text[s - 1]) and text[s - 1] not in _BEFORE_COUNCIL:
            continue
        out.append((s, m.end()))
    return out


# A city's, county's or Japanese town's council (某市议会, 某县议会, 某町议会): the level
# character right before 议会 (会议会址 and 倡议会员 have none), and a place's name of one
# to four characters before it, back to a mark or a word of the sentence.
_COUNCIL_LEVELS = "市县町"
_CITY_COUNCIL = "议会"
_PLACE_NAME_MAX = 4


def city_council_spans(text: str, decided: Sequence[tuple[Mention, int]]) -> list[tuple[int, int]]:
    """Spans of the councils of cities, counties and Japanese towns (台北市议会 as Taiwan's
    pages write it, 某王子市议会, 某路町议会, or 市议会 alone for the story's city): 议会
    right after 市, 县 or 町, the name starting where a place mention the story reads ends
    there starts, else after a mark or a word of the sentence (与某王子市议会) up to four
    characters before the level. A Hong Kong 区议会 is the district's (read as a place's
    body), and a 省议会 no unit of the training articles."""
    ends = {m.end: m.start for m, _ in decided if m.type == "Region"}
    out = []
    for m in re.finditer(_CITY_COUNCIL, text):
        level = m.start() - 1
        if level < 0 or text[level] not in _COUNCIL_LEVELS:
            continue
        start = ends.get(m.start())
        if start is None:
            start = level
            while (
                start > 0
                and level - start < _PLACE_NAME_MAX
                and re.match(f"[{_HAN}]", text[start - 1])
                and text[start - 1] not in _BEFORE_COUNCIL
            ):
                start -= 1
            if (
                start > 0
                and re.match(f"[{_HAN}]", text[start - 1])
                and (text[start - 1] not in _BEFORE_COUNCIL)
            ):
                continue  # a longer run of characters: no place's name in reach
        out.append((start, m.end()))
    return out


def stationed_office_spans(
    text: str, decided: Sequence[tuple[Mention, int]]
) -> list[tuple[int, int]]:
    """Spans of the offices a government keeps in another place (驻福冈办事处,
    上海市驻昆明办事处, 澳门驻里斯本经济贸易办事处, 驻日经济文化代表处): 驻, a place of one to
    six characters with no word of the sentence in it, maybe the office's field, and
    办事处 / 代表处 / 联络处. The place or unit that keeps the office is the name's when its
    mention ends right at 驻."""
    ends = {m.end: m.start for m, _ in decided if m.type in ("Region", "Organization")}
    out = []
    for m in _STATIONED.finditer(text):
        if set(m.group(1)) & _NOT_IN_OFFICE_PLACE:
            continue
        out.append((ends.get(m.start(), m.start()), m.end()))
    return out


def office_in_a_place(text: str, decided: Sequence[tuple[Mention, int]]) -> list[tuple[int, int]]:
    """Spans of a company's or association's office for an area written right after its
    name (某某公司山东办事处, 市某某公司苍南办事处): a unit found by its ending (公司, 集团,
    总会 …), then a place the story links there or a part of a city (北区), then 办事处 or
    代表处."""
    places = {m.start: m.end for m, _ in decided if m.rule == "place"}
    out = []
    for unit, _ in decided:
        if unit.type != "Organization" or not unit.surface.endswith(_HOST_ENDINGS):
            continue
        e = places.get(unit.end)
        if e is None:
            m = _AREA_PART.match(text, unit.end)
            e = m.end() if m is not None and m.end() - unit.end == 2 else None
        if e is not None and text.startswith(_OFFICE_ENDINGS, e):
            out.append((unit.start, e + 3))
    return out


def council_full_names(text: str, councils: Sequence[tuple[int, int]]) -> dict[str, str]:
    """The name each township's council goes by in the story: the longest form written
    (烈屿乡代会 and 烈屿乡代表会 in one story are one council, 烈屿乡代表会), by the place's
    name."""
    full: dict[str, str] = {}
    for s, e in councils:
        place, name = text[s : s + 3], text[s:e]
        if len(name) > len(full.get(place, "")):
            full[place] = name
    return full


def councils_and_offices(
    text: str, decided: list[tuple[Mention, int]]
) -> list[tuple[Mention, int]]:
    """``decided`` with the councils of townships and the offices away from home
    (:func:`township_council_spans`, :func:`stationed_office_spans`,
    :func:`office_in_a_place`) as government units named as written; a mention inside
    one of them, or overlapping it, gives way to it."""
    councils = township_council_spans(text)
    spans = (
        councils
        + city_council_spans(text, decided)
        + stationed_office_spans(text, decided)
        + office_in_a_place(text, decided)
    )
    full = council_full_names(text, councils)
    out = list(decided)
    for s, e in sorted(set(spans)):
        # the longer of two overlapping spans (某市驻某地办事处 over 驻某地办事处)
        if any(a <= s and e <= b and (a, b) != (s, e) for a, b in spans):
            continue
        name = full.get(text[s : s + 3], text[s:e]) if (s, e) in councils else text[s:e]
        unit = Mention(s, e, name, "Organization", name, "government", None, "org")
        out = in_place_of_overlaps(out, unit, e)
    return out


# A unit's branch for a place written right after the unit: the place's name (two or
# three characters), then the branch's ending; 分局长 is a title.
_BRANCH_AFTER = re.compile(rf"([{_HAN}]{{2,3}}?)(分局|分院|分校)(?!长)")
_NOT_IN_BRANCH_PLACE = frozenset("的了在与及等各该我其这那是为到")
_JOINS = "和与及、"


def branch_after_parent(text: str, decided: list[tuple[Mention, int]]) -> list[tuple[Mention, int]]:
    """``decided`` with each branch written right after its parent unit (某市生态环境局汝州
    分局, 某某小学东和分校, 某某学院比如分院) as one unit named by the whole span, the
    parent's subtype; the parent's mention there and anything found inside the span give
    way to it. A branch already found with its parent's name is left as it is."""
    out = list(decided)
    for unit, _ in decided:
        if unit.type != "Organization" or unit.rule != "org":
            continue
        m = _BRANCH_AFTER.match(text, unit.end)
        if m is None or set(m.group(1)) & _NOT_IN_BRANCH_PLACE or m.group(1)[0] in _JOINS:
            continue
        s, e = unit.start, m.end()
        if any(u.start <= s and e <= u.end and u is not unit for u, _ in out):
            continue
        name = text[s:e]
        branch = Mention(s, e, name, "Organization", name, unit.subtype, None, "org")
        out = in_place_of_overlaps(out, branch, e)
    return out
