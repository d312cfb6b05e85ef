"""Planning work for several processes (ingest.extract.parallel): a large JSON Lines file
is cut into ranges of whole lines that read exactly as the whole file does."""

from __future__ import annotations

import json
from pathlib import Path

from ingest.extract.parallel import map_ordered, plan_tasks, read_task
from ingest.extract.pipeline import extract_paths
from ingest.model import Article, ReadError
from ingest.read.reader import read_paths

TEXT = "甲乙镇丙丁{n}村与戊己{n}公司签订结对共建协议，双方将在党建、产业等方面开展合作。"


def _jsonl(path: Path, n: int) -> Path:
    lines = []
    for i in range(n):
        if i == 7:
            lines.append("not json")
        elif i == 9:
            lines.append("")
        else:
            lines.append(json.dumps({"text": TEXT.format(n=i)}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _view(items: list[Article | ReadError]) -> list[object]:
    return [str(x) if isinstance(x, ReadError) else (x.id, x.doc, x.span, x.text) for x in items]


def test_a_jsonl_file_cut_into_small_tasks_reads_as_the_whole_file(tmp_path: Path) -> None:
    f = _jsonl(tmp_path / "feed.jsonl", 40)
    tasks = plan_tasks([f], task_bytes=300)
    assert len(tasks) > 5  # one file spread over many tasks
    assert sum(p.records for t in tasks for p in t) == 39  # the blank line is no record
    pieces = [list(read_task(t)) for t in tasks]
    assert _view([x for p in pieces for x in p]) == _view(list(read_paths([f])))
    assert any("feed.jsonl:8: malformed JSON Lines record" in str(x) for p in pieces for x in p)


def test_a_line_over_the_limit_is_reported_alone_with_its_number(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    good = json.dumps({"text": TEXT.format(n=1)}, ensure_ascii=False)
    huge = json.dumps({"text": "长" * 5000}, ensure_ascii=False)
    f.write_text(f"{good}\n{huge}\n{good}\n", encoding="utf-8")
    items = [x for t in plan_tasks([f], task_bytes=100, max_line_bytes=4000) for x in read_task(t)]
    errors = [str(x) for x in items if isinstance(x, ReadError)]
    assert errors == [f"{f}:2: line longer than 4000 bytes"]
    assert [x.doc for x in items if isinstance(x, Article)] == ["feed.jsonl:1", "feed.jsonl:3"]


def test_files_are_planned_in_path_order_whatever_order_they_are_given(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt"):
        (tmp_path / name).write_text(TEXT.format(n=name), encoding="utf-8")
    given = [tmp_path / "b.txt", tmp_path / "a.txt"]
    planned = [p.path for t in plan_tasks(given) for p in t]
    assert planned == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    as_given = [p.path for t in plan_tasks(given, by_path=False) for p in t]
    assert as_given == [str(p) for p in given]


def test_results_come_back_in_input_order_from_several_processes() -> None:
    assert list(map_ordered(abs, range(-50, 0), jobs=2)) == list(range(50, 0, -1))


def test_extract_paths_with_two_processes_gives_what_one_gives(tmp_path: Path, monkeypatch) -> None:
    import ingest.extract.parallel as parallel

    monkeypatch.setattr(parallel, "TASK_BYTES", 400)
    f = _jsonl(tmp_path / "feed.jsonl", 30)
    one = [x.to_record() if not isinstance(x, ReadError) else str(x) for x in extract_paths([f])]
    two = [x.to_record() if not isinstance(x, ReadError) else str(x) for x in extract_paths([f], 2)]
    assert one == two and len(one) == 29
