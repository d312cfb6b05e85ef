"""Find people and the titles written before their names.

A personal name is accepted only with evidence from the text around it — a post title
before it (镇长X), a byline (本报讯(X), 记者X, 作者:X), a speech or action verb right after
it (X表示, X主持), a role noun before it (党员X), membership in a list with an accepted
name — never from a surname table alone. The surname table only checks that a candidate
has the shape of a name (:func:`ingest.lexicon.looks_like_name`).

Title chains such as ``X区委常委、副区长Y`` come back as :class:`PostClaim` values: the
person and the chain's elements (each a prefix and a title). Which unit each prefix means
is decided later, by :mod:`ingest.extract.posts`, once units are resolved.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from ingest.extract.dotted_names import (
    DOTS,
    dotted_name_after_title,
    dotted_names_before_cues,
)
from ingest.extract.name_edges import (
    credit_word_after_a_cue,
    glued_onto_a_found_name,
    idiom_after_name,
    name_after_a_unit_in_a_labelled_field,
    names_before_a_publication_field,
    names_run_together_after_a_square,
    split_at_byline_cues,
    transliterated_name_runs_on,
)
from ingest.lexicon import (
    Lexicon,
    lexicon_rows,
    load_lexicon,
    longest_first_alternation,
    looks_like_name,
    person_name_parts,
)
from ingest.read.simplify import to_simplified
from ingest.segment import (
    UNKNOWN_POS,
    Token,
    Tokens,
    is_common_word,
    is_dictionary_word,
    pos_of,
    tokenize,
)

# Parts of speech that can follow a name directly (a verb, a preposition ...).
_AFTER_POS = frozenset({"v", "vn", "p", "c", "d", "u", "uj", "ul", "f", "vd", "ad", "r"})
_PUNCT = set("，,。；;：:、）)（(！!？?“”\"' \n\t…—·|")
_SEPARATORS = "、"
_PARTS = person_name_parts()
_GLUED_AFTER_NAME = frozenset(_PARTS["glued_after_name"])
# Characters that end no name (lexicons/name_parts.tsv, not_last).
_NOT_LAST = frozenset(_PARTS["not_last"])
_HONORIFICS = frozenset(_PARTS["honorifics"])
_VERBS_AFTER_NAME = frozenset(_PARTS["verbs_after_name"])
_NAME_WORD_POS = frozenset({UNKNOWN_POS, "nr", "nrt", "nrfg", "nz"})
_ORDINAL = re.compile(r"^第[一二三四五六七八九十\d]+$")
_PAREN = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]$")  # (挂职) between a title and a name


@dataclass(frozen=True, slots=True)
class PersonMention:
    start: int
    end: int
    name: str  # simplified
    rule: str  # the rule that found it: title, byline, speech, role, list, dotted, repeat …


@dataclass(frozen=True, slots=True)
class TitleElement:
    """One ``prefix + title`` element of a chain; the prefix is ``[start, title_start)``."""

    start: int
    title_start: int
    end: int


@dataclass(frozen=True, slots=True)
class PostClaim:
    person: PersonMention
    elements: tuple[TitleElement, ...]  # left to right


# The first Han character of a clause (after punctuation, a digit or the text's start).
_CLAUSE_START = re.compile(r"(?<![\u4e00-\u9fff\d])[\u4e00-\u9fff]")


@cache
def _clause_cues() -> dict[str, tuple[str, ...]]:
    """Speech verbs, action verbs and titles that may follow a name, by first character."""
    lex = load_lexicon()
    out: dict[str, list[str]] = {}
    for c in (lex.person_cues_after - {"等"}) | lex.titles:
        out.setdefault(c[0], []).append(c)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _cues_after() -> tuple[str, ...]:
    """Speech and action words that follow a name (表示, 带队, 主持), longest first."""
    return tuple(sorted(load_lexicon().person_cues_after, key=len, reverse=True))


@cache
def _title_pattern() -> re.Pattern[str]:
    lex = load_lexicon()
    return re.compile("|".join(longest_first_alternation(map(re.escape, lex.titles))))


def _name_at(text: str, i: int, toks: Tokens, lex: Lexicon, strict: bool = True) -> int | None:
    """The end of a name starting at ``i`` when one is there, else None.

    Tries three characters, then two (four for a two-character surname); the name must
    end on a word boundary followed by punctuation, a cue word, a title or a verb-like
    word — so 孙强表示 gives 孙强, not 孙强表.
    """
    if i > 0 and text[i - 1].isdigit():
        return None  # 20余人
    for n in (4, 3, 2):
        cand = text[i : i + n]
        if len(cand) < n or not looks_like_name(cand, lex) or cand[-1] in _NOT_LAST:
            continue
        if n == 4 and cand[:2] not in lex.surnames:
            continue
        if n == 3 and (
            preposition_after_given_name(toks, i, i + 3)
            or adverb_with_de(cand)
            or verb_after_a_two_character_name(toks, i)
            or one_word_after_a_two_character_name(text, i)
            or word_after_a_two_character_name(text, i)
        ):
            continue
        if cand[1:] in lex.titles or cand[1:] in _HONORIFICS:
            continue  # 郭书记, 潘老师: a surname with a title is not a name
        if pos_of(cand) not in _NAME_WORD_POS:
            continue  # a dictionary word (常态化), not a name
        e = i + n
        if strict and n == 2 and word_after_a_two_character_name(text, i):
            return e  # 某某|率代表团: the word after it is evidence, however jieba cut it
        # 方欢为启动仪式致辞: jieba glued the preposition to the given name (欢为)
        if strict and n <= 3 and e < len(text) and text[e] in _GLUED_AFTER_NAME:
            tok = toks.starting_at(i)
            if (
                tok is not None
                and tok.end <= e
                and not _tokens_nameish(toks, i, e)
                and not word_across_end(toks, i, e)
            ):
                return e
        closed = e >= len(text) or text[e] in _PUNCT or text[e] in "等" or date_after_name(text, e)
        # 邓永强等: a title right before and a hard stop right after are evidence enough
        # even when jieba reads the given name as a word (增强).
        nxt_tok = toks.starting_at(e)
        # 徐某以“…”为题: jieba glued a function character to the given name
        glued = toks.starting_at(i)
        glued_end = (
            glued is not None
            and glued.end == e + 1
            and glued.pos == UNKNOWN_POS
            and text[e] in _NOT_LAST
        )
        # After a title, a name may be read by jieba as words (钱/明亮): a word boundary
        # and a verb or adverb after it are evidence enough.
        # A speech or action cue right after (赵明远带队参加: jieba glued 带队参加 into
        # one noun and read 明远 as an adjective) is evidence of the same kind.
        evident = (
            strict
            and toks.starting_at(i) is not None
            and (
                closed
                or (nxt_tok is not None and nxt_tok.pos in ("d", "v", "p", "c"))
                or (toks.is_boundary(e) and text.startswith(_cues_after(), e))
                or glued_end
            )
        )
        if not _tokens_nameish(toks, i, e) and not (n == 2 and toks.is_boundary(e)) and not evident:
            continue
        if e >= len(text) or text[e] in _PUNCT:
            return e
        if glued_end:
            return e
        if not toks.is_boundary(e):
            continue
        if strict and date_after_name(text, e):
            return e
        if not strict and _tokens_nameish(toks, i, e):
            return e
        if strict and _whole_name_token(toks, i, e):
            return e
        rest = text[e : e + 6]
        if any(rest.startswith(c) for c in lex.person_cues_after) or _title_pattern().match(
            text, e
        ):
            return e
        if rest[0] in "等和与及同在对向为代从到赴就于也":
            return e
        if idiom_after_name(toks, e):
            return e  # 某明生如数家珍: a set phrase is the clause's predicate
        nxt = toks.starting_at(e)
        if not strict and nxt is not None and nxt.pos in _AFTER_POS:
            return e
        if (
            nxt is not None
            and nxt.pos in ("v", "p", "c", "d", "u", "uj", "vn", "ad", "vd")
            and n == 2
        ):
            return e
        if nxt is not None and nxt.pos in ("v", "p", "c", "d", "u", "uj", "ad", "vd"):
            tok = toks.starting_at(i)
            # 李士权主持: three characters followed by a verb, not cut inside a word
            if tok is None or tok.end <= e:
                return e
    return None


# A day of the month in digits, after its month or alone (22日, 3月22日, ２２日).
_DATE_AFTER = re.compile(r"(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日")


def date_after_name(text: str, e: int) -> bool:
    """A date opens the text at ``e``: the news of a titled person is dated right after
    the name (某部长某甲22日表示, 某书记某乙3月5日在…), which closes the name like a verb."""
    return _DATE_AFTER.match(text, e) is not None


# Prepositions rarely the last character of a given name (某君|向与会人员介绍).
_PREPOSITIONS_AFTER_NAME = frozenset(_PARTS["prepositions_after_name"])


def preposition_after_given_name(toks: Tokens, i: int, e: int) -> bool:
    """Whether ``[i, e)`` is a two-character word jieba does not know, then one of the
    prepositions that follow a name (向, 在, 对, 从, 于) read as a word of its own: the
    name is the first two characters (总经理某君|向|与会人员 is 某君)."""
    first = toks.starting_at(i)
    last = toks.starting_at(e - 1)
    return (
        first is not None
        and first.end == e - 1
        and first.pos in _NAME_WORD_POS
        and last is not None
        and last.end == e
        and last.pos == "p"
        and last.text in _PREPOSITIONS_AFTER_NAME
    )


# One-character verbs of arriving that follow a name (某某到会, 某某赴村): jieba reading one
# as a word of its own after a two-character unknown word ends the name before it.
_ARRIVING_AFTER_NAME = frozenset(_PARTS["arriving_after_name"])


def verb_after_a_two_character_name(toks: Tokens, i: int) -> bool:
    """Whether jieba read the two characters at ``i`` as one word it does not know (or a
    name) and the third as a one-character verb of arriving of its own (某刚|到|会指导):
    the name is the two characters, not three that take the verb."""
    first = toks.starting_at(i)
    if first is None or first.end != i + 2 or first.pos not in _NAME_WORD_POS:
        return False
    verb = toks.starting_at(i + 2)
    return (
        verb is not None
        and verb.end == i + 3
        and verb.pos == "v"
        and verb.text in _ARRIVING_AFTER_NAME
    )


_ONE_WORDS_AFTER_NAME = _PARTS["one_words_after_name"]


def one_word_after_a_two_character_name(text: str, i: int) -> bool:
    """Whether the third character from ``i`` opens a word starting with 一 that follows a
    name (某某一行5人, 某某一同前往; ``one_words_after_name`` in lexicons/name_parts.tsv):
    the name is the two characters before it, not a three-character name ending in 一."""
    return text.startswith(_ONE_WORDS_AFTER_NAME, i + 2)


_WORDS_AFTER_NAME = _PARTS["words_after_name"]


def word_after_a_two_character_name(text: str, i: int) -> bool:
    """Whether the third character from ``i`` opens a word that follows a name and whose
    first character jieba joins to the given name (某某率党政代表团, 某某系统介绍;
    ``words_after_name`` in lexicons/name_parts.tsv): the name is the two characters
    before it, not a three-character name ending in 率 or 系."""
    return text.startswith(_WORDS_AFTER_NAME, i + 2)


def adverb_with_de(cand: str) -> bool:
    """Whether a three-character candidate is a frequent word and the adverbial 地 (支书
    高兴地说: 高兴地, "gladly"), not a name.

    >>> adverb_with_de("高兴地"), adverb_with_de("某兴地")
    (True, False)
    """
    return len(cand) == 3 and cand[2] == "地" and is_common_word(cand[:2])


def _whole_name_token(toks: Tokens, i: int, e: int) -> bool:
    """``[i, e)`` is one jieba word of three characters that its dictionary does not
    know (or tags as a name): after a title, such a word is the name (纪委书记王某某应邀出席),
    whatever jieba made of the words after it."""
    tok = toks.starting_at(i)
    return tok is not None and tok.end == e and e - i == 3 and tok.pos in _NAME_WORD_POS


def _tokens_nameish(toks: Tokens, i: int, e: int) -> bool:
    """The words jieba found in ``[i, e)`` could be a name: whole words only, and every
    word of two or more characters unknown to the dictionary or tagged as a name."""
    t = toks.starting_at(i)
    while t is not None and t.end <= e:
        if len(t.text) > 1 and t.pos not in _NAME_WORD_POS:
            return False
        if t.end == e:
            return True
        t = toks.starting_at(t.end)
    return False


def _chain_before(text: str, end: int, lex: Lexicon, toks: Tokens) -> tuple[TitleElement, ...]:
    """The title chain that ends at ``end`` (right before a name), left to right."""
    pat = _title_pattern()
    elements: list[TitleElement] = []
    e = end
    m = _PAREN.search(text, max(0, e - 6), e)
    if m and m.end() == e:
        e = m.start()
    while e > 0:
        title_start = None
        for n in range(min(lex.max_title, e), 0, -1):
            if pat.fullmatch(text, e - n, e):
                title_start = e - n
                break
        if title_start is None:
            break
        if titles_back_to_back(text, title_start, lex):
            elements.append(TitleElement(title_start, title_start, e))
            e = title_start
            continue
        run_on = titles_run_together(text, title_start, lex)
        if run_on is not None:
            elements.append(TitleElement(run_on, title_start, e))
            e = run_on
            continue
        start = _prefix_start(text, title_start, lex, toks)
        elements.append(TitleElement(after_the_party(text, start, title_start), title_start, e))
        if start > 0 and (text[start - 1] in _SEPARATORS or concurrent_mark(text, start, lex)):
            e = start - 1
            continue
        break
    return tuple(reversed(elements))


# What may open a clause that holds nothing but titles (the clause before a comma whose
# titles run on into the next clause's chain).
_CLAUSE_OPENERS = "。；;！!？?：:，,\n"
_COMMAS = "，,"
# A verb that gives someone the titles after it (甲任…, 甲是…, 甲当选…; 担任, 现任 end
# with 任): the clause is a sentence of its own, never a bare list of titles.
_TAKES_A_POST = re.compile(r"任|是|当选")


def chain_across_commas(
    text: str, chain: tuple[TitleElement, ...], lex: Lexicon, toks: Tokens
) -> tuple[TitleElement, ...]:
    """The chain with the titles of the clauses before it that hold nothing but titles
    (某局党组书记、局长，某中心主任甲: one person's three titles, the comma standing for a
    、). The clause before the comma must be a chain of two titles or more that ends at
    the comma and opens with its first title's prefix — right after punctuation or at
    the text's start — so a clause with a name or a verb of its own (甲任某村党支部书记、
    村委会主任，副主任乙) or a lone title (…书记，镇长乙) is never taken."""
    while chain and chain[0].start > 1 and text[chain[0].start - 1] in _COMMAS:
        comma = chain[0].start - 1
        earlier = _chain_before(text, comma, lex, toks)
        if len(earlier) < 2 or earlier[-1].end != comma:
            break  # a list of titles (、) makes the clause a chain of its own, not a sentence
        opens = earlier[0].start
        if opens > 0 and text[opens - 1] not in _CLAUSE_OPENERS:
            break
        if _TAKES_A_POST.search(text, opens, earlier[0].title_start):
            break  # 甲任某村党支部书记、村委会主任，: a sentence of someone's own
        chain = earlier + chain
    return chain


_PARTY_TITLE_OPENING = "党"  # 党支部书记, 党委委员, 党总支副书记 …


def titles_back_to_back(text: str, title_start: int, lex: Lexicon) -> bool:
    """Whether the title at ``title_start`` is a party body's title written right after
    another title word of the same person, with no separator (某局副局长党支部书记甲,
    某处副主任党委委员乙: GOLD_FORMAT, one relation per title — 副局长 and 党支部书记). The
    party title is then an element of its own and the chain goes on at the title before
    it, which keeps the unit named in its prefix."""
    return text.startswith(_PARTY_TITLE_OPENING, title_start) and title_ends_at(
        text, title_start, lex
    )


# Two titles of one person written with no separator (GOLD_FORMAT: one relation per
# title): a committee member's title, then a head's title (某局党组成员副局长) or a
# department's head (县委常委组织部长, 市委常委宣传部部长: two characters naming the
# department, its 部 or not, then 部长 / 副部长).
_MEMBER_TITLE_ENDS = ("成员", "委员", "常委")
_RUN_ON_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2}部?")
_DEPARTMENT_HEADS = ("部长", "副部长")


def titles_run_together(text: str, title_start: int, lex: Lexicon) -> int | None:
    """Where the second of two titles run together starts, when the title at
    ``title_start`` follows a committee member's title with no separator — right after it
    (某局党组成员副局长甲 → 党组成员, 副局长) or after a department it heads
    (某县委常委组织部长甲 → 县委常委, 组织部长) — else None. The chain then goes on at
    the member's title, which keeps the unit named in its prefix (某局, 某县委)."""
    if member_title_ends_at(text, title_start, lex):
        return title_start
    if not text.startswith(_DEPARTMENT_HEADS, title_start):
        return None
    for n in (3, 2):
        k = title_start - n
        if _RUN_ON_DEPARTMENT.fullmatch(text, k, title_start) and member_title_ends_at(
            text, k, lex
        ):
            return k
    return None


