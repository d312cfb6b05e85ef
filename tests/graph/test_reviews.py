"""Reviewers' decisions: the file format, and what applying them does to a graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from golden import check_golden

from graph.model import KnowledgeGraph
from graph.reviews import (
    Decision,
    DecisionError,
    Quote,
    append_decisions,
    apply_decisions,
    decisions_text,
    labelled_pairs,
    parse_decisions,
    probable_duplicates,
    read_decisions,
    review_queue,
)

GOLDEN = Path(__file__).parent / "golden" / "reviews.jsonl"
WHEN = "2026-12-03T10:00:00.000Z"
A, B, C = "org:330100/甲乙科技有限公司", "place:330100/丙丁村", "org:330100/戊己银行"
EV = Quote(article="art1", doc="a1.txt", text="丙丁村与甲乙科技有限公司结对共建。", start=7, end=24)


def pairing(action: str, a: str = A, b: str = B, **kw: object) -> Decision:
    return Decision(action, (a, b), "林审", WHEN, type="PAIRED_WITH", evidence=EV, **kw)  # type: ignore[arg-type]


def graph() -> KnowledgeGraph:
    """Three units, two pairings (one shaky), a post, and a unit read twice."""
    kg = KnowledgeGraph()
    kg.add_node("art1", "Article", "一", title="一")
    kg.add_node("art2", "Article", "二", title="二")
    kg.add_node(A, "Organization", "甲乙科技有限公司", articles=["art1"])
    kg.add_node(B, "Village", "丙丁村", articles=["art1"])
    kg.add_node(C, "Organization", "戊己银行", articles=["art2"])
    kg.add_node("org:-/甲乙科技", "Organization", "甲乙科技", articles=["art2"])
    kg.add_node("person:x/庚", "Person", "庚", articles=["art2"], unit="org:-/甲乙科技")
    for n, art in ((A, "art1"), (B, "art1"), (C, "art2"), ("org:-/甲乙科技", "art2")):
        kg.add_mention(n, art)
    kg.add_pairing(A, B, kind="结对共建", since=2024, article="art1", evidence=None, confidence=0.9)
    kg.add_pairing(
        C,
        "org:-/甲乙科技",
        kind="党建联建",
        since=None,
        article="art2",
        evidence=None,
        confidence=0.6,
    )
    kg.add_post("person:x/庚", "org:-/甲乙科技", title="党支部书记", article="art2")
    return kg


def test_the_decisions_file_format_matches_the_golden_file() -> None:
    """One decision of each action, as `pbkg review` writes them. Regenerate with
    PBKG_UPDATE_GOLDEN=1 after an intended format change, and review the diff."""
    decisions = [
        pairing("accept"),
        pairing("reject", C, "org:-/甲乙科技", names=("戊己银行", "甲乙科技")),
        pairing("since", since=2019),
        pairing("withdraw"),
        Decision(
            "merge",
            (A, "org:-/甲乙科技"),
            "林审",
            WHEN,
            names=("甲乙科技有限公司", "甲乙科技"),
            name="甲乙科技有限公司",
        ),
        Decision("distinct", (A, C), "林审", WHEN),
        Decision("rename", (C,), "林审", WHEN, name="戊己农商银行"),
        Decision("retype", (B,), "林审", WHEN, label="ResidentsCommittee"),
        Decision(
            "accept",
            ("person:x/庚", "org:-/甲乙科技"),
            "林审",
            WHEN,
            type="HOLDS_POST",
            title="党支部书记",
        ),
    ]
    text = decisions_text(decisions)
    check_golden(GOLDEN, text)
    assert list(parse_decisions(text.splitlines())) == decisions


def test_a_line_that_is_not_a_decision_is_reported_with_its_line_number(tmp_path: Path) -> None:
    path = tmp_path / "reviews.jsonl"
    path.write_text(pairing("accept").to_json() + "\n\n" + '{"action": "bless", "ids": []}\n')
    with pytest.raises(DecisionError, match=r"reviews.jsonl:3: unknown action 'bless'"):
        read_decisions(path)
    for bad in (
        {"action": "accept", "ids": [A, B], "by": "x", "at": WHEN},  # no edge type
        {"action": "merge", "ids": [A, A], "by": "x", "at": WHEN},
        {"action": "rename", "ids": [A], "by": "x", "at": WHEN},  # no name
        {"action": "retype", "ids": [A], "by": "x", "at": WHEN, "label": "Person"},
        {"action": "distinct", "ids": [A, B], "by": "", "at": WHEN},  # nobody
        {"action": "distinct", "ids": [A, B], "by": "x", "at": "yesterday"},
        {"action": "distinct", "ids": [A, B], "by": "x", "at": WHEN, "why": "?"},
    ):
        with pytest.raises(DecisionError):
            Decision.from_dict(bad)


def test_appending_keeps_earlier_lines_and_mends_a_missing_newline(tmp_path: Path) -> None:
    path = tmp_path / "reviews.jsonl"
    path.write_text(pairing("accept").to_json())  # edited by hand, no final newline
    assert append_decisions(path, [pairing("reject")]) == 1
    assert [d.action for d in read_decisions(path)] == ["accept", "reject"]
    assert read_decisions(tmp_path / "missing.jsonl") == []


def test_a_rejected_pairing_goes_and_an_accepted_one_is_marked_confirmed() -> None:
    kg = graph()
    report = apply_decisions(kg, [pairing("accept"), pairing("reject", C, "org:-/甲乙科技")])
    assert kg.edge(A, B, "PAIRED_WITH") == {
        **graph().edge(A, B, "PAIRED_WITH"),  # type: ignore[dict-item]
        "confirmed_by": "林审",
        "confirmed_at": WHEN,
    }
    assert kg.edge(C, "org:-/甲乙科技", "PAIRED_WITH") is None
    assert report.applied == {"accept": 1, "reject": 1} and report.unmatched == []


def test_the_last_decision_on_an_edge_wins_and_a_withdrawn_one_leaves_it_as_read() -> None:
    kg = graph()
    apply_decisions(kg, [pairing("reject"), pairing("accept")])
    assert kg.edge(A, B, "PAIRED_WITH")["confirmed_by"] == "林审"  # type: ignore[index]
    kg = graph()
    apply_decisions(kg, [pairing("reject"), pairing("withdraw")])
    assert kg.edge(A, B, "PAIRED_WITH") == graph().edge(A, B, "PAIRED_WITH")


def test_since_sets_the_year_and_confirms() -> None:
    kg = graph()
    apply_decisions(kg, [pairing("since", since=2019)])
    edge = kg.edge(A, B, "PAIRED_WITH")
    assert edge is not None and edge["since"] == 2019 and edge["confirmed_by"] == "林审"


def test_a_merge_makes_one_node_with_both_names_and_every_edge() -> None:
    kg = graph()
    merge = Decision("merge", (A, "org:-/甲乙科技"), "林审", WHEN)
    # The reject names the merged id: it follows the merge to the kept node.
    report = apply_decisions(kg, [pairing("reject", C, "org:-/甲乙科技"), merge])
    assert not kg.has_node("org:-/甲乙科技")
    node = kg.node(A)
    assert node["name"] == "甲乙科技有限公司"
    assert node["aliases"] == ["甲乙科技", "甲乙科技有限公司"]
    assert node["articles"] == ["art1", "art2"]
    assert kg.edge("person:x/庚", A, "HOLDS_POST:党支部书记") is not None
    assert kg.node("person:x/庚")["unit"] == A
    assert kg.edge(min(A, C), max(A, C), "PAIRED_WITH") is None  # rejected after the merge
    assert kg.edge(A, "art2", "MENTIONED_IN") is not None
    assert report.applied == {"merge": 1, "reject": 1}


def test_a_merge_can_keep_either_name_and_rename_and_retype_change_a_unit() -> None:
    kg = graph()
    apply_decisions(
        kg,
        [
            Decision("merge", ("org:-/甲乙科技", A), "林审", WHEN, name="甲乙公司"),
            Decision("rename", (C,), "林审", WHEN, name="戊己农商银行"),
            Decision("retype", (B,), "林审", WHEN, label="ResidentsCommittee"),
            Decision("retype", (C,), "林审", WHEN, subtype="enterprise"),
        ],
    )
    assert kg.node("org:-/甲乙科技")["aliases"] == ["甲乙公司", "甲乙科技", "甲乙科技有限公司"]
    assert kg.node(C)["name"] == "戊己农商银行" and "戊己银行" in kg.node(C)["aliases"]
    assert kg.node(B)["label"] == "ResidentsCommittee"
    assert kg.node(C)["subtype"] == "enterprise"


def test_decisions_that_match_nothing_are_reported_not_dropped() -> None:
    kg = graph()
    gone = pairing("accept", A, C)
    missing = Decision("rename", ("org:-/无此单位",), "林审", WHEN, name="新名")
    report = apply_decisions(kg, [gone, missing])
    assert [(d, why) for d, why in report.unmatched] == [
        (missing, "not in the graph: org:-/无此单位"),
        (gone, "no such edge in this build"),
    ]
    assert report.to_dict()["unmatched"][0]["reason"] == "not in the graph: org:-/无此单位"


def test_applying_is_deterministic() -> None:
    decisions = [
        pairing("accept"),
        Decision("merge", (A, "org:-/甲乙科技"), "林审", WHEN),
        pairing("reject", C, "org:-/甲乙科技"),
    ]
    one, two = graph(), graph()
    apply_decisions(one, decisions)
    apply_decisions(two, decisions)
    assert one == two


def test_decided_pairings_become_labelled_examples_for_training() -> None:
    pairs = labelled_pairs(
        [
            pairing("reject"),
            pairing("accept", C, "org:-/甲乙科技", names=("戊己银行", "甲乙科技")),
            pairing("accept"),  # A–B again: the last word counts
            Decision("merge", (A, C), "林审", WHEN),  # not a pairing
        ]
    )
    assert [(p.ids, p.names, p.accepted, p.doc) for p in pairs] == [
        ((C, "org:-/甲乙科技"), ("戊己银行", "甲乙科技"), True, "a1.txt"),
        ((A, B), (), True, "a1.txt"),
    ]
    assert labelled_pairs([pairing("reject"), pairing("withdraw")]) == []
    assert labelled_pairs([pairing("reject")])[0].accepted is False


def test_the_queue_asks_about_shaky_edges_first_then_probable_duplicates() -> None:
    kg = graph()
    kg.add_node("org:330100/甲乙科技", "Organization", "甲乙科技", articles=["art2"])
    queue = review_queue(kg, threshold=0.8)
    assert [(i.kind, i.ids, i.reason) for i in queue] == [
        ("pairing", ("org:-/甲乙科技", C), "low-confidence"),
        ("duplicate", ("org:-/甲乙科技", "org:330100/甲乙科技"), "same-name"),
        ("duplicate", ("org:330100/甲乙科技", A), "contained"),  # one region
    ]
    assert queue[0].confidence == 0.6
    # Everything below 0.95; a post without a confidence is a rule's: 1.0.
    assert [i.kind for i in review_queue(kg, threshold=0.95)][:2] == ["pairing", "pairing"]
    apply_decisions(kg, [pairing("accept", C, "org:-/甲乙科技")])
    assert [i.kind for i in review_queue(kg, threshold=0.8)] == ["duplicate", "duplicate"]


def test_probable_duplicates_by_name_alias_and_containment() -> None:
    kg = KnowledgeGraph()
    for n, name, aliases in (
        ("org:-/壬癸商会", "壬癸商会", ()),
        ("org:110101/壬癸商会", "壬癸商会", ()),
        ("org:110102/壬癸商会", "壬癸商会", ()),
        ("org:-/区委组织部", "区委组织部", ()),  # generic: the same only where unplaced
        ("org:110101/区委组织部", "区委组织部", ()),
        ("org:110102/区委组织部", "区委组织部", ()),
        ("org:110101/子丑公司", "子丑公司", ("子丑",)),
        ("org:110101/子丑", "子丑", ()),
    ):
        kg.add_node(n, "Organization", name, aliases=aliases, articles=["a"])
    found = {(i.ids, i.reason) for i in probable_duplicates(kg)}
    assert found == {
        (("org:-/壬癸商会", "org:110101/壬癸商会"), "same-name"),
        (("org:-/壬癸商会", "org:110102/壬癸商会"), "same-name"),
        (("org:-/区委组织部", "org:110101/区委组织部"), "same-name"),
        (("org:-/区委组织部", "org:110102/区委组织部"), "same-name"),
        (("org:110101/子丑", "org:110101/子丑公司"), "alias"),
    }
