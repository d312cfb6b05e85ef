"""Reviewers' decisions: the file format, and what applying them does to a graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from golden import check_golden

from graph.model import KnowledgeGraph
from graph.reviews import (
    POSSIBLE_MISSES,
    Decision,
    DecisionError,
    PossibleMiss,
    Quote,
    append_decisions,
    apply_decisions,
    decisions_text,
    labelled_pairs,
    parse_decisions,
    possible_miss_items,
    probable_duplicates,
    read_decisions,
    read_possible_misses,
    review_queue,
    settle_misses,
    with_possible_misses,
    write_possible_misses,
)

GOLDEN = Path(__file__).parent / "golden" / "reviews.jsonl"
WHEN = "2026-12-03T10:00:00.000Z"
A, B, C = "org:330100/甲乙科技有限公司", "place:330100/丙丁村", "org:330100/戊己银行"
EV = Quote(article="art1", doc="a1.txt", text="丙丁村与甲乙科技有限公司结对共建。", start=7, end=24)
ELSEWHERE = Quote(
    article="art9", doc="a9.txt", text="戊己银行与甲乙科技有限公司合作。", start=0, end=15
)
# A sentence of art2 the model read as a pairing of 戊己银行 and 丙丁村, but only just not.
NEAR = Quote(
    article="art2", doc="a2.txt", text="戊己银行与丙丁村合作开展党建活动。", start=3, end=20
)
MISS = PossibleMiss(
    ids=(C, B),
    names=("戊己银行", "丙丁村"),
    probability=0.296,
    evidence=NEAR,
    rule="model:cue_link,types=Org+Vil,bias",
    kind="合作",
)


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
        # A possible miss accepted: both units, their names, and the evidence (article,
        # file, sentence, offsets) — all a rebuild needs to make the pairing.
        Decision(
            "accept", (C, B), "林审", WHEN, type="PAIRED_WITH", names=MISS.names, evidence=NEAR
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
    # An accepted pairing the build lacks is made from its evidence only when the
    # evidence's article is in this build; a rejected one that is neither an edge nor a
    # possible miss matches nothing.
    gone = Decision("accept", (A, C), "林审", WHEN, type="PAIRED_WITH", evidence=ELSEWHERE)
    bare = Decision("accept", (A, C), "林审", WHEN, type="PAIRED_WITH", title=None)
    refused = pairing("reject", A, "org:-/甲乙科技")
    missing = Decision("rename", ("org:-/无此单位",), "林审", WHEN, name="新名")
    report = apply_decisions(kg, [gone, missing, refused])
    assert [(d, why) for d, why in report.unmatched] == [
        (missing, "not in the graph: org:-/无此单位"),
        (gone, "no such edge in this build, and not in the graph: art9"),
        (refused, "no such edge in this build"),
    ]
    assert report.to_dict()["unmatched"][0]["reason"] == "not in the graph: org:-/无此单位"
    assert apply_decisions(graph(), [bare]).unmatched == [(bare, "no such edge in this build")]
    assert kg.edge(min(A, C), max(A, C), "PAIRED_WITH") is None


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


# -- possible misses ----------------------------------------------------------------------
def test_the_possible_misses_file_format_matches_the_golden_file(tmp_path: Path) -> None:
    """One line per pair and article: sorted ids, names in their order, the model's
    probability, kind, what weighed most, and the evidence (as a decision quotes it)."""
    path = tmp_path / POSSIBLE_MISSES
    write_possible_misses(path, [MISS])
    check_golden(GOLDEN.parent / POSSIBLE_MISSES, path.read_text(encoding="utf-8"))
    assert read_possible_misses(path) == [MISS]
    assert read_possible_misses(tmp_path / "none.jsonl") == []  # an older build's directory
    path.write_text('{"ids": ["a"]}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"possible_misses\.jsonl:1: not a possible miss"):
        read_possible_misses(path)


def test_an_accepted_possible_miss_is_made_a_confirmed_pairing_from_its_evidence() -> None:
    kg = graph()
    accept = Decision(
        "accept", (B, C), "林审", WHEN, type="PAIRED_WITH", names=MISS.names, evidence=NEAR
    )
    before = kg.node("art2").get("digest")
    report = apply_decisions(kg, [accept], [MISS])
    edge = kg.edge(*sorted((B, C)), "PAIRED_WITH")
    assert edge is not None
    assert edge["confirmed_by"] == "林审" and edge["confirmed_at"] == WHEN
    assert edge["articles"] == ["art2"] and edge["kinds"] == ["合作"]
    (quote,) = edge["evidence"]
    assert (quote["text"], quote["start"], quote["end"]) == (NEAR.text, 3, 20)
    assert quote["confidence"] == 0.296 and quote["rule"].startswith("review|model:")
    assert report.applied == {"accept": 1} and report.unmatched == [] and report.misses == []
    assert kg.node("art2").get("digest") != before  # an incremental load replaces art2


def test_a_rejected_possible_miss_leaves_the_queue_and_is_a_negative_training_label() -> None:
    kg = graph()
    reject = Decision(
        "reject", (C, B), "林审", WHEN, type="PAIRED_WITH", names=MISS.names, evidence=NEAR
    )
    report = apply_decisions(kg, [reject], [MISS])
    assert report.unmatched == [] and report.applied == {"reject": 1}
    assert report.misses == []  # asked and answered
    assert kg.edge(*sorted((B, C)), "PAIRED_WITH") is None
    (label,) = labelled_pairs([reject])
    assert (label.doc, label.names, label.accepted) == ("a2.txt", ("戊己银行", "丙丁村"), False)
    # Withdrawn, the question is open again; undecided, it stays open.
    withdraw = Decision("withdraw", (C, B), "林审", WHEN, type="PAIRED_WITH")
    assert apply_decisions(graph(), [reject, withdraw], [MISS]).misses == [MISS]
    assert apply_decisions(graph(), [], [MISS]).misses == [MISS]


def test_possible_misses_follow_merges_and_drop_out_once_they_are_an_edge() -> None:
    kg = graph()
    kg.rename_node(B, "place:330100/丙丁村委会")  # merged into a placed unit
    (moved,) = settle_misses(kg, [MISS])
    assert moved.ids == (C, "place:330100/丙丁村委会") and moved.names == MISS.names
    assert settle_misses(kg, [PossibleMiss(**{**_fields(MISS), "ids": (A, B)})]) == []
    # Already a pairing of another article: not a miss; the ends one after a merge: gone.
    kg = graph()
    kg.add_pairing(B, C, kind=None, since=None, article="art1", evidence=None, confidence=0.9)
    assert settle_misses(kg, [MISS]) == []
    merge = Decision("merge", (C, B), "林审", WHEN)
    assert apply_decisions(graph(), [merge], [MISS]).misses == []
    # A review merge of one end moves the question to the kept unit ...
    keep = Decision("merge", ("org:-/甲乙科技", C), "林审", WHEN)
    (after,) = apply_decisions(graph(), [keep], [MISS]).misses
    assert after.ids == tuple(sorted(("org:-/甲乙科技", B)))
    # ... unless the kept unit is paired with the other end already (A with B).
    assert apply_decisions(graph(), [Decision("merge", (A, C), "林审", WHEN)], [MISS]).misses == []


def test_the_queue_puts_possible_misses_after_shaky_edges_and_before_duplicates() -> None:
    kg = graph()
    kg.add_node("org:330100/甲乙科技", "Organization", "甲乙科技", articles=["art2"])
    other = PossibleMiss(**{**_fields(MISS), "probability": 0.31, "evidence": EV})
    items = possible_miss_items(kg, [MISS, other])
    assert [(i.kind, i.ids, i.confidence) for i in items] == [("miss", MISS.ids, 0.31)]
    assert items[0].key == f"pairing|{C}|{B}|"  # a decision on the pairing settles it
    queue = with_possible_misses(review_queue(kg, threshold=0.8), items)
    assert [i.kind for i in queue] == ["pairing", "miss", "duplicate", "duplicate"]
    assert with_possible_misses([], items) == items


def _fields(m: PossibleMiss) -> dict[str, object]:
    return {k: getattr(m, k) for k in m.__slots__}