def member_title_ends_at(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a committee member's title of the lexicon (党组成员, 党委委员, 县委常委)
    ends right before ``end``."""
    return end > 2 and text.endswith(_MEMBER_TITLE_ENDS, 0, end) and title_ends_at(text, end, lex)


# The Party's own name opening a chain element (中共某区委常委): the Party is no unit
# (GOLD rule 6) and no gold title starts with it.
_THE_PARTY = ("中国共产党", "中共")


def after_the_party(text: str, start: int, title_start: int) -> int:
    """Where a chain element's prefix begins once the Party's name opening it is set
    aside (中共某区委常委、统战部部长甲 → 某区委常委: 区委常委 @ 某区): the Party is no
    unit (GOLD_FORMAT rule 6) and none of the readable gold titles opens with 中共 or
    中国共产党. Only when something is left between the name and the title word
    (中共党员 stays whole)."""
    for word in _THE_PARTY:
        if text.startswith(word, start) and start + len(word) < title_start:
            return start + len(word)
    return start


_CONCURRENT = "兼"
_NOT_AFTER_CONCURRENT = "职"  # 兼职委员: a part-time member, one title


def concurrent_mark(text: str, i: int, lex: Lexicon) -> bool:
    """Whether a 兼 right before ``i`` joins two titles of one person (党支部书记兼村委会主任,
    副院长兼党总支副书记: GOLD_FORMAT, one relation per title) — a title word ends
    right before it — rather than opening a word (兼职)."""
    if i < 2 or text[i - 1] != _CONCURRENT or text[i : i + 1] == _NOT_AFTER_CONCURRENT:
        return False
    return title_ends_at(text, i - 1, lex)


def concurrent_mark_in_word(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """Where the title after a 兼 that jieba read into the next word begins (系主任|兼青禾|
    小学副校长, 队长|兼青禾|村第一书记: the word 兼青禾 spans the mark), when a title word
    ends right before that 兼: the chain splits there as at a 兼 standing alone
    (:func:`concurrent_mark`); else None."""
    for k in range(end - 2, start - 1, -1):
        if concurrent_mark(text, k + 1, lex):
            return k + 1
    return None


def title_ends_at(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a title word of the lexicon ends right before ``end`` (书记 in 党支部书记兼…)."""
    pat = _title_pattern()
    return any(pat.fullmatch(text, end - n, end) for n in range(1, min(lex.max_title, end) + 1))


def _prefix_start(text: str, title_start: int, lex: Lexicon, toks: Tokens) -> int:
    """Where the unit prefix before a title begins: after punctuation, a boundary word
    or a verb (省委宣传部派驻X镇第一书记 → X镇)."""
    i = title_start
    while i > 0 and title_start - i < 30:
        ch = text[i - 1]
        q = quoted_term_before(text, i)
        if q is not None:
            i = q
            continue
        if ch in _PUNCT or concurrent_mark(text, i, lex):
            break
        # find the token ending at i
        j = i - 1
        while j > 0 and toks.starting_at(j) is None:
            j -= 1
        glued = concurrent_mark_in_word(text, j, i, lex)
        if glued is not None:
            return glued
        word = text[j:i]
        tok = toks.starting_at(j)
        if (
            word in lex.stop_words
            or (
                tok is not None
                and tok.end == i
                and len(word) > 1
                and tok.pos in ("v", "p", "c", "u", "uj", "r", "t", "m", "d")
                and word not in lex.titles
                and not _ORDINAL.match(word)
                and not any(word.endswith(x) for x in lex.org_suffixes)
            )
        ) and not department_named_by_a_verb(text, word, i, title_start):
            return short_prefix_after_separator(text, title_start, i, lex)
        i = j
    return i


_OPEN_QUOTES = "“「‘"
_CLOSE_QUOTES = "”」’"
_QUOTED_TERM = 6  # characters inside the quotes


def quoted_term_before(text: str, i: int) -> int | None:
    """Where a short quoted term closing right before ``i`` opens (its opening quote), when
    the quotes hold a few Han characters only and a title's prefix goes on through it
    (、“两新”工委书记甲: the element is “两新”工委书记 and the chain goes on before it); else
    None."""
    if i < 3 or text[i - 1] not in _CLOSE_QUOTES:
        return None
    k = i - 2
    while k >= 0 and i - 1 - k <= _QUOTED_TERM and "\u4e00" <= text[k] <= "\u9fff":
        k -= 1
    if k < 0 or k == i - 2 or text[k] not in _OPEN_QUOTES:
        return None
    return k


# 组织科科长, 组织二处处长, 宣传部部长: a verb to jieba (组织, 宣传) names a department when
# one department character (after an optional ordinal) follows it and the title word.
_DEPARTMENT_AFTER_VERB = re.compile(r"[一二三四五六七八九十]?[科处股室部办组]")


def department_named_by_a_verb(text: str, word: str, end: int, title_start: int) -> bool:
    """Whether ``word``, ending at ``end`` (a verb or a boundary word to the unit rules:
    组织, 宣传), names a department rather than opening a clause: a word of two or more
    characters, and what stands between it and the title word is one department
    character after an optional ordinal (组织|科|科长, 组织|二处|处长). The walk back then
    goes on over it, so the title keeps the department and the unit before it is read
    (某大学组织部组织科科长 → 组织科科长 @ 某大学组织部), not 科科长."""
    return len(word) > 1 and _DEPARTMENT_AFTER_VERB.fullmatch(text, end, title_start) is not None


_SHORT_PREFIX = 4  # Han characters between a chain's 、 and a title word


def short_prefix_after_separator(
    text: str, title_start: int, i: int, lex: Lexicon | None = None
) -> int:
    """Where a chain element's prefix begins when a verb-like word stops the walk back
    at ``i``: right after the chain's 、 — or a 兼 after a title word
    (:func:`concurrent_mark`: 党委委员兼组织科长甲) — when only a short run of Han characters
    stands between it and the title word (党委委员、组织科长甲, 、乡村振兴专员乙 — 组织 and 振兴
    are verbs to jieba, but after 、 they open a title, not a clause); else ``i``."""
    lex = lex or load_lexicon()
    k = title_start
    while (
        k > 0
        and title_start - k < _SHORT_PREFIX
        and "\u4e00" <= text[k - 1] <= "\u9fff"
        and not concurrent_mark(text, k, lex)
    ):
        k -= 1
    if k < title_start and k > 0 and (text[k - 1] in _SEPARATORS or concurrent_mark(text, k, lex)):
        return k
    return i


class FoundPeople:
    """The people found so far, one mention per span (the first rule that found it)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.by_span: dict[tuple[int, int], PersonMention] = {}

    def add(self, s: int, e: int, rule: str) -> PersonMention:
        pm = self.by_span.get((s, e))
        if pm is None:
            pm = PersonMention(s, e, self.text[s:e], rule)
            self.by_span[(s, e)] = pm
        return pm


def find_people(
    text: str, tokens: Tokens, authors: Iterable[str] = (), page_names: Iterable[str] = ()
) -> tuple[list[PersonMention], list[PostClaim]]:
    """Every evidenced personal name in ``text`` (simplified script) and the title chains
    written before them. ``authors`` are byline names the reader already found;
    ``page_names`` the people earlier stories of the same page named.

    Each kind of evidence is one rule below; a span found by several keeps the first
    rule's name. Every other occurrence of an accepted name is then the same person."""
    lex = load_lexicon()
    found = FoundPeople(text)
    claims = names_after_titles(text, tokens, lex, found)
    names_after_cues(text, tokens, lex, found)
    names_after_role_words(text, tokens, lex, found)
    names_before_titles(text, tokens, lex, found)
    speakers_before_cues(text, tokens, lex, found)
    dotted_names_opening_clauses(text, tokens, lex, found)
    dotted_names_of_transliteration_characters(text, tokens, lex, found)
    names_after_village_names(text, tokens, lex, found)
    names_before_comrade(text, tokens, lex, found)
    names_before_household_words(text, tokens, lex, found)
    names_in_bracketed_bylines(text, lex, found)
    spaced_names_in_bylines(text, lex, found)
    names_on_a_byline_line(text, lex, found)
    for s, e in names_run_together_after_a_square(text, tokens, lex):
        found.add(s, e, "byline")
    for s, e in names_before_a_publication_field(text, lex):
        found.add(s, e, "byline")
    for s, e in name_after_a_unit_in_a_labelled_field(text, lex):
        found.add(s, e, "byline")
    names_after_byline_names(text, lex, found)
    names_in_credit_lines(text, lex, found)
    names_listed_after_credit_labels(text, lex, found)
    names_before_credit_roles(text, lex, found)
    _add_group_names(_PHOTO_CREDIT_GLUED, text, lex, found, "byline")
    name_closing_a_source_line(text, lex, found)
    names_closing_labelled_fields(text, lex, found)
    spaced_names_in_labelled_fields(text, lex, found)
    authors_of_works(text, tokens, lex, found)
    names_of_authors_and_name_lines(text, authors, lex, found)
    names_opening_a_line_before_a_title(text, lex, found)
    names_in_lists(text, lex, found, tokens)
    names_listed_before_leaders(text, lex, found)
    names_listed_after_a_colon(text, lex, found)
    names_before_apposed_titles(text, lex, found)
    names_joined_by_and(text, tokens, lex, found)
    names_joined_after_honorifics(text, tokens, lex, found)
    names_seen_earlier_on_the_page(text, tokens, page_names, lex, found)
    names_reported_by(text, lex, found)
    names_leading_events(text, lex, found)
    names_listed_as_attending(text, lex, found)
    names_under_a_lead_or_in_captions(text, lex, found)
    known_full_names_after_verbs(text, tokens, lex, found)
    names_listed_before_found_names(text, tokens, lex, found)
    names_listed_after_found_names(text, tokens, lex, found)
    names_of_a_bare_list(text, tokens, lex, found)
    claims = conjunctions_cut_from_names(text, lex, found, claims)
    claims = prepositions_cut_from_names(text, tokens, lex, found, claims)
    claims = glued_characters_cut_from_names(text, found, claims)
    repeats_of_names(text, tokens, found)
    people = sorted(found.by_span.values(), key=lambda p: p.start)
    return people, claims


# A short note in brackets between a title and its name: 镇长（兼）X, or the title's
# pinyin that some pages insert (书记(shūjì)X).
_BRACKETED_NOTE = re.compile(
    r"[（(](?:[\u4e00-\u9fff]{1,4}|[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{2,12})[）)]"
)


def names_after_titles(
    text: str, toks: Tokens, lex: Lexicon, found: FoundPeople
) -> list[PostClaim]:
    """A title, then a name (and 、name ...): 镇党委副书记、镇长夏红梅; 副镇长甲、乙等.
    Returns the title chain before each name."""
    claims: list[PostClaim] = []
    for m in _title_pattern().finditer(text):
        i = m.end()
        p = _BRACKETED_NOTE.match(text, i)  # 镇长（兼）X
        if p:
            i = p.end()
        elif (k := bracketed_other_post(text, i, lex)) is not None:
            i = k  # 院长（某党某市委会主委）X: another post of the same person
        i = closing_quote_of_a_title(text, m.start(), i)  # “第一书记”X
        e = dotted_name_after_title(text, i, toks, lex)  # 副县长甲甲·乙乙: the whole name
        if e is None:
            e = _name_at(text, i, toks, lex)
            if e is not None and e - i == 3:
                longer = transliterated_name_after_title(text, i, toks, lex)
                if transliterated_name_runs_on(toks, e, longer):
                    e = longer  # 县长某玛次|仁|出席: the lone 仁 is the name's
        if e is None:
            e = name_glued_to_next_word(text, i, toks, lex)
        if e is None:
            e = long_name_after_title(text, i, toks)
        if e is None:
            e = long_name_of_two_words(text, i, toks)
        if e is None:
            e = name_after_a_cut_title(text, i, toks, lex)
        if e is None:
            e = word_named_in_a_list_of_posts(text, i, lex)
        if e is None:
            e = name_across_a_title_end(text, i, toks, lex)
        if e is None:
            e = name_of_a_rarer_surname_after_title(text, i, toks, lex)
        if e is None:
            e = transliterated_name_after_title(text, i, toks, lex)
        if e is None:
            e = rare_word_named_after_title(text, i, toks, lex)
        if e is None:
            e = name_of_pieces_after_title(text, i, toks, lex)  # 院长某木某布介绍
        if e is None:
            e = name_before_a_dictionary_word(text, i, toks, lex)  # 书记某明朗|汇报
        if e is None and text[i : i + 1] in ("：", ":"):
            span = name_after_a_title_and_colon(text, i, lex)
            if span is not None:
                i, e = span
        if e is None and text[i : i + 1] in (" ", "\u3000"):
            i += 1  # a byline's title, a blank, the name alone (…总经理 某某某)
            e = name_closed_in_byline(text, i, lex, line_end_only=True)
            if e is None:
                e = name_set_off_by_blanks(text, i, lex)  # 总经理 某某某 在会上发言
            if e is None:
                e = _name_at(text, i, toks, lex)  # 总经理 某某某表示
        if e is None:
            continue
        # the longest title ending here may be longer than this match (党委书记 vs 书记)
        chain = chain_across_commas(text, _chain_before(text, m.end(), lex, toks), lex, toks)
        pm = found.add(i, e, "title")
        if chain:
            claims.append(PostClaim(pm, chain))
        while e < len(text) and text[e] == "、":
            e2 = _name_at(text, e + 1, toks, lex)
            if e2 is None or _title_pattern().match(text, e + 1):
                break
            pm2 = found.add(e + 1, e2, "title")
            if chain:
                claims.append(PostClaim(pm2, chain))
            e = e2
    return claims


# A bracket after a title that holds another post of the same person (院长（某党某市委会
# 主委）X): up to this many characters, closed by a title word.
_OTHER_POST = re.compile(r"[（(]([^（()）\n，,。；;]{2,20})[）)]")


def bracketed_other_post(text: str, i: int, lex: Lexicon) -> int | None:
    """The end of a bracket at ``i`` (right after a title) that names another post of the
    holder — its text closes with a title word (院长（某党某市委会主委）甲, 主任（兼某会
    会长）乙) — so the name follows the bracket; else None. A short note (挂职, 兼) is
    ``_BRACKETED_NOTE``'s."""
    m = _OTHER_POST.match(text, i)
    # no title holds a bracket, so one ending the bracket's text lies inside it
    if m is None or not title_ends_at(text, m.end(1), lex):
        return None
    return m.end()


def closing_quote_of_a_title(text: str, title_start: int, i: int) -> int:
    """Where the name starts after a title at ``[title_start, i)``: past a closing quote
    when the title is quoted (“第一书记”甲: the quote closes the title, the name follows),
    else ``i``."""
    if title_start > 0 and i < len(text) and text[i] in "”」’" and text[title_start - 1] in "“「‘":
        return i + 1
    return i


def name_of_a_rarer_surname_after_title(
    text: str, i: int, toks: Tokens, lex: Lexicon
) -> int | None:
    """The end of a three-character name right after a title whose surname the table
    lacks (副校长某满阳出席, 副院长某文博带领), or None: jieba reads the three as one word
    it does not know, or one character that is no function word or verb, then a
    two-character word it does not know or tags as a name; the three are no dictionary
    word; closed by punctuation, 等, a cue or a verb (副院长亲自带队, 书记还表示 name no
    one: 亲自 and 还 are adverbs)."""
    first = toks.starting_at(i)
    if first is None or text[i] in lex.surnames:
        return None
    given: Token | None = None
    if first.end == i + 3 and first.pos == UNKNOWN_POS:
        given = first  # 副院长|某文博|带领: one word jieba does not know
    elif first.end == i + 1 and first.pos not in _NOT_A_SURNAME_POS:
        given = toks.starting_at(i + 1)  # 副校长|某|满阳|出席
    else:
        return None
    if given is None or given.end != i + 3 or given.pos not in _NAME_WORD_POS:
        return None
    e, cand = i + 3, text[i : i + 3]
    if not all("\u4e00" <= c <= "\u9fff" for c in cand) or cand[-1] in _NOT_LAST:
        return None
    if is_common_word(cand) or is_dictionary_word(cand) or is_dictionary_word(given.text):
        return None
    if e >= len(text) or text[e] in _PUNCT or text[e] == "等":
        return e
    if text.startswith(_cues_after(), e):
        return e
    nxt = toks.starting_at(e)
    return e if nxt is not None and nxt.pos == "v" else None


_TRANSLITERATION_CHARS = frozenset(_PARTS["transliteration_chars"])
# Words that may close a transliterated name: 与, 和, 同 joining a second party, 及, 等.
_JOINERS_AFTER_NAME = "与和同及等"


def _holds_frequent_word(toks: Tokens, i: int, e: int) -> bool:
    """Whether a frequent ordinary word of two or more characters (多次, 加强) starts in
    ``[i, e)``."""
    return any(
        (t := toks.starting_at(k)) is not None and len(t.text) > 1 and is_common_word(t.text)
        for k in range(i, e)
    )


_UNKNOWN_OR_TRANSLITERATED_POS = frozenset({UNKNOWN_POS, "nrt"})


def _unknown_word(toks: Tokens, i: int, e: int) -> bool:
    """Whether ``[i, e)`` is one word jieba does not know or tags as transliterated."""
    t = toks.starting_at(i)
    return t is not None and t.end == e and t.pos in _UNKNOWN_OR_TRANSLITERATED_POS


def transliterated_name_after_title(text: str, i: int, toks: Tokens, lex: Lexicon) -> int | None:
    """The end of a name of two to six characters, every one of the table of
    transliteration characters (Mongolian, Tibetan, Uyghur names: 主任某云某力格与…,
    书记某美某杰、), written right after a title where jieba cut it into words it does
    not know or reads otherwise (某云|某力|格), or None. The longest such run ending on a
    word boundary is tried first; it must be no dictionary word, hold no ordinary frequent
    word of two or more characters (jieba's rare words, 某力 an adverb, are parts of such
    names), hold no title, not end like a place or unit, and be
    closed by punctuation, a joining word (与, 和, 同, 及, 等), a cue or a verb. Two
    characters only as one word jieba does not know or tags as a transliterated name
    (院长助理某杰,)."""
    for n in range(6, 1, -1):
        e = i + n
        cand = text[i:e]
        if len(cand) < n or not all(c in _TRANSLITERATION_CHARS for c in cand):
            continue
        if n == 2 and not _unknown_word(toks, i, e):
            continue  # two characters: one word jieba does not know or tags a name (某杰)
        if not toks.is_boundary(e) or is_dictionary_word(cand):
            continue
        if cand[-1] in _DIVISION_CHARS or cand[-1] in _NOT_LAST:
            continue
        if any(t in cand for t in lex.titles if len(t) > 1):
            continue
        if _holds_frequent_word(toks, i, e):
            continue
        if e >= len(text) or text[e] in _PUNCT or text[e] in _JOINERS_AFTER_NAME:
            return e
        if text.startswith(_cues_after(), e):
            return e
        nxt = toks.starting_at(e)
        if nxt is not None and nxt.pos == "v":
            return e
    return None


# Marks that close a name written alone after its title (书记某某、; 辅导员某某，).
_CLOSES_A_LISTED_NAME = frozenset("、，,。；;")
# jieba's tags of a two-character word that may be a whole personal name when a title
# stands before it: nouns, place and proper nouns, adjectives, time words — never a verb,
# adverb, preposition or conjunction (书记强调，).
_WORD_AS_NAME_POS = frozenset({"n", "ns", "nz", "nr", "nrt", "a", "an", "t"})


def rare_word_named_after_title(text: str, i: int, toks: Tokens, lex: Lexicon) -> int | None:
    """The end of a two-character name that is also a rarer dictionary word (a star, a
    place: 组织员金星、, 县委书记云岭，), written right after a title and closed by a
    list's or a clause's mark, or None. The word starts with a table surname, jieba reads
    it whole as a noun, place, adjective or time word, and it is no frequent ordinary word
    (副会长单位、 is a unit, not a person), no title and no form of address."""
    tok = toks.starting_at(i)
    e = i + 2
    if tok is None or tok.end != e or e >= len(text) or text[e] not in _CLOSES_A_LISTED_NAME:
        return None
    word = tok.text
    if word[0] not in lex.surnames or tok.pos not in _WORD_AS_NAME_POS:
        return None
    if is_common_word(word) or word in lex.titles or word[1:] in _HONORIFICS:
        return None
    return e


_NAME_TAGS = frozenset({"nr", "nrt", "nrfg"})


# Tags of a one-character word that opens a clause, not a name: a preposition, a
# conjunction, a verb (书记|和|某某, 书记|来|某州, 书记|谈|项目).
_OPENING_FUNCTION_TAGS = frozenset({"p", "c", "v"})


def function_word_opening(toks: Tokens, i: int, word: str) -> bool:
    """Whether ``word`` (at ``i``) opens with a preposition or conjunction that stands
    before names (``prepositions_before_name`` in ``name_parts.tsv``: 向 由 和 …) or with a
    one-character word jieba tags as a preposition, conjunction or verb: the clause goes
    on after the title with that word, and what follows it is no name of the title's."""
    if word[0] in _PREPOSITIONS_BEFORE_NAME:
        return True
    tok = toks.starting_at(i)
    return tok is not None and tok.end == i + 1 and tok.pos in _OPENING_FUNCTION_TAGS


def name_before_a_dictionary_word(text: str, i: int, toks: Tokens, lex: Lexicon) -> int | None:
    """The end of a name written right after a title (at ``i``) when the clause's next
    word is one jieba's dictionary knows but tags as a noun, a time word, a numeral or a
    set phrase rather than a verb (书记某明朗|汇报了…, 书记某国臣|先后讲话, 校长某端阳|七日上午,
    董事长某海波|多方争取, 书记某琪|深有感触), or None. The name is two or three characters
    of a name's shape that jieba reads as no ordinary word and no place, standing between
    two word boundaries; the next word has two characters or more (a lone character may
    be the name's own: 某某明|委). Three characters are tried first, as for any name."""
    if i == 0 or not toks.is_boundary(i):
        return None
    for n in (3, 2):
        e = i + n
        word = text[i:e]
        if len(word) < n or e >= len(text) or not toks.is_boundary(e):
            continue
        if not _named_not_place(word, lex) or pos_of(word) not in _NAME_WORD_POS:
            continue
        if word[1:] in lex.titles or word[1:] in _HONORIFICS:
            continue
        if function_word_opening(toks, i, word):
            return None  # 秘书长|和|区内…, 书记|来|福州…: no name after the title
        nxt = toks.starting_at(e)
        if nxt is None or len(nxt.text) < 2 or nxt.pos == UNKNOWN_POS or nxt.pos in _NAME_TAGS:
            continue  # 某明|华为: a word tagged as a name may hold the name's last character
        if nxt.text in lex.titles or _title_pattern().match(text, e):
            continue  # 书记某某|主任: a chain's next title, the other rules' case
        return e
    return None


def name_across_a_title_end(text: str, i: int, toks: Tokens, lex: Lexicon) -> int | None:
    """The end of a name at ``i`` right after a title when jieba read a word across the
    title's end (副行|长江|红梅为…, 行长江爱民: 长江), or None: a name's shape, no ordinary
    or place word, ending on a word boundary before punctuation, a function word, a verb
    or a cue."""
    across = toks.at(i - 1) if i > 0 else None
    if across is None or across.end <= i:
        return None
    for n in (3, 2):
        e = i + n
        word = text[i:e]
        if len(word) < n or not toks.is_boundary(e):
            continue
        if not _named_not_place(word, lex):
            continue
        nxt = toks.starting_at(e)
        if (
            e >= len(text)
            or text[e] in _PUNCT
            or (nxt is not None and nxt.pos in ("v", "p", "c", "d", "l"))
            or text.startswith(_cues_after(), e)
        ):
            return e
    return None


_NEXT_TITLE_WINDOW = 12  # characters after a list's 、 in which the next title must end


def word_named_in_a_list_of_posts(text: str, i: int, lex: Lexicon) -> int | None:
    """The end of a two-character name that jieba's dictionary holds as a word (何日,
    吉庆: a pronoun, a place), between a title and a 、 that opens another post of the list
    (主任某日、第一党支部书记某某): a list of posts lists people. No ordinary frequent word,
    no title, no division's name (某某县)."""
    e = i + 2
    cand = text[i:e]
    if (
        text[e : e + 1] != "、"
        or not looks_like_name(cand, lex)
        or is_common_word(cand)
        or is_dictionary_word(cand)
        or cand[-1] in _NOT_LAST
        or cand[-1] in _DIVISION_CHARS
        or cand[1:] in lex.titles
        or cand in lex.titles
    ):
        return None
    nxt = text[e + 1 : e + 1 + _NEXT_TITLE_WINDOW]
    m = _title_pattern().search(nxt)
    if m is None or any(c in _PUNCT for c in nxt[: m.start()]):
        return None
    return e


_CUT_TITLE_WINDOW = 12  # characters read again after a title jieba cut across


def name_after_a_cut_title(text: str, i: int, toks: Tokens, lex: Lexicon) -> int | None:
    """The end of a name right after a title (or a role cue) whose last character jieba
    read together with the name's first (党支书|记某|永春, 脱贫|户某传长): the words after
    it are segmented again from its end, where the title shows a word boundary must
    fall, and the name is read from them as after any title. None when jieba's words
    already start at ``i`` (nothing to read again), when the word across ``i`` is one its
    dictionary knows (党员|干部用在: 党员干部), or when no name is there."""
    t = toks.at(i)
    if t is None or t.start >= i or t.pos != UNKNOWN_POS:
        return None  # a dictionary word across i (党员|干部) is no cut: no name starts here
    window = text[i : i + _CUT_TITLE_WINDOW]
    e = _name_at(window, 0, Tokens(window), lex)
    return None if e is None else i + e


# Tags jieba gives a long name of a minority people it reads as one word: unknown, or a
# place or a person's name of its dictionary (某音朝鲁).
# jieba's tags a part of such a name gets: unknown, a place, a name — and nrt, its tag for
# transliterated names (尼玛, 乌日), which the parts of Tibetan and Mongolian names often get.
_LONG_NAME_POS = frozenset({UNKNOWN_POS, "ns", "nr", "nrfg", "nrt"})
# The tags of the second of two words: unknown, or a transliterated name or place word
# (某玛|扎西: jieba knows 扎西 as a place); a place or unit ending is still refused.
_SECOND_PART_POS = frozenset({UNKNOWN_POS, "nrt", "ns"})


def long_name_after_title(text: str, i: int, toks: Tokens) -> int | None:
    """The end of a name of four to six characters with no surname of the table (names of
    Tibetan, Uyghur or Mongolian people: 县长某桑某杰,), written right after a title: one
    word jieba does not know, of Chinese characters only, closed by punctuation."""
    tok = toks.starting_at(i)
    if tok is None or tok.pos not in _LONG_NAME_POS or not 4 <= len(tok.text) <= 6:
        return None
    e = tok.end
    if not all("\u4e00" <= c <= "\u9fff" for c in tok.text) or is_dictionary_word(tok.text):
        return None
    if tok.text[-1] in _DIVISION_CHARS or tok.text[-1] in _NOT_LAST:
        return None  # a place or unit read as one word (某某县, 某某局)
    if e < len(text) and text[e] in _PUNCT:
        return e
    nxt = toks.starting_at(e)
    return e if tok.pos != UNKNOWN_POS and nxt is not None and nxt.pos == "v" else None


# What may close a long name read as two words: a conjunction joining a second person
# (县长某某某某和副县长…) or a verb (某某某某带队).
_LONG_NAME_CLOSERS = frozenset({"c", "v"})


def long_name_of_two_words(text: str, i: int, toks: Tokens) -> int | None:
    """The end of a name of four to six characters with no surname of the table that
    jieba read as two words — a place-like or name-like word, then a word it does not
    know (常务副县长某西|某措和…): Tibetan and other names of two parts, written right
    after a title, closed by punctuation, a conjunction or a verb. The second word may
    also be one jieba tags as a transliterated name or a place (书记某玛|扎西,): a
    transliterated name's parts are such words. None when the whole is a dictionary word
    or ends like a place or a unit (某某|某县)."""
    first = toks.starting_at(i)
    if first is None or first.pos not in _LONG_NAME_POS or len(first.text) < 2:
        return None
    second = toks.starting_at(first.end)
    if second is None or second.pos not in _SECOND_PART_POS or len(second.text) < 2:
        return None
    e = second.end
    word = text[i:e]
    if not 4 <= len(word) <= 6 or not all("\u4e00" <= c <= "\u9fff" for c in word):
        return None
    if is_dictionary_word(word) or word[-1] in _DIVISION_CHARS or word[-1] in _NOT_LAST:
        return None
    if e < len(text) and text[e] in _PUNCT:
        return e
    nxt = toks.starting_at(e)
    return e if nxt is not None and nxt.pos in _LONG_NAME_CLOSERS else None


# What closes a name of pieces after a title: a list's or a clause's mark, or 等.
_CLOSES_A_NAME_OF_PIECES = frozenset("、，,。；;等")
_NAME_OF_PIECES = (3, 5)  # characters of such a name (三 to five syllables)
_PIECE_MAX = 2  # characters of one piece jieba cut such a name into


def name_of_pieces_after_title(text: str, i: int, toks: Tokens, lex: Lexicon) -> int | None:
    """The end of a name of three to five characters that no surname rule reads (names
    of Yi, Tibetan and other peoples transcribed syllable by syllable: 院长某木某布介绍,
    副书记某绒某、), written right after a title, that jieba cut into pieces of one or two
    characters because it knows no word there, or None. The longest run is tried first;
    it must start on a word and end on a word boundary, hold no frequent ordinary word of
    two or more characters and no title, be no dictionary word, not end like a place or
    unit, and be closed by a list's or a clause's mark, 等, or a speech or action cue
    (介绍, 表示, 带队). A fallback: a name of the table's shape is read by the rules
    before it."""
    if not toks.is_start(i):
        return None
    for n in range(_NAME_OF_PIECES[1], _NAME_OF_PIECES[0] - 1, -1):
        e = i + n
        cand = text[i:e]
        if len(cand) < n or not all("\u4e00" <= c <= "\u9fff" for c in cand):
            continue
        if not toks.is_boundary(e) or is_dictionary_word(cand):
            continue
        if not _cut_into_pieces(toks, i, e) or _holds_frequent_word(toks, i, e):
            continue
        if cand[-1] in _DIVISION_CHARS or cand[-1] in _NOT_LAST:
            continue
        if any(t in cand for t in lex.titles if len(t) > 1):
            continue
        if e < len(text) and (
            text[e] in _CLOSES_A_NAME_OF_PIECES or text.startswith(_cues_after(), e)
        ):
            return e
    return None


# jieba's tags of a piece that marks a run as a name: unknown, a name, a place, a proper
# noun; and of a two-character piece that marks it as a predicate (上门|走访, 讲|党课).
_NAME_PIECE_POS = frozenset({UNKNOWN_POS, "nr", "nrt", "nrfg", "ns", "nz"})
_PREDICATE_PIECE_POS = frozenset({"v", "vn", "vd", "d", "ad", "p", "c", "m"})
# and of a piece of any length that no name holds: particles, localisers, pronouns (书记
# 的|领誓|下).
_FUNCTION_PIECE_POS = frozenset({"u", "uj", "ul", "uz", "ug", "f", "r"})


def _cut_into_pieces(toks: Tokens, i: int, e: int) -> bool:
    """Whether jieba cut ``[i, e)`` into at least two words of at most two characters, one
    of them unknown or a name-like word; no two-character one a verb, an adverb, a
    preposition, a conjunction or a number, none a particle, localiser or pronoun, and
    the last no two-character dictionary word (书记主责|主业: a noun phrase)."""
    count = 0
    named = False
    k = i
    last = ""
    while k < e:
        t = toks.starting_at(k)
        if t is None or t.end > e or len(t.text) > _PIECE_MAX:
            return False
        if len(t.text) == _PIECE_MAX and t.pos in _PREDICATE_PIECE_POS:
            return False
        if t.pos in _FUNCTION_PIECE_POS:
            return False
        named = named or t.pos in _NAME_PIECE_POS
        count += 1
        last = t.text
        k = t.end
    if len(last) == _PIECE_MAX and is_dictionary_word(last):
        return False
    return count >= 2 and named


_BLANK = re.compile(r"\s")


def names_after_cues(text: str, toks: Tokens, lex: Lexicon, found: FoundPeople) -> None:
    """A role noun or byline cue, then a name: 党员X, 企业家X, 记者X, 作者:X, 通讯员 X."""
    for m in _cue_pattern().finditer(text):
        cue = _BLANK.sub("", text[m.start() : m.end()].strip(_CUE_GAP_CHARS))
        _names_listed_after(text, m.end(), toks, lex, found, cue in lex.byline_cues)


# What a byline may print between its cue and the name (编辑：X, 责编/X, 作者: ■X, 编辑丨X,
# 【记者】X), and the closing quote of a quoted role (“金融村官”X).
_CUE_GAP_CHARS = ":： \t　/／■●◎丨｜|【】”"
_CUE_GAP = "[:：\\s/／■●◎丨｜|【】”]*"


@cache
def _cue_pattern() -> re.Pattern[str]:
    """Role and byline cues before a name; a byline cue may be letter-spaced (编 辑丨X)."""
    return re.compile(
        f"(?:{'|'.join(map(spaced_cue, _longest(load_lexicon().person_cues_before)))}){_CUE_GAP}"
    )


def _longest(words: Iterable[str]) -> list[str]:
    return longest_first_alternation(words)


def spaced_cue(cue: str) -> str:
    """A pattern for a byline cue, letter-spaced or not (编辑, 编 辑); a role cue as written."""
    if cue in load_lexicon().byline_cues and len(cue) == 2:
        return "[ \u3000]?".join(map(re.escape, cue))
    return re.escape(cue)


def _names_listed_after(
    text: str, i: int, toks: Tokens, lex: Lexicon, found: FoundPeople, byline: bool
) -> None:
    """A name at ``i`` after a cue, and the names listed after it with 、 (编辑：甲、乙)."""
    rule = "byline" if byline else "role"
    if not byline and opens_with_a_function_word(toks, i):
        return  # 王老师|和|某书记: a conjunction after a role word opens no name
    if byline and credit_word_after_a_cue(text, i, lex):
        return  # 通讯员 供图: a credit word, the name left out
    if byline and (glued := name_before_a_glued_photo_role(text, i, lex)) is not None:
        found.add(i, glued, rule)  # （记者某某某摄）: the role closes the name
        return
    e = _name_at(text, i, toks, lex, strict=False)
    if byline and (pair := two_names_run_together(text, i, lex)) is not None:
        found.add(i, pair, rule)  # 通讯员 甲乙丙丁: two names of two characters, no blank
        i, e = pair, pair + 2
    if e is None and byline:
        e = name_closed_in_byline(text, i, lex)
    if e is None and byline:
        e = byline_name_of_a_rarer_surname(text, i, toks, lex)
    if not byline:
        e = longer_glued_name(text, i, e, toks, lex)
    if e is None:
        e = name_after_a_cut_title(text, i, toks, lex)  # 脱贫|户某传长: the cue cut across
    while e is not None:
        found.add(i, e, rule)
        if byline and (spaced := name_after_a_blank_in_a_byline(text, e, lex)) is not None:
            i, e = spaced  # 通讯员 甲 乙: the byline's next name, set off by a blank
            continue
        if e >= len(text) or text[e] != "、":
            break
        i = e + 1
        e = _name_at(text, i, toks, lex, strict=False)
        if e is not None and _title_pattern().match(text, i):
            break


# A name of two or three characters with the photo role glued to it, closing a bracket,
# a line or the text (（记者某某某摄）, as Taiwan's papers print a picture's credit).
_GLUED_PHOTO_ROLE = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:摄影|摄)(?=[）)]|[ \t\u3000]*$)", re.M)


