"""A whole graph into an empty Neo4j database with ``neo4j-admin database import full``.

The batched loader (:mod:`graph.neo4j.loader`) goes through Bolt, one transaction per
batch of articles, and is bounded by what the server can commit. A first load of a large
corpus does not need any of that: :func:`write_import_files` writes the graph as the
import tool's CSV files, one per node label and one per relationship type, with the same
properties the loader writes (:mod:`graph.neo4j.mapping`), and :func:`run_import` runs
the tool on them, offline, into a database that does not exist yet (or is overwritten).

The files (all UTF-8, with a header line in the import tool's syntax)::

    nodes-Village.csv            :ID(Entity),id,aliases:string[],articles:string[],…
    nodes-Article.csv            :ID(Article),id,authors:string[],date,digest,…
    relationships-PAIRED_WITH.csv  :START_ID(Entity),:END_ID(Entity),confidence:double,…
    relationships-MENTIONED_IN.csv :START_ID(Entity),:END_ID(Article),aliases:string[],…
    import.args                  the tool's arguments naming them (a picocli @-file)

Nodes are numbered in the files (``--id-type=INTEGER``: the tool's id mapper then handles
numbers, not strings), and ``id`` is a string property like any other; entities and
articles are two id groups. A
column's type follows from its values (``long``, ``double``, ``boolean``, string, and
arrays of each); array elements are separated by U+001F, which no value may hold. An
empty list is no property at all, exactly as the loader stores it; the one value the
CSV cannot say — a PAIRED_WITH evidence list holding a single ``""`` (one reading with no
text or kind) — is restored by :data:`graph.neo4j.statements.FINISH_IMPORT` once the
server runs, just before the constraints and indexes are created (after the import, when
the store is complete: :meth:`graph.neo4j.loader.Neo4jStore.ensure_schema`, run by the
next ``pbkg load``). The start nodes of those relationships carry the extra label
``PbkgRestore`` until then, so that step reads only them (a scan of every PAIRED_WITH
relationship took seconds at 10,000 articles); it removes the label.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, islice
from operator import is_not, itemgetter
from pathlib import Path
from typing import Any

from graph.model import EDGE_TYPES, NODE_LABELS, KnowledgeGraph
from graph.neo4j.mapping import EVIDENCE_FIELDS
from graph.neo4j.statements import RESTORE_LABEL

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
        args = [f"--array-delimiter=U+{ord(ARRAY_DELIMITER):04X}", "--id-type=INTEGER"]
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


def _column_type(key: str, values: list[Any]) -> str:
    """The import type of a column not in :data:`_TYPES`, from its values (None aside)."""
    kinds = set(map(type, values)) - {type(None)}
    if list in kinds:
        if len(kinds) > 1:
            raise BulkImportError(f"property {key!r} is a list in some rows, not in others")
        inner = {_SCALAR_TYPES.get(type(x)) for v in values if v is not None for x in v}
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


_join = ARRAY_DELIMITER.join
# dict.get(x, x) maps one value and keeps every other: a C-level replace over a column.
_EMPTY_AS_NONE: dict[Any, Any] = {"": None}
_NONE_AS_EMPTY: dict[Any, Any] = {None: ""}
_is_value = partial(is_not, None)


def _delimiter_inside(key: str, lists: list[Any], cells: list[Any]) -> None:
    """Raise when an element of ``lists`` (a column's string lists, joined into
    ``cells``) holds the array delimiter: then the joined cells hold more delimiters than
    the lists have element boundaries. One count over the column, not one per value."""
    present = list(filter(None, lists))
    boundaries = sum(map(len, present)) - len(present)
    if "".join(filter(None, cells)).count(ARRAY_DELIMITER) != boundaries:
        raise BulkImportError(
            f"a value of {key!r} holds U+001F, the import's array delimiter; "
            "load this graph with the batched loader (without --bulk)"
        )


class _FieldText(list[str]):
    """A column already in its file form (no quotes needed, an empty field for a missing
    value): :func:`_text_cells` passes it on as it is."""


def _array_cells(key: str, type_: str, values: list[Any]) -> list[Any]:
    """A column of lists as cells: None (an empty cell) for None and an empty list, the
    elements joined by the array delimiter otherwise.

    A column of string lists without None, [""] or a character that needs quotes (most)
    comes back as its :class:`_FieldText`, checked on the whole column joined at once."""
    if type_ != "string[]":
        return [_join(map(str, v)) if v else None for v in values]
    if None not in values:
        joined: list[str] = list(map(_join, values))
        blob = "".join(joined)
        empties = values.count([])
        # Each "" must come from an empty list, not from [""] (or a tuple).
        if joined.count("") == empties and not _needs_quotes(blob):
            if blob.count(ARRAY_DELIMITER) != sum(map(len, values)) - len(values) + empties:
                _delimiter_inside(key, values, joined)  # raises
            return _FieldText(joined)
    cells = [_join(v) if v else None for v in values]
    _delimiter_inside(key, values, cells)
    return cells


def _evidence_columns(datas: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """The PAIRED_WITH columns ``evidence_<field>`` straight from the model's evidence
    (what :func:`graph.neo4j.mapping.edge_props` gives, without a dict per edge).

    Every quote of every edge is put in one flat list, each field read from it in one
    C-level pass (``itemgetter``), None replaced by the field's stand-in through a dict's
    ``get``, and the values regrouped into one cell per edge: an edge of one quote (most)
    has its value as the cell, others their values joined (0.65 → 0.5 CPU s at 30,000
    synthetic articles: the memory the passes walk, not the Python, is most of it)."""
    evidence = list(map(itemgetter("evidence"), datas))
    lengths = list(map(len, evidence))
    quotes = list(chain.from_iterable(evidence))
    single = lengths.count(1) == len(lengths)
    out: dict[str, list[Any]] = {}
    for f, missing in EVIDENCE_FIELDS:
        try:
            values: list[Any] = list(map(itemgetter(f), quotes))
        except KeyError:
            values = [q.get(f) for q in quotes]
        if None in values:
            values = list(map({None: missing}.get, values, values))
        if isinstance(missing, str):
            if ARRAY_DELIMITER in "".join(values):
                raise BulkImportError(
                    f"a value of 'evidence_{f}' holds U+001F, the import's array delimiter; "
                    "load this graph with the batched loader (without --bulk)"
                )
        else:
            values = list(map(str, values))
        if single:
            out[f] = values
        else:
            rest = iter(values)
            out[f] = [_join(islice(rest, n)) if n else None for n in lengths]
    return out


def _column_values(datas: list[dict[str, Any]], key: str) -> list[Any]:
    """``key``'s value in every dict of ``datas`` (None where it is missing): one C-level
    pass when every dict has the key (the model fills in optional attributes)."""
    try:
        return list(map(itemgetter(key), datas))
    except KeyError:
        return [d.get(key) for d in datas]


def _property_columns(
    datas: list[dict[str, Any]],
    skip: frozenset[str],
    restorable: frozenset[str] = frozenset(),
    *,
    evidence: bool = False,
) -> tuple[list[str], list[list[Any]], list[str]]:
    """The header fields and cells of every property column of ``datas`` (model
    attribute dicts, one per row), keys sorted; and the keys whose lists of one ""
    were left out to be restored (see the module docstring). A column is built whole,
    one C-level pass per column where it can (``map``, ``str.join``): a Python operation
    per cell is what made the writer slow. Columns without a value are left out. With
    ``evidence`` (PAIRED_WITH) the evidence becomes the parallel lists."""
    keys = set().union(*datas) - skip - {"evidence"}
    head: list[str] = []
    columns: list[list[Any]] = []
    restored: list[str] = []
    names = sorted(keys | ({f"evidence_{f}" for f, _ in EVIDENCE_FIELDS} if evidence else set()))
    evidence_cells = _evidence_columns(datas) if evidence else {}
    for k in names:
        if evidence and k.startswith("evidence_") and k[9:] in evidence_cells:
            type_ = _TYPES[k]
            cells = evidence_cells[k[9:]]
        else:
            values = _column_values(datas, k)
            type_ = _TYPES.get(k) or _column_type(k, values)
            cells = _array_cells(k, type_, values) if type_.endswith("[]") else values
        if cells.count("" if isinstance(cells, _FieldText) else None) == len(cells):
            continue
        ready = isinstance(cells, _FieldText)  # its "" are empty lists, never [""]
        if type_.endswith("[]") and not ready and "" in cells:  # [""]: the CSV cannot say it
            if k not in restorable:
                raise BulkImportError(f"{k!r} holds a list of one empty string")
            cells = list(map(_EMPTY_AS_NONE.get, cells, cells))
            restored.append(k)
        head.append(k if type_ == "string" else f"{k}:{type_}")
        columns.append(cells)
    return head, columns, restored


def _needs_quotes(text: str) -> bool:
    """Whether ``text`` holds a character that makes a CSV field quoted (four ``in``
    tests over the text are faster than one regular expression's search)."""
    return "," in text or '"' in text or "\n" in text or "\r" in text


def _text_cells(cells: list[Any]) -> tuple[list[str], bool]:
    """A column's cells as the text of their CSV fields, and whether one spans lines.

    The import reads what the csv module would write: a missing value (None) is an empty
    field, a string holding a comma, a quote or a line break is quoted, and so is an
    empty string (``""`` is an empty string, an empty field no property at all). A
    column that needs quotes anywhere has every string quoted; one that does not is used
    as it is. Each step is one C-level pass over the column (``map`` of a dict's ``get``
    to replace None, ``str.join``/``replace``/``split`` to quote)."""
    if isinstance(cells, _FieldText):
        return cells, False
    has_none = None in cells
    strings = list(filter(_is_value, cells)) if has_none else cells
    if not strings or not isinstance(strings[0], str):
        # Numbers and booleans (a column has one type): str() is what the csv module
        # writes (repr for floats), and they never need quotes.
        try:
            return list(map(str, map(_NONE_AS_EMPTY.get, cells, cells))), False
        except TypeError:  # an unhashable value: str() it one by one
            return ["" if c is None else str(c) for c in cells], False
    joined = "\x00".join(strings)
    if "" not in strings and not _needs_quotes(joined):
        return (list(map(_NONE_AS_EMPTY.get, cells, cells)) if has_none else cells), False
    spans = "\n" in joined or "\r" in joined
    if has_none or joined.count("\x00") != len(strings) - 1:
        quoted = ['"' + c.replace('"', '""') + '"' if c is not None else "" for c in cells]
        return quoted, spans
    # Every string quoted at once: quotes doubled in the joined column, a quote put on
    # each side of every separator, then split again (no value holds the separator).
    text = '"' + joined.replace('"', '""').replace("\x00", '"\x00"') + '"'
    return text.split("\x00"), spans


# Rows joined into text at a time: a few megabytes of file per write.
_ROWS_PER_WRITE = 50_000


def _write_file(path: Path, head: list[str], columns: list[list[Any]]) -> tuple[int, bool]:
    """Write one import file (``columns`` of cells, the id columns first); return its row
    count and whether a value spans lines. The lines are joined column-wise in C
    (``map(",".join, zip(...))``): no Python operation per row."""
    texts: list[list[str]] = []
    multiline = False
    for cells in columns:
        text, spans = _text_cells(cells)
        texts.append(text)
        multiline = multiline or spans
    count = len(texts[0])
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(head) + "\n")
        for i in range(0, count, _ROWS_PER_WRITE):
            rows = zip(*(t[i : i + _ROWS_PER_WRITE] for t in texts), strict=True)
            fh.write("\n".join(map(",".join, rows)) + "\n")
    return count, multiline


