"""`pbkg query` (named queries, on Neo4j or the embedded graph) and `pbkg cypher` (ad hoc).

Where a named query runs: ``--graph FILE`` answers it from that graph.json with no server;
otherwise Neo4j when one is configured (``--uri`` or ``NEO4J_URI``); otherwise from
``build/graph.json``. Credentials come from flags or the NEO4J_* environment only.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click

from queries.library import QueryError, load_queries
from queries.output import FORMATS, format_rows


def _neo4j_options(f: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--uri", help="Neo4j URI (default: $NEO4J_URI, else bolt://localhost:7687)"),
        click.option("--username", help="Neo4j user (default: $NEO4J_USERNAME, else neo4j)"),
        click.option("--password", help="Neo4j password (default: $NEO4J_PASSWORD)"),
        click.option("--database", help="Neo4j database (default: $NEO4J_DATABASE)"),
    ]
    for option in reversed(options):
        f = option(f)
    return f


NO_SERVER_HINT = (
    "No Neo4j answers there. Start one: `make neo4j` (or `pbkg neo4j start`; with Docker "
    "`docker compose up -d --wait`), with NEO4J_PASSWORD from .env. Named queries also run "
    "without a server: `pbkg query NAME --graph build/graph.json`."
)


def _fail_from_driver(exc: Exception) -> NoReturn:
    # The driver's errors (unreachable, syntax, refused write) are the user's to read;
    # anything else is a bug and keeps its traceback.
    if type(exc).__module__.split(".")[0] == "neo4j":
        if type(exc).__name__ == "ServiceUnavailable":
            raise click.ClickException(f"Neo4j: {exc}\n{NO_SERVER_HINT}") from exc
        raise click.ClickException(f"Neo4j: {exc}") from exc
    raise exc


def _list_queries() -> str:
    lines = []
    for q in load_queries().values():
        params = " ".join(
            f"{p.name}:{kind}" if p.required else f"[{p.name}:{kind}={p.default!r}]"
            for p in q.params
            for kind in ["|".join(p.choices) or p.type]
        )
        lines += [f"{q.name}  {params}".rstrip(), f"    {q.question_zh}", f"    {q.question_en}"]
        lines.append(f"    e.g. {q.example}")
    return "\n".join(lines)


@click.command("query")
@click.argument("name", required=False)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="A query parameter; repeat for several. Typed by the query's header.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--list", "list_only", is_flag=True, help="List the named queries and exit.")
@click.option(
    "--graph",
    "graph_path",
    type=click.Path(),
    help="Answer from this graph.json (or build directory) with no server: embedded mode.",
)
@_neo4j_options
def query(
    name: str | None,
    params: tuple[str, ...],
    fmt: str,
    list_only: bool,
    graph_path: str | None,
    uri: str | None,
    username: str | None,
    password: str | None,
    database: str | None,
) -> None:
    """Run the named query NAME (see --list) on Neo4j or on the embedded graph."""
    import os

    from graph.settings import Neo4jSettings
    from queries.library import get_query
    from queries.run import (
        DEFAULT_GRAPH,
        load_embedded_graph,
        parse_pairs,
        run_embedded,
        run_neo4j,
        unmatched_units,
    )

    if list_only:
        click.echo(_list_queries())
        return
    if not name:
        raise click.UsageError("give a query NAME, or --list to see them")
    try:
        raw = parse_pairs(params)
        get_query(name).bind(raw)  # a bad name or parameter is a usage error, before any I/O
    except QueryError as exc:
        raise click.UsageError(str(exc)) from None
    if graph_path is None and (uri or os.environ.get("NEO4J_URI")):
        settings = Neo4jSettings.from_env(
            uri=uri, username=username, password=password, database=database
        )
        try:
            result = run_neo4j(name, raw, settings)
            # No rows: say so when a unit named in the parameters does not exist at all.
            missing = unmatched_units(name, raw, settings=settings) if not result.rows else []
        except Exception as exc:
            _fail_from_driver(exc)
    else:
        try:
            kg = load_embedded_graph(graph_path or DEFAULT_GRAPH)
            result = run_embedded(name, raw, kg)
        except OSError as exc:
            raise click.ClickException(str(exc)) from None
        except QueryError as exc:  # a value the query cannot take, e.g. a negative limit
            raise click.UsageError(str(exc)) from None
        missing = unmatched_units(name, raw, kg=kg) if not result.rows else []
    if missing:
        raise click.ClickException("; ".join(missing))
    click.echo(format_rows(result.columns, result.rows, fmt))


def _read_statement(statement: str | None, file: str | None) -> str:
    """The Cypher text from exactly one source: the argument, ``-f FILE``, or standard
    input (``-`` as the argument, or ``-f -``), decoded as UTF-8 (a leading byte-order
    mark dropped) and otherwise sent as it is: no splitting, no substitution."""
    if file is not None and statement is not None:
        raise click.UsageError("give the statement either as an argument or with -f, not both")
    source = file if file is not None else statement
    if source is None:
        raise click.UsageError("give a STATEMENT, -f FILE, or - to read it from standard input")
    where = "standard input" if source == "-" else file or "the argument"
    try:
        if source == "-":
            text = sys.stdin.buffer.read().decode("utf-8-sig")
        elif file is not None:
            text = Path(file).read_text(encoding="utf-8-sig")
        else:
            text = source
    except (OSError, UnicodeDecodeError) as exc:
        raise click.UsageError(f"cannot read the statement from {where}: {exc}") from None
    if not text.strip():
        raise click.UsageError(f"the statement from {where} is empty")
    return text


@click.command("cypher")
@click.argument("statement", required=False)
@click.option(
    "--file",
    "-f",
    "file",
    type=click.Path(dir_okay=False, allow_dash=True),
    metavar="FILE",
    help="Read the statement from FILE (UTF-8), or from standard input with -f -.",
)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="KEY[:TYPE]=VALUE",
    help="A parameter ($KEY in the statement); TYPE is str (default), int, "
    "float or bool. Always sent as a parameter, never spliced into the text.",
)
@click.option(
    "--write",
    is_flag=True,
    help="Allow writes. Without it the session is read-only and the server "
    "refuses any write clause.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@_neo4j_options
def cypher(
    statement: str | None,
    file: str | None,
    params: tuple[str, ...],
    write: bool,
    fmt: str,
    uri: str | None,
    username: str | None,
    password: str | None,
    database: str | None,
) -> None:
    """Run the ad-hoc Cypher STATEMENT on Neo4j, in a read-only session unless --write.

    The statement may instead come from a file (-f FILE) or from standard input (- or
    -f -); parameters are still only --param values.
    """
    from graph.settings import Neo4jSettings
    from queries.run import parse_adhoc_params, run_adhoc

    statement = _read_statement(statement, file)
    try:
        bound = parse_adhoc_params(params)
    except QueryError as exc:
        raise click.UsageError(str(exc)) from None
    settings = Neo4jSettings.from_env(
        uri=uri, username=username, password=password, database=database
    )
    try:
        result = run_adhoc(statement, bound, settings, write=write)
    except Exception as exc:
        _fail_from_driver(exc)
    click.echo(format_rows(result.columns, result.rows, fmt))


COMMANDS: list[click.Command] = [query, cypher]
