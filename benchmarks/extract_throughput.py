"""Extraction throughput against bare jieba segmentation, on one core, in one run.

    python benchmarks/extract_throughput.py [--rounds 15] [--cpu] [PATH ...]
        (default: the example corpus, plus ../shared/corpus if present)

Reads the stories once and warms up (jieba's dictionary, the gazetteer and the lexicons
load once per process). Then, round after round, times bare ``jieba.cut`` over every
story's simplified text, ``extract`` over the same stories, and — to show where the time
goes — place linking alone, back to back so that a busy machine slows all sides of a
round alike. Prints the best throughputs and the median per-round ratio extract /
jieba.cut (pbkg's target: >= 0.5).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
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


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=ROUNDS)
    ap.add_argument("--cpu", action="store_true", help="CPU seconds, not wall clock")
    ap.add_argument("paths", nargs="*", type=Path)
    args = ap.parse_args(argv)
    paths = args.paths or [p for p in DEFAULT if p.exists()]
    articles = [a for a in read_paths(paths) if isinstance(a, Article)]
    chars = sum(len(a.simplified) for a in articles)
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
