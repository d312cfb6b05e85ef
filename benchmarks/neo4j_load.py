"""How fast the graph loads into Neo4j: batched ``UNWIND $rows … MERGE`` transactions
against one transaction per row, in one run, on a synthetic corpus (graph/synth.py:
generated enterprises paired with real gazetteer villages).

    .venv/bin/python benchmarks/neo4j_load.py [--articles 10000] [--row-articles 300]

Uses the Neo4j at NEO4J_URI (NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE) when set —
its database is wiped — otherwise starts the test launcher (tests/neo4j_server, built by
`make neo4j-server`) on a free port with a throw-away database. The per-row writer runs
on the first --row-articles articles only (it is that slow); both rates are
relationships written per second of wall-clock time, nodes included in the time.
Targets: ≥ 20,000 relationships/s batched, and ≥ 20 × the per-row writer.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from graph.build import build_graph  # noqa: E402
from graph.neo4j_store import Neo4jStore, connect  # noqa: E402
from graph.settings import Neo4jSettings  # noqa: E402
from graph.synth import synthetic_records  # noqa: E402
from ingest.gazetteer import load_gazetteer  # noqa: E402

LAUNCHER = REPO / "tests" / "neo4j_server" / "target" / "neo4j-launcher.jar"
READY = re.compile(r"PBKG-NEO4J READY (bolt://\S+)")


def start_launcher() -> tuple[subprocess.Popen[str], str]:
    """Start the test launcher JVM; return it and its Bolt URI."""
    if not LAUNCHER.is_file():
        sys.exit(f"no NEO4J_URI and no launcher at {LAUNCHER}: run `make neo4j-server` first")
    heap = os.environ.get("PBKG_NEO4J_HEAP", "2g")
    extra = os.environ.get("PBKG_NEO4J_SETTINGS", "").split()
    settings = [a for kv in extra for a in ("--set", kv)]
    proc = subprocess.Popen(
        ["java", f"-Xmx{heap}", "-jar", str(LAUNCHER), "--port", "0", *settings],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    deadline = time.monotonic() + 180
    for line in proc.stdout:
        m = READY.search(line)
        if m:
            return proc, m.group(1)
        if time.monotonic() > deadline:
            break
    proc.kill()
    sys.exit("the Neo4j launcher did not become ready")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--row-articles", type=int, default=300)
    parser.add_argument("--batch-articles", type=int, default=1000)
    args = parser.parse_args()

    proc = None
    if os.environ.get("NEO4J_URI"):
        settings = Neo4jSettings.from_env()
    else:
        proc, uri = start_launcher()
        settings = Neo4jSettings(uri=uri, password=None)
    try:
        gazetteer = load_gazetteer()
        t0 = time.perf_counter()
        records = list(synthetic_records(args.articles, gazetteer))
        kg = build_graph(records, gazetteer)
        small = build_graph(records[: args.row_articles], gazetteer)
        build_s = time.perf_counter() - t0
        counts = kg.counts()
        rels = sum(counts[t] for t in ("PAIRED_WITH", "HOLDS_POST", "PART_OF", "MENTIONED_IN"))
        small_rels = sum(1 for _ in small.edges())

        with connect(settings) as driver:
            store = Neo4jStore(driver, settings.database)
            store.delete_all()
            store.ensure_schema()
            # Warm the server (query plans, JIT) on the small graph, then start clean.
            store.load(small, batch_articles=args.batch_articles)
            store.delete_all()

            t0 = time.perf_counter()
            summary = store.load(kg, batch_articles=args.batch_articles)
            batched_s = time.perf_counter() - t0
            assert store.counts() == counts, "the database does not hold the model"

            t0 = time.perf_counter()
            again = store.load(kg, batch_articles=args.batch_articles)
            reload_s = time.perf_counter() - t0
            assert again.loaded == 0

            store.delete_all()
            t0 = time.perf_counter()
            store.write_row_by_row(small)
            per_row_s = time.perf_counter() - t0

        batched_rate = rels / batched_s
        per_row_rate = small_rels / per_row_s
        figures = {
            "articles": args.articles,
            "nodes": len(kg),
            "relationships": rels,
            "build_seconds": round(build_s, 2),
            "batched": {
                "seconds": round(batched_s, 2),
                "relationships_per_s": round(batched_rate),
                "articles_per_transaction": args.batch_articles,
                "loaded": summary.loaded,
            },
            "reload_unchanged_seconds": round(reload_s, 2),
            "per_row": {
                "articles": args.row_articles,
                "relationships": small_rels,
                "seconds": round(per_row_s, 2),
                "relationships_per_s": round(per_row_rate),
            },
            "ratio": round(batched_rate / per_row_rate, 1),
            "targets": {"relationships_per_s": 20_000, "ratio": 20},
        }
        print(json.dumps(figures, indent=1))
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=60)


if __name__ == "__main__":
    main()
