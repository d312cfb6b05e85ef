"""The Neo4j store, by job: :mod:`~graph.neo4j.statements` (every line of Cypher),
:mod:`~graph.neo4j.mapping` (model ↔ properties), :mod:`~graph.neo4j.loader` (the
batched diff loader and the withdrawal of an article), :mod:`~graph.neo4j.bulk`
(``neo4j-admin database import`` files for an empty database) and
:mod:`~graph.neo4j.client` (connections, ad-hoc queries).

The neo4j driver is imported by these modules only.
"""

from __future__ import annotations

from graph.neo4j.client import connect, run_cypher
from graph.neo4j.loader import LoadError, LoadSummary, Neo4jStore, load_graph
from graph.neo4j.mapping import edge_from_props, edge_props, node_from_props, node_props

__all__ = [
    "LoadError",
    "LoadSummary",
    "Neo4jStore",
    "connect",
    "edge_from_props",
    "edge_props",
    "load_graph",
    "node_from_props",
    "node_props",
    "run_cypher",
]
