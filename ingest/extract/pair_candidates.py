"""PAIRED_WITH candidates: every unit pair a sentence could state as partners.

Find, then decide (STYLE): this module only *finds* — with high recall — the pairs of
units that a pairing could join, and describes each occurrence with features
(:mod:`ingest.extract.pair_features`); :mod:`ingest.extract.pair_model` decides.

A candidate is an unordered pair of distinct unit entities of one story that

* stand in one sentence that holds a pairing cue (``lexicons/pair_cues.tsv``, or a
  candidate-only cue of ``lexicons/pair_candidate_cues.tsv``: :func:`opens_candidates`), or in
  a sentence followed by one that says 双方/两家 … with a cue, or by one that opens by
  summing it up (这是/这些 … with a cue: window ``this``);
* stand in two neighbouring sentences, one of which holds a cue (某行党委来到某村。双方签订
  共建协议);
* are the story's *topic unit* (the unit its headline or its first sentence names, or
  我县/我镇/本村 …) and a unit of a sentence with a cue, even where the topic unit is
  not written in that sentence (与甲、乙、丙党建联建 on a page about one unit);
* are a unit and the place its team is stationed in (甲驻乙村工作队, 由甲…组成的扶贫
  工作队进驻乙村: window ``stationed``), the place also where it is written only inside
  the team's name or a title, a pairing cue in the sentence or not.

Each pair is one candidate per story with all its occurrences, so one decision covers
the pair (the model scores each occurrence and pools the scores; the vetoes read the
occurrences' features merged: a feature present in any occurrence is present).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from ingest.extract.resolve import Resolution, UnitRef
from ingest.lexicon import load_lexicon, pair_structure_words
from ingest.model import UNIT_TYPES, Article, Sentence
from ingest.read.simplify import to_simplified

# 我县, 本村, 我校 …: the writer's own unit, i.e. the story's topic unit of that kind.
_SELF = re.compile(
    r"(?:我|本)(县|区|市|镇|乡|街道|村|社区|校|院|行|局|委|厅|办|公司|集团|所|站|馆|中心)"
)
_SELF_TYPES = {
    "县": "Region",
    "区": "Region",
    "市": "Region",
    "镇": "Region",
    "乡": "Region",
    "街道": "Region",
    "村": "Village",
    "社区": "ResidentsCommittee",
}


_BACK_REFERENCE = re.compile(r"双方|两家|两地|三方|几家|彼此")

# 这是/这些/此举 … opening a sentence: it sums up what the sentence before said
# (某企业……帮着某村……。这是支部结对共建结出的成果; ……投资在某村修建……。这些联点帮扶单位……)
_SUMS_UP = re.compile(r"[\s“\"]*(?:这|此举|此次|此项|以上|上述)")


def sums_up_before(text: str, s: Sentence, has_cue: bool) -> bool:
    """``s`` opens with a word that sums up the sentence before it (这是, 这些, 此举,
    上述 …) and holds a pairing cue: the units of the sentence before are the ones its
    cue is about (window ``this``; the model reads its occurrences apart)."""
    return has_cue and _SUMS_UP.match(text, s.start, s.end) is not None


@dataclass(frozen=True, slots=True)
class Occurrence:
    """Two unit mentions (``a`` written first) in the text around a pairing cue."""

    a: UnitRef
    b: UnitRef
    window: str  # same | near | this | stationed | table | row | adjacent | topic
    sentence: Sentence  # the sentence of ``b`` (the evidence)
    span: tuple[int, int]  # the text the occurrence covers: both sentences


@dataclass(frozen=True)
class PairCandidate:
    """One unordered unit pair of a story, with all the places it occurs."""

    a: str  # entity id, the one written first
    b: str
    occurrences: tuple[Occurrence, ...]


@cache
def _cue_pattern() -> re.Pattern[str]:
    cues = sorted(load_lexicon().pair_cues, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, cues)))


def cue_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_cue_pattern().finditer(text, start, end))


@cache
def _candidate_cue_pattern() -> re.Pattern[str]:
    words = sorted(load_lexicon().pair_candidate_cues, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def candidate_cue_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The candidate-only cues of ``[start, end)`` (``lexicons/pair_candidate_cues.tsv``:
    援藏, 包扶, 缔结, 报到 …): words a page writes for a pairing, too loose for a hand frame
    to read; only :func:`opens_candidates` and the learned decision's ``weak_cue``
    features see them (pairs73)."""
    return list(_candidate_cue_pattern().finditer(text, start, end))


