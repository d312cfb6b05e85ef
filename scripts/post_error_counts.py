"""Posts missed and false by class — counts only (posts14).

For articles scored and never read (the pooled check x241–x300 + x341–x380: the
``held.jsonl`` that ``/work/tools/s17/pooled.sh REPO OUT`` writes in OUT)::

    .venv/bin/python scripts/post_error_counts.py data/train/gold OUT/held.jsonl

Matches entities as ``pbkg eval`` does (GOLD_FORMAT §4) and counts, over the documents
the extraction holds:

* gold posts hit, and of those the ones whose unit is wrong (the gold unit emitted or
  not), by how the emitted unit relates to the gold's (``wrong unit is``: a byline's
  outlet; its name holding the gold's, a party body or part of it; its name inside the
  gold's, the gold an organ of it or the name cut short; both places; unrelated) and by
  where the gold's unit is written (``gold unit written``: in the post's evidence
  sentence, only elsewhere, not emitted);
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


PLACE_TYPES = frozenset(("Region", "Village", "ResidentsCommittee"))


def unit_relation(title: str, emitted: Mapping[str, Any], gold: Mapping[str, Any]) -> str:
    """How a wrongly chosen unit relates to the gold's (an extraction entity and a gold
    entity, names and aliases): ``byline`` (a 记者's outlet), ``holds gold's name``
    (某公司党委 for 某公司), ``inside gold's name`` (某市 for 某市某局, or a name cut
    short), ``both places`` (a town for its village), else ``unrelated``."""
    if title.endswith("记者"):
        return "byline"
    mine = {emitted["name"], *emitted.get("aliases", [])}
    theirs = {gold["name"], *gold.get("aliases", [])} - {""}
    # a gold alias of two characters is mostly a bare kind word (学院, 我院), no name
    if any(g in m and g != m for g in theirs for m in mine if len(g) >= 3):
        return "holds gold's name"
    if any(m in g and m != g for g in theirs for m in mine if len(m) >= 2):
        return "inside gold's name"
    if emitted["type"] in PLACE_TYPES and gold["type"] in PLACE_TYPES:
        return "both places"
    return "unrelated"


def gold_unit_written(relation: Mapping[str, Any], gold_unit: Mapping[str, Any] | None) -> str:
    """Where the gold's unit is written against the post's evidence: ``in the evidence
    sentence``, ``only elsewhere``, or ``not emitted`` (no extraction entity matches it)."""
    if gold_unit is None:
        return "not emitted"
    ev = relation.get("evidence") or {}
    lo, hi = ev.get("start", -1), ev.get("end", -1)
    if any(lo <= a < hi for a, _ in gold_unit.get("mentions", [])):
        return "in the evidence sentence"
    return "only elsewhere"


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
        relations: dict[tuple[str, str], Mapping[str, Any]] = {}
        for r in s["relations"]:
            if r.get("type") != "HOLDS_POST":
                continue
            person = mapping.get(r.get("source", ""))
            if person is None:
                out["fp: person not gold"] += 1
            else:
                emitted[(person, norm(r.get("title")))] = mapping.get(r.get("target", ""))
                relations[(person, norm(r.get("title")))] = r
        found = set(mapping.values())
        by_id = {e["id"]: e for e in s["entities"]}
        by_key = {e["key"]: e for e in g["entities"]}
        ids = {key: i for i, key in mapping.items()}
        for (person, title), org in gold_posts.items():
            if (person, title) in emitted:
                out["hit"] += 1
                if emitted[(person, title)] != org:
                    where = "emitted" if org in found else "not emitted"
                    out[f"hit, wrong unit: gold unit {where}"] += 1
                    r = relations[(person, title)]
                    mine = by_id.get(r.get("target", ""))
                    if mine is not None:
                        rel = unit_relation(title, mine, by_key[org])
                        out[f"hit, wrong unit is: {rel}"] += 1
                    theirs = by_id.get(ids[org]) if org in ids else None
                    out[f"hit, wrong unit, gold unit written: {gold_unit_written(r, theirs)}"] += 1
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
