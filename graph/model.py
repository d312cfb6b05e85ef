"""The partnership knowledge graph: one ``networkx.MultiDiGraph`` with a fixed schema.

Nodes are keyed by stable string ids (:mod:`graph.ids`) and carry ``label`` (one of
:data:`NODE_LABELS`), ``name``, ``aliases`` (sorted list) and ``articles`` (sorted list of
article ids), plus:

* places (Village, ResidentsCommittee, Region): ``division_code`` (or None), ``level``;
* Organization: ``subtype``; Person: ``unit`` (id of the unit the person was read in);
* any unit: ``merged_from`` (sorted ids of unplaced nodes folded into it by
  :func:`graph.placement.merge_unplaced`; absent when none), so a merge stays traceable;
* Article (id = the article's own id; ``name`` its title, else its file and story
  number): ``title``, ``date`` (publication), ``event_date`` (the date its text gives
  for what it reports), ``doc``, ``source``,
  ``authors``, ``url``, ``path`` (the file as given; a re-read of the same path replaces
  the article) and ``digest`` (a hash of everything read from it, to skip unchanged
  articles on reload).

Edges are keyed by their relationship type (HOLDS_POST by ``"HOLDS_POST:" + title``, so a
person may hold several posts in one unit) and always carry ``type``:

* PAIRED_WITH (undirected, stored once from the smaller id to the larger): ``kinds``
  (sorted list of pairing words), ``kind`` (the first), ``since`` (earliest year or None),
  ``articles``, ``evidence`` (list of ``{article, text, start, end, rule, confidence, kind,
  since}`` sorted by article and offset — one per reading, so every aggregate above can
  be recomputed when an article is withdrawn), ``confidence`` (the highest);
* HOLDS_POST person → unit: ``title``, ``articles``, ``confidence`` (the learned
  decision's calibrated probability, highest reading; None for a hand rule's post — it
  is kept when an article is withdrawn);
* PART_OF place/unit → place: ``source`` ("gazetteer" when any support comes from the
  gazetteer, else "text" when an article's text or a unit's name says so, else "scope":
  the region the article places an otherwise unplaced unit in), ``articles`` (the
  articles that say so; empty for gazetteer steps, which hold as long as something below
  them is in the graph);
* MENTIONED_IN entity → Article: ``count`` (mentions), ``aliases`` (the surface forms that
  article used; a node's ``aliases`` are its name plus the union of these).

Every merge is commutative and idempotent (lists are sorted sets, years take the minimum,
confidences the maximum), so the merged graph does not depend on the order articles are
read in, and :meth:`KnowledgeGraph.remove_article` is the exact inverse of adding one.
A node that no article mentions and nothing points at (a gazetteer ancestor whose last
place went) is an *orphan* and goes, with its own gazetteer steps.
There is one merge of readings (:func:`merge_node_readings`, :func:`merge_edge_readings`;
:func:`merge_node_data` and :func:`merge_edge_data` are its two-reading case) and one
definition of what articles contributed (:meth:`KnowledgeGraph.contribution`). The Neo4j
store reuses them and :func:`edge_without_article`, so that the database and this model
merge identically.

networkx stays behind this module: the rest of pbkg uses the methods below.
"""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

import networkx as nx

NODE_LABELS: tuple[str, ...] = (
    "Organization",
    "Village",
    "ResidentsCommittee",
    "Region",
    "Person",
    "Article",
)
ENTITY_LABELS: tuple[str, ...] = NODE_LABELS[:-1]
EDGE_TYPES: tuple[str, ...] = ("PAIRED_WITH", "HOLDS_POST", "PART_OF", "MENTIONED_IN")
# Edges that exist because articles say so; they disappear with their last article.
SUPPORTED_EDGE_TYPES: tuple[str, ...] = ("PAIRED_WITH", "HOLDS_POST", "PART_OF")
LINK_FROM, LINK_TO = "from", "to"  # endpoint keys of node-link edges

