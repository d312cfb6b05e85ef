"""How long the review page takes to open with a long queue (default 1,000 items).

Builds a synthetic graph whose queue holds exactly N items (three in five low-confidence
pairings with an evidence sentence and its context, one in five possible misses with
theirs, one in five probable duplicates),
renders the page (Python time), then opens it from file:// in headless Chromium several
times, each in a fresh browser context, and reads inside the page the time from
navigation start to the queue listed and the first item shown (``pbkgReview.marks``).
Prints each run and the median. Run: ``.venv/bin/python benchmarks/review_bench.py``
(``--items 1000 --runs 7``). ``--screenshot docs/review-page.png`` instead photographs
the page of tests/review/corpus (invented units) as the README shows it.

Needs /usr/bin/chromium (``make browser``), launched as tests/browser/chromium.py says.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run as a plain script: the repo's packages and tests/

from graph.model import KnowledgeGraph  # noqa: E402
from graph.reviews import (  # noqa: E402
    PossibleMiss,
    Quote,
    possible_miss_items,
    review_queue,
    with_possible_misses,
)
from tests.browser.chromium import CHROMIUM, CHROMIUM_ARGS, MISSING  # noqa: E402
from viz.review import render_review_page, review_page_data  # noqa: E402

READY = "() => window.pbkgReview !== undefined && window.pbkgReview.ready === true"
FILLER = "街道党工委书记带队走访辖区企业，了解党建工作开展情况，并就下一步合作进行座谈。"


def synthetic_graph(items: int) -> tuple[KnowledgeGraph, list[PossibleMiss]]:
    """A graph and possible misses whose queue (threshold 0.8) holds exactly ``items``
    items."""
    kg = KnowledgeGraph()
    duplicates = items // 5
    missed = items // 5
    pairings = items - duplicates - missed
    for a in range(max(1, items // 10)):
        kg.add_node(f"art{a}", "Article", f"报道{a}", title=f"结对共建报道{a}", date="2024-05-01",
                    doc=f"d{a}.txt", source="某区融媒体中心", path=f"corpus/d{a}.txt")  # fmt: skip
    for i in range(pairings):
        art = f"art{i % max(1, items // 10)}"
        a, b = f"org:310101/第{i}科技有限公司", f"place:310101/第{i}村"
        kg.add_node(a, "Organization", f"第{i}科技有限公司", articles=[art], subtype="enterprise")
        kg.add_node(b, "Village", f"第{i}村", articles=[art])
        text = f"第{i}科技有限公司党支部书记来到第{i}村。双方签订结对共建协议。"
        kg.add_pairing(a, b, kind="结对共建", since=2024, article=art,
                       evidence={"text": text, "start": 200, "end": 200 + len(text)},
                       confidence=0.6 + (i % 2) / 10, rule="pair_both")  # fmt: skip
    misses = []
    for i in range(missed):
        art = f"art{i % max(1, items // 10)}"
        a, b = f"org:310101/乙{i}实业集团", f"place:310101/乙{i}社区"
        kg.add_node(a, "Organization", f"乙{i}实业集团", articles=[art], subtype="enterprise")
        kg.add_node(b, "ResidentsCommittee", f"乙{i}社区", articles=[art])
        text = f"乙{i}实业集团党委与乙{i}社区党委合作开展志愿服务。"
        quote = Quote(article=art, doc=f"d{art[3:]}.txt", text=text, start=300, end=300 + len(text))
        misses.append(PossibleMiss((a, b), (f"乙{i}实业集团", f"乙{i}社区"), 0.3, quote,
                                   "model:cue_link,bias", "合作"))  # fmt: skip
    for i in range(duplicates):
        for scope in ("-", "310101"):
            kg.add_node(f"org:{scope}/甲{i}商会", "Organization", f"甲{i}商会", articles=["art0"])
    return kg, misses


def _context(article: dict[str, Any], start: int, end: int) -> tuple[str, str]:
    return FILLER * 2, FILLER * 2


def measure(path: Path, runs: int) -> list[float]:
    """Open ``path`` ``runs`` times; navigation start → ready, in ms, per run."""
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            page = context.new_page()
            requests: list[str] = []
            page.on("request", lambda r, seen=requests: seen.append(r.url))
            page.goto(path.as_uri())
            page.wait_for_function(READY, timeout=120_000)
            out.append(float(page.evaluate("pbkgReview.marks.ready")))
            assert requests == [path.as_uri()], "the page made network requests"
            context.close()
        browser.close()
    return out


def screenshot(target: Path) -> None:
    """The README's picture: the page of tests/review/corpus, first item shown."""
    from playwright.sync_api import sync_playwright

    from pbkg.build import build_corpus
    from pbkg.review import review_page

    with tempfile.TemporaryDirectory(prefix="review_shot_") as tmp:
        corpus = Path(tmp) / "corpus"
        shutil.copytree(REPO / "tests" / "review" / "corpus", corpus)
        build_corpus([corpus], Path(tmp) / "out", progress=False)
        run = review_page(Path(tmp) / "out", threshold=0.95, reviewer="审核员")
        page_path = Path(tmp) / "review.html"
        page_path.write_text(run.html, encoding="utf-8")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 640})
            page.goto(page_path.as_uri())
            page.wait_for_function(READY)
            page.keyboard.press("?")
            page.screenshot(path=str(target))
            browser.close()
    print(f"{target}: {run.items} items")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--screenshot", type=Path, help="photograph the test corpus's page")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit(MISSING)
    if args.screenshot:
        screenshot(args.screenshot)
        return
    kg, misses = synthetic_graph(args.items)
    t = time.perf_counter()
    items = with_possible_misses(review_queue(kg, 0.8), possible_miss_items(kg, misses))
    html = render_review_page(review_page_data(kg, items, context=_context, misses=misses))
    render_s = time.perf_counter() - t
    assert len(items) == args.items, (len(items), args.items)
    with tempfile.TemporaryDirectory(prefix="review_bench_") as tmp:
        path = Path(tmp) / "review.html"
        path.write_text(html, encoding="utf-8")
        times = measure(path, args.runs)
    print(f"{len(items)} items, page {len(html) / 1e6:.1f} MB, queue + render {render_s:.2f} s")
    print("open → ready (ms):", " ".join(f"{t:.0f}" for t in times))
    print(f"median {statistics.median(times):.0f} ms over {len(times)} runs")


if __name__ == "__main__":
    main()
