"""Regression guards for extraction quality: the counts today's code reaches, pinned.

The sets (the protocol of the units and pairings issues):

* ``validation`` — the validation fifth, dev articles d25, d30, …, d150 (26 documents):
  no rule is written from them; only their scores are looked at, never their misses.
* ``dev`` — all development articles d01–d154 (the validation fifth included).
* ``seeds`` — the five example articles the project started from.
* ``handwritten`` — tests/quality/corpus h01–h06, written in-house; the rules were tuned
  on them afterwards, so they are development data, not an outside check.

A *figure* is a set's tp/fp/fn per measure (entities, each entity type, pairings, posts)
and right/wrong for post-org and linking, as scored by the project's own evaluator
(``ingest/extract/evaluate.py``, which mirrors ``shared/eval/score.py``).
``tests/quality/guards.json`` pins them. A *loss* is fewer tp (more fn) than pinned, or
more fp than pinned beyond what the extra tp carry at the pinned precision (see
:func:`fp_allowed`), or fewer right or more wrong, by more than the tolerance
(``guards.json``: ``max(min, share × gold count)`` per line). Gains pass; the lead
raises the pinned figures (``python tests/quality/print_guards.py --write``) in the
commit that earns them, with the new figures in its message.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.extract.evaluate import TYPES, Report, evaluate, format_report, load_gold
from ingest.extract.pipeline import extract_paths, file_records

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SHARED = REPO.parent / "shared"
GUARDS = HERE / "guards.json"

VALIDATION = tuple(f"d{n:02d}.txt" for n in range(25, 151, 5))
DEV = tuple(f"d{n:02d}.txt" for n in range(1, 155))
COUNTS = ("entities", *TYPES, "pairings", "posts")
SHARES = ("post_org", "linking")


@dataclass(frozen=True)
class Subset:
    """One set of the protocol: which gold files, which article files."""

    name: str
    gold_dir: Path
    corpus: tuple[Path, ...]
    docs: tuple[str, ...] | None  # None: every gold file in gold_dir

    def gold(self) -> dict[str, dict[str, Any]]:
        gold = load_gold(self.gold_dir)
        if self.docs is None:
            return gold
        absent = [d for d in self.docs if d not in gold]
        if absent:
            raise FileNotFoundError(f"no gold for {absent} in {self.gold_dir}")
        return {d: gold[d] for d in self.docs}


def shared_subsets(shared: Path = SHARED) -> list[Subset]:
    gold = shared / "eval" / "gold"
    dev, seeds = shared / "corpus" / "dev", shared / "corpus" / "seeds"
    return [
        Subset("validation", gold, (dev,), VALIDATION),
        Subset("dev", gold, (dev,), DEV),
        Subset("seeds", gold, (seeds,), tuple(sorted(p.name for p in seeds.glob("*.txt")))),
    ]


HANDWRITTEN = Subset("handwritten", HERE / "gold", (HERE / "corpus",), None)


def extract_records(corpus: Iterable[Path]) -> list[dict[str, Any]]:
    """Extraction records (one per file) of every article under ``corpus``."""
    return [r for r in file_records(extract_paths(list(corpus))) if isinstance(r, dict)]


def score(subset: Subset, records: list[dict[str, Any]]) -> Report:
    return evaluate(subset.gold(), records)


def figures(report: Report) -> dict[str, Any]:
    """The guarded counts of one report, in the shape of a guards.json set."""
    out: dict[str, Any] = {"documents": report.documents}
    rows = {"entities": report.entities, **report.by_type}
    rows |= {"pairings": report.pairings, "posts": report.posts}
    for name in COUNTS:
        out[name] = {"tp": rows[name].tp, "fp": rows[name].fp, "fn": rows[name].fn}
    for name in SHARES:
        flags = getattr(report, name)
        out[name] = {"right": sum(flags), "wrong": len(flags) - sum(flags)}
    return out


def allowed(tolerance: Mapping[str, float], gold_count: int) -> int:
    """How much worse one line may get: max(min, share × its gold count)."""
    return max(int(tolerance["min"]), math.floor(tolerance["share"] * gold_count))


def fp_allowed(pinned: Mapping[str, int], tp: int, slack: int) -> int:
    """The most false positives a line may have: the pinned ones plus the tolerance,
    plus as many per extra true positive as the pinned precision had — a gain in recall
    at the same precision is a gain, not a loss."""
    gained = max(0, tp - pinned["tp"])
    extra = math.ceil(gained * pinned["fp"] / pinned["tp"]) if pinned["tp"] else gained
    return pinned["fp"] + slack + extra


def compare(
    pinned: Mapping[str, Any], got: Mapping[str, Any], tolerance: Mapping[str, float]
) -> tuple[list[str], list[str]]:
    """(losses beyond tolerance, gains) of one set, each a readable line."""
    losses: list[str] = []
    gains: list[str] = []
    if got["documents"] != pinned["documents"]:
        losses.append(f"documents: {got['documents']} scored, {pinned['documents']} pinned")
    for name in COUNTS:
        p, g = pinned[name], got[name]
        if p["tp"] + p["fn"] != g["tp"] + g["fn"]:
            losses.append(
                f"{name}: the gold holds {g['tp'] + g['fn']}, {p['tp'] + p['fn']} when pinned "
                "(the gold changed: re-pin with print_guards.py)"
            )
            continue
        slack = allowed(tolerance, p["tp"] + p["fn"])
        if g["tp"] < p["tp"] - slack or g["fp"] > fp_allowed(p, g["tp"], slack):
            losses.append(f"{name}: {_line(g)}, pinned {_line(p)} (tolerance {slack})")
        elif g["tp"] > p["tp"] or g["fp"] < p["fp"]:
            gains.append(f"{name}: {_line(g)}, pinned {_line(p)}")
    for name in SHARES:
        p, g = pinned[name], got[name]
        slack = allowed(tolerance, p["right"] + p["wrong"])
        if g["right"] < p["right"] - slack or g["wrong"] > p["wrong"] + slack:
            losses.append(f"{name}: {_share(g)}, pinned {_share(p)} (tolerance {slack})")
        elif g["right"] > p["right"] or g["wrong"] < p["wrong"]:
            gains.append(f"{name}: {_share(g)}, pinned {_share(p)}")
    return losses, gains


def _line(c: Mapping[str, int]) -> str:
    return f"tp={c['tp']} fp={c['fp']} fn={c['fn']}"


def _share(c: Mapping[str, int]) -> str:
    return f"right={c['right']} wrong={c['wrong']}"


def load_guards(path: Path = GUARDS) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def report_text(subset: Subset, report: Report) -> str:
    """The evaluator's score lines (no lists of misses: the validation fifth's misses are
    not to be read while rules are written, and the dev set holds it)."""
    return f"== {subset.name}\n{format_report(report, details=False)}"
