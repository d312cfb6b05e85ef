"""PAIRED_WITH by candidates and a learned decision.

:func:`pair_choices` turns a story's candidates (:mod:`.pair_candidates`) into relation
drafts with their features (:mod:`.pair_features`); :func:`decide_pairs` keeps those a
model accepts, with the model's calibrated probability as ``confidence`` and the
heaviest features as the rule summary. Without a model, the hand-written frames of
:mod:`.pairings` decide (their output is also one of the model's features).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from ingest.extract.pair_candidates import (
    Occurrence,
    PairCandidate,
    find_pair_candidates,
    headline_end,
    topic_unit,
)
from ingest.extract.pair_context import Features, PairStory
from ingest.extract.pair_features import (
    EACH_ONE_SIDE_ONLY,
    TABLE_RULE,
    StoryIndex,
    merge_max,
    occurrence_vectors,
    pair_level_features,
    pair_spread_features,
    story_priors,
)
from ingest.extract.pair_model import LinearModel
from ingest.extract.pair_structure import (
    CENTRE_MEMBER,
    CO_OBJECTS,
    CO_SUBJECTS,
    CONVENED_MEMBER,
    COUNTED_RUN,
    DASH_PAIR,
    EACH_ACROSS,
    EACH_CROSSED,
    EACH_GIFT,
    EACH_SAME,
    EACH_TO_ONE,
    FOUNDED_BY,
    FOUNDER_MEMBER,
    GOES_TO_PAIR,
    GOES_TO_PARTNER,
    HEAD_LIST,
    HEAD_LIST_LED,
    HUB_MEMBER,
    IN_ROWS,
    JOINED_BODY,
    JOINT_ACT,
    JOINT_PARTY,
    ORGANIZED_PAIR,
    ORGANIZER_PAIR,
    OWN_HEAD_LIST,
    PAIR_LIST,
    RELATIVE_AGENTS,
    RELATIVE_PAIR,
    ROLE_PAIR,
    SAME_SIDE,
    SUBJECT_VERB,
    SUBJECTS_VERB,
)
from ingest.extract.pairings import (
    anaphors,
    pairing_kind,
    pairing_since,
    pairing_word_pattern,
)
from ingest.extract.resolve import Resolution
from ingest.model import Article, Evidence, Relation


@dataclass(frozen=True, slots=True)
class PairReading:
    """What the text says of a candidate pair: ``merged``, the features of all its
    occurrences merged (max) with the pair's own; ``shared``, the pair's own (its facts
    and those over all occurrences); ``occurrences``, each occurrence's features."""

    merged: Mapping[str, float]
    shared: Mapping[str, float]
    occurrences: tuple[Mapping[str, float], ...]


@dataclass(frozen=True)
class PairChoice:
    """A candidate pairing: the relation it would be, and what the text says of it.

    ``features`` are those given, else made by ``complete`` on first use: extraction
    never needs them for a pair that a veto on its pair-level features alone
    (``pair_level``, :func:`vetoed_by_pair_level`) stops — over a quarter of the
    candidates — while training reads every candidate's."""

    candidate: PairCandidate
    given: Mapping[str, float] | None  # the features, when made up front
    article: Article = field(repr=False, compare=False)
    text: str = field(repr=False, compare=False)  # the article's simplified twin
    # the bias and PAIR_FEATURES' facts: the first keys of ``features``, same values
    pair_level: Mapping[str, float] = field(default_factory=dict, repr=False, compare=False)
    complete: Callable[[], PairReading] | None = field(default=None, repr=False, compare=False)
    # What ``reading`` and ``relation`` made, kept by hand rather than by cached_property:
    # mypyc compiles a cached_property as a plain property, made again at every read.
    # Set in __post_init__ (a compiled dataclass leaves an ``init=False`` default unset).
    _reading: PairReading | None = field(init=False, repr=False, compare=False)
    _relation: Relation | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_reading", None)
        object.__setattr__(self, "_relation", None)

    @property
    def reading(self) -> PairReading:
        """The merged features, and each occurrence's own (made on first use)."""
        got = self._reading
        if got is None:
            if self.given is not None:
                got = PairReading(self.given, {}, (self.given,))
            else:
                assert self.complete is not None, "a PairChoice needs its features or a way"
                got = self.complete()
            object.__setattr__(self, "_reading", got)
        return got

    @property
    def features(self) -> Mapping[str, float]:
        return self.reading.merged

    @property
    def relation(self) -> Relation:
        """The relation it would be (confidence 0 until decided), drafted on first use:
        most candidates are rejected and never need their evidence, kind and year."""
        got = self._relation
        if got is None:
            got = _draft(self.article, self.text, self.candidate)
            object.__setattr__(self, "_relation", got)
        return got


