"""``extract(article) -> Extraction``: the whole extraction of one article.

A straight line of small steps (STYLE: no pipeline framework):

    simplified text ─► tokens (jieba, :mod:`.segment`)
                    ─► places (:func:`ingest.places.link.link_places`)
                    ─► unit spans (:mod:`.orgs`) ─► unit mentions (:mod:`.unit_rules`)
                    ─► people and title chains (:mod:`.people`)
                    ─► entities (:mod:`.resolve`)
                    ─► HOLDS_POST (:mod:`.posts`) + PAIRED_WITH (:mod:`.pairings`)

(modules of :mod:`ingest.extract`)

``extract_paths`` reads files with the reader and extracts each story, optionally in
several processes (:mod:`ingest.extract.parallel`; heavy state loaded once per process
by :func:`load_models`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from ingest.extract.bare_faculties import bare_faculties
from ingest.extract.batch_teams import batch_aid_teams
from ingest.extract.byline_outlets import byline_outlets
from ingest.extract.councils_and_offices import branch_after_parent, councils_and_offices
from ingest.extract.orgs import find_unit_spans, select_spans
from ingest.extract.outlet_brands import outlet_brand_words
from ingest.extract.pair_decide import (
    PairChoice,
    decide_pairs,
    model_features,
    pair_choices,
    probabilities,
    read_by_hand_rule,
)
from ingest.extract.pair_model import LinearModel, default_model
from ingest.extract.pairings import find_pairings
from ingest.extract.parallel import Task, map_ordered, plan_tasks, read_task
from ingest.extract.people import find_people
from ingest.extract.place_chains import named_from_own_place, own_name_after_places
from ingest.extract.post_decide import PostChoice, decide_posts, post_choices
from ingest.extract.posts import find_posts, posts_after_names
from ingest.extract.repeats import units_written_again
from ingest.extract.resolve import org_aliases, org_key, resolve
from ingest.extract.swallowed_places import (
    head_place_entities,
    places_heading_units,
    swallowed_places,
    villages_renamed_after_their_area,
)
from ingest.extract.unit_bodies import office_folds
from ingest.extract.unit_crf import CrfTagger
from ingest.extract.unit_rules import (
    aliases_defined,
    classify_units,
    counted_list_units,
    dateline_outlets,
    joint_branches,
    kind_named_party_bodies,
    level_shared_in_list,
    listed_units,
    shared_ordinals,
    source_line_unit,
    units_named_by_titles,
)
from ingest.extract.unit_tagger import crf_units, load_tagger
from ingest.extract.zone_committees import zone_committees
from ingest.model import (
    PLACE_TYPES,
    Article,
    Entity,
    Extraction,
    NearMiss,
    ReadError,
    Relation,
)
from ingest.places.link import link_places, places_as_modifiers, places_in_source_fields
from ingest.segment import Tokens


@dataclass(frozen=True)
class StoryReading:
    """A story read up to the PAIRED_WITH decision: entities, posts and places in
    ``base``; the hand rules' pairings; every pairing candidate with its features."""

    base: Extraction
    rule_pairings: tuple[Relation, ...]
    choices: tuple[PairChoice, ...]
    post_choices: tuple[PostChoice, ...] = ()  # every HOLDS_POST candidate


def extract(
    article: Article,
    model: LinearModel | None = None,
    page_names: Iterable[str] = (),
    tagger: CrfTagger | None = None,
) -> Extraction:
    """Entities and relations of one story (GOLD_FORMAT §3 via ``to_record()``).

    PAIRED_WITH is decided by ``model``, else by the model shipped with pbkg, else (no
    model at all) by the hand-written frames. ``page_names`` are the people that earlier
    stories of the same page named: written again here, they are the same people.
    ``tagger``: the learned unit tagger's second opinion (None: the rules alone)."""
    return decide(read_story(article, page_names, tagger), model or default_model())


# A candidate the model turns down with a probability at most this far below its
# threshold is kept as a near miss (README: Review — a "possible miss" in the queue); at
# most NEAR_MISS_CAP per story, the most probable first, so records stay small.
NEAR_MISS_BAND = 0.15
NEAR_MISS_CAP = 3


def decide(reading: StoryReading, model: LinearModel | None) -> Extraction:
    """The story's extraction with the pairings ``model`` accepts among its candidates
    (and, as ``near_misses``, those it turned down just below its threshold), and the
    posts its posts model (``model.posts``, else the shipped one's) accepts; the hand
    rules' posts without any posts model."""
    return decide_with(reading, model, posts_model_for(model))


