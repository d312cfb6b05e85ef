"""Extraction throughput against bare jieba segmentation, on one core, in one run.

    python benchmarks/extract_throughput.py [--rounds 15] [--cpu] [--process] [PATH ...]
        (default: the example corpus, plus ../shared/corpus if present)

Reads the stories once and warms up (jieba's dictionary, the gazetteer and the lexicons
load once per process). Then, round after round, times bare ``jieba.cut`` over every
story's simplified text, ``extract`` over the same stories, and — to show where the time
goes — place linking alone, back to back so that a busy machine slows all sides of a
round alike. Prints the best throughputs and the median per-round ratio extract /
jieba.cut (pbkg's target: >= 0.5).

``--process`` times whole processes instead, start-up included (imports, jieba's
dictionary, the gazetteer, the model): round after round, a bare process that loads
jieba and cuts the same stories' texts, then ``pbkg extract PATH... -o FILE``; it prints
the median ratio of their CPU seconds (user + system) and of their wall time, and the
extraction process's peak memory (RSS). pbkg's bytecode is compiled before timing
(:func:`compile_bytecode`), as jieba's was when pip installed it: an editable install
has none, and with ``PYTHONDONTWRITEBYTECODE`` set every process would compile pbkg's
sixty modules again (about 0.1 CPU-s), which bare jieba never pays.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import jieba

from ingest.extract.pipeline import extract
from ingest.model import Article
from ingest.places.link import link_places
from ingest.read.reader import read_paths

REPO = Path(__file__).resolve().parent.parent
DEFAULT = [REPO / "examples" / "corpus", REPO.parent / "shared" / "corpus"]
ROUNDS = 15


def timed(fn: Callable[[], object], clock: Callable[[], float] = time.perf_counter) -> float:
    t = clock()
    fn()
    return clock() - t


BARE = """
import json, sys
import jieba
jieba.setLogLevel(60)
for text in json.load(open(sys.argv[1], encoding="utf-8")):
    list(jieba.cut(text))
"""
# What the ``pbkg`` console script runs (pyproject's [project.scripts]: pbkg.cli:main),
# its way of ending the process included.
PBKG = "from pbkg.cli import main; main()"


def run_process(cmd: Sequence[str]) -> tuple[float, float, int]:
    """CPU seconds (user + system), wall seconds and peak RSS (bytes) of one process."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{cmd[:3]}... exited with {proc.returncode}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss * 1024


# pbkg's packages (pyproject's [tool.mypy] packages): what ``pbkg extract`` may import.
PACKAGES = ("ingest", "graph", "queries", "viz", "pbkg")


def compile_bytecode(root: Path = REPO) -> None:
    """Write the ``__pycache__`` bytecode of pbkg's packages under ``root`` (a pip install
    of a wheel does this; an editable one does not, and ``PYTHONDONTWRITEBYTECODE`` stops
    the interpreter from doing it on first import)."""
    for package in PACKAGES:
        if (root / package).is_dir():
            compileall.compile_dir(root / package, quiet=1)


def whole_process(paths: list[Path], texts: list[str], rounds: int) -> None:
    """The ``--process`` comparison (module docstring)."""
    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        stories = Path(tmp) / "texts.json"
        stories.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        out = Path(tmp) / "out.jsonl"
        bare = [sys.executable, "-c", BARE, str(stories)]
        pbkg = [sys.executable, "-c", PBKG, "extract", *map(str, paths), "-o", str(out)]
        run_process(pbkg)  # the caches (gazetteer, word tags) exist before timing
        cpu: list[float] = []
        wall: list[float] = []
        peak = 0
        for _ in range(rounds):
            b_cpu, b_wall, _ = run_process(bare)
            p_cpu, p_wall, p_rss = run_process(pbkg)
            cpu.append(b_cpu / p_cpu)
            wall.append(b_wall / p_wall)
            peak = max(peak, p_rss)
            print(f"bare jieba {b_cpu:.2f} CPU-s {b_wall:.2f} s   pbkg extract {p_cpu:.2f} CPU-s")
    print(
        f"whole process, ratio bare jieba.cut / pbkg extract: {statistics.median(cpu):.2f}"
        f" (median of {rounds}, CPU seconds); by wall clock {statistics.median(wall):.2f}"
    )
    print(f"pbkg extract peak memory: {peak / 2**20:.0f} MB (RSS)")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=ROUNDS)
    ap.add_argument("--cpu", action="store_true", help="CPU seconds, not wall clock")
    ap.add_argument("--process", action="store_true", help="whole processes, start-up included")
    ap.add_argument("paths", nargs="*", type=Path)
    args = ap.parse_args(argv)
    paths = args.paths or [p for p in DEFAULT if p.exists()]
    articles = [a for a in read_paths(paths) if isinstance(a, Article)]
    chars = sum(len(a.simplified) for a in articles)
    if args.process:
        print(f"stories: {len(articles)}  characters: {chars}")
        whole_process(paths, [a.simplified for a in articles], args.rounds)
        return 0
    extract(articles[0])
    list(jieba.cut(articles[0].simplified))

    sides: dict[str, Callable[[], object]] = {
        "jieba.cut": lambda: [list(jieba.cut(a.simplified)) for a in articles],
        "extract": lambda: [extract(a) for a in articles],
        "link_places": lambda: [link_places(a) for a in articles],
    }
    best = {k: float("inf") for k in sides}
    ratios: list[float] = []
    rest_ratios: list[float] = []
    for _ in range(args.rounds):
        clock = time.process_time if args.cpu else time.perf_counter
        took = {k: timed(fn, clock) for k, fn in sides.items()}
        for k, t in took.items():
            best[k] = min(best[k], t)
        # Each round's sides ran back to back, so a round's ratio is fair even when the
        # machine's load drifts; the median of rounds is the figure to quote.
        ratios.append(took["jieba.cut"] / took["extract"])
        rest_ratios.append(took["jieba.cut"] / max(took["extract"] - took["link_places"], 1e-9))
    unit = "CPU" if args.cpu else "wall"
    print(f"stories: {len(articles)}  characters: {chars}  ({args.rounds} rounds, {unit} clock)")
    for k, t in best.items():
        print(f"{k:<12} {chars / t:10.0f} chars/s (best round)")
    print(f"ratio extract / jieba.cut: {statistics.median(ratios):.2f}  (median; target >= 0.5)")
    share = best["link_places"] / best["extract"]
    print(f"share of extract spent linking places: {share:.0%}")
    print(f"ratio without place linking: {statistics.median(rest_ratios):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
