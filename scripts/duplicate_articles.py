"""Articles that are the same text under two file names — the training data must hold each once.

The same story is often reachable under several addresses (a mirror's IP address, an
internationalised domain, a Big5 gateway), so neither ``reserved.py`` nor a search of the
sources files by URL catches a second copy. Two texts are compared by what they say: both
are reduced to simplified script without white space or inline pinyin glosses, cut into
overlapping 30-character pieces, and a content-chosen eighth of the pieces (those whose
checksum is divisible by 8 — the same pieces in both texts wherever they stand) is
compared. Two articles sharing at least 30 % of the smaller one's pieces are one story:
the six copies found in the training data (a second number given to an article already
annotated) share 98–100 %, while two different articles share at most 24 % (two outlets'
reports of one event) and almost all under 5 %.

    .venv/bin/python scripts/duplicate_articles.py data/train/corpus examples/corpus
    .venv/bin/python scripts/duplicate_articles.py data/train/corpus NEW.txt

prints ``share<TAB>path<TAB>path`` for each pair and exits 1 when there is one.
"""

from __future__ import annotations

import re
import sys
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path

from opencc import OpenCC

PIECE = 30
SAMPLE_MODULUS = 8
SAME_STORY_SHARE = 0.3
_IGNORED = re.compile(r"\s+|\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
_TO_SIMPLIFIED = OpenCC("t2s")


def fingerprint(text: str) -> frozenset[int]:
    """The sampled pieces of a text, independent of script, spacing and pinyin glosses."""
    plain = _TO_SIMPLIFIED.convert(_IGNORED.sub("", text))
    pieces = (zlib.crc32(plain[i : i + PIECE].encode()) for i in range(len(plain) - PIECE + 1))
    return frozenset(p for p in pieces if p % SAMPLE_MODULUS == 0)


def same_stories(texts: dict[str, str]) -> list[tuple[float, str, str]]:
    """Pairs of names whose texts share at least SAME_STORY_SHARE of the smaller one's pieces."""
    prints = {name: fingerprint(text) for name, text in texts.items()}
    holders: defaultdict[int, list[str]] = defaultdict(list)
    for name, pieces in prints.items():
        for piece in pieces:
            holders[piece].append(name)
    shared: Counter[tuple[str, str]] = Counter()
    for names in holders.values():
        shared.update(combinations(sorted(names), 2))
    found = []
    for (a, b), n in shared.items():
        share = n / max(1, min(len(prints[a]), len(prints[b])))
        if share >= SAME_STORY_SHARE:
            found.append((round(share, 2), a, b))
    return sorted(found, key=lambda f: (-f[0], f[1], f[2]))


def article_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(p for p in path.rglob("*.txt")) if path.is_dir() else [path])
    return files


def main(argv: list[str]) -> int:
    files = article_files(Path(a) for a in argv)
    texts = {str(p): p.read_text(encoding="utf-8", errors="replace") for p in files}
    pairs = same_stories(texts)
    for share, a, b in pairs:
        print(f"{share:.2f}\t{a}\t{b}")
    return 1 if pairs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
