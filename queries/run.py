"""Run a named query on Neo4j or on the embedded graph, or ad-hoc Cypher on Neo4j.

Every entry point returns a :class:`QueryResult`: the columns in order and the rows as
dicts, ready for :func:`queries.output.format_rows`. Neo4j is reached only through
:func:`graph.neo4j.run_cypher`; parameter values are always sent as Cypher
parameters, never spliced into the query text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.model import KnowledgeGraph
from graph.settings import Neo4jSettings
from queries import embedded
from queries.library import QueryError, get_query

DEFAULT_GRAPH = Path("build") / "graph.json"
ADHOC_TYPES = ("str", "int", "float", "bool")


@dataclass(frozen=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: list[dict[str, Any]]


def parse_pairs(pairs: Sequence[str]) -> dict[str, str]:
    """``["k=v", …]`` into a dict (split at the first "="); raise QueryError otherwise."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param wants key=value, got {pair!r}")
        out[key.strip()] = value
    return out


def parse_adhoc_params(pairs: Sequence[str]) -> dict[str, Any]:
    """Ad-hoc parameters: ``key=value`` is a string; ``key:int=5``, ``key:float=0.5`` and
    ``key:bool=true`` are typed. Raise QueryError for a bad type or value."""
    out: dict[str, Any] = {}
    for key, value in parse_pairs(pairs).items():
        name, _, kind = key.partition(":")
        kind = kind or "str"
        if kind not in ADHOC_TYPES:
            raise QueryError(f"--param {key}: type must be one of {', '.join(ADHOC_TYPES)}")
        try:
            if kind == "int":
                out[name] = int(value)
            elif kind == "float":
                out[name] = float(value)
            elif kind == "bool":
                if value.lower() not in ("true", "false"):
                    raise ValueError(value)
                out[name] = value.lower() == "true"
            else:
                out[name] = value
        except ValueError:
            raise QueryError(f"--param {key}: {value!r} is not of type {kind}") from None
    return out


def run_embedded(name: str, raw: dict[str, str], kg: KnowledgeGraph) -> QueryResult:
    """Answer the named query ``name`` from ``kg`` in memory.

    ``raw`` holds the ``--param`` strings; they are typed by the query's header. Raises
    :class:`QueryError` for an unknown query, parameter or value.
    """
    query = get_query(name)
    params = query.bind(raw)
    try:
        rows = embedded.QUERIES[name](kg, **params)
    except ValueError as exc:  # e.g. a negative limit, which Neo4j refuses too
        raise QueryError(f"{name}: {exc}") from None
    return QueryResult(query.columns, rows)


def run_neo4j(name: str, raw: dict[str, str], settings: Neo4jSettings) -> QueryResult:
    """Run the named query ``name`` on the database of ``settings`` (read-only session).

    Raises :class:`QueryError` for an unknown query or parameter; the driver's errors
    when the server is unreachable or refuses the query.
    """
    from graph.neo4j import run_cypher  # the driver loads only when Neo4j is used

    query = get_query(name)
    columns, rows = run_cypher(settings, query.cypher, query.bind(raw), write=False)
    if tuple(columns) != query.columns:
        # The header documents the columns and the embedded mode returns exactly those.
        raise QueryError(f"{name}: Cypher returns {columns}, header says {list(query.columns)}")
    return QueryResult(query.columns, rows)


def run_adhoc(
    cypher: str, params: dict[str, Any], settings: Neo4jSettings, *, write: bool = False
) -> QueryResult:
    """Run ad-hoc Cypher; read-only unless ``write`` (the server enforces the mode)."""
    from graph.neo4j import run_cypher

    columns, rows = run_cypher(settings, cypher, params, write=write)
    return QueryResult(tuple(columns), rows)


# Parameters that name a unit or an area (id, name, alias or division code); an empty
# value means "any" where a query allows it (timeline's area).
UNIT_PARAMS = ("unit", "partner", "source", "target", "area")
UNIT_NAMES_CYPHER = (
    "MATCH (u:Entity) WHERE NOT u:Person "
    "RETURN u.id AS id, u.name AS name, coalesce(u.aliases, []) AS aliases, "
    "u.division_code AS division_code"
)


def _unit_names_embedded(kg: KnowledgeGraph) -> list[dict[str, Any]]:
    return [
        {
            "id": n,
            "name": d["name"],
            "aliases": d.get("aliases") or [],
            "division_code": d.get("division_code"),
        }
        for n, d in kg.nodes()
        if d["label"] not in ("Person", "Article")
    ]


def unmatched_units(
    name: str,
    raw: dict[str, str],
    *,
    kg: KnowledgeGraph | None = None,
    settings: Neo4jSettings | None = None,
) -> list[str]:
    """One message per unit parameter of ``raw`` that no unit of the graph (``kg``, else
    the database of ``settings``) matches by id, name, alias or division code, each
    with the closest names as suggestions; empty when every unit was found."""
    import difflib

    query = get_query(name)
    wanted = {
        p.name: raw[p.name] for p in query.params if p.name in UNIT_PARAMS and raw.get(p.name)
    }
    if not wanted:
        return []
    if kg is not None:
        units = _unit_names_embedded(kg)
    else:
        from graph.neo4j import run_cypher

        assert settings is not None
        units = run_cypher(settings, UNIT_NAMES_CYPHER, {}, write=False)[1]
    keys: set[str] = set()
    names: set[str] = set()
    for u in units:
        names.add(str(u["name"]))
        keys.update(str(k) for k in (u["id"], u["name"], *u["aliases"], u.get("division_code")))
    messages = []
    for param, value in wanted.items():
        if value in keys:
            continue
        close = difflib.get_close_matches(value, sorted(names), n=5, cutoff=0.5)
        hint = f"; close names: {', '.join(close)}" if close else ""
        messages.append(f"no unit matched {param}={value!r}{hint}")
    return messages


def load_embedded_graph(path: str | Path) -> KnowledgeGraph:
    """The graph of a ``graph.json`` written by ``pbkg build`` (a build directory will do).

    Raises FileNotFoundError (saying how to get one) when there is no such file.
    """
    from graph.io import read_node_link

    p = Path(path)
    if p.is_dir():
        p = p / "graph.json"
    if not p.is_file():
        raise FileNotFoundError(f"no graph at {p}: run `pbkg build` first, or configure Neo4j")
    return read_node_link(p)
