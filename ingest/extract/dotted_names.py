"""Names written in parts joined by a middle dot (transliterated names of China's ethnic
minorities and foreign names: 甲甲·乙乙, 甲甲·乙乙·丙丙).

Such a name has no surname from the surname table, so the surname-based rules of
`people.py` either miss it or keep only a surname-shaped start of it (副县长阿某某·某某 gave
阿某某). The dot itself is the evidence of a name's inner structure; a title or role before
it, or a speech or action cue after it, is the evidence that it is a person's name (the dot
also joins slogans and places: 党建引领·村网共建, 某市·某县, which have neither and are made
of ordinary words or place words).
"""

from __future__ import annotations

import re

from ingest.lexicon import Lexicon
from ingest.segment import Tokens, is_common_word, is_dictionary_word, tokenize

# Middle dots pages use inside a name: U+00B7, U+2022, U+30FB, U+2027, U+FF65, U+2219.
DOTS = "·•・‧･∙"
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# Single characters of these classes do not stand inside a name (在, 和, 的, 了).
_FUNCTION_POS = frozenset({"p", "c", "u", "uj", "ul", "ud", "uz", "ug", "uv", "y", "e", "r"})
# An opening quote or bracket before a dotted run starts a slogan or a title of a work.
_OPENERS = "“‘\"'《〈【「『"
_DOTTED_RUN = re.compile(rf"[\u4e00-\u9fff]+(?:[{DOTS}][\u4e00-\u9fff]+)+")
_MAX_PART = 5  # characters of one part of a transliterated name (阿卜杜拉, 热合曼)
# Last characters of a place or unit: a part ending so names a place (某市·某县).
_PLACE_ENDINGS = frozenset("省市县区旗盟州镇乡村街道社院校局委办司厂站所部网报台")


def part_is_namelike(part: str) -> bool:
    """Whether ``part`` can be one part of a transliterated name: 1–5 Han characters, no
    place or unit ending, not a frequent ordinary word, and not read by jieba as a place
    word, a function word or a phrase ending in an ordinary word — 买买提 (one word) and
    热合|曼 (a name character last) are parts; 十项|行动, 党群|同心, 村企|共建, 在|某阴, 某南
    (a place) are not."""
    if not (0 < len(part) <= _MAX_PART and _HAN_RUN.fullmatch(part)):
        return False
    if part[-1] in _PLACE_ENDINGS or is_common_word(part):
        return False
    words = tokenize(part)
    if any(w.pos.startswith("ns") or w.pos in _FUNCTION_POS for w in words):
        return False
    last = words[-1].text
    return len(words) == 1 or len(last) == 1 or not is_dictionary_word(last)


def _words_after(lex: Lexicon) -> tuple[str, ...]:
    return tuple(sorted(lex.person_cues_after | lex.titles, key=len, reverse=True))


def dotted_name_end(text: str, i: int, toks: Tokens, lex: Lexicon) -> tuple[int, bool] | None:
    """The end of a dotted name starting at ``i`` (甲甲·乙乙表示 → after 乙乙), and whether a
    cue, a title or a verb follows it there (the evidence after a name). None when no
    dotted run starts at ``i`` or a part has no name's shape.

    The last part runs on into the words after the name (·某某出席仪式): it ends at the
    first word boundary where a cue or title of the lexicon or a verb of two or more
    characters starts."""
    m = _DOTTED_RUN.match(text, i)
    if m is None:
        return None
    last = max(text.rfind(d, i, m.end()) for d in DOTS) + 1
    parts = re.split(f"[{DOTS}]", text[i:last])[:-1]
    if not all(part_is_namelike(p) for p in parts):
        return None
    cues = _words_after(lex)
    for k in range(last + 1, min(m.end() - 1, last + _MAX_PART) + 1):
        tok = toks.starting_at(k)
        if tok is None:
            continue  # inside a word: 某某提|出席 is no cue 提出
        if (len(tok.text) >= 2 and tok.pos.startswith("v")) or text.startswith(cues, k):
            return (k, True) if part_is_namelike(text[last:k]) else None
    if m.end() - last <= _MAX_PART and part_is_namelike(text[last : m.end()]):
        return m.end(), text.startswith(cues, m.end())
    end = last_part_before_a_word(text, last, m.end(), toks)
    return (end, False) if end is not None else None


def last_part_before_a_word(text: str, last: int, run_end: int, toks: Tokens) -> int | None:
    """Where a dotted name's last part (starting at ``last``) ends when no cue, title or
    verb follows it but the run goes on with a word jieba's dictionary knows, tagged as a
    noun or anything but a verb (·某合曼|代表县委致辞: 代表/n): the first word boundary
    after two characters or more of the part where a dictionary word of two characters or
    more starts, the part still of a name's shape; else None. The words after it are no
    evidence of a name (the flag :func:`dotted_name_end` returns stays False): only a
    title before the name makes it one."""
    for k in range(last + 2, min(run_end - 1, last + _MAX_PART) + 1):
        tok = toks.starting_at(k)
        if tok is None or len(tok.text) < 2 or not is_dictionary_word(tok.text):
            continue
        return k if part_is_namelike(text[last:k]) else None
    return None


def dotted_name_after_title(text: str, i: int, toks: Tokens, lex: Lexicon) -> int | None:
    """The end of a dotted name right after a title ending at ``i`` (副县长甲甲·乙乙): the
    title is the evidence."""
    found = dotted_name_end(text, i, toks, lex)
    return found[0] if found else None


def dotted_names_before_cues(text: str, toks: Tokens, lex: Lexicon) -> list[tuple[int, int]]:
    """Dotted names opening a clause with a cue, a title or a verb after them
    (甲甲·乙乙表示, 甲甲·乙乙参加了座谈): the spans."""
    spans: list[tuple[int, int]] = []
    if not any(d in text for d in DOTS):
        return spans  # most stories have no dot: the run pattern would try every Han run
    for m in _DOTTED_RUN.finditer(text):
        if m.start() > 0 and (_HAN.match(text, m.start() - 1) or text[m.start() - 1] in _OPENERS):
            continue
        found = dotted_name_end(text, m.start(), toks, lex)
        if found and found[1]:
            spans.append((m.start(), found[0]))
    return spans
