"""`pbkg extract` and `pbkg eval`: the extraction stage and its scorer, from the shell."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO

import click

from ingest.atomicio import atomic_open


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write JSON Lines here (atomically) instead of standard output.",
)
@click.option(
    "--jobs",
    "-j",
    type=int,
    default=1,
    show_default=True,
    help="Extract files in this many processes.",
)
@click.option("--per-story", is_flag=True, help="One object per story instead of one per file.")
def extract_command(paths: tuple[str, ...], output: str | None, jobs: int, per_story: bool) -> None:
    """Extract units, people, posts and pairings from article files or directories.

    Writes one JSON object per file (GOLD_FORMAT §3), or per story with --per-story.
    Unreadable inputs are reported on standard error and make the exit status 1; every
    other input is still extracted.
    """
    from ingest.extract.pipeline import extract_paths, file_records
    from ingest.model import ReadError

    items = extract_paths(paths, jobs=jobs)
    stream = (
        (x if isinstance(x, ReadError) else x.to_record() for x in items)
        if per_story
        else file_records(items)
    )
    errors = 0

    def write(fh: IO[str]) -> None:
        nonlocal errors
        for rec in stream:
            if isinstance(rec, ReadError):
                errors += 1
                click.echo(f"pbkg extract: {rec}", err=True)
                continue
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    if output:
        with atomic_open(output) as fh:
            write(fh)
    else:
        write(sys.stdout)
    if errors:
        sys.exit(1)


@click.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--quiet", "-q", is_flag=True, help="Scores only, no lists of misses.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_command(gold_dir: str, paths: tuple[str, ...], quiet: bool, as_json: bool) -> None:
    """Score extraction against gold files (GOLD_FORMAT §4): per-type P/R/F1, pairings,
    posts, linking accuracy, then the misses and false alarms.

    PATHS are extraction outputs (.jsonl) or article files/directories to extract first.
    """
    from ingest.extract.evaluate import evaluate, format_report, load_gold

    records: list[dict] = []
    to_extract = []
    for p in paths:
        if p.endswith(".jsonl") and Path(p).is_file():
            with open(p, encoding="utf-8") as fh:
                records += [json.loads(line) for line in fh if line.strip()]
        else:
            to_extract.append(p)
    if to_extract:
        from ingest.extract.pipeline import extract_paths, file_records
        from ingest.model import ReadError

        for rec in file_records(extract_paths(to_extract)):
            if isinstance(rec, ReadError):
                click.echo(f"pbkg eval: {rec}", err=True)
            else:
                records.append(rec)
    report = evaluate(load_gold(gold_dir), records)
    if as_json:
        click.echo(json.dumps(report.summary(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report, details=not quiet))


COMMANDS: list[click.Command] = [extract_command, eval_command]
