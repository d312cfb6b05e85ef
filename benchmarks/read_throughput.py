"""Reading throughput: MB/s of article files read, cleaned and split by pbkg.

Builds a synthetic corpus in a temporary directory — the five example articles
replicated, as UTF-8, GB18030 and Big5-traditional copies plus a JSON Lines file — then
times ``ingest.read.reader.read_paths`` over it and prints the figure. Usage:

    .venv/bin/python benchmarks/read_throughput.py [--copies N]
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from ingest.model import Article
from ingest.read.reader import read_paths

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def build_corpus(root: Path, copies: int) -> int:
    """Write ``copies`` replicas of the seeds in three encodings and as JSON Lines;
    return the number of bytes written."""
    import opencc

    s2t = opencc.OpenCC("s2t")
    seeds = [(p.stem, p.read_text("utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    total = 0
    with (root / "feed.jsonl").open("w", encoding="utf-8") as feed:
        for n in range(copies):
            for stem, text in seeds:
                for enc, body in (("utf-8", text), ("gb18030", text)):
                    data = body.encode(enc)
                    (root / f"{stem}-{n}-{enc}.txt").write_bytes(data)
                    total += len(data)
                big5 = s2t.convert(text).encode("big5", errors="ignore")
                (root / f"{stem}-{n}-big5.txt").write_bytes(big5)
                line = json.dumps({"id": f"{stem}-{n}", "text": text}, ensure_ascii=False) + "\n"
                feed.write(line)
                total += len(big5) + len(line.encode("utf-8"))
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=40, help="replicas of the seeds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        size = build_corpus(root, args.copies)
        list(read_paths([next(root.glob("*.txt"))]))  # warm-up: lazy tables and codecs
        start, cpu_start = time.perf_counter(), time.process_time()
        stories = errors = 0
        for item in read_paths([root]):
            if isinstance(item, Article):
                stories += 1
            else:
                errors += 1
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu_start
    mb = size / 2**20
    print(f"read {mb:.1f} MB ({stories} stories, {errors} rejects) in {elapsed:.2f} s")
    # Streaming keeps this flat as --copies grows (kB on Linux).
    print(
        f"peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )
    # CPU time is the steadier figure on a shared machine; wall time is what a user waits.
    print(f"reading throughput: {mb / elapsed:.2f} MB/s wall, {mb / cpu:.2f} MB/s per CPU second")


if __name__ == "__main__":
    main()
