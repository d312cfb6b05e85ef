"""The named queries, answered from the in-memory graph: what each question returns.

The graph is tests/queries/query_sample.py (drawn in its docstring). The same questions
are put to a real Neo4j in test_query_neo4j.py, which must answer row for row alike.
"""

from __future__ import annotations

from typing import Any

import pytest
from query_sample import (
    ART1,
    ART2,
    BOC,
    COURT,
    DJ,
    GL,
    HX,
    INJECTION,
    JS,
    MZ,
    SCHOOL,
    TL,
    XX,
)

from graph.model import KnowledgeGraph
from queries import embedded
from queries.library import load_queries


def test_every_named_query_has_an_embedded_twin() -> None:
    assert set(embedded.QUERIES) == set(load_queries())


def test_every_embedded_row_has_exactly_the_declared_columns(kg: KnowledgeGraph) -> None:
    params: dict[str, dict[str, Any]] = {
        "partners": {"unit": "高楼村"},
        "area_network": {"area": "金山区"},
        "cross_boundary": {"level": "town"},
        "top_partners": {"limit": 10},
        "brokers": {"limit": 10},
        "coverage_gaps": {"area": "金山区"},
        "people": {"unit": "金山区"},
        "evidence": {"unit": "高楼村", "partner": "中国银行金山支行"},
        "timeline": {"area": ""},
        "shortest_path": {"source": "中国银行金山支行", "target": "朱泾镇"},
    }
    for name, query in load_queries().items():
        rows = embedded.QUERIES[name](kg, **params[name])
        assert rows, f"{name} found nothing in the sample graph"
        assert all(tuple(r) == query.columns for r in rows), name


@pytest.mark.parametrize("address", [GL, "高楼村", "310116101201"])
def test_a_unit_is_addressed_by_id_name_or_division_code(kg: KnowledgeGraph, address: str) -> None:
    assert embedded.match_units(kg, address) == [GL]


def test_a_unit_is_addressed_by_an_alias_such_as_its_party_organisation(
    kg: KnowledgeGraph,
) -> None:
    assert embedded.match_units(kg, "中国银行金山支行党总支") == [BOC]
    assert embedded.match_units(kg, "恒信居民区") == [HX]


def test_people_are_not_units(kg: KnowledgeGraph) -> None:
    assert embedded.match_units(kg, "李士权") == []


def test_partners_give_kinds_years_quotes_and_dated_titles(kg: KnowledgeGraph) -> None:
    rows = embedded.partners(kg, "中国银行金山支行党组织")
    assert [r["partner"] for r in rows] == ["高楼村"]
    (row,) = rows
    assert row["unit_id"] == BOC
    assert row["kinds"] == ["双百结对", "结对共建"]
    assert row["since"] == 2019
    assert row["years"] == [2020, 2021]  # the years of the articles reporting it
    assert row["confidence"] == 0.9
    assert INJECTION in row["quotes"]
    assert len(row["quotes"]) == 3
    assert row["articles"] == ["2021-10-26 双百结对 共建共享", "2020-05-01 党建联建促发展"]


def test_partners_list_every_partner_in_id_order(kg: KnowledgeGraph) -> None:
    rows = embedded.partners(kg, "高楼村")
    assert [r["partner_id"] for r in rows] == sorted([BOC, TL, HX])
    assert {r["partner_label"] for r in rows} == {"Organization", "Region", "ResidentsCommittee"}


def test_an_unknown_unit_has_no_partners(kg: KnowledgeGraph) -> None:
    assert embedded.partners(kg, "不存在村") == []


def test_the_network_of_a_town_keeps_pairings_with_both_units_inside(kg: KnowledgeGraph) -> None:
    rows = embedded.area_network(kg, "朱泾镇")
    # 待泾村–朱泾法庭 lie in 朱泾镇; 高楼村's partners lie elsewhere, 金山中学 nowhere.
    assert [(r["a"], r["b"]) for r in rows] == [("朱泾法庭", "待泾村")]
    assert rows[0]["article_count"] == 1


def test_the_network_of_a_district_reaches_down_the_whole_part_of_chain(
    kg: KnowledgeGraph,
) -> None:
    rows = embedded.area_network(kg, "金山区")
    pairs = {(r["a_id"], r["b_id"]) for r in rows}
    assert pairs == {(BOC, GL), (COURT, DJ), (GL, TL), (GL, HX)}
    assert all(r["area_id"] == JS for r in rows)


def test_cross_boundary_pairings_join_units_of_different_towns(kg: KnowledgeGraph) -> None:
    rows = embedded.cross_boundary(kg, "town")
    assert [(r["a"], r["a_area"], r["b"], r["b_area"]) for r in rows] == [
        # The bank lies in 金山区 but in no town: it is outside 高楼村's town.
        ("中国银行金山支行", None, "高楼村", "朱泾镇"),
        ("高楼村", "朱泾镇", "亭林镇", "亭林镇"),
        ("高楼村", "朱泾镇", "恒信居委会", "亭林镇"),
    ]


def test_pairings_within_one_town_or_with_an_unplaced_unit_do_not_cross(
    kg: KnowledgeGraph,
) -> None:
    pairs = {(r["a_id"], r["b_id"]) for r in embedded.cross_boundary(kg, "town")}
    assert (COURT, DJ) not in pairs  # both in 朱泾镇
    assert not any(SCHOOL in pair for pair in pairs)  # 金山中学 has no known place


def test_no_pairing_crosses_a_county_boundary_in_one_district(kg: KnowledgeGraph) -> None:
    assert embedded.cross_boundary(kg, "county") == []


