"""`pbkg build` writes DIR/graph.ttl, and the export of the example corpus is valid RDF."""

from __future__ import annotations

from pathlib import Path

import pyshacl
import pytest
from click.testing import CliRunner
from rdf_counts import counts, expected_counts
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import ORG, RDF, SDO

from graph.io import read_node_link
from graph.rdf import FORMATS
from graph.rdf.export import graph_to_rdf, serialize_rdf
from graph.rdf.vocab import PBKG
from pbkg.build import EXPORTERS, build_corpus, write_outputs
from pbkg.cli import cli


def test_the_build_writes_graph_ttl_beside_graph_json(small_graph, tmp_path: Path):
    assert "graph.ttl" in [name for name, _ in EXPORTERS]
    written = write_outputs([], small_graph, tmp_path)
    assert str(tmp_path / "graph.ttl") in written
    built = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    assert isomorphic(built, graph_to_rdf(small_graph))


@pytest.fixture(scope="module")
def example_build(example_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("example-build")
    build_corpus([example_corpus], out, progress=False)
    return out


@pytest.mark.slow
def test_the_example_corpus_export_conforms_to_the_shapes(example_build: Path, shapes: Graph):
    g = Graph().parse(example_build / "graph.ttl", format="turtle")
    conforms, _, report = pyshacl.validate(g, shacl_graph=shapes)
    assert conforms, report
    # Not vacuous: the corpus gives units, places, people and at least one pairing.
    assert set(g.subjects(RDF.type, ORG.Organization))
    assert set(g.subjects(RDF.type, SDO.AdministrativeArea))
    assert set(g.subjects(RDF.type, SDO.Person))
    assert set(g.subjects(RDF.type, PBKG.Pairing))


@pytest.mark.slow
def test_graph_ttl_is_the_export_of_graph_json(example_build: Path):
    kg = read_node_link(example_build / "graph.json")
    built = Graph().parse(example_build / "graph.ttl", format="turtle")
    assert isomorphic(built, graph_to_rdf(kg))


@pytest.mark.slow
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_the_example_corpus_round_trips_in_every_format(example_build: Path, fmt: str):
    kg = read_node_link(example_build / "graph.json")
    back = Graph().parse(data=serialize_rdf(kg, fmt), format=fmt)
    assert counts(back) == expected_counts(kg)
    assert isomorphic(back, graph_to_rdf(kg))


@pytest.mark.slow
def test_pbkg_export_rdf_on_the_example_build(example_build: Path, tmp_path: Path):
    out = tmp_path / "corpus.jsonld"
    result = CliRunner().invoke(
        cli, ["export", "rdf", str(example_build), "--format", "json-ld", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    kg = read_node_link(example_build / "graph.json")
    assert isomorphic(Graph().parse(out, format="json-ld"), graph_to_rdf(kg))
