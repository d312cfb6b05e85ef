"""The errors a user meets, met as a user meets them: the installed ``pbkg`` script run
in a subprocess. Each ends with one line on stderr naming the path and the reason, and
a non-zero exit status; none leaves a traceback, and none touches earlier outputs."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from build_outputs import BUILD_OUTPUTS
from strict import missing

# Two short articles with invented names, in two versions: a build of NEW over a build
# of OLD must give different files, so that a mix of the two would show.
OLD = {
    "a.txt": "青禾村与明川小学结对共建\n\n2021年3月，青禾村党支部与明川小学党支部签订结对共建协议。"
    "青禾村党支部书记林秋生表示，将与学校共同开展志愿服务。\n"
}
NEW = {
    "b.txt": "石溪社区与远帆科技有限公司开展党建联建\n\n2022年5月，石溪社区党委与远帆科技有限公司"
    "党支部签订党建联建协议。石溪社区党委书记郑雨桐出席签约仪式。\n"
}
OUTPUTS = BUILD_OUTPUTS
# Paths no user, root included, can create: sysfs refuses new entries (EPERM/EACCES),
# procfs has no such directory (ENOENT).
UNWRITABLE = "/sys/pbkg-test-out"
MISSING = "/proc/pbkg-test-no-such-dir/out"


@pytest.fixture(scope="session")
def pbkg() -> Path:
    """The console script `pip install` made, as a user runs it."""
    script = Path(sys.executable).parent / "pbkg"
    if not script.is_file():
        missing(f"{script}: the pbkg console script is not installed (make .venv/.installed)")
    return script


def run(pbkg: Path, *args: str | Path, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, **env}
    return subprocess.run(
        [str(pbkg), *map(str, args)],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def one_line_error(proc: subprocess.CompletedProcess, *expected: str) -> str:
    """The single stderr line of a failed command, holding every ``expected`` piece."""
    assert proc.returncode != 0, proc.stdout
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    for piece in expected:
        assert piece in lines[0], lines[0]
    return lines[0]


def write_corpus(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="session")
def built(pbkg: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A complete build of OLD (copied by each test that changes it)."""
    root = tmp_path_factory.mktemp("built")
    corpus = write_corpus(root / "old", OLD)
    proc = run(pbkg, "build", corpus, "--out", root / "out", cwd=root)
    assert proc.returncode == 0, proc.stderr
    assert sorted(snapshot(root / "out")) == sorted(OUTPUTS)
    return root / "out"


@pytest.fixture
def out(built: Path, tmp_path: Path) -> Path:
    shutil.copytree(built, tmp_path / "out")
    return tmp_path / "out"


# -- a graph.json that is not one -------------------------------------------------------
BAD_GRAPHS = {
    "corrupt": ('{"nodes": [', "not JSON"),
    "a-list": ("[]", "not a pbkg graph.json (a JSON list"),
    "no-nodes": ('{"edges": []}', 'no list "nodes"'),
    "unlabelled-node": ('{"nodes": [{"id": "x"}], "edges": []}', "without a known label"),
    "not-utf8": ("\udcff", "not UTF-8"),
}
GRAPH_COMMANDS = {
    "viz": ["viz", "{dir}"],
    "export rdf": ["export", "rdf", "{dir}"],
    "query": ["query", "partners", "--param", "unit=青禾村", "--graph", "{dir}"],
    "load": ["load", "{dir}"],
}


@pytest.mark.parametrize("bad", sorted(BAD_GRAPHS))
@pytest.mark.parametrize("command", sorted(GRAPH_COMMANDS))
def test_a_graph_json_that_is_not_one_is_one_line(pbkg, tmp_path, command, bad) -> None:
    content, reason = BAD_GRAPHS[bad]
    folder = tmp_path / "built"
    folder.mkdir()
    (folder / "graph.json").write_bytes(content.encode("utf-8", "surrogateescape"))
    args = [a.format(dir=folder) for a in GRAPH_COMMANDS[command]]
    # `load` reads the file before it connects: no server is needed to meet this error.
    proc = run(pbkg, *args, cwd=tmp_path, NEO4J_URI="bolt://127.0.0.1:9")
    one_line_error(proc, str(folder / "graph.json"), reason)
    assert sorted(p.name for p in folder.iterdir()) == ["graph.json"]  # nothing written


# -- outputs that cannot be written ------------------------------------------------------
OUTPUT_COMMANDS = {
    "build": ["build", "{corpus}", "--out", "{target}"],
    "extract": ["extract", "{corpus}", "-o", "{target}/x.jsonl"],
    "export rdf": ["export", "rdf", "{built}", "-o", "{target}/x.ttl"],
    "viz": ["viz", "{built}", "-o", "{target}/x.html"],
}


