"""File formats → the text units to clean and split, with their offsets and metadata.

* ``.txt`` (and unknown suffixes): the decoded file is the text.
* ``.md``: Markdown markers (``#``, ``>``, ``**``, link and image syntax) are dropped,
  keeping offsets into the file.
* ``.html``/``.htm``: the page's main text (see :mod:`ingest.read.html`).
* ``.jsonl``: one article per line (``text``; optional ``title``, ``date``, ``source``,
  ``url``, ``id``). Offsets of a record point into its ``text`` value, the text as the
  crawler saw it; each record is one story (it is not split further).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ingest.read.decode import DecodeError, decode_bytes
from ingest.read.mapped import MappedText

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".jsonl", *HTML_SUFFIXES)


@dataclass(frozen=True)
class Unit:
    """A text to read stories from: one file, or one JSON Lines record."""

    text: MappedText
    doc: str
    encoding: str
    markup: bool = True  # may hold leftover tags (plain text files)
    split: bool = True  # may hold several stories
    meta: dict[str, Any] = field(default_factory=dict)  # title, date, source, url
    line: int | None = None


class UnitError(ValueError):
    """One record of a file could not be read (the others still are)."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.line = line


_MD_LINE = re.compile(r"^(?:#{1,6}[ \t]+|>[ \t]?|[ \t]*[-*+][ \t]+(?=\S))", re.M)
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"(\[)[^\]\n]*(\]\([^)\n]*\))")
_MD_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`+")
_MD_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M)


def markdown_spans(text: str) -> list[tuple[int, int]]:
    """Spans of Markdown syntax to drop: heading/quote/list markers, emphasis, rules,
    images, and the brackets and target of links (their words are kept)."""
    spans = [m.span() for m in _MD_LINE.finditer(text)]
    spans += [m.span() for m in _MD_IMAGE.finditer(text)]
    spans += [m.span() for m in _MD_RULE.finditer(text)]
    for m in _MD_LINK.finditer(text):
        spans += [m.span(1), m.span(2)]
    spans += [m.span() for m in _MD_EMPHASIS.finditer(text)]
    return spans


def file_units(path: Path, data: bytes) -> Unit:
    """The unit of a whole (non-JSONL) file. Raises DecodeError for bad bytes."""
    decoded = decode_bytes(data)
    text = decoded.text
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        from ingest.read.html import extract_main  # lxml is loaded only for HTML

        page = extract_main(text)
        return Unit(page.text, path.name, decoded.encoding, markup=False, meta=page.meta)
    mapped = MappedText.identity(text)
    if suffix in (".md", ".markdown"):
        mapped = mapped.delete(markdown_spans(text))
    return Unit(mapped, path.name, decoded.encoding)


def jsonl_units(
    path: Path, fh: IO[bytes], max_line_bytes: int, first_line: int = 1
) -> Iterator[Unit | UnitError]:
    """One unit per JSON Lines record, streamed; a bad line yields a UnitError.

    ``first_line`` is the line number of ``fh``'s first line (a part of a larger file
    read on its own keeps the file's line numbers, which name its records)."""
    for n, raw in enumerate(_bounded_lines(fh, max_line_bytes), start=first_line):
        if raw is None:
            yield UnitError(f"line longer than {max_line_bytes} bytes", n)
            continue
        if not raw.strip():
            continue
        try:
            line = decode_bytes(raw).text
            record = json.loads(line)
        except (DecodeError, json.JSONDecodeError) as exc:
            yield UnitError(f"malformed JSON Lines record: {exc}", n)
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield UnitError("record has no string 'text' field", n)
            continue
        if not record["text"].strip():
            yield UnitError("record has an empty 'text'", n)
            continue
        meta = {k: str(record[k]) for k in ("title", "date", "source", "url") if record.get(k)}
        doc = str(record["id"]) if record.get("id") not in (None, "") else f"{path.name}:{n}"
        yield Unit(
            MappedText.identity(record["text"]),
            doc,
            "utf-8",
            split=False,
            meta=meta,
            line=n,
        )


def _bounded_lines(fh: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """Lines of ``fh``; None in place of a line longer than ``limit`` (skipped without
    ever holding more than ``limit`` bytes of it)."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # drain the rest of the long line
                line = fh.readline(1 << 20)
            yield None
            continue
        yield line
