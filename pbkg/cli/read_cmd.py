"""``pbkg read``: show how pbkg reads and splits article files (JSON Lines on stdout)."""

from __future__ import annotations

import json
import sys

import click


@click.command("read")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--text", "with_text", is_flag=True, help="Include each story's cleaned text.")
def read_command(paths: tuple[str, ...], with_text: bool) -> None:
    """Read article files or directories and print one JSON object per story.

    Rejected inputs are reported on stderr, one line each; the exit status is 1 when
    anything was rejected (everything else is still read).
    """
    from ingest.model import ReadError
    from ingest.read.reader import read_paths

    rejected = 0
    for item in read_paths(paths):
        if isinstance(item, ReadError):
            rejected += 1
            click.echo(str(item), err=True)
            continue
        record = {
            "id": item.id,
            "doc": item.doc,
            "index": item.index,
            "title": item.title,
            "date": item.date,
            "event_date": item.event_date,
            "authors": list(item.authors),
            "source": item.source,
            "url": item.url,
            "encoding": item.encoding,
            "span": list(item.span),
            "sentences": len(item.sentences),
        }
        if with_text:
            record["text"] = item.text
        click.echo(json.dumps(record, ensure_ascii=False))
    if rejected:
        sys.exit(1)


COMMANDS: list[click.Command] = [read_command]
