"""Reviewers' decisions: what a person confirmed, rejected, merged or corrected, kept in a
plain JSON Lines file and applied to every rebuild of the graph.

One decision per line (a ``reviews.jsonl`` is diff-able and can be edited by hand)::

    {"v": 1, "action": "reject", "type": "PAIRED_WITH", "ids": ["org:310116/a", "org:310116/b"],
     "names": ["甲", "乙"], "evidence": {...}, "by": "lin", "at": "2026-12-03T10:00:00Z"}

Actions:

* ``accept`` / ``reject`` an edge (``type`` PAIRED_WITH or HOLDS_POST, ``ids`` its two ends,
  ``title`` for a post): an accepted edge stays in and is marked ``confirmed_by`` /
  ``confirmed_at``; a rejected one is taken out, however many articles repeat it. An
  accepted pairing the build did not make (a *possible miss*, :class:`PossibleMiss`, or
  an edge extraction no longer reads) is made from the decision's evidence, when both
  units and the evidence's article are in the graph; a rejected possible miss stays out
  of the queue;
* ``since`` an edge: its ``since`` is set to the year given (and it counts as confirmed);
* ``withdraw`` an edge decision: the edge is left as extraction made it;
* ``merge`` two units, ``ids`` = [kept, merged]: one node, ``name`` (default the kept
  one's) its name, both names aliases;
* ``distinct`` two units: they are not the same (nothing to apply; the queue stops
  asking);
* ``rename`` a unit (``ids`` = [node], ``name``), ``retype`` it (``label`` and/or
  ``subtype``).

:func:`apply_decisions` is deterministic: node decisions first, in file order (so later
edge decisions follow a merge to the kept node), then, per edge, the last decision on it.
Decisions that match nothing in this graph are returned as unmatched, never dropped.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from graph.ids import normalise_name
from graph.model import ENTITY_LABELS, KnowledgeGraph, edge_key
from ingest.atomicio import atomic_write_text

FORMAT_VERSION = 1
EDGE_ACTIONS = ("accept", "reject", "since", "withdraw")
NODE_ACTIONS = ("merge", "distinct", "rename", "retype")
ACTIONS = EDGE_ACTIONS + NODE_ACTIONS
REVIEWED_EDGE_TYPES = ("PAIRED_WITH", "HOLDS_POST")
UNIT_LABELS = tuple(label for label in ENTITY_LABELS if label != "Person")
# The order of keys on a line: what, what it concerns, the change, evidence, who, when.
_KEY_ORDER = (
    "v",
    "action",
    "type",
    "ids",
    "names",
    "title",
    "name",
    "label",
    "subtype",
    "since",
    "evidence",
    "by",
    "at",
)


class DecisionError(ValueError):
    """A line of a decisions file that is not a decision (the message says which line)."""


@dataclass(frozen=True, slots=True)
class Quote:
    """The evidence a decision was taken on: the sentence and where it was read."""

    article: str | None = None
    doc: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__ if getattr(self, k) is not None}


@dataclass(frozen=True, slots=True)
class Decision:
    """One reviewer's decision (see the module docstring for the actions)."""

    action: str
    ids: tuple[str, ...]
    by: str
    at: str
    names: tuple[str, ...] = ()
    type: str | None = None  # edge decisions: PAIRED_WITH | HOLDS_POST
    title: str | None = None  # HOLDS_POST
    name: str | None = None  # rename, merge (the kept name)
    label: str | None = None  # retype
    subtype: str | None = None  # retype
    since: int | None = None  # since
    evidence: Quote | None = None

    def __post_init__(self) -> None:
        problem = _problem(self)
        if problem:
            raise DecisionError(problem)

    @property
    def target(self) -> tuple[str, ...]:
        """What an edge decision is about: (type, end, end, title), ends sorted."""
        return (self.type or "", *sorted(self.ids), self.title or "")

    def to_dict(self) -> dict[str, Any]:
        raw: dict[str, Any] = {
            "v": FORMAT_VERSION,
            "action": self.action,
            "type": self.type,
            "ids": list(self.ids),
            "names": list(self.names) or None,
            "title": self.title,
            "name": self.name,
            "label": self.label,
            "subtype": self.subtype,
            "since": self.since,
            "evidence": self.evidence.to_dict() if self.evidence else None,
            "by": self.by,
            "at": self.at,
        }
        return {k: raw[k] for k in _KEY_ORDER if raw[k] is not None}

    def to_json(self) -> str:
        """The decision as one line of a decisions file (no newline)."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Decision:
        """Raises :class:`DecisionError` for anything that is not a valid decision."""
        if not isinstance(data, dict):
            raise DecisionError("a decision is a JSON object")
        unknown = set(data) - set(_KEY_ORDER)
        if unknown:
            raise DecisionError(f"unknown keys {sorted(unknown)}")
        if data.get("v", FORMAT_VERSION) != FORMAT_VERSION:
            raise DecisionError(f"format version {data.get('v')!r}, expected {FORMAT_VERSION}")
        ev = data.get("evidence")
        try:
            quote = Quote(**ev) if ev else None
            return cls(
                action=str(data["action"]),
                ids=tuple(str(i) for i in data["ids"]),
                by=str(data.get("by") or ""),
                at=str(data.get("at") or ""),
                names=tuple(str(n) for n in data.get("names") or ()),
                type=data.get("type"),
                title=data.get("title"),
                name=data.get("name"),
                label=data.get("label"),
                subtype=data.get("subtype"),
                since=data.get("since"),
                evidence=quote,
            )
        except (KeyError, TypeError) as e:
            raise DecisionError(f"not a decision: {e}") from None


_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?$")


def _problem(d: Decision) -> str | None:
    if d.action not in ACTIONS:
        return f"unknown action {d.action!r}"
    if not d.by:
        return "a decision says who took it ('by')"
    if not _TIME.match(d.at):
        return f"'at' is not an ISO date-time: {d.at!r}"
    if d.action in EDGE_ACTIONS:
        if d.type not in REVIEWED_EDGE_TYPES or len(d.ids) != 2:
            return f"{d.action} concerns an edge: 'type' in {REVIEWED_EDGE_TYPES}, two 'ids'"
        if d.type == "HOLDS_POST" and not d.title:
            return "a post decision names the post's 'title'"
        if d.action == "since" and not isinstance(d.since, int):
            return "'since' takes a year"
    elif d.action in ("merge", "distinct"):
        if len(d.ids) != 2 or d.ids[0] == d.ids[1]:
            return f"{d.action} concerns two different units"
    elif len(d.ids) != 1:
        return f"{d.action} concerns one unit"
    elif d.action == "rename" and not (d.name and d.name.strip()):
        return "rename gives the new 'name'"
    elif d.action == "retype":
        if d.label is None and d.subtype is None:
            return "retype gives a 'label' or a 'subtype'"
        if d.label is not None and d.label not in UNIT_LABELS:
            return f"label {d.label!r} not in {UNIT_LABELS}"
    return None


# -- the file ----------------------------------------------------------------------------
def parse_decisions(lines: Iterable[str], source: str = "<decisions>") -> Iterator[Decision]:
    """Decisions from JSON Lines (blank lines skipped). Raises :class:`DecisionError`
    naming ``source`` and the line number for a line that is not a decision."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield Decision.from_dict(json.loads(line))
        except (json.JSONDecodeError, DecisionError) as e:
            raise DecisionError(f"{source}:{n}: {e}") from None


