"""Where a personal name ends when jieba's words blur its edge, and bylines of shapes the
older rules do not read (people09, written from the Person misses of new outlets).

Pure functions over a text and its tokens; :mod:`ingest.extract.people` calls them. Each
answers one question about one class of text:

* a set phrase after a name is the clause's predicate (某明生|如数家珍), so the name
  ends before it (:func:`idiom_after_name`);
* a three-character reading whose first two characters are a name found elsewhere on
  the page and whose third is a function character of the next clause word (某炬就带着,
  某宙系统介绍) is that two-character name (:func:`glued_onto_a_found_name`);
* a transliterated name read as three characters before a character jieba could not
  join to anything (某玛次|仁|出席) runs on to the longer reading
  (:func:`transliterated_name_runs_on`);
* byline lines: names jieba splits cleanly after a □ (□甲某乙丙某丁), names set off by
  blanks before a page's publication-time field (甲某 乙某某 发布时间：…), and a name
  after the unit in a labelled credit (一审一校：某某学院 甲某).
"""

from __future__ import annotations

import re

from ingest.lexicon import Lexicon, looks_like_name, person_name_parts
from ingest.segment import UNKNOWN_POS, Tokens, is_common_word, is_dictionary_word

# jieba's tag of an idiom or set phrase (如数家珍, 语重心长).
_IDIOM_POS = "i"


def idiom_after_name(toks: Tokens, e: int) -> bool:
    """Whether the word starting at ``e`` is an idiom jieba knows: after a name it is
    the clause's predicate (某明生如数家珍, 某某某感慨万千), which closes the name as a
    verb does."""
    nxt = toks.starting_at(e)
    return nxt is not None and nxt.pos == _IDIOM_POS


# Characters that open the clause's next word and that a rule may read as a given name's
# third character (lexicons/name_parts.tsv, glued_after_found_name).
_GLUED_AFTER_FOUND_NAME = frozenset(person_name_parts()["glued_after_found_name"])


def glued_onto_a_found_name(text: str, s: int, e: int, names: frozenset[str]) -> int | None:
    """The end of the two-character name inside the three-character reading ``text[s:e]``
    when its first two characters are a name found elsewhere on the page and its third
    is a function character or verb that opens the next word (检察长某炬就带着…,
    局长某宙系统介绍, 某某、某刚参加: 就, 系, 参), else None. A three-character name
    keeps its last character wherever it is written, so a page that names 某炬 alone
    reads 某炬就 as 某炬 and 就."""
    if e - s != 3 or text[s : s + 2] not in names or text[e - 1] not in _GLUED_AFTER_FOUND_NAME:
        return None
    return s + 2


# jieba's tags of a lone character it could not join to a word next to it: a bound
# morpheme, an unknown character or a name part (仁/ng) — no verb, preposition or adverb.
_ORPHAN_POS = frozenset({"ng", "nr", "nrt", UNKNOWN_POS, "g"})


def transliterated_name_runs_on(toks: Tokens, e: int, longer_end: int | None) -> bool:
    """Whether a name read as ending at ``e`` should run on to ``longer_end``, the end of
    a transliterated reading of the same start (Tibetan, Mongolian names: 县长某玛次仁出席
    read as 某玛次|仁): every character between is a lone token jieba could not join to a
    word (仁/ng), so nothing there is a verb or a function word that could end the name."""
    if longer_end is None or longer_end <= e:
        return False
    k = e
    while k < longer_end:
        t = toks.starting_at(k)
        if t is None or t.end != k + 1 or t.pos not in _ORPHAN_POS:
            return False
        k = t.end
    return True


# □ or ■ opening a line: the mark some papers print before a byline's names.
_SQUARE_LINE = re.compile(r"(?m)^[ \t\u3000]*[□■][ \t\u3000]*([\u4e00-\u9fff]{4,16})[ \t\u3000]*$")


def _name_word(word: str, pos: str, lex: Lexicon) -> bool:
    return (
        2 <= len(word) <= 3
        and looks_like_name(word, lex)
        and pos in (UNKNOWN_POS, "nr")
        and not is_common_word(word)
    )


def names_run_together_after_a_square(
    text: str, toks: Tokens, lex: Lexicon
) -> list[tuple[int, int]]:
    """The names of a line that is a □ or ■ and a run of Han characters with no blank
    (□甲某乙丙某丁): a byline whose names the page printed without blanks. Only when
    jieba cuts the whole run into two or more words each of a name's shape (a surname
    and one or two characters, a word it does not know or tags as a name), so a heading
    after a □ (□某县新春走基层) names no one."""
    spans: list[tuple[int, int]] = []
    for m in _SQUARE_LINE.finditer(text):
        words = []
        k = m.start(1)
        while k < m.end(1):
            t = toks.starting_at(k)
            if t is None or t.end > m.end(1) or not _name_word(t.text, t.pos, lex):
                break
            words.append((t.start, t.end))
            k = t.end
        if k == m.end(1) and len(words) >= 2:
            spans.extend(words)
    return spans


