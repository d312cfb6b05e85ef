"""Merging article graphs as a reduction by node and edge id, in bounded memory.

:meth:`KnowledgeGraph.union` gathers every reading of a node before merging it, so the
memory of a build grows with the corpus, not with the graph. A :class:`GraphReducer`
takes the readings as they come and folds a node's (or edge's) pending readings into
one as soon as they are a quarter of what is already merged: memory stays within a
small factor of the merged graph, and each reading is merged a bounded number of times.

Folding is exact because the merge is a fold (:func:`graph.model.merge_node_readings` is
:func:`graph.model.merge_node_data` folded in reading order) and associative over runs
of readings: merging the merges of consecutive runs equals merging every reading in
order. So the reduction can be cut anywhere along the reading order — per task, per
worker, per bucket of ids on a cluster (:func:`split_by_id`, :func:`reduce_buckets`) —
and gives the same graph, byte for byte, as one union of every article in order.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from graph.model import EdgeKey, KnowledgeGraph, merge_edge_readings, merge_node_readings

FOLD_AT = 8  # never fold fewer pending readings than this (folding one is a copy)


def _weight(data: dict[str, Any]) -> int:
    return sum(len(data.get(k) or ()) for k in ("articles", "aliases", "evidence"))


@dataclass
class Readings:
    """Merged-so-far readings of nodes and edges, keyed by id, in first-seen order
    (which a graph built from them keeps, as the union does)."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: dict[EdgeKey, dict[str, Any]] = field(default_factory=dict)

    def graph(self) -> KnowledgeGraph:
        out = KnowledgeGraph()
        out.g.add_nodes_from(self.nodes.items())
        out.g.add_edges_from((u, v, k, data) for (u, v, k), data in self.edges.items())
        return out


class GraphReducer:
    """Folds readings of nodes and edges, given in reading order, into one per id."""

    def __init__(self) -> None:
        self._nodes: dict[str, list[dict[str, Any]]] = {}
        self._edges: dict[EdgeKey, list[dict[str, Any]]] = {}

    def add_graph(self, kg: KnowledgeGraph) -> None:
        """Add one article's graph (or any graph: its nodes and edges are readings)."""
        self.add(
            kg.g.nodes(data=True),
            (((u, v, k), data) for u, v, k, data in kg.g.edges(keys=True, data=True)),
        )

    def add(
        self,
        nodes: Iterable[tuple[str, dict[str, Any]]],
        edges: Iterable[tuple[EdgeKey, dict[str, Any]]],
    ) -> None:
        """Add readings (nodes first: an edge's ends are nodes read before it or with it).
        Raises ``ValueError`` when a node is read as an Article and as an entity."""
        for n, data in nodes:
            pending = self._nodes.get(n)
            if pending is None:
                self._nodes[n] = [data]
                continue
            pending.append(data)
            if len(pending) >= FOLD_AT and 4 * len(pending) > _weight(pending[0]):
                self._nodes[n] = [_merge_node(n, pending)]
        for key, data in edges:
            pending_e = self._edges.get(key)
            if pending_e is None:
                self._edges[key] = [data]
                continue
            pending_e.append(data)
            if len(pending_e) >= FOLD_AT and 4 * len(pending_e) > _weight(pending_e[0]):
                self._edges[key] = [merge_edge_readings(pending_e)]

    def add_readings(self, readings: Readings) -> None:
        self.add(readings.nodes.items(), readings.edges.items())

    def readings(self) -> Readings:
        """Every id's readings merged into one (the reducer can go on taking readings)."""
        nodes = {n: _merge_node(n, r) for n, r in self._nodes.items()}
        edges = {k: merge_edge_readings(r) for k, r in self._edges.items()}
        return Readings(nodes, edges)

    def graph(self) -> KnowledgeGraph:
        """The merged graph: equal to :meth:`KnowledgeGraph.union` of the graphs added."""
        return self.readings().graph()

    def __len__(self) -> int:
        return len(self._nodes)


def _merge_node(n: str, readings: list[dict[str, Any]]) -> dict[str, Any]:
    try:
        return merge_node_readings(readings)
    except ValueError as e:
        raise ValueError(f"node {n!r}: {e}") from None


# -- on a cluster: readings cut by id into buckets, each bucket reduced on its own -----
def bucket_of(node_or_edge: str | EdgeKey, buckets: int) -> int:
    """A stable bucket for an id (the same on every machine, unlike ``hash``); an edge
    goes with its source node."""
    node = node_or_edge if isinstance(node_or_edge, str) else node_or_edge[0]
    return zlib.crc32(node.encode("utf-8")) % buckets


@dataclass
class Bucket:
    """Part of one run's readings: those of ``buckets`` ids, each with its position in
    the run (``order``: (run, position) of the first reading, to rebuild the order in
    which the ids were first read)."""

    readings: Readings = field(default_factory=Readings)
    node_order: dict[str, tuple[int, int]] = field(default_factory=dict)
    edge_order: dict[EdgeKey, tuple[int, int]] = field(default_factory=dict)


def split_by_id(readings: Readings, run: int, buckets: int) -> list[Bucket]:
    """Cut the readings of run number ``run`` into ``buckets`` buckets by id."""
    out = [Bucket() for _ in range(buckets)]
    for i, (n, data) in enumerate(readings.nodes.items()):
        b = out[bucket_of(n, buckets)]
        b.readings.nodes[n] = data
        b.node_order[n] = (run, i)
    for i, (key, data) in enumerate(readings.edges.items()):
        b = out[bucket_of(key, buckets)]
        b.readings.edges[key] = data
        b.edge_order[key] = (run, i)
    return out


def reduce_bucket(parts: Sequence[Bucket]) -> Bucket:
    """One bucket of every run, in run order, reduced to one reading per id."""
    reducer = GraphReducer()
    node_order: dict[str, tuple[int, int]] = {}
    edge_order: dict[EdgeKey, tuple[int, int]] = {}
    for part in parts:
        reducer.add_readings(part.readings)
        for n, o in part.node_order.items():
            node_order.setdefault(n, o)
        for k, o in part.edge_order.items():
            edge_order.setdefault(k, o)
    return Bucket(reducer.readings(), node_order, edge_order)


def join_buckets(buckets: Iterable[Bucket]) -> KnowledgeGraph:
    """The graph of reduced buckets (disjoint by id), nodes and edges in the order they
    were first read — the graph one reducer over every run would give."""
    nodes: list[tuple[tuple[int, int], str, dict[str, Any]]] = []
    edges: list[tuple[tuple[int, int], EdgeKey, dict[str, Any]]] = []
    for b in buckets:
        nodes.extend((b.node_order[n], n, d) for n, d in b.readings.nodes.items())
        edges.extend((b.edge_order[k], k, d) for k, d in b.readings.edges.items())
    nodes.sort(key=lambda x: x[0])
    edges.sort(key=lambda x: x[0])
    return Readings({n: d for _, n, d in nodes}, {k: d for _, k, d in edges}).graph()
