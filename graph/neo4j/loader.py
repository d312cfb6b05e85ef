"""The batched loader: a :class:`KnowledgeGraph` into a live Neo4j, article by article,
and the withdrawal of an article read again.

Loading works in batches of whole articles, one managed transaction per batch: a failed
load leaves every article either fully loaded or absent, and a rerun completes it. For
each batch the store knows what the database holds of the batch's nodes and edges — read
in this transaction, or remembered from the load's earlier batches (:class:`_Known`), so
shared places are read once per load, and not at all when the database was empty. What
the database lacks is created outright (``UNWIND $rows CREATE``, no merge, no lookup);
what it holds is merged with :mod:`graph.model`'s own merge functions and only the
properties the merge changed are written (``SET x +=``), so the database merges exactly
as the model does. Nodes are addressed by element id within a load, checked against
their ``id`` once per transaction. An article already loaded with the same digest is
skipped (loading twice changes nothing); one whose file was read again with a different
text or reading is first withdrawn, in the same transaction as its replacement. Article
text only ever reaches Cypher as parameters (the statements are in
:mod:`graph.neo4j.statements`, the property mapping in :mod:`graph.neo4j.mapping`).

One loader at a time: concurrent loads of overlapping articles may lose updates (a node
deleted under a running load makes it fail with :class:`LoadError`).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from neo4j import Driver, ManagedTransaction, Session
from neo4j.exceptions import DriverError, Neo4jError

from graph.model import (
    EDGE_TYPES,
    ENTITY_LABELS,
    Contribution,
    EdgeKey,
    KnowledgeGraph,
    edge_without_article,
    merge_edge_data,
    merge_node_data,
    node_aliases,
    paused_gc,
)
from graph.neo4j import statements as cypher
from graph.neo4j.client import connect
from graph.neo4j.mapping import (
    changed_props,
    edge_from_props,
    edge_props,
    model_key,
    node_from_props,
    node_props,
)
from graph.settings import Neo4jSettings


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


# Whole articles per transaction. Larger batches mean fewer round trips and commits and
# fewer re-checks of the shared nodes each batch touches (benchmarks/neo4j_load.py:
# 5,000 beat 1,000 by about a fifth); a transaction of 5,000 synthetic articles holds
# about 85,000 relationships, a few tens of MB of transaction state.
BATCH_ARTICLES = 5000


class LoadError(RuntimeError):
    """Neo4j could not be reached or refused the load (the message says which)."""


@dataclass
class _BatchResult:
    """What one batch's transaction leaves in the database: the state of every entity
    and article-supported edge it touched, and the entities it created."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: dict[EdgeKey, dict[str, Any]] = field(default_factory=dict)
    element: dict[str, str] = field(default_factory=dict)  # node id → element id
    rel: dict[EdgeKey, str] = field(default_factory=dict)  # edge → relationship element id
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
    rel: dict[EdgeKey, str] = field(default_factory=dict)  # edge → relationship element id
    created: set[str] = field(default_factory=set)
    complete: bool = False  # the database held no entity when the load began

    def commit(self, batch: _BatchResult) -> None:
        """Take in a batch once its transaction committed."""
        self.nodes.update(batch.nodes)
        self.edges.update(batch.edges)
        self.element.update((n, batch.element[n]) for n in batch.nodes)
        self.rel.update(batch.rel)
        self.created |= batch.created


def _appended(stored: list[str] | None, merged: list[str] | None) -> list[str] | None:
    """What ``merged`` adds at the end of the ``stored`` (sorted) list, when it only adds
    there — the usual case within a load, whose batches take articles in id order — else
    None (the whole list is written)."""
    if not stored or not merged or len(merged) <= len(stored):
        return None
    n = len(stored)
    if merged[n - 1] != stored[-1] or merged[:n] != stored:
        return None
    return merged[n:]


