"""Merging extraction records into one graph: one node per real-world thing, one
PAIRED_WITH per pair of units, every reading kept, ids stable across articles."""

from __future__ import annotations

import itertools
from typing import Any

from typed_records import typed

from graph import ids
from graph.article_graph import build_graph, record_graph
from graph.model import KnowledgeGraph
from pbkg.build import summarise

A1, A2, A3 = "a1000000000000001", "a2000000000000002", "a3000000000000003"
DAIJING = "place:310116101205"
BOC = "org:310116/中国银行金山支行"


def test_a_village_read_in_two_articles_is_one_node_with_both(records, gazetteer) -> None:
    kg = build_graph(typed(records), gazetteer)
    node = kg.node(DAIJING)
    assert node["label"] == "Village"
    assert node["articles"] == [A1, A2]
    assert node["aliases"] == ["待泾村", "待泾村党总支"]
    assert node["division_code"] == "310116101205"
    assert len([n for n, d in kg.nodes() if d["name"] == "待泾村"]) == 1


def test_a_pairing_read_in_two_articles_is_one_edge_carrying_both_quotes(
    records, gazetteer
) -> None:
    kg = build_graph(typed(records), gazetteer)
    pairings = [(u, v, d) for u, v, d in kg.pairings() if {u, v} == {BOC, DAIJING}]
    assert len(pairings) == 1
    u, v, data = pairings[0]
    assert (u, v) == (BOC, DAIJING)  # stored once, smaller id first
    assert data["articles"] == [A1, A2]
    assert [q["text"] for q in data["evidence"]] == [
        "中国银行金山支行与待泾村结对帮扶",
        "待泾村与中国银行金山支行继续结对",
    ]
    assert data["kinds"] == ["结对", "结对帮扶"]
    assert data["kind"] == "结对"
    assert data["since"] == 2012
    assert data["confidence"] == 0.9


def test_two_people_of_one_name_in_two_units_stay_two_people(records, gazetteer) -> None:
    kg = build_graph(typed(records), gazetteer)
    wang = sorted(n for n, d in kg.nodes("Person") if d["name"] == "王平")
    assert wang == [
        "person:place:310116101010/王平",
        "person:place:310116101205/王平",
    ]
    assert kg.node(wang[1])["unit"] == DAIJING


def test_a_person_without_a_post_belongs_to_their_article(records, gazetteer) -> None:
    kg = build_graph(typed(records), gazetteer)
    assert kg.has_node(f"person:{A3}/汝晶晶")


def test_organisations_of_one_name_in_two_counties_stay_two(records, gazetteer) -> None:
    kg = build_graph(typed(records), gazetteer)
    schools = sorted(n for n, d in kg.nodes("Organization") if d["name"] == "中心小学")
    assert schools == ["org:310115/中心小学", "org:310116/中心小学"]


def test_every_linked_place_reaches_its_province_through_the_gazetteer(records, gazetteer) -> None:
    kg = build_graph(typed(records), gazetteer)
    chain, node = [], DAIJING
    while True:
        up = list(kg.out_edges(node, "PART_OF"))
        if not up:
            break
        assert len(up) == 1 and up[0][1]["source"] == "gazetteer"
        node = up[0][0]
        chain.append(kg.node(node)["name"])
    # 上海市's 市辖区 (310100) is a statistical grouping, not a place: skipped.
    assert chain == ["朱泾镇", "金山区", "上海市"]
    assert kg.node("place:310000")["articles"] == []  # read in no article, only implied


def test_an_organisation_named_after_a_linked_place_lies_in_it(records, gazetteer) -> None:
    kg = build_graph(typed(records), gazetteer)
    org = "org:310116/金山区委组织部"
    parts = list(kg.out_edges(org, "PART_OF"))
    assert parts == [("place:310116", {"type": "PART_OF", "source": "text", "articles": [A1]})]


def test_an_unlinked_place_is_scoped_by_the_region_the_text_puts_it_in(records, gazetteer) -> None:
    kg = build_graph(typed(records), gazetteer)
    village = ids.unlinked_place_id("新农村", "310116")
    assert kg.node(village)["division_code"] is None
    assert kg.partners(village) == []
    assert "place:310116102" in {v for v, _ in kg.out_edges(village, "PART_OF")}
    assert summarise(kg).unlinked_places == 1


