"""Dates in Chinese news text → ISO 8601 strings."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

_Y = r"((?:19|20)\d\d)"
# 2021年10月26日 · 2021-10-26 · 2021/8/11 · 2021.10.26 (a time may follow; it is ignored)
_FULL = re.compile(
    rf"{_Y}\s*(?:年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*[日号]|[-/.](\d{{1,2}})[-/.](\d{{1,2}})(?!\d))"
)
# 03-13 2009: month-day before the year, as some site templates print it.
_MD_Y = re.compile(rf"(?<!\d)(\d{{1,2}})-(\d{{1,2}})\s+{_Y}(?!\d)")
_MD = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_YEAR = re.compile(rf"(?<!\d){_Y}(?!\d)")
# 2020年7月 (or 7月份): a month with no day, not a month-day, and not the start of a period
# (2020年7月以来 / 起 / 至今 / 开始 say since when, not when).
_YM = re.compile(
    rf"(?<!\d){_Y}\s*年\s*(\d{{1,2}})\s*月(?!\s*\d{{1,2}}\s*[日号])"
    r"(?!份?\s*(?:以来|以后|之后|起|开始|至|到|前|以前|之前|[-—–~～]))"
)
# Dates in a URL or file name: /2023/1024/, /202310/t20231024_1.html, 2023-10-24_x.txt,
# /art/2023/1/5/.
_PATH_COMPACT = re.compile(rf"(?<!\d){_Y}[-_/.]?(\d\d)(?:[-_/.]?(\d\d))?(?!\d)")
_PATH_SEP = re.compile(rf"(?<!\d){_Y}([-_/.])(\d{{1,2}})\2(\d{{1,2}})(?!\d)")


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def full_date(text: str) -> str | None:
    """The first complete date (year, month, day) in ``text`` as ``YYYY-MM-DD``, or None."""
    for m in _FULL.finditer(text):
        y, mo, d = m.group(1), m.group(2) or m.group(4), m.group(3) or m.group(5)
        iso = _iso(int(y), int(mo), int(d))
        if iso:
            return iso
    for m in _MD_Y.finditer(text):
        iso = _iso(int(m.group(3)), int(m.group(1)), int(m.group(2)))
        if iso:
            return iso
    return None


def month_date(text: str) -> str | None:
    """The first month-only date (``2020年7月``) in ``text`` as ``YYYY-MM``, or None."""
    for m in _YM.finditer(text):
        if 1 <= int(m.group(2)) <= 12:
            return f"{m.group(1)}-{int(m.group(2)):02d}"
    return None


def lead_date(text: str, year: int | None, published: str | None = None) -> str | None:
    """The first date in a story's lead: a complete date, ``10月24日`` completed with
    ``year`` (the page's year), or a month-only ``2020年7月`` as ``2020-07``. A month-day
    that would fall after the ``published`` date belongs to the year before (a story
    printed in January about December). Returns None when there is no date or no year to
    complete it with."""
    full = _FULL.search(text)
    md = _MD.search(text)
    ym = next((m for m in _YM.finditer(text) if 1 <= int(m.group(2)) <= 12), None)
    first = min((m.start() for m in (full, md, ym) if m), default=None)
    if first is None:
        return None
    if full and full.start() == first:
        return full_date(text[full.start() :])
    if ym and ym.start() == first:
        return f"{ym.group(1)}-{int(ym.group(2)):02d}"
    if not md or year is None:
        return None
    iso = _iso(year, int(md.group(1)), int(md.group(2)))
    if iso and published and iso > published:
        iso = _iso(year - 1, int(md.group(1)), int(md.group(2)))
    return iso


def page_year(text: str) -> int | None:
    """The year a page most likely speaks from: the most often mentioned year (ties go to
    the latest), or None when the page names no year."""
    counts = Counter(int(m.group(1)) for m in _YEAR.finditer(text))
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def path_date(text: str) -> str | None:
    """A date written into a URL or file name (``/2023/1024/``, ``t20231024_1.html``,
    ``2023-10-24_x.txt``): ``YYYY-MM-DD``, or ``YYYY-MM`` when only a month is there
    (``/202310/``), or None. A complete date anywhere wins over a month."""
    month = None
    for rx in (_PATH_SEP, _PATH_COMPACT):
        for m in rx.finditer(text):
            y, mo, d = (m.group(1), m.group(3), m.group(4)) if rx is _PATH_SEP else m.groups()
            if not 1 <= int(mo) <= 12:
                continue
            iso = _iso(int(y), int(mo), int(d)) if d else None
            if iso:
                return iso
            if not d:
                month = month or f"{y}-{int(mo):02d}"
    return month