# A line of names set off by blanks, then a page's publication-time field.
_NAMES_BEFORE_TIME_FIELD = re.compile(
    r"(?m)^[ \t\u3000]*((?:[\u4e00-\u9fff]{2,3}[ \t\u3000]+){1,4})"
    r"(?:发布时间|发布日期|发表时间)[:：]"
)


def names_before_a_publication_field(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """The names opening a line before its publication-time field (甲某 乙某某 发布时间：
    2020-…): a page that prints its byline as bare names before the date. Every item
    must have a name's shape and be no ordinary or dictionary word (某报 发布时间 is no
    byline of people)."""
    spans: list[tuple[int, int]] = []
    for m in _NAMES_BEFORE_TIME_FIELD.finditer(text):
        items = [(n.start(), n.end()) for n in re.finditer(r"[\u4e00-\u9fff]+", m.group(1))]
        base = m.start(1)
        words = [m.group(1)[s:e] for s, e in items]
        if all(
            looks_like_name(w, lex) and not is_common_word(w) and not is_dictionary_word(w)
            for w in words
        ):
            spans.extend((base + s, base + e) for s, e in items)
    return spans


# A labelled credit holding a unit, a blank and a name that closes the line
# (一审一校：某某学院 甲某).
_UNIT_AND_NAME_FIELD = re.compile(
    r"(?m)^[ \t\u3000]*[\u4e00-\u9fff]{1,6}[:：][ \t\u3000]*([\u4e00-\u9fff]{2,16})"
    r"[ \t\u3000]+([\u4e00-\u9fff]{2,3})[ \t\u3000]*$"
)


def name_after_a_unit_in_a_labelled_field(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """The name closing a labelled credit line after its unit (撰稿：某某学院 甲某,
    一审一校：某某学院 乙某): a school's or a department's credits name each editor with
    the unit they belong to. The middle item must end like a unit (lexicons/
    org_suffixes.tsv: 学院, 中心, 办公室) and the last have a name's shape and be no
    ordinary or dictionary word."""
    spans: list[tuple[int, int]] = []
    for m in _UNIT_AND_NAME_FIELD.finditer(text):
        unit, name = m.group(1), m.group(2)
        if not lex.unit_ending(unit):
            continue
        if looks_like_name(name, lex) and not is_common_word(name) and not is_dictionary_word(name):
            spans.append(m.span(2))
    return spans


def split_at_byline_cues(parts: list[str], cues: frozenset[str]) -> list[str]:
    """The items of a bracketed byline with every byline cue of two or more characters
    written between words without a blank set off as an item of its own (本报讯(甲某某
    记者乙某) printed as 甲某某记者乙某 → 甲某某, 记者, 乙某): the cue separates a
    correspondent's name from the reporter's as a blank would. Items that hold no cue,
    or are a cue alone, stay as they are, and words that end in an ordinary word stay on
    the cue they qualify (全媒体记者乙某 → 全媒体记者, 乙某)."""
    long_cues = sorted((c for c in cues if len(c) >= 2), key=len, reverse=True)
    if not long_cues:
        return parts
    pattern = re.compile("(" + "|".join(map(re.escape, long_cues)) + ")")
    out: list[str] = []
    for part in parts:
        if part in cues:
            out.append(part)
            continue
        pieces = [p for p in pattern.split(part) if p]
        for k, piece in enumerate(pieces):
            if k + 1 < len(pieces) and pieces[k + 1] in cues and _qualifies_the_cue(piece):
                pieces[k + 1] = piece + pieces[k + 1]  # 全媒体记者: the reporter's kind
                pieces[k] = ""
        out.extend(p for p in pieces if p)
    return out


def _qualifies_the_cue(piece: str) -> bool:
    """Whether the words before a cue end in an ordinary word (全媒体|记者, 融媒|记者:
    媒体): they say what kind of reporter it is, where a name's given part is no such
    word."""
    return len(piece) >= 2 and is_common_word(piece[-2:])


def credit_word_after_a_cue(text: str, i: int, lex: Lexicon) -> bool:
    """Whether the word at ``i``, right after a byline cue, is itself a byline cue or a
    credit role standing alone (通讯员 供图, 记者 摄影: the page left the name out), not
    the name the cue announces."""
    k = i
    while k < len(text) and "\u4e00" <= text[k] <= "\u9fff":
        k += 1
    word = text[i:k]
    return word in lex.byline_cues or word in lex.credit_roles