def read_decisions(path: str | Path) -> list[Decision]:
    """Every decision of a decisions file, in file order (a missing file has none)."""
    p = Path(path)
    if not p.exists():
        return []
    with p.open(encoding="utf-8") as fh:
        return list(parse_decisions(fh, str(p)))


def decisions_text(decisions: Iterable[Decision]) -> str:
    """Decisions as the text of a decisions file."""
    return "".join(d.to_json() + "\n" for d in decisions)


def append_decisions(path: str | Path, decisions: Iterable[Decision]) -> int:
    """Append decisions to a decisions file (created when missing); returns how many.
    A file not ending in a newline (edited by hand) gets one first."""
    text = decisions_text(decisions)
    p = Path(path)
    needs_newline = False
    if p.exists() and p.stat().st_size > 0:
        with p.open("rb") as fh:
            fh.seek(-1, 2)  # only the last byte matters
            needs_newline = fh.read(1) != b"\n"
    with p.open("a", encoding="utf-8") as fh:
        fh.write(("\n" if needs_newline else "") + text)
        fh.flush()
    return text.count("\n")


# -- applying them ------------------------------------------------------------------------
@dataclass
class ReviewReport:
    """What applying decisions did: counts per action, and the decisions that matched
    nothing in this graph (with why). ``misses``: the possible misses still open (ends
    followed through merges; those decided, or now an edge, left out) — not part of
    :meth:`to_dict`."""

    applied: dict[str, int] = field(default_factory=dict)
    unmatched: list[tuple[Decision, str]] = field(default_factory=list)
    misses: list[PossibleMiss] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "applied": dict(sorted(self.applied.items())),
            "unmatched": [{"reason": why, **d.to_dict()} for d, why in self.unmatched],
        }

    def _count(self, action: str) -> None:
        self.applied[action] = self.applied.get(action, 0) + 1


