"""The named queries answered from a :class:`KnowledgeGraph` in memory, with no server.

One function per ``queries/<name>.cypher``, taking the same (typed) parameters and
returning the same columns in the same row order as the Cypher does on the graph loaded
into Neo4j; the differential test in ``tests/queries`` holds both to that. Where the
Cypher sorts with nulls, :func:`_key` reproduces Cypher's order (ascending: nulls last).

The graph is read through :class:`KnowledgeGraph`'s public methods (``nodes``, ``node``,
``edges``, ``pairings``, ``edge``, ``out_edges``, ``in_edges``, ``partners``); networkx is
used here only for the path algorithms, on a pairing graph built from ``kg.pairings()``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_UP, Decimal
from itertools import product
from typing import Any

import networkx as nx

from graph.model import KnowledgeGraph

Row = dict[str, Any]
_UNIT_LABELS_EXCLUDED = ("Person", "Article")  # `:Entity` minus `:Person`, in Cypher terms
_DATED = re.compile(r"[0-9]{4}.*")


# -- helpers shared by the queries -----------------------------------------------------
def match_units(kg: KnowledgeGraph, value: str) -> list[str]:
    """Ids of the non-person entities whose id, name, an alias or division code is ``value``."""
    out = []
    for node_id, data in kg.nodes():
        if data["label"] in _UNIT_LABELS_EXCLUDED:
            continue
        if (
            node_id == value
            or data.get("name") == value
            or value in (data.get("aliases") or ())
            or data.get("division_code") == value
        ):
            out.append(node_id)
    return sorted(out)


def _part_of_reach(kg: KnowledgeGraph, start: str, *, upward: bool) -> set[str]:
    """Nodes reached from ``start`` along PART_OF edges (not ``start`` itself, unless a
    cycle leads back to it): its containing places when ``upward``, else what lies in it."""
    edges = kg.out_edges if upward else kg.in_edges
    seen: set[str] = set()
    frontier = [start]
    while frontier:
        node = frontier.pop()
        for other, _ in edges(node, "PART_OF"):
            if other not in seen:
                seen.add(other)
                frontier.append(other)
    return seen


def _below(kg: KnowledgeGraph, area: str, *, include_self: bool) -> set[str]:
    """Nodes with a PART_OF path to ``area`` (``PART_OF*1..``; ``*0..`` with include_self)."""
    below = _part_of_reach(kg, area, upward=False)
    return below | {area} if include_self else below


def _above(kg: KnowledgeGraph, node: str) -> set[str]:
    """``node`` and every place it lies in through PART_OF (``PART_OF*0..``)."""
    return _part_of_reach(kg, node, upward=True) | {node}


def _pairing(kg: KnowledgeGraph, a: str, b: str) -> dict[str, Any] | None:
    u, v = sorted((a, b))
    return kg.edge(u, v, "PAIRED_WITH")


def _article(kg: KnowledgeGraph, article_id: str) -> dict[str, Any] | None:
    if kg.has_node(article_id):
        data = kg.node(article_id)
        if data["label"] == "Article":
            return data
    return None


def _article_years(kg: KnowledgeGraph, article_ids: Iterable[str]) -> list[int]:
    """Sorted distinct years of the dated articles among ``article_ids``."""
    years = set()
    for aid in article_ids:
        art = _article(kg, aid)
        date = art.get("date") if art else None
        if isinstance(date, str) and _DATED.fullmatch(date):
            years.add(int(date[:4]))
    return sorted(years)


def _article_line(article_id: str, art: dict[str, Any]) -> str:
    title = art.get("title")
    title = art.get("name", article_id) if title is None else title
    date = art.get("date")
    return title if date is None else f"{date} {title}"


def _key(*values: Any) -> tuple[Any, ...]:
    """A sort key ordering like Cypher's ascending ORDER BY: nulls after every value.

    Strings compare by code point, as Neo4j compares string *properties* (and Python).
    """
    return tuple((v is None, 0 if v is None else v) for v in values)


def _element_key(*values: Any) -> tuple[Any, ...]:
    """Like :func:`_key` for values taken out of list properties, which Neo4j 5 compares
    as Java strings, by UTF-16 code unit: U+20000 and beyond sort before U+E000–U+FFFF
    there, after them by code point. (Measured on 5.26; scalar properties do not.)"""
    return _key(
        *(v.encode("utf-16-be", "surrogatepass") if isinstance(v, str) else v for v in values)
    )


def _round_half_up(x: float, places: int = 4) -> float:
    # Cypher's round(x, n) rounds the decimal form half up; Python's round() rounds the
    # binary value half to even, which would differ on exact ties such as 1/32.
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def _pairing_graph(kg: KnowledgeGraph) -> nx.Graph:
    g = nx.Graph()
    for u, v, data in kg.pairings():
        g.add_edge(u, v, kind=data.get("kind"))
    return g


def _check_limit(limit: int) -> int:
    if limit < 0:
        raise ValueError(f"limit must not be negative, got {limit}")
    return limit


# -- the named queries -----------------------------------------------------------------
def partners(kg: KnowledgeGraph, unit: str) -> list[Row]:
    """Partners of a unit: kinds, years, quotes and reporting articles (partners.cypher)."""
    rows = []
    for uid in match_units(kg, unit):
        for pid in kg.partners(uid):
            data = _pairing(kg, uid, pid)
            assert data is not None  # kg.partners() found it
            arts = sorted(a for a in data.get("articles") or () if _article(kg, a))
            rows.append(
                {
                    "unit_id": uid,
                    "unit": kg.node(uid).get("name"),
                    "partner_id": pid,
                    "partner": kg.node(pid).get("name"),
                    "partner_label": kg.node(pid)["label"],
                    "kinds": list(data.get("kinds") or []),
                    "since": data.get("since"),
                    "years": _article_years(kg, arts),
                    "confidence": data.get("confidence"),
                    "quotes": [e["text"] for e in data.get("evidence") or [] if e.get("text")],
                    "articles": [_article_line(a, _article(kg, a) or {}) for a in arts],
                }
            )
    return sorted(rows, key=lambda r: _key(r["unit_id"], r["partner_id"]))


def area_network(kg: KnowledgeGraph, area: str) -> list[Row]:
    """Pairings with both units inside an area, the area included (area_network.cypher)."""
    rows = []
    for aid in match_units(kg, area):
        inside = _below(kg, aid, include_self=True)
        for u, v, data in kg.pairings():
            if u in inside and v in inside:
                rows.append(
                    {
                        "area_id": aid,
                        "a_id": u,
                        "a": kg.node(u).get("name"),
                        "a_label": kg.node(u)["label"],
                        "b_id": v,
                        "b": kg.node(v).get("name"),
                        "b_label": kg.node(v)["label"],
                        "kinds": list(data.get("kinds") or []),
                        "since": data.get("since"),
                        "confidence": data.get("confidence"),
                        "article_count": len(data.get("articles") or []),
                    }
                )
    return sorted(rows, key=lambda r: _key(r["area_id"], r["a_id"], r["b_id"]))


def _area_at(kg: KnowledgeGraph, node: str, level: str) -> tuple[bool, str | None]:
    """Whether ``node``'s place is known at all, and its area of ``level`` (or None)."""
    above = [n for n in _above(kg, node) if kg.node(n)["label"] != "Article"]
    located = any(kg.node(n).get("level") is not None for n in above)
    ids = [n for n in above if kg.node(n).get("level") == level]
    return located, min(ids) if ids else None


