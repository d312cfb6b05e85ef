"""``pbkg build`` (articles → graph files, optionally Neo4j) and ``pbkg load`` (graph → Neo4j)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from graph.settings import Neo4jSettings


def _neo4j_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """Connection flags; each falls back to its NEO4J_* environment variable."""
    for option in reversed(
        [
            click.option(
                "--uri", "neo4j_uri", help="Bolt URI [env NEO4J_URI; bolt://localhost:7687]."
            ),
            click.option("--username", "neo4j_username", help="[env NEO4J_USERNAME; neo4j]."),
            click.option(
                "--password",
                "neo4j_password",
                help="[env NEO4J_PASSWORD]; prefer the environment, flags show in `ps`.",
            ),
            click.option("--database", "neo4j_database", help="[env NEO4J_DATABASE]."),
        ]
    ):
        f = option(f)
    return f


def _settings(
    uri: str | None, username: str | None, password: str | None, database: str | None
) -> Neo4jSettings:
    from graph.settings import Neo4jSettings

    return Neo4jSettings.from_env(uri=uri, username=username, password=password, database=database)


def _print_summary(summary: dict[str, Any]) -> None:
    click.echo(json.dumps(summary, ensure_ascii=False, indent=1))


@click.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Output directory."
)
@click.option(
    "--jobs", default=1, show_default=True, type=click.IntRange(min=1), help="Extraction processes."
)
@click.option("--neo4j", "to_neo4j", is_flag=True, help="Also load the graph into Neo4j.")
@_neo4j_options
def build_command(
    paths: tuple[str, ...],
    out_dir: str,
    jobs: int,
    to_neo4j: bool,
    neo4j_uri: str | None,
    neo4j_username: str | None,
    neo4j_password: str | None,
    neo4j_database: str | None,
) -> None:
    """Read, extract and merge articles into one graph; write OUT/extractions.jsonl,
    OUT/graph.json, OUT/graph.graphml (and the other export files), print a summary.

    Rejected inputs are listed in the summary and on stderr; the exit status is then 1
    (the outputs are still written from everything else); 2 when Neo4j cannot be
    reached or refuses the load (the files are written all the same).
    """
    from graph.neo4j import LoadError
    from pbkg.build import build_corpus

    settings = (
        _settings(neo4j_uri, neo4j_username, neo4j_password, neo4j_database) if to_neo4j else None
    )
    try:
        summary = build_corpus(list(paths), Path(out_dir), jobs, neo4j=settings)
    except LoadError as e:
        click.echo(f"neo4j: {e}", err=True)
        click.echo(f"the files are written in {out_dir}; `pbkg load {out_dir}` retries", err=True)
        sys.exit(2)
    for reason in summary.rejected:
        click.echo(f"rejected: {reason}", err=True)
    _print_summary(summary.to_dict())
    if summary.rejected:
        sys.exit(1)


@click.command("load")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@_neo4j_options
def load_command(
    directory: str,
    neo4j_uri: str | None,
    neo4j_username: str | None,
    neo4j_password: str | None,
    neo4j_database: str | None,
) -> None:
    """Load DIRECTORY/graph.json (written by `pbkg build`) into Neo4j.

    Unchanged articles are skipped; an article whose file was read again is replaced.
    Exit status 2 when Neo4j cannot be reached or refuses the load.
    """
    from graph.io import read_node_link
    from graph.neo4j import LoadError, load_graph

    kg = read_node_link(Path(directory) / "graph.json")
    settings = _settings(neo4j_uri, neo4j_username, neo4j_password, neo4j_database)
    try:
        summary = load_graph(kg, settings, progress=sys.stderr.isatty())
    except LoadError as e:
        click.echo(f"neo4j: {e}", err=True)
        sys.exit(2)
    _print_summary(summary.to_dict())


COMMANDS: list[click.Command] = [build_command, load_command]
