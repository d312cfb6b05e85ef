"""Where `pbkg build` runs extraction and the merge: in worker processes on this machine
(``local``) or as tasks on a Dask cluster (``dask``). Both give the same bytes.

The unit of work is a task of :mod:`ingest.extract.parallel` (a run of files or of JSON
Lines records, in corpus order). :func:`build_task` does everything a task can do on its
own — read, extract, write its records as JSON Lines text, build each article's graph
and reduce them (:mod:`graph.reduce`) — so that what comes back is small and the merge
left to do is a fold of per-task readings in task order, which gives the same graph as
merging every article in order.

* ``local``: tasks go to ``jobs`` processes (forked after jieba and the gazetteer are
  loaded) and come back in order; records are appended to one file and each task's
  readings folded into one reducer as they arrive, so memory holds the merged graph and
  a few tasks in flight, not the corpus.
* ``dask``: each task is a Dask task (a *partition*) that writes its records as one
  shard of JSON Lines and returns its readings cut into buckets by id; one reduce task
  per bucket folds that bucket of every partition in partition order, on the cluster.
  The client joins the reduced buckets (disjoint by id) into the graph and concatenates
  the shards, in partition order, into extractions.jsonl.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from graph.model import KnowledgeGraph, frozen_heap
from graph.placement import merge_unplaced
from graph.reduce import Bucket, GraphReducer, Readings, join_buckets, reduce_bucket, split_by_id
from ingest.extract.pair_model import LinearModel
from ingest.extract.parallel import Task, map_ordered, read_task
from pbkg.progress import BuildCounts, Progress

if TYPE_CHECKING:
    from graph.article_graph import GazetteerLike

ENGINES = ("local", "dask")

# The gazetteer workers use: set by the parent before its workers fork (a test's own
# gazetteer reaches them that way); None means the national one, loaded by each worker.
_gazetteer: Any = None  # GazetteerLike | None; Any: functools.cache wants a Hashable


@cache
def _chains(gazetteer: Any) -> GazetteerLike:
    from graph.article_graph import _CachedChains

    if gazetteer is None:
        from ingest.places.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    return _CachedChains(gazetteer)


@cache
def load_worker(units: str | None = None) -> None:
    """Load the heavy state of extraction once in this process (the pool initializer,
    and the first thing a Dask worker does), the unit tagger of the model file
    ``units`` too."""
    from ingest.extract.pipeline import load_models

    load_models(units)
    _chains(_gazetteer)


@dataclass
class TaskResult:
    """What one task gives back: its records as JSON Lines text (corpus order), their
    graphs reduced, the article ids read, the rejected inputs and the input records."""

    lines: str = ""
    readings: Readings = field(default_factory=Readings)
    article_ids: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    records: int = 0


def build_task(
    task: Task, model: LinearModel | None = None, units: str | None = None
) -> TaskResult:
    """Read and extract one task (pairings decided by ``model``, else the shipped one;
    units with the tagger of the model file ``units``, None: the rules alone), and
    reduce its articles' graphs."""
    from graph.article_graph import record_graph
    from ingest.extract.pipeline import extract_stories
    from ingest.extract.unit_tagger import load_tagger
    from ingest.model import ReadError

    chains = _chains(_gazetteer)
    reducer = GraphReducer()
    out = TaskResult(records=sum(p.records for p in task))
    lines: list[str] = []
    for item in extract_stories(read_task(task), model, load_tagger(units)):
        if isinstance(item, ReadError):
            out.rejected.append(str(item))
            continue
        extraction = item
        record = extraction.to_record()
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        out.article_ids.append(record["article"]["id"])
        reducer.add_graph(record_graph(extraction, chains))
    out.lines = "".join(lines)
    out.readings = reducer.readings()
    return out


@dataclass
class EngineResult:
    graph: KnowledgeGraph
    counts: BuildCounts
    rejected: list[str]


def _count_files(tasks: Sequence[Task]) -> int:
    return len({p.path for t in tasks for p in t})


def _tally(counts: BuildCounts, seen: set[str], res: TaskResult) -> None:
    counts.records += res.records
    counts.stories += len(res.article_ids)
    for a in res.article_ids:
        if a in seen:
            counts.duplicates += 1
        seen.add(a)
    counts.rejected += len(res.rejected)


def run_local(
    tasks: Sequence[Task],
    jobs: int,
    sink: IO[str],
    progress: Progress,
    gazetteer: GazetteerLike | None = None,
    model: LinearModel | None = None,
    units: str | None = None,
) -> EngineResult:
    """Run ``tasks`` on ``jobs`` processes; records go to ``sink`` in corpus order."""
    global _gazetteer
    _gazetteer = gazetteer
    _chains.cache_clear()
    load_worker.cache_clear()
    with progress.stage("loading jieba, the lexicons and the gazetteer"):
        load_worker(units)
    with frozen_heap():  # the loaded models stay out of the collector's walks
        return _run_loaded(tasks, jobs, sink, progress, model, units)