def decide_with(
    reading: StoryReading, model: LinearModel | None, posts_model: LinearModel | None
) -> Extraction:
    """:func:`decide` with the posts model given (None: the hand rules' posts)."""
    base = reading.base
    posts = decide_posts(reading.post_choices, posts_model) if posts_model else list(base.relations)
    if model is None:
        return replace(base, relations=(*reading.rule_pairings, *posts))
    probs = probabilities(reading.choices, model)
    pairs = decide_pairs(reading.choices, model, probs)
    misses = near_misses(reading.choices, model, probs=probs)
    return replace(base, relations=(*pairs, *posts), near_misses=misses)


def posts_model_for(model: LinearModel | None) -> LinearModel | None:
    """The HOLDS_POST model to use with ``model``: its own, else the shipped one's (a
    pairings-only file from an older pbkg), else none (the hand rules decide)."""
    if model is not None and model.posts is not None:
        return model.posts
    shipped = default_model()
    return shipped.posts if shipped is not None else None


def near_misses(
    choices: Iterable[PairChoice],
    model: LinearModel,
    band: float = NEAR_MISS_BAND,
    cap: int = NEAR_MISS_CAP,
    probs: Sequence[float | None] | None = None,
) -> tuple[NearMiss, ...]:
    """The candidates ``model`` rejects with a probability in ``[threshold - band,
    threshold)``, most probable first, at most ``cap``. Candidates a veto of
    :func:`~ingest.extract.pair_decide.decide_pairs` stops (denied, co-attendance,
    paired elsewhere by structure, an ambiguous 双方) are no near misses: the model did
    not decide them. ``probs``: the candidates' :func:`probabilities`, when already
    computed."""
    choices = list(choices)
    found: list[tuple[float, PairChoice]] = []
    for ch, p in zip(choices, probs or probabilities(choices, model), strict=True):
        if p is None or read_by_hand_rule(ch):
            continue
        if model.threshold - band <= p < model.threshold:
            found.append((p, ch))
    found.sort(key=lambda f: -f[0])  # stable: ties keep the candidates' order
    return tuple(
        NearMiss(
            source=ch.relation.source,
            target=ch.relation.target,
            probability=p,
            rule="model:" + ",".join(k for k, _ in model.explain(model_features(ch, model), top=3)),
            kind=ch.relation.kind,
            since=ch.relation.since,
            evidence=ch.relation.evidence,
        )
        for p, ch in found[:cap]
    )


def read_story(
    article: Article, page_names: Iterable[str] = (), tagger: CrfTagger | None = None
) -> StoryReading:
    """Everything extraction reads from one story before PAIRED_WITH is decided.
    ``tagger``: the learned unit tagger's second opinion (None: the rules alone)."""
    text = article.simplified
    tokens = Tokens(text)  # segmented lazily, block by block
    places = link_places(article)
    found = find_unit_spans(text, tokens, places)
    spans = select_spans(found, text)
    decided = level_shared_in_list(text, aliases_defined(text, classify_units(text, spans)))
    decided += listed_units(text, decided, tokens)
    decided = shared_ordinals(text, decided, tokens)
    decided = joint_branches(text, decided, tokens)
    decided = kind_named_party_bodies(text, decided, tokens)
    decided = counted_list_units(text, decided, tokens)
    decided = source_line_unit(text, decided, article.source)
    decided = dateline_outlets(text, decided, places)
    decided = office_folds(decided, places)
    decided = byline_outlets(text, decided)
    decided = outlet_brand_words(text, decided, places)
    decided = zone_committees(text, decided)
    decided = batch_aid_teams(text, decided, places)
    decided = councils_and_offices(text, decided)
    decided = branch_after_parent(text, decided)
    decided = bare_faculties(text, decided)
    people, claims = find_people(text, tokens, article.authors, page_names)
    prefixes = [
        (el.start, el.title_start, text[el.title_start : el.end])
        for c in claims
        for el in c.elements
    ]
    decided += units_named_by_titles(text, prefixes, spans, tokens)
    if tagger is not None:  # the CRF's units where the rules found nothing
        taken = [(m.start, m.end) for m, _ in decided] + [(p.start, p.end) for p in people]
        decided += crf_units(text, tokens, spans, taken, tagger)
    # A name inside a unit's name (某某路 named after a person) is not a person mention.
    people = [p for p in people if not any(u.start <= p.start and p.end <= u.end for u in spans)]
    # A bare place form that starts a name no unit rule took (某安文旅集团) is no place.
    # Nor is a place named in the page's source field (来源：某海某定).
    modifiers = {
        (m.start, m.end)
        for m in places_as_modifiers(article, places) + places_in_source_fields(article, places)
    }
    decided = [
        (m, he) for m, he in decided if m.rule != "place" or (m.start, m.end) not in modifiers
    ]
    places = [p for p in places if (p.start, p.end) not in modifiers]
    res = resolve(
        article.text,
        text,
        [m for m, _ in decided],
        [he for _, he in decided],
        places,
        people,
    )
    # Other occurrences of the units' names (来华星村 where 华星村 is found elsewhere), not
    # inside a found name or a post's title (某某系教工党支部书记).
    taken = [(p.start, p.end) for p in people] + [(p.start, p.end) for p in places]
    taken += [(u.start, u.end) for u in spans]
    taken += [(el.start, el.end) for c in claims for el in c.elements]  # title chains
    res = units_written_again(text, tokens, res, taken)
    # Places inside units' names: entities of the story, not units of its sentences.
    inside = swallowed_places(text, found, spans, [m for m, _ in decided])
    inside += places_heading_units(text, found, [m for m, _ in decided])
    heads = [u for u in inside if (u.start, u.end) not in modifiers]
    entities = res.entities + head_place_entities(article, res.entities, heads)
    entities = tuple(villages_renamed_after_their_area(text, entities, places))
    entities = tuple(named_from_own_place(text, entities, places))
    entities = tuple(own_name_after_places(text, tokens, entities, places))
    rule_pairings = find_pairings(article, text, tokens, res)
    posts = find_posts(article, text, claims, res)
    posts += posts_after_names(article, text, people, res, posts)
    return StoryReading(
        Extraction(article, entities, tuple(posts), tuple(places)),
        tuple(rule_pairings),
        pair_choices(article, text, res, rule_pairings),
        post_choices(article, text, claims, people, res, posts),
    )


