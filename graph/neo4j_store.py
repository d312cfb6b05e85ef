"""The Neo4j store: every line of Cypher in pbkg's graph loading lives in this module.

Mapping (what the named queries rely on):

* an entity node has the labels ``:Entity:<Label>`` (Organization, Village,
  ResidentsCommittee, Region, Person), an article ``:Article``; the properties are the
  model's node attributes (``id``, ``name``, ``aliases``, ``articles``, ``division_code``,
  ``level``, ``subtype``, ``unit``, ``title``, ``date``, ``doc``, ``source``, ``authors``,
  ``url``, ``path``, ``digest``), None left out;
* relationships have the model's edge types and attributes; PAIRED_WITH is stored once,
  from the smaller id to the larger, with ``kinds``, ``kind``, ``since``, ``articles``,
  ``confidence`` and the evidence as parallel lists ``evidence_article``,
  ``evidence_text``, ``evidence_start``, ``evidence_end``, ``evidence_rule``,
  ``evidence_confidence``, ``evidence_kind``, ``evidence_since`` (Neo4j lists hold no
  nulls: a missing text or kind is "", a missing offset or year -1);
  HOLDS_POST {title, articles}; PART_OF {source, articles}; MENTIONED_IN {count, aliases}.

Loading works article by article, in batches of whole articles, one managed transaction
per batch: a failed load leaves every article either fully loaded or absent, and a rerun
completes it. For each batch the store knows what the database holds of the batch's
nodes and edges — read in this transaction, or remembered from the load's earlier
batches (:class:`_Known`), so shared places are read once per load, and not at all when
the database was empty. What the database lacks is created outright (``UNWIND $rows
CREATE``, no merge, no lookup); what it holds is merged with :mod:`graph.model`'s own
merge functions and only the properties the merge changed are written (``SET x +=``),
so the database merges exactly as the model does. Nodes are addressed by element id
within a load, checked against their ``id`` once per transaction. An article already
loaded with the same digest is skipped (loading twice changes nothing); one whose file
was read again with a different text or reading is first withdrawn, in the same
transaction as its replacement. Article text only ever reaches Cypher as parameters;
property keys, labels and types come from the model's closed vocabulary.

One loader at a time: concurrent loads of overlapping articles may lose updates (a node
deleted under a running load makes it fail with :class:`LoadError`).
"""

from __future__ import annotations

import functools
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from neo4j import READ_ACCESS, WRITE_ACCESS, Driver, GraphDatabase, ManagedTransaction, Session
from neo4j.exceptions import DriverError, Neo4jError

from graph.model import (
    EDGE_TYPES,
    ENTITY_LABELS,
    SUPPORTED_EDGE_TYPES,
    Contribution,
    EdgeKey,
    KnowledgeGraph,
    edge_key,
    edge_without_article,
    merge_edge_data,
    merge_node_data,
    node_aliases,
    paused_gc,
    with_defaults,
)
from graph.settings import Neo4jSettings

SCHEMA: tuple[str, ...] = (
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
    "CREATE INDEX entity_division_code IF NOT EXISTS FOR (n:Entity) ON (n.division_code)",
    "CREATE INDEX article_path IF NOT EXISTS FOR (n:Article) ON (n.path)",
)

