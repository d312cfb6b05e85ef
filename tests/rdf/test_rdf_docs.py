"""The README's RDF section is a manual that runs: its SPARQL examples return the answers it
shows, on the golden file it names, which is exactly what the exporter writes today."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from graph.rdf.export import graph_to_rdf

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")
SECTION = README.split("\n## RDF export\n", 1)[1].split("\n## ", 1)[0]
GOLDEN = Path(__file__).resolve().parent / "golden" / "small.ttl"

_PREFIXES = re.search(r"Prefixes used:\s*```\n(.*?)```", SECTION, re.S)
_EXAMPLES = re.findall(r"```sparql\n(.*?)```\s*\n((?:\|[^\n]*\|\n)+)", SECTION + "\n", re.S)


def _table(text: str) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a Markdown table (the separator row dropped)."""
    lines = [line.strip().strip("|").split("|") for line in text.strip().splitlines()]
    header = [c.strip() for c in lines[0]]
    rows = [[c.strip() for c in line] for line in lines[2:]]
    return header, rows


def test_the_readme_has_sparql_examples_with_answers():
    assert _PREFIXES is not None
    assert len(_EXAMPLES) >= 5


def test_the_golden_file_named_by_the_readme_is_what_the_exporter_writes(small_graph):
    """The golden test: a small hand-made graph's export, compared by isomorphism."""
    golden = Graph().parse(GOLDEN, format="turtle")
    assert isomorphic(graph_to_rdf(small_graph), golden)


@pytest.mark.parametrize(("query", "answer"), _EXAMPLES, ids=lambda x: x.split("\n")[0][:40])
def test_each_readme_query_returns_the_documented_answer(query: str, answer: str):
    assert _PREFIXES is not None
    g = Graph().parse(GOLDEN, format="turtle")
    result = g.query(_PREFIXES.group(1) + query)
    header, rows = _table(answer)
    assert [str(v) for v in result.vars or ()] == header
    got = [["" if value is None else str(value) for value in row] for row in result]
    assert got == rows
