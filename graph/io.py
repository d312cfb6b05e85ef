"""Graph files: node-link JSON (graph.json) and GraphML (graph.graphml, for Gephi).

Writers go through :mod:`ingest.atomicio`, so a reader (or a crashed build) never sees a
half-written file. GraphML holds only scalars: list and dict attributes are JSON strings
there (see :mod:`graph.graphml`), and reading restores them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from graph.graphml import generate_graphml
from graph.model import EDGE_TYPES, LINK_FROM, LINK_TO, NODE_LABELS, KnowledgeGraph
from ingest.atomicio import atomic_open


def node_link_json(kg: KnowledgeGraph) -> str:
    """The node-link JSON text of ``kg``: sorted, indented, UTF-8 names kept readable."""
    return json.dumps(kg.to_node_link(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def generate_node_link(kg: KnowledgeGraph) -> Iterator[str]:
    """:func:`node_link_json`'s text in pieces of a few thousand of the encoder's chunks.

    ``json.dumps`` with ``indent`` runs the pure-Python encoder and keeps every chunk it
    yields (millions of short strings for a large graph, several times the text's own
    size) until it joins them; joined a batch at a time, memory holds one batch."""
    chunks = _ENCODER.iterencode(kg.to_node_link())
    while batch := list(islice(chunks, BATCH)):
        yield "".join(batch)
    yield "\n"


BATCH = 4096  # encoder chunks joined per piece written
# The encoder json.dumps makes for node_link_json's arguments (so the same bytes).
_ENCODER = json.JSONEncoder(ensure_ascii=False, indent=1, sort_keys=True)


def write_node_link(kg: KnowledgeGraph, path: str | Path) -> None:
    """Write ``kg`` as node-link JSON to ``path`` (atomically), streamed."""
    with atomic_open(path) as fh:
        fh.writelines(generate_node_link(kg))


class GraphFileError(ValueError):
    """A graph file that is not a graph pbkg wrote; ``str()`` is one line: path and reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def read_node_link(path: str | Path) -> KnowledgeGraph:
    """Read a graph written by :func:`write_node_link`.

    Raises ``OSError`` when the file cannot be read and :class:`GraphFileError` (path and
    reason) when it is not UTF-8 node-link JSON of the shape :func:`write_node_link`
    writes (corrupt JSON, a list, nodes without id or label, edges to unknown nodes)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise GraphFileError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise GraphFileError(path, f"not JSON ({exc.msg}, line {exc.lineno})") from None
    problem = _shape_problem(data)
    if problem is not None:
        raise GraphFileError(path, f"not a pbkg graph.json ({problem})")
    return KnowledgeGraph.from_node_link(data)


def _shape_problem(data: object) -> str | None:
    """What keeps ``data`` from being node-link JSON of a KnowledgeGraph, or None."""
    if not isinstance(data, dict):
        return f"a JSON {type(data).__name__}, not an object"
    for key in ("nodes", "edges"):
        if not isinstance(data.get(key), list):
            return f'no list "{key}"'
    ids = set()
    for node in data["nodes"]:
        if not isinstance(node, dict) or node.get("label") not in NODE_LABELS:
            return f"a node without a known label: {_clip(node)}"
        if not isinstance(node.get("id"), str):
            return f"a node without a string id: {_clip(node)}"
        ids.add(node["id"])
    for edge in data["edges"]:
        if not isinstance(edge, dict) or edge.get("type") not in EDGE_TYPES:
            return f"an edge without a known type: {_clip(edge)}"
        if edge.get(LINK_FROM) not in ids or edge.get(LINK_TO) not in ids:
            return f"an edge between unknown nodes: {_clip(edge)}"
    return None


def _clip(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def write_graphml(kg: KnowledgeGraph, path: str | Path) -> None:
    """Write ``kg`` as GraphML to ``path`` (atomically)."""
    with atomic_open(path) as fh:
        fh.writelines(generate_graphml(kg))


def read_graphml(path: str | Path) -> KnowledgeGraph:
    """Read a graph written by :func:`write_graphml` back into the same graph."""
    with open(path, "rb") as fh:
        return KnowledgeGraph.read_graphml(fh)