def name_before_a_glued_photo_role(text: str, i: int, lex: Lexicon) -> int | None:
    """Where the name at ``i`` ends when a byline cue's name has the photo role 摄 (摄影)
    glued to it and the credit closes there (（记者某某某摄）): jieba reads the name's last
    character and 摄 as one word, and four characters after a cue would read as two names
    run together (某某|某摄). None when no such credit follows or the name is no name's
    shape (a place, an ordinary word).

    >>> name_before_a_glued_photo_role("（记者田裕华摄）", 3, load_lexicon())
    6
    >>> name_before_a_glued_photo_role("（记者田裕华摄于现场）", 3, load_lexicon()) is None
    True
    """
    m = _GLUED_PHOTO_ROLE.match(text, i)
    if m is None or not _named_not_place(m.group(1), lex):
        return None
    return m.end(1)


_NAME_AFTER_BLANK = re.compile(r"[ \t\u3000]+([\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])")


def name_after_a_blank_in_a_byline(text: str, e: int, lex: Lexicon) -> tuple[int, int] | None:
    """The next name of a byline after the name ending at ``e``, set off by blanks and
    standing alone up to the next non-Han character (通讯员 甲 乙）, 记者 甲 乙\n): a name's
    shape, no ordinary or place word, no byline cue or credit role."""
    m = _NAME_AFTER_BLANK.match(text, e)
    if m is None or not _named_not_place(m.group(1), lex):
        return None
    return m.start(1), m.end(1)