def cross_boundary(kg: KnowledgeGraph, level: str = "town") -> list[Row]:
    """Pairings whose units lie in different areas of ``level`` (cross_boundary.cypher).

    A unit located above that level (a district bureau, for towns) has no area there,
    which differs from any area; units with no known place are left out.
    """
    rows = []
    for u, v, data in kg.pairings():
        (u_known, ua), (v_known, va) = _area_at(kg, u, level), _area_at(kg, v, level)
        if not (u_known and v_known) or ua == va:
            continue
        rows.append(
            {
                "a_id": u,
                "a": kg.node(u).get("name"),
                "a_area_id": ua,
                "a_area": None if ua is None else kg.node(ua).get("name"),
                "b_id": v,
                "b": kg.node(v).get("name"),
                "b_area_id": va,
                "b_area": None if va is None else kg.node(va).get("name"),
                "kinds": list(data.get("kinds") or []),
                "since": data.get("since"),
                "confidence": data.get("confidence"),
            }
        )
    return sorted(rows, key=lambda r: _key(r["a_id"], r["b_id"]))


def top_partners(kg: KnowledgeGraph, limit: int = 10) -> list[Row]:
    """Units by number of distinct partners, most first (top_partners.cypher)."""
    articles: dict[str, set[str]] = defaultdict(set)
    for u, v, data in kg.pairings():
        for n in (u, v):
            articles[n].update(data.get("articles") or ())
    rows = [
        {
            "id": n,
            "name": kg.node(n).get("name"),
            "label": kg.node(n)["label"],
            "partners": len(kg.partners(n)),
            "articles": len(articles[n]),
        }
        for n in articles
    ]
    rows.sort(key=lambda r: (-r["partners"], r["id"]))
    return rows[: _check_limit(limit)]


