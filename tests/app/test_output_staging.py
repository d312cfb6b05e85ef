"""`pbkg build` publishes its outputs all at once (pbkg/build.py: stage_outputs,
publish_outputs): a reader of --out sees the previous set or the new one, never a mix."""

from __future__ import annotations

import gc
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import pbkg.build as build
from graph.model import KnowledgeGraph
from pbkg.build import EXPORTERS, NothingToBuild, build_corpus, publish_outputs, stage_outputs

NAMES = ["extractions.jsonl", *(name for name, _ in EXPORTERS)]


def small_graph(name: str) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_node("art", "Article", name, title=name)
    kg.add_node("org:-/a", "Organization", name, articles=["art"])
    return kg


def publish(out: Path, name: str) -> list[str]:
    return publish_outputs(stage_outputs(out), [{"doc": name}], small_graph(name))


def stages(out: Path) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.pbkg-stage-*"))


def test_a_new_out_directory_is_created_with_every_output(tmp_path: Path) -> None:
    written = publish(tmp_path / "out", "青禾村")
    assert [Path(p).name for p in written] == NAMES
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(NAMES)
    assert stages(tmp_path / "out") == []
    mode = stat.S_IMODE((tmp_path / "out").stat().st_mode)
    assert mode == 0o777 & ~_umask()  # as mkdir would make it, not mkdtemp's 0700


@pytest.mark.parametrize("atomic_exchange", [True, False], ids=["exchange", "per-file"])
def test_new_outputs_replace_old_ones_and_other_files_stay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, atomic_exchange: bool
) -> None:
    if not atomic_exchange:  # a system without renameat2: one atomic rename per file
        monkeypatch.setattr(build, "_exchange", lambda a, b: False)
    out = tmp_path / "out"
    publish(out, "青禾村")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / "pages").mkdir()
    (out / "pages" / "focus.html").write_text("<p>mine</p>", encoding="utf-8")
    (out / "latest").symlink_to("graph.json")
    out.chmod(0o750)
    publish(out, "石溪社区")
    assert "石溪社区" in (out / "graph.json").read_text(encoding="utf-8")
    assert "青禾村" not in (out / "extractions.jsonl").read_text(encoding="utf-8")
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (out / "pages" / "focus.html").read_text(encoding="utf-8") == "<p>mine</p>"
    assert os.readlink(out / "latest") == "graph.json"
    assert stat.S_IMODE(out.stat().st_mode) == 0o750
    assert stages(out) == []


def test_a_failing_exporter_leaves_out_as_it_was_and_no_stage_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    publish(out, "青禾村")
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken(kg: KnowledgeGraph, path: Path) -> None:
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(build, "EXPORTERS", [*EXPORTERS[:2], ("graph.ttl", broken)])
    with pytest.raises(OSError, match="No space left"):
        publish(out, "石溪社区")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    gc.collect()  # the stage is removed once the failed build lets go of it
    assert stages(out) == []


def test_an_unwritable_out_fails_before_any_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    import ingest.extract.pipeline as pipeline

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("extraction ran before --out was checked")

    monkeypatch.setattr(pipeline, "extract_paths", never)
    with pytest.raises(OSError) as caught:
        build_corpus(["anything"], "/sys/pbkg-test-out", gazetteer=object())  # type: ignore[arg-type]
    assert caught.value.filename == "/sys/pbkg-test-out"
    assert "cannot write the outputs" in str(caught.value)


def test_nothing_read_raises_and_leaves_out_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    publish(out, "青禾村")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (tmp_path / "empty").mkdir()
    with pytest.raises(NothingToBuild, match="no article file found"):
        build_corpus([tmp_path / "empty"], out, gazetteer=object(), progress=False)  # type: ignore[arg-type]
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    gc.collect()
    assert stages(out) == []


def test_a_dead_builds_stage_is_cleared_and_a_running_ones_kept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    (tmp_path / f".out.pbkg-stage-{dead.stdout.strip()}-x1").mkdir()
    (tmp_path / f".out.pbkg-stage-{os.getpid()}-x2").mkdir()
    publish(out, "青禾村")
    assert [p.name for p in stages(out)] == [f".out.pbkg-stage-{os.getpid()}-x2"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
