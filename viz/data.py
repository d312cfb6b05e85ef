"""The data a page embeds: vis-network nodes and edges plus what their tooltips say.

Pure and deterministic (sorted by id), so a small graph's page data can be compared with
a golden file. Every string here may come from an article and is untrusted; it is only
ever embedded as JSON and shown as text by the page's script, never as HTML.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from graph.model import KnowledgeGraph
from viz.layout import Disc, layout_clusters
from viz.select import Selection, code_prefix
from viz.style import (
    EDGE_STYLES,
    NODE_STYLES,
    OTHER_EDGE,
    SUBTYPE_COLORS,
    SUBTYPE_NAMES,
    dash_pattern,
    edge_style,
    node_size,
    node_style,
)

Mode = Literal["physics", "precomputed", "overview"]
LAYOUT_THRESHOLD = 500
"""Above this many nodes the page gets precomputed positions instead of live physics:
on a loaded 2-core machine physics settled 500 nodes in 3.7 s and 1000 in 7.5 s, where the
precomputed layout is drawn in about 1 s (benchmarks/viz_bench.py)."""
OVERVIEW_THRESHOLD = 3000
"""Above this many nodes the page opens on one node per cluster (town) and shows a
cluster's units when it is clicked or zoomed into: vis-network redraws every node of
every frame, about half a second for 20k nodes on a laptop CPU."""
MAX_EVIDENCE = 5
"""Evidence quotes per edge tooltip; a pairing restated in 40 articles stays readable."""


@dataclass(frozen=True)
class PageData:
    """Everything the page script needs: ``nodes``/``edges`` go to vis-network as they are."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    legend: dict[str, Any]
    mode: Mode
    clusters: list[dict[str, Any]] = field(default_factory=list)  # overview mode only


def choose_mode(node_count: int, forced: Mode | None = None) -> Mode:
    """``forced`` when given, else by size: physics, then a precomputed layout, then the
    cluster overview."""
    if forced is not None:
        return forced
    if node_count > OVERVIEW_THRESHOLD:
        return "overview"
    return "precomputed" if node_count > LAYOUT_THRESHOLD else "physics"


def page_data(kg: KnowledgeGraph, selection: Selection, mode: Mode | None = None) -> PageData:
    """Build the page data for ``selection`` of ``kg``; ``mode`` None chooses by size."""
    chosen = choose_mode(len(selection.nodes), mode)
    posts = _posts_by_unit(kg)
    articles = {n: data for n, data in kg.nodes("Article")}
    # Physics starts from the cluster layout too: it then only has to refine, which
    # settles a 1k-node page in a fraction of the time a random start takes.
    towns = coarsen_groups(town_groups(kg), selection.nodes)
    layout = layout_clusters(selection.nodes, selection.pairings, towns)
    positions = layout.positions
    cluster_of = {m: i for i, d in enumerate(layout.discs) for m in d.members}

    # A pairing is stored once per pair, so counting ends counts partners; one pass over
    # the pairings instead of a neighbour query per node (seconds at 20k nodes).
    pairing_data = {(u, v): data for u, v, data in kg.pairings()}
    partner_counts: Counter[str] = Counter()
    for u, v in pairing_data:
        partner_counts[u] += 1
        partner_counts[v] += 1
    names = {n: kg.node(n).get("name") or n for n in selection.nodes}

    nodes = []
    for n in sorted(selection.nodes):
        data = kg.node(n)
        style = node_style(data["label"], data.get("subtype"))
        partners = partner_counts[n]
        item: dict[str, Any] = {
            "id": n,
            "label": _short(data.get("name") or n),
            "shape": style.shape,
            "color": style.color,
            "size": node_size(partners),
            "type": data["label"],
            "tip": {
                "name": data.get("name") or n,
                "type": style.name,
                "subtype": SUBTYPE_NAMES.get(data.get("subtype") or "", data.get("subtype")),
                "code": data.get("division_code"),
                "aliases": [a for a in data.get("aliases") or () if a != data.get("name")],
                "posts": posts.get(n, []),
                "partners": partners,
                "articles": [_article_ref(a, articles) for a in data.get("articles") or ()],
            },
        }
        if n in positions:
            item["x"], item["y"] = positions[n]
        if chosen == "overview":
            item["c"] = cluster_of[n]
        nodes.append(item)

    edges = []
    for i, (u, v) in enumerate(selection.pairings):
        data = pairing_data[u, v]
        look = edge_style(data.get("kind"))
        evidence = data.get("evidence") or []
        edges.append(
            {
                "id": f"p{i}",
                "from": u,
                "to": v,
                "color": look.color,
                "dashes": dash_pattern(look),
                "width": look.width,
                "kind": data.get("kind"),
                "tip": {
                    "ends": [names[u], names[v]],
                    "kinds": list(data.get("kinds") or ()),
                    "since": data.get("since"),
                    "confidence": data.get("confidence"),
                    "evidence": [
                        {
                            "text": q.get("text", ""),
                            "start": q.get("start"),
                            "end": q.get("end"),
                            **_article_ref(q.get("article"), articles),
                        }
                        for q in evidence[:MAX_EVIDENCE]
                    ],
                    "more_evidence": max(len(evidence) - MAX_EVIDENCE, 0),
                },
            }
        )
        if data.get("confirmed_by"):  # a reviewer confirmed it (graph.reviews): who, when
            tip: dict[str, Any] = edges[-1]["tip"]  # type: ignore[assignment]
            tip["confirmed"] = f"{data['confirmed_by']} {data.get('confirmed_at')}"
    clusters = _clusters(kg, layout.discs, towns) if chosen == "overview" else []
    subtypes = {
        kg.node(n).get("subtype") for n in selection.nodes if kg.node(n)["label"] == "Organization"
    }
    return PageData(nodes, edges, legend(edges, subtypes), chosen, clusters)