class _Sent(list[Any]):
    """A statement's list parameter as sent: a plain list to the driver's packer (the
    same bytes on the wire), with a short ``repr``. The driver formats every RUN's
    parameters with ``repr`` for its debug log before it asks whether that log is on:
    at 10,000 synthetic articles that was 3.5 of a load's 75 seconds (cProfile), the
    repr of every row of every statement, thrown away."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} values>"


def quiet_params(params: dict[str, Any]) -> dict[str, Any]:
    """``params`` with each list copied into a list the driver does not spell out for a
    log nobody reads (see :class:`_Sent`)."""
    return {k: _Sent(v) if isinstance(v, list) else v for k, v in params.items()}


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
        # The driver keeps a statement's parameters in its result (for the summary), and
        # the result sits in a reference cycle with its transaction, so the rows would
        # live until the cyclic collector runs — paused during a load (paused_gc), so
        # every batch's rows piled up to the end of the load and were then collected in
        # one pass (about 3 million objects, seconds, at 30,000 articles). The statement
        # gets its own lists, emptied once its records are read: the rows go as soon as
        # the batch lets go of them.
        sent = quiet_params(params)
        try:
            # Every query here returns plain values (ids, lists, property maps), so the
            # records' own items are enough: Record.data() would walk them all again.
            return [dict(r.items()) for r in tx.run(query, sent)]
        finally:
            for v in sent.values():
                if isinstance(v, list):
                    v.clear()

    def _read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        with self._session() as s:
            return s.execute_read(lambda tx: self._run(tx, query, **params))

    def ensure_schema(self) -> None:
        """Create the uniqueness constraints and indexes, if they do not exist yet, and
        wait until they are online. On a database without them (a new one, or one
        written by ``neo4j-admin database import``: the constraints are created after the
        import) the import is finished first (:data:`statements.FINISH_IMPORT`)."""
        if self._schema_ready:
            return
        with self._session() as s:
            names = {r["name"] for r in s.run(cypher.CONSTRAINT_NAMES)}
            if "entity_id" not in names:
                for statement in cypher.FINISH_IMPORT:
                    s.run(statement).consume()
            for statement in cypher.SCHEMA:
                s.run(statement).consume()
            s.run(cypher.AWAIT_INDEXES, seconds=3600).consume()
        self._schema_ready = True

    # -- loading ---------------------------------------------------------------------
    def load(
        self,
        kg: KnowledgeGraph,
        *,
        batch_articles: int = BATCH_ARTICLES,
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
        # A database without articles (a first load) has none of them to look up.
        found = (
            self._read(cypher.FIND_ARTICLES, ids=articles, paths=paths)
            if articles and self._read(cypher.ANY_ARTICLE)
            else []
        )
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
        known = _Known(complete=not self._read(cypher.ANY_ENTITY))
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
        appends: list[dict[str, Any]] = []
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
            changed = changed_props(node_props(n, old), node_props(n, merged))
            add = _appended(old.get("articles"), changed.get("articles"))
            if add:
                del changed["articles"]
                appends.append({"e": element[n], "props": changed, "add": add})
            elif changed:
                updates.append({"e": element[n], "props": changed})
            if merged["label"] != old["label"]:
                relabel[merged["label"]].append({"e": element[n]})
        for label, rows in sorted(creates.items()):
            query = cypher.create_nodes_query(label, cypher.property_keys(rows))
            for i in range(0, len(rows), cypher.ROWS_PER_STATEMENT):
                [row] = self._run(tx, query, rows=rows[i : i + cypher.ROWS_PER_STATEMENT])
                element.update(zip(row["ids"], row["es"], strict=True))
            if label != "Article":
                result.created.update(r["id"] for r in rows)
        self._write_counted(tx, cypher.UPDATE_NODES, updates)
        self._write_counted(tx, cypher.APPEND_ARTICLES, appends)
        for label, rows in sorted(relabel.items()):
            self._write_counted(tx, cypher.RELABEL[label], rows)
        new_edges: dict[str, list[dict[str, Any]]] = defaultdict(list)
        new_keys: dict[str, list[EdgeKey]] = defaultdict(list)
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
                    new_keys[edge_type].append(key)
                continue
            merged = merge_edge_data(old, data)
            result.edges[key] = merged
            changed = changed_props(edge_props(old), edge_props(merged))
            if changed:
                rel = result.rel[key]
                changed_edges[edge_type].append({"r": rel, "a": ends["a"], "p": changed})
        for edge_type, rows in sorted(new_edges.items()):
            query = cypher.create_edges_query(edge_type, cypher.property_keys(r["p"] for r in rows))
            records = self._write_counted(tx, query, rows)  # chunked there
            if edge_type != "MENTIONED_IN":
                rels = [r for record in records for r in record["rs"]]
                result.rel.update(zip(new_keys[edge_type], rels, strict=True))
            result.relationships += len(rows)
        for edge_type, rows in sorted(changed_edges.items()):
            self._write_counted(tx, cypher.UPDATE_RELATIONSHIPS[edge_type], rows)
            result.relationships += len(rows)
        return result

    def _write_counted(
        self, tx: ManagedTransaction, query: str, rows: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """Run a statement that returns how many of its rows found their nodes,
        ``cypher.ROWS_PER_STATEMENT`` rows at a time (large enough that the round trips do not
        count, small enough that one statement's parameters stay a few megabytes), and
        fail when a row found none: the database lost a node this load holds. Returns
        each chunk's one record."""
        records: list[dict[str, Any]] = []
        for i in range(0, len(rows), cypher.ROWS_PER_STATEMENT):
            chunk = rows[i : i + cypher.ROWS_PER_STATEMENT]
            [row] = self._run(tx, query, rows=chunk)
            if row["n"] != len(chunk):
                raise LoadError(
                    f"{len(chunk) - row['n']} node(s) or relationship(s) this load read or "
                    "wrote are gone from the database: another writer changed it during "
                    "the load; run the load again"
                )
            records.append(row)
        return records

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
        self._write_counted(tx, cypher.VERIFY_NODES, verify)
        for row in self._run(tx, cypher.READ_ENTITIES, ids=unknown) if unknown else ():
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
                result.rel[key] = known.rel[key]
            elif u not in known.created and v not in known.created:
                ends = {"a": stored[u], "b": stored[v], "src": u, "dst": v}
                wanted[edge_type].append({**ends, "title": data.get("title")})
        for edge_type, rows in sorted(wanted.items()):
            for row in self._run(tx, cypher.READ_EDGES[edge_type], rows=rows):
                data = edge_from_props(edge_type, row["props"])
                key = (row["src"], row["dst"], model_key(data))
                out[key] = data
                result.rel[key] = row["r"]
        return out

    def _withdraw(self, tx: ManagedTransaction, aid: str) -> None:
        """Take article ``aid`` out, as :meth:`KnowledgeGraph.remove_article` does."""
        mentioned = [r["id"] for r in self._run(tx, cypher.MENTIONED_BY, aid=aid)]
        touched = set(mentioned)
        delete: list[str] = []
        update: list[dict[str, Any]] = []
        for row in self._run(tx, cypher.SUPPORTED_BY, ids=mentioned, aid=aid):
            touched.update((row["src"], row["dst"]))
            left = edge_without_article(edge_from_props(row["type"], row["props"]), aid)
            if left is None:
                delete.append(row["eid"])
            else:
                update.append({"eid": row["eid"], "props": edge_props(left)})
        self._run(tx, cypher.DELETE_EDGES, eids=delete)
        self._run(tx, cypher.UPDATE_EDGES, rows=update)
        rows = [
            {
                "id": r["id"],
                "articles": sorted(r["articles"]) or None,  # not stored when empty
                "aliases": node_aliases(r["name"], r["aliases"]),
            }
            for r in self._run(tx, cypher.REMAINING_MENTIONS, ids=mentioned, aid=aid)
        ]
        self._run(tx, cypher.SET_MENTIONS, rows=rows)
        self._run(tx, cypher.DELETE_ARTICLE, aid=aid)
        todo = sorted(touched)
        while todo:
            rows = self._run(tx, cypher.DELETE_ORPHANS, ids=todo)
            todo = sorted({p for r in rows for p in r["parents"]})

    # -- reading back ----------------------------------------------------------------
    def read_graph(self) -> KnowledgeGraph:
        """Everything pbkg stored, as a model graph (equal to the loaded model)."""
        out = KnowledgeGraph()
        for row in self._read(cypher.ALL_NODES):
            n, data = node_from_props(row["labels"], row["props"])
            out.g.add_node(n, **data)
        for row in self._read(cypher.ALL_EDGES):
            data = edge_from_props(row["type"], row["props"])
            out.g.add_edge(row["src"], row["dst"], model_key(data), **data)
        return out

    def counts(self) -> dict[str, int]:
        """Node counts by label and relationship counts by type, as
        :meth:`KnowledgeGraph.counts` gives them for the model."""
        out: dict[str, int] = {}
        for label in (*ENTITY_LABELS, "Article"):
            out[label] = self._read(cypher.COUNT_LABEL[label])[0]["n"]
        for edge_type in EDGE_TYPES:
            out[edge_type] = self._read(cypher.COUNT_TYPE[edge_type])[0]["n"]
        return out

    def delete_all(self) -> None:
        """Delete every node and relationship of the database (tests and benchmarks)."""
        with self._session() as s:
            s.run(cypher.DELETE_ALL).consume()


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
