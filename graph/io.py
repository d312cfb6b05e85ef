"""Graph files: node-link JSON (graph.json) and GraphML (graph.graphml, for Gephi).

Writers go through :mod:`ingest.atomicio`, so a reader (or a crashed build) never sees a
half-written file. GraphML holds only scalars: list and dict attributes are JSON strings
there (see :meth:`KnowledgeGraph.write_graphml`), and reading restores them.
"""

from __future__ import annotations

import json
from pathlib import Path

from graph.model import KnowledgeGraph
from ingest.atomicio import atomic_open, atomic_write_text


def node_link_json(kg: KnowledgeGraph) -> str:
    """The node-link JSON text of ``kg``: sorted, indented, UTF-8 names kept readable."""
    return json.dumps(kg.to_node_link(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_node_link(kg: KnowledgeGraph, path: str | Path) -> None:
    """Write ``kg`` as node-link JSON to ``path`` (atomically)."""
    atomic_write_text(path, node_link_json(kg))


def read_node_link(path: str | Path) -> KnowledgeGraph:
    """Read a graph written by :func:`write_node_link`. Raises ``OSError``/``ValueError``."""
    return KnowledgeGraph.from_node_link(json.loads(Path(path).read_text(encoding="utf-8")))


def write_graphml(kg: KnowledgeGraph, path: str | Path) -> None:
    """Write ``kg`` as GraphML to ``path`` (atomically)."""
    with atomic_open(path, "wb", encoding=None) as fh:
        kg.write_graphml(fh)


def read_graphml(path: str | Path) -> KnowledgeGraph:
    """Read a graph written by :func:`write_graphml` back into the same graph."""
    with open(path, "rb") as fh:
        return KnowledgeGraph.read_graphml(fh)
