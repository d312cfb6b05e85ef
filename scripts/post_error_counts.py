"""Posts missed and false by class — counts only (posts14).

For articles scored and never read (the pooled check x241–x300 + x341–x380: the
``held.jsonl`` that ``/work/tools/s17/pooled.sh REPO OUT`` writes in OUT)::

    .venv/bin/python scripts/post_error_counts.py data/train/gold OUT/held.jsonl

Matches entities as ``pbkg eval`` does (GOLD_FORMAT §4) and counts, over the documents
the extraction holds:

* gold posts hit, and of those the ones whose unit is wrong (the gold unit emitted or
  not);
* gold posts missed: the person not found; the person holding an emitted title that
  contains the gold title or is contained in it (another cut of the title: longer or
  shorter, by a lone level word, a party ending or how many characters); the person
  with other titles only; the person found with no post at all;
* false posts: the person not a gold entity; no gold post for the person; another cut
  of a gold title of the person; another title of a gold post holder.

No document, name or title is printed: the counts may be read on held-out articles.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.extract.evaluate import _match, load_gold, merge_records, norm

PARTY_ENDINGS = ("党委", "党总支", "党支部", "党工委", "党组", "总支", "支部")
LEVEL_WORDS = frozenset("省市区县镇乡州村")


def cut_kind(emitted: str, gold: str) -> str | None:
    """How an emitted title is another cut of a gold title: ``longer:`` or ``shorter:``
    and what the difference is (``level`` a lone level word, ``party`` a party ending,
    else ``lenN``, N capped at 4); None when neither contains the other."""
    if emitted == gold:
        return None
    if emitted in gold:
        side, extra = "shorter", gold.replace(emitted, "", 1)
    elif gold in emitted:
        side, extra = "longer", emitted.replace(gold, "", 1)
    else:
        return None
    if extra in LEVEL_WORDS:
        what = "level"
    elif extra in PARTY_ENDINGS:
        what = "party"
    else:
        what = f"len{min(len(extra), 4)}"
    return f"{side}:{what}"


def count(gold: Mapping[str, dict[str, Any]], records: Iterable[Mapping[str, Any]]) -> Counter:
    """The classes of the posts of every document the records hold, counted."""
    out: Counter = Counter()
    for doc, s in merge_records(records).items():
        g = gold.get(doc)
        if g is None:
            continue
        mapping = _match(g["entities"], s["entities"])
        gold_posts = {(p["person"], norm(p["title"])): p["org"] for p in g.get("posts", [])}
        emitted: dict[tuple[str, str], str | None] = {}
        for r in s["relations"]:
            if r.get("type") != "HOLDS_POST":
                continue
            person = mapping.get(r.get("source", ""))
            if person is None:
                out["fp: person not gold"] += 1
            else:
                emitted[(person, norm(r.get("title")))] = mapping.get(r.get("target", ""))
        found = set(mapping.values())
        for (person, title), org in gold_posts.items():
            if (person, title) in emitted:
                out["hit"] += 1
                if emitted[(person, title)] != org:
                    where = "emitted" if org in found else "not emitted"
                    out[f"hit, wrong unit: gold unit {where}"] += 1
                continue
            if person not in found:
                out["fn: person not found"] += 1
                continue
            theirs = [t for p, t in emitted if p == person]
            kinds = [k for t in theirs if (k := cut_kind(t, title))]
            if kinds:
                out[f"fn: another cut, {kinds[0]}"] += 1
            elif theirs:
                out["fn: other titles only"] += 1
            else:
                out["fn: person found, no post"] += 1
        for person, title in emitted:
            if (person, title) in gold_posts:
                continue
            golds = [t for p, t in gold_posts if p == person]
            kinds = [k for t in golds if (k := cut_kind(title, t))]
            if kinds:
                out[f"fp: another cut, {kinds[0]}"] += 1
            elif golds:
                out["fp: another title of a gold holder"] += 1
            else:
                out["fp: no gold post for the person"] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("extraction", help="a JSONL file of extraction records")
    args = ap.parse_args()
    with open(args.extraction, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    for key, n in sorted(count(load_gold(args.gold), records).items()):
        print(f"{n:5d}  {key}")


if __name__ == "__main__":
    main()
