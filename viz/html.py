"""Self-contained interactive HTML pages of the partnership graph (the one pyvis module).

pyvis holds the network (its ``Node``/``Edge`` items and options) and ships vis-network;
the page itself comes from our own template in ``viz/assets``, because pyvis's templates
link Bootstrap, tom-select and fonts from CDNs even with ``cdn_resources="in_line"``. Ours
inlines vis-network's script and style from the pyvis package, so the page makes no
network request at all and opens on a laptop without internet.

Article text is untrusted. The page never builds HTML from data: node and edge items are
embedded as JSON in ``<script type="application/json">`` blocks (with ``<``, ``>`` and
``&`` escaped, so ``</script>`` and ``<!--`` in a name cannot close the block), labels are
drawn on a canvas, and tooltips, legend and search options are built as DOM text nodes.
A Content-Security-Policy allows only the page's own scripts, by hash, so even an
injected ``onerror=`` attribute would not run.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.edge import Edge
from pyvis.network import Network
from pyvis.node import Node

from graph.model import KnowledgeGraph
from ingest.atomicio import atomic_write_text
from viz.data import Mode, PageData, page_data
from viz.select import select

ASSETS = Path(__file__).resolve().parent / "assets"
VIS_LIB = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
TEMPLATE = "page.html"
DEFAULT_TITLE = "区域化党建结对网络"


@dataclass(frozen=True, slots=True)
class VizOptions:
    """What ``pbkg viz`` asks for: the selection filters, the mode and the page title."""

    focus: tuple[str, ...] = ()
    depth: int = 2
    region: str | None = None
    region_codes: tuple[str, ...] = ()  # division codes found for ``region`` elsewhere
    kinds: tuple[str, ...] = ()
    mode: Mode | None = None  # None: chosen by size (viz.data.choose_mode)
    title: str = DEFAULT_TITLE


@dataclass(frozen=True, slots=True)
class VizResult:
    """What a written page shows."""

    path: Path
    nodes: int
    edges: int
    mode: Mode


def generate_html(kg: KnowledgeGraph, options: VizOptions | None = None) -> str:
    """The page for ``kg`` as one HTML string (selection per ``options``).

    Raises :class:`LookupError` when a focus unit or the region is not in the graph.
    """
    return render_page(_page_data(kg, options or VizOptions()), title=_title(options))


def write_html(
    kg: KnowledgeGraph, path: str | Path, options: VizOptions | None = None
) -> VizResult:
    """Write the page for ``kg`` to ``path`` atomically and say what it shows.

    Raises :class:`LookupError` when a focus unit or the region is not in the graph.
    """
    data = _page_data(kg, options or VizOptions())
    atomic_write_text(path, render_page(data, title=_title(options)))
    return VizResult(Path(path), len(data.nodes), len(data.edges), data.mode)


def write_graph_html(kg: KnowledgeGraph, path: Path) -> None:
    """The whole graph's page: the ``graph.html`` exporter of ``pbkg build``."""
    write_html(kg, path)


def _page_data(kg: KnowledgeGraph, opts: VizOptions) -> PageData:
    selection = select(
        kg,
        focus=opts.focus,
        depth=opts.depth,
        region=opts.region,
        region_codes=opts.region_codes,
        kinds=opts.kinds,
    )
    return page_data(kg, selection, opts.mode)


def _title(options: VizOptions | None) -> str:
    return options.title if options is not None else DEFAULT_TITLE


def render_page(data: PageData, *, title: str = DEFAULT_TITLE) -> str:
    """Render page data with pyvis and our inlined template."""
    net = Network(height="100%", width="100%", directed=False, heading=title)
    _fill(net, data)
    net.options = vis_options(data.mode)
    net.templateEnv = template_environment()
    net.path = TEMPLATE
    scripts = {
        "vis": inline_asset(VIS_LIB / "vis-network.min.js"),
        "app": page_script("viz.js"),
    }
    styles = {
        "vis": inline_asset(VIS_LIB / "vis-network.css"),
        "app": inline_asset(ASSETS / "viz.css"),
    }
    net.templateEnv.globals.update(
        scripts=scripts,
        styles=styles,
        legend=data.legend,
        meta={
            "mode": data.mode,
            "nodes": len(data.nodes),
            "edges": len(data.edges),
            "clusters": data.clusters,
        },
        csp=_content_security_policy(scripts.values()),
    )
    return net.generate_html()