def _evidence_occurrence(cand: PairCandidate) -> Occurrence:
    """The occurrence quoted as evidence: one sentence holding both units, else the
    first place the pair occurs."""
    order = {
        "same": 0,
        "near": 1,
        "this": 1,
        "stationed": 1,
        "table": 2,
        "row": 2,
        "adjacent": 3,
        "topic": 4,
    }
    return min(cand.occurrences, key=lambda o: (order[o.window], o.span[0]))


def _draft(article: Article, text: str, cand: PairCandidate) -> Relation:
    occ = _evidence_occurrence(cand)
    lo, hi = occ.span
    if article.source_offset(hi - 1) + 1 - article.source_offset(lo) != hi - lo:
        # two sentences across a line end the reader rewrote (CRLF): quote the one
        # sentence, so the evidence stays the file's exact characters
        lo, hi = occ.sentence.start, occ.sentence.end
    kind = next(
        (pairing_kind(text, m) for m in pairing_word_pattern().finditer(text, lo, hi)),
        None,
    )
    if article.source_offset(hi - 1) + 1 - article.source_offset(lo) != hi - lo:
        # two sentences across a paragraph break the reader rewrote (\r\n): quote the
        # first alone, so that the quote is the file's text at its offsets
        first = article.sentence_at(lo)
        hi = first.end if first is not None and first.end < hi else hi
    following = next((s for s in article.sentences if s.start >= hi), None)
    since = pairing_since(
        article, text[lo:hi], text[following.start : following.end] if following else ""
    )
    return Relation(
        type="PAIRED_WITH",
        source=cand.a,
        target=cand.b,
        rule="candidate",
        confidence=0.0,
        kind=kind,
        since=since,
        evidence=Evidence(
            article.text[lo:hi],
            article.source_offset(lo),
            article.source_offset(hi - 1) + 1,
        ),
    )


def pair_choices(
    article: Article,
    text: str,
    res: Resolution,
    rule_pairings: Sequence[Relation],
) -> tuple[PairChoice, ...]:
    topic = topic_unit(article, text, res)
    cands = find_pair_candidates(article, text, res, anaphors(text, res))
    rule_pairs = {frozenset((r.source, r.target)): r.rule for r in rule_pairings}
    title_end = headline_end(article, text)
    story = PairStory(text, StoryIndex(text, res), res, rule_pairs, topic, title_end)
    prior = story_priors(len(cands))
    out = []
    for c in cands:
        first = pair_level_features(c, story)

        def complete(
            c: PairCandidate = c, first: Features = first
        ) -> PairReading:  # candidate_features, from its first part on
            vectors = occurrence_vectors(c, story)
            spread = pair_spread_features(c, story)
            merged = dict(first)
            merge_max(merged, vectors)
            merged.update(spread)
            return PairReading({**merged, **prior}, {**first, **spread, **prior}, vectors)

        out.append(PairChoice(c, None, article, text, first, complete))
    return tuple(out)


SUBJECT_VERB_PAIR = f"{SUBJECT_VERB}_pair"  # the verb a pairing word (结对, 帮扶, 对口 …)