def test_mentions_link_each_entity_to_its_article_with_a_count(records, gazetteer) -> None:
    kg = build_graph(typed(records), gazetteer)
    mention = kg.edge(DAIJING, A1, "MENTIONED_IN")
    assert mention is not None
    assert mention["count"] == 2
    assert mention["aliases"] == ["待泾村", "待泾村党总支"]
    assert kg.node(A1)["title"] == "朱泾镇城乡结对结硕果"


def test_relations_to_unknown_entities_are_skipped(records, gazetteer) -> None:
    kg = record_graph(typed([records[1]])[0], gazetteer)
    assert [d["title"] for _, _, d in kg.edges("HOLDS_POST")] == ["书记"]


def test_the_merged_graph_does_not_depend_on_the_order_of_articles(records, gazetteer) -> None:
    graphs = [build_graph(typed(order), gazetteer) for order in itertools.permutations(records)]
    assert all(g == graphs[0] for g in graphs[1:])


def test_reading_the_same_article_twice_changes_nothing(records, gazetteer) -> None:
    twice = build_graph(typed(records + records[:1]), gazetteer)
    assert twice == build_graph(typed(records), gazetteer)


def test_withdrawing_an_article_gives_the_graph_built_without_it(records, gazetteer) -> None:
    for i, record in enumerate(records):
        kg = build_graph(typed(records), gazetteer)
        kg.remove_article(record["article"]["id"])
        others = records[:i] + records[i + 1 :]
        assert kg == build_graph(typed(others), gazetteer), record["doc"]


def test_the_articles_own_graphs_merge_back_into_the_whole(records, gazetteer) -> None:
    kg = build_graph(typed(records), gazetteer)
    parts = kg.split_by_article()
    assert sorted(parts) == [A1, A2, A3]
    again = KnowledgeGraph()
    for part in parts.values():
        again.merge(part)
    assert again == kg


def test_the_summary_counts_what_people_ask_about(records, gazetteer) -> None:
    s = summarise(build_graph(typed(records), gazetteer))
    expected: dict[str, Any] = {
        "articles": 3,
        "pairings": 3,
        "posts": 3,
        "unlinked_places": 1,
    }
    assert {k: getattr(s, k) for k in expected} == expected
    assert s.entities["Person"] == 4
    assert s.entities["Organization"] == 4


def test_a_place_read_under_two_types_is_one_node_whatever_the_order(records, gazetteer) -> None:
    records[2]["entities"].append(
        {"id": "e9", "type": "ResidentsCommittee", "name": "新农村", "aliases": []}
    )
    records[2]["relations"].append(
        {"type": "PART_OF", "source": "e9", "target": "e1", "rule": "x", "confidence": 1}
    )
    records[2]["entities"][0]["division_code"] = None  # 新农村 scoped like a2's: 310116
    records[2]["entities"].append(
        {
            "id": "e8",
            "type": "Region",
            "name": "枫泾镇",
            "aliases": [],
            "division_code": "310116102",
            "level": "town",
        }
    )
    records[2]["relations"][-1]["target"] = "e8"
    forward = build_graph(typed(records), gazetteer)
    backward = build_graph(typed(records[::-1]), gazetteer)
    assert forward == backward
    assert forward.node("place:310116/新农村")["label"] == "Village"


def test_the_gazetteer_decides_between_village_and_residents_committee(records, gazetteer) -> None:
    records[0]["entities"][0]["type"] = "ResidentsCommittee"  # 待泾村, read wrongly
    kg = build_graph(typed(records), gazetteer)
    assert kg.node(DAIJING)["label"] == "Village"


def test_any_set_of_articles_gives_the_union_of_their_own_graphs(records, gazetteer) -> None:
    kg = build_graph(typed(records), gazetteer)
    parts = kg.split_by_article()
    for n in range(len(parts) + 1):
        for chosen in itertools.combinations(sorted(parts), n):
            expected = KnowledgeGraph.union(parts[a] for a in chosen)
            assert kg.article_graph(chosen) == expected, chosen
