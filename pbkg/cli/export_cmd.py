"""``pbkg export``: write a built graph (DIR/graph.json) in other formats."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from graph.rdf import FORMATS
from graph.rdf.iris import DEFAULT_BASE_IRI, check_base_iri  # light: no rdflib


@click.group("export")
def export_group() -> None:
    """Export a built graph (DIR/graph.json, written by `pbkg build`) in other formats."""


@export_group.command("rdf")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default=None,
    help="File to write ('-' for standard output). Default: DIR/graph.<suffix of the format>.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(FORMATS)),
    default="turtle",
    show_default=True,
    help="RDF serialisation.",
)
@click.option(
    "--base-iri",
    default=DEFAULT_BASE_IRI,
    show_default=True,
    help="Namespace of the exported resources; absolute, ending in '/' or '#'.",
)
def rdf_command(directory: Path, output: str | None, fmt: str, base_iri: str) -> None:
    """Export DIR/graph.json as RDF (W3C ORG, PROV-O, schema.org, SKOS and pbkg terms)."""
    from graph.io import read_node_link
    from graph.rdf.export import write_rdf  # rdflib and pypinyin: only when exporting

    try:
        check_base_iri(base_iri)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--base-iri") from None
    source = directory / "graph.json"
    if not source.is_file():
        raise click.ClickException(f"no graph.json in {directory} (run `pbkg build` first)")
    kg = read_node_link(source)
    if output == "-":
        write_rdf(kg, sys.stdout, fmt, base_iri)
        return
    target = Path(output) if output else directory / f"graph{FORMATS[fmt]}"
    n = write_rdf(kg, target, fmt, base_iri)
    click.echo(f"wrote {n} triples to {target}", err=True)


COMMANDS: list[click.Command] = [export_group]
