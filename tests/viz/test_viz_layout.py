"""The precomputed layout for big graphs: complete, deterministic, no piled-up nodes."""

from __future__ import annotations

import math

from viz_graphs import district

from viz.layout import MAX_CLUSTER, NODE_GAP, cluster_layout, layout_clusters
from viz.select import select


def _closest_pair(pos: dict[str, tuple[float, float]]) -> float:
    pts = sorted(pos.values())
    best = math.inf
    for i, (x, y) in enumerate(pts):
        for x2, y2 in pts[i + 1 :]:
            if x2 - x >= best:
                break
            best = min(best, math.hypot(x2 - x, y2 - y))
    return best


def test_every_node_is_placed_once_and_apart_from_the_others() -> None:
    kg = district(towns=6, villages_per_town=30, firms=60)
    s = select(kg)
    pos = cluster_layout(s.nodes, s.pairings)
    assert set(pos) == set(s.nodes)
    assert _closest_pair(pos) >= NODE_GAP / 2


def test_same_graph_same_picture() -> None:
    kg = district(towns=3, villages_per_town=10, firms=20)
    s = select(kg)
    assert cluster_layout(s.nodes, s.pairings) == cluster_layout(
        sorted(s.nodes, reverse=True), list(reversed(s.pairings))
    )


def test_a_lopsided_tree_does_not_pile_up_the_small_branches() -> None:
    # A hub with ten leaves and one branch carrying a 300-node chain: sizing rings by
    # their node count alone would squeeze the ten leaves into a few units of arc.
    nodes = ["hub"] + [f"leaf{i}" for i in range(10)] + [f"chain{i}" for i in range(300)]
    edges = [("hub", f"leaf{i}") for i in range(10)] + [("hub", "chain0")]
    edges += [(f"chain{i}", f"chain{i + 1}") for i in range(299)]
    assert _closest_pair(cluster_layout(nodes, edges)) >= NODE_GAP / 2


def test_a_component_bigger_than_a_cluster_is_split_and_still_spread_out() -> None:
    n = MAX_CLUSTER * 3
    nodes = [f"n{i:05d}" for i in range(n)]
    # A ring of stars: one connected component three clusters big.
    edges = [(nodes[i], nodes[(i // 10) * 10]) for i in range(n) if i % 10]
    edges += [(nodes[i], nodes[(i + 10) % n]) for i in range(0, n, 10)]
    pos = cluster_layout(nodes, edges)
    assert set(pos) == set(nodes)
    assert _closest_pair(pos) >= NODE_GAP / 2


def test_isolated_nodes_and_foreign_edges_are_harmless() -> None:
    pos = cluster_layout(["a", "b", "c"], [("a", "b"), ("a", "zzz"), ("c", "c")])
    assert set(pos) == {"a", "b", "c"}


def test_a_group_of_scattered_pairs_is_packed_into_a_grid_not_strung_on_a_ring() -> None:
    # 150 separate pairs, all in one group (one city's villages, each with a company).
    nodes = [f"v{i:03d}" for i in range(150)] + [f"o{i:03d}" for i in range(150)]
    edges = [(f"v{i:03d}", f"o{i:03d}") for i in range(150)]
    layout = layout_clusters(nodes, edges, {f"v{i:03d}": "3101" for i in range(150)})
    assert len(layout.discs) == 1
    assert _closest_pair(layout.positions) >= NODE_GAP / 2
    # Packed in rows, each unit takes a few gaps squared; strung around one centre
    # (each pair in a sliver of the circle) each would take over twenty.
    area_per_unit = math.pi * layout.discs[0].r ** 2 / len(nodes)
    assert area_per_unit < 10 * NODE_GAP**2
