"""Bytes → text: detect the encoding of a Chinese article file, never guessing into mojibake.

Order of trust: a byte-order mark; strict UTF-8; then GB18030 and Big5 (with its Windows
and Hong Kong supersets), each decoded strictly and scored by how many of their Han
characters are *common* characters (the 3,755 level-1 characters of GB2312 and the 5,401
common characters of Big5). Real text decoded with the wrong one either fails outright or
turns into rare characters, so the score separates them cleanly. Anything else is
rejected: a wrong guess would silently corrupt every name read from the file.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import re
from dataclasses import dataclass


class DecodeError(ValueError):
    """The bytes are not text in an encoding pbkg can read safely."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # utf-8, utf-8-sig, utf-16, gb18030, big5, cp950 or big5hkscs


# Tried in this order; the best score wins, a tie goes to the earlier. cp950 (Windows
# Big5, with the euro sign and ETEN extensions) and Big5-HKSCS (Hong Kong characters)
# are supersets of Big5 that strict Big5 rejects — and that GB18030 would otherwise
# "read" as rare characters.
_CANDIDATES = ("gb18030", "big5", "cp950", "big5hkscs")
# Share of Han characters that must be common for a GB18030/Big5 reading to be accepted.
_MIN_COMMON_SHARE = 0.6
# C0 control characters other than tab, newline, carriage return and form feed: text
# files do not contain them, binary files are full of them.
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\x0c\x1b")


def decode_bytes(data: bytes) -> Decoded:
    """Decode a whole file's bytes.

    In: the raw bytes. Out: the text (BOM removed, line ends as in the file) and the name
    of the encoding used. Raises :class:`DecodeError` for empty or binary input, or bytes
    that no supported encoding reads cleanly.
    """
    if not data.strip():
        raise DecodeError("empty file")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"undecodable bytes at byte {exc.start} ({enc})") from None
    if _looks_binary(data):
        raise DecodeError("binary file (control bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    best: tuple[float, Decoded] | None = None
    for enc in _CANDIDATES:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        share = common_share(text)
        if share >= _MIN_COMMON_SHARE and (best is None or share > best[0]):
            best = (share, Decoded(text, enc))
    if best is None:
        raise DecodeError(
            f"undecodable bytes at byte {utf8_error.start}: not UTF-8, GB18030 or Big5 text"
        )
    return best[1]


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls > len(head) // 100


_HAN_OR_PRIVATE = re.compile(r"[\u3400-\u9fff\ue000-\uf8ff\U00020000-\U0003ffff]")
_SAMPLE = 50_000  # characters: plenty to tell two decodings apart


def common_share(text: str) -> float:
    """Share of the Han (and private-use: a wrong decoding's signature) characters in
    ``text`` that are common characters; 0 if there are none."""
    chars = _HAN_OR_PRIVATE.findall(text[:_SAMPLE])
    if not chars:
        return 0.0
    return sum(map(_common_chars().__contains__, chars)) / len(chars)


@functools.cache
def _common_chars() -> frozenset[str]:
    """GB2312 level 1 (rows 0xB0–0xD7) and Big5 common characters (0xA440–0xC67E), read
    out of Python's own codecs so no character list has to be shipped."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes((lead, trail)).decode("gb2312"))
    for lead in range(0xA4, 0xC7):
        for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            if (lead, trail) > (0xC6, 0x7E):
                break
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes((lead, trail)).decode("big5"))
    return frozenset(chars)