# Four Han characters standing alone: after a byline cue and before a blank, a bracket or
# the line's end.
_FOUR_ALONE = re.compile(r"[\u4e00-\u9fff]{4}(?![\u4e00-\u9fff])")


def two_names_run_together(text: str, i: int, lex: Lexicon) -> int | None:
    """Where the second name starts when the four characters at ``i``, right after a
    byline cue and standing alone, are two names of two characters a page ran together
    (通讯员 甲乙丙丁）: both halves of a name's shape, each opening with a table surname,
    neither an ordinary or place word, and the first two no compound surname (欧阳某某 is
    one name). None otherwise."""
    if _FOUR_ALONE.match(text, i) is None:
        return None
    first, second = text[i : i + 2], text[i + 2 : i + 4]
    if first in lex.surnames or text[i] not in lex.surnames or text[i + 2] not in lex.surnames:
        return None
    if not (_named_not_place(first, lex) and _named_not_place(second, lex)):
        return None
    return i + 2


def opens_with_a_function_word(toks: Tokens, i: int) -> bool:
    """Whether jieba reads the character at ``i`` as a word of its own that is a
    conjunction, preposition, pronoun, adverb or verb (和, 对, 来): no name starts there."""
    first = toks.starting_at(i)
    return first is not None and len(first.text) == 1 and first.pos in _NOT_A_SURNAME_POS


def longer_glued_name(text: str, i: int, e: int | None, toks: Tokens, lex: Lexicon) -> int | None:
    """The end of the name after a role cue at ``i``: the longer of ``e`` (read from
    jieba's words) and the name jieba glued to the word after it (劳动模范某小|华为“…”:
    jieba's words give 某小, the glued reading 某小华), so a word cut across the name's
    end does not shorten it. A glued reading alone holds no ordinary word of the
    dictionary: a role cue is weaker evidence than a title (志愿者齐|上阵 is no name,
    老师某|桂园 and 脱贫户某广华|迎 are)."""
    glued = name_glued_to_next_word(text, i, toks, lex, after_title=False)
    if glued is None or (e is not None and glued <= e):
        return e
    if e is None and _holds_ordinary_word(toks, i, glued):
        return None
    return glued


def _holds_ordinary_word(toks: Tokens, i: int, e: int) -> bool:
    """Whether a word of two or more characters that jieba's dictionary knows as an
    ordinary word (a noun, verb, adjective …) starts in ``[i, e)``."""
    return any(
        (t := toks.starting_at(k)) is not None and len(t.text) > 1 and is_dictionary_word(t.text)
        for k in range(i, e)
    )


# Endings of a word that names what a person is or does (村民, 督导员, 负责人 ...): such a
# word right before a name-shaped word is the evidence a role noun gives.
_ROLE_ENDINGS = _PARTS["role_endings"]


def names_after_role_words(text: str, toks: Tokens, lex: Lexicon, found: FoundPeople) -> None:
    """A word of a role (村民, 安全员, 项目负责人) right before a name: 村民X感慨道."""
    surnames = lex.surnames
    for m in _role_ending_pattern().finditer(text):
        i = m.end()
        if i >= len(text) or (text[i] not in surnames and text[i : i + 2] not in surnames):
            continue  # no name can start here: checked before segmenting the block
        t = toks.at(i - 1)
        if t is not None and t.end > i and t.start < i - 1 and t.pos == UNKNOWN_POS:
            # 猎民|白力红说 read as 猎民白力|红: the role word's end says where the name starts
            e = name_after_a_cut_title(text, i, toks, lex)
            if e is not None:
                found.add(i, e, "role")
            continue
        if (
            t is None
            or t.end != i
            or not role_word_of_a_person(t.text, m.group())
            or (t.text == "代表" and not noun_before(toks, t.start))  # 代表某市委出席: a verb
            or not t.pos.startswith("n")  # 为民 is a verb phrase, not a role
            or t.text in lex.titles
        ):
            continue
        if not starts_like_a_name(toks, i) or text.startswith(_cues_after(), i):
            continue  # 领导|应邀参加, 领导|来|我镇
        e = _name_at(text, i, toks, lex, strict=False)
        if e is None:
            e = name_glued_to_next_word(text, i, toks, lex, after_title=False)
        elif t.text == "代表" or m.group() == "人":
            e = longer_glued_name(text, i, e, toks, lex)  # 党员代表某隆|武以: 某隆武
        if e is not None and text[e - 1] == t.text[-1]:
            continue  # 便民惠民: a pair of words ending alike, no role and name
        if e is not None:
            found.add(i, e, "role")
            names_listed_on(text, e, toks, lex, found, "role")


def role_word_of_a_person(word: str, ending: str) -> bool:
    """Whether a word ending in a role ending names a person's role: two characters or
    more (员 alone is no word), three or more when the ending is a bare 人 (联系人,
    传承人 name roles; 个人, 本人, 他人, 家人 do not name one before a name).

    >>> role_word_of_a_person("联系人", "人"), role_word_of_a_person("个人", "人")
    (True, False)
    """
    return len(word) >= (3 if ending == "人" else 2)


def noun_before(toks: Tokens, i: int) -> bool:
    """Whether jieba reads the word ending at ``i`` as a noun (党员|代表, 村民|代表: the
    group a speaker stands for; 他|代表, ，代表 make 代表 a verb)."""
    t = toks.at(i - 1) if i > 0 else None
    return t is not None and t.end == i and t.pos.startswith("n")


def names_listed_on(
    text: str, e: int, toks: Tokens, lex: Lexicon, found: FoundPeople, rule: str
) -> None:
    """The names a 、-list goes on with after a found name ending at ``e`` (县领导甲、乙等):
    each read as after a role word, the list ending at the first item that is no name or
    is a title (甲、副县长乙 is another title's name)."""
    while e < len(text) and text[e] == "、":
        i = e + 1
        if _title_pattern().match(text, i):
            return
        e2 = _name_at(text, i, toks, lex, strict=False)
        if e2 is None:
            return
        found.add(i, e2, rule)
        e = e2


@cache
def _role_ending_pattern() -> re.Pattern[str]:
    # longest first: 民 must not end the match inside 民警 before 民警 is tried
    return re.compile("|".join(sorted(_ROLE_ENDINGS, key=len, reverse=True)))


# What may follow a title after a name besides punctuation or a verb: the holder's
# party (甲书记一行来到…, 甲副行长等参加).
_GROUP_AFTER_TITLE = ("一行", "等")


def names_before_titles(text: str, toks: Tokens, lex: Lexicon, found: FoundPeople) -> None:
    """A name written before its title anywhere in a clause (某单位X副主席在…, 名誉村主任X
    董事长谈…): whole words of a name's shape, a title, then punctuation or a verb."""
    for m in _title_pattern().finditer(text):
        ts, te = m.start(), m.end()
        if title_of_a_place_body(m.group()):
            continue
        after = toks.starting_at(te)
        if not (
            te >= len(text)
            or text[te] in _PUNCT
            or (after is not None and after.pos in ("v", "p", "c", "d"))
            or text.startswith(_GROUP_AFTER_TITLE, te)
            or possessive_after_title(toks, te)
        ):
            known = known_person_before(text, ts, toks, lex)
            if known is None:
                known = unknown_word_before_a_title(text, ts, toks, lex)
            if known is not None:
                found.add(known, ts, "title_after")
            continue
        if surname_split_off(text, ts - 3, ts, toks, lex) and (
            ts == 3 or text[ts - 4] in _PUNCT or after_a_unit_word(toks, ts - 3)
        ):
            found.add(ts - 3, ts, "title_after")  # ，周|铁军|检察长强调, 某银行柯|明远|副行长
            continue
        for n in (3, 2):
            s = ts - n
            if s < 0 or not toks.is_boundary(s) or not _tokens_nameish(toks, s, ts):
                continue
            if (
                n == 2
                and text[s + 1] in lex.surnames
                and not two_characters_read_as_one_name(toks, s, ts)
            ):
                continue  # 和|郭书记: a surname with a title, after a conjunction
            before = toks.at(s - 1)
            if (
                s > 0
                and text[s - 1] not in _PUNCT
                and (before is None or len(before.text) < 2)
                and not function_character_before(toks, s, lex)
                and not name_word_after_a_preposition(toks, s, ts)
            ):
                continue  # a lone character before may be the name's own (某中成某谷)
            if _name_at(text, s, toks, lex) == ts:
                found.add(s, ts, "title_after")
                break


def two_characters_read_as_one_name(toks: Tokens, s: int, e: int) -> bool:
    """Whether ``[s, e)`` is two characters jieba joined into one word it does not know or
    reads as a name (某法院|王季|院长, 某中心|张柏|主任): its second character, a surname
    too, is still the given name, since jieba would have cut a surname-and-title reading
    (和|郭|书记) apart."""
    tok = toks.starting_at(s)
    return (
        e - s == 2
        and tok is not None
        and tok.end == e
        and (tok.pos == UNKNOWN_POS or tok.pos in _PERSON_POS)
    )


def possessive_after_title(toks: Tokens, te: int) -> bool:
    """Whether the title ending at ``te`` is followed by a lone 的 that jieba reads as the
    particle, then a word (在某某书记的带领下, 听取某某主任的汇报): the title closes a
    name-and-title phrase as a verb after it does."""
    de = toks.starting_at(te)
    return (
        de is not None
        and de.text == "的"
        and de.pos == "uj"
        and toks.starting_at(de.end) is not None
    )


def function_character_before(toks: Tokens, s: int, lex: Lexicon) -> bool:
    """Whether the character before ``s`` is a word of its own that jieba reads as a
    verb, preposition, conjunction, adverb or pronoun and no surname of the table
    (特别是|某某某总书记, 还|某某某主任): it cannot be the first character of the name."""
    before = toks.at(s - 1) if s > 0 else None
    return (
        before is not None
        and before.end == s
        and len(before.text) == 1
        and (before.pos in _NOT_A_SURNAME_POS or before.pos in _ASPECT_PARTICLE_POS)
        and before.text not in lex.surnames
    )


# Tags of the aspect particles 了, 着, 过 (ul, uz, ug): no name's first character either
# (听取了|某某某主任的汇报, 带着|某某某书记的嘱托).
_ASPECT_PARTICLE_POS = frozenset({"ul", "uz", "ug"})


_PERSON_POS = frozenset({"nr", "nrfg"})


def name_word_after_a_preposition(toks: Tokens, s: int, e: int) -> bool:
    """``[s, e)`` is one three-character word jieba reads as a name or does not know, after
    a character it reads as a preposition or conjunction that is also a surname (向|某建军|
    主任, 由|某成效|校长, 和|某明远|书记): jieba itself set the character apart, so it is
    not the name's."""
    tok, before = toks.starting_at(s), toks.at(s - 1) if s > 0 else None
    return (
        tok is not None
        and tok.end == e
        and e - s == 3
        and (tok.pos in _PERSON_POS or tok.pos == UNKNOWN_POS)
        and before is not None
        and before.end == s
        and len(before.text) == 1
        and before.pos in ("p", "c")
    )


# Tags of an ordinary noun jieba reads a given name as once it split the surname off
# (周|铁军, 李|平桥): nouns, place and other proper nouns — never a verb.
# Also an adjective, a time word, a verb or an adverb (柯|明远, 田|国庆, 江|振兴, 黄|建设,
# 江|立新): many given names are ordinary two-character words; with the surname split off
# at a clause's edge and a title after, they are still a name.
_GIVEN_NAME_AS_NOUN_POS = frozenset({"n", "ns", "nz", "nr", "nrt", "a", "t", "v", "vn", "d"})
# jieba's tag of a one-character surname it split off: a name, or the character's
# ordinary reading (方 n, 罗 j, 万 m, 高/黄 a).
_SURNAME_TOKEN_POS = frozenset({"nr", "n", "j", "m", "a"})


def surname_split_off(text: str, s: int, e: int, toks: Tokens, lex: Lexicon) -> bool:
    """Whether ``text[s:e]`` is three characters that jieba read as a surname tagged as a
    name on its own and a two-character noun (周|铁军, 李|平桥): the shape of a name the
    dictionary broke up. Only evidence with a title and a clause's edges around it."""
    if s < 0 or e - s != 3 or text[s] not in lex.surnames:
        return False
    first = toks.starting_at(s)
    rest = toks.starting_at(s + 1)
    return (
        first is not None
        and first.end == s + 1
        and first.pos in _SURNAME_TOKEN_POS
        and rest is not None
        and rest.end == e
        and rest.pos in _GIVEN_NAME_AS_NOUN_POS
        and not _title_pattern().fullmatch(rest.text)
    )


# Nouns a unit's name ends with as jieba tags them (银行 n, 某公司 nt, 某局 nz).
_UNIT_WORD_POS = frozenset({"n", "nt", "nz"})


def after_a_unit_word(toks: Tokens, i: int) -> bool:
    """Whether a noun word of two or more characters ends right at ``i`` (某银行|柯明远
    副行长): the name is written after its unit, as at a clause's edge."""
    before = toks.at(i - 1) if i > 0 else None
    return (
        before is not None
        and before.end == i
        and len(before.text) >= 2
        and before.pos in _UNIT_WORD_POS
    )


# Tags of a word a unit's name may start with: a place, a proper noun, an abbreviation, a
# word jieba does not know (某市|某发, 某成|某谷): a word after one may be the unit's rest.
# Not nt: jieba tags a whole unit's name so (某某中心|甲乙丙主任), and a name follows it.
_NAME_OF_A_PLACE_OR_BRAND_POS = frozenset({"ns", "nz", "j", UNKNOWN_POS})


def unknown_word_before_a_title(text: str, ts: int, toks: Tokens, lex: Lexicon) -> int | None:
    """Where a name starts that is one word jieba does not know, of two or three
    characters and a name's shape, ending right at the title at ``ts`` when a noun
    follows the title (某中心甲乙丙主任领衔…, 某幼儿园甲乙丙园长代表…: jieba tags the
    verb after as a noun): the name and its title are evidence whatever follows. The word
    must start at a word's edge (after punctuation or a whole word that is no place,
    proper noun or unknown word) and not end like a function character. None otherwise."""
    for n in (3, 2):
        s = ts - n
        tok = toks.starting_at(s) if s >= 0 else None
        if tok is None or tok.end != ts or tok.pos != UNKNOWN_POS:
            continue
        cand = text[s:ts]
        if not looks_like_name(cand, lex) or cand[-1] in _NOT_LAST or not toks.is_boundary(s):
            continue
        before = toks.at(s - 1) if s > 0 else None
        if before is not None and before.end == s and before.pos in _NAME_OF_A_PLACE_OR_BRAND_POS:
            continue  # 某园区|甲乙董事长: the word closes a unit's or a place's name
        return s
    return None


# Tags of the word before a name jieba knows that ends at a title: a conjunction, a
# preposition, a verb — or a verb jieba tags as an adjective or adverb (落实|某志平总书记…,
# 认真|某志平书记…): no unit's name ends that way.
_WORD_BEFORE_A_KNOWN_NAME_POS = frozenset({"c", "p", "v", "a", "ad", "d"})