def load_models(units: str | None = None) -> None:
    """Load everything extraction needs that is slow to load (jieba's dictionary, the
    gazetteer and the lexicons, by extracting one invented sentence): the one place
    heavy state is loaded, run once per process — by each worker of
    :func:`ingest.extract.parallel.map_ordered` as its initializer, and by a Dask worker
    before its first task. A model file read by extraction is loaded here too, and the
    unit tagger of the model file ``units`` (:func:`~ingest.extract.unit_tagger.load_tagger`)."""
    from ingest.places.gazetteer import load_gazetteer
    from ingest.read.reader import read_text

    load_gazetteer().matcher()  # the stem matcher (its suffix automaton) once
    for article in read_text("甲乙镇丙丁村与戊己公司签订结对共建协议。", "<warm-up>"):
        extract(article, tagger=load_tagger(units))


def extract_stories(
    items: Iterable[Article | ReadError],
    model: LinearModel | None = None,
    tagger: CrfTagger | None = None,
) -> Iterator[Extraction | ReadError]:
    """:func:`extract` over stories in reading order, each given the people that the
    earlier stories of its page named (a file, or one JSON Lines record, is a page);
    ReadErrors pass through. The one loop every caller uses — ``pbkg extract``, the
    build's tasks — so that a story reads the same wherever it is extracted. ``tagger``
    as for :func:`extract`."""
    pages = PageNames()
    for a in items:
        if isinstance(a, ReadError):
            yield a
            continue
        ex = extract(a, model, pages.before(a), tagger)
        pages.add(a, ex.entities)
        yield ex


def read_stories(
    articles: Iterable[Article], tagger: CrfTagger | None = None
) -> Iterator[StoryReading]:
    """:func:`read_story` over stories in reading order, with the page's earlier people
    as :func:`extract_stories` gives them: what training learns from is what
    extraction decides on."""
    pages = PageNames()
    for a in articles:
        reading = read_story(a, pages.before(a), tagger)
        pages.add(a, reading.base.entities)
        yield reading


class PageNames:
    """The people's names each page has named so far, in order of first mention."""

    def __init__(self) -> None:
        self._named: dict[tuple[str, str], tuple[str, ...]] = {}

    @staticmethod
    def _page(article: Article) -> tuple[str, str]:
        return (article.path, article.doc)

    def before(self, article: Article) -> tuple[str, ...]:
        return self._named.get(self._page(article), ())

    def add(self, article: Article, entities: Iterable[Entity]) -> None:
        names = [e.name for e in entities if e.type == "Person"]
        page = self._page(article)
        self._named[page] = tuple(dict.fromkeys([*self._named.get(page, ()), *names]))


def _extract_task(
    task: Task, model: LinearModel | None = None, units: str | None = None
) -> list[Extraction | ReadError]:
    return list(extract_stories(read_task(task), model, load_tagger(units)))


