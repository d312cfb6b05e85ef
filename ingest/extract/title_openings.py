"""Words a title is written with at its start that the gold's title never keeps.

A title is "as written, minus the unit's name" (GOLD_FORMAT §4), and the readable gold
adds a practice (GOLD_NOTES goldcons2 class 6): a lone level word before a party body is
dropped (镇党委副书记 → 党委副书记), while an organ standing alone keeps it (村委会主任,
区政府党组成员). The candidates cut a title after each unit named before it; when the
units' rules never found the place (a short form, 某某自治县委常委) or the element opens
with a word that is no unit at all (新任校长, 政府县长), the cut keeps words the gold
drops. :func:`dropped_opening` says how many characters of such an opening a title loses;
the candidates (:mod:`.post_candidates`) move their cut past them and the hand rules
(:mod:`.posts`) trim their titles with :func:`trimmed_title`, so both give one title.
The word lists are ``title_openings.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from ingest.lexicon import title_openings

_LEVEL_HEADS = "省州市区县镇乡旗"  # the heads' titles of a place's own government: 副县长


@cache
def _words() -> dict[str, tuple[str, ...]]:
    return title_openings()


@cache  # asked for every post candidate's title: sort each class once
def _longest(cls: str) -> tuple[str, ...]:
    return tuple(sorted(_words()[cls], key=len, reverse=True))


def tenure_word(title: str) -> int:
    """The length of a word saying when the post was held that opens the title (新任校长,
    时任党委书记), when a title follows it; else 0."""
    return next(
        (
            len(w)
            for w in _longest("tenure_words")
            if title.startswith(w) and len(title) > len(w) + 1
        ),
        0,
    )


def lone_level_word(title: str) -> int:
    """The length of a lone level word opening the title before a party body or a
    committee member's office (镇党委副书记, 社区党委书记, 乡统战委员, 县人大常委会主任:
    the place is the unit, named elsewhere); else 0. An organ written with its level word
    stays whole (村委会主任, 区政府党组成员, 县委书记)."""
    for level in _longest("lone_levels"):
        if title.startswith(level) and title.startswith(_words()["bodies_after_level"], len(level)):
            return len(level)
    return 0


@cache
def _committee_pattern() -> re.Pattern[str]:
    levels = "".join(_words()["committee_levels"])
    heads = "|".join(map(re.escape, _longest("committee_heads")))
    return re.compile(rf"[\u4e00-\u9fff]{{2,}}?(?=[{levels}]委(?:{heads}))")


def place_name_before_committee(title: str) -> int:
    """The length of a place's name written before its party committee's title when the
    units' rules did not read it as a place (某某自治县委常委 → 县委常委: the committee's
    level character stays, as in the gold's 县委常委 @ the county); else 0. Not a 社区:
    社区委员 holds no committee of a level."""
    m = _committee_pattern().match(title)
    if m is None or m.group().endswith("社"):
        return 0
    return m.end()


def government_before_head(title: str) -> int:
    """The length of a government written before a title of the place's own — the
    place's government written in full (某区人民政府副区长, 某县人民政府党组成员: the gold
    writes 副区长, 党组成员 @ the place) or a bare 政府 before the head's title (政府县长 →
    县长); else 0. A level government (市政府秘书长, 区政府党组成员) is an organ the title
    keeps, and is untouched."""
    for word in _words()["full_governments"]:
        k = title.find(word)
        if k >= 0 and own_title(title[k + len(word) :]):
            return k + len(word)
    for word in _words()["bare_governments"]:
        rest = title[len(word) :]
        if title.startswith(word) and head_title(rest):
            return len(word)
    return 0


def head_title(rest: str) -> bool:
    """Whether ``rest`` is the title of a place's head or deputy head (县长, 副区长)."""
    return re.fullmatch(rf"副?[{_LEVEL_HEADS}]长", rest) is not None


def own_title(rest: str) -> bool:
    """Whether ``rest`` is a title a place's government gives: its head's (副县长) or a
    place in its party group (党组成员, 党组书记)."""
    return head_title(rest) or rest.startswith("党组")


def posted_place(title: str) -> int:
    """The length of 驻 + a named place opening the title before a work team's or a
    posted first secretary's title (驻某某村工作队队长 → 工作队队长, 驻某某村第一书记 →
    第一书记): where the holder is posted, which the gold's title leaves out; else 0.
    驻村 alone names no place (驻村第一书记 stays), and a run holding 帮 or 扶 is a
    programme's name (驻镇帮镇扶村工作队), no place."""
    word = next((w for w in _words()["posted_words"] if title.startswith(w)), None)
    if word is None:
        return 0
    for k in range(len(word) + 1, len(title)):
        end = next((e for e in _longest("posted_place_ends") if title.startswith(e, k)), None)
        if end is None:
            continue
        place = title[len(word) : k + len(end)]
        if any(c in place for c in _words()["posted_not_place"]):
            return 0
        if title.startswith(_words()["posted_titles"], k + len(end)):
            return k + len(end)
    return 0


def dropped_opening(title: str) -> int:
    """How many characters at the start of ``title`` the gold's title does not keep
    (0 when none): a tenure word, a lone level word before a party body, a place's name
    before its committee, a government before its head's title, the place a work team
    or a first secretary is posted to."""
    for rule in (
        tenure_word,
        lone_level_word,
        place_name_before_committee,
        government_before_head,
        posted_place,
    ):
        n = rule(title)
        if n:
            return n + dropped_opening(title[n:])
    return 0


def trimmed_title(title: str) -> str:
    """``title`` without the opening words :func:`dropped_opening` finds."""
    return title[dropped_opening(title) :]