def vis_options(mode: Mode) -> dict[str, Any]:
    """vis-network options per mode.

    ``physics``: a force layout that stabilises, after which the page script turns
    physics off, so the picture settles and then stays put. ``precomputed`` and
    ``overview``: positions come with the nodes and physics never starts; straight edges,
    and edges hidden while dragging or zooming, keep big pages responsive.
    """
    common: dict[str, Any] = {
        "nodes": {"font": {"size": 14, "face": "Noto Sans CJK SC, sans-serif"}, "borderWidth": 1},
        "edges": {"selectionWidth": 2, "hoverWidth": 1.5},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
    }
    if mode == "physics":
        common["edges"]["smooth"] = {"enabled": True, "type": "continuous", "roundness": 0.3}
        common["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            # theta 1.0 (coarser Barnes-Hut than the default 0.5) and 150 iterations from
            # the cluster layout settle 1k nodes in seconds, not tens of seconds.
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 90, "theta": 1.0},
            "minVelocity": 1.0,
            "stabilization": {"enabled": True, "iterations": 150, "updateInterval": 25},
        }
        common["layout"] = {"randomSeed": 7, "improvedLayout": False}
    else:
        common["edges"]["smooth"] = False
        common["physics"] = {"enabled": False}
        common["layout"] = {"improvedLayout": False}
        common["interaction"].update(hideEdgesOnDrag=True, hideEdgesOnZoom=True)
    return common


def script_json(value: Any) -> Markup:
    """JSON that is safe inside a ``<script>`` element: ``<``, ``>`` and ``&`` become
    ``\\u003c``-style escapes (so no ``</script>`` or ``<!--`` survives), and U+2028/9
    are escaped for old parsers. ``JSON.parse`` reads it back unchanged."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return Markup(text)


def _fill(net: Network, data: PageData) -> None:
    """Add the items the way ``Network.add_node``/``add_edge`` do, minus their duplicate
    checks: those scan every item already added (quadratic: 10 s for 20k nodes), and our
    ids are unique by construction (graph keys)."""
    for item in data.nodes:
        attrs = {k: v for k, v in item.items() if k not in ("id", "label", "shape")}
        node = Node(item["id"], item["shape"], label=item["label"], **attrs)
        net.nodes.append(node.options)
        net.node_ids.append(item["id"])
        net.node_map[item["id"]] = node.options
    for item in data.edges:
        attrs = {k: v for k, v in item.items() if k not in ("from", "to")}
        net.edges.append(Edge(item["from"], item["to"], directed=False, **attrs).options)


def template_environment() -> Environment:
    """The Jinja environment of pbkg's pages: the templates in ``viz/assets``, autoescape
    on, and the ``script_json`` filter."""
    # Autoescape on: pyvis's own environment has it off, and the title and legend come
    # from user input.
    env = Environment(
        loader=FileSystemLoader(str(ASSETS)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        keep_trailing_newline=True,
    )
    env.filters["script_json"] = script_json
    return env


def inline_asset(*paths: Path) -> Markup:
    """Script or style files to inline into a page as one element, in the order given
    (refused if one could end its own element early)."""
    texts = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        lowered = text.lower()
        if "</script" in lowered or "</style" in lowered:
            raise ValueError(f"{path} cannot be inlined: it contains a closing tag")
        texts.append(text)
    return Markup("\n".join(texts))


def page_script(name: str) -> Markup:
    """A page's own script behind ``dom.js``, the text-node helpers both pages share."""
    return inline_asset(ASSETS / "dom.js", ASSETS / name)


def _content_security_policy(scripts: Any) -> str:
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in scripts
    )
    # default-src 'none' also forbids every fetch, image, font and frame: a second
    # guarantee, besides the inlining, that the page never touches the network.
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
