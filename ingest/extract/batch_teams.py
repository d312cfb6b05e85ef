"""Aid teams named by their batch (units61): 某省第十批援藏工作队, 第一批援藏干部联络组.

A province or city sends its aid cadres to Tibet, Xinjiang or Qinghai batch by batch, and
each batch's team is a unit of its own, named by the sender, the ordinal of the batch, the
task (援藏, 援疆 …) and the kind of team: 某省第十批援藏工作队, 某市第十批援藏工作组, 某地第九批
援藏干部联络组, 第十一批援藏工作队 (the sender understood). The walk that finds a unit by its
ending stops at the ordinal (第十批 reads as a count), so no part of the name was found;
the team leads posts (联络组组长) and pairings of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.extract.decided_spans import in_place_of_overlaps
from ingest.extract.orgs import is_city_short_form
from ingest.model import Mention, PlaceMention
from ingest.places.gazetteer import load_gazetteer

# 第 + the batch's ordinal + 批, up to eight characters that hold the aid task (援藏, 援疆,
# 援青; maybe the sender's city before it: 第十批某地援藏工作组), then the kind of team.
_BATCH_TEAM = re.compile(
    r"第[一二三四五六七八九十\d]{1,3}批[\u4e00-\u9fff]{0,6}?援[\u4e00-\u9fff]{1,4}?"
    r"(?:工作队|工作组|联络组|医疗队|指挥部|工作团)"
)


def batch_team_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the aid teams ``text`` names by their batch (第十批援藏工作队), from the
    ordinal to the kind of team; the sender written before the ordinal is not in them."""
    return [m.span() for m in _BATCH_TEAM.finditer(text)]


# How long a sending division's name before the ordinal may be (内蒙古自治区, 新疆维吾尔自治区).
_MAX_SENDER = 8


def sender_before(text: str, s: int) -> str:
    """The division written right before a batch's ordinal at ``s`` that sends the team:
    the longest gazetteer name (某某省, 某某市) or short form of a county, city or province
    (某某 of 某某市) ending there, or "" (交给|第十一批: no sender written). The linker
    leaves a place glued to the ordinal unlinked, so the gazetteer is asked directly."""
    gazetteer = load_gazetteer()
    for k in range(min(_MAX_SENDER, s), 1, -1):
        word = text[s - k : s]
        if gazetteer.find(word) or (k <= 3 and is_city_short_form(word)):
            return word
    return ""


def batch_aid_teams(
    text: str, decided: list[tuple[Mention, int]], places: Sequence[PlaceMention]
) -> list[tuple[Mention, int]]:
    """``decided`` with each aid team named by its batch (:func:`batch_team_spans`) as a
    government unit; a place the linker found right before the ordinal is its sender and
    opens the name (某省|第十批援藏工作队: the province's team, the province no mention of
    its own there), and so does one :func:`sender_before` finds. Mentions found inside
    the team's name give way to it."""
    out = list(decided)
    place_end = {p.end: p.start for p in places if p.type == "Region"}
    for s, e in batch_team_spans(text):
        start = place_end.get(s, s)
        if start == s:
            start = s - len(sender_before(text, s))
        name = text[start:e]
        unit = Mention(start, e, name, "Organization", name, "government", None, "org")
        out = in_place_of_overlaps(out, unit, e)
    return out