# Optional attributes each node label / edge type always has (None when unknown), so a
# graph read back from a store that omits None (GraphML, Neo4j) equals the one written.
OPTIONAL_ATTRS: dict[str, tuple[str, ...]] = {
    "Organization": ("subtype",),
    "Village": ("division_code", "level"),
    "ResidentsCommittee": ("division_code", "level"),
    "Region": ("division_code", "level"),
    "Person": ("unit",),
    "Article": ("title", "date", "event_date", "doc", "source", "url", "path", "digest"),
    "PAIRED_WITH": ("kind", "since"),
    "HOLDS_POST": ("confidence",),
    "PART_OF": (),
    "MENTIONED_IN": (),
}


def with_defaults(label_or_type: str, attrs: dict[str, Any]) -> dict[str, Any]:
    """``attrs`` with every optional attribute of its label or edge type present."""
    out = dict(attrs)
    for k in OPTIONAL_ATTRS.get(label_or_type, ()):
        out.setdefault(k, None)
    if label_or_type == "Article":
        out.setdefault("authors", [])
    return out


def _merge_sorted(old: Iterable[Any] | None, new: Iterable[Any] | None) -> list[Any]:
    return sorted(set(old or ()) | set(new or ()))


# Lists held in attribute dicts are never changed in place (every merge builds new
# ones), so graphs may share them: copying a dict shallowly is enough to keep two graphs
# apart, and is what makes merging thousands of article graphs cheap.


def _empty(v: Any) -> bool:
    return v is None or v == "" or v == []


def edge_key(edge_type: str, title: str | None = None) -> str:
    """The MultiDiGraph key of an edge: its type, plus the title for HOLDS_POST."""
    return f"HOLDS_POST:{title}" if edge_type == "HOLDS_POST" else edge_type


def _evidence_sort_key(q: dict[str, Any]) -> tuple[Any, ...]:
    return (
        q["article"],
        q.get("start") if q.get("start") is not None else -1,
        q.get("end") if q.get("end") is not None else -1,
        q.get("text") or "",
        q.get("rule") or "",
        q.get("kind") or "",
    )


def _pairing_aggregates(data: dict[str, Any]) -> None:
    """Recompute kinds/kind/since/articles/confidence of a PAIRED_WITH from its evidence."""
    ev = sorted(data["evidence"], key=_evidence_sort_key)
    data["evidence"] = ev
    data["kinds"] = sorted({q["kind"] for q in ev if q.get("kind")})
    data["kind"] = data["kinds"][0] if data["kinds"] else None
    years = [q["since"] for q in ev if q.get("since") is not None]
    data["since"] = min(years) if years else None
    data["articles"] = sorted({q["article"] for q in ev})
    data["confidence"] = max((float(q.get("confidence") or 0.0) for q in ev), default=0.0)


def merge_labels(labels: Iterable[str]) -> str:
    """The label of a thing read under several: the first in :data:`NODE_LABELS` order.

    Articles disagree at times (one calls a 社区 a village, another a residents'
    committee); a fixed precedence keeps the merge independent of reading order instead
    of failing the build. Raises ``ValueError`` when an Article and an entity share an id.
    """
    found = set(labels)
    if "Article" in found and len(found) > 1:
        raise ValueError(f"an article and an entity share an id: {sorted(found)}")
    return min(found, key=NODE_LABELS.index)


# Node attributes merged as sorted sets (or, for the name, by its own rule).
_SET_ATTRS = ("aliases", "articles", "name", "merged_from")


