"""Where units sit (issue 16, points 1–3): every organisation gets a place in the graph,
the area queries and the `--region` page find it there, a name spelling a chain of places
lies in the last one, a committee the gazetteer lacks is filed where it was written, and
one unit read placed and unplaced is one node.

Every name and code here is invented (99xxxx is no province); a small stand-in gazetteer
knows them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from graph.model import KnowledgeGraph
from graph.placement import merge_unplaced, name_place
from pbkg.build import build_graph, write_outputs
from pbkg.cli import cli
from queries.embedded import QUERIES
from viz.select import units_in_region


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str
    type: str = "Region"


DIVISIONS = {
    d.code: d
    for d in [
        Division("990000", "云岭省", "province"),
        Division("990100", "青岚市", "city"),
        Division("990102", "白沙区", "county"),
        Division("990102001", "石桥街道", "town"),
        Division("990102001005", "石桥社区", "village", "ResidentsCommittee"),
        Division("990103", "松川区", "county"),
        Division("990103101", "柳湾镇", "town"),
        Division("990103101201", "芦花村", "village", "Village"),
        Division("990103102", "杏坡镇", "town"),
    ]
}


class FakeGazetteer:
    def chain(self, code: str) -> list[Division]:
        out = []
        for size in (12, 9, 6, 4, 2):
            if len(code) >= size:
                key = code[:size].ljust(6, "0") if size <= 6 else code[:size]
                if key in DIVISIONS and (not out or out[-1].code != key):
                    out.append(DIVISIONS[key])
        if not out or out[0].code != code:
            raise KeyError(code)
        return out


GAZ = FakeGazetteer()


def place(eid: str, code: str, *mentions: tuple[int, int], **extra: Any) -> dict[str, Any]:
    d = DIVISIONS[code]
    return {
        "id": eid,
        "type": d.type,
        "name": d.name,
        "aliases": [d.name],
        "division_code": code,
        "level": d.level,
        "mentions": [list(m) for m in mentions] or [[0, len(d.name)]],
        **extra,
    }


def org(eid: str, name: str, *mentions: tuple[int, int]) -> dict[str, Any]:
    spans = [list(m) for m in mentions] or [[300, 300 + len(name)]]
    return {"id": eid, "type": "Organization", "name": name, "aliases": [name], "mentions": spans}


def record(aid: str, entities: list[dict[str, Any]], relations: list[dict[str, Any]]) -> dict:
    return {
        "doc": f"{aid}.txt",
        "article": {"id": aid, "doc": f"{aid}.txt", "path": f"corpus/{aid}.txt", "title": aid},
        "entities": entities,
        "relations": relations,
    }


def pair(a: str, b: str, start: int = 0) -> dict[str, Any]:
    return {
        "type": "PAIRED_WITH",
        "source": a,
        "target": b,
        "kind": "结对共建",
        "evidence": {"text": "两家结对共建", "start": start, "end": start + 6},
        "confidence": 0.9,
        "rule": "pair.verb",
    }


def post(person: str, unit: str, title: str) -> dict[str, Any]:
    return {"type": "HOLDS_POST", "source": person, "target": unit, "title": title}


def person(eid: str, name: str) -> dict[str, Any]:
    return {"id": eid, "type": "Person", "name": name, "aliases": [name], "mentions": [[0, 3]]}


# An article about 柳湾镇 of 松川区: a company with no place in its name pairs with a
# village; its manager holds a post there.
RURAL = record(
    "a1",
    [
        place("e1", "990103101"),
        place("e2", "990103101201"),
        org("e3", "宏远公司"),
        person("e4", "林晓"),
    ],
    [pair("e3", "e2"), post("e4", "e3", "总经理")],
)


def parents(kg: KnowledgeGraph, node: str) -> dict[str, str]:
    return {v: d["source"] for _, v, d in kg.g.out_edges(node, data=True) if d["type"] == "PART_OF"}


def test_an_organisation_whose_article_places_it_lies_in_that_region() -> None:
    kg = build_graph([RURAL], GAZ)
    assert parents(kg, "org:990103/宏远公司") == {"place:990103": "scope"}
    assert kg.g.edges["org:990103/宏远公司", "place:990103", "PART_OF"]["articles"] == ["a1"]


def test_area_queries_find_an_organisation_placed_only_by_its_article() -> None:
    kg = build_graph([RURAL], GAZ)
    network = QUERIES["area_network"](kg, area="松川区")
    assert [(r["a"], r["b"]) for r in network] == [("宏远公司", "芦花村")]
    assert [r["person"] for r in QUERIES["people"](kg, unit="松川区")] == ["林晓"]
    # 宏远公司 lies in the district, not in the village's town: the pairing crosses it.
    crossing = QUERIES["cross_boundary"](kg, level="town")
    assert [(r["a"], r["b_area"]) for r in crossing] == [("宏远公司", "柳湾镇")]
    assert QUERIES["timeline"](kg, area="松川区")[0]["pairings"] == 1


def test_the_region_page_and_the_area_queries_choose_the_same_units() -> None:
    kg = build_graph([RURAL, COURT], GAZ)
    for region in ("松川区", "白沙区", "青岚市"):
        in_queries = {
            r[k] for r in QUERIES["area_network"](kg, area=region) for k in ("a_id", "b_id")
        }
        paired_inside = {n for n in units_in_region(kg, region) if kg.partners(n)}
        assert in_queries == paired_inside, region
        assert in_queries, region


# A court named after its city and district, paired with a committee of that district.
COURT = record(
    "a2",
    [
        place("e1", "990100", (0, 3)),
        place("e2", "990102", (3, 6)),
        place("e3", "990102001005", (40, 44)),
        org("e4", "青岚市白沙区人民法院", (60, 70)),
    ],
    [pair("e4", "e3")],
)


def test_a_name_spelling_a_city_then_a_district_lies_in_the_district() -> None:
    kg = build_graph([COURT], GAZ)
    court = "org:990102/青岚市白沙区人民法院"
    assert parents(kg, court) == {"place:990102": "text"}
    assert QUERIES["cross_boundary"](kg, level="county") == []


def test_a_unit_named_by_its_towns_short_form_lies_in_the_town() -> None:
    linked = [place("e1", "990103101"), place("e2", "990103")]
    assert name_place("柳湾派出所", linked)["name"] == "柳湾镇"
    assert name_place("松川区柳湾镇卫生院", linked)["name"] == "柳湾镇"
    assert name_place("柳湾镇", linked) is None  # a place is not inside itself
    assert name_place("杏坡派出所", linked) is None  # 杏坡镇 is not in this article


def test_an_unlisted_committee_is_filed_where_it_was_written_not_by_the_article_majority() -> None:
    # The article names 白沙区 three times, then tours 松川区: a service centre of
    # 松川区柳湾镇, and right after it a committee the gazetteer does not list.
    tour = record(
        "a3",
        [
            place("e1", "990102", (0, 3), (50, 53), (400, 403)),
            place("e2", "990102001", (3, 7), (403, 407)),
            place("e3", "990103", (100, 103)),
            place("e4", "990103101", (103, 106)),
            org("e5", "松川区柳湾镇青禾公寓服务中心", (150, 164)),
            {
                "id": "e6",
                "type": "ResidentsCommittee",
                "name": "青禾湾居民区",
                "aliases": ["青禾湾居民区"],
                "division_code": None,
                "level": None,
                "mentions": [[200, 206]],
            },
        ],
        [],
    )
    kg = build_graph([tour], GAZ)
    assert kg.has_node("place:990103/青禾湾居民区")
    assert parents(kg, "place:990103/青禾湾居民区") == {"place:990103": "scope"}
    assert parents(kg, "org:990103/松川区柳湾镇青禾公寓服务中心") == {"place:990103101": "text"}


def test_an_unplaced_unit_named_like_one_placed_unit_is_that_unit() -> None:
    placed = record("b1", [place("e1", "990103"), org("e2", "松川区委组织部")], [])
    # An article with no place at all (a traditional-script page, say) names it again,
    # with a person and a pairing.
    unplaced = record(
        "b2",
        [org("e1", "松川区委组织部"), org("e2", "远帆公司"), person("e3", "周岚")],
        [pair("e2", "e1"), post("e3", "e1", "副部长")],
    )
    kg = build_graph([placed, unplaced], GAZ)
    dept = "org:990103/松川区委组织部"
    assert not kg.has_node("org:-/松川区委组织部")
    assert kg.node(dept)["articles"] == ["b1", "b2"]
    assert kg.node(dept)["merged_from"] == ["org:-/松川区委组织部"]
    assert kg.partners(dept) == ["org:-/远帆公司"]
    assert kg.node(f"person:{dept}/周岚")["unit"] == dept
    assert not kg.has_node("person:org:-/松川区委组织部/周岚")


def test_a_name_shared_by_two_placed_units_is_left_for_review() -> None:
    kg = build_graph(
        [
            record("c1", [place("e1", "990103"), org("e2", "中心小学")], []),
            record("c2", [place("e1", "990102"), org("e2", "中心小学")], []),
            record("c3", [org("e1", "中心小学")], []),
        ],
        GAZ,
    )
    assert kg.has_node("org:-/中心小学")
    assert merge_unplaced(kg) == []


def test_pbkg_query_finds_the_placed_organisation_from_the_command_line(tmp_path: Path) -> None:
    records = [RURAL]
    write_outputs(records, build_graph(records, GAZ), tmp_path)
    result = CliRunner().invoke(
        cli,
        [
            "query",
            "area_network",
            "--param",
            "area=松川区",
            "--graph",
            str(tmp_path),
            "--format",
            "json",
        ],
        env={"NEO4J_URI": None},
    )
    assert result.exit_code == 0, result.output
    assert [(r["a"], r["b"]) for r in json.loads(result.output)] == [("宏远公司", "芦花村")]


@pytest.mark.neo4j
def test_neo4j_answers_the_area_queries_as_the_embedded_graph(neo4j_empty, neo4j_server) -> None:
    from graph.neo4j import Neo4jStore
    from graph.settings import Neo4jSettings
    from queries.run import run_embedded, run_neo4j

    kg = build_graph([RURAL, COURT], GAZ)
    Neo4jStore(neo4j_empty, neo4j_server.database).load(kg)
    user, password = neo4j_server.auth or ("neo4j", None)
    settings = Neo4jSettings(
        uri=neo4j_server.uri, username=user, password=password, database=neo4j_server.database
    )
    cases = [
        ("area_network", {"area": "松川区"}),
        ("people", {"unit": "松川区"}),
        ("timeline", {"area": "松川区"}),
        ("cross_boundary", {"level": "town"}),
        ("cross_boundary", {"level": "county"}),
        ("area_network", {"area": "白沙区"}),
    ]
    for name, raw in cases:
        assert run_neo4j(name, raw, settings).rows == run_embedded(name, raw, kg).rows, name
    assert run_neo4j("area_network", {"area": "松川区"}, settings).rows
