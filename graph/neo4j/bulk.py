"""A whole graph into an empty Neo4j database with ``neo4j-admin database import full``.

The batched loader (:mod:`graph.neo4j.loader`) goes through Bolt, one transaction per
batch of articles, and is bounded by what the server can commit. A first load of a large
corpus does not need any of that: :func:`write_import_files` writes the graph as the
import tool's CSV files, one per node label and one per relationship type, with the same
properties the loader writes (:mod:`graph.neo4j.mapping`), and :func:`run_import` runs
the tool on them, offline, into a database that does not exist yet (or is overwritten).

The files (all UTF-8, with a header line in the import tool's syntax)::

    nodes-Village.csv            id:ID(Entity),aliases:string[],articles:string[],…
    nodes-Article.csv            id:ID(Article),authors:string[],date,digest,…
    relationships-PAIRED_WITH.csv  :START_ID(Entity),:END_ID(Entity),confidence:double,…
    relationships-MENTIONED_IN.csv :START_ID(Entity),:END_ID(Article),aliases:string[],…
    import.args                  the tool's arguments naming them (a picocli @-file)

Entities and articles are two id groups, so the ids of the two may never clash. A
column's type follows from its values (``long``, ``double``, ``boolean``, string, and
arrays of each); array elements are separated by U+001F, which no value may hold. An
empty list is no property at all, exactly as the loader stores it; the one value the
CSV cannot say — a PAIRED_WITH evidence list holding a single ``""`` (one reading with no
text or kind) — is restored by :data:`FINISH_STATEMENTS` once the server runs, together
with the constraints and indexes (created after the import, when the store is
complete: :meth:`graph.neo4j.loader.Neo4jStore.finish_import`).
"""

from __future__ import annotations

import csv
import os
import shlex
import subprocess
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.model import EDGE_TYPES, NODE_LABELS, KnowledgeGraph
from graph.neo4j.mapping import EVIDENCE_FIELDS, edge_props

ARRAY_DELIMITER = "\x1f"
ARGS_FILE = "import.args"
# PAIRED_WITH's evidence lists are parallel and never empty, so a missing one can only be
# a single "" (see the module docstring).
_RESTORABLE = frozenset(f"evidence_{f}" for f, missing in EVIDENCE_FIELDS if missing == "")


class BulkImportError(RuntimeError):
    """The graph cannot be written as import files, or the import tool failed."""


@dataclass
class ImportFiles:
    """What :func:`write_import_files` wrote into ``directory``."""

    directory: Path
    nodes: list[tuple[str, str]] = field(default_factory=list)  # (labels, file name)
    relationships: list[tuple[str, str]] = field(default_factory=list)  # (type, file name)
    multiline: list[str] = field(default_factory=list)  # files with a line break in a value
    restore: list[str] = field(default_factory=list)  # evidence lists holding one ""
    node_count: int = 0
    relationship_count: int = 0

    def arguments(self) -> list[str]:
        """The import tool's options for these files (names relative to ``directory``)."""
        args = [f"--array-delimiter=U+{ord(ARRAY_DELIMITER):04X}"]
        args += [f"--nodes={labels}={name}" for labels, name in self.nodes]
        args += [f"--relationships={t}={name}" for t, name in self.relationships]
        if self.multiline:
            # Only these files are parsed the slow way that allows a line break in a value.
            args += [
                "--multiline-fields-format=v2",
                f"--multiline-fields={','.join(self.multiline)}",
            ]
        return args


# Column types of the model's attributes (graph.model); any other attribute's type is
# read from its values.
_TYPES: dict[str, str] = {
    "aliases": "string[]",
    "articles": "string[]",
    "authors": "string[]",
    "kinds": "string[]",
    "since": "long",
    "count": "long",
    "confidence": "double",
    **{
        f"evidence_{f}": "string[]"
        if isinstance(m, str)
        else ("double[]" if isinstance(m, float) else "long[]")
        for f, m in EVIDENCE_FIELDS
    },
}
_SCALAR_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def _column_type(key: str, values: Iterable[Any]) -> str:
    """The import type of a column not in :data:`_TYPES`, from its (non-None) values."""
    kinds = {type(v) for v in values}
    if list in kinds:
        if len(kinds) > 1:
            raise BulkImportError(f"property {key!r} is a list in some rows, not in others")
        inner = {_SCALAR_TYPES.get(type(x)) for v in values for x in v}
        kinds_named = inner
        suffix = "[]"
    else:
        kinds_named = {_SCALAR_TYPES.get(k) for k in kinds}
        suffix = ""
    if None in kinds_named:
        raise BulkImportError(f"property {key!r} holds values the import cannot type")
    if kinds_named == {"long", "double"}:
        kinds_named = {"double"}
    if len(kinds_named) > 1:
        raise BulkImportError(f"property {key!r} mixes types {sorted(map(str, kinds_named))}")
    name = kinds_named.pop() if kinds_named else "string"
    return f"{name}{suffix}"


