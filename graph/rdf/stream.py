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
from typing import NamedTuple

from rdflib.namespace import RDF
from rdflib.term import BNode, Literal, Node, URIRef


class Lit(NamedTuple):
    """A literal whose lexical form is already canonical, as the exporter yields it.

    rdflib's ``Literal`` validates and converts its value on construction (about 10 µs
    each); the writers need only the text, so the exporter hands them these instead.
    ``datatype`` is an IRI; a literal has a ``lang`` or a ``datatype`` or neither.
    """

    lexical: str
    lang: str | None = None
    datatype: str | None = None


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


def _literal(
    lexical: str, lang: str | None, datatype: str | None, iri: Callable[[str], str]
) -> str:
    body = f'"{escape_string(lexical)}"'
    if lang:
        return f"{body}@{lang}"
    if datatype:
        return f"{body}^^{iri(datatype)}"
    return body


def _term(term: Term, iri: Callable[[str], str]) -> str:
    if type(term) is Lit:
        return _literal(term.lexical, term.lang, term.datatype, iri)
    if isinstance(term, URIRef):
        return iri(str(term))
    if isinstance(term, Literal):
        dt = term.datatype
        return _literal(str(term), term.language, str(dt) if dt is not None else None, iri)
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not an RDF term: {term!r}")


Term = Node | Lit
"""What the writers accept: rdflib terms, or :class:`Lit` for literals."""

_nt_iri = lru_cache(maxsize=1 << 16)(iriref)


def _same(a: Term | None, b: Term | None) -> bool:
    """Term equality, identity first: the exporter reuses one IRI object per resource,
    so rdflib's costlier ``==`` (a type check, then the text) is rarely reached."""
    return a is b or (type(a) is type(b) and isinstance(a, str) and str.__eq__(a, b) is True)


def generate_ntriples(triples: Iterable[tuple[Term, Term, Term]]) -> Iterator[str]:
    """Yield one N-Triples line (with its newline) per triple."""
    for s, p, o in triples:
        yield f"{_term(s, _nt_iri)} {_term(p, _nt_iri)} {_term(o, _nt_iri)} .\n"


def generate_turtle(
    triples: Iterable[tuple[Term, Term, Term]], prefixes: dict[str, str]
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
    subject: Term | None = None
    predicate: Term | None = None
    block: list[str] = []  # one subject's text, yielded whole: fewer, larger writes
    for s, p, o in triples:
        obj = _term(o, iri)
        if _same(s, subject):
            if _same(p, predicate):
                block.append(f" ,\n        {obj}")
            else:
                verb = "a" if _same(p, rdf_type) else _term(p, iri)
                block.append(f" ;\n    {verb} {obj}")
        else:
            if block:
                block.append(" .\n\n")
                yield "".join(block)
            verb = "a" if _same(p, rdf_type) else _term(p, iri)
            block = [f"{_term(s, iri)} {verb} {obj}"]
        subject, predicate = s, p
    if block:
        block.append(" .\n")
        yield "".join(block)