def known_person_before(text: str, ts: int, toks: Tokens, lex: Lexicon) -> int | None:
    """Where a name jieba's dictionary knows as a person's starts, when it ends right at
    the title at ``ts`` (某志平总书记扶贫…): one whole word tagged as a personal name, of
    two or three characters, starting with a table surname, after punctuation, a
    function word or a verb (贯彻某志平总书记…; 落实|某志平总书记…, 落实 tagged as an
    adjective) — then the title is its own whatever follows it. None otherwise."""
    for n in (3, 2):
        s = ts - n
        tok = toks.starting_at(s) if s >= 0 else None
        if tok is None or tok.end != ts or tok.pos not in _PERSON_POS:
            continue
        if text[s] not in lex.surnames and text[s : s + 2] not in lex.surnames:
            continue
        if _name_at(text, s, toks, lex, strict=False) != ts:
            continue  # 某传部: no name's shape (a unit's ending)
        before = toks.at(s - 1) if s > 0 else None
        if (
            s == 0
            or text[s - 1] in _PUNCT
            or (before is not None and before.pos in _WORD_BEFORE_A_KNOWN_NAME_POS)
        ):
            return s
    return None


# The bodies of a division whose name may stand before a title (某县委副书记, 某区人大主任):
# the word before them is the division's name, not a person's.
_DIVISION_BODIES = ("委", "党", "人大", "政协", "政府")
_PREFECTURE_COMMITTEE = "地委"  # 某某地委: a 地区's party committee (party_bodies.tsv)
_DIVISION_CHARS = load_lexicon().division_chars


def title_of_a_place_body(title: str) -> bool:
    """Whether a title starts with a division's ending and one of its bodies (区委常委,
    县委副书记, 镇党委书记): the word before it is then a place (某山区委常委), never a
    person — a person's title after the name names no division (某某县长 stays a name).
    A prefecture's committee (某某地委副书记: the 地委 of 某某地区) is one too."""
    return len(title) > 2 and (
        (title[0] in _DIVISION_CHARS and title.startswith(_DIVISION_BODIES, 1))
        or title.startswith(_PREFECTURE_COMMITTEE)
    )


def speakers_before_cues(text: str, toks: Tokens, lex: Lexicon, found: FoundPeople) -> None:
    """A name at the start of a clause before a speech or action cue or a title:
    X表示, X指出, X主持, X书记指出."""
    cues = _clause_cues()
    surnames = lex.surnames
    for m in _CLAUSE_START.finditer(text):
        s = m.start()
        if text[s] not in surnames and text[s : s + 2] not in surnames:
            continue  # a name starts with a surname
        for n in (2, 3, 4):
            starts = cues.get(text[s + n : s + n + 1])
            if title_of_a_place_body(text[s + n : s + n + 5]):
                continue  # 某山|区委常委: a place's body, not a person's title
            if starts and any(text.startswith(c, s + n) for c in starts):
                e = _name_at(text, s, toks, lex)
                if e == s + n:
                    found.add(s, e, "speech")
                    break
            if speech_after_manner(text, s + n, lex):
                word = text[s : s + n]
                if n <= 3 and _credit_name(word, lex) and toks.starting_at(s + n) is not None:
                    found.add(s, s + n, "speech")  # 甲高兴地说
                    break


# A manner word and 地 before a speech verb (甲高兴地说, 甲动情地表示).
_MANNER_DI = re.compile(r"[\u4e00-\u9fff]{1,3}地")


def speech_after_manner(text: str, k: int, lex: Lexicon) -> bool:
    """Whether a manner word with 地 and then a speech cue start at ``k`` (高兴地说)."""
    m = _MANNER_DI.match(text, k)
    if m is None:
        return False
    return text.startswith(_speech_cues(lex.person_cues_after), m.end())


@cache
def _speech_cues(cues_after: frozenset[str]) -> tuple[str, ...]:
    """The cues after a name that can follow a manner word (not 等, 同志), made once: the
    check runs at every clause start (speed15)."""
    return tuple(c for c in cues_after if c not in ("等", "同志"))


# A credit line: two or more "role/name" items and nothing else (文/甲 编辑/乙).
_CREDIT_ITEM = re.compile(
    r"([\u4e00-\u9fff]{1,6})[ \t]*[/／][ \t]*([\u4e00-\u9fff]{2,4})(?=[ \t\u3000]|$)"
)
_CREDIT_LINE = re.compile(
    r"^[ \t\u3000]*(?:[\u4e00-\u9fff]{1,6}[ \t]*[/／][ \t]*[\u4e00-\u9fff]{2,4}[ \t\u3000]*){2,}$",
    re.M,
)


def names_in_credit_lines(text: str, lex: Lexicon, found: FoundPeople) -> None:
    """The names of a credit line — a line of two or more ``role/name`` items and
    nothing else, one role a byline cue (某某信使/甲 编辑/乙): the name after a byline cue
    even without a known surname (a pen name), the name after another role when it has
    the shape of a name. A name that is an ordinary word is none."""
    for line in _CREDIT_LINE.finditer(text):
        items = list(_CREDIT_ITEM.finditer(text, line.start(), line.end()))
        if not any(m.group(1) in lex.byline_cues for m in items):
            continue
        for m in items:
            name = m.group(2)
            if is_common_word(name) or name[-1] in _NOT_LAST:
                continue
            if (m.group(1) in lex.byline_cues and len(name) <= 3) or looks_like_name(name, lex):
                found.add(m.start(2), m.end(2), "byline")


def _credit_name(word: str, lex: Lexicon) -> bool:
    """Whether one item of a credit is a personal name: two or three Han characters of a
    name's shape that are no ordinary word and end no unit (林学院, 某某系 are units)."""
    return (
        _HAN_NAME.fullmatch(word) is not None
        and looks_like_name(word, lex)
        and not is_common_word(word)
        and word[-1] not in _NOT_LAST
        and word not in lex.credit_roles
        and word not in lex.byline_cues
    )


def _named_not_place(word: str, lex: Lexicon) -> bool:
    """A credit-shaped name (:func:`_credit_name`) that jieba does not read as a place."""
    return _credit_name(word, lex) and not pos_of(word).startswith("ns")


def _add_group_names(
    pattern: re.Pattern[str], text: str, lex: Lexicon, found: FoundPeople, cue: str
) -> None:
    """Each first group of ``pattern`` in ``text`` that is a name, not a place: the shared
    step of the rules that read a name from a fixed frame around it."""
    for m in pattern.finditer(text):
        if _named_not_place(m.group(1), lex):
            found.add(m.start(1), m.end(1), cue)


# Items of a credit after its label: names or a unit, separated by blanks or 、.
_CREDIT_ITEMS = re.compile(r"[^\s、，,；;:：()（）【】\[\]/／|｜]+")
_ITEM_GAP = re.compile(r"[ \t\u3000、]*")


@cache
def _credit_label_pattern() -> re.Pattern[str]:
    """A credit label and its colon or slash: a byline cue or a credit role (审核：,
    供稿：, 文：, 文/), not read inside a word (a one-character role stands after no Han
    character)."""
    lex = load_lexicon()
    words = _longest(set(lex.byline_cues) | set(lex.credit_roles))
    # 文/甲 图/乙 审核/丙 丁: a slash stands for the colon in credits printed inline
    return re.compile(
        f"(?<![\u4e00-\u9fff])(?:{'|'.join(map(re.escape, words))})[:：/／][ \t\u3000]*"
    )


def names_listed_after_credit_labels(text: str, lex: Lexicon, found: FoundPeople) -> None:
    """Every name a credit label lists, up to the next label, bracket or line end:
    文:甲、乙 · (供稿:甲 审核:乙) · (责编:甲 乙 审核:丙) · 审核:某学院 甲. A unit or a place
    credited before the names is passed over; any other word ends the list."""
    for m in _credit_label_pattern().finditer(text):
        i = m.end()
        while True:
            item = _CREDIT_ITEMS.match(text, i)
            if item is None:
                break
            word = item.group()
            if _credit_name(word, lex):
                found.add(item.start(), item.end(), "byline")
            elif not (
                any(word.endswith(x) for x in lex.org_suffixes)
                or word[-1] in lex.division_chars  # 供稿：某某镇 甲
            ):
                break
            gap = _ITEM_GAP.match(text, item.end())
            if gap is None or gap.end() == item.end():
                break
            i = gap.end()


@cache
def _names_before_role_pattern() -> re.Pattern[str]:
    """Names joined by 、 and a slash before a credit role (甲、乙/文 · 丙/摄), or a blank
    before a photo credit (丙 摄)."""
    roles = "|".join(map(re.escape, _longest(load_lexicon().credit_roles)))
    name = "[\u4e00-\u9fff]{2,3}"
    # a slash, or a blank alone before a photo credit (甲 摄, 甲、乙 摄影: the usual form
    # under a picture); 文 or 图 after a bare blank could be any word's first character
    return re.compile(
        f"(?<![\u4e00-\u9fff])({name}(?:、{name})*)"
        f"(?:[ \t]*[/／][ \t]*(?:{roles})|[ \t\u3000]+(?:摄影|摄|供图))"
        "(?=[ \t\u3000)）]|$)",
        re.M,
    )


# A photo credit written straight after its name under a picture (…山坡。某某某摄, 某某摄2021
# 年…): a name of two or three characters right after a sentence's end, a blank or a line's
# start, 摄 or 摄影 glued to it, then a line's end, a blank, a bracket or the next
# paragraph's digits. The blank form (某某 摄) is _names_before_role_pattern's.
_PHOTO_CREDIT_GLUED = re.compile(
    r"(?:(?<=[。！!？?])|(?<=^)|(?<=[ \t\u3000]))[ \t\u3000]*([\u4e00-\u9fff]{2,3})(?:摄影|摄)"
    r"(?=[ \t\u3000)）\n]|$|[0-9０-９])",
    re.M,
)


def _take_whole_list(listed: str, start: int, lex: Lexicon, found: FoundPeople, how: str) -> None:
    """Every item of the 、-list ``listed`` (at ``start``) as a name, when every item has a
    name's shape; else none (a list with one unit or ordinary word in it lists no people)."""
    items = listed.split("、")
    if not all(_credit_name(x, lex) for x in items):
        return
    k = start
    for x in items:
        found.add(k, k + len(x), how)
        k += len(x) + 1


def names_before_credit_roles(text: str, lex: Lexicon, found: FoundPeople) -> None:
    """The names a credit lists before its role, after a slash (甲、乙、丙/文 丁/摄):
    every item must have a name's shape, else none is taken."""
    for m in _names_before_role_pattern().finditer(text):
        _take_whole_list(m.group(1), m.start(1), lex, found, "byline")


@cache
def _source_line_pattern() -> re.Pattern[str]:
    """A page's source field, a blank, then a last word closing the line (来源：某网  甲)."""
    labels = [label for label, kind in load_lexicon().info_labels if kind == "source"]
    alt = "|".join(map(re.escape, _longest(labels)))
    return re.compile(
        f"(?:{alt})[:：][ \t\u3000]*[^\\s]+[ \t\u3000]+([\u4e00-\u9fff]{{2,3}})[ \t\u3000]*$",
        re.M,
    )


def name_closing_a_source_line(text: str, lex: Lexicon, found: FoundPeople) -> None:
    """The author a page prints after its source field, set off by a blank at the end of
    the line (来源:某某网  甲, 信息来源:某某系 乙)."""
    for m in _source_line_pattern().finditer(text):
        if _credit_name(m.group(1), lex):
            found.add(m.start(1), m.end(1), "byline")


# A labelled field of a credit or information line holding one name and closing there:
# the label opens the line (or follows a blank or a bracket), the name ends the line, a
# bracket or a blank and the next field's label (审签：甲, 一审：乙\n, （撰稿人：丙 审稿人：丁）).
_LABELLED_NAME = re.compile(
    r"(?:^|(?<=[\s(（【\[|｜]))([\u4e00-\u9fff]{1,5})[:：][ \t\u3000]*([\u4e00-\u9fff]{2,3})"
    r"(?=[ \t\u3000]*(?:$|[)）】\]|｜])|[ \t\u3000]+[\u4e00-\u9fff]{1,5}[:：])",
    re.M,
)


def names_closing_labelled_fields(text: str, lex: Lexicon, found: FoundPeople) -> None:
    """The name a labelled field holds alone, whatever the label (审签：甲, 一审：乙 — an
    editor's or a reviewer's role the byline cues do not list): a name's shape, no ordinary
    or place word, and the label no field of a date, a source or a counter (来源：某网,
    时间：…)."""
    other = {label for label, kind in lex.info_labels if kind != "person"}
    for m in _LABELLED_NAME.finditer(text):
        if m.group(1) not in other and _named_not_place(m.group(2), lex):
            found.add(m.start(2), m.end(2), "byline")


# A credit line printed letter-spaced, label and name alike (编 辑：某 甲, 二 审：某 乙): a
# label of two to four Han characters, blanks allowed between them, a colon, and a
# two-character name with a blank inside closing the line.
_SPACED_LABELLED_NAME = re.compile(
    r"^[ \t\u3000]*([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})[ \t\u3000]*[:：]"
    r"[ \t\u3000]*([\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])[ \t\u3000]*$",
    re.M,
)


def spaced_names_in_labelled_fields(text: str, lex: Lexicon, found: FoundPeople) -> None:
    """A two-character name printed with a blank between surname and given name, alone in
    a labelled field that fills its line, the label letter-spaced or not (编 辑：某 甲,
    二 审：某 乙 — the credit lines closing a story): the name's shape with the blank
    taken out, no ordinary or place word, the label no field of a date, a source or a
    counter. The span keeps the blank, as the page prints it."""
    other = {label for label, kind in lex.info_labels if kind != "person"}
    for m in _SPACED_LABELLED_NAME.finditer(text):
        label = re.sub(r"[ \u3000]", "", m.group(1))
        name = m.group(2)[0] + m.group(2)[-1]
        if label in other or name[-1] in _NOT_LAST or not _named_not_place(name, lex):
            continue
        found.add(m.start(2), m.end(2), "byline")


_NEWS_MARKS = ("讯", "消息")


def transliterated_word(word: str) -> bool:
    """Whether ``word`` is a transliterated name standing alone (a part of a byline set
    off by blanks: 通讯员 某某某 某登巴某): three to six characters, every one of the table
    of transliteration characters, no word of jieba's dictionary."""
    return (
        3 <= len(word) <= 6
        and set(word) <= _TRANSLITERATION_CHARS
        and not is_dictionary_word(word)
        and not is_common_word(word)
    )


def names_in_bracketed_bylines(text: str, lex: Lexicon, found: FoundPeople) -> None:
    """Bylines in brackets: 本报讯(X), 某网某地消息(X), (记者X), (单位 X Y), (图文/X Y),
    (单位 X Y/供稿)."""
    for m in re.finditer(r"[（(]([^（()）\n]{2,24})[）)]", text):
        inner = m.group(1)
        parts = re.split(r"[\s/／、]+", inner.strip())
        before = text[max(0, m.start() - 3) : m.start()]
        # 本报讯(X), 某网某地消息(X): the news mark or a dateline's 消息 opens the byline
        opened = before.endswith(_NEWS_MARKS)
        if opened:
            parts = split_at_byline_cues(parts, lex.byline_cues)  # (甲某记者乙某)
        if len(parts) > 2 and parts[-1] in lex.credit_roles:
            parts = parts[:-1]  # (单位 X Y/供稿): the role closes the credit
        names = [
            p for p in parts if (looks_like_name(p, lex) and len(p) <= 3) or transliterated_word(p)
        ]
        if not any(p in lex.credit_roles or p in lex.byline_cues for p in parts):
            names = names_of_a_bracketed_list(parts, names)
        if bracket_closing_a_paragraph(text, m.start(), m.end(), parts, lex):
            opened, names = True, parts
        if names and (opened or (len(parts) >= 2 and names == parts[-len(names) :])):
            base = m.start(1)
            for nm in names:
                k = inner.find(nm)
                found.add(base + k, base + k + len(nm), "byline")


_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


# What a story's sentence ends with before a closing bracket of credits: a full stop, or
# the (完) some agencies print after it.
_SENTENCE_CLOSE = ("。", "！", "？", "!", "?", "(完)", "（完）")


def bracket_closing_a_paragraph(
    text: str, start: int, end: int, parts: list[str], lex: Lexicon
) -> bool:
    """The bracket ``[start, end)`` is an editor's or author's credit closing a paragraph
    (…全面振兴。(某甲), …。(完)(某乙 某丙)): it follows a sentence's end, nothing but
    blanks follows it on its line, and its one to three items are credit-shaped names
    (:func:`_credit_name`) that jieba does not read as a place ((某州) is no credit) —
    beside one such name, another may be two or three characters of no dictionary word
    (a rarer surname)."""
    if not text[:start].rstrip(" \t\u3000").endswith(_SENTENCE_CLOSE):
        return False
    nl = text.find("\n", end)
    if text[end : len(text) if nl < 0 else nl].strip():
        return False
    if not 1 <= len(parts) <= 3 or not any(_named_not_place(p, lex) for p in parts):
        return False
    # one item of a rarer surname beside a name of a table surname ((某甲 求乙)): two or
    # three Han characters that are no dictionary word and no place
    return all(
        _named_not_place(p, lex)
        or (
            _HAN_NAME.fullmatch(p) is not None
            and not is_dictionary_word(p)
            and not pos_of(p).startswith("ns")
        )
        for p in parts
    )


