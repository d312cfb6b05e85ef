"""How long until a graph page is settled and interactive, for 1k, 5k and 20k units.

For each size: build a synthetic partnership graph, render the page (Python time), open
it in headless Chromium and measure, inside the page, the time from navigation start to
the network being drawn and settled (``pbkg.ready``), then the time one zoom takes to
redraw (a stand-in for "usable"). Run: ``.venv/bin/python benchmarks/viz_bench.py``
(options: ``--sizes 1000 5000``, ``--mode physics|precomputed|overview``, ``--graph
district|corpus``, ``--out DIR``).

Needs /usr/bin/chromium (``make browser``), launched as tests/browser/chromium.py says.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run as a plain script: the repo's packages and tests/

from graph.model import KnowledgeGraph  # noqa: E402
from tests.browser.chromium import CHROMIUM, CHROMIUM_ARGS, MISSING  # noqa: E402
from viz.data import Mode, page_data  # noqa: E402
from viz.html import render_page  # noqa: E402
from viz.select import select  # noqa: E402

KINDS = ("结对", "结对共建", "结对帮扶", "双百结对", "城乡结对", "村居共建", "共驻共建", "党建联建")


def synthetic_graph(units: int, seed: int = 1) -> KnowledgeGraph:
    """A district-shaped graph with exactly ``units`` paired units.

    Towns (Region) hold villages and residents' committees (half the units); enterprises,
    schools and offices (the rest) pair with one to four places, mostly in their own town;
    villages pair with a neighbouring residents' committee; a few towns pair across
    districts. Every unit ends up with at least one pairing, so all of them are drawn.
    """
    rng = random.Random(seed)
    kg = KnowledgeGraph()
    towns = max(2, units // 60)
    places = units // 2
    orgs = units - towns - places
    article_ids = [f"art{i:05d}" for i in range(max(1, units // 20))]
    for a in article_ids:
        kg.add_node(a, "Article", a, title=f"结对共建报道 {a}", date="2023-05-01")

    town_ids = []
    for t in range(towns):
        code = f"31{t // 20 + 1:04d}{t % 20 + 100:03d}"
        tid = f"region:{code}"
        kg.add_node(tid, "Region", f"第{t}镇", division_code=code, level="town")
        town_ids.append(tid)
    place_ids: list[list[str]] = [[] for _ in range(towns)]
    for p in range(places):
        t = p % towns
        code = f"{town_ids[t][7:]}{p // towns + 1:03d}"
        label = "Village" if p % 3 else "ResidentsCommittee"
        name = f"第{p}村" if label == "Village" else f"第{p}居民区"
        pid = f"place:{code}"
        kg.add_node(pid, label, name, division_code=code, level="village", articles=[])
        kg.add_part_of(pid, town_ids[t], source="gazetteer")
        place_ids[t].append(pid)
    subtypes = ("enterprise", "school", "bank", "government", "hospital", None)
    org_ids = []
    for o in range(orgs):
        oid = f"org:{o:06d}"
        kg.add_node(oid, "Organization", f"单位{o}有限公司", subtype=rng.choice(subtypes))
        org_ids.append((oid, o % towns))

    def pair(a: str, b: str, kind: str) -> None:
        article = rng.choice(article_ids)
        text = f"{kg.node(a)['name']}与{kg.node(b)['name']}开展{kind}。"
        evidence = {"text": text, "start": 0, "end": len(text), "rule": "bench", "confidence": 0.9}
        since = rng.choice((None, 2018, 2020, 2022))
        kg.add_pairing(
            a, b, kind=kind, since=since, article=article, evidence=evidence, confidence=0.9
        )

    for oid, t in org_ids:
        for _ in range(rng.randint(1, 4)):
            home = t if rng.random() < 0.8 else rng.randrange(towns)
            if place_ids[home]:
                pair(oid, rng.choice(place_ids[home]), rng.choice(KINDS))
    for t in range(towns):
        villages = place_ids[t]
        for i in range(0, len(villages) - 1, 5):
            pair(villages[i], villages[i + 1], "村居共建")
        other = rng.randrange(towns)
        if other != t and rng.random() < 0.5:
            pair(town_ids[t], town_ids[other], "城乡结对")
    # Everyone drawn: a unit still alone pairs with a place of its town.
    for t, tid in enumerate(town_ids):
        if not kg.partners(tid):
            pair(tid, town_ids[(t + 1) % towns], "城乡结对")
    for t in range(towns):
        for pid in place_ids[t]:
            if not kg.partners(pid):
                mate = rng.choice([p for p in place_ids[t] if p != pid] or [town_ids[t]])
                pair(pid, mate, "结对")
    return kg


# One zoom step, timed until vis-network has drawn the result.
ZOOM = """() => new Promise(done => {
    const n = pbkg.network, t = performance.now();
    n.once('afterDrawing', () => done(performance.now() - t));
    n.moveTo({scale: n.getScale() * 1.5});
})"""


def corpus_graph(units: int) -> KnowledgeGraph:
    """graph/synth.py's synthetic corpus (generated enterprises paired with real villages
    all over the country) built into a graph of about ``units`` drawn units."""
    from graph.article_graph import build_graph
    from graph.synth import synthetic_extractions
    from ingest.places.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    # About 3.6 drawn units per synthetic article (measured at 4000 articles).
    articles = max(1, round(units / 3.6))
    return build_graph(synthetic_extractions(articles, gazetteer, seed=1), gazetteer)


def measure(path: Path, timeout_s: float) -> dict[str, Any]:
    """Open ``path`` in Chromium; return page-side timings in milliseconds."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 800},
        )
        page = browser.new_page()
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(path.as_uri(), timeout=timeout_s * 1000)
        page.wait_for_function("() => window.pbkg && window.pbkg.ready", timeout=timeout_s * 1000)
        ready = page.evaluate("pbkg.readyAt")
        nodes = page.evaluate("pbkg.nodes.length")
        shown = page.evaluate("pbkg.shown.nodes.length")
        zoom = page.evaluate(ZOOM)
        opened = zoom_opened = None
        if page.evaluate("pbkg.mode") == "overview":
            # Click-to-expand: open the first cluster (zooming onto it), then zoom there.
            opened = page.evaluate(
                """() => new Promise(done => {
                    const t = performance.now();
                    pbkg.network.once('afterDrawing', () => done(performance.now() - t));
                    pbkg.openCluster(0);
                })"""
            )
            zoom_opened = page.evaluate(ZOOM)
        browser.close()
    return {
        "ready_ms": ready,
        "zoom_ms": zoom,
        "open_ms": opened,
        "zoom_opened_ms": zoom_opened,
        "nodes": nodes,
        "shown": shown,
        "requests": len([u for u in requests if u != path.as_uri()]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--mode", choices=("physics", "precomputed", "overview"), default=None)
    parser.add_argument("--out", type=Path, default=None, help="keep the pages here")
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument(
        "--graph",
        choices=("district", "corpus"),
        default="district",
        help="district: towns of villages and companies, exactly N units (default); "
        "corpus: graph/synth.py's nationwide corpus built by pbkg.build, about N units",
    )
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit(MISSING)
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        run(args.sizes, args.mode, args.out, args.timeout, args.graph)
    else:
        with tempfile.TemporaryDirectory(prefix="viz_bench_") as tmp:
            run(args.sizes, args.mode, Path(tmp), args.timeout, args.graph)


def run(sizes: list[int], mode: Mode | None, out: Path, timeout_s: float, graph: str) -> None:
    """Render, open and time one page per size; print a row each."""
    print(
        f"{'units':>6} {'mode':>11} {'render s':>9} {'MB':>5} {'drawn':>6} {'ready s':>8} "
        f"{'zoom ms':>8} {'open ms':>8} {'zoom@open':>9}"
    )
    for size in sizes:
        kg = synthetic_graph(size) if graph == "district" else corpus_graph(size)
        t = time.perf_counter()
        data = page_data(kg, select(kg), mode)
        html = render_page(data)
        render_s = time.perf_counter() - t
        path = out / f"bench_{size}.html"
        path.write_text(html, encoding="utf-8")
        m = measure(path, timeout_s)
        assert m["nodes"] == len(data.nodes), (m["nodes"], len(data.nodes))
        assert graph != "district" or len(data.nodes) == size
        assert m["requests"] == 0, "the page made network requests"
        print(
            f"{len(data.nodes):>6} {data.mode:>11} {render_s:>9.2f} {len(html) / 1e6:>5.1f} "
            f"{m['shown']:>6} {m['ready_ms'] / 1000:>8.2f} {_ms(m['zoom_ms']):>8} "
            f"{_ms(m['open_ms']):>8} {_ms(m['zoom_opened_ms']):>9}",
            flush=True,
        )


def _ms(v: float | None) -> str:
    return "-" if v is None else f"{v:.0f}"


if __name__ == "__main__":
    main()
