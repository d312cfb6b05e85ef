"""Split cleaned story text into sentences (offsets into the text)."""

from __future__ import annotations

import re

from ingest.model import Sentence

# A sentence runs to a full stop, question or exclamation mark (with closing quotes or
# brackets that follow it), a semicolon-free line end, or the end of the text. Lines are
# boundaries too: a headline or byline is its own "sentence" for the extractors.
_SENTENCE = re.compile(r"[^。！？!?…\n]*(?:(?:[。！？!?]|…+)[”’」』）)\]]*|\n|$)")
_SPACE = " \t\r\n\u3000"


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of ``text``, as ``Sentence(start, end)`` offsets, surrounding blanks
    trimmed, empty ones dropped. Pure; raises nothing."""
    out: list[Sentence] = []
    for m in _SENTENCE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s] in _SPACE:
            s += 1
        while e > s and text[e - 1] in _SPACE:
            e -= 1
        if e > s:
            out.append(Sentence(s, e))
    return tuple(out)
