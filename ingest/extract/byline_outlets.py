"""Outlets named by a byline (units54): 某某导报记者 某某, (某某报记者 某某), 某某报／记者某某.

A newspaper's name ends in 报 as often as in a kind the unit endings list (日报, 晚报,
时报 …): 某某导报, 某某特区报, 某某新闻报. 报 alone is too short an ending to find a unit by
in running text (汇报, 简报, 喜报), but where a byline writes the outlet right before its
reporter, at a line's start or an opening bracket, the name is the newspaper's.
"""

from __future__ import annotations

import re
from functools import cache

from ingest.extract.decided_spans import in_place_of_overlaps
from ingest.extract.orgs import HAN_WORD
from ingest.extract.unit_rules import outlet_parts
from ingest.lexicon import load_lexicon, looks_like_name
from ingest.model import Mention

# A byline's head: a line's start or an opening bracket, the outlet, maybe a slash or an
# opening bracket, the reporter cue and the reporter's name standing alone (某某报记者 某某,
# 某某报／记者某某／, 某某报【记者某某/): a sentence that runs on after 记者 is no byline.
_BYLINE_HEAD = re.compile(
    r"(?:^|(?<=[（(【\[]))[ \t\u3000]*([\u4e00-\u9fff·]{2,16}?)[ \t\u3000／/|丨]*[【\[]?记者"
    r"[ \t\u3000]*([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])",
    re.M,
)
# The page itself (本报记者, 本网记者) is no outlet.
_OWN_PAGE = "本"


@cache  # read once per process, not once per story
def _media_endings() -> tuple[str, ...]:
    lex = load_lexicon()
    return (*(w for w, suf in lex.org_suffixes.items() if suf.subtype == "media"), "报")


def byline_outlet_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the outlets bylines of ``text`` name before their reporter cue: a
    head that ends in a media ending or in 报, is more than the ending alone (时报记者 names
    no outlet), is not the page itself (本报) nor a person's name; outlets of one press
    group joined by a middle dot are two (某某·某某日报)."""
    lex = load_lexicon()
    media = _media_endings()
    out: list[tuple[int, int]] = []
    for m in _BYLINE_HEAD.finditer(text):
        head = m.group(1)
        if not looks_like_name(m.group(2)):
            continue  # 汇报记者的采访: running text, no reporter's name
        if not head.endswith(media) or head.startswith(_OWN_PAGE) or looks_like_name(head):
            continue
        for a, b in outlet_parts(head, m.start(1), lex):
            name = text[a:b]
            if name in lex.org_suffixes or name == "报" or not HAN_WORD.match(name):
                continue
            if not name.endswith(media):
                continue  # the press group's channel before the dot (某某·某某日报)
            out.append((a, b))
    return out


def byline_outlets(text: str, decided: list[tuple[Mention, int]]) -> list[tuple[Mention, int]]:
    """``decided`` with the outlets bylines name (:func:`byline_outlet_spans`) as media
    units (rule ``org``, as an outlet found by its ending: its reporter's post points at
    it). An outlet found already stays as it was; units cut inside the outlet's name give
    way to it."""
    out = list(decided)
    for a, b in byline_outlet_spans(text):
        if any(u.start == a and u.end == b and u.type == "Organization" for u, _ in out):
            continue
        name = text[a:b]
        outlet = Mention(a, b, name, "Organization", name, "media", None, "org")
        out = in_place_of_overlaps(out, outlet, b, only_type="Organization")
    return out
