"""scripts/post_error_counts.py: posts missed and false by class, counts only
(invented names)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

_PATH = Path(__file__).resolve().parents[2] / "scripts" / "post_error_counts.py"
_SPEC = importlib.util.spec_from_file_location("post_error_counts", _PATH)
assert _SPEC and _SPEC.loader
pec = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(pec)


def _ent(i: str, type_: str, name: str) -> dict[str, Any]:
    return {"id": i, "type": type_, "name": name, "aliases": [], "mentions": []}


def _gold(key: str, type_: str, name: str) -> dict[str, Any]:
    return {"key": key, "type": type_, "name": name, "aliases": [name]}


def _post(person: str, title: str, unit: str) -> dict[str, Any]:
    return {"type": "HOLDS_POST", "source": person, "target": unit, "title": title}


def test_another_cut_is_told_by_what_differs() -> None:
    assert pec.cut_kind("主任", "办公室主任") == "shorter:len3"
    assert pec.cut_kind("党委副书记", "副书记") == "longer:party"
    assert pec.cut_kind("公司党委副书记", "党委副书记") == "longer:len2"
    assert pec.cut_kind("人大常委会主任", "市人大常委会主任") == "shorter:level"
    assert pec.cut_kind("书记", "支部书记") == "shorter:party"
    assert pec.cut_kind("院长", "院长") is None
    assert pec.cut_kind("院长", "书记") is None


def test_posts_are_counted_by_class_without_names() -> None:
    gold = {
        "a.txt": {
            "doc": "a.txt",
            "entities": [
                _gold("o1", "Organization", "甲乙科技有限公司"),
                _gold("o2", "Organization", "丙丁学校"),
                _gold("p1", "Person", "柯望舒"),
                _gold("p2", "Person", "闵知远"),
                _gold("p3", "Person", "岑远山"),
                _gold("p4", "Person", "柏青禾"),
            ],
            "posts": [
                {"person": "p1", "title": "总经理", "org": "o1"},
                {"person": "p2", "title": "办公室主任", "org": "o1"},
                {"person": "p3", "title": "校长", "org": "o2"},
                {"person": "p4", "title": "副校长", "org": "o2"},
            ],
        }
    }
    record = {
        "doc": "a.txt",
        "entities": [
            _ent("e1", "Organization", "甲乙科技有限公司"),
            _ent("e2", "Organization", "丙丁学校"),
            _ent("e3", "Person", "柯望舒"),
            _ent("e4", "Person", "闵知远"),
            _ent("e5", "Person", "岑远山"),
            _ent("e6", "Person", "莫须有"),
        ],
        "relations": [
            _post("e3", "总经理", "e2"),  # hit, wrong unit (emitted)
            _post("e4", "主任", "e1"),  # a shorter cut: one miss and one false post
            _post("e6", "董事", "e1"),  # the person is no gold entity
        ],
    }
    got = pec.count(gold, [record])
    assert got["hit"] == 1
    assert got["hit, wrong unit: gold unit emitted"] == 1
    assert got["hit, wrong unit is: unrelated"] == 1  # a school for a company
    assert got["hit, wrong unit, gold unit written: only elsewhere"] == 1
    assert got["fn: another cut, shorter:len3"] == 1
    assert got["fp: another cut, shorter:len3"] == 1
    assert got["fn: person found, no post"] == 1  # 岑远山
    assert got["fn: person not found"] == 1  # 柏青禾
    assert got["fp: person not gold"] == 1
    assert sum(v for k, v in got.items() if k.startswith("fn")) == 3


def test_a_wrong_unit_is_told_by_how_it_relates_to_the_golds() -> None:
    town = {"type": "Region", "name": "甲乙镇", "aliases": []}
    village = {"type": "Village", "name": "丙丁村", "aliases": []}
    company = {"type": "Organization", "name": "戊己公司", "aliases": []}
    committee = {"type": "Organization", "name": "戊己公司党委", "aliases": []}
    city = {"type": "Region", "name": "庚辛市", "aliases": []}
    bureau = {"type": "Organization", "name": "庚辛市农业局", "aliases": []}
    assert pec.unit_relation("记者", company, committee) == "byline"
    assert pec.unit_relation("党委书记", committee, company) == "holds gold's name"
    assert pec.unit_relation("局长", city, bureau) == "inside gold's name"
    assert pec.unit_relation("党支部书记", town, village) == "both places"
    assert pec.unit_relation("董事长", village, company) == "unrelated"


def test_where_the_gold_unit_is_written_against_the_evidence() -> None:
    rel = {"evidence": {"start": 10, "end": 30}}
    assert pec.gold_unit_written(rel, None) == "not emitted"
    assert pec.gold_unit_written(rel, {"mentions": [[2, 5], [12, 16]]}) == (
        "in the evidence sentence"
    )
    assert pec.gold_unit_written(rel, {"mentions": [[40, 44]]}) == "only elsewhere"