def apply_decisions(
    kg: KnowledgeGraph, decisions: Iterable[Decision], misses: Iterable[PossibleMiss] = ()
) -> ReviewReport:
    """Apply ``decisions`` to ``kg`` in place (see the module docstring for the order).

    ``misses`` are the build's possible misses (:func:`settle_misses`): an accepted one
    becomes a confirmed edge with the model's kind, year and probability; a rejected one
    counts as matched and leaves the queue. Every article whose contribution a decision
    changed gets a new ``digest`` (its own and the decisions' hash), so an incremental
    Neo4j load replaces exactly those articles instead of skipping them as unchanged.
    """
    report = ReviewReport()
    todo = list(decisions)
    kept: dict[str, str] = {}  # merged id → the id it was merged into
    touched: dict[str, list[str]] = {}  # article id → the decisions that changed it

    def resolve(node: str) -> str:
        while node in kept:
            node = kept[node]
        return node

    def touch(d: Decision, articles: Iterable[str]) -> None:
        for a in articles:
            touched.setdefault(a, []).append(d.to_json())

    for d in todo:
        if d.action in NODE_ACTIONS:
            if d.action != "distinct":
                touch(d, _node_articles(kg, [resolve(i) for i in d.ids]))
            why = _apply_node_decision(kg, d, resolve, kept)
            if why:
                report.unmatched.append((d, why))
            else:
                report._count(d.action)
    open_misses: dict[tuple[str, str], list[PossibleMiss]] = {}
    for m in misses:
        m = m.moved(resolve)
        if m.ids[0] != m.ids[1]:
            open_misses.setdefault(m.ids, []).append(m)
    last: dict[tuple[str, ...], Decision] = {}
    for d in todo:
        if d.action in EDGE_ACTIONS:
            ends = sorted(resolve(i) for i in d.ids)
            last[(d.type or "", *ends, d.title or "")] = d
    for (edge_type, a, b, title), d in last.items():
        found = open_misses.pop((a, b), []) if edge_type == "PAIRED_WITH" else []
        if found and d.action == "withdraw":
            open_misses[(a, b)] = found  # the question is open again
        why = _apply_edge_decision(
            kg, d, edge_type, a, b, title, functools.partial(touch, d), found
        )
        if why:
            report.unmatched.append((d, why))
        else:
            report._count(d.action)
    report.misses = settle_misses(kg, [m for ms in open_misses.values() for m in ms])
    for article, lines in sorted(touched.items()):
        if kg.has_node(article):
            old = kg.node(article).get("digest") or ""
            blob = "\n".join([old, *sorted(lines)]).encode("utf-8")
            kg.update_node(article, digest=hashlib.sha1(blob).hexdigest()[:16])
    return report


