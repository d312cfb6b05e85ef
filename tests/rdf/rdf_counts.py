"""What a linked-data consumer counts in an export, and what the graph says it should be:
one definition for every RDF test that checks an export against its graph."""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import ORG, RDF, SDO

from graph.model import KnowledgeGraph
from graph.rdf.vocab import PBKG


def counts(g: Graph) -> dict[str, int]:
    """What a linked-data consumer would count in the export."""
    return {
        "units": len(set(g.subjects(RDF.type, ORG.Organization))),
        "people": len(set(g.subjects(RDF.type, SDO.Person))),
        "places": len(set(g.subjects(RDF.type, SDO.AdministrativeArea))),
        "pairings": len(set(g.subjects(RDF.type, PBKG.Pairing))),
        "posts held": len(list(g.triples((None, ORG.holds, None)))),
        "articles": len(set(g.subjects(RDF.type, SDO.NewsArticle))),
    }


def expected_counts(kg: KnowledgeGraph) -> dict[str, int]:
    """The same figures read off the graph the export was made from."""
    c = kg.counts()
    return {
        "units": c["Organization"],
        "people": c["Person"],
        "places": c["Village"] + c["ResidentsCommittee"] + c["Region"],
        "pairings": c["PAIRED_WITH"],
        "posts held": c["HOLDS_POST"],
        "articles": c["Article"],
    }
