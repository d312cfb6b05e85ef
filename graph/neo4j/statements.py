"""Every line of Cypher pbkg's Neo4j store runs, in one module.

Labels, relationship types and property keys cannot be Cypher parameters: they come
from the model's closed vocabulary (:data:`graph.model.ENTITY_LABELS`,
:data:`graph.model.EDGE_TYPES`) and from attribute names checked by
:func:`property_keys`, never from article text; every value is a parameter.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any

from graph.model import EDGE_TYPES, ENTITY_LABELS, SUPPORTED_EDGE_TYPES
from graph.neo4j.mapping import EVIDENCE_FIELDS

# Creating the plain indexes first (they fill in the background while the constraints
# fill theirs) gained nothing on an imported store of 10,000 synthetic articles (2.95 /
# 6.55 s against 2.74 / 2.80 s, alternating), nor did one transaction for all five.
SCHEMA: tuple[str, ...] = (
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
    "CREATE INDEX entity_division_code IF NOT EXISTS FOR (n:Entity) ON (n.division_code)",
    "CREATE INDEX article_path IF NOT EXISTS FOR (n:Article) ON (n.path)",
)
CONSTRAINT_NAMES = "SHOW CONSTRAINTS YIELD name RETURN name"
# After a bulk import the indexes are populated in the background; wait for them.
AWAIT_INDEXES = "CALL db.awaitIndexes($seconds)"
# The one value an import file cannot carry: a PAIRED_WITH evidence list holding a single
# "" (graph.neo4j.bulk). The evidence lists are parallel and never empty, so a missing
# one is that; run once on a database without pbkg's constraints (fresh, or just
# imported), where it finds nothing to do unless an import left it. The import marks the
# start nodes of those relationships with RESTORE_LABEL, so only they are visited (not
# every PAIRED_WITH relationship), and the mark is removed.
RESTORE_LABEL = "PbkgRestore"
_RESTORABLE = tuple(f"evidence_{f}" for f, missing in EVIDENCE_FIELDS if missing == "")
FINISH_IMPORT: tuple[str, ...] = (
    f"MATCH (:{RESTORE_LABEL})-[r:PAIRED_WITH]->() WHERE "
    + " OR ".join(f"r.{k} IS NULL" for k in _RESTORABLE)
    + " SET "
    + ", ".join(f"r.{k} = coalesce(r.{k}, [''])" for k in _RESTORABLE),
    f"MATCH (n:{RESTORE_LABEL}) REMOVE n:{RESTORE_LABEL}",
)

# Rows per UNWIND statement when a batch writes more (see loader._write_counted): large
# enough that round trips do not count, small enough that one statement's parameters
# stay a few megabytes.
ROWS_PER_STATEMENT = 20_000
ANY_ENTITY = "MATCH (n:Entity) RETURN n.id AS id LIMIT 1"
ANY_ARTICLE = "MATCH (n:Article) RETURN n.id AS id LIMIT 1"
READ_ENTITIES = (
    "UNWIND $ids AS id MATCH (n:Entity {id: id}) "
    "RETURN n.id AS id, elementId(n) AS e, labels(n) AS labels, properties(n) AS props"
)
# A load addresses the nodes it read or created by element id: an element id lookup costs
# about half a unique-index seek. Element ids are kept for the length of one load, and
# Neo4j may reuse the id of a deleted node, so each transaction first checks that the
# nodes it knows from earlier ones still carry their ids (VERIFY_NODES), and every write
# counts its rows: a node gone meanwhile makes the load fail, never write to another.
VERIFY_NODES = (
    "UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.e AND n.id = row.id "
    "RETURN count(*) AS n"
)
_ENDS = (
    "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b "
)
UPDATE_NODES = (
    "UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.e "
    "SET n += row.props RETURN count(*) AS n"
)
# A stored node's growing articles list: only the articles a batch adds are sent, appended
# in Cypher (the loader sends them only when they sort after every stored one, so the
# list stays sorted), never the whole list again in every batch.
APPEND_ARTICLES = (
    "UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.e "
    "SET n += row.props, n.articles = coalesce(n.articles, []) + row.add RETURN count(*) AS n"
)
# An entity's label may change when a later article reads it under another (see
# graph.model.merge_labels): the others are removed first.
RELABEL = {
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


READ_EDGES = {
    t: _between(t, "RETURN r")
    + "RETURN row.src AS src, row.dst AS dst, elementId(r) AS r, properties(r) AS props"
    for t in SUPPORTED_EDGE_TYPES
}
# A stored relationship a load read or created is changed by its element id (a direct
# seek; finding it between its two ends expands the sparser one, ten times the cost of a
# create per row at 30,000 articles). Its type and start node are checked as well, so a
# relationship id reused by another writer is never written to (the count fails then).
UPDATE_RELATIONSHIPS = {
    t: f"UNWIND $rows AS row MATCH ()-[r:{t}]->() WHERE elementId(r) = row.r "
    "AND elementId(startNode(r)) = row.a SET r += row.p RETURN count(*) AS n"
    for t in SUPPORTED_EDGE_TYPES
}
_PROPERTY_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def property_keys(rows: Iterable[dict[str, Any]]) -> tuple[str, ...]:
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
def create_nodes_query(label: str, keys: tuple[str, ...]) -> str:
    """``UNWIND $rows CREATE`` nodes of ``label`` (an entity label or Article) with the
    properties ``keys``; returns one record: ``ids`` and their element ids ``es``."""
    labels = "Article" if label == "Article" else f"Entity:{label}"
    return (
        f"UNWIND $rows AS row CREATE (n:{labels} {_inline(keys, 'row')}) "
        # one record for the whole statement: the driver's cost is per record
        "RETURN collect(row.id) AS ids, collect(elementId(n)) AS es"
    )


@functools.lru_cache(maxsize=256)
def create_edges_query(edge_type: str, keys: tuple[str, ...]) -> str:
    """``UNWIND $rows CREATE`` relationships of ``edge_type`` between the element ids
    ``row.a`` and ``row.b``, with the properties ``keys`` of ``row.p``; returns one
    record: ``n`` and, for the types a later batch may change (all but MENTIONED_IN,
    whose article is always new), their element ids ``rs`` in row order."""
    create = f"{_ENDS}CREATE (a)-[r:{edge_type} {_inline(keys, 'row.p')}]->(b) "
    if edge_type == "MENTIONED_IN":
        return create + "RETURN count(*) AS n"
    return create + "RETURN count(*) AS n, collect(elementId(r)) AS rs"


FIND_ARTICLES = (
    "UNWIND $ids AS id MATCH (a:Article {id: id}) "
    "RETURN a.id AS id, a.path AS path, a.digest AS digest "
    "UNION "
    "UNWIND $paths AS p MATCH (a:Article {path: p}) "
    "RETURN a.id AS id, a.path AS path, a.digest AS digest"
)
# Withdrawing an article: the entities it mentions, then every article-supported edge
# that lists it (each starts at an entity the article mentions).
MENTIONED_BY = "MATCH (:Article {id: $aid})<-[:MENTIONED_IN]-(e:Entity) RETURN e.id AS id"
SUPPORTED_BY = (
    "UNWIND $ids AS id MATCH (p:Entity {id: id})-[r:PAIRED_WITH|HOLDS_POST|PART_OF]->(q:Entity) "
    "WHERE $aid IN r.articles "
    "RETURN elementId(r) AS eid, type(r) AS type, properties(r) AS props, p.id AS src, q.id AS dst"
)
DELETE_EDGES = "UNWIND $eids AS eid MATCH ()-[r]->() WHERE elementId(r) = eid DELETE r"
UPDATE_EDGES = "UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.eid SET r = row.props"
REMAINING_MENTIONS = (
    "UNWIND $ids AS id MATCH (e:Entity {id: id}) "
    "OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(a:Article) WHERE a.id <> $aid "
    "RETURN e.id AS id, e.name AS name, collect(a.id) AS articles, collect(m.aliases) AS aliases"
)
SET_MENTIONS = (
    "UNWIND $rows AS row MATCH (e:Entity {id: row.id}) "
    "SET e.articles = row.articles, e.aliases = row.aliases"  # None for an empty list
)
DELETE_ARTICLE = "MATCH (a:Article {id: $aid}) DETACH DELETE a"
# Orphans (KnowledgeGraph.is_orphan): no articles, nothing pointing at them, only
# gazetteer steps going out. Deleting one may orphan its parents: the caller repeats.
# An empty list is not stored (graph.neo4j.mapping): no articles is a missing property.
DELETE_ORPHANS = (
    "UNWIND $ids AS id MATCH (n:Entity {id: id}) "
    "WHERE n.articles IS NULL AND NOT EXISTS { (n)<--() } "
    "AND NOT EXISTS { (n)-[r]->() WHERE NOT (type(r) = 'PART_OF' AND r.articles IS NULL) } "
    "OPTIONAL MATCH (n)-[:PART_OF]->(p:Entity) "
    "WITH n, collect(p.id) AS parents DETACH DELETE n RETURN parents"
)
ALL_NODES = (
    "MATCH (n) WHERE n:Entity OR n:Article "
    "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props"
)
ALL_EDGES = (
    "MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Article) AND (b:Entity OR b:Article) "
    "RETURN a.id AS src, b.id AS dst, type(r) AS type, properties(r) AS props"
)
COUNT_LABEL = {
    label: f"MATCH (n:{label}) RETURN count(n) AS n" for label in (*ENTITY_LABELS, "Article")
}
COUNT_TYPE = {t: f"MATCH ()-[r:{t}]->() RETURN count(r) AS n" for t in EDGE_TYPES}
DELETE_ALL = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
