"""An outlet's brand word before the place its name carries (units61): 每日|甘肃网, 多彩|贵州网,
秦晋|中原网, 大|武夷新闻网.

Many regional news sites are named by a brand word and the place they cover, then a media
ending. The walk from the ending takes the place for where the name starts (a place opens
most units' names: 某省某某网), so the brand word before it is left off and the outlet is
found by a shorter name that is another outlet's or none. Where the place is preceded only
by one short word that stands right after a boundary of the text (a line's start, 、, ：,
an opening bracket, 据 citing it), that word is the outlet's brand.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.lexicon import load_lexicon
from ingest.model import Mention, PlaceMention
from ingest.segment import dictionary_entry

# What may stand right before an outlet's brand word: the text's boundaries, a source
# label's colon, an opening bracket, and 据 citing the outlet (据某某网消息).
_BOUNDARIES = frozenset('\n、，,：:（(【[“"/| \t\u3000据')
# How long a brand word before the place may be.
_MAX_BRAND = 3
# Parts of speech of the sentence's own words, never a brand: prepositions, conjunctions,
# particles, verbs, adverbs, numerals, measure words and localizers (在|甘肃网, 和|某网).
_SENTENCE_POS = frozenset({"p", "c", "u", "uj", "ul", "uz", "v", "vn", "d", "m", "q", "f"})
_DEMONSTRATIVES = frozenset("该本此这那各")


def brand_before_place(text: str, start: int) -> int:
    """Where an outlet found from ``start`` (where a place opens its name) really starts:
    at the brand word of one to three characters written right before the place, after a
    boundary (:data:`_BOUNDARIES`), when that word is one word of jieba's dictionary and
    no word of the sentence (:data:`_SENTENCE_POS`, a demonstrative); ``start``
    otherwise."""
    lex = load_lexicon()
    for k in range(1, _MAX_BRAND + 1):
        s = start - k
        if s < 0:
            break
        if not "\u4e00" <= text[s] <= "\u9fff":
            break
        if s > 0 and text[s - 1] not in _BOUNDARIES:
            continue
        word = text[s:start]
        freq, tag = dictionary_entry(word)
        if (
            freq <= 0
            or tag in _SENTENCE_POS
            or word[0] in _DEMONSTRATIVES
            or word in lex.stop_words
        ):
            return start  # 均为|某日报, 是在原|某台: words of the sentence, no one brand
        return s
    return start


def outlet_brand_words(
    text: str, decided: list[tuple[Mention, int]], places: Sequence[PlaceMention]
) -> list[tuple[Mention, int]]:
    """``decided`` with each outlet whose name a place opens (某省某某网) widened over the
    brand word written before it (:func:`brand_before_place`): 每日甘肃网, not 甘肃网. A
    mention of the place itself, or any other mention inside the wider span, gives way."""
    widen: dict[int, int] = {}
    for u, _ in decided:
        if u.type != "Organization" or u.subtype != "media":
            continue
        if u.name != u.surface:
            continue  # a name resolved to another form: leave it as found
        b = brand_before_place(text, u.start)
        if b < u.start:
            widen[id(u)] = b
    if not widen:
        return decided
    out: list[tuple[Mention, int]] = []
    spans = []
    for u, he in decided:
        s = widen.get(id(u))
        if s is not None:
            name = text[s : u.end]
            u = Mention(s, u.end, name, "Organization", name, "media", None, u.rule)
            spans.append((s, u.end))
        out.append((u, he))
    return [
        (u, he)
        for u, he in out
        if not any(a <= u.start and u.end <= b and (u.start, u.end) != (a, b) for a, b in spans)
    ]