def extract_paths(
    paths: Iterable[str | Path],
    jobs: int = 1,
    model: LinearModel | None = None,
    units: str | None = None,
) -> Iterator[Extraction | ReadError]:
    """Extract every story under ``paths`` (files or directories), in path order.

    Files are chosen as :func:`ingest.read.reader.read_paths` chooses them (inside
    directories only .txt .md .html .htm .jsonl, hidden ones skipped; a file named
    explicitly is read whatever its suffix), so `read`, `extract` and `build` read the
    same files. ``jobs > 1`` spreads the corpus over that many processes (by runs of
    files and of JSON Lines records, :mod:`ingest.extract.parallel`); results keep the input order.
    Unreadable inputs come back as ReadError values, never as exceptions. ``units`` is
    the unit tagger's model file (:func:`~ingest.extract.unit_tagger.tagger_path`;
    None: the rules alone): its path goes to the workers, each loads it once.
    """
    tasks = plan_tasks(paths, by_path=False)
    work = partial(_extract_task, model=model, units=units)
    warm = partial(load_models, units) if jobs > 1 else None
    for result in map_ordered(work, tasks, jobs, warm):
        yield from result


def linked_places_by_name(records: Sequence[Mapping[str, Any]]) -> dict[tuple[str, str], str]:
    """(type, name) → division code, for each place name that the page's stories link to
    one code only. A story that names a place without the town or county around it may
    leave it unlinked while another story of the page links it: the same place."""
    codes: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for record in records:
        for e in record["entities"]:
            if e["type"] in PLACE_TYPES and e.get("division_code"):
                codes[(e["type"], e["name"])].add(e["division_code"])
    return {key: next(iter(found)) for key, found in codes.items() if len(found) == 1}


def file_record(extractions: list[Extraction]) -> dict[str, Any]:
    """One GOLD_FORMAT §3 object for all stories of one file.

    Stories of one page often name the same units; emitted per story, the same unit would
    be several entities of one document. Here entities of the same type and division code
    (or name; for an organisation, the unit resolve's rules say the name is written for)
    become one, relations are re-pointed, and entity mention spans are given as offsets
    into the decoded file (like evidence), since story offsets differ.
    """
    first = extractions[0].article
    records = [ex.to_record() for ex in extractions]
    # 某医院 in one story, 某市某医院 in another: one unit of the page (resolve's rules)
    same_org = org_aliases(
        sorted({e["name"] for r in records for e in r["entities"] if e["type"] == "Organization"})
    )
    linked = linked_places_by_name(records)
    entities: list[dict[str, Any]] = []
    by_key: dict[tuple[str, str], dict[str, Any]] = {}
    relations: list[dict[str, Any]] = []
    seen_rel: set[tuple[Any, ...]] = set()
    for ex, rec in zip(extractions, records, strict=True):
        local: dict[str, str] = {}
        for e in rec["entities"]:
            name = e["name"]
            if e["type"] == "Organization":
                name = org_key(same_org.get(name, name))
            code = e.get("division_code") or linked.get((e["type"], name))
            key = (e["type"], code or name)
            spans = [
                [ex.article.source_offset(s), ex.article.source_offset(max(s, t - 1)) + 1]
                for s, t in e["mentions"]
            ]
            known = by_key.get(key)
            if known is None:
                known = {**e, "id": f"e{len(entities) + 1}", "mentions": spans}
                by_key[key] = known
                entities.append(known)
            elif e.get("division_code") and not known.get("division_code"):
                # written unlinked in an earlier story: the linked reading is the entity
                aliases = known["aliases"] + [a for a in e["aliases"] if a not in known["aliases"]]
                mentions, ident = known["mentions"] + spans, known["id"]
                known.clear()
                known.update({**e, "id": ident})
                known.update(aliases=aliases, mentions=mentions)
            else:
                known["aliases"] += [a for a in e["aliases"] if a not in known["aliases"]]
                known["mentions"] += spans
            local[e["id"]] = known["id"]
        for r in rec["relations"]:
            r = {**r, "source": local[r["source"]], "target": local[r["target"]]}
            ident = (r["type"], *sorted((r["source"], r["target"])), r.get("title"))
            if ident not in seen_rel:
                seen_rel.add(ident)
                relations.append(r)
    return {
        "doc": first.doc,
        "article": {**first.metadata(), "stories": [x.article.metadata() for x in extractions]},
        "mention_offsets": "source",
        "entities": entities,
        "relations": relations,
    }


def file_records(items: Iterable[Extraction | ReadError]) -> Iterator[dict[str, Any] | ReadError]:
    """Group consecutive stories of one file (as ``extract_paths`` yields them) into one
    record per file; ReadErrors pass through."""
    group: list[Extraction] = []
    for item in items:
        if isinstance(item, ReadError):
            yield item
            continue
        if group and group[0].article.path != item.article.path:
            yield file_record(group)
            group = []
        group.append(item)
    if group:
        yield file_record(group)