def _node_articles(kg: KnowledgeGraph, nodes: Iterable[str]) -> set[str]:
    """The articles that mention ``nodes`` or support an edge of theirs."""
    out: set[str] = set()
    for n in nodes:
        if kg.has_node(n):
            out.update(kg.node(n).get("articles") or ())
            for _, data in (*kg.out_edges(n), *kg.in_edges(n)):
                out.update(data.get("articles") or ())
    return out


def _apply_node_decision(
    kg: KnowledgeGraph, d: Decision, resolve: Any, kept: dict[str, str]
) -> str | None:
    ids = [resolve(i) for i in d.ids]
    missing = [i for i in ids if not kg.has_node(i)]
    if missing:
        return f"not in the graph: {', '.join(missing)}"
    if d.action == "distinct":
        return None
    if d.action == "merge":
        if ids[0] == ids[1]:
            return None  # merged already (by an earlier decision)
        if kg.node(ids[0])["label"] == "Article" or kg.node(ids[1])["label"] == "Article":
            return "articles are not merged"
        kg.merge_nodes(ids[0], ids[1], d.name)
        kept[ids[1]] = ids[0]
    elif d.action == "rename":
        kg.update_node(ids[0], name=d.name)
    elif d.action == "retype":
        changes: dict[str, Any] = {}
        if d.label is not None:
            changes["label"] = d.label
        if d.subtype is not None:
            changes["subtype"] = d.subtype or None
        kg.update_node(ids[0], **changes)
    return None


def _apply_edge_decision(
    kg: KnowledgeGraph,
    d: Decision,
    edge_type: str,
    a: str,
    b: str,
    title: str,
    touch: Callable[[Iterable[str]], None],
    misses: Sequence[PossibleMiss] = (),
) -> str | None:
    if d.action == "withdraw":
        return None
    key = edge_key(edge_type, title or None)
    # A pairing is stored from the smaller id to the larger; a post from person to unit.
    ends = [(a, b)] if edge_type == "PAIRED_WITH" else [(a, b), (b, a)]
    for u, v in ends:
        if kg.edge(u, v, key) is not None:
            break
    else:
        if d.action == "reject":
            # A rejected possible miss: nothing to take out, and nothing left to ask.
            return None if misses else "no such edge in this build"
        why = _recreate_pairing(kg, d, edge_type, a, b, misses)
        if why:
            return why
        u, v = a, b
    touch(kg.edge(u, v, key)["articles"])  # type: ignore[index]
    if d.action == "reject":
        kg.remove_edge(u, v, key)
    else:
        changes: dict[str, Any] = {"confirmed_by": d.by, "confirmed_at": d.at}
        if d.action == "since":
            changes["since"] = d.since
        kg.update_edge(u, v, key, **changes)
    return None


def _recreate_pairing(
    kg: KnowledgeGraph,
    d: Decision,
    edge_type: str,
    a: str,
    b: str,
    misses: Sequence[PossibleMiss],
) -> str | None:
    """Make the pairing an accepted decision is about from its evidence (a possible miss,
    or an accepted edge extraction no longer reads); the reason when it cannot."""
    ev = d.evidence
    if edge_type != "PAIRED_WITH" or ev is None or not ev.article:
        return "no such edge in this build"
    missing = [n for n in (a, b, ev.article) if not kg.has_node(n)]
    if missing:
        return f"no such edge in this build, and not in the graph: {', '.join(missing)}"
    same = [m for m in misses if m.evidence.article == ev.article] or list(misses)
    model = same[0] if same else None
    kg.add_pairing(
        a,
        b,
        kind=model.kind if model else None,
        since=model.since if model else None,
        article=ev.article,
        evidence={"text": ev.text, "start": ev.start, "end": ev.end},
        # The model's probability when the build has it; else the person's word alone.
        confidence=model.probability if model else 1.0,
        rule="review" + (f"|{model.rule}" if model and model.rule else ""),
    )
    return None


