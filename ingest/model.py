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
from dataclasses import dataclass, field
from typing import Any, Literal

EntityType = Literal["Person", "Organization", "Village", "ResidentsCommittee", "Region"]
ENTITY_TYPES: tuple[str, ...] = (
    "Person",
    "Organization",
    "Village",
    "ResidentsCommittee",
    "Region",
)
PLACE_TYPES: tuple[str, ...] = ("Village", "ResidentsCommittee", "Region")

# Gazetteer levels, from the top down. "village" covers villages and residents' committees.
PlaceLevel = Literal["province", "city", "county", "town", "village"]
PLACE_LEVELS: tuple[str, ...] = ("province", "city", "county", "town", "village")


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
    type: str  # Village | ResidentsCommittee | Region
    level: str | None  # a PlaceLevel, None for informal areas
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
    subtype: str | None = None
    code: str | None = None
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence a relation was read from; offsets into the decoded file."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    id: str  # local to the extraction: e1, e2, ...
    type: str
    name: str
    aliases: tuple[str, ...]
    subtype: str | None = None
    division_code: str | None = None
    level: str | None = None
    candidates: tuple[str, ...] = ()
    mentions: tuple[tuple[int, int], ...] = ()  # spans in Article.text


@dataclass(frozen=True)
class Relation:
    type: str  # PAIRED_WITH | HOLDS_POST | PART_OF
    source: str  # entity id
    target: str  # entity id
    rule: str
    confidence: float
    kind: str | None = None  # pairing word (PAIRED_WITH)
    since: int | None = None  # year (PAIRED_WITH)
    title: str | None = None  # post title (HOLDS_POST)
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything read from one article: the contract of GOLD_FORMAT.md §3."""

    article: Article
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    places: tuple[PlaceMention, ...] = field(default=(), compare=False)

    def to_record(self) -> dict[str, Any]:
        """The JSON object written per article to ``extractions.jsonl``."""
        return {
            "doc": self.article.doc,
            "article": self.article.metadata(),
            "entities": [_entity_record(e) for e in self.entities],
            "relations": [_relation_record(r) for r in self.relations],
        }


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
