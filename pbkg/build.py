"""Extraction records → one merged :class:`KnowledgeGraph`, and the ``pbkg build`` job.

A record is the JSON object :meth:`ingest.model.Extraction.to_record` writes per article.
Each record becomes a small graph of its own (:func:`record_graph`) whose node ids are
stable across articles (:mod:`graph.ids`); merging those graphs gives one node per
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
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from graph import ids
from graph.io import write_graphml, write_node_link
from graph.model import ENTITY_LABELS, KnowledgeGraph
from ingest.atomicio import atomic_open
from ingest.model import Entity, Extraction

if TYPE_CHECKING:
    from graph.neo4j_store import LoadSummary
    from graph.settings import Neo4jSettings

PLACE_LABELS = ("Village", "ResidentsCommittee", "Region")


class DivisionLike(Protocol):
    code: str
    name: str
    level: str
    type: str


class GazetteerLike(Protocol):
    """What the build needs of :class:`ingest.places.gazetteer.Gazetteer`."""

    def chain(self, code: str) -> list[Any]: ...


# The files `pbkg build` writes from the merged graph, in one place: each export format
# adds one `(file name, writer)` entry here (graph.ttl for RDF, graph.html for the
# network view). A writer takes the graph and the target path and writes atomically.
Exporter = tuple[str, Callable[[KnowledgeGraph, Path], None]]


def write_turtle(kg: KnowledgeGraph, path: Path) -> None:
    """The RDF export as Turtle under the default base IRI. rdflib is imported on the
    first call, so loading pbkg does not pay for it until RDF is written."""
    from graph.rdf.export import write_rdf

    write_rdf(kg, path, "turtle")


def write_graph_html(kg: KnowledgeGraph, path: Path) -> None:
    """The whole graph's network page. pyvis is imported on the first call."""
    from viz.html import write_graph_html as write

    write(kg, path)


EXPORTERS: list[Exporter] = [
    ("graph.json", write_node_link),
    ("graph.graphml", write_graphml),
    ("graph.ttl", write_turtle),
    ("graph.html", write_graph_html),
]


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


def _code(e: Entity) -> str | None:
    """A place's division code (organisations and people have none)."""
    return e.division_code if e.type in PLACE_LABELS else None


def _prefix_place(name: str, places: list[Entity]) -> Entity | None:
    """The linked place whose name (or an alias) the unit's name starts with, longest first."""
    best: tuple[int, Entity] | None = None
    for p in places:
        for form in {p.name, *p.aliases}:
            longer = best is None or len(form) > best[0]
            if len(form) >= 2 and len(name) > len(form) and name.startswith(form) and longer:
                best = (len(form), p)
    return best[1] if best else None


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
        art.title or art.doc or aid,
        title=art.title,
        date=art.date,
        doc=art.doc or None,
        source=art.source,
        authors=list(art.authors),
        url=art.url,
        path=os.path.normpath(art.path) if art.path else None,
        digest=record_digest(extraction.to_record()),
    )
    entities = {e.id: e for e in extraction.entities}
    relations = [r for r in extraction.relations if r.source in entities and r.target in entities]
    scope = _article_scope(c for e in entities.values() if (c := _code(e)))
    linked = [e for e in entities.values() if _code(e)]
    text_parent = {r.source: r.target for r in relations if r.type == "PART_OF"}
    gid: dict[str, str] = {}

    def scope_of(local: str) -> str | None:
        """The scope of an organisation or unlinked place: its stated parent's, the linked
        place its name starts with, or the article's."""
        parent = text_parent.get(local)
        if parent is not None and _code(entities[parent]):
            return _scope(_code(entities[parent]))
        p = _prefix_place(entities[local].name, linked)
        return _scope(_code(p)) if p else scope

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
        if e.type == "Organization" and local not in text_parent:
            p = _prefix_place(e.name, linked)
            if p is not None:
                kg.add_part_of(gid[local], gid[p.id], source="text", article=aid)

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
            kg.add_post(a, b, title=r.title, article=aid)
        elif r.type == "PART_OF":
            kg.add_part_of(a, b, source="text", article=aid)
    return kg


def _gazetteer_type(code: str, gazetteer: GazetteerLike | None) -> str | None:
    """The gazetteer's type for a linked place (it decides between Village and
    ResidentsCommittee by the formal name, the same way for every article)."""
    if gazetteer is None:
        return None
    try:
        return str(gazetteer.chain(code)[0].type)
    except (KeyError, IndexError):
        return None


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
    return KnowledgeGraph.union(record_graph(ex, chains) for ex in extractions)


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


