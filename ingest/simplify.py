"""Traditional → simplified characters (OpenCC), keeping every offset.

The only module that imports OpenCC. Extraction runs on the simplified text and reports
offsets that must be valid in the original, so the result always has exactly the length
of the input, character for character.
"""

from __future__ import annotations

import functools

import opencc


@functools.cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """``text`` in simplified characters, same length, position for position.

    In: any text. Out: its simplified form. OpenCC converts phrase by phrase, and a phrase
    may change length; then (or when the characters no longer line up) each character is
    converted on its own, which always keeps positions. Raises nothing.
    """
    converted = _converter().convert(text)
    if len(converted) == len(text) and _aligned(text, converted):
        return converted
    return "".join(_char(ch) for ch in text)


def _aligned(a: str, b: str) -> bool:
    """Characters outside the CJK blocks (punctuation, digits, latin) must stay put."""
    return all(x == y or (x >= "\u2e80" and y >= "\u2e80") for x, y in zip(a, b, strict=True))


@functools.lru_cache(maxsize=65536)
def _char(ch: str) -> str:
    out: str = _converter().convert(ch)
    return out if len(out) == 1 else ch
