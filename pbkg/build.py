"""The ``pbkg build`` job: read, extract, merge, write every output, load Neo4j.

The graph of each article and their merge are :mod:`graph.article_graph`'s
(:func:`~graph.article_graph.build_graph`, :func:`~graph.article_graph.record_graph`,
imported here for the callers of ``pbkg.build``); this module runs them over a corpus
(:mod:`pbkg.engines`), stages and publishes the outputs.
"""

from __future__ import annotations

import ctypes
import errno
import glob
import json
import os
import shutil
import sys
import tempfile
import time
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph.article_graph import (
    PLACE_LABELS,
    GazetteerLike,
)
from graph.io import write_graphml, write_node_link
from graph.model import ENTITY_LABELS, KnowledgeGraph, frozen_heap
from ingest.atomicio import atomic_open, publish
from pbkg import exports
from pbkg.exports import Exporter, ExportRun
from pbkg.processes import alive
from pbkg.progress import BuildCounts, Progress

if TYPE_CHECKING:
    from graph.neo4j import LoadSummary
    from graph.reviews import PossibleMiss
    from graph.settings import Neo4jSettings
    from ingest.extract.pair_model import LinearModel

# The files `pbkg build` writes from the merged graph, in one place: each export format
# adds one `(file name, writer)` entry here (graph.ttl for RDF, graph.html for the
# network view). A writer takes the graph and the target path and writes atomically
# (`Exporter`, from pbkg.exports, which runs them).


def write_turtle(kg: KnowledgeGraph, path: Path) -> None:
    """The RDF export as Turtle under the default base IRI. rdflib is imported on the
    first call, so loading pbkg does not pay for it until RDF is written."""
    from graph.rdf.export import write_rdf

    write_rdf(kg, path, "turtle")


def write_graph_html(kg: KnowledgeGraph, path: Path) -> None:
    """The whole graph's network page. pyvis is imported on the first call."""
    from viz.html import write_graph_html as write

    write(kg, path)


EXPORTERS: list[Exporter] = [
    ("graph.json", write_node_link),
    ("graph.graphml", write_graphml),
    ("graph.ttl", write_turtle),
    ("graph.html", write_graph_html),
]


# -- the whole job ---------------------------------------------------------------------
@dataclass
class BuildSummary:
    """What `pbkg build` did: counts for people, file paths, and what was rejected."""

    articles: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    pairings: int = 0
    posts: int = 0
    unlinked_places: int = 0
    rejected: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    loaded: LoadSummary | None = None
    reviews: dict[str, Any] | None = None  # what applying --reviews did (ReviewReport)
    possible_misses: int | None = None  # near misses left for review (possible_misses.jsonl)
    counts: BuildCounts = field(default_factory=BuildCounts)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "articles": self.articles,
            "entities": dict(self.entities),
            "pairings": self.pairings,
            "posts": self.posts,
            "unlinked_places": self.unlinked_places,
            "rejected": list(self.rejected),
            "outputs": list(self.outputs),
            "inputs": {
                "files": self.counts.files,
                "records": self.counts.records,
                "stories": self.counts.stories,
                "duplicates_merged": self.counts.duplicates,
                "rejected": self.counts.rejected,
            },
        }
        if self.loaded is not None:
            out["neo4j"] = self.loaded.to_dict()
        if self.reviews is not None:
            out["reviews"] = self.reviews
        if self.possible_misses is not None:
            out["possible_misses"] = self.possible_misses
        return out


def summarise(kg: KnowledgeGraph) -> BuildSummary:
    """Counts of a merged graph, as `pbkg build` prints them."""
    counts = kg.counts()
    unlinked = sum(
        1 for _, d in kg.nodes() if d["label"] in PLACE_LABELS and not d.get("division_code")
    )
    return BuildSummary(
        articles=counts["Article"],
        entities={label: counts[label] for label in ENTITY_LABELS},
        pairings=counts["PAIRED_WITH"],
        posts=counts["HOLDS_POST"],
        unlinked_places=unlinked,
    )


