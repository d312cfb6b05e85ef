"""pbkg's scorer follows GOLD_FORMAT §4."""

from __future__ import annotations

from ingest.extract.evaluate import evaluate

GOLD = {
    "d.txt": {
        "doc": "d.txt",
        "entities": [
            {
                "key": "v",
                "type": "Village",
                "name": "甲村",
                "aliases": ["甲村"],
                "division_code": "110101001201",
            },
            {"key": "o", "type": "Organization", "name": "乙公司", "aliases": ["乙公司党支部"]},
            {"key": "p", "type": "Person", "name": "丙丁", "aliases": []},
        ],
        "pairings": [{"a": "v", "b": "o"}],
        "posts": [{"person": "p", "org": "o", "title": "党支部书记"}],
    }
}


def record(entities, relations):  # type: ignore[no-untyped-def]
    return {"doc": "d.txt", "entities": entities, "relations": relations}


def test_matches_by_code_or_any_surface_form_and_pairs_in_either_order() -> None:
    rec = record(
        [
            {
                "id": "e1",
                "type": "Village",
                "name": "别名村",
                "aliases": [],
                "division_code": "110101001201",
            },
            {"id": "e2", "type": "Organization", "name": "乙公司党支部", "aliases": []},
            {"id": "e3", "type": "Person", "name": "丙丁", "aliases": []},
        ],
        [
            {"type": "PAIRED_WITH", "source": "e2", "target": "e1"},
            {"type": "HOLDS_POST", "source": "e3", "target": "e2", "title": "党支部 书记"},
        ],
    )
    s = evaluate(GOLD, [rec]).summary()
    assert s["entities"]["f1"] == 1.0
    assert s["pairings"]["f1"] == 1.0
    assert s["posts"]["f1"] == 1.0
    assert s["post_org_accuracy"] == 1.0
    assert s["linking_accuracy"] == 1.0


def test_wrong_type_duplicates_and_stray_relations_are_false_alarms() -> None:
    rec = record(
        [
            {"id": "e1", "type": "Region", "name": "甲村", "aliases": []},
            {"id": "e2", "type": "Organization", "name": "乙公司", "aliases": []},
            {"id": "e3", "type": "Organization", "name": "乙公司", "aliases": []},
        ],
        [{"type": "PAIRED_WITH", "source": "e2", "target": "e1"}],
    )
    rep = evaluate(GOLD, [rec])
    s = rep.summary()
    assert s["entities"]["tp"] == 1 and s["entities"]["fp"] == 2 and s["entities"]["fn"] == 2
    assert s["pairings"]["tp"] == 0 and s["pairings"]["fp"] == 1
    assert any("pairing" in m for m in rep.misses)
    assert any("entity Region 甲村" in m for m in rep.false_alarms)


def test_a_missing_document_counts_as_all_misses() -> None:
    s = evaluate(GOLD, []).summary()
    assert s["entities"]["fn"] == 3 and s["pairings"]["fn"] == 1 and s["posts"]["fn"] == 1
