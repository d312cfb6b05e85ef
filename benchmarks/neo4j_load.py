"""How fast the graph loads into Neo4j: the bulk import, the batched loader
(Neo4jStore.load), the server's bare CREATE ceiling and one transaction per row, in one
run, on a synthetic corpus (graph/synth.py: generated enterprises paired with real
gazetteer villages).

    .venv/bin/python benchmarks/neo4j_load.py [--articles 10000] [--runs 3]
        [--row-articles 300] [--batch-articles N] [--no-bulk] [--bulk-first]

Uses the Neo4j at NEO4J_URI (NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE) when set —
its database is wiped — otherwise starts the test launcher (tests/neo4j_server, built by
`make neo4j-server`) on a free port with a throw-away database (PBKG_NEO4J_HEAP, default
2g; PBKG_NEO4J_SETTINGS="key=value ..." for Neo4j settings).

Figures, all relationships written per second of wall-clock time, nodes included:
* batched, cold: the first load into a freshly started server (after a 300-article
  warm-up that compiles the query plans); much of the JVM's time goes to JIT compiling;
* batched, warm: the same load again into the emptied database — a server that has run
  for a while, as a long-lived Neo4j has;
* server ceiling: the same nodes and relationships replayed as bare ``UNWIND … CREATE``
  statements of 20k rows (the loader's own create statements), with no reads, no
  merging and no article batches — what this server and machine can store at most;
* per row: one transaction per node and per relationship, MERGE, on the first
  --row-articles articles only (it is that slow);
* bulk: the import files written (graph.neo4j.bulk), ``neo4j-admin database import
  full`` run on them by the launcher (Neo4j's own import tool, heap 1 GB), a second
  server started on the imported store and the constraints and indexes created there;
  the rate counts files + import + constraints, the server's start is shown apart.
  "import" is the whole command, the import JVM's start included (about 3 s);
  "import_tool_reported" is what the tool says its import took.
The load average at the start and end is printed too (the machine may be shared).
Warm loads and the ceiling alternate --runs times; medians and per-run ratios are shown.
--bulk-first times the bulk import right after the graph is built (the test server
started, idle), so a long run stopped early on a loaded machine still has that figure.
Targets: batched warm ≥ 0.8 × the ceiling; bulk ≥ 10 × batched.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from neo4j import ManagedTransaction  # noqa: E402

from graph.article_graph import build_graph  # noqa: E402
from graph.model import ENTITY_LABELS, KnowledgeGraph  # noqa: E402
from graph.neo4j import Neo4jStore, connect  # noqa: E402
from graph.neo4j.bulk import run_import, write_import_files  # noqa: E402
from graph.neo4j.loader import quiet_params  # noqa: E402
from graph.neo4j.mapping import edge_rows, entity_rows  # noqa: E402
from graph.neo4j.statements import (  # noqa: E402
    create_edges_query,
    create_nodes_query,
    property_keys,
)
from graph.settings import Neo4jSettings  # noqa: E402
from graph.synth import synthetic_extractions  # noqa: E402
from ingest.places.gazetteer import load_gazetteer  # noqa: E402

LAUNCHER = REPO / "tests" / "neo4j_server" / "target" / "neo4j-launcher.jar"
READY = re.compile(r"PBKG-NEO4J READY (bolt://\S+)")
TOOL_DONE = re.compile(r"IMPORT DONE in (?:(?P<m>\d+)m )?(?P<s>\d+)s (?P<ms>\d+)ms")


def start_launcher(home: Path | None = None) -> tuple[subprocess.Popen[str], str]:
    """Start the test launcher JVM (on ``home``, else a throw-away database); return it
    and its Bolt URI."""
    if not LAUNCHER.is_file():
        sys.exit(f"no NEO4J_URI and no launcher at {LAUNCHER}: run `make neo4j-server` first")
    heap = os.environ.get("PBKG_NEO4J_HEAP", "2g")
    extra = os.environ.get("PBKG_NEO4J_SETTINGS", "").split()
    settings = [a for kv in extra for a in ("--set", kv)]
    proc = subprocess.Popen(
        ["java", f"-Xmx{heap}", "-jar", str(LAUNCHER), "--port", "0", *settings]
        + (["--home", str(home)] if home is not None else []),
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


def note(step: str, **figures: Any) -> None:
    """One line on stderr as each step ends, so a long run that is stopped early still
    leaves its figures (the JSON summary comes at the end, on stdout)."""
    print(step, json.dumps(figures), file=sys.stderr, flush=True)


def _write(tx: ManagedTransaction, query: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    # Parameters as the loader sends them (no repr of every row for the driver's log).
    record = tx.run(query, quiet_params({"rows": rows})).single()
    return record.data() if record is not None else {}


def replay(store: Neo4jStore, kg: KnowledgeGraph, rows_per_statement: int = 20_000) -> float:
    """Write ``kg`` into the empty database with bare CREATE statements (the loader's own),
    one transaction per statement; return the seconds it took."""
    nodes = entity_rows(kg)
    edges = edge_rows(kg)
    t0 = time.perf_counter()
    element: dict[str, str] = {}
    with store.driver.session(database=store.database) as session:
        for label, rows in nodes.items():
            for i in range(0, len(rows), rows_per_statement):
                chunk = [r["props"] for r in rows[i : i + rows_per_statement]]
                query = create_nodes_query(label, property_keys(chunk))
                record = session.execute_write(_write, query, chunk)
                element.update(zip(record["ids"], record["es"], strict=True))
        for edge_type, rows in edges.items():
            for i in range(0, len(rows), rows_per_statement):
                chunk = [
                    {"a": element[r["src"]], "b": element[r["dst"]], "p": r["props"]}
                    for r in rows[i : i + rows_per_statement]
                ]
                query = create_edges_query(edge_type, property_keys(r["p"] for r in chunk))
                session.execute_write(_write, query, chunk)
    return time.perf_counter() - t0


# -- the per-row baseline: one MERGE per node or relationship, one transaction each ------
# Labels and types come from the model's closed vocabulary, never from article text.
_MERGE_ENTITY = {
    label: "UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row.props "
    f"REMOVE n:{':'.join(lb for lb in ENTITY_LABELS if lb != label)} SET n:{label}"
    for label in ENTITY_LABELS
}
_MERGE_ARTICLE = "UNWIND $rows AS row MERGE (n:Article {id: row.id}) SET n = row.props"
_MATCH_ENDS = "UNWIND $rows AS row MATCH (a:Entity {id: row.src}) "
_MERGE_EDGE = {
    "PAIRED_WITH": _MATCH_ENDS + "MATCH (b:Entity {id: row.dst}) "
    "MERGE (a)-[r:PAIRED_WITH]->(b) SET r = row.props",
    "PART_OF": _MATCH_ENDS + "MATCH (b:Entity {id: row.dst}) "
    "MERGE (a)-[r:PART_OF]->(b) SET r = row.props",
    "HOLDS_POST": _MATCH_ENDS + "MATCH (b:Entity {id: row.dst}) "
    "MERGE (a)-[r:HOLDS_POST {title: row.props.title}]->(b) SET r = row.props",
    "MENTIONED_IN": _MATCH_ENDS + "MATCH (b:Article {id: row.dst}) "
    "MERGE (a)-[r:MENTIONED_IN]->(b) SET r = row.props",
}


def write_row_by_row(store: Neo4jStore, kg: KnowledgeGraph) -> int:
    """Write ``kg`` one node or relationship per transaction, MERGE, without merging with
    what is stored (the naive way the loader is compared against). Returns the number of
    relationships written."""
    store.ensure_schema()
    written = 0
    with store.driver.session(database=store.database) as session:
        for label, rows in entity_rows(kg).items():
            query = _MERGE_ARTICLE if label == "Article" else _MERGE_ENTITY[label]
            for row in rows:
                session.execute_write(_write, query, [row])
        for edge_type, rows in edge_rows(kg).items():
            for row in rows:
                session.execute_write(_write, _MERGE_EDGE[edge_type], [row])
                written += 1
    return written


def bulk(kg: KnowledgeGraph, work: Path) -> dict[str, float]:
    """Import ``kg`` into a new store with the import tool, start a server on it, create
    the constraints; return the seconds of each step (checks the counts)."""
    home = work / "home"
    t0 = time.perf_counter()
    files = write_import_files(kg, work / "import")
    write_s = time.perf_counter() - t0
    admin = ["java", "-Xmx1g", "-jar", str(LAUNCHER), "--home", str(home), "--admin"]
    result = run_import(files, admin, max_off_heap="2g")
    # The tool's own figure, without the JVM's start and the checks before its stages.
    done = TOOL_DONE.search(result.output)
    tool_s = (
        int(done["m"] or 0) * 60 + int(done["s"]) + int(done["ms"]) / 1000 if done else float("nan")
    )
    t0 = time.perf_counter()
    proc, uri = start_launcher(home)
    start_s = time.perf_counter() - t0
    try:
        with connect(Neo4jSettings(uri=uri, password=None)) as driver:
            store = Neo4jStore(driver)
            t0 = time.perf_counter()
            store.ensure_schema()
            schema_s = time.perf_counter() - t0
            assert store.counts() == kg.counts(), "the imported store does not hold the model"
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    return {
        "write_files": round(write_s, 2),
        "import": round(result.seconds, 2),
        "import_tool_reported": round(tool_s, 2),
        "constraints": round(schema_s, 2),
        "server_start": round(start_s, 2),
    }


def bulk_step(kg: KnowledgeGraph) -> dict[str, float]:
    """:func:`bulk` in a throw-away directory, its figures noted as it ends."""
    with tempfile.TemporaryDirectory(prefix="pbkg-bulk-") as work:
        bulk_s = bulk(kg, Path(work))
    note("bulk", **bulk_s)
    return bulk_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3, help="warm loads and ceilings")
    parser.add_argument("--row-articles", type=int, default=300)
    parser.add_argument("--batch-articles", type=int, default=None)
    parser.add_argument("--no-bulk", action="store_true")
    parser.add_argument("--bulk-first", action="store_true", help="time the bulk path first")
    args = parser.parse_args()
    batch = {} if args.batch_articles is None else {"batch_articles": args.batch_articles}

    load_start = os.getloadavg()
    t_start = time.perf_counter()
    proc = None
    if os.environ.get("NEO4J_URI"):
        settings = Neo4jSettings.from_env()
    else:
        proc, uri = start_launcher()
        settings = Neo4jSettings(uri=uri, password=None)
    try:
        gazetteer = load_gazetteer()
        t0 = time.perf_counter()
        records = list(synthetic_extractions(args.articles, gazetteer))
        kg = build_graph(records, gazetteer)
        small = build_graph(records[: args.row_articles], gazetteer)
        del records
        build_s = time.perf_counter() - t0
        counts = kg.counts()
        rels = sum(counts[t] for t in ("PAIRED_WITH", "HOLDS_POST", "PART_OF", "MENTIONED_IN"))
        small_rels = sum(1 for _ in small.edges())
        note("graph", nodes=len(kg), relationships=rels, seconds=round(build_s, 2))
        bulk_s: dict[str, float] = {}
        if args.bulk_first and not args.no_bulk:
            bulk_s = bulk_step(kg)

        with connect(settings) as driver:
            store = Neo4jStore(driver, settings.database)
            store.delete_all()
            store.ensure_schema()
            # Warm the server (query plans, JIT) on the small graph, then start clean.
            store.load(small, **batch)
            store.delete_all()

            t0 = time.perf_counter()
            summary = store.load(kg, **batch)
            cold_s = time.perf_counter() - t0
            assert store.counts() == counts, "the database does not hold the model"
            note("batched cold", seconds=round(cold_s, 2), per_s=round(rels / cold_s))

            t0 = time.perf_counter()
            again = store.load(kg, **batch)
            reload_s = time.perf_counter() - t0
            assert again.loaded == 0

            warm: list[float] = []
            ceiling: list[float] = []
            for _ in range(args.runs):
                store.delete_all()
                t0 = time.perf_counter()
                store.load(kg, **batch)
                warm.append(time.perf_counter() - t0)
                assert store.counts() == counts, "the database does not hold the model"
                note("batched warm", seconds=round(warm[-1], 2), per_s=round(rels / warm[-1]))
                store.delete_all()
                ceiling.append(replay(store, kg))
                assert store.counts() == counts, "the replay does not hold the model"
                note("ceiling", seconds=round(ceiling[-1], 2), per_s=round(rels / ceiling[-1]))

            store.delete_all()
            t0 = time.perf_counter()
            write_row_by_row(store, small)
            per_row_s = time.perf_counter() - t0
            store.delete_all()
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=60)

    if not args.bulk_first and not args.no_bulk:
        bulk_s = bulk_step(kg)

    per_row_rate = small_rels / per_row_s
    warm_s = statistics.median(warm)
    warm_rate = rels / warm_s
    figures: dict[str, Any] = {
        "articles": args.articles,
        "nodes": len(kg),
        "relationships": rels,
        "build_seconds": round(build_s, 2),
        "loaded": summary.loaded,
        "batched_cold": {"seconds": round(cold_s, 2), "relationships_per_s": round(rels / cold_s)},
        "batched_warm": {
            "runs_seconds": [round(w, 2) for w in warm],
            "median_relationships_per_s": round(warm_rate),
        },
        "server_ceiling": {
            "runs_seconds": [round(c, 2) for c in ceiling],
            "median_relationships_per_s": round(rels / statistics.median(ceiling)),
        },
        "warm_over_ceiling": {
            "per_run": [round(c / w, 3) for w, c in zip(warm, ceiling, strict=True)],
            "median": round(
                statistics.median(c / w for w, c in zip(warm, ceiling, strict=True)), 3
            ),
        },
        "reload_unchanged_seconds": round(reload_s, 2),
        "per_row": {
            "articles": args.row_articles,
            "relationships": small_rels,
            "seconds": round(per_row_s, 2),
            "relationships_per_s": round(per_row_rate),
        },
        "ratio_warm_over_per_row": round(warm_rate / per_row_rate, 1),
    }
    if bulk_s:
        loaded_s = bulk_s["write_files"] + bulk_s["import"] + bulk_s["constraints"]
        figures["bulk"] = {
            **bulk_s,
            "relationships_per_s": round(rels / loaded_s),
            "relationships_per_s_with_server_start": round(
                rels / (loaded_s + bulk_s["server_start"])
            ),
            "over_batched_cold": round(cold_s / loaded_s, 1),
            "over_batched_warm": round(warm_s / loaded_s, 1),
        }
    figures["targets"] = {"warm_over_ceiling": 0.8, "bulk_over_batched": 10}
    # The machine is shared: the load average says how far the figures can be trusted.
    figures["load_average_1_5_15"] = {
        "start": [round(x, 1) for x in load_start],
        "end": [round(x, 1) for x in os.getloadavg()],
    }
    figures["seconds_in_all"] = round(time.perf_counter() - t_start, 1)
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
