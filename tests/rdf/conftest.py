"""Fixtures for the RDF export: hand-made graphs built with graph/model.py's methods
(ids in the form graph/ids.py gives them).

``small_graph`` is the graph behind the golden file ``golden/small.ttl`` and the SPARQL
examples of the README: the facts of the example in shared/eval/GOLD_FORMAT.md
(中国银行金山支行 结对帮扶 待泾村 since 2012; 李士权, 党委书记 of 朱泾镇) and a few more.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from graph.model import KnowledgeGraph
from graph.rdf.export import SHAPES_PATH

GOLDEN = Path(__file__).resolve().parent / "golden"

A1 = "9264a1a0dd062f80"
A2 = "e62772929a736a1c"


def build_small_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_node(
        A1,
        "Article",
        "中国银行金山支行与待泾村结对帮扶十年",
        title="中国银行金山支行与待泾村结对帮扶十年",
        date="2021-10-26",
        doc="003_9264a1a0dd062f80.txt",
        source="金山报",
        authors=["王敏"],
        url="https://example.com/news/003.html",
    )
    kg.add_node(
        A2,
        "Article",
        "朱泾镇村居共建",
        title="朱泾镇村居共建",
        date="2022-03",
        doc="002_e62772929a736a1c.txt",
    )
    kg.add_node(
        "org:310116/中国银行金山支行",
        "Organization",
        "中国银行金山支行",
        aliases=["中国银行金山支行党总支", "中国银行金山支行党组织"],
        articles=[A1],
        subtype="enterprise",
    )
    kg.add_node("org:310116/金山中学", "Organization", "金山中学", articles=[A2], subtype="school")
    kg.add_node("org:310116/朱泾法庭", "Organization", "朱泾法庭", articles=[A2], subtype="court")
    kg.add_node(
        "org:310116/金山区委组织部",
        "Organization",
        "金山区委组织部",
        articles=[A1],
        subtype="party_org",
    )
    kg.add_node(
        "place:310116101205",
        "Village",
        "待泾村",
        aliases=["待泾村党总支"],
        articles=[A1, A2],
        division_code="310116101205",
        level="village",
    )
    # No division code: the article did not pin it down, so its IRI comes from its id.
    kg.add_node("place:310116/高楼村", "Village", "高楼村", articles=[A2], level="village")
    kg.add_node(
        "place:310116101",
        "Region",
        "朱泾镇",
        aliases=["朱泾镇党委", "朱泾"],
        articles=[A1, A2],
        division_code="310116101",
        level="town",
    )
    kg.add_node(
        "place:310116", "Region", "金山区", articles=[A1], division_code="310116", level="county"
    )
    kg.add_node(
        "person:place:310116101/李士权", "Person", "李士权", articles=[A1], unit="place:310116101"
    )
    kg.add_node(
        "person:place:310116101/夏红梅", "Person", "夏红梅", articles=[A2], unit="place:310116101"
    )

    kg.add_pairing(
        "org:310116/中国银行金山支行",
        "place:310116101205",
        kind="结对帮扶",
        since=2012,
        article=A1,
        evidence={
            "text": "2012年起，中国银行金山支行党总支与待泾村党总支结对帮扶。",
            "start": 120,
            "end": 150,
        },
        confidence=0.9,
        rule="pair.verb_between",
    )
    kg.add_pairing(
        "org:310116/金山中学",
        "place:310116/高楼村",
        kind="结对共建",
        since=None,
        article=A2,
        evidence={
            "text": "金山中学与高楼村结对共建。",
            "start": 40,
            "end": 53,
        },
        confidence=0.8,
        rule="pair.verb_between",
    )
    kg.add_pairing(
        "place:310116101205",
        "org:310116/朱泾法庭",
        kind="党建联建",
        since=2020,
        article=A2,
        evidence={
            "text": "朱泾法庭与待泾村开展党建联建。",
            "start": 60,
            "end": 75,
        },
        confidence=0.7,
        rule="pair.carry_out",
    )
    kg.add_post("person:place:310116101/李士权", "place:310116101", title="党委书记", article=A1)
    kg.add_post("person:place:310116101/夏红梅", "place:310116101", title="党委副书记", article=A2)
    kg.add_post("person:place:310116101/夏红梅", "place:310116101", title="镇长", article=A2)
    kg.add_part_of("place:310116101205", "place:310116101", source="gazetteer")
    kg.add_part_of("place:310116/高楼村", "place:310116101", source="text", article=A2)
    kg.add_part_of("place:310116101", "place:310116", source="gazetteer")
    kg.add_part_of("org:310116/金山区委组织部", "place:310116", source="text", article=A1)
    for entity, article in [
        ("org:310116/中国银行金山支行", A1),
        ("place:310116101205", A1),
        ("place:310116101205", A2),
        ("org:310116/金山中学", A2),
        ("org:310116/朱泾法庭", A2),
        ("place:310116/高楼村", A2),
        ("person:place:310116101/李士权", A1),
        ("person:place:310116101/夏红梅", A2),
    ]:
        kg.add_mention(entity, article)
    return kg


@pytest.fixture
def small_graph() -> KnowledgeGraph:
    return build_small_graph()


@pytest.fixture(scope="session")
def shapes() -> Graph:
    return Graph().parse(SHAPES_PATH, format="turtle")
