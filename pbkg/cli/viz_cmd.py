"""``pbkg viz``: an interactive, self-contained HTML network of a built graph."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from viz.data import Mode

LAYOUTS: dict[str, Mode | None] = {
    "auto": None,
    "physics": "physics",
    "precomputed": "precomputed",
    "overview": "overview",
}


def _split_kinds(values: tuple[str, ...]) -> tuple[str, ...]:
    # `--kind 结对帮扶,村居共建` and `--kind 结对帮扶 --kind 村居共建` mean the same.
    return tuple(k for v in values for k in re.split(r"[,，、\s]+", v) if k)


def _gazetteer_codes(region: str) -> tuple[str, ...]:
    """Division codes of ``region`` from the national gazetteer; used only when the graph
    has no Region node of that name (a town no article named as such)."""
    from ingest.places.gazetteer import load_gazetteer

    return tuple(load_gazetteer().find(region))


@click.command("viz")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The HTML file to write [default: DIRECTORY/graph.html].",
)
@click.option("--focus", multiple=True, help="A unit's name (repeatable): show its neighbourhood.")
@click.option(
    "--depth",
    default=2,
    show_default=True,
    type=click.IntRange(min=0),
    help="Pairing steps around --focus.",
)
@click.option("--region", help="Only units inside this region (name or division code).")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    help="Only pairings of this kind, e.g. 结对帮扶 (repeatable, or comma-separated).",
)
@click.option(
    "--layout",
    type=click.Choice(sorted(LAYOUTS)),
    default="auto",
    show_default=True,
    help="physics: settles in the browser; precomputed: fixed positions; overview: fixed "
    "positions, opening on one node per town that expands on click or zoom; auto: by size "
    "(up to 500 units, 3000, more).",
)
@click.option("--title", help="The page's title.")
def viz_command(
    directory: Path,
    output: Path | None,
    focus: tuple[str, ...],
    depth: int,
    region: str | None,
    kinds: tuple[str, ...],
    layout: str,
    title: str | None,
) -> None:
    """Write an interactive network of DIRECTORY/graph.json as one HTML file that opens
    offline in any browser (no network request): units coloured and shaped by type,
    pairings styled by kind, tooltips with posts, evidence and sources."""
    from graph.io import read_node_link
    from viz.html import DEFAULT_TITLE, VizOptions, write_html
    from viz.select import check_kinds, find_units

    source = directory / "graph.json"
    if not source.is_file():
        raise click.UsageError(f"{source} not found: run `pbkg build ... --out {directory}`")
    kg = read_node_link(source)
    try:
        check_kinds(kg, _split_kinds(kinds))
    except LookupError as e:
        raise click.UsageError(str(e)) from e
    codes: tuple[str, ...] = ()
    if region and not region.isdigit() and not find_units(kg, region):
        codes = _gazetteer_codes(region)
    options = VizOptions(
        focus=focus,
        depth=depth,
        region=region,
        region_codes=codes,
        kinds=_split_kinds(kinds),
        mode=LAYOUTS[layout],
        title=title or DEFAULT_TITLE,
    )
    try:
        result = write_html(kg, output or directory / "graph.html", options)
    except LookupError as e:
        raise click.UsageError(str(e)) from e
    click.echo(f"{result.path}: {result.nodes} units, {result.edges} pairings ({result.mode})")


COMMANDS: list[click.Command] = [viz_command]