@pytest.mark.parametrize(
    ("where", "reason"),
    [(UNWRITABLE, "not permitted|Permission denied"), (MISSING, "No such file or directory")],
    ids=["unwritable", "missing"],
)
@pytest.mark.parametrize("command", sorted(OUTPUT_COMMANDS))
def test_an_output_that_cannot_be_written_is_one_line(
    pbkg, out, tmp_path, command, where, reason
) -> None:
    corpus = write_corpus(tmp_path / "new", NEW)
    before = snapshot(out)
    args = [a.format(corpus=corpus, target=where, built=out) for a in OUTPUT_COMMANDS[command]]
    line = one_line_error(run(pbkg, *args, cwd=tmp_path), where.rsplit("/", 1)[0])
    assert any(r in line for r in reason.split("|")), line
    assert snapshot(out) == before


def test_an_output_under_a_file_is_one_line(pbkg, out, tmp_path) -> None:
    (tmp_path / "notes").write_text("not a folder", encoding="utf-8")
    corpus = write_corpus(tmp_path / "new", NEW)
    for target in ("notes", "notes/out"):
        line = one_line_error(run(pbkg, "build", corpus, "--out", target, cwd=tmp_path), target)
        assert "cannot write the outputs" in line or "is a file" in line, line
    assert (tmp_path / "notes").read_text(encoding="utf-8") == "not a folder"


# -- nothing read: --out untouched -------------------------------------------------------
def test_a_mistyped_input_path_leaves_the_previous_build_alone(pbkg, out, tmp_path) -> None:
    before = snapshot(out)
    proc = run(pbkg, "build", tmp_path / "no-such-dir", "--out", out, cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"rejected: {tmp_path / 'no-such-dir'}: no such file or directory",
        f"Error: no article read from {tmp_path / 'no-such-dir'} (1 input(s) rejected); "
        f"{out} left as it was",
    ]
    assert snapshot(out) == before


def test_a_corpus_whose_every_file_is_rejected_leaves_the_previous_build_alone(
    pbkg, out, tmp_path
) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    before = snapshot(out)
    proc = run(pbkg, "build", bad, "--out", out, cwd=tmp_path)
    assert proc.returncode == 1
    *rejected, last = proc.stderr.splitlines()
    assert len(rejected) == 2 and all(r.startswith("rejected: ") for r in rejected)
    assert last.startswith("Error: no article read from") and "2 input(s) rejected" in last
    assert snapshot(out) == before


def test_an_empty_folder_says_so_and_exits_non_zero(pbkg, out, tmp_path) -> None:
    (tmp_path / "empty").mkdir()
    before = snapshot(out)
    proc = run(pbkg, "build", "empty", "--out", out, cwd=tmp_path)
    one_line_error(proc, "no article read from empty (no article file found)", "left as it was")
    assert snapshot(out) == before
    assert proc.stdout == ""


# -- a build killed half-way -------------------------------------------------------------
def _stages(out: Path) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.pbkg-stage-*"))


@pytest.mark.slow
@pytest.mark.parametrize("staged", [1, len(OUTPUTS)], ids=lambda n: f"after-{n}-outputs")
def test_a_build_killed_between_exporters_leaves_the_previous_outputs_whole(
    pbkg, out, tmp_path, staged: int
) -> None:
    """SIGKILL a real `pbkg build` once ``staged`` of its files are written (the test
    hook PBKG_TEST_PAUSE_AFTER_OUTPUT holds it there): --out keeps every previous file,
    byte for byte, and the next build clears the dead build's staging directory."""
    before = snapshot(out)
    corpus = write_corpus(tmp_path / "new", NEW)
    env = {**os.environ, "PBKG_TEST_PAUSE_AFTER_OUTPUT": "60"}
    proc = subprocess.Popen(
        [str(pbkg), "build", str(corpus), "--out", str(out)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and proc.poll() is None:
            stages = _stages(out)
            if stages and len([p for p in stages[0].iterdir() if p.name[0] != "."]) >= staged:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the build ended before it could be killed"
        assert snapshot(out) == before  # staged, not yet published
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert snapshot(out) == before
    assert len(_stages(out)) == 1  # left by the dead build

    done = run(pbkg, "build", corpus, "--out", out, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    after = snapshot(out)
    assert sorted(after) == sorted(OUTPUTS)
    # All of them new (neither corpus has a possible miss: that file is empty in both).
    assert all(after[name] != before[name] for name in OUTPUTS if before[name])
    assert _stages(out) == []
