"""Place linking speed: gazetteer load time and matching throughput against jieba.

Measures, in one run:

* the cold build — reading the 665,000-row data file and deriving the stem table and
  match index, as on a fresh machine (cache in a temporary directory);
* the warm load — the same from the pickle cache, as every later process does;
* throughput of the stem matcher alone and of the whole ``link_places`` (matching,
  disambiguation, bare forms), over the example articles repeated, as characters per
  second and as a ratio to bare ``jieba.cut`` on the same text (ratio > 1: faster).

Usage::

    .venv/bin/python benchmarks/places_bench.py [--repeat N] [CORPUS_DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import jieba  # noqa: E402

from ingest.model import Article  # noqa: E402
from ingest.places.gazetteer import load_gazetteer  # noqa: E402
from ingest.places.link import link_places  # noqa: E402
from ingest.read.reader import read_paths  # noqa: E402


def timed(fn: Callable[[], object]) -> float:
    """CPU seconds of this process spent in ``fn`` (wall time swings on a shared machine)."""
    t = time.process_time()
    fn()
    return time.process_time() - t


def timed_wall(fn: Callable[[], object]) -> tuple[float, float]:
    """``(wall seconds, CPU seconds)`` spent in ``fn``."""
    w, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w, time.process_time() - c


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(REPO / "examples" / "corpus"))
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as cache:
        os.environ["PBKG_CACHE_DIR"] = cache
        load_gazetteer.cache_clear()
        cold = timed_wall(load_gazetteer)
        load_gazetteer.cache_clear()
        warm = timed_wall(load_gazetteer)
    gaz = load_gazetteer()
    print(f"gazetteer: {len(gaz)} divisions")
    print(f"cold build  {cold[0]:6.2f} s wall, {cold[1]:6.2f} s CPU")
    print(f"warm load   {warm[0]:6.2f} s wall, {warm[1]:6.2f} s CPU")

    articles = [a for a in read_paths([args.corpus]) if isinstance(a, Article)]
    texts = [a.simplified for a in articles] * args.repeat
    chars = sum(len(t) for t in texts)
    matcher = gaz.matcher()
    list(jieba.cut("预热词典"))  # load jieba's dictionary outside the timing

    t_jieba = timed(lambda: [list(jieba.cut(t)) for t in texts])
    t_match = timed(lambda: [matcher.find(t) for t in texts])
    t_link = timed(lambda: [link_places(a, gaz) for a in articles * args.repeat])

    def rate(seconds: float) -> str:
        return f"{chars / seconds / 1e3:8.0f} k chars/s"

    print(f"text: {len(articles)} stories x {args.repeat} = {chars} chars (CPU time)")
    print(f"jieba.cut     {rate(t_jieba)}")
    print(f"stem matcher  {rate(t_match)}   {t_jieba / t_match:5.1f}x jieba")
    print(f"link_places   {rate(t_link)}   {t_jieba / t_link:5.1f}x jieba")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