def names_of_a_bracketed_list(parts: list[str], names: list[str]) -> list[str]:
    """The names of a bracket that lists three or more people by blanks alone, no credit
    role among them ((某甲 某乙 求某 某丁) at a story's end): when every item is two or
    three Han characters and all but one have a name's shape, the odd one is a name of a
    rarer surname too. Else ``names``.

    >>> names_of_a_bracketed_list(["甲一", "乙二", "求三", "丙四"], ["甲一", "乙二", "丙四"])
    ['甲一', '乙二', '求三', '丙四']
    >>> names_of_a_bracketed_list(["某地", "甲一"], ["甲一"])
    ['甲一']
    """
    if (
        len(parts) >= 3
        and len(names) == len(parts) - 1
        and all(_HAN_NAME.fullmatch(p) for p in parts)
        and not any(is_common_word(p) for p in parts)
    ):
        return parts
    return names


# A two-character name printed letter-spaced in a byline (编辑：王 某, (□ 姚 某 记者 …)).
_SPACED_NAME = re.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff])"
)
_AFTER_NEWS_MARK = re.compile(r"讯\s*[（(][^（()）]*$")


def spaced_names_in_bylines(text: str, lex: Lexicon, found: FoundPeople) -> None:
    """A two-character name printed with a blank between surname and given name, right
    after a byline cue (编辑：某 甲, 作者:某 乙) or inside the bracket after 本报讯
    (本报讯 (□ 某 丙 记者 …)). The span keeps the blank, as the page prints it."""
    cue = _spaced_cue_at_end()
    for m in _SPACED_NAME.finditer(text):
        s, e = m.start(), m.end()
        if text[s] not in lex.surnames or text[e - 1] in _NOT_LAST:
            continue
        line = text[text.rfind("\n", 0, s) + 1 : s]
        if cue.search(line) or _AFTER_NEWS_MARK.search(line):
            found.add(s, e, "byline")
    for s, e in spaced_names_glued_to_a_cue(text, lex):
        found.add(s, e, "byline")


# A two-character name printed with a blank inside, closed by a blank, a bracket or the
# line's end (the text after a byline cue or a byline's name).
_SPACED_NAME_CLOSED = re.compile(
    r"([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?=[ \t\u3000)）\n]|$)"
)


def spaced_names_glued_to_a_cue(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Two-character names printed with a blank inside whose surname is glued to the byline
    cue before it (本报讯(记者某 甲), 通讯员某 乙 摄): the cue is the evidence, the blank is
    the page's spacing of a short name. Spans keep the blank."""
    spans: list[tuple[int, int]] = []
    for cue in _longest(lex.byline_cues):
        for k, _e in _occurrences(text, cue):
            m = _SPACED_NAME_CLOSED.match(text, k + len(cue))
            if m is None or m.group(1) not in lex.surnames or m.group(2) in _NOT_LAST:
                continue
            if (m.start(), m.end()) not in spans:
                spans.append((m.start(), m.end()))
    return spans


def spaced_name_after_a_byline_name(text: str, e: int, lex: Lexicon) -> tuple[int, int] | None:
    """The span of a two-character name printed with a blank inside that follows a byline's
    name ending at ``e`` after blanks (作者：某甲甲 某 乙 某丙丙; 某甲甲 某 乙 发布时间…), or
    None: a byline lists its names set off by blanks, and a short one is often spaced."""
    k = e
    while k < len(text) and text[k] in " \t\u3000":
        k += 1
    if k == e:
        return None
    m = _SPACED_NAME_CLOSED.match(text, k)
    if m is None or m.group(1) not in lex.surnames or m.group(2) in _NOT_LAST:
        return None
    return m.start(), m.end()


_BYLINE_LINE_MAX = 40  # characters of a line that holds only a byline
_CUE_JOINER = re.compile(r"[_:：]")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def byline_line_names(line: str, lex: Lexicon) -> list[tuple[int, int]] | None:
    """The names of a line made of a byline alone, its items set off by blanks: byline
    cues (记者, or an outlet's 某报记者), names of a name's shape, a name printed with a
    blank inside (某 甲), a cue joined to its name (作者_某某). A line with a cue and
    nothing else than such items names every one (记者 某 甲 某乙乙 某丙丙; 某甲甲 记者
    某 乙). None when the line is no such byline. Spans are offsets in ``line``."""
    if len(line.strip()) > _BYLINE_LINE_MAX:
        return None
    items = [(m.start(), m.end()) for m in re.finditer(r"[^\s/／|｜]+", line)]
    names: list[tuple[int, int]] = []
    cues = 0
    k = 0
    while k < len(items):
        s, e = items[k]
        item = line[s:e]
        joined = _CUE_JOINER.search(item)
        if joined and item[: joined.start()] in lex.byline_cues:
            cues += 1
            s, item = s + joined.end(), item[joined.end() :]
        if item in lex.byline_cues or (
            len(item) > 3 and any(item.endswith(c) for c in lex.byline_cues if len(c) > 1)
        ):
            cues += 1
        elif (
            len(item) == 1
            and item in lex.surnames
            and k + 1 < len(items)
            and items[k + 1][1] - items[k + 1][0] == 1
            and _HAN_CHAR.fullmatch(line[items[k + 1][0]])
        ):
            names.append((s, items[k + 1][1]))
            k += 1
        elif 2 <= len(item) <= 3 and looks_like_name(item, lex) and not is_common_word(item):
            names.append((s, e))
        else:
            return None
        k += 1
    return names if cues and names else None


# A name set off by blanks after a byline's name and closed by a blank, a bracket, the
# line's end or the 报道 / 摄 that closes a byline (记者某甲 通讯员某乙 某丙报道).
_NEXT_BYLINE_NAME = re.compile(
    r"[ \t\u3000]+([\u4e00-\u9fff]{2,3})(?=[ \t\u3000)）\n]|报道|摄|$)"
    # or a three-character name written on without a blank and closing the byline
    # (通讯员某甲甲某乙乙)): the page dropped the blank between two full names
    r"|()([\u4e00-\u9fff]{3})(?=[ \t\u3000)）\n]|$)"
)


def names_after_byline_names(text: str, lex: Lexicon, found: FoundPeople) -> None:
    """The names a byline lists after one already found, set off by blanks alone
    (通讯员某乙 某丙报道, (记者 某甲 某乙)): each credit-shaped name that jieba does not
    read as a place (记者某甲 某地报道 names a place) is a name too, and the next may
    follow it; so is a short name printed with a blank inside (作者：某甲甲 某 乙 某丙丙,
    :func:`spaced_name_after_a_byline_name`)."""
    for pm in sorted(found.by_span.values(), key=lambda p: p.start):
        if pm.rule != "byline":
            continue
        e = pm.end
        while True:
            spaced = spaced_name_after_a_byline_name(text, e, lex)
            if spaced is not None:
                found.add(*spaced, "byline")
                e = spaced[1]
                continue
            m = _NEXT_BYLINE_NAME.match(text, e)
            if m is None:
                break
            g = 1 if m.group(1) is not None else 3
            if (g == 3 and len(pm.name) != 3) or not _named_not_place(m.group(g), lex):
                break
            found.add(m.start(g), m.end(g), "byline")
            e = m.end(g)


def names_on_a_byline_line(text: str, lex: Lexicon, found: FoundPeople) -> None:
    """Every name of a line that holds a byline alone (记者 某 甲 某乙乙 某丙丙): the
    names after the first and those before the cue (某甲甲 记者 某 乙) are as much the
    byline's as the one right after the cue (:func:`byline_line_names`)."""
    start = 0
    for line in text.split("\n"):
        for s, e in byline_line_names(line, lex) or ():
            found.add(start + s, start + e, "byline")
        start += len(line) + 1


@cache
def _spaced_cue_at_end() -> re.Pattern[str]:
    """A byline cue and the gap after it, closing a line's text."""
    cues = _longest(load_lexicon().byline_cues)
    return re.compile(f"(?:{'|'.join(map(re.escape, cues))})[:：\\s/／■●◎□丨｜|]*$")


_HONOURED_AFTER = _PARTS["honoured_after"]


def dotted_names_opening_clauses(text: str, toks: Tokens, lex: Lexicon, found: FoundPeople) -> None:
    """A name in parts joined by a middle dot that opens a clause, with a cue, title or
    verb after it (甲甲·乙乙表示, 甲甲·乙乙参加了座谈): no surname table can find it."""
    for s, e in dotted_names_before_cues(text, toks, lex):
        found.add(s, e, "dotted")


_DOTTED_HAN_RUN = re.compile(rf"[\u4e00-\u9fff]+(?:[{DOTS}][\u4e00-\u9fff]+)+")
_DOTTED_PART = (2, 5)  # characters of one part of a transliterated name (阿卜杜拉, 热合曼)


def dotted_names_of_transliteration_characters(
    text: str, toks: Tokens, lex: Lexicon, found: FoundPeople
) -> None:
    """A name in parts joined by a middle dot whose every character is of the table of
    transliteration characters (通讯员某克某木·某尔班摄, 村的某孜某吉·某尔荪过来), wherever it
    stands: the dot and the characters together are the evidence. The first part is the
    longest run of the table's characters before the first dot that starts on a word
    boundary (the words before it — a cue, 的 — are cut off), the last part the longest
    after the last dot that ends on one; each part two to five characters and no frequent
    word. Slogans and places joined by a dot (初心·使命, 某某齐·某某区) hold characters the
    table lacks."""
    if not any(d in text for d in DOTS):
        return
    lo, hi = _DOTTED_PART
    for m in _DOTTED_HAN_RUN.finditer(text):
        parts = re.split(f"[{DOTS}]", m.group())
        first, last = parts[0], parts[-1]
        k = len(first)
        while k > 0 and first[k - 1] in _TRANSLITERATION_CHARS:
            k -= 1
        s = m.start() + k
        if not lo <= len(first) - k <= hi or not toks.is_boundary(s):
            continue
        inner = [first[k:], *parts[1:-1]]
        if not all(lo <= len(p) <= hi and set(p) <= _TRANSLITERATION_CHARS for p in inner):
            continue
        j = 0
        while j < min(len(last), hi) and last[j] in _TRANSLITERATION_CHARS:
            j += 1
        last_start = m.end() - len(last)
        while j >= lo and not toks.is_boundary(last_start + j):
            j -= 1
        if j < lo or any(is_common_word(p) for p in (*inner, last[:j])):
            continue
        found.add(s, last_start + j, "dotted")


# A village's or a community's name, then a three-character name closed by a joining
# word, a list mark, a comma or a verb: 某村甲乙丙和某村丁戊己.
_AFTER_VILLAGE = re.compile(r"(?:村|社区)([\u4e00-\u9fff]{3})")
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")


def names_after_village_names(text: str, toks: Tokens, lex: Lexicon, found: FoundPeople) -> None:
    """People listed by their villages (某县某村甲乙丙和某县某村丁戊己结为师徒): a
    three-character name of a surname of the table written right after 村 or 社区,
    ending on a word boundary before 和, 与, 及, 、, a comma or a verb, no dictionary word —
    accepted when the same sentence lists at least two such village-and-name pairs (one
    alone may be a hamlet or a group, 某村王家组)."""
    if "村" not in text and "社区" not in text:
        return
    start = 0
    for end_m in [*_SENTENCE_END.finditer(text), None]:
        end = end_m.start() if end_m else len(text)
        spans: list[tuple[int, int]] = []
        for m in _AFTER_VILLAGE.finditer(text, start, end):
            s, e = m.start(1), m.end(1)
            cand = m.group(1)
            # the word boundary last: it segments the sentence's block, which the
            # character tests spare for most 村/社区 and three characters (same result)
            if cand[-1] in _NOT_LAST or cand[0] not in lex.surnames or cand[1:] in lex.titles:
                continue
            if not looks_like_name(cand, lex) or is_dictionary_word(cand):
                continue
            if not toks.is_boundary(e):
                continue
            nxt = toks.starting_at(e)
            if (e >= len(text) or text[e] not in "和与及、，,") and (nxt is None or nxt.pos != "v"):
                continue
            spans.append((s, e))
        if len(spans) >= 2:
            for s, e in spans:
                found.add(s, e, "list")
        start = end + 1
        if end_m is None:
            break


def names_before_comrade(text: str, toks: Tokens, lex: Lexicon, found: FoundPeople) -> None:
    """A name written before 同志, 烈士 or 老师 anywhere in a clause (就某倩同志的先进事迹,
    查看某某烈士纪念设施, 某小君老师进入某社区): whole words of a name's shape that the
    dictionary does not know as ordinary words (党员同志, 负责同志, 革命烈士, 党校老师 are
    no names)."""
    occurrences = sorted(k for w in _HONOURED_AFTER for k, _e in _occurrences(text, w))
    for k in occurrences:
        s = _name_word_before(text, k, toks, lex)
        if s is not None:
            found.add(s, k, "title_after")


def _name_word_before(text: str, k: int, toks: Tokens, lex: Lexicon) -> int | None:
    """The start of the word of a name's shape (three characters tried first) that ends
    at ``k``: whole words, no function word opening it, no ordinary word, not ending in
    a character no name ends in; else None."""
    for n in (3, 2):
        s = k - n
        if s < 0 or not toks.is_boundary(s) or not _tokens_nameish(toks, s, k):
            continue
        if opens_with_a_function_word(toks, s):
            continue  # 课|都|是|老师: an adverb and a copula, no 都 surname
        cand = text[s:k]
        if looks_like_name(cand, lex) and not is_common_word(cand) and cand[-1] not in _NOT_LAST:
            return s
    return None


_HOUSEHOLD_AFTER = _PARTS["household_after"]
_JOINED_BY = "和与"


def names_before_household_words(text: str, toks: Tokens, lex: Lexicon, found: FoundPeople) -> None:
    """A name written before a word of its household or family (走访某某某家中, 某某某一户5
    人, 某某某夫妇, 某某某父女二人; ``household_after`` in name_parts.tsv), and a name
    joined to it by 和 or 与 (在甲甲甲和乙乙乙家中, 甲甲甲和乙乙乙父女): whole words of a
    name's shape whose given name is no ordinary word (某奶奶家中, 某大爷一家人 name
    nobody)."""
    occurrences = sorted(k for w in _HOUSEHOLD_AFTER for k, _e in _occurrences(text, w))
    for k in occurrences:
        s = _name_word_before(text, k, toks, lex)
        if s is None or is_common_word(text[s + 1 : k]):
            continue
        found.add(s, k, "household")
        if s > 0 and text[s - 1] in _JOINED_BY:
            s0 = _name_word_before(text, s - 1, toks, lex)
            if s0 is not None and not is_common_word(text[s0 + 1 : s - 1]):
                found.add(s0, s - 1, "household")


def authors_of_works(text: str, toks: Tokens, lex: Lexicon, found: FoundPeople) -> None:
    """The author of a work: X的《讲座名》 (also right after a unit: 某党校X的《…》)."""
    for m in re.finditer(r"的《", text):
        for n in (3, 2):
            s = m.start() - n
            cand = text[s : m.start()]
            if (
                s >= 0
                and looks_like_name(cand, lex)
                and toks.starting_at(s) is not None
                and pos_of(cand) in _NAME_WORD_POS
                and cand[-1] not in _NOT_LAST
            ):
                found.add(s, m.start(), "author")
                break


def _occurrences(text: str, word: str) -> Iterator[tuple[int, int]]:
    """The non-overlapping occurrences of ``word`` in ``text``, left to right: what
    ``re.finditer(re.escape(word), text)`` finds, without compiling a pattern per name."""
    if not word:
        yield from ((m.start(), m.end()) for m in re.finditer("", text))
        return
    i = text.find(word)
    while i >= 0:
        yield i, i + len(word)
        i = text.find(word, i + len(word))


def names_of_authors_and_name_lines(
    text: str, authors: Iterable[str], lex: Lexicon, found: FoundPeople
) -> None:
    """Names the reader found in bylines, and a line that is a name alone."""
    for a in authors:
        if is_common_word(to_simplified(a)):
            continue  # a heading line read as a byline (荣誉)
        for start, end in _occurrences(text, to_simplified(a)):
            found.add(start, end, "author")
    for m in re.finditer(r"(?m)^[ \t　□■◎●]*([\u4e00-\u9fff]{2,3})[ \t　]*$", text):
        if looks_like_name(m.group(1), lex) and not is_common_word(m.group(1)):
            found.add(m.start(1), m.end(1), "byline")  # a heading (荣誉, 南方) is no name


_LINE_OPENING_NAME = re.compile(r"(?m)^[ \t　]*([\u4e00-\u9fff]{2,3})[ \t　]+(?=\S)([^\n]{0,40})")


def names_opening_a_line_before_a_title(text: str, lex: Lexicon, found: FoundPeople) -> None:
    """A line that opens with a name, a blank and the person's unit and title (a list of
    people, one a line: ``某某某 某某公司总经理，任…``)."""
    for m in _LINE_OPENING_NAME.finditer(text):
        name = m.group(1)
        if (
            looks_like_name(name, lex)
            and not is_common_word(name)
            and name[-1] not in _NOT_LAST
            and _title_pattern().search(m.group(2))
        ):
            found.add(m.start(1), m.end(1), "list")


# A 、-list of two- or three-character items; some pages print a comma before each 、
# (甲,、乙、丙,、丁): the list is the same.
_NAME_LIST = re.compile(r"[\u4e00-\u9fff]{2,3}(?:[,，]?、[\u4e00-\u9fff]{2,3}){2,}")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def names_in_lists(text: str, lex: Lexicon, found: FoundPeople, toks: Tokens | None = None) -> None:
    """A 、-list of name-shaped words holding an accepted name: 甲、乙、丙…… (also with a
    comma printed before a 、: 甲,、乙). The first item may have taken the last
    character of the word before it (某党支部|甲乙、丙丁、…): three characters of no
    name's shape whose last two have one are the name. The last item may have taken the
    first character of the word after it (…、某颖共|同按下: :func:`last_item_glued_on`),
    or the 一 of 一行 after it (…、某某一行5人)."""
    known = {pm.name for pm in found.by_span.values()}
    for m in _NAME_LIST.finditer(text):
        spans = [(w.start(), w.end()) for w in _HAN_RUN.finditer(text, m.start(), m.end())]
        first_start, first_end = spans[0]
        first = text[first_start:first_end]
        if len(first) == 3 and not looks_like_name(first, lex) and looks_like_name(first[1:], lex):
            spans[0] = (first_start + 1, first_end)  # 某党支部|甲乙、…: the first item took one
        if toks is not None and last_item_glued_on(text, *spans[-1], toks, lex):
            spans[-1] = (spans[-1][0], spans[-1][1] - 1)
        last_start, last_end = spans[-1]
        if last_end - last_start == 3 and one_word_after_a_two_character_name(text, last_start):
            spans[-1] = (last_start, last_end - 1)  # …、某某一行5人: 一行 is the list's
        items = [text[a:b] for a, b in spans]
        if any(x in known for x in items) and all(looks_like_name(x, lex) for x in items):
            for a, b in spans:
                found.add(a, b, "list")


def last_item_glued_on(text: str, s: int, e: int, toks: Tokens, lex: Lexicon) -> bool:
    """Whether the last item ``text[s:e]`` of a 、-list of names took the first character
    of the word after it (…、某颖共|同按下: 共同): three characters running on into more
    Han characters, an adverb, preposition or conjunction jieba reads across their end,
    and two that still have a name's shape ending a word."""
    if not (
        e - s == 3
        and e < len(text)
        and "\u4e00" <= text[e] <= "\u9fff"
        and looks_like_name(text[s : e - 1], lex)
    ):
        return False  # the characters first: jieba's words segment the block
    across = toks.at(e - 1)
    return (
        toks.is_boundary(e - 1)
        and across is not None
        and across.start == e - 1
        and across.end > e
        and across.pos in _FUNCTION_WORD_POS
    )


# A 、-list of two or more items closed by 等 and, within a few characters, a word
# naming the people listed (甲、乙等某县领导, 丙、丁等学校领导及有关同志).
_LIST_OF_LEADERS = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+)等"
    r"[\u4e00-\u9fff]{0,8}?(?:领导|同志)"
)


