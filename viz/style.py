"""How the page looks: colour and shape per node type, line style per pairing kind.

Pure data, no rendering: :mod:`viz.data` applies it and :mod:`viz.html` writes the legend
from the same tables, so the legend can never disagree with the drawing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NodeStyle:
    """A node type's look; ``shape`` is a vis-network shape name."""

    name: str  # shown in the legend and tooltips
    color: str
    shape: str


@dataclass(frozen=True, slots=True)
class EdgeStyle:
    """A pairing kind's look; ``dashes`` is False or a vis-network ``[dash, gap, ...]`` pattern."""

    color: str
    dashes: bool | tuple[int, ...]
    width: float


# Shapes are the cheap canvas primitives (no images, no text boxes): with 20k nodes on the
# page drawing cost matters, and the shape alone still tells the types apart in grey print.
NODE_STYLES: dict[str, NodeStyle] = {
    "Organization": NodeStyle("组织单位", "#4e79a7", "dot"),
    "Village": NodeStyle("村", "#59a14f", "triangle"),
    "ResidentsCommittee": NodeStyle("居委会/居民区", "#f28e2b", "square"),
    "Region": NodeStyle("区域（镇/街道/区）", "#b07aa1", "diamond"),
}
UNIT_LABELS: tuple[str, ...] = tuple(NODE_STYLES)
"""Node labels drawn as nodes; people and articles appear inside tooltips instead."""

# Organisations are the most varied type; their subtype (when extraction gives one) tints
# the colour so an enterprise and a court do not look alike. Unknown subtypes keep the
# Organization blue.
SUBTYPE_COLORS: dict[str, str] = {
    "party_org": "#e15759",
    "government": "#76b7b2",
    "enterprise": "#4e79a7",
    "bank": "#2f5d8a",
    "school": "#edc948",
    "court": "#9c755f",
    "hospital": "#ff9da7",
    "social_org": "#86bcb6",
    "service_site": "#a0cbe8",
    "media": "#d4a6c8",
}
SUBTYPE_NAMES: dict[str, str] = {
    "party_org": "党组织",
    "government": "机关",
    "enterprise": "企业",
    "bank": "银行",
    "school": "学校",
    "court": "法院",
    "hospital": "医院",
    "social_org": "社会组织",
    "service_site": "服务站点",
    "media": "媒体",
    "other": "其他单位",
}
"""Subtypes as tooltips name them; an unknown subtype is shown as it is."""

# One style per pairing word of GOLD_FORMAT (§1, PAIRED_WITH), and others common in the
# corpus (村企结对, 党建共建, 共建). Solid lines for the
# commonest, plain 结对; dashes separate the rest even for colour-blind readers.
EDGE_STYLES: dict[str, EdgeStyle] = {
    "结对": EdgeStyle("#7f7f7f", False, 2.0),
    "结对共建": EdgeStyle("#1f77b4", False, 2.5),
    "结对帮扶": EdgeStyle("#d62728", (8, 4), 2.5),
    "双百结对": EdgeStyle("#9467bd", (2, 4), 2.5),
    "城乡结对": EdgeStyle("#2ca02c", (12, 4, 2, 4), 2.5),
    "村居共建": EdgeStyle("#ff7f0e", (4, 4), 2.5),
    "共驻共建": EdgeStyle("#8c564b", (10, 6), 2.5),
    "党建联建": EdgeStyle("#e377c2", (6, 3, 1, 3), 2.5),
    "签约共建": EdgeStyle("#17becf", (1, 3), 2.5),
    "村企结对": EdgeStyle("#bcbd22", (14, 4), 2.5),
    "党建共建": EdgeStyle("#7b4173", (10, 3, 3, 3), 2.5),
    "共建": EdgeStyle("#6b6ecf", (6, 6), 2.0),
}
OTHER_EDGE = EdgeStyle("#aaaaaa", (3, 3), 1.5)
"""Pairings with a word outside the table, or none recorded."""


def node_style(label: str, subtype: str | None = None) -> NodeStyle:
    """The style of a unit node; raises KeyError for a label that is not a unit."""
    base = NODE_STYLES[label]
    if label == "Organization" and subtype in SUBTYPE_COLORS:
        return NodeStyle(base.name, SUBTYPE_COLORS[subtype], base.shape)
    return base


def edge_style(kind: str | None) -> EdgeStyle:
    """The style of a pairing, by its first pairing word."""
    return EDGE_STYLES.get(kind or "", OTHER_EDGE)


def node_size(partners: int) -> float:
    """Node radius from the number of partners: square root, so hubs stand out without
    swallowing their neighbourhood."""
    return round(8.0 + 5.0 * math.sqrt(max(partners, 0)), 2)


def dash_pattern(style: EdgeStyle) -> list[int] | bool:
    """``dashes`` as vis-network and the legend's SVG want it: a list, or False."""
    return list(style.dashes) if not isinstance(style.dashes, bool) else style.dashes