# Labels and relationship types cannot be parameters in Cypher; they come from the
# model's closed vocabulary only, never from article text.
# The MERGE writers below serve the per-row baseline of benchmarks/neo4j_load.py; a load
# creates what the database lacks and updates the rest by element id (further down).
# An entity's label may change when a later article reads it under another (see
# graph.model.merge_labels): the others are removed first.
_WRITE_ENTITY = {
    label: "UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row.props "
    f"REMOVE n:{':'.join(lb for lb in ENTITY_LABELS if lb != label)} SET n:{label}"
    for label in ENTITY_LABELS
}
_WRITE_ARTICLE = "UNWIND $rows AS row MERGE (n:Article {id: row.id}) SET n = row.props"
_WRITE_EDGE = {
    "PAIRED_WITH": "UNWIND $rows AS row MATCH (a:Entity {id: row.src}) "
    "MATCH (b:Entity {id: row.dst}) MERGE (a)-[r:PAIRED_WITH]->(b) SET r = row.props",
    "PART_OF": "UNWIND $rows AS row MATCH (a:Entity {id: row.src}) "
    "MATCH (b:Entity {id: row.dst}) MERGE (a)-[r:PART_OF]->(b) SET r = row.props",
    "HOLDS_POST": "UNWIND $rows AS row MATCH (a:Entity {id: row.src}) "
    "MATCH (b:Entity {id: row.dst}) MERGE (a)-[r:HOLDS_POST {title: row.props.title}]->(b) "
    "SET r = row.props",
    "MENTIONED_IN": "UNWIND $rows AS row MATCH (a:Entity {id: row.src}) "
    "MATCH (b:Article {id: row.dst}) MERGE (a)-[r:MENTIONED_IN]->(b) SET r = row.props",
}
# Rows per UNWIND statement when a batch writes more (see Neo4jStore._write_counted).
_ROWS_PER_STATEMENT = 20_000
_ANY_ENTITY = "MATCH (n:Entity) RETURN n.id AS id LIMIT 1"
_READ_ENTITIES = (
    "UNWIND $ids AS id MATCH (n:Entity {id: id}) "
    "RETURN n.id AS id, elementId(n) AS e, labels(n) AS labels, properties(n) AS props"
)
# A load addresses the nodes it read or created by element id: an element id lookup costs
# about half a unique-index seek. Element ids are kept for the length of one load, and
# Neo4j may reuse the id of a deleted node, so each transaction first checks that the
# nodes it knows from earlier ones still carry their ids (_VERIFY_NODES), and every write
# counts its rows: a node gone meanwhile makes the load fail, never write to another.
_VERIFY_NODES = (
    "UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.e AND n.id = row.id "
    "RETURN count(*) AS n"
)
_ENDS = (
    "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b "
)
_UPDATE_NODES = (
    "UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.e "
    "SET n += row.props RETURN count(*) AS n"
)
_RELABEL = {
    label: "UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.e "
    f"REMOVE n:{':'.join(lb for lb in ENTITY_LABELS if lb != label)} SET n:{label} "
    "RETURN count(*) AS n"
    for label in ENTITY_LABELS
}


def _between(edge_type: str, then: str) -> str:
    """``then`` for the relationship of ``edge_type`` between two nodes located by element
    id (a HOLDS_POST also by its title). The subquery makes Neo4j check the relationship
    between two known nodes (Expand(Into), from the sparser end); left alone, the planner
    may expand from the target, and a county or province would have thousands of PART_OF
    relationships walked for every row."""
    title = "WHERE r.title = row.title " if edge_type == "HOLDS_POST" else ""
    return f"{_ENDS}CALL (a, b, row) {{ MATCH (a)-[r:{edge_type}]->(b) {title}{then} }} "


_READ_EDGES = {
    t: _between(t, "RETURN r") + "RETURN row.src AS src, row.dst AS dst, properties(r) AS props"
    for t in SUPPORTED_EDGE_TYPES
}
_UPDATE_EDGES_BETWEEN = {
    t: _between(t, "SET r += row.p RETURN 1 AS found") + "RETURN count(found) AS n"
    for t in SUPPORTED_EDGE_TYPES
}
_PROPERTY_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _keys(rows: Iterable[dict[str, Any]]) -> tuple[str, ...]:
    """The property keys of ``rows``, checked to be plain identifiers: they are written
    into the statement (Cypher has no parameter for a key), so they must never carry
    anything else. They come from the model's attribute names, not from article text."""
    keys = sorted({k for row in rows for k in row})
    for k in keys:
        if not _PROPERTY_KEY.fullmatch(k):
            raise ValueError(f"not a property key pbkg writes: {k!r}")
    return tuple(keys)


def _inline(keys: Sequence[str], source: str) -> str:
    return "{" + ", ".join(f"`{k}`: {source}.`{k}`" for k in keys) + "}"


# New nodes and relationships are created with their properties written out key by key:
# `SET n = row.props` after a CREATE makes Neo4j plan an Eager step that holds every row
# of the statement before writing any (about a third of the statement's time).
@functools.lru_cache(maxsize=256)
def _create_nodes_query(label: str, keys: tuple[str, ...]) -> str:
    labels = "Article" if label == "Article" else f"Entity:{label}"
    return (
        f"UNWIND $rows AS row CREATE (n:{labels} {_inline(keys, 'row')}) "
        # one record for the whole statement: the driver's cost is per record
        "RETURN collect(row.id) AS ids, collect(elementId(n)) AS es"
    )


