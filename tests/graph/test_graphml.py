"""graph.graphml writes the bytes networkx's GraphML writer (lxml) wrote before it."""

from __future__ import annotations

import io
import json
from typing import Any

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typed_records import typed

from graph.article_graph import build_graph
from graph.graphml import escape_attr, escape_text, generate_graphml
from graph.model import JSON_ATTRS, KnowledgeGraph


def networkx_graphml(kg: KnowledgeGraph) -> bytes:
    """The document as pbkg wrote it through networkx (the reference for the bytes)."""

    def attrs(data: dict[str, Any]) -> dict[str, Any]:
        return {
            k: json.dumps(v, ensure_ascii=False) if k in JSON_ATTRS else v
            for k, v in data.items()
            if v is not None
        }

    g = nx.MultiDiGraph()
    for n, data in sorted(kg.g.nodes(data=True)):
        g.add_node(n, **attrs({**data, "label": data["name"], "type": data["label"]}))
    for u, v, k, data in sorted(kg.g.edges(keys=True, data=True), key=lambda e: e[:3]):
        g.add_edge(u, v, k, **attrs(data))
    out = io.BytesIO()
    nx.write_graphml(g, out, encoding="utf-8")
    return out.getvalue()


def ours(kg: KnowledgeGraph) -> bytes:
    return "".join(generate_graphml(kg)).encode("utf-8")


def test_the_merged_graph_of_the_test_articles_is_written_byte_for_byte(records, gazetteer) -> None:
    kg = build_graph(typed(records), gazetteer)
    assert ours(kg) == networkx_graphml(kg)


def test_an_empty_graph_and_bare_elements_are_written_as_lxml_does() -> None:
    assert ours(KnowledgeGraph()) == networkx_graphml(KnowledgeGraph())
    kg = KnowledgeGraph()
    kg.g.add_node("甲", label="Organization", name="甲")
    kg.g.add_edge("甲", "甲", "PART_OF")  # no attributes: a self-closing element
    assert ours(kg) == networkx_graphml(kg)


# Names of the shape the corpus holds, plus the characters XML escapes.
_TEXT = st.text(alphabet=st.sampled_from("新华村社区公司abc 0&<>\"'\n\r\t]é\u2028😀"), max_size=8)
_SCALAR = st.one_of(
    st.none(), _TEXT, st.integers(-(10**20), 10**20), st.floats(allow_nan=False), st.booleans()
)
_LIST = st.one_of(st.none(), st.lists(_TEXT, max_size=3))


@settings(max_examples=200, deadline=None)
@given(
    nodes=st.dictionaries(
        _TEXT,
        st.fixed_dictionaries({}, optional={"aliases": _LIST, "level": _SCALAR, "x": _SCALAR}),
        max_size=5,
    ),
    edges=st.lists(
        st.tuples(
            st.integers(0, 4),
            st.integers(0, 4),
            _TEXT,
            st.fixed_dictionaries({}, optional={"evidence": _LIST, "y": _SCALAR}),
        ),
        max_size=6,
    ),
)
def test_any_graph_is_written_byte_for_byte(nodes, edges) -> None:
    kg = KnowledgeGraph()
    for n, data in nodes.items():
        kg.g.add_node(n, **data, label="Organization", name=n)
    ids = sorted(nodes)
    for a, b, key, data in edges:
        if ids:
            kg.g.add_edge(ids[a % len(ids)], ids[b % len(ids)], key, **data, type="X")
    assert ours(kg) == networkx_graphml(kg)


@pytest.mark.parametrize("bad", ["\x00", "\x01", "\x0b", "\x1f", "\ufffe", "\uffff"])
def test_a_string_xml_cannot_hold_raises_as_lxml_did(bad) -> None:
    kg = KnowledgeGraph()
    kg.g.add_node("n", label="Organization", name="某" + bad)
    with pytest.raises(ValueError, match="XML compatible"):
        networkx_graphml(kg)
    with pytest.raises(ValueError, match="XML compatible"):
        ours(kg)


def test_a_value_graphml_has_no_type_for_raises_type_error() -> None:
    kg = KnowledgeGraph()
    kg.g.add_node("n", label="Organization", name="某", extra={1, 2})
    with pytest.raises(TypeError, match="does not support"):
        ours(kg)


def test_escapes() -> None:
    assert escape_text('a&<>"\r\n\t') == 'a&amp;&lt;&gt;"&#13;\n\t'
    assert escape_attr("a&<>\"\r\n\t'") == "a&amp;&lt;&gt;&quot;&#13;&#10;&#9;'"
    assert escape_text("新华村") == "新华村"
