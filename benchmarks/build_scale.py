"""`pbkg build` on synthetic corpora of real-sized articles: time, throughput, the ratio
to bare jieba.cut on the same texts, and peak memory, at growing sizes.

    python benchmarks/build_scale.py [--sizes 10000 30000 100000] [--jobs 1 2]
                                     [--repeat 1] [--format jsonl|files] [--dev DIR]

Each corpus is made from the dev articles (../shared/corpus/dev): article k is dev text
k mod n with the two characters before every unit suffix (村, 社区, 公司, 镇 …) replaced
by characters picked from k (copies share names in a pool of 400 variants, so units
recur across articles as in a real corpus, and no two articles are the same text). It
is written as one JSON Lines file (``--format jsonl``) or one .txt file per article.

For each size and each ``--jobs``, the whole command `pbkg build CORPUS --out DIR
--jobs N` runs as a subprocess; its wall time and the peak memory of its process tree
(sampled every 0.2 s, and of the main process alone) are measured. Right before it,
bare ``jieba.cut`` runs over the same texts (up to 5,000 of them) in this process, one
core, so the ratio build chars/s ÷ jieba.cut chars/s compares two figures taken under
the same load (pbkg's target: >= 0.5 × jobs); ``cpu ratio`` compares CPU seconds
instead (the build's processes together against jieba's), which a busy shared machine
distorts less. With ``--repeat R`` each figure is the median of R runs. Tree memory is
the proportional set size (pages shared by forked workers counted once). The last
columns give the graph's nodes and edges, from which the bytes per node and edge follow
(the growth of main-process memory between sizes), then the 1-minute load
average before and after the size's runs (on a shared machine, how far to trust them).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "corpus" / "dev"
PBKG = Path(sys.executable).parent / "pbkg"

# Two characters before a unit suffix are a name's most distinctive part.
_NAMED = re.compile(
    r"[\u4e00-\u9fff]{2}(?=村|社区|居委会|居民区|公司|镇|街道|学校|医院|支行|银行|集团|法院"
    r"|派出所|中心|小区|学院|大学|委员会|党委|支部|办事处|协会)"
)
# Invented name characters (common in place and firm names, not taken from the corpus).
_POOL = "安宝昌德丰福广海和华嘉建金锦景康乐丽明宁平庆瑞盛泰祥新兴旭阳永裕振中东南西北"
VARIANTS = 400


def vary(text: str, k: int) -> str:
    """Dev text with its unit names varied for copy ``k`` (the same name maps to the
    same variant within one copy; copies k and k + VARIANTS share them)."""
    if k < 1:  # the first copy of each text keeps it as it is
        return text

    def swap(m: re.Match[str]) -> str:
        rng = random.Random(zlib.crc32(f"{k % VARIANTS}:{m.group()}".encode()))
        return "".join(rng.choice(_POOL) for _ in m.group())

    varied = _NAMED.sub(swap, text)
    if varied == text:  # no unit name to vary: vary the opening words, so ids differ
        head = re.search(r"[\u4e00-\u9fff]{2}", text)
        if head:
            varied = text[: head.start()] + swap(head) + text[head.end() :]
    return varied


def make_corpus(size: int, dev: Path, out: Path, fmt: str) -> tuple[Path, list[str]]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(dev.glob("*.txt"))]
    varied = [vary(texts[k % len(texts)], k // len(texts)) for k in range(size)]
    if fmt == "jsonl":
        path = out / f"c{size}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for k, text in enumerate(varied):
                fh.write(json.dumps({"id": f"a{k:06d}", "text": text}, ensure_ascii=False))
                fh.write("\n")
        return path, varied
    path = out / f"c{size}"
    for k, text in enumerate(varied):
        sub = path / f"{k // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"a{k:06d}.txt").write_text(text, encoding="utf-8")
    return path, varied


def jieba_rate(texts: list[str]) -> tuple[float, float]:
    """Bare jieba.cut's characters per wall second and per CPU second, one process."""
    import jieba

    sample = texts[:5000]
    list(jieba.cut(sample[0]))
    t, c = time.perf_counter(), time.process_time()
    for s in sample:
        list(jieba.cut(s))
    chars = sum(map(len, sample))
    return chars / (time.perf_counter() - t), chars / (time.process_time() - c)


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_build(corpus: Path, out: Path, jobs: int) -> tuple[float, float, int, int, dict[str, int]]:
    """Wall seconds, CPU seconds (the command and its workers), peak RSS of the process
    tree and of the main process, graph size."""
    cpu0 = _children_cpu()
    t = time.perf_counter()
    proc = subprocess.Popen(
        [str(PBKG), "build", str(corpus), "--out", str(out), "--jobs", str(jobs)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    main = psutil.Process(proc.pid)
    tree_peak = main_peak = 0
    while proc.poll() is None:
        try:
            rss = main.memory_info().rss
            procs = [main, *main.children(recursive=True)]
            kids = sum(p.memory_full_info().pss for p in procs) - rss
        except psutil.Error:
            rss = kids = 0
        main_peak, tree_peak = max(main_peak, rss), max(tree_peak, rss + kids)
        time.sleep(0.2)
    wall = time.perf_counter() - t
    cpu = _children_cpu() - cpu0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"pbkg build failed ({proc.returncode}) on {corpus}")
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    size = {"nodes": len(graph["nodes"]), "edges": len(graph["edges"])}
    return wall, cpu, tree_peak, main_peak, size


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--format", choices=["jsonl", "files"], default="jsonl")
    ap.add_argument("--dev", type=Path, default=DEV)
    args = ap.parse_args(argv)
    print(
        f"{'articles':>8} {'jobs':>4} {'chars':>11} {'wall s':>7} {'chars/s':>8} "
        f"{'jieba c/s':>9} {'ratio':>5} {'target':>6} {'cpu s':>7} {'cpu ratio':>9} "
        f"{'tree MB':>7} {'main MB':>7} {'nodes':>8} {'edges':>8} {'load':>9}",
        flush=True,
    )
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="pbkg-scale-") as tmp:
            corpus, texts = make_corpus(size, args.dev, Path(tmp), args.format)
            chars = sum(map(len, texts))
            for jobs in args.jobs:
                runs = []
                load_start = os.getloadavg()[0]
                for r in range(args.repeat):
                    rate, cpu_rate = jieba_rate(texts)
                    out = Path(tmp) / f"o{jobs}{r}"
                    wall, cpu, tree, main_rss, graph = run_build(corpus, out, jobs)
                    shutil.rmtree(out)
                    runs.append(
                        (wall, chars / wall / rate, cpu, chars / cpu / cpu_rate, tree, main_rss)
                    )
                wall, ratio, cpu, cpu_ratio, tree, main_rss = (
                    statistics.median(x[i] for x in runs) for i in range(6)
                )
                # ratio: the whole command's chars per wall second over bare jieba.cut's
                # (one process), both under the machine's load of the moment; cpu ratio:
                # the same per CPU second, i.e. what one core gives when it is free.
                print(
                    f"{size:>8} {jobs:>4} {chars:>11} {wall:>7.1f} {chars / wall:>8.0f} "
                    f"{chars / wall / ratio:>9.0f} {ratio:>5.2f} {0.5 * jobs:>6.1f} "
                    f"{cpu:>7.1f} {cpu_ratio:>9.2f} "
                    f"{tree / 2**20:>7.0f} {main_rss / 2**20:>7.0f} "
                    f"{graph['nodes']:>8} {graph['edges']:>8} "
                    # the machine may be shared: 1-minute load average before and after
                    f"{load_start:>4.1f}-{os.getloadavg()[0]:<4.1f}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
