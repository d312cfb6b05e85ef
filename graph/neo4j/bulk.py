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

import os
import shlex
import subprocess
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.model import EDGE_TYPES, NODE_LABELS, KnowledgeGraph
from graph.neo4j.mapping import EVIDENCE_FIELDS, edge_props, node_props

ARRAY_DELIMITER = "\x1f"
ARGS_FILE = "import.args"
# PAIRED_WITH's evidence lists are parallel and never empty, so a missing one can only be
# a single "" (see the module docstring).
_RESTORABLE = frozenset(f"evidence_{f}" for f, missing in EVIDENCE_FIELDS if missing == "")
_NEEDS_QUOTES = frozenset(',"\n\r')


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


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    raise BulkImportError(f"no import type for {type(value).__name__} value {value!r}")


def _column_type(key: str, kinds: set[str]) -> str:
    """The header type of a column whose values have ``kinds`` (``x[]`` for a list)."""
    arrays = {k[:-2] for k in kinds if k.endswith("[]")}
    scalars = kinds - {f"{k}[]" for k in arrays}
    if arrays and scalars:
        raise BulkImportError(f"property {key!r} is a list in some rows, not in others")
    base = arrays or scalars
    if base == {"long", "double"}:
        base = {"double"}
    if len(base) != 1:
        raise BulkImportError(f"property {key!r} mixes types {sorted(base)}")
    [t] = base
    return f"{t}[]" if arrays else t


def _header(rows: Iterable[dict[str, Any]], skip: frozenset[str]) -> list[tuple[str, str]]:
    """(key, type) of every property column, keys sorted."""
    kinds: dict[str, set[str]] = {}
    for row in rows:
        for k, v in row.items():
            if k in skip:
                continue
            if isinstance(v, list):
                kinds.setdefault(k, set()).update(f"{_kind(x)}[]" for x in v)
            else:
                kinds.setdefault(k, set()).add(_kind(v))
    return [(k, _column_type(k, kinds[k])) for k in sorted(kinds)]


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)  # the shortest form that reads back as the same double
    return str(value)


def _quoted(text: str) -> str:
    if text == "" or not _NEEDS_QUOTES.isdisjoint(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def _array(key: str, values: list[Any]) -> str:
    parts = [_scalar(v) for v in values]
    for p in parts:
        if ARRAY_DELIMITER in p:
            raise BulkImportError(
                f"a value of {key!r} holds U+001F, the import's array delimiter; "
                "load this graph with the batched loader (without --bulk)"
            )
    return ARRAY_DELIMITER.join(parts)


class _Writer:
    """One CSV file: the header line, then one line per row."""

    def __init__(self, path: Path, id_columns: list[str], columns: list[tuple[str, str]]):
        self.path = path
        self.columns = columns
        self.multiline = False
        self.restored: set[str] = set()
        self._fh = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
        head = id_columns + [k if t == "string" else f"{k}:{t}" for k, t in columns]
        self._fh.write(",".join(head) + "\n")

    def write(self, ids: Sequence[str], row: dict[str, Any], restorable: frozenset[str]) -> None:
        fields = [_quoted(i) for i in ids]
        for k, t in self.columns:
            v = row.get(k)
            if v is None:
                fields.append("")
                continue
            if t.endswith("[]"):
                text = _array(k, v)
                if text == "":  # [""]: the CSV has no way to say it
                    if k not in restorable:
                        raise BulkImportError(f"{k!r} holds a list of one empty string")
                    self.restored.add(k)
                    fields.append("")
                    continue
            else:
                text = _scalar(v)
            if "\n" in text or "\r" in text:
                self.multiline = True
            fields.append(_quoted(text))
        self._fh.write(",".join(fields) + "\n")

    def close(self) -> None:
        self._fh.close()


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
    for label in NODE_LABELS:
        rows = [node_props(n, data) for n, data in kg.nodes(label)]
        if not rows:
            continue
        group = "Article" if label == "Article" else "Entity"
        name = f"nodes-{label}.csv"
        w = _Writer(out.directory / name, [f"id:ID({group})"], _header(rows, frozenset({"id"})))
        try:
            for props in rows:
                w.write((props["id"],), props, frozenset())
        finally:
            w.close()
        out.nodes.append((label if label == "Article" else f"Entity:{label}", name))
        out.node_count += len(rows)
        if w.multiline:
            out.multiline.append(name)
    for edge_type in EDGE_TYPES:
        edges = [(u, v, edge_props(data)) for u, v, data in kg.edges(edge_type)]
        if not edges:
            continue
        end = "Article" if edge_type == "MENTIONED_IN" else "Entity"
        name = f"relationships-{edge_type}.csv"
        restorable = _RESTORABLE if edge_type == "PAIRED_WITH" else frozenset()
        ids = [":START_ID(Entity)", f":END_ID({end})"]
        w = _Writer(out.directory / name, ids, _header((p for _, _, p in edges), frozenset()))
        try:
            for u, v, props in edges:
                w.write((u, v), props, restorable)
        finally:
            w.close()
        out.relationships.append((edge_type, name))
        out.relationship_count += len(edges)
        if w.multiline:
            out.multiline.append(name)
        out.restore += sorted(w.restored)
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
