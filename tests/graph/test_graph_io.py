"""Graph files: node-link JSON and GraphML give back the very graph that was written."""

from __future__ import annotations

import json
from pathlib import Path

from golden import check_golden
from hypothesis import given, settings
from hypothesis import strategies as st
from typed_records import typed

from graph.article_graph import build_graph
from graph.io import (
    generate_node_link,
    node_link_json,
    read_graphml,
    read_node_link,
    write_graphml,
    write_node_link,
)
from graph.model import KnowledgeGraph
from pbkg.build import EXPORTERS, write_outputs

GOLDEN = Path(__file__).parent / "golden" / "graph.json"


def test_node_link_json_round_trips(records, gazetteer, tmp_path) -> None:
    kg = build_graph(typed(records), gazetteer)
    write_node_link(kg, tmp_path / "graph.json")
    assert read_node_link(tmp_path / "graph.json") == kg


def test_graph_json_is_written_in_pieces_with_the_same_bytes(
    records, gazetteer, tmp_path, monkeypatch
) -> None:
    """The streamed writer (batches of the encoder's chunks) writes json.dumps's text."""
    import graph.io

    monkeypatch.setattr(graph.io, "BATCH", 7)
    kg = build_graph(typed(records), gazetteer)
    kg.add_node("org:-/甲乙公司", "Organization", '甲乙"公司\n', aliases=["丙丁"], score=0.125)
    pieces = list(generate_node_link(kg))
    assert len(pieces) > 2  # more than one batch of chunks, then the final newline
    assert "".join(pieces) == node_link_json(kg)
    write_node_link(kg, tmp_path / "graph.json")
    assert (tmp_path / "graph.json").read_text(encoding="utf-8") == node_link_json(kg)


def test_graphml_round_trips_with_lists_as_json_strings(records, gazetteer, tmp_path) -> None:
    kg = build_graph(typed(records), gazetteer)
    write_graphml(kg, tmp_path / "graph.graphml")
    xml = (tmp_path / "graph.graphml").read_text(encoding="utf-8")
    assert '>["待泾村", "待泾村党总支"]</data>' in xml  # aliases, as a JSON string
    assert read_graphml(tmp_path / "graph.graphml") == kg


def test_graph_json_matches_the_golden_file(records, gazetteer) -> None:
    """The whole merged graph of the three hand-written articles, reviewed by hand.
    Regenerate with PBKG_UPDATE_GOLDEN=1 after an intended change, and review the diff."""
    check_golden(GOLDEN, node_link_json(build_graph(typed(records), gazetteer)))


def test_the_build_writes_extractions_and_every_exporter(records, gazetteer, tmp_path) -> None:
    kg = build_graph(typed(records), gazetteer)
    written = write_outputs(records, kg, tmp_path / "out")
    names = [Path(p).name for p in written]
    assert names[:3] == ["extractions.jsonl", "graph.json", "graph.graphml"]
    assert names[1:] == [name for name, _ in EXPORTERS]
    lines = (tmp_path / "out" / "extractions.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == records
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]  # no temp


_names = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1)


@settings(max_examples=25, deadline=None)
@given(
    names=st.lists(_names, min_size=2, max_size=5, unique=True),
    year=st.none() | st.integers(1949, 2030),
)
def test_any_names_survive_both_formats(tmp_path_factory, names: list[str], year) -> None:
    kg = KnowledgeGraph()
    kg.add_node("art", "Article", names[0], title=names[0], authors=names[:2])
    for i, name in enumerate(names):
        kg.add_node(f"org:-/{i}", "Organization", name, aliases=names, articles=["art"])
        kg.add_mention(f"org:-/{i}", "art", aliases=[name])
    kg.add_pairing(
        "org:-/0",
        "org:-/1",
        kind=names[-1],
        since=year,
        article="art",
        evidence={"text": "".join(names), "start": 0, "end": 3},
        confidence=0.5,
    )
    d = tmp_path_factory.mktemp("g")
    write_node_link(kg, d / "g.json")
    write_graphml(kg, d / "g.graphml")
    assert read_node_link(d / "g.json") == kg
    assert read_graphml(d / "g.graphml") == kg


def test_graphml_labels_nodes_by_name_for_gephi_and_types_them_apart(tmp_path) -> None:
    # Gephi captions a node with its `label` attribute: that must be the unit's name.
    kg = KnowledgeGraph()
    kg.add_node("place:-/青禾村", "Village", "青禾村", articles=["a1"])
    kg.add_node("a1", "Article", "一篇报道", title="一篇报道")
    write_graphml(kg, tmp_path / "graph.graphml")
    import xml.etree.ElementTree as ET

    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(tmp_path / "graph.graphml").getroot()
    keys = {(k.get("for"), k.get("attr.name")): k.get("id") for k in root.iterfind("g:key", ns)}
    node = root.find(".//g:node[@id='place:-/青禾村']", ns)
    values = {d.get("key"): d.text for d in node.iterfind("g:data", ns)}
    assert values[keys["node", "label"]] == "青禾村"
    assert values[keys["node", "type"]] == "Village"
    assert read_graphml(tmp_path / "graph.graphml") == kg
