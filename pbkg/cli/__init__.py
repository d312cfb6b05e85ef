"""The ``pbkg`` command line: a thin layer over the library.

Each command module parses its arguments, makes one library call and prints; heavy
libraries are imported inside the commands so that ``pbkg --help`` stays instant.
"""

from __future__ import annotations

import click

from pbkg.cli import (
    build_cmd,
    export_cmd,
    extract_cmd,
    neo4j_cmd,
    query_cmd,
    read_cmd,
    viz_cmd,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="pbkg")
def cli() -> None:
    """pbkg: a knowledge graph of regional Party-building partnerships (区域化党建)."""


for _module in (read_cmd, extract_cmd, build_cmd, query_cmd, export_cmd, viz_cmd, neo4j_cmd):
    for _command in _module.COMMANDS:
        cli.add_command(_command)


def main() -> None:
    cli(prog_name="pbkg")
