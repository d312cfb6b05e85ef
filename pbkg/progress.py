"""What `pbkg build` shows on stderr while it works: one line per stage, a bar with a
total, a rate and an ETA while extracting, and a closing summary.

Stages that take time (loading, merging, each output) print when they start and how
long they took; the extraction bar counts input records (files and JSON Lines lines),
whose total is known before extraction starts, so the rate and the ETA are right from
one large JSON Lines file as from many small files.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any


@dataclass
class BuildCounts:
    """What went through a build: input files, records read (a file, or a JSON Lines
    line), stories extracted, stories read more than once (merged into one article) and
    rejected inputs."""

    files: int = 0
    records: int = 0
    stories: int = 0
    duplicates: int = 0
    rejected: int = 0

    def line(self) -> str:
        return (
            f"{self.files} files, {self.records} records, {self.stories} stories, "
            f"{self.duplicates} duplicates merged, {self.rejected} rejected inputs"
        )


class Progress:
    """Stage lines and the extraction bar on ``stream``; silent when not ``enabled``."""

    def __init__(self, enabled: bool, stream: IO[str] | None = None) -> None:
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr
        self._bar: Any = None

    def say(self, text: str) -> None:
        if self.enabled:
            print(f"pbkg: {text}", file=self.stream, flush=True)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """``name …`` when it starts, ``name: done in 1.2 s`` when it ends."""
        if not self.enabled:
            yield
            return
        print(f"pbkg: {name} …", file=self.stream, flush=True)
        t0 = time.perf_counter()
        yield
        print(f"pbkg: {name}: done in {time.perf_counter() - t0:.1f} s", file=self.stream)

    def start_bar(self, total: int, what: str = "extracting") -> None:
        if not self.enabled:
            return
        from tqdm import tqdm

        self._bar = tqdm(
            total=total,
            desc=f"pbkg: {what}",
            unit=" rec",
            file=self.stream,
            mininterval=0.5 if self.stream.isatty() else 5.0,
            smoothing=0.1,
        )

    def advance(self, n: int) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def close_bar(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
