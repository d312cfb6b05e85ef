"""PAIRED_WITH: pairings between named units, read sentence by sentence.

A sentence states a pairing when it holds a pairing keyword (结对, 共建, 联建 …) and
named units in one of these shapes (units next to each other, 某镇某村, count as one: the
last of them):

* ``pair_conj``  — A 与/和/同 B (、C …) … keyword: A–B, A–C (coordination gives a star);
  a list on the left (A、B 分别同 C) pairs each with each;
* ``pair_parallel`` — A 与 B、C 与 D (分别) … keyword: A–B and C–D; A、B 分别与 C、D:
  A–C and B–D (lists of pairs, not a star);
* ``pair_is``    — A 是 B 结对共建的…: A–B;
* ``pair_list``  — A、B、C、D 举行/签订 … keyword: every pair (a multi-party signing);
* ``pair_again`` — 继/此前 与 B 共建, with no unit of its own on the left: the unit that
  pairs most in the article, with B (low confidence);
* ``pair_both``  — 双方 … keyword, where exactly two units were just written (before 双方
  in its sentence, else in the sentence before): those two.

Not a pairing: a visit, a lecture, joint attendance, a generic partner (结对单位,
各居民区), mere co-occurrence — none of these has both a keyword and the shapes above, and
a visit verb between the partners and the keyword cancels the reading.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ingest.extract.orgs import GENERIC_KIND
from ingest.extract.pair_structure import PLACE_COUNT
from ingest.extract.resolve import Resolution, UnitRef
from ingest.lexicon import load_lexicon, pair_structure_words
from ingest.model import Article, Entity, Evidence, Relation, Sentence
from ingest.segment import Tokens

_CONJ = "与和同跟及"
# Verbs that join two units as partners of one action (A联合B开展共建).
_CONJ_WORDS = ("联合", "携手", "会同")
# A time written between a unit and its conjunction (某街道自2019年起与…), or a
# duration (某村已连续三年与…, 多年来与…, 长期与…).
_TIME_GAP = re.compile(
    r"(?:自|从|于)?(?:(?:19|20)\d{2}|今|去|前)年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:起|以来|开始)?"
    r"|(?:连续|持续)?(?:[一二三四五六七八九十两\d]+|多)年(?:来|以来)?|常年|长期"
)
_LIST_SEP = "、，,"
_PUNCT = set("，,。；;：:！!？?）)（(\n")
_SIGN = ("举行", "签订", "签署", "签约", "开展", "共同签署", "正式签订", "联合签署", "达成")
_GENERIC_NEXT = ("各", "所属", "下属", "辖区", "等多", "多个", "全体")
_AGAIN = ("继", "此前", "曾", "先后", "早已", "已")
# After a list of units: "三家单位党组织还" then a signing verb.
_LIST_TAIL = re.compile(
    r"(?:[一二三四五六七八九十两\d]+(?:家|个|方)(?:单位)?)?(?:党组织|党支部)?"
    r"(?:还|也|已|共同|正式|联合|了)*(?P<verb>签订|签署|签约|举行|开展)"
)
# A negation between the partners and the keyword denies the pairing (没有结对关系).
_NEGATIONS = ("没有", "未曾", "并未", "尚未", "从未", "不是", "并非", "无结对")
_START_YEAR = re.compile(r"(?:从|自)((?:19|20)\d{2})年.{0,12}?(?:至今|以来)")
_YEAR = re.compile(r"((?:19|20)\d{2})年")

# The suffix of a frame's name when a word of cooperation between regions (对口支援,
# 东西部协作: ``cooperation`` in pairing_words.tsv) is its keyword: the frame reads the
# pair and its kind, the learned decision weighs it (it is no hand frame that keeps it).
COOPERATION = "_cooperation"

CONFIDENCE = {
    "pair_conj": 0.9,
    "pair_parallel": 0.85,
    "pair_is": 0.8,
    "pair_list": 0.8,
    "pair_again": 0.6,
    "pair_both": 0.7,
}


@dataclass(frozen=True, slots=True)
class _Run:
    """Units written next to each other (某区某街道某社区): the last one is meant."""

    start: int
    end: int
    entity: str


@cache
def pairing_word_pattern() -> re.Pattern[str]:
    """The pairing words of the lexicon as one pattern (compiled once)."""
    return re.compile("|".join(map(re.escape, load_lexicon().pairing_words)))


_GENERIC_LONGEST_FIRST = tuple(sorted(GENERIC_KIND, key=len, reverse=True))


def _runs(refs: Sequence[UnitRef], text: str) -> list[_Run]:
    out: list[_Run] = []
    for u in refs:
        if out and u.start <= out[-1].end and u.start >= out[-1].start:
            out[-1] = _Run(out[-1].start, max(u.end, out[-1].end), u.entity)
        else:
            out.append(_Run(u.start, u.end, u.entity))
    # a generic unit word right after a run belongs to it (某十村 + 社区)
    fixed = []
    for r in out:
        end = r.end
        for w in _GENERIC_LONGEST_FIRST:
            if text.startswith(w, end):
                end += len(w)
                break
        fixed.append(_Run(r.start, end, r.entity))
    return fixed


def _skip_gap(text: str, i: int, limit: int, listed: bool = False) -> int:
    """Skip member nouns and adverbs between a unit and its conjunction (学生, 分别) and,
    after a list of two or more (``listed``), the count of places closing it (甲、乙两镇与丙;
    after one unit, 某县9个乡镇 are that area's unnamed places)."""
    gap = load_lexicon().pair_gap_words
    j = i
    if listed and (m := PLACE_COUNT.match(text, j, limit)):
        j = m.end()
    while j < limit:
        m = _TIME_GAP.match(text, j, limit)
        if m and m.end() > j:
            j = m.end()
            continue
        for n in (4, 3, 2, 1):
            if text[j : j + n] in gap:
                j += n
                break
        else:
            break
    return j


def _closes_phrase(text: str, j: int, end: int, tokens: Tokens) -> bool:
    """After the last partner comes a verb, a boundary word or punctuation — not more
    noun phrase (与某镇各居民区党支部 is no named partner)."""
    if j >= end or text[j] in _PUNCT:
        return True
    if text.startswith(_GENERIC_NEXT, j):
        return False
    lex = load_lexicon()
    if any(text.startswith(w, j) for w in lex.pairing_words) or text.startswith(_SIGN, j):
        return True
    tok = tokens.starting_at(j)
    if tok is not None and (tok.text in lex.stop_words or tok.pos in ("v", "p", "d", "c", "uj")):
        return True
    return text[j] in "的在就为于等"


def _next_sentence(article: Article, text: str, sent: Sentence) -> str:
    nxt = next((s for s in article.sentences if s.start >= sent.end), None)
    return text[nxt.start : nxt.end] if nxt else ""


def first_plain_keyword(kws: Sequence[re.Match[str]]) -> list[re.Match[str]]:
    """``kws`` with the first pairing word that is no word of cooperation between regions
    put first (甲与乙签订对口合作暨结对共建协议: the frame is an ordinary one)."""
    coop = load_lexicon().cooperation_words
    plain = next((k for k in kws if k.group() not in coop), None)
    return [plain, *(k for k in kws if k is not plain)] if plain is not None else list(kws)


def frame_name(rule: str, kw: re.Match[str]) -> str:
    """The frame's name, marked :data:`COOPERATION` when its keyword is a word of
    cooperation between regions."""
    return rule + COOPERATION if kw.group() in load_lexicon().cooperation_words else rule


def pairing_kind(text: str, kw: re.Match[str]) -> str:
    """The pairing word as written: the longest compound around the keyword."""
    lex = load_lexicon()
    for k in lex.pairing_kinds:
        lo = max(0, kw.start() - len(k) + 1)
        i = text.find(k, lo, kw.end() + len(k))
        if i != -1 and i <= kw.start() and i + len(k) >= kw.end():
            return k
    return kw.group()


def pairing_since(article: Article, sentence: str, following: str) -> int | None:
    """The year a pairing started: a year in its sentence (2012年以来 … 签订), else a
    start year in the next sentence (从1998年开展至今), else the article's year when the
    signing is reported (签订, 今年)."""
    m = _YEAR.search(sentence)
    if m:
        return int(m.group(1))
    m = _START_YEAR.search(following)
    if m:
        return int(m.group(1))
    reported = ("签订", "签署", "签约", "今年")
    year = re.match(r"(?:19|20)\d{2}", article.date or "")
    if year and any(w in sentence or w in following for w in reported):
        return int(year.group())
    return None


# 该 + a unit word (该行, 该公司, 该村) refers back to the last unit of that kind written
# before it: the unit's name ends so, or the unit is of that type.
_ANAPHOR = re.compile(r"该(行|公司|集团|院|校|局|中心|村|社区|街道|镇|乡|支队|大队|矿)")
_ANAPHOR_ENDS = {
    "行": ("银行", "分行", "支行"),
    "公司": ("公司", "集团"),
    "集团": ("集团", "公司"),
    "院": ("院",),
    "校": ("学校", "中学", "小学", "大学", "学院", "党校"),
    "局": ("局",),
    "中心": ("中心",),
    "支队": ("支队",),
    "大队": ("大队",),
    "矿": ("矿", "煤业", "矿业"),
}
_ANAPHOR_TYPES = {
    "村": "Village",
    "社区": "ResidentsCommittee",
    "街道": "Region",
    "镇": "Region",
    "乡": "Region",
}
_ANAPHOR_REACH = 200  # characters back to the unit meant


def _fits_anaphor(word: str, ent: Entity) -> bool:
    """The unit ``ent`` is of the kind 该 + ``word`` names (its type, or its name's end)."""
    kind = _ANAPHOR_TYPES.get(word)
    ends = _ANAPHOR_ENDS.get(word, ())
    return bool(kind and ent.type == kind) or bool(
        ends and ent.type == "Organization" and ent.name.endswith(ends)
    )


def anaphors(text: str, res: Resolution) -> list[UnitRef]:
    """该行, 该公司 …: a reference to the last unit of that kind before it, within a
    few sentences (某银行党委书记带队。该行与某村签订共建协议); with none of that kind
    so near, the story's unit of that kind mentioned most before it (:func:`far_antecedent`,
    rule ``anaphor_far``)."""
    out: list[UnitRef] = []
    for m in _ANAPHOR.finditer(text):
        if text.startswith(("该行为", "该行动"), m.start()):
            continue  # 行为, 行动: words, not the bank
        word = m.group(1)
        before = [u for u in res.units if u.end <= m.start() and u.rule != "generic"]
        near = next(
            (
                u
                for u in reversed(before)
                if m.start() - u.end <= _ANAPHOR_REACH and _fits_anaphor(word, res.entity(u.entity))
            ),
            None,
        )
        if near is not None:
            out.append(UnitRef(m.start(), m.end(), m.end(), near.entity, "anaphor"))
            continue
        far = far_antecedent(word, before, res)
        if far is not None:
            out.append(UnitRef(m.start(), m.end(), m.end(), far, "anaphor_far"))
    return out


def far_antecedent(word: str, before: Sequence[UnitRef], res: Resolution) -> str | None:
    """The unit 该 + ``word`` means when no unit of its kind stands within reach: the
    one of that kind the story names most before it (the page's own unit, named a
    paragraph or more earlier: 某县人民检察院……。……该院党支部与某村结对), the last
    written on ties; None if the story names none of that kind before it."""
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    for u in before:
        if _fits_anaphor(word, res.entity(u.entity)):
            counts[u.entity] = counts.get(u.entity, 0) + 1
            last[u.entity] = u.start
    if not counts:
        return None
    return max(counts, key=lambda e: (counts[e], last[e]))


_BOTH = re.compile(r"双方")
_BOTH_REACH = 25  # characters from 双方 to its pairing keyword


def _both_sides(
    text: str,
    sent: Sentence,
    before: Sentence | None,
    kws: list[re.Match[str]],
    res: Resolution,
) -> tuple[str, str, re.Match[str]] | None:
    """pair_both: 双方 … keyword, where 双方 means the two units just written — before it
    in its sentence, else in the sentence before (某银行党委书记来到某村。双方签订结对共建
    协议). Exactly two units must be in view, and not two areas only."""
    m = _BOTH.search(text, sent.start, sent.end)
    if m is None:
        return None
    lex = load_lexicon()
    kw = next((k for k in kws if m.end() <= k.start() <= m.end() + _BOTH_REACH), None)
    if kw is None:
        return None
    gap = text[m.end() : kw.start()]
    if any(v in gap for v in lex.visit_words) or any(n in gap for n in _NEGATIONS):
        return None
    span = (sent.start, m.start())
    if not any(span[0] <= u.start and u.end <= span[1] for u in res.units) and before:
        span = (before.start, before.end)
    refs = [u for u in res.units if span[0] <= u.start and u.end <= span[1]]
    ents = list(dict.fromkeys(r.entity for r in _runs(refs, text)))
    if len(ents) != 2:
        return None
    if all(res.entity(e).type == "Region" for e in ents):
        return None
    return ents[0], ents[1], kw


def names_their_partner(text: str, gap: str, kw: re.Match[str]) -> bool:
    """The pairing word after the units names the partner they share (甲村和乙村的对口帮扶
    单位; 甲村和乙村以及各自结对帮扶企业): ``gap`` (units to keyword) makes it theirs and a
    partner noun follows the word as written (``partner_nouns`` of
    ``pair_structure_words.tsv``) — each has that partner, they are not each other's."""
    words = pair_structure_words()
    if not any(w in gap for w in words["partner_owners"]):
        return False
    kind = pairing_kind(text, kw)
    end = text.find(kind, max(0, kw.start() - len(kind))) + len(kind)
    return text.startswith(words["partner_nouns"], max(end, kw.end()))


def keyword_has_own_object(kw_end: int, a_start: int, refs: Sequence[UnitRef]) -> bool:
    """A unit stands between a pairing word and the pair after it (对口支援某县的是甲和乙):
    that unit is the word's object and the pair its co-subjects, each paired with it, not
    with each other."""
    return any(kw_end <= u.start and u.end <= a_start for u in refs)


_OWN_SIGNING = re.compile(r"签订|签署|签约|达成")
_CLAUSE_MARK = re.compile(r"[，,；;]")


def keyword_of_another_act(text: str, lo: int, kw_start: int, refs: Sequence[UnitRef]) -> bool:
    """Between the pair (ending at ``lo``) and the pairing word, the pair's own clause
    signs something (甲与乙签订了购销合作框架协议，丙与丁签署了结对协议): the agreement named
    there is theirs, and a unit opening a later clause is the subject of the act the
    pairing word belongs to — not the pair's."""
    sign = _OWN_SIGNING.search(text, lo, kw_start)
    if sign is None:
        return False
    mark = _CLAUSE_MARK.search(text, sign.end(), kw_start)
    return mark is not None and any(mark.end() <= u.start < kw_start for u in refs)


def deal_of_their_own(
    text: str, lo: int, kw_start: int, refs: Sequence[UnitRef], types: Sequence[str]
) -> bool:
    """Organizations only, whose own clause signs an agreement with no pairing word and
    whose pairing word belongs to a later act of other units (甲公司与乙公司签订了购销合作框架
    协议，丙街道与丁镇签署了结对帮扶协议: :func:`keyword_of_another_act`): a deal, which
    GOLD_FORMAT does not count. Regions keep the reading — their framework agreement
    (甲市、乙州签署扶贫协作框架协议，由甲市某区对口支援…) is their cooperation."""
    return all(t == "Organization" for t in types) and keyword_of_another_act(
        text, lo, kw_start, refs
    )


def goes_together_to(text: str, lo: int, kw_start: int, refs: Sequence[UnitRef]) -> bool:
    """Between the pair (ending at ``lo``) and the pairing word, a verb of going
    (``going_verbs`` of ``pair_structure_words.tsv``) with a unit right after it (甲和乙的
    党员走进丙开展结对帮扶): the two go together to the third unit to carry out the
    pairing — each is the third unit's partner, they are not each other's (GOLD_NOTES
    x811–x840 rule 4)."""
    starts = {u.start for u in refs if u.start < kw_start}
    for verb in pair_structure_words()["going_verbs"]:
        i = text.find(verb, lo, kw_start)
        while i != -1:
            if i + len(verb) in starts:
                return True
            i = text.find(verb, i + 1, kw_start)
    return False


def one_list_after_conjunction(text: str, list_start: int, listed: int, conj: int) -> bool:
    """A list of two or more units (``listed``, from ``list_start``) that a conjunction
    stands right before, closed by 和/及 at ``conj`` (某校还与甲镇、乙村和丙村开展共建): the
    last unit is the list's last member, all of them partners of the unit before the
    first conjunction — the list is not paired with its own last member."""
    return (
        listed >= 2
        and list_start > 0
        and text[list_start - 1] in _CONJ
        and conj < len(text)
        and text[conj] in "和及"
    )


def find_pairings(article: Article, text: str, tokens: Tokens, res: Resolution) -> list[Relation]:
    """PAIRED_WITH relations stated in ``article`` (``text`` is its simplified twin)."""
    lex = load_lexicon()
    tok_at = tokens
    found: dict[frozenset[str], Relation] = {}
    again: list[tuple[Sentence, str, str, re.Match[str]]] = []

    def emit(a: str, b: str, rule: str, sent: Sentence, kw: re.Match[str]) -> None:
        if a == b:
            return
        key = frozenset((a, b))
        if key in found and found[key].confidence >= CONFIDENCE[rule]:
            return
        s_text = text[sent.start : sent.end]
        found[key] = Relation(
            type="PAIRED_WITH",
            source=a,
            target=b,
            rule=frame_name(rule, kw),
            confidence=CONFIDENCE[rule],
            kind=pairing_kind(text, kw),
            since=pairing_since(article, s_text, _next_sentence(article, text, sent)),
            evidence=Evidence(
                article.text[sent.start : sent.end],
                article.source_offset(sent.start),
                article.source_offset(sent.end - 1) + 1,
            ),
        )

    refs_back = anaphors(text, res)
    both: list[tuple[Sentence, str, str, re.Match[str]]] = []
    prev: Sentence | None = None
    for sent in article.sentences:
        before, prev = prev, sent
        kws = list(pairing_word_pattern().finditer(text, sent.start, sent.end))
        if not kws:
            continue
        pair = _both_sides(text, sent, before, kws, res)
        if pair is not None:
            both.append((sent, *pair))
        refs = [u for u in res.units if sent.start <= u.start and u.end <= sent.end]
        here = [u for u in refs_back if sent.start <= u.start and u.end <= sent.end]
        if here:
            refs = sorted(refs + here, key=lambda u: (u.start, u.end))
        runs = _runs(refs, text)
        if not runs:
            continue

        def keyword_after(i: int, kws: list[re.Match[str]] = kws) -> re.Match[str] | None:
            """The first keyword after ``i`` (a pairing word after a word of cooperation
            between regions, when the sentence has one), None if a visit, a negation or
            a shared partner stands between."""
            for kw in first_plain_keyword([k for k in kws if k.start() >= i]):
                gap = text[i : kw.start()]
                visit = any(v in gap for v in lex.visit_words)
                negated = any(n in gap for n in _NEGATIONS)
                shared = names_their_partner(text, gap, kw)
                return None if visit or negated or shared else kw
            return None

        def keyword_before(
            a_start: int,
            b_end: int,
            kws: list[re.Match[str]] = kws,
            refs: list[UnitRef] = refs,
        ) -> re.Match[str] | None:
            """结对活动是A与B…: a keyword before A counts when a copula links it to the
            pair, or when the pair then signs (签订, 签署)."""
            before = [kw for kw in kws if kw.end() <= a_start]
            if not before:
                return None
            kw = before[-1]
            between = text[kw.end() : a_start]
            if keyword_has_own_object(kw.end(), a_start, refs):
                return None
            if any(v in text[kw.end() : b_end] for v in lex.visit_words):
                return None
            if "是" in between or "为" in between or text.startswith(("签订", "签署"), b_end):
                return kw
            return None

        def conj_at(j: int, sent: Sentence = sent) -> int:
            """The end of a conjunction written at ``j`` (与, 和, 联合 …), else -1."""
            word = next((w for w in _CONJ_WORDS if text.startswith(w, j)), "")
            if word:
                return j + len(word)
            if j < sent.end and text[j] in _CONJ:  # jieba's word only then: it segments
                tok = tok_at.starting_at(j)
                if tok is None or len(tok.text) == 1:
                    return j + 1
            return -1

        def parallel(k: int, sent: Sentence = sent, runs: list[_Run] = runs) -> int:
            """pair_parallel: A与B、C与D (分别) … keyword gives A–B and C–D, not a star
            from A. Emits the pairs and returns the index of the run after them, or
            returns ``k`` when the sentence has no such list at ``k``."""
            pairs: list[tuple[_Run, _Run]] = []
            n = k
            while n + 1 < len(runs):
                c = conj_at(_skip_gap(text, runs[n].end, sent.end))
                if c < 0 or runs[n + 1].start != c:
                    break
                pairs.append((runs[n], runs[n + 1]))
                n += 2
                p = runs[n - 1].end
                if not (
                    n < len(runs) and p < sent.end and text[p] in "、，," and runs[n].start == p + 1
                ):
                    break
            if len(pairs) < 2:
                return k
            p_end = _skip_gap(text, pairs[-1][1].end, sent.end)
            kw = keyword_after(p_end) if _closes_phrase(text, p_end, sent.end, tok_at) else None
            if kw is None:
                return k
            for a, b in pairs:
                emit(a.entity, b.entity, "pair_parallel", sent, kw)
            return k + 2 * len(pairs)

        def respectively(left: list[_Run], right: list[_Run], conj: int) -> bool:
            """A、B 分别与 C、D: two lists of equal length joined by 分别 pair in order."""
            return len(left) == len(right) >= 2 and "分别" in text[left[-1].end : conj]

        # pair_conj: A (、A2) 与 B (、C …)
        k = 0
        while k < len(runs):
            after = parallel(k)
            if after != k:
                k = after
                continue
            left = [runs[k]]
            while (
                k + 1 < len(runs)
                and runs[k + 1].start - left[-1].end == 1
                and text[left[-1].end] in "、"
            ):
                k += 1
                left.append(runs[k])
            j = _skip_gap(text, left[-1].end, sent.end, listed=len(left) > 1)
            conj_word = next((w for w in _CONJ_WORDS if text.startswith(w, j)), "")
            conj_ok = j < sent.end and (text[j] in _CONJ or bool(conj_word))
            if conj_ok and not conj_word:
                conj_ok = not one_list_after_conjunction(text, left[0].start, len(left), j)
            # jieba's word at j only where a connective is written: reading it segments
            if conj_ok and (
                conj_word
                or (tok := tok_at.starting_at(j)) is None
                or len(tok.text) == 1
                or tok.text in ("分别", "同时")
            ):
                b_runs: list[_Run] = []
                p = j + (len(conj_word) or 1)
                if text.startswith("中共", p):
                    p += 2  # 与中共某某委员会: the party committee of a unit
                n = k + 1
                while n < len(runs) and runs[n].start == p:
                    b_runs.append(runs[n])
                    p = runs[n].end
                    if (
                        p < sent.end
                        and text[p] in "、和及"
                        and n + 1 < len(runs)
                        and runs[n + 1].start == p + 1
                    ):
                        p += 1
                        n += 1
                        continue
                    break
                # 与某居民区独居老人: members of B; 与甲、乙两镇: a count closing B's list
                p_end = _skip_gap(text, p, sent.end, listed=len(b_runs) > 1)
                if b_runs and _closes_phrase(text, p_end, sent.end, tok_at):
                    kw = keyword_after(p_end)
                    if kw is not None and deal_of_their_own(
                        text,
                        p_end,
                        kw.start(),
                        refs,
                        [res.entity(r.entity).type for r in left + b_runs],
                    ):
                        kw = None
                    kw = kw or keyword_before(left[0].start, p_end)
                    if kw is not None and goes_together_to(text, p_end, kw.start(), refs):
                        kw = None
                    if kw is not None and respectively(left, b_runs, j):
                        # A、B 分别与 C、D: each with its counterpart
                        for a, b in zip(left, b_runs, strict=True):
                            emit(a.entity, b.entity, "pair_parallel", sent, kw)
                    elif kw is not None:
                        for a in left:
                            for b in b_runs:
                                emit(a.entity, b.entity, "pair_conj", sent, kw)
                    k = n
            elif (
                j < sent.end
                and text[j] == "是"
                and k + 1 < len(runs)
                and runs[k + 1].start == j + 1
            ):
                # pair_is: A 是 B 结对共建的…
                b = runs[k + 1]
                kw = keyword_after(b.end)
                if kw is not None and kw.start() - b.end <= 2:
                    emit(left[-1].entity, b.entity, "pair_is", sent, kw)
            preceded = left[0].start > sent.start and text[left[0].start - 1] in _CONJ
            if len(left) >= 2 and not preceded:
                # pair_list: A、B、C (三家单位党组织) 举行/签订 … keyword
                j = left[-1].end
                m = _LIST_TAIL.match(text, j, sent.end)
                verb = m.group("verb") if m else ""
                if m and (len(left) >= 3 or verb.startswith("签")):
                    kw = keyword_after(j)
                    if kw is not None:
                        for x in range(len(left)):
                            for y in range(x + 1, len(left)):
                                emit(left[x].entity, left[y].entity, "pair_list", sent, kw)
            k += 1

        # pair_again: 继与B建立共建 — no unit of its own on the left
        for conj in re.finditer(f"(?:{'|'.join(_AGAIN)})[{_CONJ}]", text[sent.start : sent.end]):
            p = sent.start + conj.end()
            c0 = sent.start + conj.start()
            if any(r.end <= c0 and _skip_gap(text, r.end, c0) == c0 for r in runs):
                continue  # 某村已与B…: the left partner is written
            partner = next((r for r in runs if r.start == p), None)
            if partner is not None and _closes_phrase(text, partner.end, sent.end, tok_at):
                kw = keyword_after(partner.end)
                if kw is not None:
                    again.append((sent, partner.entity, "", kw))

    for sent, first, second, kw in both:
        if frozenset((first, second)) not in found:
            emit(first, second, "pair_both", sent, kw)
    if again and found:
        counts = Counter(e for r in found.values() for e in (r.source, r.target))
        hub = counts.most_common(1)[0][0]
        for sent, other, _, kw in again:
            emit(hub, other, "pair_again", sent, kw)
    return list(found.values())
