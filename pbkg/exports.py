"""Writing the build's graph files (graph.json, GraphML, Turtle, HTML) from the merged
graph, one after another or side by side in forked processes.

With ``jobs > 1`` (where processes fork) the writers start as soon as the graph is final
(:func:`start_exports`): ``jobs - 1`` forked processes share the graph copy-on-write and
the main process joins them once it has done its own work (settling the review queue's
misses, publishing extractions.jsonl) — so no core waits while another writes, and no
process is forked just to let the main one sleep. Every process takes the next file from
one shared counter, the slowest first (longest first is the classic schedule that makes
such a queue finish together). Each writer writes its file atomically; a failed writer
stops the others taking more and fails the build with its own exception.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from graph.model import KnowledgeGraph
from pbkg.progress import Progress

Exporter = tuple[str, Callable[[KnowledgeGraph, Path], None]]
# A writer that failed: its index in the exporters and what it raised.
Failure = tuple[int, BaseException]


class ExportRun:
    """The exporters of one build being written; :meth:`finish` writes what is left in
    this process and waits for the others. Made by :func:`start_exports`."""

    def __init__(
        self,
        kg: KnowledgeGraph,
        exporters: Sequence[Exporter],
        out_dir: Path,
        processes: int,
        progress: Progress,
    ) -> None:
        self.kg = kg
        self.exporters = list(exporters)
        self.out_dir = out_dir
        self.progress = progress
        self._stage = ExitStack()
        self._children: list[tuple[Any, Any]] = []  # (process, receiving end)
        self._done = False
        context = multiprocessing.get_context("fork") if processes > 1 else None
        # The next exporter to take, shared with the forked writers (a raw int and a lock
        # in shared memory: the only state they exchange besides their failures).
        self._next = context.RawValue("i", 0) if context else None
        self._lock = context.Lock() if context else None
        if context is None:
            return
        names = ", ".join(name for name, _ in self.exporters)
        self._stage.enter_context(progress.stage(f"writing {names} ({processes} processes)"))
        for _ in range(processes - 1):
            receive, send = context.Pipe(duplex=False)
            child = context.Process(target=self._child, args=(send,), daemon=True)
            child.start()
            send.close()  # the child holds the only sending end: EOF when it dies
            self._children.append((child, receive))

    def _take(self) -> int | None:
        """The index of the next exporter nobody has taken, or None."""
        if self._next is None or self._lock is None:
            return None
        with self._lock:
            i = int(self._next.value)
            if i >= len(self.exporters):
                return None
            self._next.value = i + 1
            return i

    def _stop(self) -> None:
        """No process takes another exporter (one has failed)."""
        if self._next is not None and self._lock is not None:
            with self._lock:
                self._next.value = len(self.exporters)

    def _write_taken(self) -> Failure | None:
        """Write exporters as they are taken until none is left or one fails."""
        while (i := self._take()) is not None:
            name, writer = self.exporters[i]
            try:
                writer(self.kg, self.out_dir / name)
            except BaseException as exc:  # reported, not swallowed: the build fails on it
                self._stop()
                return i, exc
        return None

    def _child(self, send: Any) -> None:
        """A forked writer: write what it takes, then report its failure (or None)."""
        failure = self._write_taken()
        try:
            send.send(failure)
        except Exception:  # an exception that does not pickle: its text, same index
            assert failure is not None
            text = "".join(traceback.format_exception_only(failure[1])).strip()
            send.send((failure[0], RuntimeError(text)))
        send.close()

    def finish(self) -> None:
        """Write the exporters left (all of them with one process), wait for the forked
        writers, and raise the exception of the first failed exporter in list order."""
        if self._done:
            return
        self._done = True
        failures: list[Failure] = []
        try:
            if self._next is None:
                for name, writer in self.exporters:
                    with self.progress.stage(f"writing {name}"):
                        writer(self.kg, self.out_dir / name)
                return
            mine = self._write_taken()
            if mine is not None:
                failures.append(mine)
            for child, receive in self._children:
                failures.extend(_report(child, receive))
        finally:
            if failures:
                self._stage.pop_all()  # no "done" line for a failed stage
            self._stage.close()
        if failures:
            raise min(failures, key=lambda f: f[0])[1]

    def close(self) -> None:
        """Stop the forked writers if :meth:`finish` was not reached (the build failed
        before): their half-written files are temporary files of the staging directory."""
        if self._done:
            return
        self._done = True
        self._stop()
        for child, receive in self._children:
            if child.is_alive():
                child.terminate()
            child.join()
            receive.close()
        self._stage.pop_all()


def _report(child: Any, receive: Any) -> list[Failure]:
    """A forked writer's failure once it has ended (one that died says how)."""
    try:
        failure = receive.recv()
    except EOFError:
        failure = None
        child.join()
        if child.exitcode != 0:
            failure = (-1, RuntimeError(f"a writer process ended with exit code {child.exitcode}"))
    finally:
        receive.close()
    child.join()
    return [failure] if failure is not None else []


def start_exports(
    kg: KnowledgeGraph,
    exporters: Sequence[Exporter],
    out_dir: Path,
    jobs: int,
    progress: Progress,
) -> ExportRun:
    """Start writing every ``(file name, writer)`` of ``exporters`` on ``kg`` into
    ``out_dir``: with ``jobs > 1`` (where processes fork) ``min(jobs, len(exporters)) - 1``
    forked processes start at once, in the listed order; the rest waits for
    :meth:`ExportRun.finish`. ``kg`` must not change until then."""
    fork = "fork" in multiprocessing.get_all_start_methods()
    processes = min(jobs, len(exporters)) if fork else 1
    return ExportRun(kg, exporters, out_dir, processes, progress)
