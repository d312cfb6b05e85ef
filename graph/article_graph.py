"""Extractions → one merged :class:`KnowledgeGraph`: each article's graph, and their union.

Each :class:`ingest.model.Extraction` (read back from its record with
:meth:`~ingest.model.Extraction.from_record`) becomes a small graph of its own
(:func:`record_graph`) whose node ids are stable across articles (:mod:`graph.ids`);
merging those graphs gives one node per
real-world thing and one PAIRED_WITH per pair of units, carrying every article and
every evidence quote.

Where a thing sits decides its id, so each article gets a *scope*: the county-level
division code most of its linked places lie in. Organisations and unlinked places are
scoped by the place they belong to when the article says so (a PART_OF relation, or a
name that starts with a linked place: 金山区委组织部 lies in 金山区), otherwise by the
article's scope. Scopes are cut to six digits (county, city or province) so that one
organisation read in articles about different towns of a county stays one node.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from graph import ids
from graph.model import KnowledgeGraph
from graph.placement import merge_unplaced, name_place, nearest_place
from graph.reviews import PossibleMiss, Quote
from ingest.model import Article, Entity, Extraction, Relation

PLACE_LABELS = ("Village", "ResidentsCommittee", "Region")


class DivisionLike(Protocol):
    code: str
    name: str
    level: str
    type: str


class GazetteerLike(Protocol):
    """What the build needs of :class:`ingest.places.gazetteer.Gazetteer`."""

    def chain(self, code: str) -> list[Any]: ...


# -- one article -----------------------------------------------------------------------
def record_digest(record: dict[str, Any]) -> str:
    """A hash of everything read from one article (to skip unchanged articles on reload)."""
    blob = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()[:16]


def _scope(code: str | None) -> str | None:
    return code[:6] if code else None


def _article_scope(codes: Iterable[str]) -> str | None:
    """The six-digit code most linked places of the article lie in (ties: the smallest)."""
    counts = Counter(_scope(c) for c in codes)
    if not counts:
        return None
    return min(counts, key=lambda c: (-counts[c], c))


def article_label(art: Article) -> str:
    """A readable name for an article: its title, else its file (and the story's place in
    it when the file holds several: ``page.html #3``), else its id."""
    if art.title:
        return art.title
    if not art.doc:
        return art.id
    return f"{art.doc} #{art.index + 1}" if art.index else art.doc


def _code(e: Entity) -> str | None:
    """A place's division code (organisations and people have none)."""
    return e.division_code if e.type in PLACE_LABELS else None


def record_graph(extraction: Extraction, gazetteer: GazetteerLike | None = None) -> KnowledgeGraph:
    """The graph one article's extraction contributes: its Article, entities, mentions,
    relations, and the gazetteer chain of each linked place up to its province.

    Relations to entity ids the extraction does not hold are skipped (a record read back
    with :meth:`Extraction.from_record` may be someone else's output; a bad line must not
    stop a corpus).
    """
    kg = KnowledgeGraph()
    art = extraction.article
    aid = art.id
    kg.add_node(
        aid,
        "Article",
        article_label(art),
        title=art.title,
        date=art.date,
        event_date=art.event_date,
        doc=art.doc or None,
        source=art.source,
        authors=list(art.authors),
        url=art.url,
        path=os.path.normpath(art.path) if art.path else None,
        digest=record_digest(extraction.to_record()),
    )
    entities = {e.id: e for e in extraction.entities}
    relations = [r for r in extraction.relations if r.source in entities and r.target in entities]
    linked = [e for e in entities.values() if _code(e)]
    text_parent = {r.source: r.target for r in relations if r.type == "PART_OF"}
    gid, spelled, scope_of = _local_ids(entities, relations)
    units: dict[str, list[str]] = {}
    for r in relations:
        if r.type == "HOLDS_POST" and r.target in gid:
            units.setdefault(r.source, []).append(gid[r.target])
    for local, e in entities.items():
        if e.type == "Person":
            unit = min(units[local]) if local in units else None
            gid[local] = ids.person_id(e.name, unit or aid)

    for local, e in entities.items():
        attrs: dict[str, Any] = {}
        label: str = e.type
        code = _code(e)
        if code:
            label = _gazetteer_type(code, gazetteer) or label
        if e.type in PLACE_LABELS:
            attrs = {"division_code": code, "level": e.level}
        elif e.type == "Organization":
            attrs = {"subtype": e.subtype or None}
        elif e.type == "Person":
            unit = min(units[local]) if local in units else None
            attrs = {"unit": unit}
        aliases = [e.name, *e.aliases]
        kg.add_node(gid[local], label, e.name, aliases=aliases, articles=[aid], **attrs)
        kg.add_mention(gid[local], aid, count=max(1, len(e.mentions)), aliases=aliases)

    for e in linked:
        _add_chain(kg, gid[e.id], str(_code(e)), gazetteer)
    for local, e in entities.items():
        if e.type == "Person" or local in text_parent or _code(e):
            continue
        # Every unit gets a place: the one its name spells, else its id's region.
        if local in spelled:
            kg.add_part_of(gid[local], gid[spelled[local].id], source="text", article=aid)
        elif (region := _region_node(kg, scope_of(local), gazetteer)) is not None:
            kg.add_part_of(gid[local], region, source="scope", article=aid)

    for r in relations:
        a, b = gid[r.source], gid[r.target]
        if r.type == "PAIRED_WITH" and a != b:
            ev = r.evidence
            quote = None if ev is None else {"text": ev.text, "start": ev.start, "end": ev.end}
            kg.add_pairing(
                a,
                b,
                kind=r.kind,
                since=r.since,
                article=aid,
                evidence=quote,
                confidence=round(r.confidence, 3),
                rule=r.rule,
            )
        elif r.type == "HOLDS_POST" and r.title:
            learned = not r.rule.startswith(
                "post_"
            )  # the hand rules' fixed scores are no probability
            kg.add_post(
                a, b, title=r.title, article=aid, confidence=r.confidence if learned else None
            )
        elif r.type == "PART_OF":
            kg.add_part_of(a, b, source="text", article=aid)
    return kg


def possible_misses(extraction: Extraction) -> list[PossibleMiss]:
    """The extraction's near misses (pairing candidates the model turned down just below
    its threshold) with their ends as the graph ids :func:`record_graph` gives those
    units — before units are merged across articles (:func:`graph.reviews.settle_misses`
    follows the merges). No edge is made of them."""
    if not extraction.near_misses:
        return []
    art = extraction.article
    entities = {e.id: e for e in extraction.entities}
    relations = [r for r in extraction.relations if r.source in entities and r.target in entities]
    gid, _, _ = _local_ids(entities, relations)
    out = []
    for m in extraction.near_misses:
        a, b = gid.get(m.source), gid.get(m.target)
        if a is None or b is None or a == b:
            continue
        (a, name_a), (b, name_b) = sorted(
            ((a, entities[m.source].name), (b, entities[m.target].name))
        )
        ev = m.evidence
        quote = Quote(
            article=art.id,
            doc=art.doc or None,
            text=ev.text if ev else None,
            start=ev.start if ev else None,
            end=ev.end if ev else None,
        )
        out.append(
            PossibleMiss(
                ids=(a, b),
                names=(name_a, name_b),
                probability=round(m.probability, 3),
                evidence=quote,
                rule=m.rule,
                kind=m.kind,
                since=m.since,
            )
        )
    return out


def record_misses(lines: Iterable[str]) -> Iterator[PossibleMiss]:
    """The possible misses of extraction records (lines of ``extractions.jsonl``); only
    the lines that hold near misses are parsed."""
    for line in lines:
        if '"near_misses"' in line:
            yield from possible_misses(Extraction.from_record(json.loads(line)))


def _local_ids(
    entities: dict[str, Entity], relations: list[Relation]
) -> tuple[dict[str, str], dict[str, Entity], Callable[[str], str | None]]:
    """The graph id of each place and organisation of one article (local id → node id;
    people are named by their unit, see :func:`record_graph`), the linked place each
    unit's name spells, and ``scope_of`` (the region an unlinked unit sits in)."""
    scope = _article_scope(c for e in entities.values() if (c := _code(e)))
    linked = [e for e in entities.values() if _code(e)]
    text_parent = {r.source: r.target for r in relations if r.type == "PART_OF"}
    gid: dict[str, str] = {}

    spelled = {
        local: p
        for local, e in entities.items()
        if e.type != "Person" and (p := name_place(e.name, linked)) is not None
    }
    placed = [(e, str(_code(e))) for e in linked]
    placed += [(entities[local], str(_code(p))) for local, p in spelled.items()]

    def scope_of(local: str) -> str | None:
        """The scope of an organisation or unlinked place: its stated parent's, the place
        its name spells, for a place the nearest placed unit written before it, or the
        article's."""
        parent = text_parent.get(local)
        if parent is not None and _code(entities[parent]):
            return _scope(_code(entities[parent]))
        if local in spelled:
            return _scope(_code(spelled[local]))
        if entities[local].type in PLACE_LABELS:
            return _scope(nearest_place(entities[local], placed)) or scope
        return scope

    # Linked places first: everything else is scoped by them.
    for e in linked:
        gid[e.id] = ids.place_id(str(_code(e)))
    for local, e in entities.items():
        if local in gid or e.type == "Person":
            continue
        if e.type in PLACE_LABELS:
            gid[local] = ids.unlinked_place_id(e.name, scope_of(local))
        else:
            gid[local] = ids.organization_id(e.name, scope_of(local))

    return gid, spelled, scope_of


def _gazetteer_type(code: str, gazetteer: GazetteerLike | None) -> str | None:
    """The gazetteer's type for a linked place (it decides between Village and
    ResidentsCommittee by the formal name, the same way for every article)."""
    if gazetteer is None:
        return None
    try:
        return str(gazetteer.chain(code)[0].type)
    except (KeyError, IndexError):
        return None


def _region_node(
    kg: KnowledgeGraph, code: str | None, gazetteer: GazetteerLike | None
) -> str | None:
    """The node of division ``code`` with its gazetteer chain, added to ``kg`` when
    missing; None when there is no code or the gazetteer does not know it."""
    if code is None or gazetteer is None:
        return None
    try:
        d = gazetteer.chain(code)[0]
    except (KeyError, IndexError):
        return None
    node = ids.place_id(d.code)
    if not kg.has_node(node):
        kg.add_node(node, d.type, d.name, division_code=d.code, level=d.level)
        _add_chain(kg, node, d.code, gazetteer)
    return node


def _add_chain(kg: KnowledgeGraph, node: str, code: str, gazetteer: GazetteerLike | None) -> None:
    """PART_OF from a linked place up to its province, one edge per gazetteer step (with
    no articles: the step holds while anything below it is in the graph)."""
    if gazetteer is None:
        return
    try:
        chain = gazetteer.chain(code)
    except KeyError:
        return  # a code the gazetteer does not know: the place stands alone
    child = node
    for d in chain[1:]:
        parent = ids.place_id(d.code)
        kg.add_node(parent, d.type, d.name, division_code=d.code, level=d.level)
        kg.add_part_of(child, parent, source="gazetteer")
        child = parent


def build_graph(
    extractions: Iterable[Extraction], gazetteer: GazetteerLike | None = None
) -> KnowledgeGraph:
    """Merge every article's graph into one (the result does not depend on their order).
    Records read from an ``extractions.jsonl`` go through :meth:`Extraction.from_record`."""
    chains = _CachedChains(gazetteer) if gazetteer is not None else None
    kg = KnowledgeGraph.union(record_graph(ex, chains) for ex in extractions)
    merge_unplaced(kg)  # one unit read placed in one article and unplaced in another
    return kg


class _CachedChains:
    """Gazetteer chains looked up once per code: a corpus names the same towns again and
    again, and building a chain decodes every level."""

    def __init__(self, gazetteer: GazetteerLike) -> None:
        self._gazetteer = gazetteer
        self._chains: dict[str, list[Any] | None] = {}

    def chain(self, code: str) -> list[Any]:
        if code not in self._chains:
            try:
                self._chains[code] = self._gazetteer.chain(code)
            except KeyError:
                self._chains[code] = None
        found = self._chains[code]
        if found is None:
            raise KeyError(code)
        return found