def opens_candidates(text: str, start: int, end: int) -> bool:
    """The sentence ``[start, end)`` holds a pairing cue (``pair_cues.tsv``) or a
    candidate-only cue (``pair_candidate_cues.tsv``): every two of its units are a
    candidate (window ``same``). A candidate-only cue opens no other window — not the
    next sentence's units, nor the page's own unit, nor a table: opening those too
    kept fewer gold pairings by 5-fold CV (topic window: 1,687 / 445 → 1,680 / 441;
    pairs73)."""
    return _cue_pattern().search(text, start, end) is not None or has_candidate_cue(
        text, start, end
    )


def has_candidate_cue(text: str, start: int, end: int) -> bool:
    """``[start, end)`` holds a candidate-only cue (``pair_candidate_cues.tsv``)."""
    return _candidate_cue_pattern().search(text, start, end) is not None


def headline_end(article: Article, text: str, prefix: int | None = None) -> int:
    """The end of the story's headline in ``text`` (its simplified twin), 0 when the
    story has no headline or does not open with it (with ``prefix``: with its first
    ``prefix`` characters). The headline is kept as written, so on a traditional-script
    page it is compared in simplified script: compared as written it never matched
    there, and the page lost its headline's unit and every headline feature."""
    if not article.title:
        return 0
    title = to_simplified(article.title)
    return len(title) if text.startswith(title[:prefix] if prefix else title) else 0


def reporting_outlets_aside(units: list[UnitRef], res: Resolution) -> list[UnitRef]:
    """The units a page could be about, less the news outlets that report it (subtype
    ``media``: 本文转自:人民网, 东南网讯, 中国台湾网…消息 opening the page) — unless the page
    names no other unit. The outlet named first is the page's source, not its topic:
    read as the topic it took every cue sentence's units as partners, and the unit the
    page is about (樊城区台办…与杨湖社区…结对帮扶) lost its implied side (pairs72: the topic
    of 11 of x1561–x1810)."""
    kept = [u for u in units if res.entity(u.entity).subtype != "media"]
    return kept or units


def topic_unit(article: Article, text: str, res: Resolution) -> str | None:
    """The unit a story is about: the first unit of its headline, else of its first
    sentence that names one, else the unit mentioned most (first written on ties)."""
    units = reporting_outlets_aside(
        [u for u in res.units if res.entity(u.entity).type in UNIT_TYPES], res
    )
    if not units:
        return None
    t_end = headline_end(article, text, 4)
    in_title = [u for u in units if u.end <= t_end]
    if in_title:
        return in_title[0].entity
    counts: dict[str, int] = {}
    for u in units:
        counts[u.entity] = counts.get(u.entity, 0) + 1
    first_sentence = next(
        (s for s in article.sentences if any(s.start <= u.start < s.end for u in units)), None
    )
    best = max(counts.values())
    if first_sentence is not None:
        opening = [u.entity for u in units if first_sentence.start <= u.start < first_sentence.end]
        # the opening unit wins unless another is mentioned clearly more often
        top = max(opening, key=lambda e: counts[e])
        if counts[top] * 2 >= best:
            return top
    return max(counts, key=lambda e: (counts[e], -min(u.start for u in units if u.entity == e)))


def self_unit(word: str, res: Resolution, topic: str | None) -> str | None:
    """The unit an organisation's word for itself (我校, 本院, 我局) means: the unit of the
    page whose name ends as the word says (校 → …学校 / …大学, ``self_fits:`` rows of
    ``pair_structure_words.tsv``), the topic unit if it is one of them, else the one
    mentioned most (first written on ties); None if no unit fits."""
    endings = pair_structure_words().get(f"self_fits:{word}", (word,))
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for u in res.units:
        e = res.entity(u.entity)
        if e.type == "Organization" and u.rule != "generic" and e.name.endswith(endings):
            counts[e.id] = counts.get(e.id, 0) + 1
            first.setdefault(e.id, u.start)
    if topic in counts:
        return topic
    if counts:
        return max(counts, key=lambda e: (counts[e], -first[e]))
    return None


def page_self_unit(text: str, res: Resolution, topic: str | None) -> str | None:
    """The unit the page's writer is, when it calls itself by an organisation's word
    (我院与某社区签订…, the hospital named once at the foot of the page): the unit its
    self-words fit most often (:func:`self_unit`), else None."""
    counts: dict[str, int] = {}
    for m in _SELF.finditer(text):
        if m.group(1) not in _SELF_TYPES:
            unit = self_unit(m.group(1), res, topic)
            if unit is not None:
                counts[unit] = counts.get(unit, 0) + 1
    return max(counts, key=lambda e: counts[e]) if counts else None


