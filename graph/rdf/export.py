"""Export a :class:`~graph.model.KnowledgeGraph` as RDF in standard vocabularies.

Mapping (the full description, with domains and ranges, is in ``pbkg.ttl``):

==================  ==========================================================================
graph               RDF
==================  ==========================================================================
Organization        ``org:Organization``; ``pbkg:subtype``
Village, Resid…,    ``schema:AdministrativeArea`` and ``pbkg:Village`` / ``pbkg:ResidentsCommittee``
Region              / ``pbkg:Region``; ``schema:identifier`` (division code), ``pbkg:level``
Person              ``schema:Person``; ``schema:affiliation`` (the unit the person was read in)
Article             ``schema:NewsArticle``, ``prov:Entity``; headline, date, url, author, doc,
                    path, eventDate
name, aliases       ``skos:prefLabel`` @zh and @zh-Latn-pinyin; ``skos:altLabel`` @zh
articles            ``prov:wasDerivedFrom`` the article
PAIRED_WITH         ``pbkg:pairedWith`` both ways, and a ``pbkg:Pairing`` with ``pbkg:partner``
                    ×2, ``pbkg:kind``, ``pbkg:since``, ``pbkg:confidence``,
                    ``prov:wasDerivedFrom`` (sources) and ``pbkg:evidence`` → ``pbkg:Evidence``
                    (``prov:value`` quotation, ``prov:wasQuotedFrom`` article, ``pbkg:start``,
                    ``pbkg:end``, ``pbkg:rule``, ``pbkg:confidence``; one per reading);
                    confirmed by a reviewer: ``prov:wasAttributedTo`` a ``prov:Agent``, and
                    a ``prov:Activity`` (the review) ``prov:used`` it, ``prov:endedAtTime``
HOLDS_POST          person ``org:holds`` an ``org:Post`` (one per unit and title) that is
                    ``org:postIn`` the unit and has ``org:role`` an ``org:Role`` (the title)
PART_OF             ``schema:containedInPlace`` (parent is a place) or
                    ``org:subOrganizationOf`` (parent is an organisation)
MENTIONED_IN        article ``schema:mentions`` entity
==================  ==========================================================================

``generate_triples`` is the pure generator; ``graph_to_rdf`` collects it into an
``rdflib.Graph``; ``write_rdf`` writes a file. Turtle and N-Triples are written by the
streaming writer in :mod:`graph.rdf.stream` (rdflib's serialisers are several times slower
on large graphs, see ``benchmarks/rdf_export.py``); JSON-LD and RDF/XML by rdflib.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from pypinyin import Style, lazy_pinyin
from pypinyin.core import Pinyin
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, SDO, SKOS, XSD, DefinedNamespace

from graph.model import KnowledgeGraph
from graph.rdf import FORMATS, stream
from graph.rdf.iris import (
    DEFAULT_BASE_IRI,
    SEGMENTS,
    check_base_iri,
    digest,
    encode_segment,
    escape_iri,
)
from graph.rdf.stream import Lit
from graph.rdf.vocab import PBKG, PBKG_NS
from ingest.atomicio import atomic_open, atomic_write_bytes

Triple = tuple[URIRef, URIRef, URIRef | Literal]
LightTriple = tuple[URIRef, URIRef, URIRef | Lit]


class _Resolved:
    """A closed namespace whose terms are looked up once each, on first use.

    Every attribute access on a ``DefinedNamespace`` walks its class and checks the term,
    which adds up to seconds over millions of triples; a cached plain attribute costs
    nothing. Unknown terms still raise ``AttributeError``.
    """

    def __init__(self, ns: type[DefinedNamespace]) -> None:
        self._ns = ns

    def __getattr__(self, name: str) -> URIRef:  # only reached before the first use
        term: URIRef = getattr(self._ns, name)
        setattr(self, name, term)
        return term


_A = RDF.type
_pbkg, _org, _schema = _Resolved(PBKG), _Resolved(ORG), _Resolved(SDO)
_prov, _skos, _xsd = _Resolved(PROV), _Resolved(SKOS), _Resolved(XSD)

SHAPES_PATH = Path(__file__).with_name("shapes.ttl")
"""The SHACL shapes every export satisfies."""
VOCABULARY_PATH = Path(__file__).with_name("pbkg.ttl")
"""The pbkg vocabulary, documented in Turtle."""


PLACE_CLASSES: dict[str, URIRef] = {
    "Village": PBKG.Village,
    "ResidentsCommittee": PBKG.ResidentsCommittee,
    "Region": PBKG.Region,
}
ZH = "zh"
PINYIN = "zh-Latn-pinyin"

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_YEAR = re.compile(r"^-?\d{4}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}$")


def prefixes(base_iri: str = DEFAULT_BASE_IRI) -> dict[str, str]:
    """Prefix → namespace for every namespace the export uses (written in each format)."""
    out = {
        "rdf": str(RDF),
        "xsd": str(XSD),
        "skos": str(SKOS),
        "org": str(ORG),
        "prov": str(PROV),
        "schema": str(SDO),
        "pbkg": PBKG_NS,
    }
    out.update({name: base_iri + seg for name, seg in SEGMENTS.items()})
    return out


_PINYIN = Pinyin()


@lru_cache(maxsize=65536)
def _word_pinyin(word: str) -> tuple[str, ...]:
    return tuple(lazy_pinyin(word, style=Style.TONE))


def pinyin_label(name: str) -> str | None:
    """Hanyu Pinyin with tone marks, syllables separated by spaces; None without Han.

    Names are cut into words with pypinyin's own segmenter (so polyphones read by their
    phrase: 银行 yín háng) and each word is converted once: names in one export are
    mostly distinct, but their words (村, 居委会, 有限公司, 党委书记) are not, and
    conversion is most of the cost of the export.

    >>> pinyin_label("高楼村")
    'gāo lóu cūn'
    """
    if not _HAN.search(name):
        return None
    parts = [p.strip() for word in _PINYIN.seg(name) for p in _word_pinyin(word)]
    return " ".join(p for p in parts if p)


def _decimal(x: float) -> Lit:
    # Our own canonical lexical form (3 places, trailing zeros cut) so that every
    # format parses back to the identical literal.
    text = f"{float(x):.3f}".rstrip("0")
    return Lit(text + "0" if text.endswith(".") else text, None, _xsd.decimal)


def _date(text: str) -> Lit:
    if _DATE.match(text):
        return Lit(text, None, _xsd.date)
    if _YEAR_MONTH.match(text):
        return Lit(text, None, _xsd.gYearMonth)
    if _YEAR.match(text):
        return Lit(text, None, _xsd.gYear)
    return Lit(text)


def _text(text: str) -> Lit:
    """A Chinese literal when the text has Han characters, a plain one otherwise."""
    return Lit(text, ZH) if _HAN.search(text) else Lit(text)


class _Minter:
    """Node id → IRI for one export (places by division code where the code is unique)."""

    def __init__(self, kg: KnowledgeGraph, base_iri: str) -> None:
        self.base = check_base_iri(base_iri)
        self.ns = {name: self.base + seg for name, seg in SEGMENTS.items()}
        codes: dict[str, int] = defaultdict(int)
        for _, data in kg.nodes():
            if data["label"] in PLACE_CLASSES and data.get("division_code"):
                codes[str(data["division_code"])] += 1
        # Two nodes with one code (a model mistake upstream) must not merge into one
        # resource: both then fall back to their ids, which are unique.
        self.unique_codes = {c for c, n in codes.items() if n == 1}
        self.iris: dict[str, URIRef] = {}
        for node_id, data in kg.nodes():
            self.iris[node_id] = self._mint(node_id, data)

    def _mint(self, node_id: str, data: dict[str, Any]) -> URIRef:
        label = data["label"]
        if label in PLACE_CLASSES:
            code = data.get("division_code")
            if code and str(code) in self.unique_codes:
                return URIRef(self.ns["division"] + encode_segment(str(code)))
            return URIRef(self.ns["place"] + encode_segment(node_id))
        segment = {"Organization": "unit", "Person": "person", "Article": "article"}.get(label)
        if segment is None:
            raise ValueError(f"no RDF mapping for node label {label!r} (node {node_id!r})")
        return URIRef(self.ns[segment] + encode_segment(node_id))

    def node(self, node_id: str) -> URIRef:
        return self.iris[node_id]

    def article(self, article_id: str) -> URIRef:
        """An article's IRI, whether or not the graph holds a node for it."""
        iri = self.iris.get(article_id)
        return iri if iri is not None else URIRef(self.ns["article"] + encode_segment(article_id))

    def make(self, kind: str, *parts: str) -> URIRef:
        return URIRef(self.ns[kind] + digest(parts))

    def role(self, title: str) -> URIRef:
        return URIRef(self.ns["role"] + encode_segment(title))