def names_listed_before_leaders(text: str, lex: Lexicon, found: FoundPeople) -> None:
    """The names of a 、-list closed by 等 and a word for the people it lists (领导,
    同志), with no title or cue beside any of them (甲、乙、丙等某县领导参加): every item
    must have a name's shape and be no ordinary word, else none is taken (团委、
    图书馆等部门负责人 lists units)."""
    for m in _LIST_OF_LEADERS.finditer(text):
        _take_whole_list(m.group(1), m.start(1), lex, found, "list")


# A list of two or more 、-joined items of two or three Han characters introduced by a
# colon or a list opener (…的有：甲、乙、丙。 领导有甲、乙) and closed by punctuation, 等 or
# the line's end.
_LIST_AFTER_COLON = re.compile(
    "(?:[：:]|"
    + "|".join(_PARTS["list_openers"])
    + r")[ \t\u3000]*([\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+)(?=[。；;，,等\n]|$)"
)


def names_listed_after_a_colon(text: str, lex: Lexicon, found: FoundPeople) -> None:
    """The names of a 、-list a colon or a list opener introduces (出席仪式的有：甲、乙、丙。,
    参加的领导有甲、乙), with no title or cue beside any of them: every item must have a
    name's shape, be no ordinary word and no place word, else none is taken (共建单位：
    某村、某社区 lists units)."""
    for m in _LIST_AFTER_COLON.finditer(text):
        if all(not pos_of(x).startswith("ns") for x in m.group(1).split("、")):
            _take_whole_list(m.group(1), m.start(1), lex, found, "list")


@cache
def _apposed_title_pattern() -> re.Pattern[str]:
    """A clause-opening word, then in brackets or after a comma a short phrase ending in
    a title, closed by a bracket or punctuation (甲（某村党支部书记）, 甲，某村党支部书记，)."""
    titles = _title_pattern().pattern
    return re.compile(
        r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})[（(，,]"
        rf"[^，,。；;：:（）()\n“”]{{0,24}}?(?:{titles})[）)，,。；;]"
    )


def names_before_apposed_titles(text: str, lex: Lexicon, found: FoundPeople) -> None:
    """A name opening a clause with its title in apposition after it, in brackets or
    after a comma (甲（某村党支部书记）在会上发言; 甲，某公司总经理，…): the name must have a
    name's shape and be no ordinary or place word."""
    _add_group_names(_apposed_title_pattern(), text, lex, found, "title_after")


# 据甲介绍, 据甲说: what a named person reported; also with a manner word (据甲高兴地说).
_REPORTED_BY = re.compile(
    r"(?<![\u4e00-\u9fff])据([\u4e00-\u9fff]{2,3}?)(?:[\u4e00-\u9fff]{1,3}地)?"
    r"(?:介绍|说|透露|讲|回忆)"
)


def names_reported_by(text: str, lex: Lexicon, found: FoundPeople) -> None:
    """The name between 据 and a reporting verb (据甲介绍，…; 据甲说): a name's shape, no
    ordinary or place word (据村民介绍 and 据了解 name nobody)."""
    _add_group_names(_REPORTED_BY, text, lex, found, "speech")


# 由甲主持 / 由甲带队: the one who leads an event, between 由 and the verb of leading
# (not 理由, 自由, 由于).
_LED_BY = re.compile(
    r"(?<![理自缘事来])由(?!于)([\u4e00-\u9fff]{2,3}?)(?:同志)?"
    r"(?:主持|带队|率队|率团|致辞|宣读|领誓|领读)"
)


def names_leading_events(text: str, lex: Lexicon, found: FoundPeople) -> None:
    """The name between 由 and a verb of leading (会议由甲主持, 由甲带队): a name's shape,
    no ordinary or place word (由村委会主持 and 由大家主持 name nobody). jieba often glues
    由 to the surname (由石|志强), so the words around it are not asked."""
    _add_group_names(_LED_BY, text, lex, found, "speech")


# 在甲的带领下 / 在甲的帮助下: the one whose lead or help the clause tells of.
_UNDER_LEAD_OF = re.compile(
    r"在([\u4e00-\u9fff]{2,3}?)(?:同志)?的(?:带领|带动|帮助|指导|关心|支持|推动|组织|协调)下"
)
# A photo caption's position after a name: 甲（左二）, 甲(右一), 甲（中）, 甲（前排左三）.
_CAPTION_POSITION = re.compile(
    r"([\u4e00-\u9fff]{2,3})[（(](?:前排|后排|中排)?(?:[左右][一二三四五六七八九十\d]|中)[）)]"
)


# Tags of the word before a full name jieba's dictionary knows (践行|, 贯彻落实|, 落实|): a
# verb, or a verb jieba tags as a verbal noun, an adjective, an idiom or a fixed phrase.
_VERB_BEFORE_A_KNOWN_FULL_NAME_POS = frozenset({"v", "vn", "a", "i", "l"})


def known_full_names_after_verbs(text: str, toks: Tokens, lex: Lexicon, found: FoundPeople) -> None:
    """A three-character word jieba's dictionary tags as a full personal name (``nrfg``:
    the public figures it was built with), of a table surname and read whole here,
    opening a work's title (《某近平谈…》, 《某近平关于…》) or right after a verb of two
    or more characters (践行|某近平新时代…; 落实, tagged an adjective): the dictionary and
    the verb are evidence enough. After a time word or a lone preposition it is not taken
    (前往|某荣某元帅陈列馆 names a hall; 以|某近平… is left as before)."""
    for i in range(len(text) - 2):
        if text[i] not in lex.surnames:
            continue
        word = text[i : i + 3]
        if pos_of(word) != "nrfg" or not looks_like_name(word, lex):
            continue
        tok = toks.starting_at(i)
        if tok is None or tok.end != i + 3 or tok.pos != "nrfg":
            continue
        before = toks.at(i - 1) if i > 0 else None
        if before is None or before.end != i:
            continue
        if before.text == "《" or (
            len(before.text) >= 2 and before.pos in _VERB_BEFORE_A_KNOWN_FULL_NAME_POS
        ):
            found.add(i, i + 3, "known_full_name")


def names_under_a_lead_or_in_captions(text: str, lex: Lexicon, found: FoundPeople) -> None:
    """The name in 在甲的带领下 (… 帮助下, 指导下) and the name before a photo caption's
    position (甲（左二）): a name's shape, no ordinary or place word (在村委会的带领下 and
    在党委的领导下 name nobody; 村民（左二） is no name)."""
    for pat in (_UNDER_LEAD_OF, _CAPTION_POSITION):
        for m in pat.finditer(text):
            word = m.group(1)
            s, e = m.start(1), m.end(1)
            if pat is _CAPTION_POSITION and len(word) == 3 and not _credit_name(word, lex):
                word, s = word[1:], s + 1  # 与甲乙（左二）: the name is the last two
            if _named_not_place(word, lex):
                found.add(s, e, "role")


# A 、-list of two or more names opening a clause, closed by 等 and a verb of attending
# (甲、乙等参加活动).
_LISTED_ATTENDING = re.compile(
    r"(?<![\u4e00-\u9fff])((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})等"
    r"(?:人|同志)?(?:参加|出席|陪同|参与|参会|到场|一同|共同)"
)


def names_listed_as_attending(text: str, lex: Lexicon, found: FoundPeople) -> None:
    """The items of a 、-list that opens a clause and ends in 等 and a verb of attending
    (甲、乙等参加活动) when every item has a name's shape and is no ordinary or place
    word (某镇、某村等参加 names nobody)."""
    for m in _LISTED_ATTENDING.finditer(text):
        items = m.group(1).split("、")
        if not all(_named_not_place(w, lex) for w in items):
            continue
        k = m.start(1)
        for w in items:
            found.add(k, k + len(w), "list")
            k += len(w) + 1


def names_listed_before_found_names(
    text: str, toks: Tokens, lex: Lexicon, found: FoundPeople
) -> None:
    """The items of a 、-list that ends in a found name (甲、乙、丙同志; 某公司甲、乙一行):
    walking back from the found name, each item of a name's shape that starts a word is
    a name too; the first item that is not ends the walk."""
    for pm in sorted(found.by_span.values(), key=lambda p: -p.start):
        k = pm.start
        while k > 0 and text[k - 1] == "、":
            item = None
            for n in (3, 2):
                s = k - 1 - n
                word = text[max(0, s) : k - 1]
                if s >= 0 and toks.starting_at(s) is not None and _named_not_place(word, lex):
                    item = (s, k - 1)
                    break
            if item is None:
                break
            found.add(item[0], item[1], "list")
            k = item[0]


def names_listed_after_found_names(
    text: str, toks: Tokens, lex: Lexicon, found: FoundPeople
) -> None:
    """The items of a 、-list that opens with a found name (县领导甲、乙与…; 村民甲、乙
    参加): walking on from the found name, each item of a name's shape that is whole
    words and no dictionary word (:func:`_listed_name`; 党支书 is none) is a name too, a
    two-character one only before a stop, or a name whose last character jieba glued to
    the word after it (:func:`name_glued_to_next_word`); the first item that is not ends
    the walk. The mirror of :func:`names_listed_before_found_names`."""
    for pm in sorted(found.by_span.values(), key=lambda p: p.start):
        k = pm.end
        while k < len(text) and text[k] == "、":
            item = None
            for n in (3, 2):
                s, e = k + 1, k + 1 + n
                # a two-character item closes at a stop, not before a third character
                # jieba cut off (某文|锻)
                closed = n == 3 or e >= len(text) or not _HAN_CHAR.match(text[e])
                if e <= len(text) and closed and _listed_name(text, s, e, toks, lex):
                    item = (s, e)
                    break
            if item is None:
                # 甲、乙乙|乙说: jieba glued the item's last character to the next word
                glued = name_glued_to_next_word(text, k + 1, toks, lex, after_title=False)
                item = None if glued is None else (k + 1, glued)
            if item is None:
                break
            found.add(item[0], item[1], "list")
            k = item[1]


# A 、-list: the runs of Han characters it joins (the first and last may carry the words
# written before and after the list: 代表甲、乙出席). Tried only where a run of Han
# characters starts: a list found from inside a run would start at the run's start
# anyway, and without the look-behind the search re-reads the rest of every run from
# each of its characters (same matches, a quarter of the time).
_BARE_LIST = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+")


def names_of_a_bare_list(text: str, toks: Tokens, lex: Lexicon, found: FoundPeople) -> None:
    """The names of a 、-list of people with no title, cue or known name beside them (代表
    甲、乙、丙出席; 甲、乙参加了活动): the first item is the name that ends the run before
    the first 、, the last the name that opens the run after the last 、, the others whole
    runs; a name found elsewhere opening the last run is that item. Every item must be
    whole words of a name's shape, no ordinary word and no place word, and two of them
    words jieba does not know or tags as names — else none is taken (东城、西城 and 方便、
    快捷 list no people)."""
    known = sorted({pm.name for pm in found.by_span.values()}, key=len, reverse=True)
    for m in _BARE_LIST.finditer(text):
        runs = [(r.start(), r.end()) for r in _HAN_RUN.finditer(text, m.start(), m.end())]
        # every item must be a name: the first that is not ends the look (most 、-lists
        # list no people, and each look asks jieba's dictionary); the middle items' shape
        # first, before jieba's words are read (they segment the block)
        if not all(_listed_shape(text[a:b], lex) for a, b in runs[1:-1]):
            continue
        first_item = _list_end_name(text, *runs[0], toks, lex, first=True)
        if first_item is None or not all(_listed_name(text, *r, toks, lex) for r in runs[1:-1]):
            continue
        s = runs[-1][0]
        # 甲乙丙|党代表: jieba glued the name's last character to the word after it
        last = next(((s, s + len(k)) for k in known if text.startswith(k, s)), None)
        last_item = last or _list_end_name(text, *runs[-1], toks, lex, first=False)
        if last_item is None:
            continue
        spans = [first_item, *runs[1:-1], last_item]
        # == not `is`: compiled, a tuple[int, int] is a value, not an object with an identity
        nameish = sum(x == last or _tokens_nameish(toks, *x) for x in spans)
        if nameish < 2:
            continue
        taken = list(found.by_span)
        for s, e in spans:
            # a name found already where the item stands (甲乙丙|党代表 read 甲乙) is kept
            if not any(a < e and s < b for a, b in taken):
                found.add(s, e, "list")


def _listed_name(text: str, s: int, e: int, toks: Tokens, lex: Lexicon) -> bool:
    """``[s, e)`` is one item of a bare list of names (:func:`names_of_a_bare_list`): whole
    words, a name's shape, no ordinary or place word."""
    return _listed_shape(text[s:e], lex) and toks.is_start(s) and toks.is_boundary(e)


def _listed_shape(word: str, lex: Lexicon) -> bool:
    """The characters' part of :func:`_listed_name`: a name's shape, no ordinary or place
    word."""
    return _named_not_place(word, lex) and not is_dictionary_word(word)


def _list_end_name(
    text: str, s: int, e: int, toks: Tokens, lex: Lexicon, first: bool
) -> tuple[int, int] | None:
    """The name at the outer end of a bare list's first (its last two or three characters)
    or last run (its first two or three), on word boundaries."""
    for n in (3, 2):
        span = (e - n, e) if first else (s, s + n)
        if span[0] < s or span[1] > e:
            continue
        if _listed_name(text, *span, toks, lex):
            return span
    return None


def names_joined_by_and(text: str, toks: Tokens, lex: Lexicon, found: FoundPeople) -> None:
    """A name joined by 和, 与 or 及 to an accepted name, with a name's evidence after it
    (村民甲和乙创办了…): the second is a person too."""
    for pm in list(found.by_span.values()):
        k = pm.end
        if k + 1 < len(text) and text[k] in "和与及" and starts_like_a_name(toks, k + 1):
            e = _name_at(text, k + 1, toks, lex)
            if e is not None:
                found.add(k + 1, e, "list")


@cache
def _honorifics_after_name() -> tuple[str, ...]:
    """Honorifics and professional ranks written after a name (同志, 教授, 高级工程师;
    the ``honorific`` rows of lexicons/person_cues.tsv), longest first."""
    rows = lexicon_rows("person_cues.tsv")
    words = {r[0] for r in rows if len(r) > 2 and r[1] == "after" and r[2] == "honorific"}
    return tuple(sorted(words, key=len, reverse=True))