def self_references(text: str, res: Resolution, topic: str | None) -> list[UnitRef]:
    """我县, 本村 …: the topic unit when its type fits the word (another place of its
    type where the sentence names the topic unit too: :func:`writer_place`); 我校, 我院, 我行 …: the
    unit whose name fits the word (:func:`self_unit`)."""
    if topic is None:
        return []
    kind = res.entity(topic).type
    out = []
    for m in _SELF.finditer(text):
        want = _SELF_TYPES.get(m.group(1))
        if want is None:
            unit = self_unit(m.group(1), res, topic)
            if unit is None and kind == "Organization":
                unit = topic
            if unit is not None:
                out.append(UnitRef(m.start(), m.end(), m.end(), unit, "self"))
            continue
        if want != kind:
            continue
        unit = writer_place(m, text, res, topic)
        if unit is not None:
            out.append(UnitRef(m.start(), m.end(), m.end(), unit, "self"))
    return out


# 医院党委与某社区…: a kind word (``bare_kinds``) opening a clause, written straight before
# its party body (a department between: 医院行政党支部)
@cache
def _bare_kind() -> re.Pattern[str]:
    words = sorted(pair_structure_words()["bare_kinds"], key=len, reverse=True)
    endings = sorted(pair_structure_words()["party_endings"], key=len, reverse=True)
    return re.compile(
        r"(?:^|(?<=[，,。；;：:！!？?\n]))(" + "|".join(map(re.escape, words)) + r")"
        r"[^，,。；;：:！!？?\n、与和]{0,4}?(?:" + "|".join(map(re.escape, endings)) + ")"
    )


def kind_references(text: str, res: Resolution) -> list[UnitRef]:
    """医院党委, 公司党支部 … opening a clause: the page's own unit of that kind, written by
    its kind word alone (a hospital's page: 医院行政党支部与某社区党支部结对共建) — the
    last unit before it whose name ends as the word says (``kind_fits:`` rows), else the
    first after it; none if no unit fits."""
    out: list[UnitRef] = []
    units = [
        u for u in res.units if u.rule != "generic" and res.entity(u.entity).type == "Organization"
    ]
    for m in _bare_kind().finditer(text):
        word = m.group(1)
        ends = pair_structure_words().get(f"kind_fits:{word}", (word,))
        fits = [u for u in units if res.entity(u.entity).name.endswith(ends)]
        if any(u.start <= m.start() < u.end for u in res.units):
            continue  # inside a unit's own name
        before = [u for u in fits if u.end <= m.start()]
        after = [u for u in fits if u.start >= m.end()]
        unit = before[-1] if before else after[0] if after else None
        if unit is not None:
            out.append(UnitRef(m.start(), m.end(1), m.end(), unit.entity, "self"))
    return out


_SENTENCE_END = re.compile(r"[。！？!?\n]")