def brokers(kg: KnowledgeGraph, limit: int = 10) -> list[Row]:
    """Units by betweenness on the pairing network, highest first (brokers.cypher).

    networkx's unnormalised betweenness on the undirected pairing graph counts each
    unordered pair once, exactly the sum the Cypher accumulates over pairs ``s < t``.
    """
    g = _pairing_graph(kg)
    scores = nx.betweenness_centrality(g, normalized=False)
    rows = [
        {
            "id": n,
            "name": kg.node(n).get("name"),
            "label": kg.node(n)["label"],
            "betweenness": _round_half_up(b),
            "partners": g.degree(n),
        }
        for n, b in scores.items()
        if b > 0  # Brandes adds nothing to a node on no shortest path: 0 is exact here
    ]
    rows.sort(key=lambda r: (-r["betweenness"], r["id"]))
    return rows[: _check_limit(limit)]


def coverage_gaps(kg: KnowledgeGraph, area: str) -> list[Row]:
    """Villages and residents' committees of an area with no pairing (coverage_gaps.cypher)."""
    rows = []
    for aid in match_units(kg, area):
        for n in _below(kg, aid, include_self=False):
            data = kg.node(n)
            if data["label"] not in ("Village", "ResidentsCommittee") or kg.partners(n):
                continue
            parents = sorted(p for p, _ in kg.out_edges(n, "PART_OF"))
            rows.append(
                {
                    "area_id": aid,
                    "id": n,
                    "name": data.get("name"),
                    "label": data["label"],
                    "division_code": data.get("division_code"),
                    "parent": kg.node(parents[0]).get("name") if parents else None,
                }
            )
    return sorted(rows, key=lambda r: _key(r["area_id"], r["id"]))


def people(kg: KnowledgeGraph, unit: str) -> list[Row]:
    """People and their posts in a unit or in the units of an area (people.cypher)."""
    rows = []
    for sid in match_units(kg, unit):
        inside = _below(kg, sid, include_self=True)
        for p, u, data in kg.edges("HOLDS_POST"):
            if u not in inside or kg.node(p)["label"] != "Person":
                continue
            if kg.node(u)["label"] == "Article":
                continue
            rows.append(
                {
                    "scope_id": sid,
                    "person_id": p,
                    "person": kg.node(p).get("name"),
                    "title": data.get("title"),
                    "unit_id": u,
                    "unit": kg.node(u).get("name"),
                    "articles": len(data.get("articles") or []),
                }
            )
    return sorted(rows, key=lambda r: _key(r["scope_id"], r["unit_id"], r["person_id"], r["title"]))