def names_joined_after_honorifics(
    text: str, toks: Tokens, lex: Lexicon, found: FoundPeople
) -> None:
    """A found name and its honorific, then 和/与/及 and a second name with an honorific
    or a title of its own (某甲高级工程师和某乙副教授则…): the second is a person too —
    the mirror of :func:`names_joined_by_and` when a rank stands between the two."""
    honorifics = _honorifics_after_name()
    for pm in list(found.by_span.values()):
        h = next((w for w in honorifics if text.startswith(w, pm.end)), None)
        k = pm.end + len(h) if h is not None else -1
        if h is None or k + 1 >= len(text) or text[k] not in "和与及":
            continue
        if not starts_like_a_name(toks, k + 1):
            continue
        e = _name_at(text, k + 1, toks, lex)
        if e is not None and (
            any(text.startswith(w, e) for w in honorifics) or _title_pattern().match(text, e)
        ):
            found.add(k + 1, e, "list")


def names_seen_earlier_on_the_page(
    text: str, toks: Tokens, page_names: Iterable[str], lex: Lexicon, found: FoundPeople
) -> None:
    """A name an earlier story of the page found in full, written again as a whole word
    (starting and ending on a word boundary): the same person."""
    for name in page_names:
        if len(name) < 2 or not looks_like_name(name, lex):
            continue
        for start, end in _occurrences(text, name):
            if toks.is_boundary(start) and toks.is_boundary(end):
                found.add(start, end, "page")


# Conjunctions that join two people or a person and a unit: never the first character of
# a name (与 and 及 are no surnames; 和 is a rare one, read as 和 only after a title), and
# 与 or 及 end no given name before the next word.
_CONJUNCTIONS_BEFORE = "和与及"
_CONJUNCTIONS_AFTER = "与及"


def _conjunction_cut(text: str, s: int, e: int, lex: Lexicon) -> tuple[int, int] | None:
    """The span of the name inside ``text[s:e]`` when a conjunction was read into it, else
    None: 某书记|和某某 (a title ends right before a leading 和/与/及) or 某某与|某单位 (a
    trailing 与/及 with a Han character after it); what is left must still be a name."""
    if (
        e - s >= 3
        and text[s] in _CONJUNCTIONS_BEFORE
        and any(text.endswith(t, 0, s) for t in lex.titles)
        and looks_like_name(text[s + 1 : e], lex)
    ):
        return s + 1, e
    if (
        e - s >= 3
        and text[e - 1] in _CONJUNCTIONS_AFTER
        and e < len(text)
        and "\u4e00" <= text[e] <= "\u9fff"
        and looks_like_name(text[s : e - 1], lex)
    ):
        return s, e - 1
    return None


def conjunctions_cut_from_names(
    text: str, lex: Lexicon, found: FoundPeople, claims: list[PostClaim]
) -> list[PostClaim]:
    """Cuts a conjunction that a rule read into a name (李书记和|王某书记: 和王某; 书记
    张某与|某社区书记: 张某与) off it, keeping the rule that found it; the title chains
    claimed for the old span move to the cut one. Returns the claims."""
    return _recut_names(found, claims, lambda s, e: _conjunction_cut(text, s, e, lex))


def _recut_names(
    found: FoundPeople,
    claims: list[PostClaim],
    cut_of: Callable[[int, int], tuple[int, int] | None],
) -> list[PostClaim]:
    """Replaces every found name whose span ``cut_of`` cuts with the cut span, keeping the
    rule that found it, and moves the title chains claimed for the old span to the new
    one: the common step of the rules that cut a wrong edge off a name. Returns the
    claims."""
    moved: dict[tuple[int, int], PersonMention] = {}
    for (s, e), pm in list(found.by_span.items()):
        cut = cut_of(s, e)
        if cut is None:
            continue
        del found.by_span[(s, e)]
        moved[(s, e)] = found.add(cut[0], cut[1], pm.rule)
    if not moved:
        return claims
    return [
        PostClaim(moved.get((c.person.start, c.person.end), c.person), c.elements) for c in claims
    ]


_PREPOSITIONS_BEFORE_NAME = frozenset(_PARTS["prepositions_before_name"])
# jieba's tags of a preposition or conjunction read as a word of its own.
_PREPOSITION_POS = frozenset({"p", "c"})
# Punctuation inside running text before a clause that opens with a preposition (…中，向…).
_CLAUSE_MARKS = "，,；;。！？!?"
# Dictionary tags of a word that is no given name after a preposition: a noun, pronoun,
# numeral, time word, verb or adjective (向|大家, 和|我, 向|首批, 由|矿长).
_OBJECT_WORD_POS = frozenset(
    {"n", "r", "m", "t", "v", "vn", "a", "an", "d", "l", "i", "q", "f", "s"}
)


def preposition_read_into_a_name(
    text: str, s: int, e: int, toks: Tokens, lex: Lexicon, names: frozenset[str]
) -> tuple[int, int] | None:
    """What is left of the name ``text[s:e]`` when a rule read a preposition or
    conjunction written inside a clause into it as a surname (检察长|向首批…, 书记|和我办,
    由矿长担任, 并|向某某|副部长): the span of the name after it when that is a name found
    elsewhere in the text (向某某 → 某某), an empty span ``(s, s)`` when the rest is an
    ordinary word jieba knows (大家, 我, 首批, 外宾: no name at all) or one surname before a
    title (和|某局长), else None (the name stands: 向某某 with 某某 no word).

    Only where jieba read the first character as a preposition or conjunction of its own,
    inside running text (after a Han character or a clause's punctuation): a byline's
    blank-separated name keeps its surname."""
    if e - s < 2 or text[s] not in _PREPOSITIONS_BEFORE_NAME:
        return None
    if s == 0 or not ("\u4e00" <= text[s - 1] <= "\u9fff" or text[s - 1] in _CLAUSE_MARKS):
        return None
    first = toks.starting_at(s)
    if first is None or first.end != s + 1 or first.pos not in _PREPOSITION_POS:
        return None
    rest = text[s + 1 : e]
    if len(rest) >= 2 and rest in names:
        return s + 1, e
    if len(rest) == 1 and rest in lex.surnames and _title_pattern().match(text, e):
        return s, s
    word = toks.starting_at(s + 1)
    if word is not None and word.end == e and pos_of(rest) in _OBJECT_WORD_POS:
        return s, s
    return None


def prepositions_cut_from_names(
    text: str, toks: Tokens, lex: Lexicon, found: FoundPeople, claims: list[PostClaim]
) -> list[PostClaim]:
    """Applies :func:`preposition_read_into_a_name` to every name found: cuts the
    preposition off a name found elsewhere too (keeping the rule and moving its title
    chains) and drops the rest, with their chains. Returns the claims."""
    names = frozenset(pm.name for pm in found.by_span.values())
    moved: dict[tuple[int, int], PersonMention | None] = {}
    for (s, e), pm in list(found.by_span.items()):
        cut = preposition_read_into_a_name(text, s, e, toks, lex, names - {pm.name})
        if cut is None:
            continue
        del found.by_span[(s, e)]
        moved[(s, e)] = found.add(cut[0], cut[1], pm.rule) if cut[1] > cut[0] else None
    if not moved:
        return claims
    kept: list[PostClaim] = []
    for c in claims:
        span = (c.person.start, c.person.end)
        if span not in moved:
            kept.append(c)
            continue
        person = moved[span]
        if person is not None:
            kept.append(PostClaim(person, c.elements))
    return kept


def glued_characters_cut_from_names(
    text: str, found: FoundPeople, claims: list[PostClaim]
) -> list[PostClaim]:
    """Applies :func:`ingest.extract.name_edges.glued_onto_a_found_name` to every name
    found: a three-character reading of a two-character name found elsewhere on the page
    and the first character of the next word (某炬就|带着, 某宙系|统) is cut to the name,
    keeping the rule that found it; its title chains move to the cut span (or are dropped
    when that span was found already). Returns the claims."""
    names = frozenset(pm.name for pm in found.by_span.values() if len(pm.name) == 2)

    def cut_of(s: int, e: int) -> tuple[int, int] | None:
        cut = glued_onto_a_found_name(text, s, e, names)
        return None if cut is None else (s, cut)

    return _recut_names(found, claims, cut_of)


def repeats_of_names(text: str, toks: Tokens, found: FoundPeople) -> None:
    """Every other occurrence of an accepted name is a mention of the same person."""
    for name in {pm.name for pm in found.by_span.values()}:
        for span in _occurrences(text, name):
            if span not in found.by_span and toks.is_boundary(span[1]):
                found.by_span[span] = PersonMention(span[0], span[1], name, "repeat")


# Parts of speech of the word after a name that jieba glued to it or cut across it:
# a verb, preposition, conjunction, adverb, auxiliary or adjective (着重阐述).
_NEXT_WORD_POS = frozenset({"v", "p", "c", "d", "u", "uj", "ul", "a", "ad", "vd"})
# Tags of a one-character word that is no surname where it stands (和, 对, 来).
_NOT_A_SURNAME_POS = frozenset({"c", "p", "r", "u", "uj", "d", "v"})


def opens_a_longer_word(toks: Tokens, i: int, e: int) -> bool:
    """Whether jieba read the characters from ``i`` as one word of four or more characters
    it knows that runs past ``e`` (局长|全力支持: 全 is a surname, 全力支 no name): a name
    glued to the next word is cut across by jieba, not read whole inside a set phrase.

    >>> t = "局长全力支持。"
    >>> opens_a_longer_word(Tokens(t), 2, 5)
    True
    """
    first = toks.starting_at(i)
    return (
        first is not None
        and first.end > e
        and len(first.text) >= 4
        and first.pos != UNKNOWN_POS
        and is_dictionary_word(first.text)
    )


def word_across_end(toks: Tokens, i: int, e: int) -> bool:
    """Whether a word jieba knows (an ordinary word or a name) starts inside ``[i, e)``
    and ends after ``e`` (某某参|与 read as 参与, 王|志远 read as a given name): then
    ``e`` is no name's end. A word jieba does not know (某大|进率) may be glued junk."""
    for k in range(i + 1, e):
        t = toks.starting_at(k)
        if t is not None and t.end > e and t.pos != UNKNOWN_POS:
            return True
    return False


# Tags of a word jieba read across a name's end that is whole as it stands: an adverb,
# preposition or conjunction (共同, 一起) is no noun a name's last character opens.
_FUNCTION_WORD_POS = frozenset({"d", "p", "c"})


def noun_glued_after_unknown(toks: Tokens, i: int, e: int) -> bool:
    """Whether the word across ``e`` is a noun jieba made of the name's last character
    and the next one after reading the name's start as an unknown word (某焕|利率|象山:
    县长某焕利率…, 率 the verb "lead") — a noun does not follow a name as 参与 does
    (某某参|与: the name is 某某), so ``e`` may still end the name. An adverb,
    preposition or conjunction across ``e`` (某颖|共同按下) is read whole: no name ends
    inside it."""
    first = toks.starting_at(i)
    if first is None or first.pos != UNKNOWN_POS or first.end >= e:
        return False
    across = toks.starting_at(first.end)
    if across is None or across.end <= e:
        return False
    if across.end == e + 1 and across.pos == "n":
        return True
    if across.pos in _FUNCTION_WORD_POS:
        return False  # 某颖|共同按下: an adverb the given name cannot end inside
    return follows_a_name(toks.text[e : across.end])


def cue_glued_to_given_name(toks: Tokens, i: int, e: int) -> bool:
    """Whether jieba read a surname as a word of its own and glued the given name's last
    character to a speech or action cue after it (副主任某|文说。: 文说): the rest of the
    word across ``e`` is the cue, so the name ends at ``e``."""
    first = toks.starting_at(i)
    if first is None or first.end != i + 1 or first.pos != "nr":
        return False
    across = toks.at(e)
    return across is not None and across.start < e and toks.text[e : across.end] in _cues_after()


def follows_a_name(word: str) -> bool:
    """Whether the rest of a word jieba read across a name's end is a word that follows a
    name (某乃|军代表: 代表, a cue; 某小|华为: 为, a preposition): then the name ends
    before it all the same.

    >>> follows_a_name("代表"), follows_a_name("为"), follows_a_name("学院")
    (True, True, False)
    """
    if word in _cues_after() or word in _VERBS_AFTER_NAME or word in load_lexicon().titles:
        return True
    return len(word) == 1 and pos_of(word) in ("p", "c")


def starts_like_a_name(toks: Tokens, i: int) -> bool:
    """Whether the word jieba starts at ``i`` may open a name: a word it does not know or
    tags as a name, or one character that is no conjunction, preposition, pronoun or verb
    (领导|来|我镇, 领导|应邀|参加 open no name)."""
    first = toks.starting_at(i)
    if first is None:
        return False
    if len(first.text) == 1:
        return first.pos not in _NOT_A_SURNAME_POS
    return first.pos in _NAME_WORD_POS


def name_glued_to_next_word(
    text: str, i: int, toks: Tokens, lex: Lexicon, after_title: bool = True
) -> int | None:
    """The end of a name right after a title when jieba glued its last character to the
    word after it (某某|民说, 某大|进率) or read it as words (石|大为|进行): a name of
    two or three characters (four with a two-character surname), no ordinary word and
    not cut by a dictionary word, followed by punctuation, a cue, a title or a word that
    reads as a verb, preposition or adverb when segmented on its own. Its first
    character is no conjunction, preposition or verb of its own (成员|和|岗位); after a
    role word, which is weaker evidence than a title, it starts no ordinary word either
    (党员|常态化, 党员|党员意识)."""
    first = toks.starting_at(i)
    if first is None or (len(first.text) == 1 and first.pos in _NOT_A_SURNAME_POS):
        return None
    if not after_title and not starts_like_a_name(toks, i):
        return None
    lengths = (4, 3, 2) if text[i : i + 2] in lex.surnames else (3, 2)
    for n in lengths:
        cand = text[i : i + n]
        e = i + n
        if (
            len(cand) < n
            or not looks_like_name(cand, lex)
            or cand[-1] in _NOT_LAST
            or cand[1:] in lex.titles
            or cand[1:] in _HONORIFICS
            or is_common_word(cand)
            or adverb_with_de(cand)
            or pos_of(cand) not in _NAME_WORD_POS
            or opens_a_longer_word(toks, i, e)
            or (
                word_across_end(toks, i, e)
                and not noun_glued_after_unknown(toks, i, e)
                and not cue_glued_to_given_name(toks, i, e)
            )
        ):
            continue
        if e >= len(text) or text[e] in _PUNCT or text[e] == "等":
            return e
        if text.startswith(_cues_after(), e) or _title_pattern().match(text, e):
            return e
        if text.startswith(tuple(_VERBS_AFTER_NAME), e):
            return e
        after = tokenize(text[e : e + 8])
        if after and after[0].pos in _NEXT_WORD_POS:
            return e
    return None


def name_after_a_title_and_colon(text: str, i: int, lex: Lexicon) -> tuple[int, int] | None:
    """The span of a name written after a title and the colon at ``i`` (某村党支部书记：
    某某某), closed by a blank, punctuation or the line's end: a profile's or a list's
    form."""
    k = i + 1
    while k < len(text) and text[k] in (" ", "\u3000"):
        k += 1
    e = name_closed_in_byline(text, k, lex)
    return (k, e) if e is not None else None


def name_set_off_by_blanks(text: str, i: int, lex: Lexicon) -> int | None:
    """The end of a name written between blanks after a title (总经理 某某某 在会上发言,
    a layout some pages use for every name): name-shaped, uncommon and followed by a
    blank — two blanks mark the name out as clearly as a byline's line end."""
    e = name_closed_in_byline(text, i, lex)
    if e is not None and e < len(text) and text[e] in (" ", "\u3000"):
        return e
    return None


_BYLINE_NAME_CLOSERS = "\n\r \t\u3000）)】"


def byline_name_of_a_rarer_surname(text: str, i: int, toks: Tokens, lex: Lexicon) -> int | None:
    """The end of a name of two or three characters right after a byline cue whose
    surname the table lacks (记者 某明, 电台记者某敏 …, 融媒体记者 某玉乔), or None.

    A byline's cue is evidence enough for the name's place; its shape is checked by its
    edges instead of its surname: Han characters jieba reads as no word of its dictionary
    (so 记者了解到, 记者获悉 name no one), not opened by a function word, closed by the
    end of the line, a blank, a closing bracket or the next byline cue."""
    if opens_with_a_function_word(toks, i):
        return None
    for n in (3, 2):
        cand, e = text[i : i + n], i + n
        if len(cand) < n or not all("\u4e00" <= c <= "\u9fff" for c in cand):
            continue
        if cand[-1] in _NOT_LAST or is_common_word(cand) or is_dictionary_word(cand):
            continue
        if _holds_ordinary_word(toks, i, e) or not toks.is_boundary(e):
            continue
        closed = (
            e >= len(text)
            or text[e] in _BYLINE_NAME_CLOSERS
            or any(text.startswith(c, e) for c in lex.byline_cues)
        )
        if closed:
            return e
    return None


def name_closed_in_byline(
    text: str, i: int, lex: Lexicon, line_end_only: bool = False
) -> int | None:
    """The end of a name right after a byline cue that jieba read as words (记者 某海峰):
    a name-shaped, uncommon word closed by a blank, punctuation or the end of the line
    (with ``line_end_only``, by the end of the line alone)."""
    lengths = (4, 3, 2) if text[i : i + 2] in lex.surnames else (3, 2)
    for n in lengths:
        cand, e = text[i : i + n], i + n
        if (
            len(cand) == n
            and looks_like_name(cand, lex)
            and cand[-1] not in _NOT_LAST
            and not is_common_word(cand)
            and (
                e >= len(text)
                or text[e] == "\n"
                or (not line_end_only and (text[e].isspace() or text[e] in _PUNCT))
            )
        ):
            return e
    return None
