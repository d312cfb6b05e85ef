"""HOLDS_POST by candidates and a learned decision.

:func:`post_choices` turns a story's candidate triples (:mod:`.post_candidates`) into
relation drafts with their features (:mod:`.post_features`); :func:`decide_posts` keeps,
for each title written at a name (a *site*), the triple the model finds likeliest when
its calibrated probability reaches the model's threshold. ``confidence`` is that
probability: the chance that person, title and unit are all right. Without a model, the
hand rules of :mod:`.posts` decide.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ingest.extract.pair_candidates import topic_unit
from ingest.extract.pair_model import LinearModel
from ingest.extract.people import PersonMention, PostClaim
from ingest.extract.post_candidates import PostCandidate, find_post_candidates
from ingest.extract.post_features import PostContext, StorySpans, post_features, rule_sets
from ingest.extract.resolve import Resolution
from ingest.model import Article, Evidence, Relation


@dataclass(frozen=True)
class PostChoice:
    """A candidate post: the relation it would be, the site it reads (one title at one
    name: at most one choice of a site is kept), and its features."""

    relation: Relation  # confidence 0 until decided
    site: tuple[int, int, int]  # person start, site start, site end
    features: Mapping[str, float]
    hand_rule: str | None = None  # the rule of :mod:`.posts` that emits this triple


def _evidence(article: Article, cand: PostCandidate) -> Evidence:
    """The sentence of the title and the name (to the name's end), offsets in the file."""
    s = cand.site
    lo, hi = min(s.start, s.person.start), max(s.end, s.person.end)
    sent = article.sentence_at(lo)
    a, b = (sent.start, max(sent.end, hi)) if sent else (lo, hi)
    return Evidence(article.text[a:b], article.source_offset(a), article.source_offset(b - 1) + 1)


def post_choices(
    article: Article,
    text: str,
    claims: Sequence[PostClaim],
    people: Sequence[PersonMention],
    res: Resolution,
    rule_posts: Sequence[Relation],
) -> tuple[PostChoice, ...]:
    topic = topic_unit(article, text, res)
    cands = find_post_candidates(article, text, claims, people, res, rule_posts, topic)
    triples, titles, units = rule_sets([(r.source, r.title or "", r.target) for r in rule_posts])
    rule_of = {(r.source, r.title or "", r.target): r.rule for r in rule_posts}
    mentions: dict[str, int] = {}
    for u in res.units:
        mentions[u.entity] = mentions.get(u.entity, 0) + 1
    entities = {e.id: e for e in res.entities}
    evidence: dict[tuple[int, int, int], Evidence] = {}  # one per site
    spans = StorySpans(res)
    out = []
    for c in cands:
        site = (c.site.person.start, c.site.start, c.site.end)
        if site not in evidence:
            evidence[site] = _evidence(article, c)
        ctx = PostContext(
            text, res, c, triples, titles, units, topic, mentions, entities, rule_of, spans
        )
        draft = Relation(
            type="HOLDS_POST",
            source=c.person,
            target=c.unit,
            rule="candidate",
            confidence=0.0,
            title=c.title,
            evidence=evidence[site],
        )
        out.append(
            PostChoice(draft, site, post_features(ctx), rule_of.get((c.person, c.title, c.unit)))
        )
    return tuple(out)


def _summary(choice: PostChoice, model: LinearModel) -> str:
    """What decided: the hand rule that emits the triple (if any), then the model's three
    heaviest features (``post_prefix|model:rule_triple,…``)."""
    why = "model:" + ",".join(k for k, _ in model.explain(choice.features, top=3))
    return f"{choice.hand_rule}|{why}" if choice.hand_rule else why


def read_by_hand_rule(choice: PostChoice) -> bool:
    """Today's hand rules (:mod:`.posts`) emit this very triple (precise where they fire)."""
    return "rule_triple" in choice.features


# Hand rules whose triple is a guess, not a reading: ``post_sentence`` gives a title
# with no unit of its own the unit the sentence named last (某区委常委……，香港某某会副主席甲
# → the district). On the 120 fresh articles x461–x580 every such triple the model turned
# down was wrong (9 of 9).
GUESSING_HAND_RULES = frozenset({"post_sentence"})


def rescued_by_hand_rule(choice: PostChoice) -> bool:
    """A triple kept although the model turns it down: the hand rules read it, and not
    by a guess (:data:`GUESSING_HAND_RULES`)."""
    return read_by_hand_rule(choice) and choice.hand_rule not in GUESSING_HAND_RULES


def title_of_another_kind(choice: PostChoice) -> bool:
    """A title word only one kind of unit has (``title_units.tsv``: 校长 a school, 行长 a
    bank) offered to a unit of another kind, and no hand rule reads the triple: 某中学教育
    集团总校长甲、校长乙 — 乙 heads a school, not the group. The model weighs the misfit
    (``title_kind_misfit``), yet a candidate whose other features are strong still passed
    it; the hand rules make the same check (:func:`.posts.kind_allows`)."""
    return "title_kind_misfit" in choice.features and not read_by_hand_rule(choice)


def title_of_another_level(choice: PostChoice) -> bool:
    """A title that names a place's level (县委书记, 副县长 → 县) offered to a unit whose name
    is no place of that level, and no hand rule reads the triple: 某学院副校长甲，县委书记乙 —
    乙 is the county's, never the college's. The model weighs the misfit (``level_misfit``),
    yet a candidate whose other features are strong still passed it; the hand rules make
    the same check (:func:`.posts.level_allows`)."""
    return "level_misfit" in choice.features and not read_by_hand_rule(choice)


def kept_choices(choices: Sequence[PostChoice], model: LinearModel) -> list[tuple[int, float]]:
    """(index, probability) of the choices kept: for each site the likeliest triple when
    the model accepts it, else the hand rules' triple if there is one and no guess
    (:func:`rescued_by_hand_rule`; the model's probability is its confidence); of
    several sites giving one (person, title), the likeliest. A title of another kind of
    unit or of another place level is never kept (:func:`title_of_another_kind`,
    :func:`title_of_another_level`)."""
    best: dict[tuple[int, int, int], tuple[float, int]] = {}
    for i, ch in enumerate(choices):
        if title_of_another_kind(ch) or title_of_another_level(ch):
            continue
        p = model.probability(ch.features)
        if ch.site not in best or p > best[ch.site][0]:
            best[ch.site] = (p, i)
    # a site where the model accepts nothing keeps the hand rules' triple, as pairings
    # keep the hand frames' (5-fold CV: F1 0.802 either way; the rules' specified cases
    # — 工委书记, 街道工委副书记 — stay read)
    for i, ch in enumerate(choices):
        if rescued_by_hand_rule(ch) and not model.accepts(best[ch.site][0]):
            best[ch.site] = (model.probability(ch.features), i)
    kept: dict[tuple[str, str], tuple[float, int]] = {}
    for p, i in sorted(best.values(), key=lambda x: x[1]):
        if not model.accepts(p) and not rescued_by_hand_rule(choices[i]):
            continue
        rel = choices[i].relation
        key = (rel.source, rel.title or "")
        if key not in kept or p > kept[key][0]:
            kept[key] = (p, i)
    return sorted(((i, p) for p, i in kept.values()))


def decide_posts(choices: Sequence[PostChoice], model: LinearModel) -> list[Relation]:
    """The posts ``model`` keeps among ``choices`` (:func:`kept_choices`), in text
    order; ``confidence`` is the calibrated probability."""
    return [
        replace(choices[i].relation, confidence=p, rule=_summary(choices[i], model))
        for i, p in kept_choices(choices, model)
    ]
