"""A title written after a unit's mention keeps the party ending the mention writes
after its host's name when the title word does not start with it (posts31,
posts.keeps_party_ending): 某村党支部第一书记 → 党支部第一书记 @ 某村, 某镇党委二级主任科员 →
党委二级主任科员 @ 某镇 — the party body folds into its host, so it is no part of the
unit's name the title drops. Invented names only."""

from __future__ import annotations

from extract_helpers import posts


def test_a_villages_party_branch_stays_in_its_first_secretarys_title(extract_text) -> None:
    ex = extract_text("青禾学院与白沙村结对共建。白沙村党支部第一书记刘德明介绍情况。")
    got = posts(ex)
    assert ("刘德明", "党支部第一书记", "白沙村") in got
    assert ("刘德明", "第一书记", "白沙村") not in got


def test_a_towns_party_committee_stays_before_a_rank(extract_text) -> None:
    ex = extract_text(
        "青禾学院与白沙镇结对共建。白沙镇党委二级主任科员刘德明介绍情况。"
        "白沙镇党委书记张秀英、白沙镇党委组织委员王建华出席。"
    )
    got = posts(ex)
    assert ("刘德明", "党委二级主任科员", "白沙镇") in got
    assert ("张秀英", "党委书记", "白沙镇") in got  # the title word starts with it: as before
    assert ("王建华", "党委组织委员", "白沙镇") in got


def test_a_sub_branch_inside_a_hospitals_committee_is_kept(extract_text) -> None:
    ex = extract_text("青禾医院与白沙村结对共建。青禾医院党委内科党支部书记刘德明介绍情况。")
    assert ("刘德明", "党委内科党支部书记", "青禾医院") in posts(ex)
