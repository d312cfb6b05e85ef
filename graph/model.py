"""The partnership knowledge graph: one ``networkx.MultiDiGraph`` with a fixed schema.

Nodes are keyed by stable string ids and carry ``label`` (one of :data:`NODE_LABELS`),
``name``, ``aliases`` (sorted list) and ``articles`` (sorted list of article ids), plus:

* places (Village, ResidentsCommittee, Region): ``division_code`` (or None), ``level``;
* Organization: ``subtype``; Person: ``unit`` (id of the unit the person was read in);
* Article: ``title``, ``date``, ``doc``, ``source``, ``authors``, ``url``.

Edges are keyed by their relationship type (HOLDS_POST by ``"HOLDS_POST:" + title``, so a
person may hold several posts in one unit) and always carry ``type``:

* PAIRED_WITH (undirected, stored once from the smaller id to the larger): ``kinds`` (list
  of pairing words), ``kind`` (the first), ``since`` (earliest year or None), ``articles``,
  ``evidence`` (list of ``{article, text, start, end, rule, confidence}``), ``confidence``
  (the highest);
* HOLDS_POST person → unit: ``title``, ``articles``;
* PART_OF place/unit → place: ``source`` ("gazetteer" or "text"), ``articles``;
* MENTIONED_IN entity → Article: ``count``.

networkx stays behind this module: the rest of pbkg uses the methods below.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx

NODE_LABELS: tuple[str, ...] = (
    "Organization",
    "Village",
    "ResidentsCommittee",
    "Region",
    "Person",
    "Article",
)
EDGE_TYPES: tuple[str, ...] = ("PAIRED_WITH", "HOLDS_POST", "PART_OF", "MENTIONED_IN")


def _merge_sorted(old: Iterable[Any] | None, new: Iterable[Any] | None) -> list[Any]:
    return sorted(set(old or ()) | set(new or ()))


class KnowledgeGraph:
    """A merged partnership graph; adding the same fact twice changes nothing."""

    def __init__(self, graph: nx.MultiDiGraph | None = None) -> None:
        self.g: nx.MultiDiGraph = graph if graph is not None else nx.MultiDiGraph()

    # -- nodes -------------------------------------------------------------------------
    def add_node(
        self,
        node_id: str,
        label: str,
        name: str,
        *,
        aliases: Iterable[str] = (),
        articles: Iterable[str] = (),
        **attrs: Any,
    ) -> None:
        """Add a node or merge into an existing one (aliases and articles are unioned;
        other attributes are kept when already set, filled when missing)."""
        if label not in NODE_LABELS:
            raise ValueError(f"unknown node label {label!r}")
        if node_id in self.g:
            data = self.g.nodes[node_id]
            if data["label"] != label:
                raise ValueError(f"node {node_id!r} is {data['label']}, not {label}")
            data["aliases"] = _merge_sorted(data.get("aliases"), [name, *aliases])
            data["articles"] = _merge_sorted(data.get("articles"), articles)
            for k, v in attrs.items():
                if data.get(k) in (None, "", []) and v not in (None, "", []):
                    data[k] = v
            return
        self.g.add_node(
            node_id,
            label=label,
            name=name,
            aliases=_merge_sorted([name], aliases),
            articles=sorted(set(articles)),
            **attrs,
        )

    def node(self, node_id: str) -> dict[str, Any]:
        return dict(self.g.nodes[node_id])

    def has_node(self, node_id: str) -> bool:
        return node_id in self.g

    def nodes(self, label: str | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
        for n, data in self.g.nodes(data=True):
            if label is None or data["label"] == label:
                yield n, data

    # -- edges -------------------------------------------------------------------------
    def add_pairing(
        self,
        a: str,
        b: str,
        *,
        kind: str | None,
        since: int | None,
        article: str,
        evidence: dict[str, Any] | None,
        confidence: float,
    ) -> None:
        """Record that units ``a`` and ``b`` are paired, as read in ``article``."""
        if a == b:
            raise ValueError(f"a unit cannot pair with itself: {a!r}")
        u, v = sorted((a, b))
        key = "PAIRED_WITH"
        if self.g.has_edge(u, v, key):
            data = self.g.edges[u, v, key]
        else:
            self.g.add_edge(
                u, v, key, type=key, kinds=[], kind=None, since=None,
                articles=[], evidence=[], confidence=0.0,
            )
            data = self.g.edges[u, v, key]
        if kind and kind not in data["kinds"]:
            data["kinds"].append(kind)
            data["kind"] = data["kinds"][0]
        if since is not None and (data["since"] is None or since < data["since"]):
            data["since"] = since
        data["articles"] = _merge_sorted(data["articles"], [article])
        if evidence is not None:
            quote = {"article": article, **evidence}
            if quote not in data["evidence"]:
                data["evidence"].append(quote)
        data["confidence"] = max(data["confidence"], confidence)

    def add_post(self, person: str, unit: str, *, title: str, article: str) -> None:
        key = f"HOLDS_POST:{title}"
        if self.g.has_edge(person, unit, key):
            data = self.g.edges[person, unit, key]
            data["articles"] = _merge_sorted(data["articles"], [article])
        else:
            self.g.add_edge(person, unit, key, type="HOLDS_POST", title=title, articles=[article])

    def add_part_of(self, child: str, parent: str, *, source: str, article: str | None = None) -> None:
        key = "PART_OF"
        arts = [article] if article else []
        if self.g.has_edge(child, parent, key):
            data = self.g.edges[child, parent, key]
            data["articles"] = _merge_sorted(data["articles"], arts)
        else:
            self.g.add_edge(child, parent, key, type=key, source=source, articles=arts)

    def add_mention(self, entity: str, article: str, count: int = 1) -> None:
        key = "MENTIONED_IN"
        if self.g.has_edge(entity, article, key):
            self.g.edges[entity, article, key]["count"] = max(
                self.g.edges[entity, article, key]["count"], count
            )
        else:
            self.g.add_edge(entity, article, key, type=key, count=count)

    def edges(self, edge_type: str | None = None) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for u, v, data in self.g.edges(data=True):
            if edge_type is None or data["type"] == edge_type:
                yield u, v, data

    def pairings(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        return self.edges("PAIRED_WITH")

    # -- views -------------------------------------------------------------------------
    def partners(self, node_id: str) -> list[str]:
        """Units paired with ``node_id``, in either direction."""
        out = {v for _, v, k in self.g.out_edges(node_id, keys=True) if k == "PAIRED_WITH"}
        out |= {u for u, _, k in self.g.in_edges(node_id, keys=True) if k == "PAIRED_WITH"}
        return sorted(out)

    def counts(self) -> dict[str, int]:
        """Node counts by label and edge counts by type (a summary for people and tests)."""
        out: dict[str, int] = {label: 0 for label in NODE_LABELS}
        out.update({t: 0 for t in EDGE_TYPES})
        for _, data in self.g.nodes(data=True):
            out[data["label"]] += 1
        for _, _, data in self.g.edges(data=True):
            out[data["type"]] += 1
        return out

    def __len__(self) -> int:
        return self.g.number_of_nodes()

    # -- node-link JSON ----------------------------------------------------------------
    def to_node_link(self) -> dict[str, Any]:
        """A JSON-ready dict (networkx node-link format, ``edges`` key), deterministic order."""
        data = nx.node_link_data(self.g, edges="edges")
        data["nodes"] = sorted(data["nodes"], key=lambda n: n["id"])
        data["edges"] = sorted(data["edges"], key=lambda e: (e["source"], e["target"], e["key"]))
        return data

    @classmethod
    def from_node_link(cls, data: dict[str, Any]) -> KnowledgeGraph:
        g = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
        return cls(g)
