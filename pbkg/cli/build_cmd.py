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
    # A plain path: whether it can be written is checked by the build itself, before
    # extraction, with a one-line error (click's own check prints its usage text).
    "--out",
    "out_dir",
    required=True,
    type=click.Path(),
    help="Output directory.",
)
@click.option(
    "--jobs", default=1, show_default=True, type=click.IntRange(min=1), help="Extraction processes."
)
@click.option("--neo4j", "to_neo4j", is_flag=True, help="Also load the graph into Neo4j.")
@click.option(
    "--reviews",
    type=click.Path(exists=True, dir_okay=False),
    help="Apply reviewers' decisions (a `pbkg review` file) after extraction.",
)
@_neo4j_options
def build_command(
    paths: tuple[str, ...],
    out_dir: str,
    jobs: int,
    to_neo4j: bool,
    reviews: str | None,
    neo4j_uri: str | None,
    neo4j_username: str | None,
    neo4j_password: str | None,
    neo4j_database: str | None,
) -> None:
    """Read, extract and merge articles into one graph; write OUT/extractions.jsonl,
    OUT/graph.json, OUT/graph.graphml (and the other export files), print a summary.

    Rejected inputs are listed in the summary and on stderr; the exit status is then 1
    (the outputs are still written from everything else); 2 when Neo4j cannot be
    reached or refuses the load (the files are written all the same). OUT is checked
    before extraction; its files are replaced only once all new ones are written, and
    not at all when no article was read (exit status 1).
    """
    from graph.neo4j_store import LoadError
    from graph.reviews import DecisionError
    from pbkg.build import NothingToBuild, build_corpus

    settings = (
        _settings(neo4j_uri, neo4j_username, neo4j_password, neo4j_database) if to_neo4j else None
    )
    try:
        summary = build_corpus(list(paths), Path(out_dir), jobs, neo4j=settings, reviews=reviews)
    except DecisionError as e:
        raise click.UsageError(f"--reviews: {e}") from e
    except LoadError as e:
        click.echo(f"neo4j: {e}", err=True)
        click.echo(f"the files are written in {out_dir}; `pbkg load {out_dir}` retries", err=True)
        sys.exit(2)
    except NothingToBuild as e:
        for reason in e.rejected:
            click.echo(f"rejected: {reason}", err=True)
        raise click.ClickException(f"{e}; {out_dir} left as it was") from None
    for reason in summary.rejected:
        click.echo(f"rejected: {reason}", err=True)
    for item in summary.reviews.get("unmatched", []) if summary.reviews else []:
        click.echo(f"review decision matches nothing ({item['reason']}): {item}", err=True)
    if reviews is None and (Path(out_dir) / "reviews.jsonl").exists():
        click.echo(f"note: {out_dir}/reviews.jsonl not applied (--reviews applies it)", err=True)
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
    from graph.neo4j_store import LoadError, load_graph

    kg = read_node_link(Path(directory) / "graph.json")
    settings = _settings(neo4j_uri, neo4j_username, neo4j_password, neo4j_database)
    try:
        summary = load_graph(kg, settings, progress=sys.stderr.isatty())
    except LoadError as e:
        click.echo(f"neo4j: {e}", err=True)
        sys.exit(2)
    _print_summary(summary.to_dict())


COMMANDS: list[click.Command] = [build_command, load_command]