# the structure features read like a hand frame, by the name ``rule`` gives them (one
# row per frame: :func:`read_by_hand_rule` and the ``rule`` text both read this table)
_FRAMES = (
    (SUBJECT_VERB_PAIR, "pair_subject_verb"),
    (EACH_SAME, "pair_each"),
    (ORGANIZED_PAIR, "pair_organized"),
    (EACH_TO_ONE, "pair_each_to_one"),
    (JOINT_PARTY, "pair_joint_party"),
    (HUB_MEMBER, "pair_hub_member"),
    (PAIR_LIST, "pair_list"),
    (ORGANIZER_PAIR, "pair_organizer"),
    (HEAD_LIST, "pair_head_list"),
    (HEAD_LIST_LED, "pair_head_list_led"),
    (OWN_HEAD_LIST, "pair_own_head_list"),
    (SUBJECTS_VERB, "pair_subjects_verb"),
    (IN_ROWS, "pair_in_rows"),
    (EACH_ACROSS, "pair_each_across"),
    (JOINT_ACT, "pair_joint_act"),
    (COUNTED_RUN, "pair_counted_run"),
    (ROLE_PAIR, "pair_co_builder_role"),
    (GOES_TO_PAIR, "pair_goes_to"),
    (GOES_TO_PARTNER, "pair_goes_to_partner"),
    (RELATIVE_PAIR, "pair_relative"),
    (RELATIVE_AGENTS, "pair_relative_agents"),
    (CONVENED_MEMBER, "pair_convened_members"),
    (FOUNDER_MEMBER, "pair_founder_members"),
    (JOINED_BODY, "pair_joined_body"),
    (CENTRE_MEMBER, "pair_centre_members"),
    (DASH_PAIR, "pair_dash"),
)


def read_by_hand_rule(choice: PairChoice) -> bool:
    """A hand-written frame reads the pair (precise where it fires): one of
    :mod:`.pairings`, a row of a table under a pairing heading, one unit as the subject
    of a pairing verb with the other in its object (A结对帮扶B、C), or the units at the
    same place of two parallel runs joined by 分别 (A、B分别与C、D: A–C, B–D), or a
    unit of a run another unit sends with a unit after it (甲组织乙、丙…帮扶丁: 乙–丁),
    or each unit of a run with the one unit after 分别与 (甲、乙等分别与丙签订: 甲–丙),
    or every two units of a run of party bodies acting together (甲党支部、乙党委、丙党总支
    共同签署: `pair_joint_party`), or a hub with each unit of the member list its wording
    names (“1”是指甲，“7”是指乙、丙: `pair_hub_member`), or the head of a list with each
    member (甲与乙、丙、丁签约: `pair_head_list`), or each subject of a run with the one
    unit its pairing verb names (甲、乙对口帮扶丙: `pair_subjects_verb`), or the two units of
    one row of rows 甲在乙、丙在丁 (`pair_in_rows`), or the units of a clause with the unit
    分别与 joins them to across a comma or past 等N家某某单位 (`pair_each_across`), or every
    two units of a run that opens a pairing or signing clause as one joint act (甲、乙、丙在
    某地举行签约仪式; 由甲、乙和丙共同签订: `pair_joint_act`), or a unit that goes to
    another to carry out a pairing (甲赴乙开展对口支援: `pair_goes_to`), or to the unit
    its title names as its standing partner (甲赴其结对村——乙村: `pair_goes_to_partner`), or
    each unit a relative clause of another's pairing verb names (甲定点帮扶的乙县、丙县:
    `pair_relative`), or
    two units joined by a dash alone that a pairing word after them names (签订甲镇——乙镇
    结对共建协议: `pair_dash`), or a hub that convenes its joint body's meeting with each unit
    attending it (某社区召开党建联席会，甲、乙等成员单位参加会议: `pair_convened_members`), or
    the members of one body a sentence forms, every two of them (甲发起倡议，吸纳乙、丙…成立…
    联盟: `pair_founder_members`; 甲、乙联合丙成立“某某”: `pair_joined_body`), or the centre
    of a body with each of its members (以甲为中心、乙和丙为成员的…组: `pair_centre_members`)."""
    f = choice.features
    return any(map(f.__contains__, _HAND_KEYS))  # asked several times per candidate


# The features read_by_hand_rule asks about: any hand rule, a table's row, each frame's.
_HAND_KEYS = ("rule_any", TABLE_RULE, *(key for key, _ in _FRAMES))


def ambiguous_back_reference(choice: PairChoice) -> bool:
    """The pair is only read through 双方/两家 in the next sentence, and more than two
    units stand where the two parties are named: which two is not said."""
    return bool(choice.features.get("back_reference_ambiguous")) and not read_by_hand_rule(choice)


def denied(choice: PairChoice) -> bool:
    """Every sentence that joins the two units denies the pairing (没有结对关系)."""
    return bool(choice.features.get("denied_every_time"))


