"""The build: pyproject.toml holds the metadata; this adds the C extensions.

The extraction's hot modules (``ingest/compiled_modules.txt``) are compiled by mypyc to C
extensions, with the same output (``pbkg extract`` gives the same bytes) about a fifth
faster. That needs a C compiler and mypy (a build requirement in pyproject.toml). Set
``PBKG_PURE=1`` to build without them; if the compilation fails, the install goes on
without extensions. Either way the modules then run from their source (``ingest/native.py``
decides at import, from ``compiled.digest`` written here).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))  # ingest.native: the list and the digest, one definition
from ingest.native import DIGEST_FILE, compiled_paths, sources_digest  # noqa: E402

del sys.path[0]


class OptionalBuildExt(build_ext):
    """build_ext that leaves a pure install behind, instead of failing, when the C
    compiler does: without ``compiled.digest`` the modules load from source."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as err:  # any failure to compile leaves the pure modules
            print(f"pbkg: compiled modules not built ({err}); the pure modules will run")
            for digest in (DIGEST_FILE, Path(self.build_lib) / "ingest" / DIGEST_FILE.name):
                digest.unlink(missing_ok=True)


def extensions() -> list:
    """mypyc's extensions for the listed modules, and their digest written beside them;
    none (and no digest) under ``PBKG_PURE`` or without mypyc."""
    DIGEST_FILE.unlink(missing_ok=True)
    if os.environ.get("PBKG_PURE"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("pbkg: mypyc is not installed; the pure modules will run")
        return []
    paths = compiled_paths()
    # group_name: the shared library becomes ingest/compiled__mypyc*.so, inside the
    # package, where an editable install finds it (a top-level module would not be).
    exts = mypycify(paths, opt_level="3", group_name="ingest.compiled", target_dir="build/mypyc")
    DIGEST_FILE.write_text(sources_digest(paths) + "\n", encoding="ascii")
    return exts


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