def _columns(key_rows: Sequence[dict[str, Any]], skip: frozenset[str]) -> list[tuple[str, str]]:
    """(key, type) of every property column of ``key_rows``, keys sorted."""
    keys: set[str] = set()
    for d in key_rows:
        keys.update(d)
    out = []
    for k in sorted(keys - skip):
        t = _TYPES.get(k)
        if t is None:
            t = _column_type(k, [v for d in key_rows if (v := d.get(k)) is not None])
        out.append((k, t))
    return out


class _Cells:
    """Turns a property value into its CSV cell: None (an empty cell) for None and for an
    empty list, lists joined by the array delimiter, everything else as it is."""

    def __init__(self, restorable: frozenset[str]) -> None:
        self.restorable = restorable
        self.restored: set[str] = set()

    def converter(self, key: str, type_: str) -> Callable[[Any], Any] | None:
        if not type_.endswith("[]"):
            return None  # written by the csv module as it is (str, int, float)
        strings = type_ == "string[]"
        restorable = key in self.restorable

        def join(values: list[Any]) -> str | None:
            if not values:
                return None
            text = ARRAY_DELIMITER.join(values if strings else map(str, values))
            if text.count(ARRAY_DELIMITER) != len(values) - 1:
                raise BulkImportError(
                    f"a value of {key!r} holds U+001F, the import's array delimiter; "
                    "load this graph with the batched loader (without --bulk)"
                )
            if text == "":  # [""]: the CSV has no way to say it
                if not restorable:
                    raise BulkImportError(f"{key!r} holds a list of one empty string")
                self.restored.add(key)
                return None
            return text

        return join


def _manual_line(cells: list[Any]) -> str:
    """A CSV line that keeps an empty string (``""``) apart from a missing value (an
    empty cell), which the csv module's minimal quoting does not."""
    out = []
    for c in cells:
        if c is None:
            out.append("")
        elif isinstance(c, str):
            out.append('"' + c.replace('"', '""') + '"')
        else:
            out.append(repr(c) if isinstance(c, float) else str(c))
    return ",".join(out) + "\n"


def _write_file(
    path: Path,
    id_columns: list[str],
    columns: list[tuple[str, str]],
    rows: Iterable[tuple[Sequence[str], dict[str, Any]]],
    cells: _Cells,
) -> tuple[int, bool]:
    """Write one import file; return its row count and whether a value spans lines."""
    head = id_columns + [k if t == "string" else f"{k}:{t}" for k, t in columns]
    convert = [(k, cells.converter(k, t)) for k, t in columns]
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(head) + "\n")
        writer = csv.writer(fh, lineterminator="\n")
        for ids, data in rows:
            get = data.get
            line = [
                *ids,
                *[
                    None if (v := get(k)) is None else (c(v) if c is not None else v)
                    for k, c in convert
                ],
            ]
            if "" in line:
                fh.write(_manual_line(line))
            else:
                writer.writerow(line)
            count += 1
    return count, _spans_lines(path, count + 1)


def _spans_lines(path: Path, lines: int) -> bool:
    """Whether a value in the file holds a line break: more line ends than lines."""
    breaks = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 24):
            if b"\r" in chunk:
                return True
            breaks += chunk.count(b"\n")
    return breaks != lines