def attended_only(choice: PairChoice) -> bool:
    """Wherever the two units stand in one sentence they only attend, meet or visit
    together, with no pairing word in their clause: co-attendance, not a pairing —
    unless a hand frame reads the pair. No longer a veto (pairs67): the model weighs the
    feature. Out of sample (two halves of the readable set, each decided by the other's
    model) the veto stopped 19 gold pairings, 7 of which the model keeps without it, and
    only 2 of its 1,111 wrong candidates the model would keep."""
    return bool(choice.features.get("attended_only")) and not read_by_hand_rule(choice)


def excluded_by_structure(choice: PairChoice) -> bool:
    """The hand frames read the sentence's structure (lists of pairs, 分别) and paired
    each of the two units with another unit, never with each other."""
    return bool(choice.features.get("rule_paired_both_elsewhere")) and not read_by_hand_rule(choice)


def pair_score(choice: PairChoice, model: LinearModel) -> float:
    """The pair's score under ``model``: of its merged features, or, for a model that
    pools occurrences (:attr:`LinearModel.pooling`), of each occurrence with the pair's
    own features, pooled."""
    if model.pooling:
        r = choice.reading
        return model.pooled_score(r.shared, r.occurrences)
    return model.score(choice.features)


def model_features(choice: PairChoice, model: LinearModel) -> Mapping[str, float]:
    """The features that speak for the pair under ``model`` (what its explanation
    names): the merged ones, or the pair's own with its best occurrence's."""
    if model.pooling:
        r = choice.reading
        return model.witness(r.shared, r.occurrences)
    return choice.features


def _summary(choice: PairChoice, model: LinearModel) -> str:
    """What decided: the hand frame that read the pair (if any), then the model's three
    heaviest features — ``pair_conj|model:rule_any,cue_pair_after_b,…``."""
    hand = sorted(k[5:] for k in choice.features if k.startswith("rule="))
    hand += [name for key, name in _FRAMES if key in choice.features]
    why = "model:" + ",".join(k for k, _ in model.explain(model_features(choice, model), top=3))
    return "|".join([*hand, why])


def crossed_lists(choice: PairChoice) -> bool:
    """The two units stand at different places of two parallel lists joined by 分别
    (A、B分别与C、D: A–D is not said), and nowhere at the same place."""
    f = choice.features
    return bool(f.get(EACH_CROSSED)) and not f.get(EACH_SAME) and not read_by_hand_rule(choice)


def gift_each(choice: PairChoice) -> bool:
    """The two units stand at the same place of two parallel runs joined by 分别 and a
    gift's verb (甲、乙分别捐助丙、丁…资金): a list of donations, not of pairings —
    unless a hand frame reads the pair elsewhere."""
    return bool(choice.features.get(EACH_GIFT)) and not read_by_hand_rule(choice)


def co_objects(choice: PairChoice) -> bool:
    """The two units are only ever the objects of one other unit's pairing verb
    (A帮扶B、C: B–C is not said), and never stated together otherwise."""
    f = choice.features
    return bool(f.get(CO_OBJECTS)) and SUBJECT_VERB_PAIR not in f and EACH_SAME not in f


def address_head_only(choice: PairChoice) -> bool:
    """One side is a place written only at the head of addresses (某市 of 某市某区某街道):
    it locates the unit after it, which is the one paired."""
    return _heads_addresses(choice.features)


def _heads_addresses(f: Mapping[str, float]) -> bool:
    return bool(f.get("side_only_heads_addresses"))


def co_subjects(choice: PairChoice) -> bool:
    """The two units are only ever co-subjects of one pairing verb with its own object
    (甲、乙分别对口帮扶丙、丁; 甲、乙等省市承担对口支援丙: 甲–乙 is not said)."""
    f = choice.features
    return bool(f.get(CO_SUBJECTS)) and not read_by_hand_rule(choice)


def one_body(choice: PairChoice) -> bool:
    """One unit's name is inside the other's (某村 and 某村党群服务中心, 某市 and 某市工商联):
    a body and its own part or site, not two partners — unless a hand frame reads them."""
    return bool(choice.features.get("name_inside")) and not read_by_hand_rule(choice)


def collective_side(choice: PairChoice) -> bool:
    """One side is a body the partners form or send (某某党建联盟, 某某共同体, 某某帮扶工作组):
    the partners are its members or senders, not the body itself — even where a hand frame
    reads it (甲县启动共建某某联盟)."""
    return _collective(choice.features)


def _collective(f: Mapping[str, float]) -> bool:
    return bool(f.get("side_is_alliance") or f.get("side_is_team"))