def writer_place(word: re.Match[str], text: str, res: Resolution, topic: str) -> str | None:
    """The place 我县/本镇 … (``word``, a match of ``_SELF``) means: the topic unit —
    unless its own sentence also names the topic unit (某县县长带队到我县: the writer is
    the host, not the visitor), then the other unit of the same type whose name ends as
    the word says (县), the one mentioned most (first written on ties), else none."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, word.start())), default=0)
    hi_m = _SENTENCE_END.search(text, word.end())
    hi = hi_m.start() if hi_m else len(text)
    if not any(u.entity == topic and lo <= u.start < hi for u in res.units):
        return topic
    kind, ending = res.entity(topic).type, word.group(1)
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for u in res.units:
        e = res.entity(u.entity)
        if e.id != topic and e.type == kind and e.name.endswith(ending):
            counts[e.id] = counts.get(e.id, 0) + 1
            first.setdefault(e.id, u.start)
    if not counts:
        return None
    return max(counts, key=lambda e: (counts[e], -first[e]))


def _unit_refs(text: str, res: Resolution, extra: Sequence[UnitRef]) -> list[UnitRef]:
    refs = [u for u in res.units if res.entity(u.entity).type in UNIT_TYPES and u.rule != "generic"]
    return sorted([*refs, *lone_generic_refs(res), *extra], key=lambda u: (u.start, u.end))


def lone_generic_refs(res: Resolution) -> list[UnitRef]:
    """The mentions of a unit the story only ever writes by a generic form (教育学院 on
    a college's page that never writes the university before it): a generic word
    (学院, 公司) usually refers back to a unit named in full, and then only that name
    joins a candidate; a unit with no such name would join none."""
    named = {u.entity for u in res.units if u.rule != "generic"}
    return [
        u
        for u in res.units
        if u.rule == "generic" and u.entity not in named and res.entity(u.entity).type in UNIT_TYPES
    ]


def _in(s: Sentence, refs: Sequence[UnitRef]) -> list[UnitRef]:
    return [u for u in refs if s.start <= u.start and u.end <= s.end]


def _is_row(text: str, here: Sequence[UnitRef]) -> bool:
    """A table row: its first unit followed by a colon, and more units after it."""
    return len(here) > 1 and text[here[0].end : here[0].end + 1] in (":", "：")


# a pairing word that names a relation between places or units (not 签约, 仪式 …)
_HEADING_CUE = re.compile(r"对口|结对|帮扶|支援|协作|共建|联建")


def _pairing_heading(text: str, s: Sentence) -> bool:
    """A sentence that can head a table of pairings: it holds a pairing word."""
    return _HEADING_CUE.search(text, s.start, s.end) is not None


def _table_line(text: str, s: Sentence) -> bool:
    """A line a table of rows may hold between its rows: a column heading (甲地:乙地), a
    note in brackets ((某地区)), or a row."""
    line = text[s.start : s.end].strip()
    return bool(line) and (line[0] in "(（" or ":" in line or "：" in line)


# 驻 and the place a unit's team stays in (甲驻乙村工作队; 工作队进驻乙村)
_STATIONED = re.compile(r"(?:进驻|入驻|驻)")
_CLAUSE_MARK = re.compile(r"[，,；;：:。！？!?\n]")


@cache
def _stationed_words() -> tuple[str, ...]:
    return pair_structure_words()["stationed_teams"]


def stationed_pairs(
    text: str, s: Sentence, refs: Sequence[UnitRef], res: Resolution
) -> Iterator[tuple[UnitRef, UnitRef]]:
    """A unit and the place its team is stationed in (GOLD_NOTES: 驻村帮扶 of a named unit
    with a named village is a pairing; 某单位驻某村工作队 is the unit's own team): 驻 (进驻,
    入驻) right before the place — the last of a chain of places, 某县某镇某村 — with a team
    or help word (``stationed_teams``: 工作队, 帮扶 …) in the clause, each organisation
    written before 驻 in the clause with the place (甲、乙驻某村新农村工作队; 由甲干部组成的
    扶贫工作队进驻乙村). The place is often written only inside the team's name or a title
    (新化县税务局驻紫鹊界村工作队队长), where no unit mention stands: then it is read by the
    names of the story's places. A 第一书记 sent alone (派驻某村第一书记) is no such team;
    teams that 分别 move into a list of villages (甲、乙…分别进驻丙村、丁村) are each in its
    own village, not all in the first."""
    places: list[tuple[str, str]] | None = None  # read when a sentence needs them
    starts = {u.start: u for u in refs}
    for m in _STATIONED.finditer(text, s.start, s.end):
        lo = max(
            (c.end() for c in _CLAUSE_MARK.finditer(text, s.start, m.start())), default=s.start
        )
        hi_m = _CLAUSE_MARK.search(text, m.end(), s.end)
        hi = hi_m.start() if hi_m else s.end
        if not any(w in text[lo:hi] for w in _stationed_words()):
            continue
        if "分别" in text[lo : m.start()]:
            continue  # 甲、乙…分别进驻丙村、丁村: each its own village, not all the first
        places = _place_names(res) if places is None else places
        place = _place_chain(text, m.end(), hi, starts, places, res)
        if place is None:
            continue
        for u in refs:
            if (
                lo <= u.start
                and u.end <= m.start()
                and u.entity != place.entity
                and res.entity(u.entity).type == "Organization"
            ):
                yield u, place


def _place_names(res: Resolution) -> list[tuple[str, str]]:
    """The names (and aliases) of the story's places, longest first: ``(name, entity)``."""
    out = []
    for e in res.entities:
        if e.type in ("Village", "ResidentsCommittee", "Region"):
            for name in {e.name, *e.aliases}:
                if len(name) >= 2:
                    out.append((name, e.id))
    return sorted(out, key=lambda p: -len(p[0]))


def _place_chain(
    text: str,
    at: int,
    hi: int,
    starts: dict[int, UnitRef],
    places: Sequence[tuple[str, str]],
    res: Resolution,
) -> UnitRef | None:
    """The last place of the chain of places written from ``at`` (某县某镇某村 → 某村): a
    unit mention of a place, or a story place's name written there."""
    last = None
    while at < hi:
        ref = starts.get(at)
        if ref is not None and res.entity(ref.entity).type != "Organization":
            last, at = ref, ref.end
            continue
        named = next(
            ((n, e) for n, e in places if text.startswith(n, at) and at + len(n) <= hi), None
        )
        if named is None:
            break
        last = UnitRef(at, at + len(named[0]), at + len(named[0]), named[1], "stationed")
        at = last.end
    return last


def _occurrences(
    article: Article, text: str, refs: Sequence[UnitRef], topic: str | None, res: Resolution
) -> Iterator[Occurrence]:
    sents = [s for s in article.sentences if s.end > s.start]
    has_cue = [bool(cue_matches(text, s.start, s.end)) for s in sents]
    # a candidate-only cue opens its own sentence's pairs only (window same); the cue
    # search above is not run again (opens_candidates, per sentence)
    own = [
        c or has_candidate_cue(text, s.start, s.end) for c, s in zip(has_cue, sents, strict=True)
    ]
    topic_ref = next((u for u in refs if u.entity == topic), None)
    table = False  # inside a table under a pairing heading (see _table_line)
    for i, s in enumerate(sents):
        here = _in(s, refs)
        for a, b in stationed_pairs(text, s, refs, res):
            yield Occurrence(a, b, "stationed", s, (s.start, s.end))
        is_row = _is_row(text, here)
        in_table = table and (is_row or _table_line(text, s))  # a row or line of an open table
        table = in_table or (has_cue[i] and _pairing_heading(text, s))
        # a sentence whose next one says 双方/两家 … and a pairing word about them
        refers_back = (
            i + 1 < len(sents)
            and has_cue[i + 1]
            and _BACK_REFERENCE.search(text, sents[i + 1].start, sents[i + 1].end) is not None
        )
        # a sentence whose next one sums it up with a pairing word (这是…结对共建)
        summed_up = (
            not has_cue[i]
            and not refers_back
            and i + 1 < len(sents)
            and sums_up_before(text, sents[i + 1], has_cue[i + 1])
        )
        if own[i] or refers_back or summed_up:
            window = "same" if own[i] else "near" if refers_back else "this"
            for x in range(len(here)):
                for y in range(x + 1, len(here)):
                    if here[x].entity != here[y].entity:
                        yield Occurrence(here[x], here[y], window, s, (s.start, s.end))
        if is_row and (in_table or (not has_cue[i] and any(has_cue[:i]))):
            # a table row under a heading that says what the rows are (对口支援关系:
            # 甲省：乙县、丙县): the unit before the colon with each unit after it (not
            # one that only locates the next: 某镇 of 某镇某村)
            head = here[0]
            starts = {u.start for u in here}
            for v in here[1:]:
                if (
                    v.entity != head.entity
                    and v.end not in starts
                    and text[v.end : v.end + 1] not in (":", "：")  # the head of the next row
                ):
                    yield Occurrence(head, v, "table" if in_table else "row", s, (s.start, s.end))
        if i + 1 < len(sents) and (has_cue[i] or has_cue[i + 1]):
            nxt = sents[i + 1]
            for u in here:
                for v in _in(nxt, refs):
                    if u.entity != v.entity:
                        yield Occurrence(u, v, "adjacent", nxt, (s.start, nxt.end))
        if has_cue[i] and topic_ref is not None and all(u.entity != topic for u in here):
            for v in here:
                yield Occurrence(topic_ref, v, "topic", s, (s.start, s.end))


def find_pair_candidates(
    article: Article, text: str, res: Resolution, extra_refs: Sequence[UnitRef] = ()
) -> list[PairCandidate]:
    """Every candidate pair of ``article`` (``text`` is its simplified twin), in the
    order of first occurrence. ``extra_refs`` adds references resolved elsewhere
    (该行, 该公司 …)."""
    topic = topic_unit(article, text, res)
    refs = _unit_refs(
        text,
        res,
        [*extra_refs, *self_references(text, res, topic), *kind_references(text, res)],
    )
    # the page's writer (我院 …) meets each unit of a partner list, not the headline's unit
    own = page_self_unit(text, res, topic) or topic
    by_pair: dict[frozenset[str], list[Occurrence]] = {}
    for occ in _occurrences(article, text, refs, own, res):
        by_pair.setdefault(frozenset((occ.a.entity, occ.b.entity)), []).append(occ)
    out = []
    for occs in by_pair.values():
        first = occs[0]
        out.append(PairCandidate(first.a.entity, first.b.entity, tuple(occs)))
    return out
