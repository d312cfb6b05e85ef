"""Render query rows as an aligned text table, JSON or CSV.

The table aligns by display width, not by character count: CJK ideographs and full-width
punctuation take two terminal columns (Unicode East Asian Width W or F), combining marks
none. Long cells are cut with "…" in the table only; JSON and CSV carry every character.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence
from typing import Any

FORMATS: tuple[str, ...] = ("table", "json", "csv")
LIST_SEPARATOR = "; "


def char_width(ch: str) -> int:
    """Terminal columns one character takes: 2 for wide/full-width, 0 for combining."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    return sum(char_width(ch) for ch in text)


def truncate(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` columns, ending in "…" when something was cut."""
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = char_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _cell(value: Any) -> str:
    """A value as one line of text: lists joined with "; ", null as empty."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return " ".join(str(value).split())  # newlines inside quotes would break the grid


def format_table(
    columns: Sequence[str], rows: Sequence[dict[str, Any]], max_width: int = 48
) -> str:
    """An aligned plain-text table with a header rule and a "(N rows)" footer."""
    cells = [[truncate(_cell(r.get(c)), max_width) for c in columns] for r in rows]
    widths = [display_width(c) for c in columns]
    for line in cells:
        widths = [max(w, display_width(c)) for w, c in zip(widths, line, strict=True)]
    out = [
        "  ".join(_pad(c, w) for c, w in zip(columns, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    for line in cells:
        out.append("  ".join(_pad(c, w) for c, w in zip(line, widths, strict=True)).rstrip())
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def format_json(columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> str:
    """A JSON array of row objects, keys in column order, CJK written as is."""
    data = [{c: r.get(c) for c in columns} for r in rows]
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def format_csv(columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> str:
    """RFC 4180 CSV with a header; lists and maps as JSON so that they parse back.

    Records end in CRLF as the RFC says: the csv module quotes only the characters of its
    line terminator, so with a bare "\n" a lone "\r" in a quote would break the record.
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow([_csv_value(r.get(c)) for c in columns])
    return buf.getvalue().removesuffix("\r\n")


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def format_rows(columns: Sequence[str], rows: Sequence[dict[str, Any]], fmt: str) -> str:
    """Rows in one of :data:`FORMATS`; raise ValueError for another format name."""
    if fmt == "table":
        return format_table(columns, rows)
    if fmt == "json":
        return format_json(columns, rows)
    if fmt == "csv":
        return format_csv(columns, rows)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