def write_outputs(
    records: Iterable[dict[str, Any]] | Path,
    kg: KnowledgeGraph,
    out_dir: Path,
    progress: Progress | None = None,
    jobs: int = 1,
    misses: Sequence[PossibleMiss] | None = None,
    exports: ExportRun | None = None,
) -> list[str]:
    """Write extractions.jsonl and every :data:`EXPORTERS` file into ``out_dir``, and
    with ``misses`` the review queue's possible misses (``possible_misses.jsonl``).

    ``records`` are the extraction records, or a finished JSON Lines file of them in
    ``out_dir`` (as the build streams them), which is renamed into place. With
    ``jobs > 1`` the exporters run side by side (:mod:`pbkg.exports`); ``exports`` is
    a run of them already started (:func:`start_exports`), finished here."""
    from graph.reviews import POSSIBLE_MISSES, write_possible_misses

    out_dir.mkdir(parents=True, exist_ok=True)
    progress = progress or Progress(False)
    target = out_dir / "extractions.jsonl"
    with progress.stage(f"writing {target.name}"):
        if isinstance(records, Path):
            publish(records, target)
        else:
            with atomic_open(target) as fh:
                for record in records:
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    _test_pause()
    written = [str(target)] + [str(out_dir / name) for name, _ in EXPORTERS]
    if misses is not None:
        write_possible_misses(out_dir / POSSIBLE_MISSES, misses)
        written.append(str(out_dir / POSSIBLE_MISSES))
    run = exports or start_exports(kg, out_dir, jobs, progress)
    try:
        run.finish()
    finally:
        run.close()
    _test_pause()
    return written


def start_exports(kg: KnowledgeGraph, out_dir: Path, jobs: int, progress: Progress) -> ExportRun:
    """Start writing the :data:`EXPORTERS` files of ``kg`` into ``out_dir``
    (:func:`pbkg.exports.start_exports`), the slowest first: side by side, they then
    finish together. ``kg`` must not change until the run is finished."""
    return exports.start_exports(kg, sorted(EXPORTERS, key=_export_cost), out_dir, jobs, progress)


def _possible_misses(kg: KnowledgeGraph, records: Path) -> list[PossibleMiss]:
    """The near misses of the build's extraction records, settled on the merged graph
    (:func:`graph.reviews.settle_misses`): the possible misses of the review queue."""
    from graph.article_graph import record_misses
    from graph.reviews import settle_misses

    with records.open(encoding="utf-8") as fh:
        return settle_misses(kg, record_misses(fh))


def _export_cost(exporter: Exporter) -> int:
    slowest_first = ("graph.ttl", "graph.graphml")
    return slowest_first.index(exporter[0]) if exporter[0] in slowest_first else 2


# -- staging and publishing the outputs ------------------------------------------------
# `pbkg build` never leaves --out half old, half new: the outputs are written into a
# staging directory beside --out (same file system), and published only when all are
# written, by exchanging the two directories in one atomic rename (Linux renameat2
# RENAME_EXCHANGE; elsewhere one rename per file). Files of --out that the build does not
# write (a page from `pbkg viz -o`, notes) are carried over by hard link. A run that fails,
# or is killed at any point, leaves --out as it was; its staging directory is removed by
# the next build.
STAGE_MARK = ".pbkg-stage-"


class NothingToBuild(ValueError):
    """No article was read, so nothing was written: ``--out`` is left as it was."""

    def __init__(self, paths: Iterable[str | Path], rejected: list[str]) -> None:
        where = ", ".join(str(p) for p in paths)
        why = f"{len(rejected)} input(s) rejected" if rejected else "no article file found"
        super().__init__(f"no article read from {where} ({why})")
        self.rejected = rejected


@dataclass
class OutputStage:
    """A staging directory (``path``) for the outputs of one build, beside ``target``
    (``--out`` resolved; ``given`` as the user wrote it, for messages)."""

    target: Path
    path: Path
    given: Path
    cleanup: Callable[[], Any] = field(default=lambda: None, repr=False)