def place_within(choice: PairChoice) -> bool:
    """One place lies inside the other (某街道 and its 某村, 某县 and its 某镇: division codes
    one inside the other): a place and its part, not partners — even where a hand frame
    joins them in a list (由某街道和某银行及甲、乙村共同签订)."""
    return _place_inside(choice.features)


def _place_inside(f: Mapping[str, float]) -> bool:
    return bool(f.get("place_inside"))


def award_giver(choice: PairChoice) -> bool:
    """Wherever the two units stand in one sentence, one of them gives the other an
    honour (被某局评为“先进社区”, 某委授予…): an award, not a pairing — unless a hand
    frame reads the pair."""
    return bool(choice.features.get("award_giver_only")) and not read_by_hand_rule(choice)


def crossed_pairs(choice: PairChoice) -> bool:
    """The two units stand in one run written as a list of pairs (A与B、C与D: A–B and
    C–D are said, A–D is not) at places of different pairs, and nowhere as one pair —
    where no hand frame reads the sentence (a list of pairs with no verb after it)."""
    f = choice.features
    return (
        bool(f.get("chain=pairs&crossed"))
        and not f.get("chain=pairs&pair")
        and not read_by_hand_rule(choice)
    )


def directive_giver(choice: PairChoice) -> bool:
    """Wherever the two units stand in one sentence, one of them arranges, calls for or
    approves the pairing (根据某委结对共建安排, 响应某部号召): it directs, it is no partner —
    unless a hand frame reads the pair."""
    return bool(choice.features.get("directive_giver_only")) and not read_by_hand_rule(choice)


def group_head(choice: PairChoice) -> bool:
    """Wherever the two units stand in one sentence, one of them only heads a group of its
    members (某省56个贫困县, 某镇各居民区): the members pair, not their head — unless a hand
    frame reads the pair."""
    return bool(choice.features.get("group_head_only")) and not read_by_hand_rule(choice)


def group_heads(choice: PairChoice) -> bool:
    """In every sentence that joins the two units both only head groups of their members
    (甲市3个区结对帮扶乙市5个县): the members pair, not the two heads — even where a hand
    frame reads the pair (it takes the heads for the partners). No gold pairing of the
    readable training articles carries it (pairs42)."""
    return bool(choice.features.get("group_heads_both"))


def body_name(choice: PairChoice) -> bool:
    """Wherever the two units stand in one sentence, the first runs into a pairing word
    that only names a body (某省对口支援某州前方指挥部): a name, no pairing said — even
    where a hand frame reads the pair. No gold pairing of the readable training articles
    carries it (pairs42)."""
    return bool(choice.features.get("inside_body_name"))


def venue_side(choice: PairChoice) -> bool:
    """Wherever the two units stand in one sentence, one of them is only the venue of an
    event whose partners the clause names before it (甲与乙于某宾馆签订…, 甲与乙在某中心
    举行签约仪式): the place they meet, not a partner — even where a hand frame reads the
    pair (it takes the venue for a third party). No gold pairing of the training
    articles carries it (pairs16)."""
    return bool(choice.features.get("venue_only"))


def same_side(choice: PairChoice) -> bool:
    """The two units stand in one list joined by 、 with another unit after it that the
    list goes to or acts with (甲、乙到丙开展共建活动; 甲、乙与丙签约), the act not a joint
    one (共同, 三方, 三家): both sit on one side, each the partner of 丙, not of each other
    — unless a hand frame reads the pair. No gold pairing of the training articles
    carries it (pairs23)."""
    return bool(choice.features.get(SAME_SIDE)) and not read_by_hand_rule(choice)


def founded_side(choice: PairChoice) -> bool:
    """One unit sets the other up (某大学在全省率先成立某研究院, 某局设立某工作站: the body
    right after the founder's verb, no connective between): its own creation or part, not
    its partner — unless a hand frame reads the pair. No gold pairing of the training
    articles carries it (pairs32)."""
    return bool(choice.features.get(FOUNDED_BY)) and not read_by_hand_rule(choice)


def business_deal(choice: PairChoice) -> bool:
    """The sentences that join the two units name a business deal (战略合作协议) and no
    pairing word (某市人民政府与某银行签订战略合作协议): GOLD_FORMAT counts no such deal as
    a pairing, and no gold pairing of the training articles carries it (pairs23) —
    unless a hand frame reads the pair."""
    return bool(choice.features.get("business_deal_only")) and not read_by_hand_rule(choice)


