"""Text copied out of a PDF or a fixed-width layout: every line broken at the same width.

Such a page breaks sentences (and names) at every line end, without blank lines. It is
recognised by its line widths: most lines have the same width (full-width characters
count 1, ASCII ½) — the wrap width. A line break after a line of that width is dropped
unless the line closes a sentence or the next line starts indented (a new paragraph).
"""

from __future__ import annotations

import itertools
from collections import Counter

Span = tuple[int, int]

_INDENT = " \t\u3000\u00a0"
_SENTENCE_END = "。！？!?；;…：:”’」』"
MIN_LINES = 6  # fewer lines say nothing about a wrap width
MIN_SHARE = 0.5  # share of lines that must have the wrap width


def _width(line: str) -> float:
    # the ASCII codec keeps exactly the characters below U+0080: counted in C, not by a
    # Python loop over every character of the page
    ascii_chars = len(line.encode("ascii", "ignore"))
    return len(line) - ascii_chars / 2


def find_hard_wraps(text: str) -> list[Span]:
    """Line breaks of a hard-wrapped text that fall inside a paragraph (pure).

    In: a page. Out: spans to delete (the line break, with blanks at the end of the
    line before it). Empty when the page is not hard-wrapped.
    """
    rows: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        rows.append((pos, pos + len(line), line))
        pos += len(line) + 1
    widths = [_width(r[2].strip(_INDENT + "\r")) for r in rows if r[2].strip()]
    if len(widths) < MIN_LINES:
        return []
    common = Counter(round(w) for w in widths if w >= 12)
    if not common:
        return []
    wrap, _ = common.most_common(1)[0]
    at_wrap = sum(abs(w - wrap) <= 1 for w in widths)
    if at_wrap < MIN_SHARE * len(widths):
        return []
    spans: list[Span] = []
    for (a, b, line), (_, _, nxt) in itertools.pairwise(rows):
        body = line.rstrip(_INDENT + "\r")
        if not body.strip() or not nxt.strip() or nxt[0] in _INDENT:
            continue
        if abs(_width(body.lstrip(_INDENT)) - wrap) > 1 or body[-1] in _SENTENCE_END:
            continue
        spans.append((a + len(body), b + 1))
    return spans