def stage_outputs(out_dir: str | Path) -> OutputStage:
    """Check that ``out_dir`` can be written and create its staging directory; called
    before any extraction runs, so an unwritable ``--out`` fails at once.

    Raises ``OSError`` whose filename is ``out_dir`` (``--out`` is a file, its parent
    cannot be created or written, ``--out`` itself cannot be written)."""
    try:
        return _stage(Path(out_dir))
    except OSError as exc:
        why = exc.strerror or str(exc)
        where = str(exc.filename or "")
        if STAGE_MARK in where:
            why += " (creating a staging directory beside it)"
        elif where and os.path.abspath(where) != os.path.abspath(out_dir):
            why += f" ({where})"
        raise OSError(exc.errno, f"cannot write the outputs: {why}", str(out_dir)) from exc


def _stage(out_dir: Path) -> OutputStage:
    target = out_dir.resolve()
    if target.exists() and not target.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a directory", str(out_dir))
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_stages(target)
    path = Path(
        tempfile.mkdtemp(prefix=f".{target.name}{STAGE_MARK}{os.getpid()}-", dir=target.parent)
    )
    stage = OutputStage(target, path, out_dir)
    # Removed when the build fails with an exception (or the process exits) before
    # publishing; after publishing the path holds the old outputs, removed the same way.
    stage.cleanup = weakref.finalize(stage, shutil.rmtree, path, True)
    if target.is_dir():
        with tempfile.TemporaryFile(dir=target):  # --out itself must take new entries
            pass
        shutil.copymode(target, path)
    else:
        os.chmod(path, 0o777 & ~_umask())
    return stage


def publish_outputs(
    stage: OutputStage,
    records: Iterable[dict[str, Any]] | Path,
    kg: KnowledgeGraph,
    progress: Progress | None = None,
    jobs: int = 1,
    misses: Sequence[PossibleMiss] | None = None,
    exports: ExportRun | None = None,
) -> list[str]:
    """Write every output into the stage (:func:`write_outputs`; ``exports``: the graph
    files' writers already started), then make them ``--out``'s in one step.

    Returns the published paths. Raises ``OSError`` (``--out`` unchanged)."""
    written = write_outputs(records, kg, stage.path, progress, jobs, misses, exports)
    names = [Path(p).name for p in written]
    target = stage.target
    if not target.exists():
        os.rename(stage.path, target)
    else:
        _carry_over(target, stage.path, skip=set(names))
        if not _exchange(stage.path, target):
            for name in names:  # no atomic exchange here: one atomic rename per file
                os.replace(stage.path / name, target / name)
    _fsync_dir(target.parent)
    stage.cleanup()  # the stage now holds the previous outputs (or nothing)
    return [str(stage.given / name) for name in names]


def _test_pause() -> None:
    """Test hook: ``PBKG_TEST_PAUSE_AFTER_OUTPUT=SECONDS`` sleeps after each output file is
    staged, so that tests/pbkg can kill a real build between two exporters."""
    pause = os.environ.get("PBKG_TEST_PAUSE_AFTER_OUTPUT")
    if pause:
        time.sleep(float(pause))


def _remove_stale_stages(target: Path) -> None:
    """Staging directories a killed build left beside ``target`` (its pid is gone)."""
    prefix = f".{target.name}{STAGE_MARK}"
    for entry in target.parent.glob(f"{glob.escape(prefix)}*"):
        pid = entry.name[len(prefix) :].split("-", 1)[0]
        if pid.isdigit() and not alive(int(pid)):
            shutil.rmtree(entry, ignore_errors=True)


def _carry_over(src: Path, dst: Path, skip: set[str]) -> None:
    """Hard-link (or copy) every entry of ``src`` not in ``skip`` into ``dst``."""
    for entry in src.iterdir():
        if entry.name in skip:
            continue
        if entry.is_symlink():
            os.symlink(os.readlink(entry), dst / entry.name)
        elif entry.is_dir():
            shutil.copytree(entry, dst / entry.name, symlinks=True, copy_function=_link_or_copy)
        else:
            _link_or_copy(entry, dst / entry.name)


