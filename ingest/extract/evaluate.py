"""pbkg's own scorer: GOLD_FORMAT.md §4 matching, per-type P/R/F1, and the lists of
misses and false alarms an annotator needs to improve rules or gold.

Matching (as in §4): an emitted entity matches a gold entity of the same coarse type that
has the same division code, or shares a normalised surface form (NFKC, whitespace
removed) through its name or aliases; each gold entity matches once, codes first. A
pairing matches when both endpoints match the gold pair, in either order; a post when
person and title (whitespace removed) match, with the unit scored as post-org accuracy.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TYPES = ("Person", "Organization", "Village", "ResidentsCommittee", "Region")
PLACES = ("Village", "ResidentsCommittee", "Region")


def norm(s: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", s or "").split())


def _forms(e: Mapping[str, Any]) -> set[str]:
    out = {norm(e.get("name"))} | {norm(a) for a in e.get("aliases") or []}
    out.discard("")
    return out


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def row(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
        }


@dataclass
class Report:
    """Scores plus, per document, what was missed and what was wrongly emitted."""

    entities: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    pairings: Counts = field(default_factory=Counts)
    posts: Counts = field(default_factory=Counts)
    post_org: list[bool] = field(default_factory=list)
    linking: list[bool] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    documents: int = 0

    def summary(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "entities": self.entities.row(),
            "entities_by_type": {t: c.row() for t, c in self.by_type.items()},
            "pairings": self.pairings.row(),
            "posts": self.posts.row(),
            "post_org_accuracy": _share(self.post_org),
            "linking_accuracy": _share(self.linking),
            "linking_n": len(self.linking),
        }


def _share(xs: list[bool]) -> float | None:
    return round(sum(xs) / len(xs), 4) if xs else None


def load_gold(gold_dir: str | Path) -> dict[str, dict[str, Any]]:
    """Every gold file under ``gold_dir`` (subfolders too), by document name."""
    out = {}
    for p in sorted(Path(gold_dir).rglob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        out[g["doc"]] = g
    return out


def merge_records(records: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, list]]:
    """One {entities, relations} per document; entity ids prefixed per record so that
    several stories of one file merge without clashes."""
    merged: dict[str, dict[str, list]] = defaultdict(lambda: {"entities": [], "relations": []})
    for k, rec in enumerate(records):
        doc = Path(str(rec.get("doc", ""))).name
        pre = f"{k}:"
        for e in rec.get("entities") or []:
            merged[doc]["entities"].append({**e, "id": pre + str(e.get("id"))})
        for r in rec.get("relations") or []:
            merged[doc]["relations"].append(
                {**r, "source": pre + str(r.get("source")), "target": pre + str(r.get("target"))}
            )
    return merged


def _match(gold: list[dict], system: list[dict]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for by_code in (True, False):
        for s in system:
            if s["id"] in mapping:
                continue
            for g in gold:
                if g["key"] in used or g["type"] != s.get("type"):
                    continue
                if by_code:
                    ok = bool(g.get("division_code")) and g.get("division_code") == s.get(
                        "division_code"
                    )
                else:
                    ok = bool(_forms(g) & _forms(s))
                if ok:
                    mapping[s["id"]] = g["key"]
                    used.add(g["key"])
                    break
    return mapping


def evaluate(gold: Mapping[str, dict], records: Iterable[Mapping[str, Any]]) -> Report:
    """Score extraction records (``Extraction.to_record()`` dicts) against gold files."""
    system = merge_records(records)
    rep = Report(documents=len(gold))
    for doc, g in gold.items():
        s = system.get(doc, {"entities": [], "relations": []})
        mapping = _match(g["entities"], s["entities"])
        gk = {e["key"]: e for e in g["entities"]}
        sid = {e["id"]: e for e in s["entities"]}
        for t in TYPES:
            gt = [e for e in g["entities"] if e["type"] == t]
            st = [e for e in s["entities"] if e.get("type") == t]
            tp = sum(1 for e in st if e["id"] in mapping)
            rep.by_type[t].add(tp, len(st) - tp, len(gt) - tp)
            rep.entities.add(tp, len(st) - tp, len(gt) - tp)
        matched = set(mapping.values())
        rep.misses += [
            f"{doc}: entity {e['type']} {e['name']}"
            for e in g["entities"]
            if e["key"] not in matched
        ]
        rep.false_alarms += [
            f"{doc}: entity {e.get('type')} {e.get('name')}"
            for e in s["entities"]
            if e["id"] not in mapping
        ]
        for se_id, key in mapping.items():
            ge = gk[key]
            if ge["type"] in PLACES and ge.get("division_code"):
                ok = sid[se_id].get("division_code") == ge["division_code"]
                rep.linking.append(ok)
                if not ok:
                    rep.misses.append(
                        f"{doc}: code of {ge['name']} {ge['division_code']} "
                        f"(got {sid[se_id].get('division_code')})"
                    )

        def label(key: str, gk: dict[str, dict] = gk) -> str:
            return str(gk[key]["name"])

        gold_pairs = {frozenset((p["a"], p["b"])) for p in g.get("pairings", [])}
        sys_pairs: set[frozenset[str]] = set()
        stray = 0
        for r in s["relations"]:
            if r.get("type") != "PAIRED_WITH":
                continue
            a, b = mapping.get(r.get("source", "")), mapping.get(r.get("target", ""))
            if a and b and a != b:
                sys_pairs.add(frozenset((a, b)))
            else:
                stray += 1
                names = [sid.get(r.get(x, ""), {}).get("name") for x in ("source", "target")]
                rep.false_alarms.append(f"{doc}: pairing {names[0]} – {names[1]} (unmatched)")
        rep.pairings.add(
            len(sys_pairs & gold_pairs),
            len(sys_pairs - gold_pairs) + stray,
            len(gold_pairs - sys_pairs),
        )
        rep.misses += [
            f"{doc}: pairing {' – '.join(sorted(map(label, p)))}" for p in gold_pairs - sys_pairs
        ]
        rep.false_alarms += [
            f"{doc}: pairing {' – '.join(sorted(map(label, p)))}" for p in sys_pairs - gold_pairs
        ]

        gold_posts = {(p["person"], norm(p["title"])): p["org"] for p in g.get("posts", [])}
        sys_posts: dict[tuple[str, str], str | None] = {}
        stray = 0
        for r in s["relations"]:
            if r.get("type") != "HOLDS_POST":
                continue
            person = mapping.get(r.get("source", ""))
            if person:
                sys_posts[(person, norm(r.get("title")))] = mapping.get(r.get("target", ""))
            else:
                stray += 1
                name = sid.get(r.get("source", ""), {}).get("name")
                rep.false_alarms.append(f"{doc}: post {name} {r.get('title')} (unmatched)")
        hits = set(sys_posts) & set(gold_posts)
        rep.posts.add(
            len(hits),
            len(set(sys_posts) - set(gold_posts)) + stray,
            len(set(gold_posts) - set(sys_posts)),
        )
        for k in hits:
            ok = sys_posts[k] == gold_posts[k]
            rep.post_org.append(ok)
            if not ok:
                got = sys_posts[k]
                rep.misses.append(
                    f"{doc}: post unit of {label(k[0])} {k[1]}: "
                    f"{label(gold_posts[k])} (got {label(got) if got else None})"
                )
        rep.misses += [
            f"{doc}: post {label(p)} {t} @ {label(o)}"
            for (p, t), o in gold_posts.items()
            if (p, t) not in sys_posts
        ]
        rep.false_alarms += [
            f"{doc}: post {label(p)} {t}" for (p, t) in sys_posts if (p, t) not in gold_posts
        ]
    return rep


def format_report(rep: Report, details: bool = True) -> str:
    """Plain-text lines: one score line per measure, then misses and false alarms."""
    s = rep.summary()

    def line(name: str, r: Mapping[str, float]) -> str:
        return (
            f"{name:<22} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}"
            f"  (tp={r['tp']} fp={r['fp']} fn={r['fn']})"
        )

    out = [f"documents: {s['documents']}", line("entities", s["entities"])]
    out += [line("  " + t, r) for t, r in s["entities_by_type"].items()]
    out += [
        line("pairings", s["pairings"]),
        line("posts", s["posts"]),
        f"post org accuracy:     {s['post_org_accuracy']}",
        f"linking accuracy:      {s['linking_accuracy']} (n={s['linking_n']})",
    ]
    if details:
        out += ["", f"misses ({len(rep.misses)}):"] + ["  " + m for m in rep.misses]
        out += ["", f"false alarms ({len(rep.false_alarms)}):"]
        out += ["  " + m for m in rep.false_alarms]
    return "\n".join(out)


# The evaluation protocol (README "Measuring quality"): the validation fifth is scored
# only to report — rules are never written from its texts or misses.
VALIDATION_FIFTH = frozenset(f"d{n}.txt" for n in range(25, 151, 5))
PROTOCOL_GROUPS: dict[str, str] = {
    "validation fifth (d25, d30 … d150)": "@validation",
    "dev d01–d154": "d*.txt",
    "seeds": "0*.txt",
    "added (x*)": "x*.txt",
}


def in_group(doc: str, patterns: str) -> bool:
    """``patterns``: comma-separated file-name globs, or ``@validation``."""
    from fnmatch import fnmatchcase

    for pat in patterns.split(","):
        pat = pat.strip()
        if pat == "@validation" and doc in VALIDATION_FIFTH:
            return True
        if pat and pat != "@validation" and fnmatchcase(doc, pat):
            return True
    return False


def present_docs(records: Iterable[Mapping[str, Any]]) -> set[str]:
    return {Path(str(r.get("doc", ""))).name for r in records}


def evaluate_groups(
    gold: Mapping[str, dict],
    records: Sequence[Mapping[str, Any]],
    groups: Mapping[str, str],
) -> dict[str, Report]:
    """One report per named group of documents (empty groups are left out)."""
    out = {}
    for name, patterns in groups.items():
        sub = {d: g for d, g in gold.items() if in_group(d, patterns)}
        if sub:
            out[name] = evaluate(sub, [r for r in records if Path(str(r.get("doc"))).name in sub])
    return out