def _restore_starts(starts: list[str], datas: list[dict[str, Any]]) -> set[str]:
    """The start nodes (of ``starts``) of the PAIRED_WITH edges (``datas``) with an
    evidence list the files cannot carry (one reading whose text, kind, article or rule
    is missing or ""): they get :data:`~graph.neo4j.statements.RESTORE_LABEL`, so that
    finishing the import visits only those instead of every PAIRED_WITH relationship of
    the store."""
    fields = [f for f, missing in EVIDENCE_FIELDS if missing == ""]
    return {
        u
        for u, data in zip(starts, datas, strict=True)
        if len(ev := data["evidence"]) == 1 and any(not ev[0].get(f) for f in fields)
    }


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
    # networkx's own dicts are walked directly (read only): its views cost more than the
    # writing on a graph of millions of edges.
    # The import identifies nodes by number (--id-type=INTEGER: its id mapper then sorts
    # and looks up numbers, not strings); pbkg's id is an ordinary string property.
    number = dict(zip(kg.g._node, map(str, range(len(kg.g._node))), strict=True))
    node_ids: dict[str, list[str]] = {label: [] for label in NODE_LABELS}
    node_datas: dict[str, list[dict[str, Any]]] = {label: [] for label in NODE_LABELS}
    for n, data in kg.g._node.items():
        node_ids[data["label"]].append(n)
        node_datas[data["label"]].append(data)
    starts: dict[str, list[str]] = {t: [] for t in EDGE_TYPES}
    ends: dict[str, list[str]] = {t: [] for t in EDGE_TYPES}
    edge_datas: dict[str, list[dict[str, Any]]] = {t: [] for t in EDGE_TYPES}
    for u, targets in kg.g._succ.items():
        for v, keyed in targets.items():
            for data in keyed.values():
                edge_type = data["type"]
                starts[edge_type].append(u)
                ends[edge_type].append(v)
                edge_datas[edge_type].append(data)
    marked = _restore_starts(starts["PAIRED_WITH"], edge_datas["PAIRED_WITH"])
    for label in NODE_LABELS:
        if not node_ids[label]:
            continue
        group = "Article" if label == "Article" else "Entity"
        name = f"nodes-{label}.csv"
        head, columns, _ = _property_columns(node_datas[label], frozenset({"label", "id"}))
        ids = node_ids[label]
        if marked.intersection(ids):  # a :LABEL column adds to the file's labels
            head = [":LABEL", *head]
            columns = [[RESTORE_LABEL if n in marked else None for n in ids], *columns]
        count, multiline = _write_file(
            out.directory / name,
            [f":ID({group})", "id", *head],
            [list(map(number.__getitem__, ids)), ids, *columns],
        )
        out.nodes.append((label if label == "Article" else f"Entity:{label}", name))
        out.node_count += count
        if multiline:
            out.multiline.append(name)
    del node_ids, node_datas
    for edge_type in EDGE_TYPES:
        if not starts[edge_type]:
            continue
        end = "Article" if edge_type == "MENTIONED_IN" else "Entity"
        name = f"relationships-{edge_type}.csv"
        paired = edge_type == "PAIRED_WITH"  # the evidence becomes parallel lists
        head, columns, restored = _property_columns(
            edge_datas[edge_type],
            frozenset({"type"}),
            _RESTORABLE if paired else frozenset(),
            evidence=paired,
        )
        count, multiline = _write_file(
            out.directory / name,
            [":START_ID(Entity)", f":END_ID({end})", *head],
            [
                list(map(number.__getitem__, starts[edge_type])),
                list(map(number.__getitem__, ends[edge_type])),
                *columns,
            ],
        )
        out.relationships.append((edge_type, name))
        out.relationship_count += count
        if multiline:
            out.multiline.append(name)
        out.restore += restored
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
