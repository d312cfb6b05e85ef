"""The build's graph files written side by side (pbkg/exports.py): forked writers and the
main process share one queue of files; a failure anywhere fails the run with its own
exception, and a run left unfinished leaves no writer behind."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from graph.model import KnowledgeGraph
from pbkg.exports import start_exports
from pbkg.progress import Progress

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="forked writers need fork"
)


def _graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_node("art", "Article", "甲乙村", title="甲乙村")
    return kg


def _writer(kg: KnowledgeGraph, path: Path) -> None:
    """Writes the graph's node count and the writing process's id."""
    path.write_text(f"{kg.g.number_of_nodes()} {os.getpid()}\n", encoding="utf-8")


def _slow(kg: KnowledgeGraph, path: Path) -> None:
    time.sleep(0.3)
    _writer(kg, path)


MAIN = os.getpid()


def _full(kg: KnowledgeGraph, path: Path) -> None:
    """Fails in a forked writer; the main process (which may take either file first)
    writes slowly, so that the child surely takes the other file."""
    if os.getpid() != MAIN:
        raise OSError(28, "No space left on device", str(path))
    _slow(kg, path)


class Unpicklable(Exception):
    def __reduce__(self):  # type: ignore[no-untyped-def]
        raise TypeError("no pickling")


def _odd(kg: KnowledgeGraph, path: Path) -> None:
    if os.getpid() != MAIN:
        raise Unpicklable("odd failure")
    _slow(kg, path)


def test_one_job_writes_every_file_here_in_order(tmp_path: Path) -> None:
    exporters = [(f"f{i}", _writer) for i in range(3)]
    run = start_exports(_graph(), exporters, tmp_path, 1, Progress(False))
    run.finish()
    pids = {(tmp_path / f"f{i}").read_text().split()[1] for i in range(3)}
    assert pids == {str(os.getpid())}


def test_two_jobs_share_the_files_with_a_forked_writer(tmp_path: Path) -> None:
    exporters = [("slow", _slow), *((f"f{i}", _writer) for i in range(3))]
    run = start_exports(_graph(), exporters, tmp_path, 2, Progress(False))
    run.finish()
    texts = {name: (tmp_path / name).read_text().split() for name, _ in exporters}
    assert {count for count, _ in texts.values()} == {"1"}  # the graph, shared by fork
    pids = {pid for _, pid in texts.values()}
    assert str(os.getpid()) in pids and len(pids) == 2  # the main process wrote too


def test_a_forked_writers_failure_is_raised_with_its_own_type(tmp_path: Path) -> None:
    exporters = [("a", _full), ("b", _full)]
    run = start_exports(_graph(), exporters, tmp_path, 2, Progress(False))
    with pytest.raises(OSError, match="No space left"):
        run.finish()


def test_an_exception_that_does_not_pickle_arrives_as_its_text(tmp_path: Path) -> None:
    exporters = [("a", _odd), ("b", _odd)]
    run = start_exports(_graph(), exporters, tmp_path, 2, Progress(False))
    with pytest.raises(RuntimeError, match="odd failure"):
        run.finish()


def test_a_run_closed_before_finishing_stops_its_writers(tmp_path: Path) -> None:
    exporters = [("slow", _slow), ("next", _writer)]
    run = start_exports(_graph(), exporters, tmp_path, 2, Progress(False))
    children = [child for child, _ in run._children]
    run.close()
    assert children and not any(child.is_alive() for child in children)
    assert not (tmp_path / "next").exists()  # nobody took another file
