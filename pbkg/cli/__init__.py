"""The ``pbkg`` command line: a thin layer over the library.

Each command module parses its arguments, makes one library call and prints; heavy
libraries are imported inside the commands so that ``pbkg --help`` stays instant.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from pbkg.cli import (
    build_cmd,
    export_cmd,
    extract_cmd,
    neo4j_cmd,
    query_cmd,
    read_cmd,
    review_cmd,
    viz_cmd,
)


class _Cli(click.Group):
    """The command group, ending any command on an error the user can fix (a file that
    cannot be read or written, a graph.json that is not one) with one line on stderr,
    ``Error: PATH: reason``, and exit status 1, instead of a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        from ingest import regex_cache

        regex_cache.save_at_exit()  # a pbkg process's patterns, compiled for the next
        try:
            return super().invoke(ctx)
        except Exception as exc:
            message = user_error(exc)
            if message is None:
                raise  # a bug: keep its traceback
            raise click.ClickException(message) from None


def user_error(exc: BaseException) -> str | None:
    """One line (path and reason) for an error the user can fix, else None."""
    if isinstance(exc, OSError) and exc.filename is not None:
        return f"{exc.filename}: {exc.strerror or exc}"
    if isinstance(exc, OSError):
        return str(exc)
    io = sys.modules.get("graph.io")  # not loaded: no command read a graph file
    if io is not None and isinstance(exc, io.GraphFileError):
        return str(exc)
    return None


@click.group(cls=_Cli, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="pbkg")
def cli() -> None:
    """pbkg: a knowledge graph of regional Party-building partnerships (区域化党建)."""


for _module in (
    read_cmd,
    extract_cmd,
    build_cmd,
    query_cmd,
    export_cmd,
    viz_cmd,
    review_cmd,
    neo4j_cmd,
):
    for _command in _module.COMMANDS:
        cli.add_command(_command)


def main() -> None:
    cli(prog_name="pbkg")
