"""``pbkg review``: a page of what extraction was unsure of, to confirm, reject or merge."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

import click


def _default_reviewer() -> str:
    try:
        return os.environ.get("PBKG_REVIEWER") or getpass.getuser()
    except (KeyError, OSError):
        return ""


@click.command("review")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--reviews",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The decisions file [default: DIRECTORY/reviews.jsonl].",
)
@click.option(
    "--threshold",
    default=0.8,
    show_default=True,
    type=click.FloatRange(0.0, 1.0),
    help="Pairings and posts less confident than this are queued.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The page to write [default: DIRECTORY/review.html].",
)
@click.option("--serve", is_flag=True, help="Serve the page on 127.0.0.1; Save writes --reviews.")
@click.option(
    "--port", default=0, type=click.IntRange(0, 65535), help="With --serve [default: any free]."
)
@click.option("--no-open", is_flag=True, help="Do not open a browser.")
@click.option("--by", "reviewer", help="Reviewer's name [env PBKG_REVIEWER; your login].")
def review_command(
    directory: Path,
    reviews: Path | None,
    threshold: float,
    output: Path | None,
    serve: bool,
    port: int,
    no_open: bool,
    reviewer: str | None,
) -> None:
    """Write DIRECTORY/review.html: the pairings and posts below --threshold, the
    pairings the model turned down just below its own threshold (possible misses) and
    the probable duplicate units of DIRECTORY/graph.json, each with its evidence, to accept,
    reject, merge, rename, retype or date. With --serve the page's Save button appends
    the decisions to the decisions file; without it Save downloads the whole file.
    `pbkg build ... --reviews FILE` applies them on every rebuild."""
    import webbrowser

    from ingest.atomicio import atomic_write_text
    from pbkg.review import ReviewServer, review_page

    if not (directory / "graph.json").is_file():
        raise click.UsageError(f"{directory / 'graph.json'} not found: run `pbkg build`")
    run = review_page(
        directory, reviews, threshold=threshold, reviewer=reviewer or _default_reviewer()
    )
    page = output or directory / "review.html"
    atomic_write_text(page, run.html)
    kinds = ", ".join(f"{k} {n}" for k, n in run.kinds.items())
    kinds = f" ({kinds})" if kinds else ""
    click.echo(f"{page}: {run.items} items to review{kinds}; decisions in {run.reviews}")
    if not serve:
        if not no_open:
            webbrowser.open(page.resolve().as_uri())
        return
    server = ReviewServer(run.render, run.reviews, port)
    click.echo(f"serving on {server.url}  (Ctrl-C stops)")
    if not no_open:
        webbrowser.open(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


COMMANDS: list[click.Command] = [review_command]
