"""A confirmed pairing is visible in every output: graph files, Neo4j, RDF (PROV) and
the network page."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from graph.io import read_graphml, read_node_link, write_graphml
from graph.model import KnowledgeGraph
from graph.rdf.export import graph_to_rdf
from graph.reviews import Decision, apply_decisions
from viz.data import page_data
from viz.select import select

WHEN = "2026-12-03T10:00:00.000Z"
SHAKY = ("org:330100/澜沧湾科技有限公司", "place:330100/溪望镇")


@pytest.fixture
def reviewed(built: Path) -> KnowledgeGraph:
    kg = read_node_link(built / "out" / "graph.json")
    accept = Decision("accept", SHAKY, "林审", WHEN, type="PAIRED_WITH")
    assert apply_decisions(kg, [accept]).unmatched == []
    return kg


def test_graphml_keeps_who_confirmed_a_pairing(reviewed: KnowledgeGraph, tmp_path: Path) -> None:
    write_graphml(reviewed, tmp_path / "g.graphml")
    back = read_graphml(tmp_path / "g.graphml")
    assert back == reviewed
    assert back.edge(*SHAKY, "PAIRED_WITH")["confirmed_by"] == "林审"  # type: ignore[index]


def test_rdf_attributes_a_confirmed_pairing_to_its_reviewer(reviewed: KnowledgeGraph) -> None:
    g = graph_to_rdf(reviewed)
    [(pairing, agent)] = list(g.subject_objects(PROV.wasAttributedTo))
    assert (agent, RDF.type, PROV.Agent) in g
    [review] = list(g.subjects(PROV.used, pairing))
    assert (review, RDF.type, PROV.Activity) in g
    assert (review, PROV.wasAssociatedWith, agent) in g
    assert (review, PROV.endedAtTime, Literal(WHEN, datatype=XSD.dateTime)) in g
    assert isinstance(pairing, URIRef)


def test_the_network_page_says_who_confirmed_a_pairing(reviewed: KnowledgeGraph) -> None:
    data = page_data(reviewed, select(reviewed))
    tips = {(e["from"], e["to"]): e["tip"] for e in data.edges}
    assert tips[SHAKY]["confirmed"] == f"林审 {WHEN}"
    assert all("confirmed" not in t for ends, t in tips.items() if ends != SHAKY)


@pytest.mark.neo4j
def test_neo4j_holds_who_confirmed_a_pairing(
    reviewed: KnowledgeGraph, neo4j_server, neo4j_empty
) -> None:
    from graph.neo4j import Neo4jStore

    store = Neo4jStore(neo4j_empty, neo4j_server.database)
    store.load(reviewed)
    assert store.read_graph() == reviewed
    records, _, _ = store.driver.execute_query(
        "MATCH (a)-[r:PAIRED_WITH]->(b) WHERE r.confirmed_by IS NOT NULL "
        "RETURN a.id AS a, b.id AS b, r.confirmed_by AS by, r.confirmed_at AS at",
        database_=store.database,
    )
    assert [r.data() for r in records] == [{"a": SHAKY[0], "b": SHAKY[1], "by": "林审", "at": WHEN}]