def evidence(kg: KnowledgeGraph, unit: str, partner: str) -> list[Row]:
    """The evidence sentences of one pairing with their articles (evidence.cypher)."""
    rows = []
    for u, w in product(match_units(kg, unit), match_units(kg, partner)):
        data = _pairing(kg, u, w) if u != w else None
        if data is None:
            continue
        a, b = sorted((u, w))
        for e in data.get("evidence") or []:
            art = _article(kg, e.get("article")) or {}
            rows.append(
                {
                    "a_id": a,
                    "b_id": b,
                    "article": e.get("article"),
                    "label": art.get("name"),
                    "doc": art.get("doc"),
                    "path": art.get("path"),
                    "date": art.get("date"),
                    "event_date": art.get("event_date"),
                    "source": art.get("source"),
                    # the store keeps "" for a missing text/kind/rule: both read as null
                    "text": e.get("text") or None,
                    "kind": e.get("kind") or None,
                    "start": e.get("start"),
                    "end": e.get("end"),
                    "rule": e.get("rule") or None,
                    "confidence": e.get("confidence"),
                }
            )

    def order(r: Row) -> tuple[Any, ...]:
        date = "" if r["date"] is None else r["date"]
        cols = ("article", "start", "end", "rule", "confidence", "kind", "text")
        # all but the ids and the date come out of the evidence_* list properties
        return _key(r["a_id"], r["b_id"], date) + _element_key(*(r[c] for c in cols))

    return sorted(rows, key=order)


def timeline(kg: KnowledgeGraph, area: str = "") -> list[Row]:
    """Pairings by the year they began, optionally in an area (timeline.cypher)."""
    inside: set[str] = set()
    for aid in match_units(kg, area) if area else ():
        inside |= _below(kg, aid, include_self=True)
    groups: dict[int | None, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for u, v, data in kg.pairings():
        if area and u not in inside and v not in inside:
            continue
        year = data.get("since")
        if year is None:
            years = _article_years(kg, data.get("articles") or ())
            year = years[0] if years else None
        groups[year].append((u, v, data))
    rows = [
        {
            "year": year,
            "pairings": len(pairs),
            "units": len({n for u, v, _ in pairs for n in (u, v)}),
            "kinds": sorted(
                {k for _, _, d in pairs for k in d.get("kinds") or ()},
                key=_element_key,  # UNWIND of the kinds lists
            ),
        }
        for year, pairs in groups.items()
    ]
    return sorted(rows, key=lambda r: _key(r["year"]))


def shortest_path(kg: KnowledgeGraph, source: str, target: str) -> list[Row]:
    """The shortest partnership path between two units, one row per unit (shortest_path.cypher).

    Of several shortest paths (over every unit the names match), the one whose list of
    ids sorts first is returned, as the Cypher's ``ORDER BY length(p), ids``.
    """
    g = _pairing_graph(kg)
    best: list[str] | None = None
    for s, t in product(match_units(kg, source), match_units(kg, target)):
        if s == t or s not in g or t not in g or not nx.has_path(g, s, t):
            continue
        for path in nx.all_shortest_paths(g, s, t):
            if best is None or (len(path), path) < (len(best), best):
                best = path
    if best is None:
        return []
    return [
        {
            "step": i,
            "id": n,
            "name": kg.node(n).get("name"),
            "label": kg.node(n)["label"],
            "kind": None if i == 0 else g.edges[best[i - 1], n].get("kind"),
        }
        for i, n in enumerate(best)
    ]


QUERIES: dict[str, Callable[..., list[Row]]] = {
    "partners": partners,
    "area_network": area_network,
    "cross_boundary": cross_boundary,
    "top_partners": top_partners,
    "brokers": brokers,
    "coverage_gaps": coverage_gaps,
    "people": people,
    "evidence": evidence,
    "timeline": timeline,
    "shortest_path": shortest_path,
}
"""Embedded implementation of each named query, by the name of its ``.cypher`` file."""
