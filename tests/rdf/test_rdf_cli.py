"""`pbkg export rdf DIR`: reads DIR/graph.json, writes RDF where and how it is told."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from graph.io import write_node_link
from graph.rdf import FORMATS
from graph.rdf.export import graph_to_rdf
from pbkg.cli import cli


@pytest.fixture
def built(tmp_path: Path, small_graph) -> Path:
    write_node_link(small_graph, tmp_path / "graph.json")
    return tmp_path


def test_the_default_is_turtle_beside_graph_json(built: Path, small_graph):
    result = CliRunner().invoke(cli, ["export", "rdf", str(built)])
    assert result.exit_code == 0, result.output
    out = built / "graph.ttl"
    assert isomorphic(Graph().parse(out, format="turtle"), graph_to_rdf(small_graph))
    assert f"wrote {len(graph_to_rdf(small_graph))} triples to {out}" in result.output


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_each_format_to_a_named_file(built: Path, tmp_path: Path, small_graph, fmt: str):
    out = tmp_path / "out" / f"export{FORMATS[fmt]}"
    result = CliRunner().invoke(cli, ["export", "rdf", str(built), "-o", str(out), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert isomorphic(Graph().parse(out, format=fmt), graph_to_rdf(small_graph))


def test_standard_output_and_a_base_iri(built: Path, small_graph):
    base = "http://data.example.net/jinshan/"
    result = CliRunner().invoke(
        cli, ["export", "rdf", str(built), "-o", "-", "--format", "nt", "--base-iri", base]
    )
    assert result.exit_code == 0, result.output
    g = Graph().parse(data=result.stdout, format="nt")
    assert isomorphic(g, graph_to_rdf(small_graph, base))
    assert URIRef(base + "division/310116101205") in set(g.subjects())


def test_a_directory_without_graph_json_is_an_error(tmp_path: Path):
    result = CliRunner().invoke(cli, ["export", "rdf", str(tmp_path)])
    assert result.exit_code != 0
    assert "no graph.json" in result.output
    assert list(tmp_path.iterdir()) == []


def test_an_unusable_base_iri_is_refused_before_writing(built: Path):
    result = CliRunner().invoke(cli, ["export", "rdf", str(built), "--base-iri", "a b"])
    assert result.exit_code == 2
    assert "--base-iri" in result.output
    assert not (built / "graph.ttl").exists()