def merge_node_data(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The attributes of one node read twice: :func:`merge_node_readings` of the two."""
    return merge_node_readings([old, new])


# PART_OF sources, strongest first: one reading of a stronger kind decides.
PART_OF_SOURCES: tuple[str, ...] = ("gazetteer", "text", "scope")


def _source_rank(source: str) -> int:
    return PART_OF_SOURCES.index(source) if source in PART_OF_SOURCES else len(PART_OF_SOURCES)


def merge_edge_data(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The attributes of one edge read twice: :func:`merge_edge_readings` of the two."""
    return merge_edge_readings([old, new])


def edge_without_article(data: dict[str, Any], article: str) -> dict[str, Any] | None:
    """An article-supported edge with ``article``'s readings taken out, or None when no
    other article supports it. MENTIONED_IN edges go with their Article node instead."""
    if article not in data.get("articles", ()):
        return data
    out = dict(data)
    if data["type"] == "PAIRED_WITH":
        out["evidence"] = [q for q in out["evidence"] if q["article"] != article]
        _pairing_aggregates(out)
    else:
        out["articles"] = [a for a in out["articles"] if a != article]
    return out if out["articles"] else None


def _unmentioned(data: dict[str, Any]) -> dict[str, Any]:
    """A node as a part holds it when the part's articles do not mention it (an edge's
    far end, a gazetteer ancestor): no articles, its name its only alias."""
    return {**data, "articles": [], "aliases": [data["name"]]}


def node_aliases(name: str, mention_aliases: Iterable[Iterable[str]]) -> list[str]:
    """A node's aliases: its name plus every surface form the articles used."""
    out = {name}
    for aliases in mention_aliases:
        out.update(aliases)
    return sorted(out)


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while bulk-building graphs.

    Building creates millions of small dicts and lists that all stay alive; each one
    counts towards the collector's thresholds, so it keeps walking the whole heap for
    nothing (this more than halves merge and load times). The graph holds no reference
    cycles, so nothing is lost by collecting later; the previous state is restored.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Keep the objects alive now (a merged graph, extraction's loaded tables) out of
    the cyclic garbage collector's full walks until the block ends.

    Work that makes millions of short-lived objects next to a large heap (writing the
    outputs of a build, extracting beside the loaded models) triggers full collections
    that walk every object of that heap each time: a cost that grows with the heap, not
    with the work. Frozen objects are only skipped, not lost: the end of the block hands
    them back to the collector. Forked workers also keep more pages shared with their
    parent (a collection writes to every object it walks)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def merge_node_readings(readings: list[dict[str, Any]]) -> dict[str, Any]:
    """The attributes of one node read several times (the one node merge of pbkg): lists
    unioned, scalars kept from the first reading that sets them, the label by
    :func:`merge_labels`. A node first seen only through the gazetteer (no articles) takes
    the name the first article gives it, so the name does not depend on reading order.
    Linear in the readings; raises ``ValueError`` on a label clash (see merge_labels)."""
    first = readings[0]
    out = dict(first)
    if len(readings) == 1:
        return out
    out["label"] = merge_labels(d["label"] for d in readings)
    if not first.get("articles"):
        named = next((d for d in readings if d.get("articles")), None)
        if named is not None:
            out["name"] = named["name"]
    aliases: set[Any] = set()
    articles: set[Any] = set()
    merged_from: set[Any] = set()
    for d in readings:
        aliases.update(d.get("aliases") or ())
        articles.update(d.get("articles") or ())
        merged_from.update(d.get("merged_from") or ())
        for k, v in d.items():
            if k not in _SET_ATTRS and _empty(out.get(k)) and not _empty(v):
                out[k] = v
    out["aliases"] = sorted(aliases)
    out["articles"] = sorted(articles)
    if merged_from:
        out["merged_from"] = sorted(merged_from)
    return out


def merge_edge_readings(readings: list[dict[str, Any]]) -> dict[str, Any]:
    """The attributes of one edge read several times (all of one type; the one edge merge
    of pbkg): PAIRED_WITH evidence unioned and its aggregates recomputed, MENTIONED_IN
    counts by maximum, other edges' articles unioned (PART_OF from the gazetteer wins)."""
    out = dict(readings[0])
    if len(readings) == 1:
        return out
    t = out["type"]
    if t == "PAIRED_WITH":
        seen: set[tuple[Any, ...]] = set()
        evidence = []
        for d in readings:
            for q in d["evidence"]:
                key = tuple(sorted(q.items()))
                if key not in seen:
                    seen.add(key)
                    evidence.append(q)
        out["evidence"] = evidence
        _pairing_aggregates(out)
    elif t == "MENTIONED_IN":
        out["count"] = max(d["count"] for d in readings)
        out["aliases"] = sorted({a for d in readings for a in d.get("aliases") or ()})
    else:
        out["articles"] = sorted({a for d in readings for a in d["articles"]})
        if t == "HOLDS_POST":
            confs = [d["confidence"] for d in readings if d.get("confidence") is not None]
            out["confidence"] = max(confs) if confs else None
        if t == "PART_OF":
            out["source"] = min((d["source"] for d in readings), key=_source_rank)
    return out


EdgeKey = tuple[str, str, str]  # (source id, target id, edge key)


@dataclass(frozen=True)
class Contribution:
    """What some articles contributed to a graph, as plain dicts: node id → attributes
    and (source, target, key) → edge attributes (see :meth:`KnowledgeGraph.contribution`).
    The dicts are the contribution's own; the lists inside them may be shared."""

    nodes: dict[str, dict[str, Any]]
    edges: dict[EdgeKey, dict[str, Any]]


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
        """Add a node or merge into an existing one (see :func:`merge_node_data`).

        Raises ``ValueError`` for an unknown label or a label clash with an existing node.
        """
        if label not in NODE_LABELS:
            raise ValueError(f"unknown node label {label!r}")
        new = {
            "label": label,
            "name": name,
            "aliases": _merge_sorted([name], aliases) if label != "Article" else [],
            "articles": sorted(set(articles)),
            **attrs,
        }
        self.put_node(node_id, with_defaults(label, new))

    def put_node(self, node_id: str, data: dict[str, Any]) -> None:
        """Merge a complete attribute dict (as :meth:`node` returns it) into ``node_id``."""
        if node_id in self.g:
            try:
                merged = merge_node_data(self.g.nodes[node_id], data)
            except ValueError as e:
                raise ValueError(f"node {node_id!r}: {e}") from None
            self.g.nodes[node_id].clear()
            self.g.nodes[node_id].update(merged)
        else:
            self.g.add_node(node_id, **data)

    def node(self, node_id: str) -> dict[str, Any]:
        """A copy of the attributes of ``node_id``; raises ``KeyError`` when unknown."""
        return dict(self.g.nodes[node_id])

    def has_node(self, node_id: str) -> bool:
        return node_id in self.g

    def nodes(self, label: str | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
        for n, data in self.g.nodes(data=True):
            if label is None or data["label"] == label:
                yield n, data

    # -- edges -------------------------------------------------------------------------
    def put_edge(self, u: str, v: str, data: dict[str, Any]) -> None:
        """Merge a complete edge attribute dict into the edge ``u → v`` of its type."""
        key = edge_key(data["type"], data.get("title"))
        if self.g.has_edge(u, v, key):
            merged = merge_edge_data(self.g.edges[u, v, key], data)
            self.g.edges[u, v, key].clear()
            self.g.edges[u, v, key].update(merged)
        else:
            self.g.add_edge(u, v, key, **data)

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
        rule: str = "",
    ) -> None:
        """Record that units ``a`` and ``b`` are paired, as read in ``article``.

        ``evidence`` is ``{text, start, end}`` (offsets into the file as read) or None.
        Raises ``ValueError`` when ``a == b``.
        """
        if a == b:
            raise ValueError(f"a unit cannot pair with itself: {a!r}")
        u, v = sorted((a, b))
        ev = evidence or {}
        quote = {
            "article": article,
            "text": ev.get("text"),
            "start": ev.get("start"),
            "end": ev.get("end"),
            "rule": rule,
            "confidence": round(float(confidence), 3),
            "kind": kind,
            "since": since,
        }
        data: dict[str, Any] = {"type": "PAIRED_WITH", "evidence": [quote]}
        _pairing_aggregates(data)
        self.put_edge(u, v, data)

    def add_post(
        self,
        person: str,
        unit: str,
        *,
        title: str,
        article: str,
        confidence: float | None = None,
    ) -> None:
        """Record that ``person`` holds the post ``title`` in ``unit``, as read in
        ``article``; ``confidence`` is the learned decision's calibrated probability
        (None for a hand rule's post). Read several times, the highest is kept."""
        data = {
            "type": "HOLDS_POST",
            "title": title,
            "articles": [article],
            "confidence": None if confidence is None else round(float(confidence), 3),
        }
        self.put_edge(person, unit, data)

    def add_part_of(
        self, child: str, parent: str, *, source: str, article: str | None = None
    ) -> None:
        if child == parent:
            return  # a place read inside itself adds nothing
        arts = [article] if article else []
        data = {"type": "PART_OF", "source": source, "articles": arts}
        self.put_edge(child, parent, data)

    def add_mention(
        self, entity: str, article: str, count: int = 1, aliases: Iterable[str] = ()
    ) -> None:
        data = {"type": "MENTIONED_IN", "count": count, "aliases": sorted(set(aliases))}
        self.put_edge(entity, article, data)

    def edges(self, edge_type: str | None = None) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for u, v, data in self.g.edges(data=True):
            if edge_type is None or data["type"] == edge_type:
                yield u, v, data

    def pairings(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        return self.edges("PAIRED_WITH")

    def edge(self, u: str, v: str, key: str) -> dict[str, Any] | None:
        """A copy of the attributes of the edge ``u → v`` with ``key`` (the edge type, see
        :func:`edge_key`), or None when there is no such edge."""
        data = self.g.get_edge_data(u, v, key)
        return None if data is None else dict(data)

    def out_edges(
        self, node_id: str, edge_type: str | None = None
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(target, attributes)`` of the edges leaving ``node_id``, optionally of one
        type. The attribute dicts are the graph's own: read, do not change them."""
        for _, v, data in self.g.out_edges(node_id, data=True):
            if edge_type is None or data["type"] == edge_type:
                yield v, data

    def in_edges(
        self, node_id: str, edge_type: str | None = None
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(source, attributes)`` of the edges reaching ``node_id``, optionally of one
        type. The attribute dicts are the graph's own: read, do not change them."""
        for u, _, data in self.g.in_edges(node_id, data=True):
            if edge_type is None or data["type"] == edge_type:
                yield u, data

    # -- reviewers' edits (graph.reviews applies them) ---------------------------------
    def update_edge(self, u: str, v: str, key: str, **attrs: Any) -> None:
        """Set attributes on an existing edge (raises ``KeyError`` when there is none)."""
        self.g.edges[u, v, key].update(attrs)

    def remove_edge(self, u: str, v: str, key: str) -> None:
        """Take the edge out, and the nodes it leaves as orphans (see :func:`is_orphan`)."""
        self.g.remove_edge(u, v, key)
        self.remove_orphans((u, v))

    def update_node(self, node_id: str, **attrs: Any) -> None:
        """Set attributes on an existing node; a new ``name`` joins the aliases."""
        data = self.g.nodes[node_id]
        data.update(attrs)
        if "name" in attrs and data["label"] != "Article":
            data["aliases"] = _merge_sorted(data.get("aliases"), [attrs["name"]])

    def merge_nodes(self, kept: str, merged: str, name: str | None = None) -> None:
        """Fold entity ``merged`` into ``kept``: attributes by :func:`merge_node_data`
        (both names stay aliases), ``name`` (default: ``kept``'s) as the name, and every
        edge of ``merged`` moved onto ``kept``, merging with one already there. Edges
        between the two (a unit paired with itself) go.

        Raises ``KeyError`` for an unknown node, ``ValueError`` for an Article.
        """
        old, new = self.g.nodes[kept], self.g.nodes[merged]
        if "Article" in (old["label"], new["label"]):
            raise ValueError("articles are not merged")
        data = merge_node_data(old, new)
        data["name"] = name or old["name"]
        data["aliases"] = _merge_sorted(data["aliases"], [data["name"], new["name"]])
        moved = [(kept, v, d) for _, v, d in self.g.out_edges(merged, data=True)]
        moved += [(u, kept, d) for u, _, d in self.g.in_edges(merged, data=True)]
        self.g.remove_node(merged)
        self.g.nodes[kept].clear()
        self.g.nodes[kept].update(data)
        for u, v, d in moved:
            if u == v:
                continue
            if d["type"] == "PAIRED_WITH":
                u, v = sorted((u, v))
            self.put_edge(u, v, dict(d))
        for _, d in self.g.nodes(data=True):
            if d["label"] == "Person" and d.get("unit") == merged:
                d["unit"] = kept

    # -- whole graphs ------------------------------------------------------------------
    def merge(self, other: KnowledgeGraph) -> None:
        """Add everything in ``other`` (nodes first, so edges find their endpoints).
        To merge many graphs, :meth:`union` is much faster."""
        for n, data in other.g.nodes(data=True):
            self.put_node(n, data)
        for u, v, data in other.g.edges(data=True):
            self.put_edge(u, v, data)

    def rename_node(self, old: str, new: str, people: Iterable[str] | None = None) -> None:
        """Fold node ``old`` into ``new`` (created when absent): attributes merged as two
        readings of one node, every edge moved over (a pairing or PART_OF that would join
        ``new`` to itself goes), people whose ``unit`` was ``old`` now name ``new``, and
        ``old`` listed in ``new``'s ``merged_from``. Raises ``KeyError`` for an unknown
        ``old``.

        ``people``: the ids of the people whose ``unit`` is ``old``, when the caller
        knows them — then only those are looked at instead of every node, which keeps a
        build's many merges linear in the graph."""
        data = self.node(old)
        if old == new:
            return
        self.put_node(new, data)
        absorbed = self.g.nodes[new].get("merged_from") or []
        self.g.nodes[new]["merged_from"] = _merge_sorted(
            absorbed, [old, *(data.get("merged_from") or ())]
        )
        moved = [(new, v, d) for _, v, d in self.g.out_edges(old, data=True)]
        moved += [(u, new, d) for u, _, d in self.g.in_edges(old, data=True)]
        self.g.remove_node(old)
        for u, v, d in moved:
            if u == v and d["type"] in ("PAIRED_WITH", "PART_OF"):
                continue
            if d["type"] == "PAIRED_WITH":
                u, v = sorted((u, v))
            self.put_edge(u, v, d)
        candidates = (
            ((p, self.g.nodes[p]) for p in people if p in self.g)
            if people is not None
            else self.g.nodes(data=True)
        )
        for _, person in candidates:
            if person["label"] == "Person" and person.get("unit") == old:
                person["unit"] = new

    def article_ids(self) -> list[str]:
        return sorted(n for n, _ in self.nodes("Article"))

    def remove_article(self, article: str) -> None:
        """Withdraw everything ``article`` contributed: its node and mentions, its
        readings on edges (edges no other article supports go), and the nodes left as
        orphans (see :func:`is_orphan`), up the gazetteer chain. The inverse of merging
        that article's graph in; unknown articles are ignored.

        Only the articles and aliases of the nodes it mentioned are recomputed (from their
        remaining mentions); names and other scalars stay as first read.
        """
        if article not in self.g:
            return
        mentioned = {u for u, _ in self.g.in_edges(article)}
        touched = set(mentioned)
        self.g.remove_node(article)
        for u, v, k, data in list(self.g.edges(keys=True, data=True)):
            if data["type"] in SUPPORTED_EDGE_TYPES and article in data["articles"]:
                touched.update((u, v))
                left = edge_without_article(data, article)
                if left is None:
                    self.g.remove_edge(u, v, k)
                else:
                    data.clear()
                    data.update(left)
        for n in mentioned:
            data = self.g.nodes[n]
            mentions = [
                (a, d) for _, a, d in self.g.out_edges(n, data=True) if d["type"] == "MENTIONED_IN"
            ]
            data["articles"] = sorted(a for a, _ in mentions)
            data["aliases"] = node_aliases(data["name"], (d["aliases"] for _, d in mentions))
        self.remove_orphans(touched)

    def is_orphan(self, node_id: str) -> bool:
        """True for an entity no article mentions, that no edge points at, and whose own
        edges are only gazetteer steps (PART_OF with no articles)."""
        data = self.g.nodes[node_id]
        if data["label"] == "Article" or data["articles"] or self.g.in_degree(node_id):
            return False
        return all(
            d["type"] == "PART_OF" and not d["articles"]
            for _, _, d in self.g.out_edges(node_id, data=True)
        )

    def remove_orphans(self, candidates: Iterable[str]) -> None:
        """Remove the orphans among ``candidates``, then the parents they leave orphaned."""
        todo = [n for n in candidates if n in self.g]
        while todo:
            parents: list[str] = []
            for n in todo:
                if n in self.g and self.is_orphan(n):
                    parents.extend(v for _, v in self.g.out_edges(n))
                    self.g.remove_node(n)
            todo = [p for p in parents if p in self.g]

    def split_by_article(self) -> dict[str, KnowledgeGraph]:
        """Each article's own contribution, as the graph it would have added alone
        (with the gazetteer chains above its nodes): :meth:`article_graph` of each
        article. Their union is this graph again, up to first-read names and scalars."""
        return {a: self.article_graph([a]) for a in self.article_ids()}

    def article_graph(self, articles: Iterable[str]) -> KnowledgeGraph:
        """What ``articles`` contributed, as one graph (see :meth:`contribution`)."""
        part = self.contribution(articles)
        out = KnowledgeGraph()
        out.g.add_nodes_from(part.nodes.items())
        out.g.add_edges_from((u, v, k, data) for (u, v, k), data in part.edges.items())
        return out

    def contribution(self, articles: Iterable[str]) -> Contribution:
        """What ``articles`` contributed, as plain dicts — the one definition of an
        article's part of the graph: each article node, the nodes it mentions (with only
        the chosen articles and the aliases they used), their article-supported edges
        with only the chosen articles' readings, the far ends of those edges and the
        gazetteer chains above all of them. Computed from the neighbourhood of those
        articles only (loading takes the graph a batch of articles at a time this way);
        the union of the contributions of all articles is this graph again, up to
        first-read names and scalars."""
        with paused_gc():
            return self._contribution({a for a in articles if a in self.g})

    def _contribution(self, chosen: set[str]) -> Contribution:
        # networkx's own adjacency dicts are walked directly (read only): its views cost
        # more than the work itself on the hundreds of thousands of edges of a large load.
        node, succ, pred = self.g._node, self.g._succ, self.g._pred
        nodes: dict[str, dict[str, Any]] = {}
        edges: dict[EdgeKey, dict[str, Any]] = {}
        seen: dict[str, list[str]] = {}
        aliases: dict[str, set[str]] = {}
        for a in sorted(chosen):
            nodes[a] = dict(node[a])
            for u, keyed in pred[a].items():
                data = keyed["MENTIONED_IN"]
                edges[u, a, "MENTIONED_IN"] = dict(data)
                seen.setdefault(u, []).append(a)
                aliases.setdefault(u, set()).update(data["aliases"])
        for u, arts in seen.items():
            data = node[u]
            nodes[u] = {
                **data,
                "articles": arts,  # sorted: articles were taken in order
                "aliases": sorted(aliases[u] | {data["name"]}),
            }

        for u in seen:
            for v, keyed in succ[u].items():
                for k, data in keyed.items():
                    edge_type = data["type"]
                    if edge_type not in SUPPORTED_EDGE_TYPES or not data["articles"]:
                        continue
                    if edge_type == "PAIRED_WITH":
                        evidence = [q for q in data["evidence"] if q["article"] in chosen]
                        if not evidence:
                            continue
                        part = {**data, "evidence": evidence}
                        _pairing_aggregates(part)
                    else:
                        mine = [a for a in data["articles"] if a in chosen]
                        if not mine:
                            continue
                        part = {**data, "articles": mine}
                    if v not in nodes:
                        nodes[v] = _unmentioned(node[v])
                    edges[u, v, k] = part
        todo = list(nodes)
        while todo:
            n = todo.pop()
            for parent, keyed in succ[n].items():
                data = keyed.get("PART_OF")
                if data is None or data["articles"]:
                    continue
                if parent not in nodes:
                    nodes[parent] = _unmentioned(node[parent])
                    todo.append(parent)
                edges[n, parent, "PART_OF"] = dict(data)
        return Contribution(nodes, edges)

    @classmethod
    def union(cls, graphs: Iterable[KnowledgeGraph]) -> KnowledgeGraph:
        """The merge of ``graphs``, equal to merging them one by one into an empty graph
        but linear in their total size: each node's and edge's readings are gathered first
        and merged once (merging one by one re-sorts a node's growing article list for
        every article that mentions it)."""
        with paused_gc():
            return cls._union(graphs)

    @classmethod
    def _union(cls, graphs: Iterable[KnowledgeGraph]) -> KnowledgeGraph:
        nodes: dict[str, list[dict[str, Any]]] = {}
        edges: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        for g in graphs:
            for n, data in g.g.nodes(data=True):
                nodes.setdefault(n, []).append(data)
            for u, v, k, data in g.g.edges(keys=True, data=True):
                edges.setdefault((u, v, k), []).append(data)
        out = cls()
        for n, readings in nodes.items():
            try:
                out.g.add_node(n, **merge_node_readings(readings))
            except ValueError as e:
                raise ValueError(f"node {n!r}: {e}") from None
        for (u, v, k), readings in edges.items():
            out.g.add_edge(u, v, k, **merge_edge_readings(readings))
        return out

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

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KnowledgeGraph):
            return NotImplemented
        return self.to_node_link() == other.to_node_link()

    __hash__ = None  # type: ignore[assignment]  # mutable

    # -- node-link JSON ----------------------------------------------------------------
    def to_node_link(self) -> dict[str, Any]:
        """A JSON-ready dict in networkx node-link format, deterministic order.

        Edges are under ``edges`` and name their endpoints ``from`` and ``to`` (not
        networkx's default ``source``/``target``: PART_OF has an attribute ``source``).
        """
        data = nx.node_link_data(self.g, edges="edges", source=LINK_FROM, target=LINK_TO)
        data["nodes"] = sorted(data["nodes"], key=lambda n: n["id"])
        data["edges"] = sorted(data["edges"], key=lambda e: (e[LINK_FROM], e[LINK_TO], e["key"]))
        return data

    @classmethod
    def from_node_link(cls, data: dict[str, Any]) -> KnowledgeGraph:
        """The graph :meth:`to_node_link` described."""
        g = nx.node_link_graph(
            data, directed=True, multigraph=True, edges="edges", source=LINK_FROM, target=LINK_TO
        )
        return cls(g)

    # -- GraphML (for Gephi) -----------------------------------------------------------
    @classmethod
    def read_graphml(cls, fh: IO[bytes]) -> KnowledgeGraph:
        """Read what :func:`graph.graphml.generate_graphml` wrote back into the same graph
        (list and dict attributes from their JSON text, ``type`` back to ``label``)."""
        g = nx.read_graphml(fh, force_multigraph=True)
        out = nx.MultiDiGraph()
        for n, data in g.nodes(data=True):
            attrs = {k: _from_graphml(k, v) for k, v in data.items()}
            attrs["label"] = attrs.pop("type")
            out.add_node(n, **with_defaults(attrs["label"], attrs))
        for u, v, k, data in g.edges(keys=True, data=True):
            attrs = {a: _from_graphml(a, x) for a, x in data.items()}
            out.add_edge(u, v, k, **with_defaults(attrs["type"], attrs))
        return cls(out)


# Attributes that hold lists or dicts: JSON strings in GraphML.
JSON_ATTRS = frozenset({"aliases", "articles", "authors", "kinds", "evidence", "merged_from"})


def _from_graphml(key: str, value: Any) -> Any:
    return json.loads(value) if key in JSON_ATTRS else value
