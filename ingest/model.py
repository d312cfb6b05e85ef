"""Plain value objects passed between pbkg's stages.

    Article ─► PlaceMention[] / Mention[] ─► Entity[] + Relation[]  (one Extraction per article)

Offsets: every ``start``/``end`` inside an :class:`Article` (sentences, mentions) points
into ``Article.text``, the cleaned story text. ``Article.simplified`` has exactly the same
length, so an offset found in the simplified text is valid in ``text`` too. Offsets written
to the outside world (``Evidence``) point into the decoded file ("the text as read"), via
:meth:`Article.source_offset`.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, cast, get_args

EntityType = Literal["Person", "Organization", "Village", "ResidentsCommittee", "Region"]
ENTITY_TYPES: tuple[str, ...] = (
    "Person",
    "Organization",
    "Village",
    "ResidentsCommittee",
    "Region",
)
PlaceType = Literal["Village", "ResidentsCommittee", "Region"]
PLACE_TYPES: tuple[str, ...] = ("Village", "ResidentsCommittee", "Region")
# The entity types that are units (what pairs and what a post is held in): all but Person.
UNIT_TYPES: frozenset[str] = frozenset({"Organization", *PLACE_TYPES})
RelationType = Literal["PAIRED_WITH", "HOLDS_POST", "PART_OF"]
RELATION_TYPES: tuple[str, ...] = ("PAIRED_WITH", "HOLDS_POST", "PART_OF")
# What kind of organisation a unit is (the subtype column of lexicons/org_suffixes.tsv,
# and party_org for a party body of its own).
OrgSubtype = Literal[
    "bank",
    "court",
    "enterprise",
    "government",
    "hospital",
    "media",
    "other",
    "party_org",
    "school",
    "service_site",
    "social_org",
]
ORG_SUBTYPES: tuple[str, ...] = get_args(OrgSubtype)

# Gazetteer levels, from the top down. "village" covers villages and residents' committees.
PlaceLevel = Literal["province", "city", "county", "town", "village"]
PLACE_LEVELS: tuple[str, ...] = ("province", "city", "county", "town", "village")


def _one_of(value: object, allowed: tuple[str, ...], what: str) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise ValueError(f"not {what}: {value!r} (one of {', '.join(allowed)})")
    return value


def entity_type(value: object) -> EntityType:
    """``value`` as an :data:`EntityType`; raises ``ValueError`` for anything else."""
    return cast(EntityType, _one_of(value, ENTITY_TYPES, "an entity type"))


def place_type(value: object) -> PlaceType:
    """``value`` as a :data:`PlaceType`; raises ``ValueError`` for anything else."""
    return cast(PlaceType, _one_of(value, PLACE_TYPES, "a place type"))


def place_level(value: object) -> PlaceLevel:
    """``value`` as a :data:`PlaceLevel`; raises ``ValueError`` for anything else."""
    return cast(PlaceLevel, _one_of(value, PLACE_LEVELS, "a place level"))


def org_subtype(value: object) -> OrgSubtype:
    """``value`` as an :data:`OrgSubtype`; raises ``ValueError`` for anything else."""
    return cast(OrgSubtype, _one_of(value, ORG_SUBTYPES, "an organisation subtype"))


def relation_type(value: object) -> RelationType:
    """``value`` as a :data:`RelationType`; raises ``ValueError`` for anything else."""
    return cast(RelationType, _one_of(value, RELATION_TYPES, "a relation type"))


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ReadError:
    """An input that could not be read; reported, never fatal to the rest of the corpus."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Article:
    """One story, cut out of a file (a page may hold several stories).

    ``offset_map`` is a sorted tuple of ``(text_offset, source_offset)`` breakpoints: the
    character ``text[i]`` came from ``source[s + (i - t)]`` for the last breakpoint
    ``(t, s)`` with ``t <= i``. Layout repair (joined words, dropped furniture) adds
    breakpoints; an untouched story has the single breakpoint ``(0, span_start)``.
    """

    id: str  # stable: a hash of the normalised text
    doc: str  # the input file's name, the scorer's key
    path: str  # the path as given
    text: str  # cleaned story text, original script (may be traditional)
    simplified: str  # ``text`` in simplified characters, same length
    sentences: tuple[Sentence, ...]
    span: tuple[int, int]  # character span of the story in the decoded file
    offset_map: tuple[tuple[int, int], ...] = ((0, 0),)
    title: str | None = None
    # The publication date: as the record or page gives it, else a credit line's, else
    # (as before) the date the lead gives. ISO 8601, "2021-10-26", or "2020-07".
    date: str | None = None
    authors: tuple[str, ...] = ()
    source: str | None = None
    url: str | None = None
    encoding: str | None = None
    index: int = 0  # position of the story in its file
    # The date the text gives for what it reports (a lead's 6月29日, completed from the
    # nearest dated context), whatever the publication date; None when the text has none.
    event_date: str | None = None

    def source_offset(self, i: int) -> int:
        """Map an offset in ``text`` to an offset in the decoded file."""
        k = bisect.bisect_right(self.offset_map, (i, float("inf"))) - 1
        t, s = self.offset_map[max(k, 0)]
        return s + (i - t)

    def sentence_at(self, i: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= i < s.end:
                return s
        return None

    def metadata(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc": self.doc,
            "path": self.path,
            "title": self.title,
            "date": self.date,
            "event_date": self.event_date,
            "authors": list(self.authors),
            "source": self.source,
            "url": self.url,
            "span": list(self.span),
            "index": self.index,
        }


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place name found in an article, linked to its division code where certain."""

    start: int
    end: int
    surface: str  # as written in ``Article.text``
    type: PlaceType
    level: PlaceLevel | None  # None for informal areas
    name: str  # canonical short name in simplified script (高楼村, 恒信居委会, 朱泾镇)
    code: str | None  # official division code (12/9/6 digits), None when not certain
    candidates: tuple[str, ...] = ()  # codes considered


@dataclass(frozen=True, slots=True)
class Mention:
    """A candidate span of a unit or person, before resolution into entities."""

    start: int
    end: int
    surface: str
    type: str  # one of ENTITY_TYPES
    name: str  # canonical simplified name (party suffix folded away)
    subtype: OrgSubtype | None = None  # an organisation's kind
    code: str | None = None  # a place's division code
    rule: str = ""
    level: PlaceLevel | None = None  # a place's level
    head: str | None = None  # a back-reference (rule "generic"): the word it ends in (公司)


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence a relation was read from; offsets into the decoded file."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    id: str  # local to the extraction: e1, e2, ...
    type: EntityType
    name: str
    aliases: tuple[str, ...]
    subtype: OrgSubtype | None = None  # organisations only
    division_code: str | None = None  # places only
    level: PlaceLevel | None = None  # places only
    candidates: tuple[str, ...] = ()
    mentions: tuple[tuple[int, int], ...] = ()  # spans in Article.text


@dataclass(frozen=True)
class Relation:
    type: RelationType
    source: str  # entity id
    target: str  # entity id
    rule: str
    confidence: float
    kind: str | None = None  # pairing word (PAIRED_WITH)
    since: int | None = None  # year (PAIRED_WITH)
    title: str | None = None  # post title (HOLDS_POST)
    evidence: Evidence | None = None


@dataclass(frozen=True)
class NearMiss:
    """A PAIRED_WITH candidate the learned decision turned down, but only just: its
    probability lies in the band just below the model's threshold. Not a relation —
    the graph makes no edge of it — but kept so that a reviewer can be asked about it
    (``pbkg review``: a "possible miss")."""

    source: str  # entity id
    target: str  # entity id
    probability: float  # the model's calibrated probability (below its threshold)
    rule: str  # what weighed most: ``model:feature,feature,feature``
    kind: str | None = None  # pairing word in the evidence
    since: int | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything read from one article: the contract of GOLD_FORMAT.md §3, and the
    pairing candidates rejected just below the threshold (``near_misses``; written to
    ``extractions.jsonl`` under that key only when there are any)."""

    article: Article
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    places: tuple[PlaceMention, ...] = field(default=(), compare=False)
    near_misses: tuple[NearMiss, ...] = ()

    def to_record(self) -> dict[str, Any]:
        """The JSON object written per article to ``extractions.jsonl``."""
        record = {
            "doc": self.article.doc,
            "article": self.article.metadata(),
            "entities": [_entity_record(e) for e in self.entities],
            "relations": [_relation_record(r) for r in self.relations],
        }
        if self.near_misses:
            record["near_misses"] = [_near_miss_record(m) for m in self.near_misses]
        return record

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Extraction:
        """The extraction a :meth:`to_record` object describes (read back from
        ``extractions.jsonl``, or written by another tool in the same format).

        A record holds the article's metadata, not its text: the Article read back has
        empty ``text``, ``simplified`` and ``sentences``. ``from_record(r).to_record()``
        gives ``r`` again for every record :meth:`to_record` wrote. Raises ``ValueError``
        (or ``KeyError``/``TypeError`` for a missing or malformed field) when an entity or
        relation type, a level or a subtype is not one of the contract's values; relations
        to entity ids the record does not hold are kept (the graph build skips them).
        """
        art = record["article"]
        article = Article(
            id=str(art["id"]),
            doc=str(art.get("doc") or record.get("doc") or ""),
            path=str(art.get("path") or ""),
            text="",
            simplified="",
            sentences=(),
            span=_span(art.get("span")),
            title=art.get("title"),
            date=art.get("date"),
            authors=tuple(art.get("authors") or ()),
            source=art.get("source"),
            url=art.get("url"),
            index=int(art.get("index") or 0),
            event_date=art.get("event_date"),
        )
        return cls(
            article=article,
            entities=tuple(_entity_from(e) for e in record.get("entities") or ()),
            relations=tuple(_relation_from(r) for r in record.get("relations") or ()),
            near_misses=tuple(_near_miss_from(m) for m in record.get("near_misses") or ()),
        )


def _span(value: Any) -> tuple[int, int]:
    start, end = value if value else (0, 0)
    return int(start), int(end)


def _entity_from(rec: Mapping[str, Any]) -> Entity:
    etype = entity_type(rec["type"])
    subtype, level = rec.get("subtype"), rec.get("level")
    return Entity(
        id=str(rec["id"]),
        type=etype,
        name=str(rec["name"]),
        aliases=tuple(rec.get("aliases") or ()),
        subtype=org_subtype(subtype) if subtype else None,
        division_code=rec.get("division_code"),
        level=place_level(level) if level else None,
        candidates=tuple(rec.get("candidates") or ()),
        mentions=tuple((int(s), int(e)) for s, e in rec.get("mentions") or ()),
    )


def _relation_from(rec: Mapping[str, Any]) -> Relation:
    ev = rec.get("evidence")
    return Relation(
        type=relation_type(rec["type"]),
        source=str(rec["source"]),
        target=str(rec["target"]),
        rule=str(rec.get("rule") or ""),
        confidence=float(rec.get("confidence", 1.0)),
        kind=rec.get("kind"),
        since=rec.get("since"),
        title=rec.get("title"),
        evidence=Evidence(ev.get("text"), ev.get("start"), ev.get("end")) if ev else None,
    )


def _evidence_from(ev: Any) -> Evidence | None:
    return Evidence(ev.get("text"), ev.get("start"), ev.get("end")) if ev else None


def _evidence_record(ev: Evidence) -> dict[str, Any]:
    return {"text": ev.text, "start": ev.start, "end": ev.end}


def _near_miss_from(rec: Mapping[str, Any]) -> NearMiss:
    return NearMiss(
        source=str(rec["source"]),
        target=str(rec["target"]),
        probability=float(rec["probability"]),
        rule=str(rec.get("rule") or ""),
        kind=rec.get("kind"),
        since=rec.get("since"),
        evidence=_evidence_from(rec.get("evidence")),
    )


def _near_miss_record(m: NearMiss) -> dict[str, Any]:
    rec: dict[str, Any] = {"source": m.source, "target": m.target}
    if m.kind is not None:
        rec["kind"] = m.kind
    if m.since is not None:
        rec["since"] = m.since
    if m.evidence is not None:
        rec["evidence"] = _evidence_record(m.evidence)
    rec["probability"] = round(m.probability, 3)
    rec["rule"] = m.rule
    return rec


def _entity_record(e: Entity) -> dict[str, Any]:
    rec: dict[str, Any] = {"id": e.id, "type": e.type, "name": e.name, "aliases": list(e.aliases)}
    if e.subtype:
        rec["subtype"] = e.subtype
    if e.type in PLACE_TYPES:
        rec["division_code"] = e.division_code
        rec["level"] = e.level
        if e.candidates and not e.division_code:
            rec["candidates"] = list(e.candidates)
    rec["mentions"] = [list(m) for m in e.mentions]
    return rec


def _relation_record(r: Relation) -> dict[str, Any]:
    rec: dict[str, Any] = {"type": r.type, "source": r.source, "target": r.target}
    if r.kind is not None:
        rec["kind"] = r.kind
    if r.since is not None:
        rec["since"] = r.since
    if r.title is not None:
        rec["title"] = r.title
    if r.evidence is not None:
        rec["evidence"] = {
            "text": r.evidence.text,
            "start": r.evidence.start,
            "end": r.evidence.end,
        }
    rec["confidence"] = round(r.confidence, 3)
    rec["rule"] = r.rule
    return rec
