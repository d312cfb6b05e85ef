"""A fast, deterministic layout for graphs too big for in-browser physics.

vis-network's physics needs minutes to settle 20k nodes, and a force layout in Python is
no faster without numpy. Partnership graphs are mostly small clusters (a company paired
with a few villages, a town's 双百结对 stars), so this lays out each cluster on its own
and packs the clusters side by side:

1. clusters are the towns (or whatever groups the caller gives; units without one join
   their partners' group), else connected components; a cluster too big to read at once
   is cut into communities by label propagation;
2. each cluster is drawn as a radial tree from its best-connected unit (breadth-first
   rings, each subtree getting an angle in proportion to its size; pieces not linked
   to that unit hang off the centre);
3. the cluster discs are packed in rows, in breadth-first order of the cluster graph so
   clusters joined by pairings land near each other.

Everything is O(nodes + edges) but for label propagation's few passes; 20k nodes take
well under a second.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

Point = tuple[float, float]

NODE_GAP = 60.0
"""Distance between neighbouring nodes on a ring, in vis-network canvas units."""
MAX_CLUSTER = 400
"""Components above this size are split into communities."""


@dataclass(frozen=True, slots=True)
class Disc:
    """One cluster as laid out: its members and the disc they fit in."""

    members: tuple[str, ...]
    hub: str  # the best-connected member, at the centre
    x: float
    y: float
    r: float


@dataclass(frozen=True, slots=True)
class Layout:
    positions: dict[str, Point]
    discs: tuple[Disc, ...]


def cluster_layout(
    nodes: Iterable[str],
    edges: Iterable[tuple[str, str]],
    groups: Mapping[str, str] | None = None,
) -> dict[str, Point]:
    """Positions for ``nodes`` (ids) joined by undirected ``edges``; same input, same output.
    See :func:`layout_clusters`."""
    return layout_clusters(nodes, edges, groups).positions


def layout_clusters(
    nodes: Iterable[str],
    edges: Iterable[tuple[str, str]],
    groups: Mapping[str, str] | None = None,
) -> Layout:
    """Positions for ``nodes`` (ids) joined by undirected ``edges``, and the cluster discs
    (in packing order); same input, same output.

    ``groups`` optionally names each node's community (its town, say): the clusters are
    then the groups. Nodes without a group join the group most of their neighbours are
    in; the rest cluster by connectivity alone. Clusters bigger than :data:`MAX_CLUSTER`
    are cut into communities.
    Edges naming a node not in ``nodes`` are ignored.
    """
    order = sorted(set(nodes))
    adj: dict[str, list[str]] = {n: [] for n in order}
    for u, v in edges:
        if u in adj and v in adj and u != v:
            adj[u].append(v)
            adj[v].append(u)
    for n in order:
        adj[n] = sorted(set(adj[n]))

    clusters: list[list[str]] = []
    grouped = _spread_groups(order, adj, groups or {})
    by_group: dict[str, list[str]] = {}
    for n in order:
        if n in grouped:
            by_group.setdefault(grouped[n], []).append(n)
    # A group is one disc even when its units are not linked among themselves: a town's
    # separate stars still sit together.
    pieces = [members for _, members in sorted(by_group.items())]
    rest = [n for n in order if n not in grouped]
    rest_set = set(rest)
    rest_adj = {n: [m for m in adj[n] if m in rest_set] for n in rest}
    pieces.extend(_components(rest, rest_adj))
    for piece in pieces:
        if len(piece) > MAX_CLUSTER:
            clusters.extend(_communities(piece, adj))
        else:
            clusters.append(piece)

    placed = [_disc(c, adj) for c in clusters]
    return _pack(placed, _cluster_order(clusters, adj))


def _spread_groups(
    order: list[str], adj: dict[str, list[str]], groups: Mapping[str, str]
) -> dict[str, str]:
    """Give ungrouped nodes the most common group among their neighbours (ties to the
    smallest name), a few rounds deep, so an enterprise sits with the villages it helps."""
    out = {n: groups[n] for n in order if groups.get(n)}
    for _ in range(3):
        new: dict[str, str] = {}
        for n in order:
            if n in out:
                continue
            counts: dict[str, int] = {}
            for m in adj[n]:
                if m in out:
                    counts[out[m]] = counts.get(out[m], 0) + 1
            if counts:
                best = max(counts.values())
                new[n] = min(g for g, c in counts.items() if c == best)
        if not new:
            break
        out.update(new)
    return out


def _components(order: list[str], adj: dict[str, list[str]]) -> list[list[str]]:
    seen: set[str] = set()
    out = []
    for start in order:
        if start in seen:
            continue
        seen.add(start)
        comp = [start]
        todo = deque([start])
        while todo:
            for m in adj[todo.popleft()]:
                if m not in seen:
                    seen.add(m)
                    comp.append(m)
                    todo.append(m)
        out.append(sorted(comp))
    return out


def _communities(comp: list[str], adj: dict[str, list[str]]) -> list[list[str]]:
    """Label propagation (synchronous order, ties to the smallest label: deterministic),
    then each label's members split again into connected pieces, then pieces still too
    big cut into breadth-first chunks so no disc grows unreadably large."""
    inside = set(comp)
    adj = {n: [m for m in adj[n] if m in inside] for n in comp}
    label = {n: n for n in comp}
    for _ in range(10):
        changed = 0
        for n in comp:
            if not adj[n]:
                continue
            counts: dict[str, int] = {}
            for m in adj[n]:
                counts[label[m]] = counts.get(label[m], 0) + 1
            best = max(counts.values())
            new = min(lab for lab, c in counts.items() if c == best)
            if counts.get(label[n], 0) == best:
                new = label[n]  # keep a label that is tied for best: converges faster
            if new != label[n]:
                label[n] = new
                changed += 1
        if not changed:
            break
    groups: dict[str, list[str]] = {}
    for n in comp:
        groups.setdefault(label[n], []).append(n)
    out: list[list[str]] = []
    small: list[list[str]] = []
    for members in groups.values():
        member_set = set(members)
        sub = {n: [m for m in adj[n] if m in member_set] for n in members}
        for piece in _components(sorted(members), sub):
            if len(piece) >= MAX_CLUSTER // 4:
                out.extend(_chunks(piece, sub))
            else:
                small.append(piece)
    # A group of scattered units (a city's villages, each with its one partner) falls
    # apart into pairs and stars: pool them into clusters of a readable size rather
    # than drawing thousands of two-node discs.
    small.sort(key=lambda p: (-len(p), p[0]))
    pool: list[str] = []
    for piece in small:
        if len(pool) + len(piece) > MAX_CLUSTER:
            out.append(sorted(pool))
            pool = []
        pool.extend(piece)
    if pool:
        out.append(sorted(pool))
    return out


def _chunks(piece: list[str], adj: dict[str, list[str]]) -> list[list[str]]:
    if len(piece) <= MAX_CLUSTER:
        return [piece]
    left = set(piece)
    out = []
    while left:
        start = min(left, key=lambda n: (-len(adj[n]), n))
        chunk = [start]
        left.discard(start)
        todo = deque([start])
        while todo and len(chunk) < MAX_CLUSTER:
            for m in adj[todo.popleft()]:
                if m in left and len(chunk) < MAX_CLUSTER:
                    left.discard(m)
                    chunk.append(m)
                    todo.append(m)
        out.append(sorted(chunk))
    return out


def _disc(cluster: list[str], adj: dict[str, list[str]]) -> tuple[float, dict[str, Point]]:
    """A cluster's layout around (0, 0), hub first: one radial tree when the cluster is
    connected; else each connected piece as its own small tree, the pieces packed in
    rows (a town's separate stars side by side, not strung around one centre)."""
    members = set(cluster)
    sub = {n: [m for m in adj[n] if m in members] for n in cluster}
    pieces = _components(cluster, sub)
    if len(pieces) == 1:
        return _radial(cluster, adj)
    pieces.sort(key=lambda p: (-len(p), p[0]))
    packed = _pack([_radial(p, sub) for p in pieces], list(range(len(pieces)))).positions
    xs = [x for x, _ in packed.values()]
    ys = [y for _, y in packed.values()]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    hub = min(cluster, key=lambda n: (-len(sub[n]), n))
    pos = {hub: (packed[hub][0] - cx, packed[hub][1] - cy)}
    for n, (x, y) in packed.items():
        pos[n] = (x - cx, y - cy)
    r = max(math.hypot(x, y) for x, y in pos.values()) + NODE_GAP / 2
    return r, pos


def _radial(cluster: list[str], adj: dict[str, list[str]]) -> tuple[float, dict[str, Point]]:
    """A radial tree layout around (0, 0); returns the disc radius and positions."""
    members = set(cluster)
    by_degree = sorted(cluster, key=lambda n: (-len(adj[n]), n))
    root = by_degree[0]
    parent: dict[str, str | None] = {root: None}
    kids: dict[str, list[str]] = {n: [] for n in cluster}
    depth = {root: 0}

    def grow(start: str) -> None:
        todo = deque([start])
        while todo:
            n = todo.popleft()
            for m in adj[n]:
                if m in members and m not in parent:
                    parent[m] = n
                    depth[m] = depth[n] + 1
                    kids[n].append(m)
                    todo.append(m)

    grow(root)
    # Pieces not linked to the root (a group's separate stars, chunks of a community)
    # hang off the centre, each from its own best-connected unit.
    for n in by_degree:
        if n not in parent:
            parent[n] = root
            depth[n] = 1
            kids[root].append(n)
            grow(n)

    # Subtree sizes, leaves first (reverse breadth-first order).
    bfs = sorted(cluster, key=lambda n: depth[n])
    weight = {n: 1 for n in cluster}
    for n in reversed(bfs):
        p = parent[n]
        if p is not None:
            weight[p] += weight[n]

    # Each subtree gets an angle in proportion to its size, so the narrowest sector on a
    # ring is a leaf's: the ring must be wide enough that neighbours sit NODE_GAP apart
    # even there. (A ring radius from its node count alone lets the leaves beside a big
    # subtree pile up.)
    total = weight[root]
    narrowest: dict[int, int] = {}
    for n in cluster:
        d = depth[n]
        narrowest[d] = min(narrowest.get(d, total), weight[n])
    radius = {0: 0.0}
    for d in range(1, max(narrowest) + 1):
        sector = 2 * math.pi * narrowest[d] / total
        radius[d] = max(radius[d - 1] + NODE_GAP * 1.2, NODE_GAP / sector)

    angle: dict[str, tuple[float, float]] = {root: (0.0, 2 * math.pi)}
    pos: dict[str, Point] = {}
    for n in bfs:
        lo, hi = angle[n]
        mid = (lo + hi) / 2
        r = radius[depth[n]]
        pos[n] = (r * math.cos(mid), r * math.sin(mid))
        start = lo
        below = sum(weight[k] for k in kids[n]) or 1
        for k in kids[n]:
            span = (hi - lo) * weight[k] / below
            angle[k] = (start, start + span)
            start += span
    # Half a gap of margin: two discs side by side keep their nodes a whole gap apart.
    return radius[max(narrowest)] + NODE_GAP / 2, pos


def _cluster_order(clusters: list[list[str]], adj: dict[str, list[str]]) -> list[int]:
    """Clusters in breadth-first order of the cluster graph, biggest first in each part."""
    where = {n: i for i, c in enumerate(clusters) for n in c}
    links: list[set[int]] = [set() for _ in clusters]
    for i, c in enumerate(clusters):
        for n in c:
            for m in adj[n]:
                if where[m] != i:
                    links[i].add(where[m])
    by_size = sorted(range(len(clusters)), key=lambda i: (-len(clusters[i]), i))
    seen: set[int] = set()
    order = []
    for start in by_size:
        if start in seen:
            continue
        seen.add(start)
        todo = deque([start])
        while todo:
            i = todo.popleft()
            order.append(i)
            for j in sorted(links[i], key=lambda j: (-len(clusters[j]), j)):
                if j not in seen:
                    seen.add(j)
                    todo.append(j)
    return order


def _pack(placed: list[tuple[float, dict[str, Point]]], order: list[int]) -> Layout:
    """Shelf packing of the cluster discs into a roughly square block."""
    area = sum((2 * r) ** 2 for r, _ in placed)
    row_width = max(math.sqrt(area), max((2 * r for r, _ in placed), default=0.0))
    out: dict[str, Point] = {}
    discs = []
    x = y = row_height = 0.0
    for i in order:
        r, pos = placed[i]
        if x > 0 and x + 2 * r > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + r, y + r
        for n, (px, py) in pos.items():
            # Whole canvas units: finer is invisible, and vis-network rounds on read-back.
            out[n] = (float(round(cx + px)), float(round(cy + py)))
        hub = next(iter(pos))  # _radial places the hub first
        discs.append(
            Disc(tuple(sorted(pos)), hub, float(round(cx)), float(round(cy)), float(round(r)))
        )
        x += 2 * r
        row_height = max(row_height, 2 * r)
    return Layout(out, tuple(discs))