@functools.lru_cache(maxsize=256)
def _create_edges_query(edge_type: str, keys: tuple[str, ...]) -> str:
    return f"{_ENDS}CREATE (a)-[r:{edge_type} {_inline(keys, 'row.p')}]->(b) RETURN count(*) AS n"


def _changed_props(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The properties that differ, for ``SET x += changed`` (a None removes one)."""
    return {k: new.get(k) for k in old.keys() | new.keys() if old.get(k) != new.get(k)}


_FIND_ARTICLES = (
    "UNWIND $ids AS id MATCH (a:Article {id: id}) "
    "RETURN a.id AS id, a.path AS path, a.digest AS digest "
    "UNION "
    "UNWIND $paths AS p MATCH (a:Article {path: p}) "
    "RETURN a.id AS id, a.path AS path, a.digest AS digest"
)
# Withdrawing an article: the entities it mentions, then every article-supported edge
# that lists it (each starts at an entity the article mentions).
_MENTIONED_BY = "MATCH (:Article {id: $aid})<-[:MENTIONED_IN]-(e:Entity) RETURN e.id AS id"
_SUPPORTED_BY = (
    "UNWIND $ids AS id MATCH (p:Entity {id: id})-[r:PAIRED_WITH|HOLDS_POST|PART_OF]->(q:Entity) "
    "WHERE $aid IN r.articles "
    "RETURN elementId(r) AS eid, type(r) AS type, properties(r) AS props, p.id AS src, q.id AS dst"
)
_DELETE_EDGES = "UNWIND $eids AS eid MATCH ()-[r]->() WHERE elementId(r) = eid DELETE r"
_UPDATE_EDGES = (
    "UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.eid SET r = row.props"
)
_REMAINING_MENTIONS = (
    "UNWIND $ids AS id MATCH (e:Entity {id: id}) "
    "OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(a:Article) WHERE a.id <> $aid "
    "RETURN e.id AS id, e.name AS name, collect(a.id) AS articles, collect(m.aliases) AS aliases"
)
_SET_MENTIONS = (
    "UNWIND $rows AS row MATCH (e:Entity {id: row.id}) "
    "SET e.articles = row.articles, e.aliases = row.aliases"
)
_DELETE_ARTICLE = "MATCH (a:Article {id: $aid}) DETACH DELETE a"
# Orphans (KnowledgeGraph.is_orphan): no articles, nothing pointing at them, only
# gazetteer steps going out. Deleting one may orphan its parents: the caller repeats.
_DELETE_ORPHANS = (
    "UNWIND $ids AS id MATCH (n:Entity {id: id}) "
    "WHERE size(n.articles) = 0 AND NOT EXISTS { (n)<--() } "
    "AND NOT EXISTS { (n)-[r]->() WHERE NOT (type(r) = 'PART_OF' AND size(r.articles) = 0) } "
    "OPTIONAL MATCH (n)-[:PART_OF]->(p:Entity) "
    "WITH n, collect(p.id) AS parents DETACH DELETE n RETURN parents"
)
_ALL_NODES = (
    "MATCH (n) WHERE n:Entity OR n:Article "
    "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props"
)
_ALL_EDGES = (
    "MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Article) AND (b:Entity OR b:Article) "
    "RETURN a.id AS src, b.id AS dst, type(r) AS type, properties(r) AS props"
)
_COUNT_LABEL = "MATCH (n:{label}) RETURN count(n) AS n"
_COUNT_TYPE = "MATCH ()-[r:{type}]->() RETURN count(r) AS n"
_DELETE_ALL = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"

_EVIDENCE_FIELDS: tuple[tuple[str, Any], ...] = (
    ("article", ""),
    ("text", ""),
    ("start", -1),
    ("end", -1),
    ("rule", ""),
    ("confidence", 0.0),
    ("kind", ""),
    ("since", -1),
)

_NULLABLE_EVIDENCE = frozenset({"text", "start", "end", "kind", "since"})


# -- model ↔ Neo4j properties ------------------------------------------------------------
def node_props(node_id: str, data: dict[str, Any]) -> dict[str, Any]:
    """Neo4j properties of a model node: its attributes but the label, None left out."""
    props = {k: v for k, v in data.items() if k != "label" and v is not None}
    props["id"] = node_id
    return props


def edge_props(data: dict[str, Any]) -> dict[str, Any]:
    """Neo4j properties of a model edge; PAIRED_WITH evidence becomes parallel lists."""
    props = {k: v for k, v in data.items() if k not in ("type", "evidence") and v is not None}
    if data["type"] == "PAIRED_WITH":
        for f, missing in _EVIDENCE_FIELDS:
            props[f"evidence_{f}"] = [
                q.get(f) if q.get(f) is not None else missing for q in data["evidence"]
            ]
    return props


def node_from_props(labels: Sequence[str], props: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The model node a Neo4j node stands for (inverse of :func:`node_props`)."""
    label = "Article" if "Article" in labels else next(lb for lb in labels if lb != "Entity")
    data = {k: v for k, v in props.items() if k != "id"}
    data["label"] = label
    return props["id"], with_defaults(label, data)


def edge_from_props(edge_type: str, props: dict[str, Any]) -> dict[str, Any]:
    """The model edge a Neo4j relationship stands for (inverse of :func:`edge_props`)."""
    data = {k: v for k, v in props.items() if not k.startswith("evidence_")}
    data["type"] = edge_type
    if edge_type == "PAIRED_WITH":
        n = len(props.get("evidence_article", []))
        data["evidence"] = [
            {f: _nullable(f, props[f"evidence_{f}"][i]) for f, _ in _EVIDENCE_FIELDS}
            for i in range(n)
        ]
    return with_defaults(edge_type, data)


def _nullable(field: str, value: Any) -> Any:
    """Undo the stand-ins for None in evidence lists (see :data:`_EVIDENCE_FIELDS`)."""
    if field in _NULLABLE_EVIDENCE and value == dict(_EVIDENCE_FIELDS)[field]:
        return None
    return value


def _entity_rows(g: KnowledgeGraph) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n, data in g.nodes():
        rows[data["label"]].append({"id": n, "props": node_props(n, data)})
    return rows


def _edge_rows(g: KnowledgeGraph) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for u, v, data in g.edges():
        rows[data["type"]].append({"src": u, "dst": v, "props": edge_props(data)})
    return rows


# -- summaries ---------------------------------------------------------------------------
@dataclass
class LoadSummary:
    """What a load did: articles written, skipped as unchanged, withdrawn, and time."""

    loaded: int = 0
    unchanged: int = 0
    replaced: int = 0
    relationships: int = 0  # relationships written (each batch's, after merging)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "loaded": self.loaded,
            "unchanged": self.unchanged,
            "replaced": self.replaced,
            "relationships": self.relationships,
            "seconds": round(self.seconds, 3),
        }