def _run_loaded(
    tasks: Sequence[Task],
    jobs: int,
    sink: IO[str],
    progress: Progress,
    model: LinearModel | None,
    units: str | None,
) -> EngineResult:
    counts = BuildCounts(files=_count_files(tasks))
    rejected: list[str] = []
    seen: set[str] = set()
    reducer = GraphReducer()
    progress.start_bar(sum(p.records for t in tasks for p in t))
    try:
        work = partial(build_task, model=model, units=units)
        warm = partial(load_worker, units) if jobs > 1 else None
        for res in map_ordered(work, tasks, jobs, warm):
            sink.write(res.lines)
            reducer.add_readings(res.readings)
            # What the reducer keeps lives until the merge: frozen with the models, the
            # collector's full walks cost what a task makes, not what the corpus made.
            gc.freeze()
            rejected.extend(res.rejected)
            _tally(counts, seen, res)
            progress.advance(res.records)
    finally:
        progress.close_bar()
    with progress.stage("merging"):
        kg = reducer.graph()
        merge_unplaced(kg)  # one unit placed in one article and unplaced in another
    return EngineResult(kg, counts, rejected)


# -- Dask ------------------------------------------------------------------------------
def dask_partition(
    run: int,
    task: Task,
    shard: str,
    buckets: int,
    model: LinearModel | None = None,
    units: str | None = None,
) -> tuple[Any, list[Bucket]]:
    """One partition on a Dask worker: extract, write the records to ``shard`` (a path
    the client can read: a shared filesystem on a real cluster), return the statistics
    and the readings cut into ``buckets`` buckets by id."""
    load_worker(units)
    res = build_task(task, model, units)
    tmp = f"{shard}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(res.lines)
    os.replace(tmp, shard)
    parts = split_by_id(res.readings, run, buckets)
    res.lines, res.readings = "", Readings()
    return res, parts


def _stats(partition: tuple[Any, list[Bucket]]) -> TaskResult:
    return partition[0]  # type: ignore[no-any-return]


def _bucket(partition: tuple[Any, list[Bucket]], b: int) -> Bucket:
    return partition[1][b]


def _reduce(parts: list[Bucket]) -> Bucket:
    return reduce_bucket(parts)


def run_dask(
    tasks: Sequence[Task],
    jobs: int,
    sink: IO[str],
    progress: Progress,
    shard_dir: Path,
    scheduler: str | None = None,
    model: LinearModel | None = None,
    units: str | None = None,
) -> EngineResult:
    """Run ``tasks`` as Dask tasks on the cluster at ``scheduler`` (a ``LocalCluster``
    of ``jobs`` worker processes when None), the merge too; records go to ``sink``.

    Workers need pbkg installed and the corpus and ``shard_dir`` at the same paths.
    Raises ``ImportError`` without ``pbkg[dask]``."""
    from dask.distributed import Client, LocalCluster, as_completed

    shard_dir.mkdir(parents=True, exist_ok=True)
    cluster: Any = None
    with progress.stage("starting Dask" if scheduler is None else f"connecting to {scheduler}"):
        if scheduler is None:
            cluster = LocalCluster(
                n_workers=jobs,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                host="127.0.0.1",
            )
        client = Client(cluster if cluster is not None else scheduler)
    try:
        with progress.stage("loading jieba, the lexicons and the gazetteer on each worker"):
            client.run(load_worker, units)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        buckets = max(1, min(len(tasks), 2 * workers))
        shards = [str(shard_dir / f"part-{i:05d}.jsonl") for i in range(len(tasks))]
        parts = [
            client.submit(dask_partition, i, t, shards[i], buckets, model, units, pure=False)
            for i, t in enumerate(tasks)
        ]
        reduced = [
            client.submit(_reduce, [client.submit(_bucket, p, b, pure=False) for p in parts])
            for b in range(buckets)
        ]
        stats = [client.submit(_stats, p, pure=False) for p in parts]
        progress.start_bar(sum(p.records for t in tasks for p in t))
        try:
            for f in as_completed(stats):
                progress.advance(f.result().records)
        finally:
            progress.close_bar()
        counts = BuildCounts(files=_count_files(tasks))
        seen: set[str] = set()
        rejected: list[str] = []
        for res in client.gather(stats):
            rejected.extend(res.rejected)
            _tally(counts, seen, res)
        with progress.stage("merging (a reduction by id on the cluster)"):
            kg = join_buckets(client.gather(reduced))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    for shard in shards:
        with open(shard, encoding="utf-8") as fh:
            shutil.copyfileobj(fh, sink)
    shutil.rmtree(shard_dir, ignore_errors=True)
    merge_unplaced(kg)  # as the local engine does, after the reduction
    return EngineResult(kg, counts, rejected)