def _node_triples(m: _Minter, node_id: str, data: dict[str, Any]) -> Iterator[LightTriple]:
    s = m.node(node_id)
    label = data["label"]
    name = str(data.get("name") or "")
    if label == "Article":
        yield s, _A, _schema.NewsArticle
        yield s, _A, _prov.Entity
        if name:
            yield s, _skos.prefLabel, _text(name)
        if data.get("title"):
            yield s, _schema.headline, _text(str(data["title"]))
        if data.get("date"):
            yield s, _schema.datePublished, _date(str(data["date"]))
        if data.get("event_date"):
            yield s, _pbkg.eventDate, _date(str(data["event_date"]))
        if data.get("doc"):
            yield s, _pbkg.doc, Lit(str(data["doc"]))
        if data.get("path"):
            yield s, _pbkg.path, Lit(str(data["path"]))
        if data.get("source"):
            yield s, _schema.publisher, _text(str(data["source"]))
        for author in data.get("authors") or ():
            yield s, _schema.author, _text(str(author))
        if data.get("url"):
            yield s, _schema.url, URIRef(escape_iri(str(data["url"])))
        return

    if label == "Organization":
        yield s, _A, _org.Organization
        if data.get("subtype"):
            yield s, _pbkg.subtype, Lit(str(data["subtype"]))
    elif label == "Person":
        yield s, _A, _schema.Person
        unit = data.get("unit")
        if unit and unit in m.iris:
            yield s, _schema.affiliation, m.node(unit)
    else:
        yield s, _A, _schema.AdministrativeArea
        yield s, _A, PLACE_CLASSES[label]
        if data.get("division_code"):
            yield s, _schema.identifier, Lit(str(data["division_code"]))
        if data.get("level"):
            yield s, _pbkg.level, Lit(str(data["level"]))

    yield s, _skos.prefLabel, Lit(name, ZH)
    pinyin = pinyin_label(name)
    if pinyin:
        yield s, _skos.prefLabel, Lit(pinyin, PINYIN)
    for alias in data.get("aliases") or ():
        if alias != name:  # SKOS: prefLabel and altLabel are disjoint
            yield s, _skos.altLabel, Lit(str(alias), ZH)
    for article in data.get("articles") or ():
        yield s, _prov.wasDerivedFrom, m.article(str(article))


