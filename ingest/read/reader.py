"""Read article files into :class:`~ingest.model.Article` records (the public entry point).

``read_paths`` walks files and directories (recursively, in sorted order), decodes,
cleans and splits each file, and yields one Article per story, or a ReadError per
rejected input. It streams: one file — or one JSON Lines record — is in memory at a time,
so a large corpus reads in bounded memory. A single article file larger than
:data:`MAX_FILE_BYTES` is rejected with a ReadError rather than loaded: no real page is
that big, and a runaway file must not take the whole run down. JSON Lines files may be
any size; each of their lines is held to the same limit.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from ingest.model import Article, ReadError
from ingest.read.cleanup import clean
from ingest.read.dates import full_date, lead_date, page_year, path_date
from ingest.read.decode import DecodeError
from ingest.read.formats import TEXT_SUFFIXES, Unit, UnitError, file_units, jsonl_units
from ingest.read.mapped import MappedText
from ingest.read.sentences import split_sentences
from ingest.read.simplify import to_simplified
from ingest.read.split import Story, split_stories

MAX_FILE_BYTES = 20 * 1024 * 1024


def read_paths(
    paths: Iterable[str | Path], *, max_file_bytes: int = MAX_FILE_BYTES
) -> Iterator[Article | ReadError]:
    """Yield the stories of every file under ``paths``.

    In: file or directory paths (directories are walked recursively; inside them only
    files with a known suffix — .txt .md .html .htm .jsonl — are read, hidden ones
    skipped; a file named explicitly is read whatever its suffix). Out: Articles and
    ReadErrors, in sorted path order, stories in page order. Raises nothing for bad
    input: every problem is yielded as a ReadError naming the path (and line).
    """
    for path in iter_files(paths):
        if isinstance(path, ReadError):
            yield path
            continue
        yield from read_file(path, max_file_bytes=max_file_bytes)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    """The files named by ``paths``, directories expanded recursively in sorted order."""
    if isinstance(paths, str | Path):  # one path, not an iterable of its characters
        paths = [paths]
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists() or path.is_symlink():
            yield path
        else:
            yield ReadError(str(path), "no such file or directory")


def _walk(root: Path, seen: set[tuple[int, int]] | None = None) -> Iterator[Path | ReadError]:
    seen = set() if seen is None else seen
    try:
        st = root.stat()
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield ReadError(str(root), f"cannot list directory: {exc.strerror or exc}")
        return
    if (st.st_dev, st.st_ino) in seen:  # a symlink loop: each directory is read once
        return
    seen.add((st.st_dev, st.st_ino))
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir():
            yield from _walk(path, seen)
        elif path.suffix.lower() in TEXT_SUFFIXES:
            yield path


def read_file(path: Path, *, max_file_bytes: int = MAX_FILE_BYTES) -> Iterator[Article | ReadError]:
    """The stories of one file (see :func:`read_paths`)."""
    where = str(path)
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # a pipe or device would block or never end
            yield ReadError(where, "not a regular file")
            return
        size = st.st_size
        if path.suffix.lower() == ".jsonl":
            with path.open("rb") as fh:
                for unit in jsonl_units(path, fh, max_file_bytes):
                    if isinstance(unit, UnitError):
                        yield ReadError(where, str(unit), unit.line)
                    else:
                        yield from _articles(unit, where)
            return
        if size > max_file_bytes:
            yield ReadError(
                where,
                f"file too large ({size / 2**20:.1f} MB; the limit for one article file "
                f"is {max_file_bytes / 2**20:.0f} MB)",
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(where, f"cannot read: {exc.strerror or exc}")
        return
    try:
        unit = file_units(path, data)
    except DecodeError as exc:
        yield ReadError(where, str(exc))
        return
    produced = False
    for article in _articles(unit, where):
        produced = True
        yield article
    if not produced:
        yield ReadError(where, "no article text found")


def read_jsonl_part(
    path: Path, data: bytes, first_line: int, *, max_file_bytes: int = MAX_FILE_BYTES
) -> Iterator[Article | ReadError]:
    """The stories of some whole lines of a JSON Lines file, given as bytes: what
    :func:`read_file` yields for those lines, ``first_line`` being the line number of
    the first (so that parts of one large file can be read in parallel)."""
    import io

    where = str(path)
    for unit in jsonl_units(path, io.BytesIO(data), max_file_bytes, first_line):
        if isinstance(unit, UnitError):
            yield ReadError(where, str(unit), unit.line)
        else:
            yield from _articles(unit, where)


def read_text(text: str, doc: str = "<text>", *, split: bool = True) -> list[Article]:
    """The stories of a page given as a string (no file): cleaned, split and described
    exactly as :func:`read_paths` would read it from a UTF-8 ``.txt`` file named ``doc``.

    In: the page text; ``split=False`` keeps it as one story. Out: its Articles (none for
    a blank text); offsets point into ``text``. Raises nothing.
    """
    unit = Unit(MappedText.identity(text), doc, "utf-8", split=split)
    return list(_articles(unit, doc))


def _articles(unit: Unit, where: str) -> Iterator[Article]:
    cleaned = clean(unit.text, markup=unit.markup)
    stories = split_stories(cleaned.text) if unit.split else [_whole(cleaned.text)]
    published = full_date(unit.meta.get("date", "")) if unit.meta.get("date") else None
    # The page's date as written into its URL or file name (/2023/1024/, t20231024_1.html).
    stamp = published or path_date(unit.meta.get("url", "")) or path_date(unit.doc)
    # Each story's own date (a credit line, or a complete or month-only date opening its
    # lead): the dated context for a neighbour that writes only 10月24日.
    leads = [lead_date(story.lead, None) for story in stories]
    own = [story.date or lead for story, lead in zip(stories, leads, strict=True)]
    most_mentioned = None if published else page_year(cleaned.text)  # once per page
    for index, story in enumerate(stories):
        title = story.title
        if index == 0 and unit.meta.get("title"):
            title = title if unit.split and title else unit.meta["title"]
        event = leads[index] or lead_date(
            story.lead,
            _context_year(index, own, published, stamp, most_mentioned),
            stamp if stamp and len(stamp) == 10 else None,
        )
        date = story.date or event
        if published and len(stories) == 1:
            date = published  # the date the record or page gives is its publication date
        yield _article(
            cleaned.slice(story.start, story.end),
            unit,
            where,
            index=index,
            title=title,
            date=date,
            event_date=event,
            authors=story.authors,
            source=unit.meta.get("source") or story.source,
        )


def _context_year(
    index: int,
    own: list[str | None],
    published: str | None,
    stamp: str | None,
    most_mentioned: int | None,
) -> int | None:
    """The year to complete a story's ``10月24日`` with, from the nearest dated context:
    the page's publish date, else the nearest other story's own date (the one before on
    a tie), else a date in the page's URL or file name, else the year the page mentions
    most (a copyright line, say). None when the page names no year: none is invented."""
    if published:
        return int(published[:4])
    near = min(((abs(j - index), j > index, d) for j, d in enumerate(own) if d), default=None)
    if near:
        return int(near[2][:4])
    if stamp:
        return int(stamp[:4])
    return most_mentioned


def _whole(text: str) -> Story:
    stripped = text.strip()
    start = text.find(stripped[:1]) if stripped else 0
    return Story(start, start + len(stripped), None, lead=stripped[:300])


def _article(
    story: MappedText,
    unit: Unit,
    where: str,
    *,
    index: int,
    title: str | None,
    date: str | None,
    event_date: str | None,
    authors: tuple[str, ...],
    source: str | None,
) -> Article:
    text = story.text
    simplified = to_simplified(text)
    return Article(
        id=_hash(simplified),
        doc=unit.doc,
        path=where,
        text=text,
        simplified=simplified,
        sentences=split_sentences(text),
        span=(story.source_offset(0), story.source_end()),
        offset_map=story.breaks,
        title=title,
        date=date,
        event_date=event_date,
        authors=authors,
        source=source,
        url=unit.meta.get("url"),
        encoding=unit.encoding,
        index=index,
    )


def article_id(text: str) -> str:
    """A stable id for a story: a hash of its normalised text (NFKC, simplified script,
    no whitespace), so the same story reads to the same id from UTF-8, GB18030 or Big5
    traditional copies."""
    return _hash(to_simplified(text))


def _hash(simplified: str) -> str:
    norm = re.sub(r"\s+", "", unicodedata.normalize("NFKC", simplified))
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]
