"""The compiled build of the hot extraction modules (setup.py, mypyc) and the switch that
runs their source instead (ingest/native.py): the same output either way, and a stale or
unwanted build never runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ingest import native

REPO = Path(__file__).resolve().parent.parent


def test_the_list_names_modules_of_ingest(tmp_path) -> None:
    paths = native.compiled_paths()
    assert paths and all((REPO / p).is_file() and p.startswith("ingest/") for p in paths)
    listed = tmp_path / "list.txt"
    listed.write_text("# comment\n\nfoo/bar.py\n  foo/baz.py  \n", encoding="utf-8")
    assert native.compiled_paths(listed) == ["foo/bar.py", "foo/baz.py"]
    assert native.module_name("ingest/extract/orgs.py") == "ingest.extract.orgs"


def test_no_compiled_module_finds_its_data_beside_its_own_file() -> None:
    # A module mypyc compiles lives in a shared library whose __file__ is not its source
    # folder, so data found from it exists from source and is missing once built: data
    # paths come from a pure module (ingest.places.gazetteer) or importlib.resources.
    for path in native.compiled_paths():
        source = (REPO / path).read_text(encoding="utf-8")
        assert "Path(__file__)" not in source, path


def test_the_build_runs_only_while_its_digest_matches_the_sources(tmp_path) -> None:
    paths = native.compiled_paths()
    digest = tmp_path / "compiled.digest"
    assert not native.compiled_usable(paths, {}, digest)  # no build recorded
    digest.write_text(native.sources_digest(paths) + "\n", encoding="ascii")
    assert native.compiled_usable(paths, {}, digest)
    assert not native.compiled_usable(paths, {"PBKG_PURE": "1"}, digest)
    digest.write_text("0" * 64, encoding="ascii")  # a source edited since the build
    assert not native.compiled_usable(paths, {}, digest)


def test_source_first_finds_the_py_file() -> None:
    finder = native.SourceFirst({"ingest.extract.orgs": REPO / "ingest/extract/orgs.py"})
    spec = finder.find_spec("ingest.extract.orgs", None)
    assert spec is not None and spec.origin == str(REPO / "ingest/extract/orgs.py")
    assert finder.find_spec("ingest.model", None) is None


def _run(code: str, **env: str) -> str:
    environ = {k: v for k, v in os.environ.items() if k != "PBKG_PURE"} | env
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environ, cwd=REPO
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


EXTRACT = """
import json, sys
from pathlib import Path
import ingest.extract.orgs as orgs
from ingest.extract.pipeline import extract
from ingest.model import Article
from ingest.read.reader import read_paths
print(orgs.__file__)
for a in read_paths([Path("examples/corpus")]):
    if isinstance(a, Article):
        print(json.dumps(extract(a).to_record(), ensure_ascii=False, sort_keys=True))
"""


def test_pure_and_compiled_builds_extract_the_same() -> None:
    pure = _run(EXTRACT, PBKG_PURE="1").splitlines()
    default = _run(EXTRACT).splitlines()
    assert pure[0].endswith("orgs.py")
    if native.DIGEST_FILE.exists():  # a compiled build was made: it is what runs
        assert default[0].endswith(".so")
    assert len(pure) > 10 and pure[1:] == default[1:]