def _pairing_triples(m: _Minter, u: str, v: str, data: dict[str, Any]) -> Iterator[LightTriple]:
    p = m.make("pairing", u, v)
    yield p, _A, _pbkg.Pairing
    yield p, _pbkg.partner, m.node(u)
    yield p, _pbkg.partner, m.node(v)
    for kind in data.get("kinds") or ([data["kind"]] if data.get("kind") else []):
        yield p, _pbkg.kind, Lit(str(kind), ZH)
    if data.get("since") is not None:
        yield p, _pbkg.since, Lit(f"{int(data['since']):04d}", None, _xsd.gYear)
    if data.get("confidence") is not None:
        yield p, _pbkg.confidence, _decimal(data["confidence"])
    for article in data.get("articles") or ():
        yield p, _prov.wasDerivedFrom, m.article(str(article))
    # One Evidence per reading (an article's statement of the pairing), so every
    # aggregate above can be checked against the readings it came from.
    evidence = [
        (m.make("evidence", u, v, json.dumps(q, sort_keys=True, ensure_ascii=False)), q)
        for q in data.get("evidence") or ()
    ]
    for e, _ in evidence:
        yield p, _pbkg.evidence, e
    for e, q in evidence:
        yield from _evidence_triples(m, e, q)
    if data.get("confirmed_by"):
        yield from _review_triples(m, p, u, v, data)


def _review_triples(
    m: _Minter, p: URIRef, u: str, v: str, data: dict[str, Any]
) -> Iterator[LightTriple]:
    """A pairing a person confirmed (graph.reviews): the pairing is attributed to the
    reviewer, and the review is a ``prov:Activity`` that used it, ended when decided."""
    by, at = str(data["confirmed_by"]), data.get("confirmed_at")
    agent = m.make("reviewer", by)
    review = m.make("review", u, v, by, str(at))
    yield p, _prov.wasAttributedTo, agent
    yield agent, _A, _prov.Agent
    yield agent, _skos.prefLabel, _text(by)
    yield review, _A, _prov.Activity
    yield review, _prov.used, p
    yield review, _prov.wasAssociatedWith, agent
    if at:
        yield review, _prov.endedAtTime, Lit(str(at), None, _xsd.dateTime)


