"""Traditional → simplified characters (OpenCC), keeping every offset.

The only module that imports OpenCC. Extraction runs on the simplified text and reports
offsets that must be valid in the original, so the result always has exactly the length
of the input, character for character.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import opencc

from ingest.lexicon import variant_characters


@functools.cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@functools.cache
def _variants() -> dict[int, str]:
    """Variant character → its standard simplified form, as a ``str.translate`` table."""
    return {ord(v): c for v, c in variant_characters().items()}


@functools.cache
def _variant_search() -> Callable[[str], re.Match[str] | None]:
    """The ``search`` of a pattern matching any variant character of :func:`_variants`
    (with no variants, a search that never finds one)."""
    chars = "".join(re.escape(chr(c)) for c in sorted(_variants()))
    return re.compile(f"[{chars}]").search if chars else lambda _text: None


def standard_variants(text: str) -> str:
    """``text`` with the variant forms OpenCC leaves alone replaced by their standard
    simplified characters (陜西 → 陕西), character for character. Translated only when
    it holds one: ``str.translate`` with a dict looks up every character (~70 ns each,
    ~0.03 CPU-s of a default-corpus process), a search for the few variants a few
    nanoseconds, and most texts hold none."""
    return text.translate(_variants()) if _variant_search()(text) else text


def to_simplified(text: str) -> str:
    """``text`` in simplified characters, same length, position for position.

    In: any text. Out: its simplified form. OpenCC converts phrase by phrase, and a phrase
    may change length; then (or when the characters no longer line up) each character is
    converted on its own, which always keeps positions. Raises nothing.
    """
    if len(text) <= 64:  # headlines, names, credit lines: asked about again and again
        return _short(text)
    return _long(text)


@functools.lru_cache(maxsize=32768)
def _short(text: str) -> str:
    return standard_variants(_convert(text))


# A paragraph is converted when its file is split and again when the reader looks for
# a byline or lead in it: the last few long texts are remembered (not a whole corpus's),
# which spares 70 of the default corpus's 939 long conversions.
@functools.lru_cache(maxsize=64)
def _long(text: str) -> str:
    return standard_variants(_convert(text))


def _convert(text: str) -> str:
    converted = _converter().convert(text)
    if len(converted) == len(text) and _aligned(text, converted):
        return converted
    # Convert line by line, so that only a line whose length changed goes character by
    # character (phrase conversion is better where it keeps positions).
    out = []
    for line in text.split("\n"):
        conv = _converter().convert(line)
        out.append(conv if len(conv) == len(line) else "".join(_char(ch) for ch in line))
    return "\n".join(out)


_BREAKS = re.compile(r"[\n。，,]")


def _aligned(a: str, b: str) -> bool:
    """Equal lengths (``a`` and ``b`` have the same) could still hide a phrase that
    shrank and one that grew: check that line breaks and clause punctuation stayed in
    place (cheap, and such a pair would have to sit in one clause to slip through)."""
    # the same break positions exactly when the pieces between them have the same
    # lengths (a split makes no match objects)
    return list(map(len, _BREAKS.split(a))) == list(map(len, _BREAKS.split(b)))


@functools.lru_cache(maxsize=65536)
def _char(ch: str) -> str:
    out: str = _converter().convert(ch)
    return out if len(out) == 1 else ch
