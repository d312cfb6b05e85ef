"""The one door to jieba: word tokens with exact character offsets and a part of speech.

Every other module works on :class:`Token` values. jieba's dictionary is loaded once per
process (``_tokenizer``); the part of speech comes from a lookup in jieba's own word-tag
table rather than from ``jieba.posseg.cut``, which is about thirty times slower than
plain segmentation and would break pbkg's speed budget. Words jieba discovers on the fly
(its HMM step: mostly personal and brand names) have no entry and get ``pos == "x"``,
which the rules treat as "name-like".
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from functools import cache
from typing import Any, NamedTuple

UNKNOWN_POS = "x"

_lock = threading.Lock()


class Token(NamedTuple):
    """One word of the text: ``text == source[start:end]``.

    A NamedTuple rather than a frozen dataclass: an article has thousands of tokens and
    a frozen dataclass's ``__init__`` costs several times more, which showed in the
    throughput benchmark.
    """

    start: int
    end: int
    text: str
    pos: str  # jieba/ICTCLAS tag (ns place, nr person, nt organisation, v verb ...) or "x"


@cache
def _tokenizer() -> tuple[Any, dict[str, str]]:
    """Load jieba once per process; return its tokenizer and the word → tag table."""
    with _lock:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        return jieba.dt, jieba.posseg.dt.word_tag_tab


def add_words(words: Iterable[str]) -> None:
    """Teach jieba words it should never split (pattern words from the lexicons, e.g.
    结对, 党总支); tags already in the table are kept."""
    tok, tags = _tokenizer()
    for w in words:
        if w and w not in tags:
            tok.add_word(w, freq=None, tag=None)


def tokenize(text: str) -> tuple[Token, ...]:
    """Split ``text`` into tokens that tile it exactly (no gaps, no overlaps)."""
    tok, tags = _tokenizer()
    get = tags.get
    out = []
    start = 0
    for word in tok.cut(text, HMM=True):
        end = start + len(word)
        out.append(Token(start, end, word, get(word, UNKNOWN_POS)))
        start = end
    return tuple(out)


def pos_of(word: str) -> str:
    """jieba's part of speech for a dictionary word, ``"x"`` when it has none."""
    return _tokenizer()[1].get(word, UNKNOWN_POS)


def cut(text: str) -> list[str]:
    """Bare ``jieba.cut`` (the speed reference for the throughput benchmark)."""
    tok, _ = _tokenizer()
    return list(tok.cut(text))