class LoadError(RuntimeError):
    """Neo4j could not be reached or refused the load (the message says which)."""


@dataclass
class _BatchResult:
    """What one batch's transaction leaves in the database: the state of every entity
    and article-supported edge it touched, and the entities it created."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: dict[EdgeKey, dict[str, Any]] = field(default_factory=dict)
    element: dict[str, str] = field(default_factory=dict)  # node id → element id
    created: set[str] = field(default_factory=set)
    relationships: int = 0  # relationships created or changed


@dataclass
class _Known:
    """What one load knows the database holds, as of its last committed batch.

    A batch reads back only what this cannot tell: a node it neither read nor wrote
    before (none at all when the database held no entity as the load began), and an
    edge between two nodes that were there before the load (every edge at a node this
    load created was written by this load, so it is in ``edges`` or does not exist).
    Shared places, read in every batch otherwise, are read once per load. Holds only
    while one loader writes (see the module docstring).
    """

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: dict[EdgeKey, dict[str, Any]] = field(default_factory=dict)
    element: dict[str, str] = field(default_factory=dict)  # entity id → element id
    created: set[str] = field(default_factory=set)
    complete: bool = False  # the database held no entity when the load began

    def commit(self, batch: _BatchResult) -> None:
        """Take in a batch once its transaction committed."""
        self.nodes.update(batch.nodes)
        self.edges.update(batch.edges)
        self.element.update((n, batch.element[n]) for n in batch.nodes)
        self.created |= batch.created


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class Neo4jStore:
    """Loads :class:`KnowledgeGraph` s into one Neo4j database and reads them back."""

    def __init__(self, driver: Driver, database: str | None = None) -> None:
        self.driver = driver
        self.database = database
        self._schema_ready = False

    # -- plumbing --------------------------------------------------------------------
    def _session(self) -> Session:
        # The server warns about labels and properties that do not exist yet on a fresh
        # database; those warnings are noise for a loader, so they are switched off.
        return self.driver.session(database=self.database, notifications_min_severity="OFF")

    def _run(self, tx: ManagedTransaction, query: str, **params: Any) -> list[dict[str, Any]]:
        """Run one statement in ``tx`` and return its records as dicts (every statement
        of a load goes through here)."""
        # Every query here returns plain values (ids, lists, property maps), so the
        # records' own items are enough: Record.data() would walk them all again.
        return [dict(r.items()) for r in tx.run(query, **params)]

    def _run_rows(
        self, tx: ManagedTransaction, query: str, rows: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        return self._run(tx, query, rows=rows)

    def _read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        with self._session() as s:
            return s.execute_read(lambda tx: self._run(tx, query, **params))

    def ensure_schema(self) -> None:
        """Create the uniqueness constraints and indexes, if they do not exist yet."""
        if self._schema_ready:
            return
        with self._session() as s:
            for statement in SCHEMA:
                s.run(statement).consume()
        self._schema_ready = True

    # -- loading ---------------------------------------------------------------------
    def load(
        self,
        kg: KnowledgeGraph,
        *,
        batch_articles: int = 1000,
        on_batch: Callable[[int], None] | None = None,
    ) -> LoadSummary:
        """Load every article of ``kg``, ``batch_articles`` whole articles per transaction.

        Articles already loaded with the same digest are skipped; an article with the same
        id but another digest, and every loaded article from a path this load reads again
        but whose id it no longer has, is withdrawn in the transaction that writes its
        replacement. ``on_batch(n)`` is called after each committed batch of ``n``
        articles. Raises the driver's errors (``neo4j.exceptions.Neo4jError``,
        ``ServiceUnavailable``), and :class:`LoadError` when the database lost a node this
        load wrote (another writer); what was committed before stays consistent.
        """
        with paused_gc():
            return self._load(kg, batch_articles, on_batch)

    def _load(
        self, kg: KnowledgeGraph, batch_articles: int, on_batch: Callable[[int], None] | None
    ) -> LoadSummary:
        t0 = time.perf_counter()
        self.ensure_schema()
        summary = LoadSummary()
        articles = kg.article_ids()
        ours = {a: kg.node(a) for a in articles}
        paths = sorted({d["path"] for d in ours.values() if d.get("path")})
        found = self._read(_FIND_ARTICLES, ids=articles, paths=paths)
        stale_for: dict[str, list[str]] = defaultdict(list)
        first_of_path: dict[str, str] = {}
        for a in articles:
            p = ours[a].get("path")
            if p and p not in first_of_path:
                first_of_path[p] = a
        todo = set(articles)
        for row in found:
            if row["id"] in ours:
                if row["digest"] == ours[row["id"]].get("digest"):
                    todo.discard(row["id"])
                    summary.unchanged += 1
                else:
                    stale_for[row["id"]].append(row["id"])
            elif row["path"] in first_of_path:
                stale_for[first_of_path[row["path"]]].append(row["id"])
        # The first article of a path may be unchanged while a sibling story is gone.
        # It then carries the withdrawal, and is itself withdrawn and written again
        # (a batch's articles are always new to the database).
        rewritten: set[str] = set()
        for a in list(stale_for):
            if a not in todo:
                todo.add(a)
                stale_for[a].append(a)
                rewritten.add(a)
                summary.unchanged -= 1
        pending = sorted(todo)
        known = _Known(complete=not self._read(_ANY_ENTITY))
        for batch in _chunks(pending, batch_articles):
            stale = sorted({s for a in batch for s in stale_for.get(a, ())})
            part = kg.contribution(batch)
            if stale:
                # A withdrawal changes stored nodes and edges this load did not write.
                known = _Known()
            with self._session() as s:
                result = s.execute_write(self._write_batch, part, stale, known)
            known.commit(result)
            summary.loaded += len(batch)
            summary.replaced += len([a for a in stale if a not in rewritten])
            summary.relationships += result.relationships
            if on_batch is not None:
                on_batch(len(batch))
        summary.seconds = time.perf_counter() - t0
        return summary

    def _write_batch(
        self, tx: ManagedTransaction, part: Contribution, stale: Sequence[str], known: _Known
    ) -> _BatchResult:
        """One transaction: withdraw ``stale`` articles, then merge ``part`` (whole
        articles) in. ``known`` is only read (a retried transaction function finds it
        intact); what the database holds afterwards is returned, for
        :meth:`_Known.commit` once the transaction committed."""
        for aid in stale:
            self._withdraw(tx, aid)
        result = _BatchResult()
        self._read_stored_nodes(tx, part, known, result)
        stored_edges = self._stored_edges(tx, part, known, result)
        element = result.element
        creates: dict[str, list[dict[str, Any]]] = defaultdict(list)
        updates: list[dict[str, Any]] = []
        relabel: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for n, data in part.nodes.items():
            old = result.nodes.get(n)
            if old is None:
                # New to the database (the batch's articles always are): created with
                # no lookup and no merge.
                creates[data["label"]].append(node_props(n, data))
                if data["label"] != "Article":
                    result.nodes[n] = data
                continue
            merged = merge_node_data(old, data)
            result.nodes[n] = merged
            # Most stored nodes a batch touches gain nothing (gazetteer regions above
            # the batch's villages): only what a merge changed is written.
            changed = _changed_props(node_props(n, old), node_props(n, merged))
            if changed:
                updates.append({"e": element[n], "props": changed})
            if merged["label"] != old["label"]:
                relabel[merged["label"]].append({"e": element[n]})
        for label, rows in sorted(creates.items()):
            query = _create_nodes_query(label, _keys(rows))
            for i in range(0, len(rows), _ROWS_PER_STATEMENT):
                [row] = self._run(tx, query, rows=rows[i : i + _ROWS_PER_STATEMENT])
                element.update(zip(row["ids"], row["es"], strict=True))
            if label != "Article":
                result.created.update(r["id"] for r in rows)
        self._write_counted(tx, _UPDATE_NODES, updates)
        for label, rows in sorted(relabel.items()):
            self._write_counted(tx, _RELABEL[label], rows)
        new_edges: dict[str, list[dict[str, Any]]] = defaultdict(list)
        changed_edges: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for key, data in part.edges.items():
            u, v, _ = key
            edge_type = data["type"]
            ends = {"a": element[u], "b": element[v]}
            old = stored_edges.get(key)
            if old is None:
                new_edges[edge_type].append({**ends, "p": edge_props(data)})
                if edge_type != "MENTIONED_IN":
                    result.edges[key] = data
                continue
            merged = merge_edge_data(old, data)
            result.edges[key] = merged
            changed = _changed_props(edge_props(old), edge_props(merged))
            if changed:
                changed_edges[edge_type].append({**ends, "title": data.get("title"), "p": changed})
        for edge_type, rows in sorted(new_edges.items()):
            query = _create_edges_query(edge_type, _keys(r["p"] for r in rows))
            self._write_counted(tx, query, rows)  # chunked there
            result.relationships += len(rows)
        for edge_type, rows in sorted(changed_edges.items()):
            self._write_counted(tx, _UPDATE_EDGES_BETWEEN[edge_type], rows)
            result.relationships += len(rows)
        return result

    def _write_counted(
        self, tx: ManagedTransaction, query: str, rows: list[dict[str, Any]]
    ) -> None:
        """Run a statement that returns how many of its rows found their nodes,
        ``_ROWS_PER_STATEMENT`` rows at a time (large enough that the round trips do not
        count, small enough that one statement's parameters stay a few megabytes), and
        fail when a row found none: the database lost a node this load holds."""
        for i in range(0, len(rows), _ROWS_PER_STATEMENT):
            chunk = rows[i : i + _ROWS_PER_STATEMENT]
            [row] = self._run(tx, query, rows=chunk)
            if row["n"] != len(chunk):
                raise LoadError(
                    f"{len(chunk) - row['n']} node(s) or relationship(s) this load read or "
                    "wrote are gone from the database: another writer changed it during "
                    "the load; run the load again"
                )

    def _read_stored_nodes(
        self, tx: ManagedTransaction, part: Contribution, known: _Known, result: _BatchResult
    ) -> None:
        """Fill ``result.nodes`` and ``result.element`` with what the database holds of
        the entities in ``part`` (its articles are new) and where. Nodes ``known`` holds
        are not read again; the others are, unless the database held no entity when the
        load began."""
        unknown: list[str] = []
        verify: list[dict[str, str]] = []
        for n, data in part.nodes.items():
            if data["label"] == "Article":
                continue
            if n in known.nodes:
                result.nodes[n] = known.nodes[n]
                result.element[n] = known.element[n]
                verify.append({"e": known.element[n], "id": n})
            elif not known.complete:
                unknown.append(n)
        self._write_counted(tx, _VERIFY_NODES, verify)
        for row in self._run(tx, _READ_ENTITIES, ids=unknown) if unknown else ():
            n, data = node_from_props(row["labels"], row["props"])
            result.nodes[n] = data
            result.element[n] = row["e"]

    def _stored_edges(
        self, tx: ManagedTransaction, part: Contribution, known: _Known, result: _BatchResult
    ) -> dict[EdgeKey, dict[str, Any]]:
        """What the database holds of the article-supported edges in ``part``, by
        (source, target, key). Only edges between two stored nodes can be stored; of
        those, an edge at a node this load created is known already (this load wrote
        every edge of it), so only edges between older nodes are read. Mentions always
        end at the batch's new articles."""
        out: dict[EdgeKey, dict[str, Any]] = {}
        wanted: dict[str, list[dict[str, Any]]] = defaultdict(list)
        stored = result.element
        for key, data in part.edges.items():
            u, v, _ = key
            edge_type = data["type"]
            if edge_type == "MENTIONED_IN" or u not in stored or v not in stored:
                continue
            if key in known.edges:
                out[key] = known.edges[key]
            elif u not in known.created and v not in known.created:
                ends = {"a": stored[u], "b": stored[v], "src": u, "dst": v}
                wanted[edge_type].append({**ends, "title": data.get("title")})
        for edge_type, rows in sorted(wanted.items()):
            for row in self._run(tx, _READ_EDGES[edge_type], rows=rows):
                data = edge_from_props(edge_type, row["props"])
                out[(row["src"], row["dst"], _key(data))] = data
        return out

    def _withdraw(self, tx: ManagedTransaction, aid: str) -> None:
        """Take article ``aid`` out, as :meth:`KnowledgeGraph.remove_article` does."""
        mentioned = [r["id"] for r in self._run(tx, _MENTIONED_BY, aid=aid)]
        touched = set(mentioned)
        delete: list[str] = []
        update: list[dict[str, Any]] = []
        for row in self._run(tx, _SUPPORTED_BY, ids=mentioned, aid=aid):
            touched.update((row["src"], row["dst"]))
            left = edge_without_article(edge_from_props(row["type"], row["props"]), aid)
            if left is None:
                delete.append(row["eid"])
            else:
                update.append({"eid": row["eid"], "props": edge_props(left)})
        self._run(tx, _DELETE_EDGES, eids=delete)
        self._run(tx, _UPDATE_EDGES, rows=update)
        rows = [
            {
                "id": r["id"],
                "articles": sorted(r["articles"]),
                "aliases": node_aliases(r["name"], r["aliases"]),
            }
            for r in self._run(tx, _REMAINING_MENTIONS, ids=mentioned, aid=aid)
        ]
        self._run(tx, _SET_MENTIONS, rows=rows)
        self._run(tx, _DELETE_ARTICLE, aid=aid)
        todo = sorted(touched)
        while todo:
            rows = self._run(tx, _DELETE_ORPHANS, ids=todo)
            todo = sorted({p for r in rows for p in r["parents"]})

    # -- the per-row writer, kept as the benchmark's baseline ----------------------------
    def write_row_by_row(self, kg: KnowledgeGraph) -> int:
        """Write ``kg`` one node or relationship per transaction, without merging with
        what is stored (the naive way, for benchmarks/neo4j_load.py to compare against).
        Returns the number of relationships written."""
        self.ensure_schema()
        written = 0
        with self._session() as s:
            for label, rows in _entity_rows(kg).items():
                query = _WRITE_ARTICLE if label == "Article" else _WRITE_ENTITY[label]
                for row in rows:
                    s.execute_write(self._run_rows, query, [row])
            for edge_type, rows in _edge_rows(kg).items():
                for row in rows:
                    s.execute_write(self._run_rows, _WRITE_EDGE[edge_type], [row])
                    written += 1
        return written

    # -- reading back ----------------------------------------------------------------
    def read_graph(self) -> KnowledgeGraph:
        """Everything pbkg stored, as a model graph (equal to the loaded model)."""
        out = KnowledgeGraph()
        for row in self._read(_ALL_NODES):
            n, data = node_from_props(row["labels"], row["props"])
            out.g.add_node(n, **data)
        for row in self._read(_ALL_EDGES):
            data = edge_from_props(row["type"], row["props"])
            out.g.add_edge(row["src"], row["dst"], _key(data), **data)
        return out

    def counts(self) -> dict[str, int]:
        """Node counts by label and relationship counts by type, as
        :meth:`KnowledgeGraph.counts` gives them for the model."""
        out: dict[str, int] = {}
        for label in (*ENTITY_LABELS, "Article"):
            out[label] = self._read(_COUNT_LABEL.format(label=label))[0]["n"]
        for edge_type in EDGE_TYPES:
            out[edge_type] = self._read(_COUNT_TYPE.format(type=edge_type))[0]["n"]
        return out

    def delete_all(self) -> None:
        """Delete every node and relationship of the database (tests and benchmarks)."""
        with self._session() as s:
            s.run(_DELETE_ALL).consume()


def _key(data: dict[str, Any]) -> str:
    return edge_key(data["type"], data.get("title"))


def connect(settings: Neo4jSettings) -> Driver:
    """A driver for ``settings``; raises the driver's errors when unreachable."""
    driver = GraphDatabase.driver(settings.uri, auth=settings.auth())
    driver.verify_connectivity()
    return driver


def load_graph(
    kg: KnowledgeGraph, settings: Neo4jSettings, *, progress: bool = False
) -> LoadSummary:
    """Load ``kg`` into the database of ``settings`` (see :meth:`Neo4jStore.load`).

    Raises :class:`LoadError` for a server that cannot be reached, refused credentials
    or a failed transaction; the articles committed before stay whole, and running the
    load again completes it.
    """
    try:
        with connect(settings) as driver:
            store = Neo4jStore(driver, settings.database)
            if not progress:
                return store.load(kg)
            from tqdm import tqdm

            with tqdm(total=len(kg.article_ids()), desc="neo4j", unit=" art") as bar:
                return store.load(kg, on_batch=bar.update)
    except (Neo4jError, DriverError) as e:
        raise LoadError(f"{settings.uri}: {e}") from e


# -- ad-hoc and named queries (used by queries/run.py) --------------------------------------
def run_cypher(
    settings: Neo4jSettings,
    query: str,
    params: dict[str, Any] | None = None,
    *,
    write: bool = False,
) -> tuple[list[str], list[dict[str, Any]]]:
    """Run one Cypher statement with ``params`` sent as parameters; return (columns, rows).

    Without ``write`` the session's default access mode is READ and the statement runs in
    a read transaction, so the *server* refuses any write clause (a
    ``neo4j.exceptions.ClientError`` with code ``Neo.ClientError.Statement.AccessMode``);
    nothing here inspects the query text. Rows are ``Record.data()`` dicts: nodes become
    their property maps, relationships ``(start, type, end)`` tuples. Raises the driver's
    errors (unreachable server, syntax error, refused write).
    """

    def work(tx: ManagedTransaction) -> tuple[list[str], list[dict[str, Any]]]:
        result = tx.run(query, params or {})
        return list(result.keys()), [r.data() for r in result]

    with (
        connect(settings) as driver,
        driver.session(
            database=settings.database,
            default_access_mode=WRITE_ACCESS if write else READ_ACCESS,
            # The server's hints (e.g. "property key does not exist" on a database that
            # has no such data yet) would be logged to stderr under every result table.
            notifications_min_severity="OFF",
        ) as session,
    ):
        return session.execute_write(work) if write else session.execute_read(work)
