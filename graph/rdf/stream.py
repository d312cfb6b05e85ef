"""Streaming N-Triples and Turtle writers: text out as the triples come in.

rdflib's serialisers first load every triple into a store and (for Turtle) sort and
index it, which is slow and memory-hungry on large graphs. These writers format one
triple at a time; Turtle groups consecutive triples that share a subject (and
predicate) with ``;`` and ``,`` — the exporter yields triples grouped by subject, so the
output is as compact as rdflib's.

Both are pure generators of text chunks; callers decide where the text goes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from rdflib.namespace import RDF
from rdflib.term import BNode, Literal, Node, URIRef

_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|\\^`]')
# Turtle PN_LOCAL restricted to ASCII: letters, digits, '_', '-', '.', and %XX escapes;
# it may start with a digit but not end with '.'. Anything else is written as <IRI>.
_PN_LOCAL = re.compile(
    r"^(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:(?:[A-Za-z0-9_.-]|%[0-9A-Fa-f]{2})*"
    r"(?:[A-Za-z0-9_-]|%[0-9A-Fa-f]{2}))?$"
)
_PREFIX_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')


def _escape_char(m: re.Match[str]) -> str:
    c = m.group(0)
    return _ESCAPES.get(c) or f"\\u{ord(c):04X}"


def escape_string(text: str) -> str:
    """The body of a double-quoted N-Triples/Turtle string (UTF-8 left as is)."""
    return _NEEDS_ESCAPE.sub(_escape_char, text)


def iriref(iri: str) -> str:
    """``<iri>``; raises ``ValueError`` if the IRI holds a character IRIREF forbids."""
    if _IRI_FORBIDDEN.search(iri):
        raise ValueError(f"IRI cannot be written, it holds a forbidden character: {iri!r}")
    return f"<{iri}>"


def _literal(lit: Literal, iri: Callable[[str], str]) -> str:
    body = f'"{escape_string(str(lit))}"'
    if lit.language:
        return f"{body}@{lit.language}"
    if lit.datatype is not None:
        return f"{body}^^{iri(str(lit.datatype))}"
    return body


def _term(term: Node, iri: Callable[[str], str]) -> str:
    if isinstance(term, URIRef):
        return iri(str(term))
    if isinstance(term, Literal):
        return _literal(term, iri)
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not an RDF term: {term!r}")


_nt_iri = lru_cache(maxsize=1 << 16)(iriref)


def generate_ntriples(triples: Iterable[tuple[Node, Node, Node]]) -> Iterator[str]:
    """Yield one N-Triples line (with its newline) per triple."""
    for s, p, o in triples:
        yield f"{_term(s, _nt_iri)} {_term(p, _nt_iri)} {_term(o, _nt_iri)} .\n"


def generate_turtle(
    triples: Iterable[tuple[Node, Node, Node]], prefixes: dict[str, str]
) -> Iterator[str]:
    """Yield a Turtle document: ``@prefix`` lines, then one block per run of a subject.

    An IRI becomes ``prefix:local`` when it starts with a declared namespace and the rest
    is a safe local name, ``<IRI>`` otherwise. Raises ``ValueError`` for a malformed prefix
    name or an IRI that cannot be written.
    """
    by_ns: dict[str, str] = {}
    for name, ns in prefixes.items():
        if not _PREFIX_NAME.match(name):
            raise ValueError(f"not a Turtle prefix name: {name!r}")
        iriref(ns)
        by_ns[ns] = name
        yield f"@prefix {name}: <{ns}> .\n"
    yield "\n"

    @lru_cache(maxsize=1 << 16)
    def iri(value: str) -> str:
        cut = max(value.rfind("/"), value.rfind("#")) + 1
        name = by_ns.get(value[:cut]) if cut else None
        if name is not None:
            local = value[cut:]
            if local == "" or _PN_LOCAL.match(local):
                return f"{name}:{local}"
        return iriref(value)

    rdf_type = RDF.type
    subject: Node | None = None
    predicate: Node | None = None
    for s, p, o in triples:
        obj = _term(o, iri)
        if s == subject:
            if p == predicate:
                yield f" ,\n        {obj}"
            else:
                yield f" ;\n    {'a' if p == rdf_type else _term(p, iri)} {obj}"
        else:
            if subject is not None:
                yield " .\n\n"
            yield f"{_term(s, iri)} {'a' if p == rdf_type else _term(p, iri)} {obj}"
        subject, predicate = s, p
    if subject is not None:
        yield " .\n"