def media_side(choice: PairChoice) -> bool:
    """One side is a news outlet (某某网, 某某日报: named in the byline, 某某网记者某某报道):
    it reports the pairing, it is no partner — not once in the training articles' gold,
    whatever frame reads it (pairs16)."""
    return _media(choice.features)


def _media(f: Mapping[str, float]) -> bool:
    return bool(f.get("side_is_media"))


def one_side_of_each(choice: PairChoice) -> bool:
    """A hand frame of :mod:`.pairings` reads the pair, and every sentence with a cue
    that names the two units writes them in one of two runs that 分别与 joins (甲区、乙区
    分别与某省某市丙县、丁县签署协议: 丙县 and 丁县 on one side, each with its counterpart
    of the other run; the list frame, not seeing the 分别与 past the places, reads 丙县、
    丁县签署… as a list of parties): no sentence says they pair. No gold pairing of the
    readable training articles carries it (pairs54: 11 candidates, all wrong)."""
    return bool(choice.features.get(EACH_ONE_SIDE_ONLY))


def shared_partner(choice: PairChoice) -> bool:
    """Wherever the two units stand in one sentence, they are a list before a pairing word
    that names the partner they share (某公司成为甲村和乙村的对口帮扶单位): each has that
    partner, they are not each other's — unless a hand frame reads the pair."""
    return bool(choice.features.get("shared_partner_only")) and not read_by_hand_rule(choice)


# The vetoes, in the order they are asked: each stops a candidate before the model is.
VETOES: tuple[Callable[[PairChoice], bool], ...] = (
    denied,
    excluded_by_structure,
    ambiguous_back_reference,
    address_head_only,
    crossed_lists,
    gift_each,
    co_objects,
    one_body,
    co_subjects,
    collective_side,
    place_within,
    award_giver,
    crossed_pairs,
    directive_giver,
    group_head,
    group_heads,
    body_name,
    venue_side,
    media_side,
    business_deal,
    same_side,
    founded_side,
    shared_partner,
    one_side_of_each,
)


def veto_of(choice: PairChoice) -> str | None:
    """The name of the first veto that stops the candidate (None: the model decides)."""
    return next((veto.__name__ for veto in VETOES if veto(choice)), None)


def vetoed(choice: PairChoice) -> bool:
    """Whether a veto of :data:`VETOES` stops the candidate before the model is asked."""
    return any(veto(choice) for veto in VETOES)


def vetoed_by_pair_level(choice: PairChoice) -> bool:
    """Whether a veto that no hand frame lifts (:func:`address_head_only`,
    :func:`collective_side`, :func:`place_within`, :func:`media_side`) stops the
    candidate on its pair-level features alone. Those features are the first keys of its
    whole features with the same values, and an occurrence's features only ever raise a
    value: then :func:`vetoed` is true too, and the occurrences' features need not be
    made."""
    f = choice.pair_level
    return _heads_addresses(f) or _collective(f) or _place_inside(f) or _media(f)


def probabilities(choices: Sequence[PairChoice], model: LinearModel) -> list[float | None]:
    """Each candidate's calibrated probability under ``model``, None where a veto stops
    it: computed once for both the pairings and the near misses of a story. A candidate
    :func:`vetoed_by_pair_level` is stopped before its occurrences' features are made."""
    return [
        None
        if vetoed_by_pair_level(ch) or vetoed(ch)
        else model.probability_of(pair_score(ch, model), hand=read_by_hand_rule(ch))
        for ch in choices
    ]


def decide_pairs(
    choices: Sequence[PairChoice],
    model: LinearModel,
    probs: Sequence[float | None] | None = None,
) -> list[Relation]:
    """The pairings to keep: the model's, and the hand frames', minus the vetoes.
    ``confidence`` is the calibrated probability — on the model's curve, or the frames'
    for a pair a frame reads (``probs``: those of :func:`probabilities`, when already
    computed)."""
    out = []
    for ch, p in zip(choices, probs or probabilities(choices, model), strict=True):
        if p is None:
            continue
        if model.accepts(p) or read_by_hand_rule(ch):
            out.append(replace(ch.relation, confidence=p, rule=_summary(ch, model)))
    return out