def _evidence_triples(m: _Minter, e: URIRef, q: dict[str, Any]) -> Iterator[LightTriple]:
    yield e, _A, _pbkg.Evidence
    yield e, _A, _prov.Entity
    if q.get("text"):
        yield e, _prov.value, _text(str(q["text"]))
    if q.get("article"):
        yield e, _prov.wasQuotedFrom, m.article(str(q["article"]))
    if q.get("start") is not None:
        yield e, _pbkg.start, Lit(str(int(q["start"])), None, _xsd.integer)
    if q.get("end") is not None:
        yield e, _pbkg.end, Lit(str(int(q["end"])), None, _xsd.integer)
    if q.get("rule"):
        yield e, _pbkg.rule, Lit(str(q["rule"]))
    if q.get("confidence") is not None:
        yield e, _pbkg.confidence, _decimal(q["confidence"])
    if q.get("kind"):
        yield e, _pbkg.kind, Lit(str(q["kind"]), ZH)
    if q.get("since") is not None:
        yield e, _pbkg.since, Lit(f"{int(q['since']):04d}", None, _xsd.gYear)


def generate_triples(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> Iterator[Triple]:
    """Yield the RDF triples of ``kg`` as rdflib terms, grouped by subject, in a
    deterministic order.

    Resources under ``base_iri`` (which must be absolute and end in ``/`` or ``#``;
    ``ValueError`` otherwise) are named by :mod:`graph.rdf.iris`. Raises ``ValueError``
    for a node label or edge type this exporter has no mapping for, rather than
    dropping data silently.
    """
    for s, p, o in _triples(kg, base_iri):
        yield s, p, (_to_literal(o) if isinstance(o, Lit) else o)


@lru_cache(maxsize=1 << 16)
def _to_literal(lit: Lit) -> Literal:
    # Many literals repeat (years, kinds, levels, confidences): convert each once.
    if lit.lang:
        return Literal(lit.lexical, lang=lit.lang)
    return Literal(lit.lexical, datatype=URIRef(lit.datatype) if lit.datatype else None)


def _triples(kg: KnowledgeGraph, base_iri: str) -> Iterator[LightTriple]:
    """The mapping itself, with literals as :class:`Lit` (see :mod:`graph.rdf.stream`)."""
    m = _Minter(kg, base_iri)
    # Direct triples of edges, keyed by their subject so that each node's triples come
    # out together (compact Turtle) and n-ary resources after them.
    direct: dict[str, list[tuple[URIRef, URIRef]]] = defaultdict(list)
    pairings: list[tuple[str, str, dict[str, Any]]] = []
    posts: dict[tuple[str, str], set[str]] = {}
    post_confidence: dict[tuple[str, str], float] = {}
    for u, v, data in kg.edges():
        etype = data["type"]
        if etype == "PAIRED_WITH":
            direct[u].append((_pbkg.pairedWith, m.node(v)))
            direct[v].append((_pbkg.pairedWith, m.node(u)))
            pairings.append((u, v, data))
        elif etype == "HOLDS_POST":
            key = (v, str(data["title"]))
            posts.setdefault(key, set()).update(data.get("articles") or ())
            if data.get("confidence") is not None:
                conf = float(data["confidence"])
                post_confidence[key] = max(conf, post_confidence.get(key, conf))
            direct[u].append((_org.holds, m.make("post", *key)))
        elif etype == "PART_OF":
            parent_is_place = kg.node(v)["label"] in PLACE_CLASSES
            pred = _schema.containedInPlace if parent_is_place else _org.subOrganizationOf
            direct[u].append((pred, m.node(v)))
        elif etype == "MENTIONED_IN":
            direct[v].append((_schema.mentions, m.node(u)))
        else:
            raise ValueError(f"no RDF mapping for edge type {etype!r} ({u!r} → {v!r})")

    for node_id, data in sorted(kg.nodes(), key=lambda nd: nd[0]):
        yield from _node_triples(m, node_id, data)
        s = m.node(node_id)
        for pred, obj in sorted(direct.get(node_id, ())):
            yield s, pred, obj

    for u, v, data in sorted(pairings, key=lambda e: (e[0], e[1])):
        yield from _pairing_triples(m, u, v, data)

    roles: set[str] = set()
    for (unit, title), articles in sorted(posts.items()):
        post = m.make("post", unit, title)
        yield post, _A, _org.Post
        yield post, _org.postIn, m.node(unit)
        yield post, _org.role, m.role(title)
        # A post is the unit's (朱泾镇党委书记), the role is the bare title (党委书记).
        yield post, _skos.prefLabel, Lit(str(kg.node(unit).get("name") or "") + title, ZH)
        for article in sorted(articles):
            yield post, _prov.wasDerivedFrom, m.article(str(article))
        if (unit, title) in post_confidence:  # the learned decision's, highest holder's
            yield post, _pbkg.confidence, _decimal(post_confidence[(unit, title)])
        roles.add(title)
    for title in sorted(roles):
        role = m.role(title)
        yield role, _A, _org.Role
        yield role, _skos.prefLabel, Lit(title, ZH)
        pinyin = pinyin_label(title)
        if pinyin:
            yield role, _skos.prefLabel, Lit(pinyin, PINYIN)


def graph_to_rdf(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    """The export of ``kg`` as an ``rdflib.Graph``, with every prefix bound."""
    g = Graph(bind_namespaces="core")
    for prefix, ns in prefixes(base_iri).items():
        g.bind(prefix, ns, override=True, replace=True)
    for triple in generate_triples(kg, base_iri):
        g.add(triple)
    return g


def serialize_rdf(
    kg: KnowledgeGraph, fmt: str = "turtle", base_iri: str = DEFAULT_BASE_IRI
) -> bytes:
    """The export of ``kg`` as a document in ``fmt`` (one of :data:`FORMATS`), UTF-8."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; one of {sorted(FORMATS)}")
    if fmt in ("turtle", "nt"):
        return "".join(_stream(kg, fmt, base_iri)).encode("utf-8")
    return _serialize_graph(graph_to_rdf(kg, base_iri), fmt, base_iri)


def _serialize_graph(g: Graph, fmt: str, base_iri: str) -> bytes:
    if fmt == "json-ld":
        # The prefixes as a JSON-LD @context, so compact IRIs survive in this format too.
        return g.serialize(format="json-ld", context=prefixes(base_iri), encoding="utf-8")
    return g.serialize(format=fmt, encoding="utf-8")


def _stream(
    kg: KnowledgeGraph, fmt: str, base_iri: str, counter: _Counter | None = None
) -> Iterator[str]:
    triples: Iterator[LightTriple] = _triples(kg, base_iri)
    if counter is not None:
        triples = counter.count(triples)
    if fmt == "nt":
        return stream.generate_ntriples(triples)
    return stream.generate_turtle(triples, prefixes(base_iri))


def write_rdf(
    kg: KnowledgeGraph,
    path: str | Path | IO[str],
    fmt: str = "turtle",
    base_iri: str = DEFAULT_BASE_IRI,
) -> int:
    """Write the export of ``kg`` to ``path`` (atomically) or to an open text stream;
    return the number of triples written.

    Turtle and N-Triples stream triple by triple and never hold the document in memory;
    JSON-LD and RDF/XML go through an ``rdflib.Graph``. Raises ``ValueError`` for an
    unknown ``fmt`` or an unusable ``base_iri`` (before anything is written).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; one of {sorted(FORMATS)}")
    check_base_iri(base_iri)
    if fmt in ("turtle", "nt"):
        counter = _Counter()
        chunks = _stream(kg, fmt, base_iri, counter)
        if isinstance(path, str | Path):
            with atomic_open(path, "w") as fh:
                fh.writelines(chunks)
        else:
            path.writelines(chunks)
        return counter.n
    g = graph_to_rdf(kg, base_iri)
    data = _serialize_graph(g, fmt, base_iri)
    if isinstance(path, str | Path):
        atomic_write_bytes(path, data)
    else:
        path.write(data.decode("utf-8"))
    return len(g)


class _Counter:
    """Counts the triples that pass through it on their way to a streaming writer."""

    def __init__(self) -> None:
        self.n = 0

    def count(self, triples: Iterator[LightTriple]) -> Iterator[LightTriple]:
        for t in triples:
            self.n += 1
            yield t