def is_confirmed(data: dict[str, Any]) -> bool:
    """True for an edge a person confirmed (accepted, or gave its year)."""
    return bool(data.get("confirmed_by"))


# -- possible misses ----------------------------------------------------------------------
POSSIBLE_MISSES = "possible_misses.jsonl"  # the build's side file, next to graph.json


@dataclass(frozen=True, slots=True)
class PossibleMiss:
    """A pairing candidate the learned decision turned down just below its threshold
    (an extraction's near miss, :class:`ingest.model.NearMiss`) with its ends as graph
    ids: not an edge, a question for a reviewer. One per pair and article."""

    ids: tuple[str, str]  # sorted, as a pairing is stored
    names: tuple[str, str]  # in the order of ids, as the article names them
    probability: float  # the model's calibrated probability
    evidence: Quote  # the article and the sentence the candidate was read from
    rule: str = ""  # what weighed most: model:feature,…
    kind: str | None = None
    since: int | None = None

    def moved(self, where: Callable[[str], str]) -> PossibleMiss:
        """The same candidate with each end replaced by ``where(end)`` (a merge)."""
        ends = sorted(zip((where(i) for i in self.ids), self.names, strict=True))
        ids, names = (ends[0][0], ends[1][0]), (ends[0][1], ends[1][1])
        return replace(self, ids=ids, names=names)

    def to_dict(self) -> dict[str, Any]:
        raw: dict[str, Any] = {
            "ids": list(self.ids),
            "names": list(self.names),
            "probability": self.probability,
            "kind": self.kind,
            "since": self.since,
            "rule": self.rule or None,
            "evidence": self.evidence.to_dict(),
        }
        return {k: v for k, v in raw.items() if v is not None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PossibleMiss:
        """Raises ``KeyError``/``TypeError``/``ValueError`` for a malformed line."""
        a, b = (str(i) for i in data["ids"])
        na, nb = (str(n) for n in data["names"])
        return cls(
            ids=(a, b),
            names=(na, nb),
            probability=float(data["probability"]),
            evidence=Quote(**data["evidence"]),
            rule=str(data.get("rule") or ""),
            kind=data.get("kind"),
            since=data.get("since"),
        )


def write_possible_misses(path: str | Path, misses: Iterable[PossibleMiss]) -> None:
    """Write possible misses as JSON Lines, atomically (one per line)."""
    text = "".join(json.dumps(m.to_dict(), ensure_ascii=False) + "\n" for m in misses)
    atomic_write_text(path, text)


def read_possible_misses(path: str | Path) -> list[PossibleMiss]:
    """The possible misses of a build (a missing file: none, as from an older build).
    Raises ``ValueError`` naming the line for a malformed one."""
    p = Path(path)
    if not p.exists():
        return []
    out = []
    with p.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    out.append(PossibleMiss.from_dict(json.loads(line)))
                except (KeyError, TypeError, ValueError) as e:
                    raise ValueError(f"{p}:{n}: not a possible miss: {e}") from None
    return out


def settle_misses(kg: KnowledgeGraph, misses: Iterable[PossibleMiss]) -> list[PossibleMiss]:
    """The possible misses that are still questions in ``kg``: ends followed to the
    node that absorbed them (``merged_from``), those whose ends are gone or one, or
    that are an edge already (another article's pairing), left out; the most probable
    first."""
    absorbed = {old: n for n, d in kg.nodes() for old in d.get("merged_from") or ()}
    out = []
    for m in misses:
        m = m.moved(lambda i: absorbed.get(i, i))
        a, b = m.ids
        if a == b or not (kg.has_node(a) and kg.has_node(b)):
            continue
        if kg.edge(a, b, "PAIRED_WITH") is None:
            out.append(m)
    out.sort(key=lambda m: (-m.probability, m.ids, m.evidence.article or "", m.evidence.start or 0))
    return out


# -- training examples --------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LabelledPair:
    """A pairing a reviewer judged: the units as the reviewer saw them and the verdict."""

    doc: str | None  # the article's file, from the evidence the decision was taken on
    article: str | None  # the article id
    ids: tuple[str, str]
    names: tuple[str, ...]
    accepted: bool
    evidence: Quote | None


def labelled_pairs(decisions: Iterable[Decision]) -> list[LabelledPair]:
    """Accepted and rejected pairings as labelled examples for training, one per
    pairing and article (the last decision on it wins; a withdrawn one gives none),
    in file order of the deciding line. ``since`` counts as accepted."""
    last: dict[tuple[Any, ...], Decision] = {}
    for d in decisions:
        if d.type == "PAIRED_WITH" and d.action in EDGE_ACTIONS:
            article = d.evidence.article if d.evidence else None
            key = (*sorted(d.ids), article)
            last.pop(key, None)  # re-insert: order by the deciding line
            last[key] = d
    out = []
    for d in last.values():
        if d.action == "withdraw":
            continue
        ev = d.evidence
        out.append(
            LabelledPair(
                doc=ev.doc if ev else None,
                article=ev.article if ev else None,
                ids=(d.ids[0], d.ids[1]),
                names=d.names,
                accepted=d.action != "reject",
                evidence=ev,
            )
        )
    return out


# -- what needs a look ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ReviewItem:
    """Something in the graph a person should look at.

    ``kind``: ``pairing`` / ``post`` (an edge whose confidence is below the threshold;
    ``ids`` its ends, ``title`` a post's), ``miss`` (a possible miss, :class:`PossibleMiss`:
    a pairing the model turned down just below its threshold; ``confidence`` its highest
    probability) or ``duplicate`` (two units that may be one; ``reason`` says why:
    same-name, alias or contained).
    """

    kind: str
    ids: tuple[str, str]
    reason: str
    confidence: float | None = None
    title: str | None = None

    @property
    def key(self) -> str:
        # A possible miss is a pairing not (yet) made: decisions on it are pairing ones.
        kind = "pairing" if self.kind == "miss" else self.kind
        return "|".join((kind, *sorted(self.ids), self.title or ""))


DUPLICATE_REASONS = ("same-name", "alias", "contained")
MIN_CONTAINED = 4  # a shorter name than this inside another is a word, not a unit
# A name opening with a bare level word (区委组织部, 镇政府, 街道办) names a different unit
# in every region: the same such name in two regions is no duplicate.
_GENERIC = re.compile(r"^(区|县|市|省|镇|乡|村|街道|社区)")
_UNPLACED = "-"


def review_queue(kg: KnowledgeGraph, threshold: float = 0.8) -> list[ReviewItem]:
    """What needs a human look, most useful first: pairings and posts below
    ``threshold`` (least confident first; an edge without a confidence is a rule's
    and counts as 1.0), then probable duplicate units (:func:`probable_duplicates`).
    Edges a person confirmed are not asked about again."""
    edges: list[ReviewItem] = []
    for u, v, data in kg.edges():
        if data["type"] not in REVIEWED_EDGE_TYPES or is_confirmed(data):
            continue
        conf = float(data["confidence"]) if data.get("confidence") is not None else 1.0
        if conf < threshold:
            kind = "pairing" if data["type"] == "PAIRED_WITH" else "post"
            edges.append(ReviewItem(kind, (u, v), "low-confidence", conf, data.get("title")))
    edges.sort(key=lambda i: (i.confidence, i.ids, i.title or ""))
    return edges + probable_duplicates(kg)


def _scope(node_id: str) -> str | None:
    """The region part of an unlinked unit's id (``org:<scope>/<name>``), if any."""
    head, sep, _ = node_id.partition("/")
    return head.split(":", 1)[1] if sep and ":" in head else None


def probable_duplicates(kg: KnowledgeGraph) -> list[ReviewItem]:
    """Pairs of units not linked to the gazetteer that may be one, strongest reason
    first: the same normalised name where one is unplaced or the name is not generic
    (each such group once, every member against the one most articles name); one's
    name an alias of the other's (same region, or one unplaced and the alias not
    generic); one's name inside the
    other's (same type, same region, at least :data:`MIN_CONTAINED` characters)."""
    units = {
        n: d
        for n, d in kg.nodes()
        if d["label"] in UNIT_LABELS and not d.get("division_code") and d.get("articles")
    }
    found: dict[tuple[str, str], str] = {}

    def note(a: str, b: str, reason: str) -> None:
        pair = (min(a, b), max(a, b))
        if a != b and pair not in found:
            found[pair] = reason

    def near(a: str, b: str) -> bool:
        sa, sb = _scope(a), _scope(b)
        return sa == sb or _UNPLACED in (sa, sb)

    by_name: dict[str, list[str]] = {}
    for n, d in units.items():
        by_name.setdefault(normalise_name(d["name"]), []).append(n)
    for name, same in sorted(by_name.items()):
        if len(same) < 2:
            continue
        anchor = min(same, key=lambda n: (-len(units[n]["articles"]), n))
        for other in sorted(same):
            if other != anchor and (not _GENERIC.match(name) or near(anchor, other)):
                note(anchor, other, "same-name")
    for n, d in sorted(units.items()):
        for alias in d.get("aliases") or ():
            form = normalise_name(alias)
            for other in by_name.get(form, ()):
                if _scope(n) == _scope(other) or (not _GENERIC.match(form) and near(n, other)):
                    note(n, other, "alias")
    by_scope: dict[tuple[str | None, str], list[tuple[str, str]]] = {}
    for n, d in units.items():
        by_scope.setdefault((_scope(n), d["label"]), []).append((normalise_name(d["name"]), n))
    for members in by_scope.values():
        members.sort(key=lambda m: (len(m[0]), m))
        for i, (short, a) in enumerate(members):
            if len(short) < MIN_CONTAINED:
                continue
            for long, b in members[i + 1 :]:
                if len(long) > len(short) and short in long:
                    note(a, b, "contained")
    order = {r: i for i, r in enumerate(DUPLICATE_REASONS)}
    items = [ReviewItem("duplicate", pair, reason) for pair, reason in found.items()]
    items.sort(key=lambda i: (order[i.reason], i.ids))
    return items


def possible_miss_items(kg: KnowledgeGraph, misses: Iterable[PossibleMiss]) -> list[ReviewItem]:
    """One ``miss`` item per pair among ``misses`` that is still no edge of ``kg`` and
    whose units are both in it (:func:`settle_misses`), the most probable first (the
    nearest to the threshold: the likeliest to be a real pairing)."""
    best: dict[tuple[str, str], float] = {}
    for m in settle_misses(kg, misses):
        best[m.ids] = max(best.get(m.ids, 0.0), m.probability)
    items = [ReviewItem("miss", ids, "near-miss", p) for ids, p in best.items()]
    items.sort(key=lambda i: (-(i.confidence or 0.0), i.ids))
    return items


def with_possible_misses(queue: list[ReviewItem], misses: list[ReviewItem]) -> list[ReviewItem]:
    """:func:`review_queue` with the possible misses after the shaky edges and before
    the probable duplicates: a doubtful edge costs precision, a missed one recall, and
    both are one key to settle; duplicates take more reading."""
    cut = next((i for i, item in enumerate(queue) if item.kind == "duplicate"), len(queue))
    return queue[:cut] + misses + queue[cut:]
