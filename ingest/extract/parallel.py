"""Extraction spread over processes: the corpus cut into tasks, workers loaded once.

A *task* is a run of *pieces* in corpus order; a piece is one whole file, or a range of
whole lines of a JSON Lines file, so that one large JSON Lines file spreads over every
worker as well as many small files do. Tasks are planned from file sizes and line ends
only (nothing is decoded), so planning a large corpus costs one quick pass over its
bytes and the plan is small: the articles themselves are read by the workers.

Files are taken in the order of their path as a string, the order the build sorts its
records in, so results arriving in task order are already in output order and can be
written and merged as they come (memory stays flat however large the corpus).

Workers are started once (:func:`map_ordered`); :func:`ingest.extract.pipeline.load_models`
is their initializer, the one place that loads heavy state (jieba's dictionary, the
gazetteer, any model). Where processes can fork, the parent loads that state first and
forks after, so the workers share it instead of each loading their own.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ingest.model import Article, ReadError
from ingest.read.reader import MAX_FILE_BYTES

if TYPE_CHECKING:
    from concurrent.futures import Future

TASK_BYTES = 1 << 17  # ~50 real-sized articles a task: enough per task to hide the
# hand-over, small enough that the last tasks of a corpus still spread over every worker

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Piece:
    """One file (``start is None``), or whole lines ``[start, end)`` (bytes) of a JSON
    Lines file whose first line has number ``first_line``; ``records`` counts the
    records it holds (lines that are not blank; 1 for a whole file), for progress."""

    path: str
    start: int | None = None
    end: int | None = None
    first_line: int = 1
    records: int = 1
    too_long: int = 0  # one line longer than this limit, reported without being read


Task = tuple[Piece, ...]


def _files(paths: Iterable[str | Path]) -> list[str]:
    """The files the reader chooses (:func:`ingest.read.reader.iter_files`); a path it
    cannot use is kept, so that reading its task reports the same error."""
    from ingest.read.reader import iter_files

    return [str(f.path) if isinstance(f, ReadError) else str(f) for f in iter_files(list(paths))]


def plan_tasks(
    paths: Iterable[str | Path],
    task_bytes: int | None = None,
    max_line_bytes: int = MAX_FILE_BYTES,
    *,
    by_path: bool = True,
) -> list[Task]:
    """The corpus under ``paths`` cut into tasks of about ``task_bytes`` each, in the
    order of the files' paths as strings (``by_path=False``: in the order given,
    directories walked in sorted order). A file given twice is read twice.
    ``task_bytes`` defaults to :data:`TASK_BYTES`."""
    task_bytes = task_bytes or TASK_BYTES
    tasks: list[Task] = []
    current: list[Piece] = []
    size = 0
    files = _files(paths)
    for path in sorted(files) if by_path else files:
        pieces: Iterable[tuple[Piece, int]]
        if path.lower().endswith(".jsonl"):
            pieces = _jsonl_pieces(path, task_bytes, max_line_bytes)
        else:
            pieces = [(Piece(path), _size(path))]
        for piece, nbytes in pieces:
            current.append(piece)
            size += nbytes
            if size >= task_bytes:
                tasks.append(tuple(current))
                current, size = [], 0
    if current:
        tasks.append(tuple(current))
    return tasks


def _size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


def _jsonl_pieces(path: str, task_bytes: int, limit: int) -> Iterator[tuple[Piece, int]]:
    """Ranges of whole lines of one JSON Lines file, about ``task_bytes`` each; a file
    that cannot be opened is one whole-file piece (its reader reports why)."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below, also when the generator is dropped
    except OSError:
        yield Piece(path), 0
        return
    with fh:
        start = pos = 0
        first = line_no = 1
        records = 0
        while True:
            line = fh.readline(limit + 1)
            if not line:
                break
            if len(line) > limit and not line.endswith(b"\n"):
                if pos > start:
                    yield Piece(path, start, pos, first, records), pos - start
                n = len(line)
                while line and not line.endswith(b"\n"):  # skip the rest of the long line
                    line = fh.readline(1 << 20)
                    n += len(line)
                yield Piece(path, pos, pos + n, line_no, 1, too_long=limit), 0
                pos += n
                line_no += 1
                start, first, records = pos, line_no, 0
                continue
            pos += len(line)
            line_no += 1
            records += bool(line.strip())
            if pos - start >= task_bytes:
                yield Piece(path, start, pos, first, records), pos - start
                start, first, records = pos, line_no, 0
        if pos > start:
            yield Piece(path, start, pos, first, records), pos - start


def read_piece(piece: Piece) -> Iterator[Article | ReadError]:
    """The stories (or ReadErrors) of one piece, exactly as reading the whole file with
    :func:`ingest.read.reader.read_paths` gives them for those lines."""
    from ingest.read.reader import read_jsonl_part, read_paths

    if piece.start is None or piece.end is None:
        yield from read_paths([piece.path])
        return
    if piece.too_long:
        yield ReadError(piece.path, f"line longer than {piece.too_long} bytes", piece.first_line)
        return
    try:
        with open(piece.path, "rb") as fh:
            fh.seek(piece.start)
            data = fh.read(piece.end - piece.start)
    except OSError as exc:
        yield ReadError(piece.path, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_jsonl_part(Path(piece.path), data, piece.first_line)


def read_task(task: Task) -> Iterator[Article | ReadError]:
    for piece in task:
        yield from read_piece(piece)


def map_ordered(
    fn: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    initializer: Callable[[], object] | None = None,
) -> Iterator[R]:
    """``map(fn, items)`` over ``jobs`` worker processes, results in the order of
    ``items``; at most a few tasks per worker are in flight, so neither the inputs nor the
    results pile up in memory. ``initializer`` runs in each worker before its first task
    (and, with ``jobs > 1``, once in this process before the workers fork from it).
    With ``jobs <= 1`` everything runs here. An exception of ``fn`` is raised here."""
    if initializer is not None:
        initializer()
    if jobs <= 1:
        yield from map(fn, items)
        return
    # imported only for workers: a one-process run (the default) does without the
    # multiprocessing and concurrent.futures modules (~0.01 CPU-s to import)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    window = jobs * 3
    it = iter(items)
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=initializer) as pool:
        pending: deque[Future[R]] = deque(pool.submit(fn, x) for x in islice(it, window))
        while pending:
            done = pending.popleft().result()
            for x in islice(it, 1):
                pending.append(pool.submit(fn, x))
            yield done