def _link_or_copy(src: str | Path, dst: str | Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


_RENAME_EXCHANGE = 2  # linux/fs.h
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories atomically (Linux renameat2); False where not supported."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def build_corpus(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    jobs: int = 1,
    *,
    gazetteer: GazetteerLike | None = None,
    neo4j: Neo4jSettings | None = None,
    progress: bool | None = None,
    reviews: str | Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    model: LinearModel | None = None,
    units: str | None = None,
) -> BuildSummary:
    """Read and extract every article under ``paths``, merge, and write the outputs.

    ``gazetteer`` defaults to the national one; ``progress`` (None: when stderr is a
    terminal or there are 200 input records or more) shows the stages, an extraction
    bar and a closing summary on stderr; with ``neo4j`` the graph is also loaded into
    that database; with ``reviews`` (a decisions file) the reviewers' decisions are
    applied to the merged graph first (those that match nothing are listed in the
    summary). ``engine`` is where extraction and the merge run (``"local"``: ``jobs``
    processes here; ``"dask"``: the Dask cluster at ``scheduler``, or a local one of
    ``jobs`` workers; see :mod:`pbkg.engines`) — the outputs are the same bytes.
    Rejected inputs are listed in the summary, never fatal. The outputs replace those
    in ``out_dir`` only once all are written (:func:`publish_outputs`). Raises
    ``OSError`` when ``out_dir`` cannot be written (checked before extraction),
    :class:`NothingToBuild` when no article was read (``out_dir`` untouched),
    ``DecisionError`` for a bad decisions file, ``ImportError`` for the Dask engine
    without Dask, and the driver's errors when Neo4j cannot be reached. ``model``
    decides pairings instead of the shipped model; ``units`` is the unit tagger's model
    file (:func:`ingest.extract.unit_tagger.tagger_path`; None: the rules alone).
    """
    from ingest.extract.parallel import plan_tasks
    from pbkg import engines

    if engine not in engines.ENGINES:
        raise ValueError(f"unknown engine {engine!r}; one of {engines.ENGINES}")
    path_list = list(paths)
    stage = stage_outputs(out_dir)  # before extraction: an unwritable --out fails at once
    tasks = plan_tasks(path_list)
    records_total = sum(p.records for t in tasks for p in t)
    if progress is None:
        progress = sys.stderr.isatty() or records_total >= 200
    shown = Progress(progress)
    # Records stream into this file of the staging directory in corpus order (the order
    # `--jobs 1` reads in), which becomes extractions.jsonl: memory holds the merged
    # graph, not the records.
    fd, partial = tempfile.mkstemp(prefix=".extractions.", suffix=".partial", dir=stage.path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as sink:
            if engine == "dask":
                result = engines.run_dask(
                    tasks,
                    jobs,
                    sink,
                    shown,
                    stage.path / f".shards.{os.getpid()}",
                    scheduler,
                    model,
                    units,
                )
            else:
                result = engines.run_local(tasks, jobs, sink, shown, gazetteer, model, units)
        if not result.counts.stories:
            raise NothingToBuild(path_list, result.rejected)
        kg = result.graph
        # Settling the misses and writing the outputs make millions of short-lived
        # objects; their collections need not walk the merged graph.
        with frozen_heap():
            # Without reviews the merged graph is final here (settling the misses only
            # reads it), so its files' forked writers start now, beside the rest.
            exports = None if reviews is not None else start_exports(kg, stage.path, jobs, shown)
            try:
                misses = _possible_misses(kg, Path(partial))
                report = None
                if reviews is not None:
                    from graph.reviews import apply_decisions, read_decisions

                    applied = apply_decisions(kg, read_decisions(reviews), misses)
                    report, misses = applied.to_dict(), applied.misses
                summary = summarise(kg)
                summary.rejected = result.rejected
                summary.counts = result.counts
                summary.reviews = report
                summary.possible_misses = len(misses)
                summary.outputs = publish_outputs(
                    stage, Path(partial), kg, shown, jobs, misses, exports
                )
            finally:
                if exports is not None:
                    exports.close()  # a build failed before its writers were joined
    finally:
        if os.path.exists(partial):
            os.unlink(partial)
    shown.say(f"done: {result.counts.line()}")
    if neo4j is not None:
        from graph.neo4j import load_graph

        summary.loaded = load_graph(kg, neo4j, progress=progress)
    return summary
