"""``pbkg build`` (articles → graph files, optionally Neo4j) and ``pbkg load`` (graph → Neo4j)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pbkg.cli.extract_cmd import load_model_option, model_option, units_model, units_option

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
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where extraction and the merge run: processes here, or a Dask cluster "
    "(pip install 'pbkg[dask]'); the outputs are the same.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --engine dask: the scheduler of an existing cluster (tcp://host:8786); "
    "default: a local cluster of --jobs workers.",
)
@model_option
@units_option
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
    engine: str,
    scheduler: str | None,
    model_path: str | None,
    units: str,
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
    from graph.neo4j import LoadError
    from graph.reviews import DecisionError
    from pbkg.build import NothingToBuild, build_corpus

    settings = (
        _settings(neo4j_uri, neo4j_username, neo4j_password, neo4j_database) if to_neo4j else None
    )
    if scheduler is not None and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    if engine == "dask":
        try:
            import dask.distributed  # noqa: F401
        except ImportError:
            click.echo("--engine dask needs Dask: pip install 'pbkg[dask]'", err=True)
            sys.exit(2)
    try:
        summary = build_corpus(
            list(paths),
            Path(out_dir),
            jobs,
            neo4j=settings,
            reviews=reviews,
            engine=engine,
            scheduler=scheduler,
            model=load_model_option(model_path),
            units=units_model(units),
        )
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
@click.option(
    "--bulk",
    is_flag=True,
    help="Write neo4j-admin import files (DIRECTORY/import) and import them into an empty "
    "database, offline (the server must be stopped).",
)
@click.option(
    "--csv-only", is_flag=True, help="With --bulk: write the import files, print the command."
)
@click.option(
    "--neo4j-home",
    envvar="NEO4J_HOME",
    type=click.Path(file_okay=False),
    help="With --bulk: a local Neo4j installation; runs its bin/neo4j-admin [env NEO4J_HOME].",
)
@click.option(
    "--neo4j-admin",
    "admin_command",
    envvar="PBKG_NEO4J_ADMIN",
    help="With --bulk: the command that runs neo4j-admin, if not NEO4J_HOME/bin/neo4j-admin "
    "[env PBKG_NEO4J_ADMIN].",
)
@click.option("--overwrite", is_flag=True, help="With --bulk: replace the database if it exists.")
def load_command(
    directory: str,
    neo4j_uri: str | None,
    neo4j_username: str | None,
    neo4j_password: str | None,
    neo4j_database: str | None,
    bulk: bool,
    csv_only: bool,
    neo4j_home: str | None,
    admin_command: str | None,
    overwrite: bool,
) -> None:
    """Load DIRECTORY/graph.json (written by `pbkg build`) into Neo4j.

    Unchanged articles are skipped; an article whose file was read again is replaced.
    Exit status 2 when Neo4j cannot be reached or refuses the load.

    With --bulk the graph is imported offline by `neo4j-admin database import full` into
    an empty database instead (exit status 2 when the import fails); then start Neo4j
    and run `pbkg load DIRECTORY` once: it creates the constraints and indexes and finds
    every article loaded.
    """
    from graph.io import read_node_link

    kg = read_node_link(Path(directory) / "graph.json")
    if bulk:
        _bulk_load(
            kg, Path(directory), neo4j_database, csv_only, neo4j_home, admin_command, overwrite
        )
        return
    from graph.neo4j import LoadError, load_graph

    settings = _settings(neo4j_uri, neo4j_username, neo4j_password, neo4j_database)
    try:
        summary = load_graph(kg, settings, progress=sys.stderr.isatty())
    except LoadError as e:
        click.echo(f"neo4j: {e}", err=True)
        sys.exit(2)
    _print_summary(summary.to_dict())


def _bulk_load(
    kg: Any,
    directory: Path,
    database: str | None,
    csv_only: bool,
    neo4j_home: str | None,
    admin_command: str | None,
    overwrite: bool,
) -> None:
    import shlex
    import time

    from graph.neo4j.bulk import BulkImportError, run_import, write_import_files
    from graph.neo4j.bulk import admin_command as resolve_admin

    database = database or "neo4j"
    t0 = time.perf_counter()
    try:
        files = write_import_files(kg, directory / "import")
        write_s = time.perf_counter() - t0
        summary: dict[str, Any] = {
            "files": str(files.directory),
            "nodes": files.node_count,
            "relationships": files.relationship_count,
            "write_seconds": round(write_s, 3),
        }
        if csv_only:
            summary["command"] = (
                f"cd {shlex.quote(str(files.directory))} && "
                f"neo4j-admin database import full {shlex.quote(database)} @import.args"
            )
            _print_summary(summary)
            return
        admin = resolve_admin(neo4j_home or None, admin_command)
        result = run_import(files, admin, database, overwrite=overwrite)
    except BulkImportError as e:
        click.echo(f"neo4j bulk import: {e}", err=True)
        sys.exit(2)
    summary["import_seconds"] = round(result.seconds, 3)
    summary["next"] = (
        f"start Neo4j, then `pbkg load {directory}` creates the constraints and indexes"
    )
    _print_summary(summary)


COMMANDS: list[click.Command] = [build_command, load_command]