def legend(edges: list[dict[str, Any]], subtypes: Iterable[str | None] = ()) -> dict[str, Any]:
    """Legend entries: every node type, the organisation subtypes with a colour of their
    own among ``subtypes`` (those on the page), and the pairing kinds on the page."""
    present = {e["kind"] for e in edges}
    kinds = [
        {"kind": k, "color": s.color, "dashes": dash_pattern(s)}
        for k, s in EDGE_STYLES.items()
        if k in present
    ]
    if present - set(EDGE_STYLES):
        other = {"kind": "其他", "color": OTHER_EDGE.color, "dashes": dash_pattern(OTHER_EDGE)}
        kinds.append(other)
    types = [
        {"type": label, "name": s.name, "color": s.color, "shape": s.shape}
        for label, s in NODE_STYLES.items()
    ]
    tinted = set(subtypes)
    shades = [
        {"name": SUBTYPE_NAMES.get(sub, sub), "color": color}
        for sub, color in SUBTYPE_COLORS.items()
        if sub in tinted
    ]
    return {"types": types, "subtypes": shades, "kinds": kinds}


def _clusters(
    kg: KnowledgeGraph, discs: Sequence[Disc], towns: dict[str, str]
) -> list[dict[str, Any]]:
    """The overview's cluster nodes: where each disc is and what to call it (its town's
    name when the graph has that town, else its hub unit's)."""
    # Group keys are code prefixes (town 310116101, county 310116, city 3101, province
    # 31); a region's own code is padded (310100), so compare prefixes.
    town_names = {
        code_prefix(data["division_code"]): data.get("name")
        for _, data in kg.nodes("Region")
        if data.get("division_code")
    }
    out = []
    for d in discs:
        votes = Counter(towns[m] for m in d.members if m in towns)
        town = min(votes, key=lambda t: (-votes[t], t)) if votes else None
        name = town_names.get(town or "") or (kg.node(d.hub).get("name") or d.hub) + " 等"
        out.append({"x": d.x, "y": d.y, "r": d.r, "n": len(d.members), "name": name})
    return out


MIN_GROUP = 40
"""Mean units per layout group below which towns are merged into counties, cities or
provinces: a corpus spread over the whole country names one or two villages per town."""


def coarsen_groups(groups: dict[str, str], nodes: Iterable[str]) -> dict[str, str]:
    """``groups`` (division-code keys) cut to the finest level — town, county, city,
    province — at which ``nodes`` average :data:`MIN_GROUP` units per group. All nodes
    count, grouped or not: organisations join their partners' groups in the layout."""
    drawn = list(nodes)
    keys = [groups[n] for n in drawn if n in groups]
    for digits in (9, 6, 4, 2):
        if len({k[:digits] for k in keys}) * MIN_GROUP <= len(drawn) or digits == 2:
            return {n: k[:digits] for n, k in groups.items()}
    return groups


def town_groups(kg: KnowledgeGraph) -> dict[str, str]:
    """Each place's town (its division code cut to 9 digits; districts and above keep
    their own code), and each unit's with a ``PART_OF`` chain to such a place. Units
    with neither (most organisations) are placed by the layout next to their partners."""
    parents: dict[str, list[str]] = {}
    for child, parent, _ in kg.edges("PART_OF"):
        parents.setdefault(child, []).append(parent)
    codes = {n: data.get("division_code") for n, data in kg.nodes()}
    out: dict[str, str] = {}
    for n in codes:
        todo, seen = [n], {n}
        while todo:
            m = todo.pop(0)
            code = codes.get(m)
            if code:
                out[n] = code[:9]
                break
            for p in sorted(parents.get(m, ())):
                if p not in seen:
                    seen.add(p)
                    todo.append(p)
    return out


def _posts_by_unit(kg: KnowledgeGraph) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for person, unit, data in kg.edges("HOLDS_POST"):
        name = kg.node(person).get("name") or person
        post: dict[str, Any] = {"person": name, "title": data.get("title") or ""}
        if data.get("confidence") is not None:
            post["confidence"] = data["confidence"]
        out.setdefault(unit, []).append(post)
    for items in out.values():
        items.sort(key=lambda p: (p["person"], p["title"]))
    return out


def _article_ref(article: str | None, articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    data = articles.get(article or "", {})
    return {
        "title": data.get("title") or data.get("name") or article,
        "date": data.get("date"),
        "event_date": data.get("event_date"),
        "doc": data.get("path") or data.get("doc"),
    }


def _short(name: str, limit: int = 24) -> str:
    # Canvas labels do not wrap; a whole sentence captured as a name would cover its
    # neighbours. The tooltip still shows the full name.
    return name if len(name) <= limit else name[: limit - 1] + "…"
