"""Which build of the hot extraction modules runs: compiled by mypyc, or their source.

``setup.py`` compiles the modules listed in ``compiled_modules.txt`` to C extensions when
it can (mypyc, a C compiler) and records ``compiled.digest``, a digest of their sources.
Python's import system finds an extension before the ``.py`` beside it, so in an editable
install a compiled module whose source was edited since the build would silently run
the old code. :func:`use_source_if_needed` (run when :mod:`ingest` is imported) makes the
listed modules load from their ``.py`` instead when ``PBKG_PURE`` is set, when there is
no digest (a pure install, or a failed build), or when the sources no longer match it —
all of them together, because compiled modules call each other directly in C.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Mapping, Sequence
from importlib.machinery import ModuleSpec
from importlib.util import spec_from_file_location
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent  # the folder holding the ``ingest`` package (paths are relative to it)
LIST_FILE = HERE / "compiled_modules.txt"
DIGEST_FILE = HERE / "compiled.digest"


def compiled_paths(list_file: Path = LIST_FILE) -> list[str]:
    """The listed modules' paths (``ingest/segment.py``); ``#`` lines are comments."""
    lines = list_file.read_text(encoding="utf-8").splitlines()
    return [s for s in (line.strip() for line in lines) if s and not s.startswith("#")]


def module_name(path: str) -> str:
    """``ingest/extract/orgs.py`` → ``ingest.extract.orgs``."""
    return path.removesuffix(".py").replace("/", ".")


def sources_digest(paths: Sequence[str], root: Path = ROOT) -> str:
    """A digest of the listed modules' sources (path and bytes, in list order)."""
    digest = hashlib.sha256()
    for p in paths:
        digest.update(p.encode() + b"\0")
        digest.update((root / p).read_bytes())
    return digest.hexdigest()


def compiled_usable(
    paths: Sequence[str], environ: Mapping[str, str], digest_file: Path = DIGEST_FILE
) -> bool:
    """Whether the compiled build may run: ``PBKG_PURE`` unset, and the digest recorded
    at build time equal to that of the sources as they are now."""
    if environ.get("PBKG_PURE"):
        return False
    try:
        recorded = digest_file.read_text(encoding="ascii").strip()
        return recorded == sources_digest(paths)
    except OSError:
        return False


class SourceFirst:
    """Finds the listed modules' ``.py`` files before Python's own finders (which would
    take a compiled extension beside them). A meta path finder by its ``find_spec``;
    not an ``importlib.abc.MetaPathFinder``, whose import costs ~8 ms in every process."""

    def __init__(self, files: Mapping[str, Path]) -> None:
        self.files = dict(files)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        source = self.files.get(fullname)
        return None if source is None else spec_from_file_location(fullname, source)


def use_source_if_needed(environ: Mapping[str, str] = os.environ) -> bool:
    """Put a :class:`SourceFirst` finder first on ``sys.meta_path`` unless the compiled
    build may run (:func:`compiled_usable`); return whether the compiled build runs."""
    if any(isinstance(f, SourceFirst) for f in sys.meta_path):
        return False
    paths = compiled_paths()
    if compiled_usable(paths, environ):
        return True
    sys.meta_path.insert(0, SourceFirst({module_name(p): ROOT / p for p in paths}))
    return False
