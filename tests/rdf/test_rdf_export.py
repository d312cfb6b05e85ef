"""The RDF export: shapes, round trips in every format, IRIs, labels, vocabulary."""

from __future__ import annotations

import itertools
import json
import random
import re
from pathlib import Path

import pyshacl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypinyin import Style, lazy_pinyin
from rdf_counts import counts, expected_counts
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import ORG, PROV, RDF, RDFS, SDO, SKOS

from graph.model import EDGE_TYPES, NODE_LABELS, KnowledgeGraph
from graph.rdf.export import (
    FORMATS,
    VOCABULARY_PATH,
    generate_triples,
    graph_to_rdf,
    pinyin_label,
    serialize_rdf,
    write_rdf,
)
from graph.rdf.iris import DEFAULT_BASE_IRI
from graph.rdf.vocab import PBKG, PBKG_NS

FORBIDDEN_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`]')
HOSTILE = [
    "a b",
    "<x>",
    '"q"',
    "{c}",
    "p|q",
    "back\\slash",
    "^caret",
    "`tick`",
    "tab\tnl\n",
    "100%",
    "a/b?c#d",
    '村 <居委会> "新" {}|\\^',
    "　全角空格　",
    "emoji 🏯",
]


def parse(data: bytes, fmt: str) -> Graph:
    return Graph().parse(data=data, format=fmt)


def validate(g: Graph, shapes: Graph) -> tuple[bool, str]:
    conforms, _, text = pyshacl.validate(g, shacl_graph=shapes)
    return bool(conforms), str(text)


def hostile_graph() -> KnowledgeGraph:
    """Every hostile string as a unit id and name, paired in a chain, with posts."""
    kg = KnowledgeGraph()
    kg.add_node("art <1>", "Article", "art", url='http://example.com/a b"c"{d}', doc="a b.txt")
    for i, name in enumerate(HOSTILE):
        kg.add_node(name, "Organization", name, aliases=[name + " 党委"], articles=["art <1>"])
        kg.add_node(f"place {name}", "Village", f"{name}村", articles=["art <1>"])
        kg.add_node(f"person {name}", "Person", f"{name}", unit=name)
        kg.add_post(f"person {name}", name, title=f"书记 {name}", article="art <1>")
        kg.add_part_of(name, f"place {name}", source="text", article="art <1>")
        if i:
            kg.add_pairing(
                HOSTILE[i - 1],
                name,
                kind="结对 共建",
                since=2000 + i,
                article="art <1>",
                evidence={"text": f'"{name}"\n\\', "start": i, "end": i + 5},
                confidence=0.5,
                rule="r <1>",
            )
    return kg


# ---------------------------------------------------------------------------- shapes


def test_the_export_of_the_small_graph_conforms_to_the_shipped_shapes(small_graph, shapes):
    conforms, report = validate(graph_to_rdf(small_graph), shapes)
    assert conforms, report


def test_the_export_of_hostile_names_conforms_to_the_shapes(shapes):
    conforms, report = validate(graph_to_rdf(hostile_graph()), shapes)
    assert conforms, report


def _drop_one_partner(g: Graph) -> None:
    pairing = next(g.subjects(RDF.type, PBKG.Pairing))
    g.remove((pairing, PBKG.partner, next(g.objects(pairing, PBKG.partner))))


def _one_way_pairing(g: Graph) -> None:
    s, o = next(iter(g.subject_objects(PBKG.pairedWith)))
    g.remove((o, PBKG.pairedWith, s))


def _short_village_code(g: Graph) -> None:
    village = next(g.subjects(RDF.type, PBKG.Village))
    g.set((village, SDO.identifier, Literal("310116101")))


def _no_chinese_label(g: Graph) -> None:
    unit = next(g.subjects(RDF.type, ORG.Organization))
    for label in list(g.objects(unit, SKOS.prefLabel)):
        if label.language == "zh":
            g.remove((unit, SKOS.prefLabel, label))


def _pairing_without_source(g: Graph) -> None:
    pairing = next(g.subjects(RDF.type, PBKG.Pairing))
    g.remove((pairing, PROV.wasDerivedFrom, None))


def _evidence_ends_before_start(g: Graph) -> None:
    evidence = next(g.subjects(RDF.type, PBKG.Evidence))
    g.set((evidence, PBKG.end, Literal(0)))


def _place_of_two_kinds(g: Graph) -> None:
    village = next(g.subjects(RDF.type, PBKG.Village))
    g.add((village, RDF.type, PBKG.Region))


@pytest.mark.parametrize(
    "breakage",
    [
        _drop_one_partner,
        _one_way_pairing,
        _short_village_code,
        _no_chinese_label,
        _pairing_without_source,
        _evidence_ends_before_start,
        _place_of_two_kinds,
    ],
)
def test_the_shapes_reject_a_broken_export(small_graph, shapes, breakage):
    g = graph_to_rdf(small_graph)
    breakage(g)
    conforms, _ = validate(g, shapes)
    assert not conforms


# ------------------------------------------------------------------------ round trips


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_each_format_parses_back_to_the_same_graph(small_graph, fmt):
    reference = graph_to_rdf(small_graph)
    back = parse(serialize_rdf(small_graph, fmt), fmt)
    assert isomorphic(reference, back)
    assert counts(back) == expected_counts(small_graph)
    assert counts(back) == {
        "units": 4,
        "people": 2,
        "places": 4,
        "pairings": 3,
        "posts held": 3,
        "articles": 2,
    }


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_hostile_names_survive_every_format(fmt):
    kg = hostile_graph()
    back = parse(serialize_rdf(kg, fmt), fmt)
    assert isomorphic(graph_to_rdf(kg), back)
    assert counts(back) == expected_counts(kg)
    iris = {t for triple in back for t in triple if isinstance(t, URIRef)}
    assert not [i for i in iris if FORBIDDEN_IN_IRI.search(i)]
    names = {str(o) for o in back.objects(None, SKOS.prefLabel) if o.language == "zh"}
    assert set(HOSTILE) <= names


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_the_streaming_writers_agree_with_rdflibs_serialisers(small_graph, fmt):
    ours = parse(serialize_rdf(small_graph, fmt), fmt)
    theirs = parse(graph_to_rdf(small_graph).serialize(format=fmt, encoding="utf-8"), fmt)
    assert to_isomorphic(ours) == to_isomorphic(theirs)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    names=st.lists(
        st.text(min_size=1, max_size=12).filter(lambda s: s != "a"),  # "a" is the article
        min_size=2,
        max_size=6,
        unique=True,
    ),
    fmt=st.sampled_from(["turtle", "nt"]),
)
def test_any_names_round_trip(names, fmt):
    kg = KnowledgeGraph()
    kg.add_node("a", "Article", "a")
    for name in names:
        kg.add_node(name, "Organization", name, articles=["a"])
    for a, b in itertools.pairwise(names):
        kg.add_pairing(a, b, kind=None, since=None, article="a", evidence=None, confidence=1.0)
    back = parse(serialize_rdf(kg, fmt), fmt)
    assert isomorphic(graph_to_rdf(kg), back)
    assert counts(back) == expected_counts(kg)


# ------------------------------------------------------------------------------- IRIs


def test_iris_do_not_depend_on_insertion_order(small_graph):
    data = small_graph.to_node_link()
    shuffled = dict(data)
    rng = random.Random(7)
    shuffled["nodes"] = rng.sample(data["nodes"], len(data["nodes"]))
    shuffled["edges"] = rng.sample(data["edges"], len(data["edges"]))
    again = KnowledgeGraph.from_node_link(json.loads(json.dumps(shuffled)))
    assert serialize_rdf(again, "turtle") == serialize_rdf(small_graph, "turtle")


def test_places_are_named_by_division_code_and_others_by_id(small_graph):
    g = graph_to_rdf(small_graph)
    village = URIRef(DEFAULT_BASE_IRI + "division/310116101205")
    assert (village, RDF.type, PBKG.Village) in g
    assert (village, SDO.identifier, Literal("310116101205")) in g
    # Without a code, a place is named by its graph id, percent-encoded (place:310116/高楼村).
    uncoded = URIRef(DEFAULT_BASE_IRI + "place/place%3A310116%2F%E9%AB%98%E6%A5%BC%E6%9D%91")
    assert (uncoded, SKOS.prefLabel, Literal("高楼村", lang="zh")) in g
    boc = URIRef(
        DEFAULT_BASE_IRI
        + "unit/org%3A310116%2F%E4%B8%AD%E5%9B%BD%E9%93%B6%E8%A1%8C"
        + "%E9%87%91%E5%B1%B1%E6%94%AF%E8%A1%8C"
    )
    assert (boc, PBKG.pairedWith, village) in g
    assert (village, PBKG.pairedWith, boc) in g


def test_two_places_sharing_a_code_stay_two_resources():
    kg = KnowledgeGraph()
    kg.add_node("v1", "Village", "高楼村", division_code="310116101206")
    kg.add_node("v2", "ResidentsCommittee", "高楼居委会", division_code="310116101206")
    back = parse(serialize_rdf(kg, "nt"), "nt")
    assert counts(back)["places"] == 2
    assert len(set(back.subjects(SDO.identifier, Literal("310116101206")))) == 2


def test_distinct_ids_give_distinct_iris():
    # "a b" and "a%20b" would collide under a sloppy encoder that leaves '%' bare.
    kg = KnowledgeGraph()
    for node_id in ["a b", "a%20b", "a+b", "A B"]:
        kg.add_node(node_id, "Organization", node_id)
    assert counts(graph_to_rdf(kg))["units"] == 4


def test_the_base_iri_names_every_minted_resource(small_graph):
    base = "http://data.example.net/jinshan/"
    g = graph_to_rdf(small_graph, base)
    subjects = {s for s in g.subjects() if isinstance(s, URIRef)}
    assert subjects and all(s.startswith(base) for s in subjects)
    assert dict(g.namespaces())["unit"] == URIRef(base + "unit/")


@pytest.mark.parametrize("base", ["no-scheme/", "http://x.org/a b/", "http://x.org/pbkg"])
def test_an_unusable_base_iri_is_refused(small_graph, base):
    with pytest.raises(ValueError, match="base IRI"):
        list(generate_triples(small_graph, base))


# ---------------------------------------------------------------------------- prefixes


@pytest.mark.parametrize("fmt", ["turtle", "xml", "json-ld"])
def test_prefixes_are_declared_and_kept(small_graph, fmt):
    data = serialize_rdf(small_graph, fmt)
    bound = {p: str(ns) for p, ns in parse(data, fmt).namespaces()}
    for prefix, ns in [
        ("pbkg", PBKG_NS),
        ("org", str(ORG)),
        ("prov", str(PROV)),
        ("schema", str(SDO)),
        ("skos", str(SKOS)),
    ]:
        assert bound.get(prefix) == ns, (prefix, bound)
    if fmt == "json-ld":
        assert json.loads(data)["@context"]["pbkg"] == PBKG_NS


def test_turtle_uses_the_prefixes(small_graph):
    text = serialize_rdf(small_graph, "turtle").decode("utf-8")
    assert "a pbkg:Pairing" in text
    assert "division:310116101205 a schema:AdministrativeArea" in text


# ------------------------------------------------------------------------------ labels


def test_labels_in_chinese_and_pinyin_and_aliases_as_alt_labels(small_graph):
    g = graph_to_rdf(small_graph)
    village = URIRef(DEFAULT_BASE_IRI + "division/310116101205")
    assert set(g.objects(village, SKOS.prefLabel)) == {
        Literal("待泾村", lang="zh"),
        Literal("dài jīng cūn", lang="zh-Latn-pinyin"),
    }
    assert set(g.objects(village, SKOS.altLabel)) == {Literal("待泾村党总支", lang="zh")}


@pytest.mark.parametrize(
    "name",
    [
        "中国银行金山支行",
        "朱泾镇党委书记",
        "重庆银行长寿支行",
        "长安街道",
        "行长",
        "ABC银行 2号",
        "恒信居民区",
    ],
)
def test_pinyin_labels_read_polyphones_as_pypinyin_does_for_the_whole_name(name):
    # The exporter converts word by word (for speed); the result must not change.
    whole = " ".join(p.strip() for p in lazy_pinyin(name, style=Style.TONE) if p.strip())
    assert pinyin_label(name) == whole
    assert "yín háng" in (pinyin_label("中国银行") or "")


def test_a_pairing_carries_kind_since_sources_and_evidence(small_graph):
    g = graph_to_rdf(small_graph)
    rows = list(
        g.query("""
        PREFIX pbkg: <https://w3id.org/pbkg/ns#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?kind ?since ?conf ?quote ?start ?end ?rule ?article WHERE {
            ?p a pbkg:Pairing ; pbkg:kind ?kind ; pbkg:since ?since ; pbkg:confidence ?conf ;
               prov:wasDerivedFrom ?article ; pbkg:evidence ?e .
            ?e prov:value ?quote ; pbkg:start ?start ; pbkg:end ?end ; pbkg:rule ?rule ;
               prov:wasQuotedFrom ?article .
            FILTER (str(?since) = "2012")
        }""")
    )
    assert len(rows) == 1
    kind, _, conf, quote, start, end, rule, article = rows[0]
    assert (str(kind), float(conf), int(start), int(end), str(rule)) == (
        "结对帮扶",
        0.9,
        120,
        150,
        "pair.verb_between",
    )
    assert str(quote).startswith("2012年起，中国银行金山支行党总支")
    assert article == URIRef(DEFAULT_BASE_IRI + "article/9264a1a0dd062f80")


# -------------------------------------------------------------------------- vocabulary


def test_the_vocabulary_is_closed():
    assert PBKG.Pairing == URIRef(PBKG_NS + "Pairing")
    with pytest.raises(AttributeError):
        _ = PBKG.Pairng


def test_the_code_namespace_and_the_turtle_vocabulary_define_the_same_terms():
    vocab = Graph().parse(VOCABULARY_PATH, format="turtle")
    documented = {
        str(s)[len(PBKG_NS) :]
        for s in vocab.subjects(RDFS.label, None)
        if str(s).startswith(PBKG_NS)
    }
    assert documented == set(PBKG.__annotations__)
    for term in documented:
        assert list(vocab.objects(URIRef(PBKG_NS + term), RDFS.comment)), term


def test_every_pbkg_term_the_export_and_shapes_use_is_defined(small_graph, shapes):
    used = {t for triple in graph_to_rdf(small_graph) for t in triple if isinstance(t, URIRef)}
    used |= {t for triple in shapes for t in triple if isinstance(t, URIRef)}
    ours = {str(t)[len(PBKG_NS) :] for t in used if str(t).startswith(PBKG_NS)}
    assert ours and ours <= set(PBKG.__annotations__)


def test_every_label_and_edge_type_of_the_model_has_a_mapping():
    """Fails when graph/model.py grows a label or edge type the exporter does not know."""
    kg = KnowledgeGraph()
    for label in NODE_LABELS:
        kg.add_node(label, label, f"{label}名", articles=["Article"])
    kg.add_pairing(
        "Organization",
        "ResidentsCommittee",
        kind="村居共建",
        since=2019,
        article="Article",
        evidence=None,
        confidence=0.5,
    )
    kg.add_post("Person", "Village", title="书记", article="Article")
    kg.add_part_of("ResidentsCommittee", "Region", source="gazetteer")
    kg.add_mention("Person", "Article")
    assert {d["type"] for _, _, d in kg.edges()} == set(EDGE_TYPES)
    g = graph_to_rdf(kg)
    assert counts(g) == expected_counts(kg)
    classes = set(g.objects(None, RDF.type))
    assert {
        PBKG.Village,
        PBKG.ResidentsCommittee,
        PBKG.Region,
        ORG.Organization,
        SDO.Person,
        SDO.NewsArticle,
    } <= classes


def test_a_label_or_edge_without_a_mapping_is_an_error_not_a_silent_drop(small_graph):
    data = small_graph.to_node_link()
    data["nodes"].append(
        {"id": "b1", "label": "Building", "name": "楼", "aliases": [], "articles": []}
    )
    with pytest.raises(ValueError, match="Building"):
        list(generate_triples(KnowledgeGraph.from_node_link(data)))
    data = small_graph.to_node_link()
    edge = dict(data["edges"][0], type="FUNDED_BY", key="FUNDED_BY")
    data["edges"].append(edge)
    with pytest.raises(ValueError, match="FUNDED_BY"):
        list(generate_triples(KnowledgeGraph.from_node_link(data)))


# ----------------------------------------------------------------------------- writing


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_write_rdf_writes_a_file_that_parses_back(small_graph, tmp_path: Path, fmt):
    out = tmp_path / f"graph{FORMATS[fmt]}"
    write_rdf(small_graph, out, fmt)
    assert isomorphic(Graph().parse(out, format=fmt), graph_to_rdf(small_graph))


def test_a_failed_write_leaves_the_previous_file_untouched(small_graph, tmp_path: Path):
    out = tmp_path / "graph.ttl"
    write_rdf(small_graph, out)
    before = out.read_bytes()
    data = small_graph.to_node_link()
    data["edges"].append(dict(data["edges"][0], type="FUNDED_BY", key="FUNDED_BY"))
    with pytest.raises(ValueError):
        write_rdf(KnowledgeGraph.from_node_link(data), out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]
