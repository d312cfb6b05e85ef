"""Model ↔ Neo4j properties: what a node or edge of :class:`graph.model.KnowledgeGraph`
is stored as, and back.

* an entity node has the labels ``:Entity:<Label>`` (Organization, Village,
  ResidentsCommittee, Region, Person), an article ``:Article``; the properties are the
  model's node attributes (``id``, ``name``, ``aliases``, ``articles``, ``division_code``,
  ``level``, ``subtype``, ``unit``, ``title``, ``date``, ``doc``, ``source``, ``authors``,
  ``url``, ``path``, ``digest``), None and empty lists left out (``neo4j-admin database
  import`` cannot write an empty array; reading back restores them, see
  :data:`LIST_ATTRS`, and the named queries read a missing list as empty);
* relationships have the model's edge types and attributes; PAIRED_WITH is stored once,
  from the smaller id to the larger, with ``kinds``, ``kind``, ``since``, ``articles``,
  ``confidence`` and the evidence as parallel lists ``evidence_article``,
  ``evidence_text``, ``evidence_start``, ``evidence_end``, ``evidence_rule``,
  ``evidence_confidence``, ``evidence_kind``, ``evidence_since`` (Neo4j lists hold no
  nulls: a missing text or kind is "", a missing offset or year -1);
  HOLDS_POST {title, articles}; PART_OF {source, articles}; MENTIONED_IN {count, aliases}.

The named queries (``queries/*.cypher``) rely on this mapping; the batched loader and
the bulk import (:mod:`graph.neo4j.bulk`) both write it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from graph.model import KnowledgeGraph, edge_key, with_defaults

EVIDENCE_FIELDS: tuple[tuple[str, Any], ...] = (
    ("article", ""),
    ("text", ""),
    ("start", -1),
    ("end", -1),
    ("rule", ""),
    ("confidence", 0.0),
    ("kind", ""),
    ("since", -1),
)
_MISSING = dict(EVIDENCE_FIELDS)
# The list-valued attributes of each node label and edge type: stored only when not
# empty, read back as [] when missing.
_NODE_LISTS = ("aliases", "articles")
LIST_ATTRS: dict[str, tuple[str, ...]] = {
    "Organization": _NODE_LISTS,
    "Village": _NODE_LISTS,
    "ResidentsCommittee": _NODE_LISTS,
    "Region": _NODE_LISTS,
    "Person": _NODE_LISTS,
    "Article": (*_NODE_LISTS, "authors"),
    "PAIRED_WITH": ("kinds", "articles"),
    "HOLDS_POST": ("articles",),
    "PART_OF": ("articles",),
    "MENTIONED_IN": ("aliases",),
}
_NULLABLE_EVIDENCE = frozenset({"text", "start", "end", "kind", "since"})


def node_props(node_id: str, data: dict[str, Any]) -> dict[str, Any]:
    """Neo4j properties of a model node: its attributes but the label, None and empty
    lists left out."""
    props = {k: v for k, v in data.items() if k != "label" and v is not None and v != []}
    props["id"] = node_id
    return props


def edge_props(data: dict[str, Any]) -> dict[str, Any]:
    """Neo4j properties of a model edge (None and empty lists left out); PAIRED_WITH
    evidence becomes parallel lists."""
    props = {
        k: v for k, v in data.items() if k not in ("type", "evidence") and v is not None and v != []
    }
    if data["type"] == "PAIRED_WITH":
        for f, missing in EVIDENCE_FIELDS:
            props[f"evidence_{f}"] = [
                q.get(f) if q.get(f) is not None else missing for q in data["evidence"]
            ]
    return props


def node_from_props(labels: Sequence[str], props: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The model node a Neo4j node stands for (inverse of :func:`node_props`)."""
    label = "Article" if "Article" in labels else next(lb for lb in labels if lb != "Entity")
    data = {k: v for k, v in props.items() if k != "id"}
    data["label"] = label
    for k in LIST_ATTRS[label]:
        data.setdefault(k, [])
    return props["id"], with_defaults(label, data)


def edge_from_props(edge_type: str, props: dict[str, Any]) -> dict[str, Any]:
    """The model edge a Neo4j relationship stands for (inverse of :func:`edge_props`)."""
    data = {k: v for k, v in props.items() if not k.startswith("evidence_")}
    data["type"] = edge_type
    if edge_type == "PAIRED_WITH":
        n = len(props.get("evidence_article", []))
        data["evidence"] = [
            {f: _nullable(f, props[f"evidence_{f}"][i]) for f, _ in EVIDENCE_FIELDS}
            for i in range(n)
        ]
    for k in LIST_ATTRS[edge_type]:
        data.setdefault(k, [])
    return with_defaults(edge_type, data)


def _nullable(field: str, value: Any) -> Any:
    """Undo the stand-ins for None in evidence lists (see :data:`EVIDENCE_FIELDS`)."""
    if field in _NULLABLE_EVIDENCE and value == _MISSING[field]:
        return None
    return value


def changed_props(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The properties that differ, for ``SET x += changed`` (a None removes one)."""
    return {k: new.get(k) for k in old.keys() | new.keys() if old.get(k) != new.get(k)}


def model_key(data: dict[str, Any]) -> str:
    """The model's edge key of an edge's attributes."""
    return edge_key(data["type"], data.get("title"))


def entity_rows(kg: KnowledgeGraph) -> dict[str, list[dict[str, Any]]]:
    """Every node of ``kg`` as ``{id, props}``, by label (Article included)."""
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n, data in kg.nodes():
        rows[data["label"]].append({"id": n, "props": node_props(n, data)})
    return rows


def edge_rows(kg: KnowledgeGraph) -> dict[str, list[dict[str, Any]]]:
    """Every edge of ``kg`` as ``{src, dst, props}``, by type."""
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for u, v, data in kg.edges():
        rows[data["type"]].append({"src": u, "dst": v, "props": edge_props(data)})
    return rows
