"""``pbkg neo4j start|stop|status``: a persistent local Neo4j without Docker."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click


def _server(home: str | None, port: int | None):  # -> pbkg.local_neo4j.LocalServer
    from graph.settings import Neo4jSettings
    from pbkg.local_neo4j import DEFAULT_LAUNCHER, LocalServer, default_home

    if port is None:
        uri = Neo4jSettings.from_env().uri
        port = int(uri.rsplit(":", 1)[1]) if uri.rsplit(":", 1)[-1].isdigit() else 7687
    return LocalServer(
        home=Path(home) if home else default_home(),
        launcher=Path(os.environ.get("PBKG_NEO4J_LAUNCHER") or DEFAULT_LAUNCHER),
        port=port,
        heap=os.environ.get("PBKG_NEO4J_HEAP") or "1g",
    )


_home = click.option(
    "--home",
    type=click.Path(file_okay=False),
    help="Data directory [env PBKG_NEO4J_HOME; ~/.local/share/pbkg/neo4j].",
)
_port = click.option(
    "--port", type=int, help="Bolt port on 127.0.0.1 [the port of NEO4J_URI; 7687]."
)


@click.group("neo4j")
def neo4j_group() -> None:
    """A persistent local Neo4j 5.26 without Docker (needs Java 17 and `make neo4j-server`)."""


@neo4j_group.command("start")
@_home
@_port
@click.option(
    "--env-file",
    type=click.Path(dir_okay=False),
    default=".env",
    show_default=True,
    help="Read NEO4J_PASSWORD from this file when the environment has none.",
)
def start_command(home: str | None, port: int | None, env_file: str) -> None:
    """Start the server in the background, Bolt on 127.0.0.1, the password NEO4J_PASSWORD."""
    from graph.settings import read_env_file
    from pbkg.local_neo4j import LocalNeo4jError, start

    password = os.environ.get("NEO4J_PASSWORD") or read_env_file(env_file).get("NEO4J_PASSWORD")
    server = _server(home, port)
    try:
        uri = start(server, password or "")
    except LocalNeo4jError as e:
        click.echo(f"neo4j: {e}", err=True)
        sys.exit(2)
    click.echo(f"Neo4j runs at {uri} (data in {server.home}; `pbkg neo4j stop` stops it)")


@neo4j_group.command("stop")
@_home
def stop_command(home: str | None) -> None:
    """Stop the server started by `pbkg neo4j start`."""
    from pbkg.local_neo4j import stop

    server = _server(home, 0)
    click.echo("Neo4j stopped" if stop(server) else "no local Neo4j was running")


@neo4j_group.command("status")
@_home
def status_command(home: str | None) -> None:
    """Say whether the local server runs (exit status 1 when it does not)."""
    from pbkg.local_neo4j import status

    server = _server(home, 0)
    pid = status(server)
    if pid is None:
        click.echo(f"no local Neo4j runs on {server.home}")
        sys.exit(1)
    click.echo(f"Neo4j runs (pid {pid}; {server.pid_file.read_text().split()[-1]})")


COMMANDS: list[click.Command] = [neo4j_group]
