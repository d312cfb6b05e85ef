"""GraphML text of a graph, written as it is generated (graph.graphml, for Gephi).

networkx's writer copies the graph, makes an lxml element per node, edge and attribute
and serialises them one by one: on a 6,000-article build it was the slowest output
(~5 CPU-s for 165,000 nodes and edges). This generator formats the same document
directly, byte for byte what ``nx.write_graphml(g, fh, encoding="utf-8")`` (lxml,
pretty-printed) writes for the graph :meth:`KnowledgeGraph.write_graphml` describes:

* keys ``d0``, ``d1``, … numbered in order of first use (each node's attributes in
  order, nodes by id, then edges by ``(from, to, key)``), one key per attribute name,
  GraphML type and scope, listed in reverse order of numbering (networkx inserts each
  new key at the front);
* ``str(value)`` as each value's text, with lxml's escapes (``&<>`` and CR in text;
  also ``"``, LF and TAB in attributes); a string lxml refuses (C0 controls other than
  TAB, LF and CR; U+FFFE, U+FFFF) raises the same ``ValueError``.

``tests/graph/test_graphml.py`` checks the bytes against networkx's writer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from graph.model import JSON_ATTRS, KnowledgeGraph

HEADER = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
)
# networkx's GraphML names of Python types (its table, last entry per type winning).
_XML_TYPES: dict[type, str] = {int: "long", str: "string", float: "double", bool: "boolean"}

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TEXT_SPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ATTR_SPECIAL = re.compile('[&<>"\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')
_TEXT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}
_ATTR_ESCAPES = {**_TEXT_ESCAPES, '"': "&quot;", "\n": "&#10;", "\t": "&#9;"}


def _check(text: str) -> None:
    if _NOT_XML.search(text):
        # lxml's own words, so that callers see the error they saw from networkx.
        raise ValueError(
            "All strings must be XML compatible: Unicode or ASCII, no NULL bytes or "
            "control characters"
        )


def escape_text(text: str) -> str:
    """``text`` as element content, escaped as lxml escapes it."""
    if _TEXT_SPECIAL.search(text) is None:
        return text
    _check(text)
    return _TEXT_SPECIAL.sub(lambda m: _TEXT_ESCAPES[m.group()], text)


def escape_attr(text: str) -> str:
    """``text`` as a double-quoted attribute value, escaped as lxml escapes it."""
    if _ATTR_SPECIAL.search(text) is None:
        return text
    _check(text)
    return _ATTR_SPECIAL.sub(lambda m: _ATTR_ESCAPES[m.group()], text)


def _xml_type(value: Any) -> str:
    try:
        return _XML_TYPES[type(value)]
    except KeyError:
        raise TypeError(f"GraphML does not support type {type(value)} as data values.") from None


def node_view(data: dict[str, Any]) -> dict[str, Any]:
    """A node's attributes as GraphML shows them: its name as ``label`` (Gephi's
    caption), its model label as ``type``."""
    return {**data, "label": data["name"], "type": data["label"]}


# One encoder for every value (``json.dumps`` with options makes a new one per call).
_json = json.JSONEncoder(ensure_ascii=False).encode


def _types(data: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(name, GraphML type) of the attributes written: None left out, lists and dicts
    as JSON text (strings)."""
    for k, v in data.items():
        if v is not None:
            yield k, "string" if k in JSON_ATTRS else _xml_type(v)


def generate_graphml(kg: KnowledgeGraph) -> Iterator[str]:
    """Yield the GraphML document of ``kg`` in chunks (one per node or edge).

    Raises ``ValueError`` for a string XML cannot hold and ``TypeError`` for a value
    that is not a string, number or boolean (lists and dicts of :data:`JSON_ATTRS`
    aside)."""
    nodes = sorted(kg.g.nodes(data=True), key=lambda nd: nd[0])
    edges = sorted(kg.g.edges(keys=True, data=True), key=lambda e: e[:3])
    keys: dict[tuple[str, str, str], str] = {}
    for _, data in nodes:
        for name, xml_type in _types(node_view(data)):
            keys.setdefault((name, xml_type, "node"), f"d{len(keys)}")
    for _, _, _, data in edges:
        for name, xml_type in _types(data):
            keys.setdefault((name, xml_type, "edge"), f"d{len(keys)}")
    head = [HEADER]
    for (name, xml_type, scope), key_id in reversed(keys.items()):
        head.append(
            f'<key id="{key_id}" for="{scope}" attr.name="{escape_attr(name)}" '
            f'attr.type="{xml_type}"/>\n'
        )
    head.append('<graph edgedefault="directed">')
    yield "".join(head)
    node_key = {(name, t): k for (name, t, scope), k in keys.items() if scope == "node"}
    edge_key = {(name, t): k for (name, t, scope), k in keys.items() if scope == "edge"}
    for n, data in nodes:
        yield _element(f'<node id="{escape_attr(str(n))}"', "node", node_view(data), node_key)
    for u, v, k, data in edges:
        opening = (
            f'<edge source="{escape_attr(str(u))}" target="{escape_attr(str(v))}" '
            f'id="{escape_attr(str(k))}"'
        )
        yield _element(opening, "edge", data, edge_key)
    yield "</graph></graphml>"


def _element(
    opening: str, tag: str, data: dict[str, Any], key_of: dict[tuple[str, str], str]
) -> str:
    """One node or edge element with a ``data`` child per attribute (see :func:`_types`)."""
    parts = [opening, ">\n"]
    for k, v in data.items():
        if v is None:
            continue
        if k in JSON_ATTRS:
            text, xml_type = _json(v), "string"
        else:
            text, xml_type = str(v), _XML_TYPES.get(type(v)) or _xml_type(v)
        parts.append(f'  <data key="{key_of[(k, xml_type)]}">{escape_text(text)}</data>\n')
    if len(parts) == 2:
        return opening + "/>\n"
    parts.append(f"</{tag}>\n")
    return "".join(parts)
