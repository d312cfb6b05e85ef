"""HOLDS_POST edges carry the learned decision's confidence; the review queue asks about
the shaky ones as it does about pairings. Invented names only."""

from __future__ import annotations

from graph.model import KnowledgeGraph
from graph.rdf.export import serialize_rdf
from graph.reviews import Decision, apply_decisions, review_queue
from viz.data import page_data
from viz.select import Selection

PERSON = "person:-/柯望舒"
TOWN = "place:330100001"
FIRM = "org:-/戊己科技"


def graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_node(PERSON, "Person", "柯望舒", articles=["a1"])
    kg.add_node(TOWN, "Region", "丙丁镇", articles=["a1"], division_code="330100001")
    kg.add_node(FIRM, "Organization", "戊己科技", articles=["a1"])
    kg.add_post(PERSON, TOWN, title="党委书记", article="a1", confidence=0.93)
    kg.add_post(PERSON, FIRM, title="董事长", article="a1", confidence=0.42)
    return kg


def test_a_post_read_twice_keeps_its_highest_confidence_and_a_rules_post_none() -> None:
    kg = graph()
    kg.add_post(PERSON, FIRM, title="董事长", article="a2", confidence=0.61)
    kg.add_post(PERSON, FIRM, title="顾问", article="a2")  # a hand rule's: no probability
    posts = {d["title"]: d for _, _, d in kg.edges("HOLDS_POST")}
    assert posts["董事长"]["confidence"] == 0.61
    assert posts["董事长"]["articles"] == ["a1", "a2"]
    assert posts["党委书记"]["confidence"] == 0.93
    assert posts["顾问"]["confidence"] is None


def test_the_review_queue_asks_about_posts_below_the_threshold_only() -> None:
    kg = graph()
    kg.add_post(PERSON, FIRM, title="顾问", article="a2")  # a rule's post counts as 1.0
    queue = [i for i in review_queue(kg, threshold=0.8) if i.kind == "post"]
    assert [(i.ids, i.title, i.confidence) for i in queue] == [((PERSON, FIRM), "董事长", 0.42)]
    accepted = Decision(
        "accept",
        (PERSON, FIRM),
        "林审",
        "2026-01-01T00:00:00Z",
        type="HOLDS_POST",
        title="董事长",
    )
    apply_decisions(kg, [accepted])
    assert not [i for i in review_queue(kg, threshold=0.8) if i.kind == "post"]


def test_rdf_and_html_data_carry_a_posts_confidence() -> None:
    kg = graph()
    ttl = serialize_rdf(kg).decode("utf-8")
    assert 'pbkg:confidence "0.93"^^xsd:decimal' in ttl
    assert 'pbkg:confidence "0.42"^^xsd:decimal' in ttl
    data = page_data(kg, Selection(frozenset({TOWN, FIRM}), ()))
    tips = {n["tip"]["name"]: n["tip"] for n in data.nodes}
    assert tips["丙丁镇"]["posts"] == [
        {"person": "柯望舒", "title": "党委书记", "confidence": 0.93}
    ]
