"""The streaming N-Triples and Turtle writers, on their own: any rdflib triples in, text
that rdflib parses back to the same graph out."""

from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, XSD

from graph.rdf.export import graph_to_rdf, prefixes
from graph.rdf.stream import Lit, escape_string, generate_ntriples, generate_turtle, iriref

EX = "http://example.org/ns#"
TRICKY = [
    'say "hi"',
    "back\\slash",
    "line\nbreak\r\n",
    "tab\there",
    "\x00\x07\x1f\x7f",
    "中文",
    "🏯",
]


def _tricky_graph() -> Graph:
    g = Graph()
    s = URIRef(EX + "s")
    for i, text in enumerate(TRICKY):
        g.add((s, URIRef(EX + f"p{i}"), Literal(text)))
        g.add((s, URIRef(EX + "lang"), Literal(text, lang="zh-Latn-pinyin")))
        g.add((s, URIRef(EX + "typed"), Literal(text, datatype=URIRef(EX + "T"))))
    g.add((s, RDF.type, URIRef(EX + "C")))
    b = BNode("b1")
    g.add((b, URIRef(EX + "n"), Literal(7)))
    g.add((s, URIRef(EX + "ref"), b))
    # Local names a prefixed name cannot hold must fall back to <IRI>.
    for local in ["end.", "a/b", "", "-x", "%zz", "x%41"]:
        g.add((URIRef(EX + local), URIRef(EX + "p0"), Literal(local)))
    return g


@pytest.mark.parametrize("fmt", ["nt", "turtle"])
def test_any_literal_and_iri_round_trip(fmt: str):
    g = _tricky_graph()
    if fmt == "nt":
        text = "".join(generate_ntriples(g))
    else:
        text = "".join(generate_turtle(g, {"ex": EX, "rdf": str(RDF)}))
    assert isomorphic(Graph().parse(data=text, format=fmt), g)


def test_turtle_groups_a_subject_and_a_predicate():
    s, p = URIRef(EX + "s"), URIRef(EX + "p")
    triples = [(s, RDF.type, URIRef(EX + "C")), (s, p, Lit("1")), (s, p, Lit("2"))]
    text = "".join(generate_turtle(triples, {"ex": EX}))
    assert 'ex:s a ex:C ;\n    ex:p "1" ,\n        "2" .\n' in text


def test_lit_is_written_like_the_rdflib_literal_it_stands_for():
    s, p = URIRef(EX + "s"), URIRef(EX + "p")
    for lit, literal in [
        (Lit("120", None, str(XSD.integer)), Literal(120)),
        (Lit("待泾村", "zh"), Literal("待泾村", lang="zh")),
        (Lit("x"), Literal("x")),
    ]:
        assert list(generate_ntriples([(s, p, lit)])) == list(generate_ntriples([(s, p, literal)]))


def test_an_iri_with_a_forbidden_character_is_refused_not_written():
    with pytest.raises(ValueError, match="forbidden"):
        iriref("http://example.org/a b")
    with pytest.raises(ValueError, match="forbidden"):
        list(generate_ntriples([(URIRef(EX + "s"), URIRef(EX + "p"), URIRef(EX + "<o>"))]))


def test_a_bad_prefix_name_is_refused():
    with pytest.raises(ValueError, match="prefix"):
        list(generate_turtle([], {"1x": EX}))


def test_escapes():
    assert escape_string('a"b\\c\nd\te\x01') == 'a\\"b\\\\c\\nd\\te\\u0001'
    assert escape_string("中文 🏯") == "中文 🏯"


def test_the_writers_also_take_rdflib_triples_of_a_whole_export(small_graph):
    g = graph_to_rdf(small_graph)
    text = "".join(generate_turtle(g, prefixes()))
    assert isomorphic(Graph().parse(data=text, format="turtle"), g)