def test_top_partners_rank_by_partner_count_then_id(kg: KnowledgeGraph) -> None:
    rows = embedded.top_partners(kg, 3)
    assert [(r["id"], r["partners"]) for r in rows] == [(SCHOOL, 3), (GL, 3), (TL, 2)]
    assert rows[1]["articles"] == 2  # 高楼村's pairings are reported in ART1 and ART2


def test_a_negative_limit_is_refused(kg: KnowledgeGraph) -> None:
    with pytest.raises(ValueError):
        embedded.top_partners(kg, -1)


def test_brokers_have_freeman_betweenness_on_the_pairing_network(kg: KnowledgeGraph) -> None:
    rows = embedded.brokers(kg, 10)
    # 高楼村 and 金山中学 each stand between 4.5 pairs (two half-shares from the two
    # equally short routes 高楼村–恒信居委会/亭林镇–金山中学).
    assert [(r["name"], r["betweenness"], r["partners"]) for r in rows] == [
        ("金山中学", 4.5, 3),
        ("高楼村", 4.5, 3),
        ("亭林镇", 2.0, 2),
        ("恒信居委会", 2.0, 2),
    ]


def test_betweenness_rounds_half_up_like_cypher() -> None:
    assert embedded._round_half_up(1 / 32) == 0.0313  # Python's round() gives 0.0312
    assert embedded._round_half_up(2 / 3) == 0.6667


def test_strings_order_as_neo4j_orders_them() -> None:
    ext_b, replacement = "\U00020000", "\ufffd"
    assert embedded._key(replacement) < embedded._key(ext_b)  # properties: code point
    assert embedded._element_key(ext_b) < embedded._element_key(replacement)  # list items
    assert embedded._key(None) > embedded._key("\uffff")  # nulls last


def test_coverage_gaps_are_the_unpaired_villages_of_an_area(kg: KnowledgeGraph) -> None:
    rows = embedded.coverage_gaps(kg, "310116")
    assert [(r["id"], r["name"], r["parent"]) for r in rows] == [
        (MZ, "民主村", "朱泾镇"),
        (XX, "新兴村", "亭林镇"),
    ]
    assert [r["name"] for r in embedded.coverage_gaps(kg, "亭林镇")] == ["新兴村"]


def test_people_of_an_area_include_posts_in_its_villages(kg: KnowledgeGraph) -> None:
    rows = embedded.people(kg, "朱泾镇")
    assert [(r["person"], r["title"], r["unit"]) for r in rows] == [
        ("夏红梅", "党委副书记", "朱泾镇"),
        ("夏红梅", "镇长", "朱泾镇"),
        ("李士权", "党委书记", "朱泾镇"),
        ("卜新兵", "党总支书记", "高楼村"),
    ]
    assert rows[1]["articles"] == 2
    assert [r["person"] for r in embedded.people(kg, "高楼村")] == ["卜新兵"]


def test_the_evidence_trail_lists_each_sentence_oldest_article_first(kg: KnowledgeGraph) -> None:
    rows = embedded.evidence(kg, "高楼村", "中国银行金山支行")
    assert [(r["article"], r["start"]) for r in rows] == [(ART2, 40), (ART1, 120), (ART1, 300)]
    first = rows[0]
    assert (first["a_id"], first["b_id"]) == (BOC, GL)  # stored orientation
    assert first["date"] == "2020-05-01"
    assert first["source"] == "上海金山"
    assert first["kind"] == "双百结对"
    assert first["text"] == "中国银行金山支行与高楼村开展双百结对。"
    assert first["end"] - first["start"] == len(first["text"])
    assert rows[2]["text"] == INJECTION  # hostile text is data, returned verbatim


def test_the_evidence_trail_is_the_same_either_way_round(kg: KnowledgeGraph) -> None:
    assert embedded.evidence(kg, "高楼村", "中国银行金山支行") == embedded.evidence(
        kg, "中国银行金山支行", "高楼村"
    )


def test_the_timeline_counts_pairings_by_starting_year(kg: KnowledgeGraph) -> None:
    rows = embedded.timeline(kg)
    assert [(r["year"], r["pairings"]) for r in rows] == [
        (2018, 1),  # 金山中学–朱泾镇: since 2018
        (2019, 1),  # 高楼村–中国银行: since 2019
        (2020, 1),  # 待泾村–朱泾法庭: no since; reported 2020-05-01
        (2021, 2),
        (None, 2),  # reported only in the undated article: last
    ]
    assert rows[3]["kinds"] == ["村居共建", "结对"]
    assert rows[3]["units"] == 3


def test_the_timeline_of_an_area_keeps_pairings_touching_it(kg: KnowledgeGraph) -> None:
    rows = embedded.timeline(kg, "亭林镇")
    assert [(r["year"], r["pairings"]) for r in rows] == [(2021, 2), (None, 2)]


def test_the_shortest_path_takes_the_route_whose_ids_sort_first(kg: KnowledgeGraph) -> None:
    rows = embedded.shortest_path(kg, "高楼村", "金山中学")
    # Two routes of two steps: via 亭林镇 (place:310116103) sorts before 恒信 (…103001).
    assert [r["name"] for r in rows] == ["高楼村", "亭林镇", "金山中学"]
    assert [r["kind"] for r in rows] == [None, "结对", "共驻共建"]
    assert [r["step"] for r in rows] == [0, 1, 2]


def test_units_in_different_components_have_no_path(kg: KnowledgeGraph) -> None:
    assert embedded.shortest_path(kg, "待泾村", "高楼村") == []
    assert embedded.shortest_path(kg, "高楼村", "高楼村") == []
