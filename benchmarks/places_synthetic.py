"""Linking accuracy on synthetic sentences built from randomly drawn villages and
residents' committees of the whole national gazetteer (not from any article).

For each drawn unit three sentences are linked — with its county and town written before
it, with its town only, and in a second alias form — and each outcome is counted as
``ok`` (the right code), ``WRONG`` (another code: the failure that matters), ``none``
(unlinked: the name is ambiguous there) or ``missing`` (no mention). Usage::

    .venv/bin/python benchmarks/places_synthetic.py [--n 600] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ingest.model import Article, Sentence  # noqa: E402
from ingest.places.gazetteer import Gazetteer, load_gazetteer  # noqa: E402
from ingest.places.link import link_places  # noqa: E402
from ingest.places.names import stems_of  # noqa: E402


def _article(text: str) -> Article:
    return Article("s", "s", "s", text, text, (Sentence(0, len(text)),), (0, len(text)))


def sentences(gaz: Gazetteer, code: str) -> list[tuple[str, str]]:
    """``(variant, sentence)`` pairs naming the village-level unit ``code``."""
    name = gaz.names[code]
    town, county = gaz.names[code[:9]], gaz.names.get(code[:6], "")
    stems = [s for s in stems_of(code, name) if s.form_class in ("V", "R", "R村")]
    if not stems:
        return [("formal", f"{county}{town}{name}党总支与共建单位签订协议。")]
    village = stems[0].form_class == "V"
    short = stems[0].text + ("" if village else "居委会")
    other = stems[-1].text + ("村委会"[1:] if village else "居民区")
    return [
        ("county+town", f"近日，{county}{town}{short}党支部与某某公司党支部签订结对共建协议。"),
        ("town", f"近日，{town}{short}党支部与某某公司签订协议。"),
        ("alias", f"{county}{town}{other}党总支书记表示，将与共建单位携手。"),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    gaz = load_gazetteer()
    pool = [c for c in gaz.names if len(c) == 12]
    counts: Counter[str] = Counter()
    for code in random.Random(args.seed).sample(pool, args.n):
        for variant, text in sentences(gaz, code):
            units = [
                m
                for m in link_places(_article(text), gaz)
                if m.type in ("Village", "ResidentsCommittee")
            ]
            if any(m.code == code for m in units):
                outcome = "ok"
            elif any(m.code for m in units):
                outcome = "WRONG"
                print(f"WRONG {code}: {text}", file=sys.stderr)
            else:
                outcome = "none" if units else "missing"
            counts[f"{variant} {outcome}"] += 1
    for key in sorted(counts):
        print(f"{key:20s} {counts[key]}")
    wrong = sum(v for k, v in counts.items() if k.endswith("WRONG"))
    print(f"wrong codes: {wrong} of {sum(counts.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