def write_import_files(kg: KnowledgeGraph, directory: str | Path) -> ImportFiles:
    """Write ``kg`` as ``neo4j-admin database import full`` files into ``directory``
    (created; earlier import files there are replaced) and return what was written.

    Raises :class:`BulkImportError` for a value the import cannot carry (one holding the
    array delimiter U+001F, or a property whose type varies between rows).
    """
    out = ImportFiles(Path(directory))
    out.directory.mkdir(parents=True, exist_ok=True)
    for old in out.directory.glob("*.csv"):
        old.unlink()
    by_label: dict[str, list[tuple[str, dict[str, Any]]]] = {label: [] for label in NODE_LABELS}
    for n, data in kg.nodes():
        by_label[data["label"]].append((n, data))
    for label, nodes in by_label.items():
        if not nodes:
            continue
        group = "Article" if label == "Article" else "Entity"
        name = f"nodes-{label}.csv"
        columns = _columns([d for _, d in nodes], frozenset({"label", "id"}))
        count, multiline = _write_file(
            out.directory / name,
            [f"id:ID({group})"],
            columns,
            (((n,), d) for n, d in nodes),
            _Cells(frozenset()),
        )
        out.nodes.append((label if label == "Article" else f"Entity:{label}", name))
        out.node_count += count
        if multiline:
            out.multiline.append(name)
    del by_label
    by_type: dict[str, list[tuple[str, str, dict[str, Any]]]] = {t: [] for t in EDGE_TYPES}
    for u, v, data in kg.edges():
        by_type[data["type"]].append((u, v, data))
    for edge_type, edges in by_type.items():
        if not edges:
            continue
        if edge_type == "PAIRED_WITH":  # the evidence becomes parallel lists
            edges = [(u, v, edge_props(d)) for u, v, d in edges]
        end = "Article" if edge_type == "MENTIONED_IN" else "Entity"
        name = f"relationships-{edge_type}.csv"
        cells = _Cells(_RESTORABLE if edge_type == "PAIRED_WITH" else frozenset())
        columns = _columns([d for _, _, d in edges], frozenset({"type", "evidence"}))
        count, multiline = _write_file(
            out.directory / name,
            [":START_ID(Entity)", f":END_ID({end})"],
            columns,
            (((u, v), d) for u, v, d in edges),
            cells,
        )
        out.relationships.append((edge_type, name))
        out.relationship_count += count
        if multiline:
            out.multiline.append(name)
        out.restore += sorted(cells.restored)
    (out.directory / ARGS_FILE).write_text("\n".join(out.arguments()) + "\n", encoding="utf-8")
    return out


def admin_command(neo4j_home: str | Path | None = None, command: str | None = None) -> list[str]:
    """The command that runs ``neo4j-admin``: ``command`` split as a shell would (for
    a wrapper, e.g. the test launcher's ``java -jar neo4j-launcher.jar --home DIR
    --admin``), else ``NEO4J_HOME/bin/neo4j-admin`` of a local installation. Raises
    :class:`BulkImportError` when neither is given or the program is missing."""
    if command:
        return shlex.split(command)
    if neo4j_home is None:
        raise BulkImportError(
            "no neo4j-admin: give --neo4j-home (a Neo4j installation, or NEO4J_HOME) or "
            "--neo4j-admin COMMAND, or write the files with --csv-only and import them "
            "with the docker-compose service (see the README)"
        )
    admin = Path(neo4j_home) / "bin" / "neo4j-admin"
    if not admin.is_file():
        raise BulkImportError(f"no neo4j-admin at {admin}")
    return [str(admin)]


@dataclass(frozen=True)
class ImportResult:
    seconds: float
    output: str  # the tool's own report (its last lines)


def run_import(
    files: ImportFiles,
    admin: Sequence[str],
    database: str = "neo4j",
    *,
    overwrite: bool = False,
    max_off_heap: str | None = None,
    env: dict[str, str] | None = None,
) -> ImportResult:
    """Run ``admin database import full`` on ``files`` into ``database``, which must not
    exist yet unless ``overwrite`` (the server must be stopped). The tool runs in the
    files' directory and reads their names from ``import.args``. Raises
    :class:`BulkImportError` with the end of the tool's output when it fails."""
    cmd = [*admin, "database", "import", "full", database, f"@{ARGS_FILE}"]
    if overwrite:
        cmd.append("--overwrite-destination=true")
    if max_off_heap:
        cmd.append(f"--max-off-heap-memory={max_off_heap}")
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd,
            cwd=files.directory,
            capture_output=True,
            text=True,
            env={**os.environ, **(env or {})},
        )
    except OSError as e:
        raise BulkImportError(f"{cmd[0]}: {e}") from e
    seconds = time.perf_counter() - t0
    # The tool draws a progress bar of dots; its report is the rest.
    lines = [
        ln for ln in (proc.stdout + proc.stderr).splitlines() if ln.strip(" .-") and "∆" not in ln
    ]
    tail = "\n".join(lines[-12:])
    if proc.returncode != 0:
        raise BulkImportError(f"neo4j-admin database import failed ({proc.returncode}):\n{tail}")
    return ImportResult(seconds, tail)