# -- the whole job ---------------------------------------------------------------------
@dataclass
class BuildSummary:
    """What `pbkg build` did: counts for people, file paths, and what was rejected."""

    articles: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    pairings: int = 0
    posts: int = 0
    unlinked_places: int = 0
    rejected: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    loaded: LoadSummary | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "articles": self.articles,
            "entities": dict(self.entities),
            "pairings": self.pairings,
            "posts": self.posts,
            "unlinked_places": self.unlinked_places,
            "rejected": list(self.rejected),
            "outputs": list(self.outputs),
        }
        if self.loaded is not None:
            out["neo4j"] = self.loaded.to_dict()
        return out


def summarise(kg: KnowledgeGraph) -> BuildSummary:
    """Counts of a merged graph, as `pbkg build` prints them."""
    counts = kg.counts()
    unlinked = sum(
        1 for _, d in kg.nodes() if d["label"] in PLACE_LABELS and not d.get("division_code")
    )
    return BuildSummary(
        articles=counts["Article"],
        entities={label: counts[label] for label in ENTITY_LABELS},
        pairings=counts["PAIRED_WITH"],
        posts=counts["HOLDS_POST"],
        unlinked_places=unlinked,
    )


def write_outputs(
    extractions: Iterable[Extraction], kg: KnowledgeGraph, out_dir: Path
) -> list[str]:
    """Write extractions.jsonl and every :data:`EXPORTERS` file into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "extractions.jsonl"
    with atomic_open(target) as fh:
        for ex in extractions:
            fh.write(json.dumps(ex.to_record(), ensure_ascii=False) + "\n")
    written = [str(target)]
    for name, writer in EXPORTERS:
        writer(kg, out_dir / name)
        written.append(str(out_dir / name))
    return written


def _count_files(paths: Iterable[str | Path]) -> int:
    n = 0
    for p in paths:
        if os.path.isdir(p):
            n += sum(len(files) for _, _, files in os.walk(p))
        else:
            n += 1
    return n


def _extractions(paths: list[str | Path], jobs: int, progress: bool) -> Iterator[Extraction | str]:
    """Extractions, or the reason an input was rejected, as extraction yields them."""
    from ingest.extract.pipeline import extract_paths  # the extraction stage (heavy: jieba)
    from ingest.model import ReadError

    items: Iterable[Any] = extract_paths(paths, jobs)
    if progress:
        from tqdm import tqdm

        items = tqdm(items, desc="articles", unit=" art", file=sys.stderr)
    for item in items:
        yield str(item) if isinstance(item, ReadError) else item


def build_corpus(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    jobs: int = 1,
    *,
    gazetteer: GazetteerLike | None = None,
    neo4j: Neo4jSettings | None = None,
    progress: bool | None = None,
) -> BuildSummary:
    """Read and extract every article under ``paths``, merge, and write the outputs.

    ``gazetteer`` defaults to the national one; ``progress`` (None: when stderr is a
    terminal or there are many files) shows a progress bar on stderr; with ``neo4j``
    the graph is also loaded into that database. Rejected inputs are listed in the
    summary, never fatal. Raises ``OSError`` when the outputs cannot be written and the
    driver's errors when Neo4j cannot be reached.
    """
    path_list = list(paths)
    if gazetteer is None:
        from ingest.places.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    if progress is None:
        progress = sys.stderr.isatty() or _count_files(path_list) >= 200
    extractions: list[Extraction] = []
    rejected: list[str] = []
    for item in _extractions(path_list, jobs, progress):
        if isinstance(item, str):
            rejected.append(item)
        else:
            extractions.append(item)
    # Extraction with several jobs yields in completion order; sort so that
    # extractions.jsonl is the same file on every run.
    extractions.sort(key=lambda ex: (ex.article.path, ex.article.index))
    kg = build_graph(extractions, gazetteer)
    summary = summarise(kg)
    summary.rejected = rejected
    summary.outputs = write_outputs(extractions, kg, Path(out_dir))
    if neo4j is not None:
        from graph.neo4j_store import load_graph

        summary.loaded = load_graph(kg, neo4j, progress=progress)
    return summary
