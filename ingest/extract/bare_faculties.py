"""A school's faculty written bare by its field (units55): 国际学院党支部, 甲处、乙学院.

A story about a school names its faculties by their field alone once the school is known
(某某学院, 政治与公共管理系): GOLD_NOTES lists each such faculty as an Organization of its
own, as it lists one written after its school. The field is a run of common words, so the
walk of :mod:`ingest.extract.orgs` reads such a name as a description (政府管理学院 has no
proper head) or cuts it at a verb (继续|教育学院), and a bare 学院 / 系 word stays a
generic mention. A field names one faculty where the story shows it as a unit of the
school (:func:`faculty_in_context`): its own party body follows it, it stands in a list
beside another faculty or a school office (人事处), or the writer's school comes before
it (我院某某系).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.lexicon import unit_name_parts
from ingest.model import Mention
from ingest.segment import tokenize

_PARTS = unit_name_parts()
_NOT_FACULTY = tuple(_PARTS["not_faculty_words"])
_NOT_FIELD_OPENERS = tuple(_PARTS["not_faculty_field_openers"])
_SCHOOL_SELF = tuple(_PARTS["school_self_references"])
_MEMBER_GROUPS = "|".join(_PARTS["member_groups"])
_SCHOOL_OFFICE_ENDINGS = tuple(_PARTS["school_office_endings"])

# A field of two to ten characters (fields may be joined by 与/和/及), then the ending.
_FACULTY = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:学院|系)")
# The faculty's own party body right after it: a class year, a member group, an ordinal.
_OWN_PARTY_BODY = re.compile(
    rf"(?:\d{{2,4}}级)?(?:{_MEMBER_GROUPS})?(?:第[一二三四五六七八九十\d]+)?(?:党委|党总支|党支部)"
)
# What may stand right before a faculty's name: a mark, a joining word, a date.
_OPENERS = frozenset('，,、。；;：:“"（(\n 与和及同')
_DATE_BEFORE = re.compile(r"(?:\d+[年月日号]|[上下中]午)$")
_LIST_MARK = "、"
_CLAUSE_ENDS = re.compile(r"[，,。；;：:！？!?\n]")
# Word tags a field may not hold: pronouns, numbers, adverbs, prepositions, particles,
# people's names and words jieba does not know (a name glued to a title, 驻村), which
# read as the sentence's words rather than a field of study.
_NOT_FIELD_POS = frozenset(
    {"r", "m", "d", "p", "c", "u", "uj", "ul", "uz", "q", "t", "f", "y", "e", "nr", "x"}
)
# Two fields joined in one faculty's name (政治与公共管理); 及 joins items of a list.
_JOINERS = frozenset("与和")


def field_name(field: str) -> bool:
    """Whether ``field`` (the words before 学院 / 系) names a field of study (国际,
    继续教育, 政治与公共管理, 食品与药学): common words, maybe joined by 与/和, none a
    pronoun, number, adverb, preposition, particle or unknown word, not opened by a word
    that makes the 学院 a description (各, 该, 二级, 相关)."""
    if len(field) < 2 or field[0] in _JOINERS or field[-1] in _JOINERS:
        return False
    if field.startswith(_NOT_FIELD_OPENERS):
        return False
    parts = [p for p in re.split("[与和]", field) if p]
    for part in parts:
        words = tokenize(part)
        if not words or any(w.pos in _NOT_FIELD_POS for w in words):
            return False
    return True


def opens_here(text: str, start: int) -> int | None:
    """Where a faculty's name may start at ``start``: right there when a mark, a joining
    word or a date comes before it; after the writer's school (我院某某系 starts after
    我院); None when a word of the sentence comes before it (the name would be cut)."""
    if start == 0 or text[start - 1] in _OPENERS:
        return start
    if _DATE_BEFORE.search(text, max(0, start - 6), start):
        return start
    if text.endswith(_SCHOOL_SELF, 0, start):
        return start
    return None


def list_siblings(text: str, start: int, end: int) -> list[str]:
    """The other items of the list of 、 the name at ``start``–``end`` stands in, within
    its clause (empty when it stands in none)."""
    lo = max((m.end() for m in _CLAUSE_ENDS.finditer(text, 0, start)), default=0)
    hi_m = _CLAUSE_ENDS.search(text, end)
    hi = hi_m.start() if hi_m else len(text)
    if _LIST_MARK not in text[lo:start] and _LIST_MARK not in text[end:hi]:
        return []
    before = text[lo:start].split(_LIST_MARK)[:-1]
    after = text[end:hi].split(_LIST_MARK)[1:]
    return [s for s in before + after if s]


def school_unit_item(item: str) -> bool:
    """Whether a list item ends as a faculty or a school's office does (某某学院, 某某系,
    某某处, 某某教学部): the list is of a school's units."""
    return item.endswith(("学院", "系", *_SCHOOL_OFFICE_ENDINGS))


def faculty_in_context(text: str, start: int, end: int) -> bool:
    """Whether the faculty name at ``start``–``end`` is shown as a unit of the school: its
    own party body follows it (国际学院2022级学生党支部, 某某系教工党支部), it is an
    item of a list beside another faculty or a school office (人事处、某某学院), or the
    writer's school comes right before it (我院某某系)."""
    if _OWN_PARTY_BODY.match(text, end):
        return True
    if text.endswith(_SCHOOL_SELF, 0, start):
        return True
    return any(school_unit_item(s) for s in list_siblings(text, start, end))


def bare_faculty_spans(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the faculties written bare by their field in ``text``
    (:func:`field_name`, :func:`opens_here`, :func:`faculty_in_context`)."""
    for m in _FACULTY.finditer(text):
        s, e = m.start(), m.end()
        if text.endswith(_NOT_FACULTY, s, e) or text.startswith("统", e):
            continue
        # the longest name that opens its clause and is a field: walk the start right
        # (日,政府管理学院; 我院|人文与社会科学系; 某某主任某某及|健康照护系)
        ending = 2 if text.endswith("学院", 0, e) else 1
        for k in range(s, e - ending - 1):
            if opens_here(text, k) is None or not field_name(text[k : e - ending]):
                continue
            if faculty_in_context(text, k, e):
                yield k, e
            break


def bare_faculties(text: str, decided: list[tuple[Mention, int]]) -> list[tuple[Mention, int]]:
    """``decided`` with each faculty written bare by its field (:func:`bare_faculty_spans`)
    as a school unit named as written; a generic mention inside it (a bare 学院) gives way,
    and a unit already found over it stays."""
    out = list(decided)
    for s, e in bare_faculty_spans(text):
        over = [(u, he) for u, he in out if u.start < e and s < u.end]
        if any(u.rule != "generic" for u, _ in over):
            continue
        party = _OWN_PARTY_BODY.match(text, e)
        end = party.end() if party else e
        unit = Mention(s, end, text[s:end], "Organization", text[s:e], "school", None, "org")
        out = [(u, he) for u, he in out if (u, he) not in over]
        out.append((unit, e))
    return out
