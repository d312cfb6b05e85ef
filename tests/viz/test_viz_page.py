"""The HTML page as written: its embedded data, its escaping, and its lack of links.

These read the file; tests/viz/test_viz_browser.py checks the same page in Chromium.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from pathlib import Path
from typing import Any

from golden import check_golden
from hypothesis import given
from hypothesis import strategies as st
from viz_graphs import XSS_IMG, XSS_SCRIPT, district, small_graph

from viz.data import choose_mode, coarsen_groups
from viz.html import VIS_LIB, VizOptions, generate_html, script_json

GOLDEN = Path(__file__).resolve().parent / "golden"


def embedded(html: str, block: str) -> Any:
    """The JSON of one ``<script type="application/json" id="pbkg-…">`` block."""
    m = re.search(rf'<script type="application/json" id="pbkg-{block}">(.*?)</script>', html, re.S)
    assert m, f"no pbkg-{block} block"
    return json.loads(m.group(1))


def test_embedded_nodes_and_edges_match_the_golden_file() -> None:
    html = generate_html(small_graph())
    data = {"nodes": embedded(html, "nodes"), "edges": embedded(html, "edges")}
    check_golden(GOLDEN / "small_graph.json", json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def test_untrusted_names_never_appear_as_markup() -> None:
    html = generate_html(small_graph(), VizOptions(title=XSS_IMG))
    for payload in (XSS_IMG, XSS_SCRIPT, "<img src=x onerror=alert(3)>", "<b>待泾村</b>"):
        assert payload not in html
    # Six script elements: four JSON blocks, vis-network's and ours. (The vis-network
    # bundle, inlined verbatim, holds a "<script>" string literal of its own.)
    ours = html.replace((VIS_LIB / "vis-network.min.js").read_text("utf-8"), "")
    assert ours.count("<script") == ours.count("</script>") == 6
    assert "<img" not in html
    # ...and yet they are all there, as data and as escaped text.
    names = {n["tip"]["name"] for n in embedded(html, "nodes")}
    assert {XSS_IMG, XSS_SCRIPT} <= names
    assert "<title>&lt;img src=x onerror=alert(1)&gt;村</title>" in html


def test_the_page_links_nothing_outside_itself() -> None:
    html = generate_html(small_graph())
    # vis-network's bundle names its licence and homepage in comments and uses the SVG
    # namespace string; those are inert. Nothing else may mention a URL.
    vis = (VIS_LIB / "vis-network.min.js").read_text("utf-8")
    assert vis in html
    rest = html.replace(vis, "")
    assert not re.findall(r"https?://|//cdn|@import|<link[^>]+href=\"(?!data:)", rest)
    assert not re.findall(r"<[a-z]+[^<>]*\bsrc\s*=", rest)


def test_csp_allows_only_the_pages_own_scripts_and_no_fetches() -> None:
    html = generate_html(small_graph())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp
    policy = html_lib.unescape(csp.group(1))
    assert "default-src 'none'" in policy
    assert "unsafe-inline" not in policy.split("script-src", 1)[1].split(";", 1)[0]
    assert policy.count("'sha256-") == 2


def test_legend_names_every_type_and_the_kinds_on_the_page() -> None:
    html = generate_html(small_graph())
    legend = html.split('id="pbkg-legend"', 1)[1].split("</aside>", 1)[0]
    for text in ("组织单位", "村", "居委会/居民区", "区域", "结对帮扶", "村居共建", "党建联建"):
        assert text in legend
    assert "双百结对" not in legend  # not on this page
    # 中国银行金山支行 is a bank: its shade is explained under 组织单位.
    assert re.search(r'data-subtype="银行"><span [^>]*style="color: #2f5d8a">', legend)
    assert 'data-subtype="企业"' not in legend


def test_precomputed_mode_embeds_positions_and_turns_physics_off() -> None:
    html = generate_html(small_graph(), VizOptions(mode="precomputed"))
    assert all("x" in n and "y" in n for n in embedded(html, "nodes"))
    assert embedded(html, "options")["physics"] == {"enabled": False}
    assert embedded(html, "meta")["mode"] == "precomputed"


@given(st.text())
def test_script_json_round_trips_and_cannot_close_its_element(text: str) -> None:
    out = str(script_json({"name": text}))
    assert json.loads(out) == {"name": text}
    assert "<" not in out and ">" not in out


def test_overview_mode_embeds_one_cluster_per_town_covering_every_unit() -> None:
    html = generate_html(district(4, 50, 12), VizOptions(mode="overview"))
    nodes = embedded(html, "nodes")
    clusters = embedded(html, "meta")["clusters"]
    assert sorted(c["name"] for c in clusters) == ["0号镇", "1号镇", "2号镇", "3号镇"]
    assert sum(c["n"] for c in clusters) == len(nodes) == 4 + 200 + 12
    # Each unit names its cluster, and sits inside that cluster's disc.
    for n in nodes:
        c = clusters[n["c"]]
        assert (n["x"] - c["x"]) ** 2 + (n["y"] - c["y"]) ** 2 <= c["r"] ** 2
    # A village is in its own town's cluster.
    village = next(n for n in nodes if n["id"] == "v:310116102233")
    assert clusters[village["c"]]["name"] == "2号镇"


def test_mode_is_chosen_by_size() -> None:
    assert choose_mode(10) == "physics"
    assert choose_mode(500) == "physics"
    assert choose_mode(501) == "precomputed"
    assert choose_mode(3001) == "overview"
    assert choose_mode(20_000, "physics") == "physics"


def test_towns_too_small_to_read_as_clusters_are_merged_up_to_counties_or_cities() -> None:
    towns = {f"u{i}": f"3101{i % 3:02d}{i % 7:03d}" for i in range(400)}
    # 400 units in 21 towns (19 each): merged into their 3 counties (133 each).
    assert set(coarsen_groups(towns, towns).values()) == {"310100", "310101", "310102"}
    # Enough units per town (200 each): kept.
    many = {f"u{i}": f"310116{i % 5:03d}" for i in range(1000)}
    assert coarsen_groups(many, many) == many
