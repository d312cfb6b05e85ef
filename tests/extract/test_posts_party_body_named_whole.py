"""A party body that is a unit of its own, written whole before its officer's title:
the title starts after its name (posts34, ``post_candidates.starts_inside_own_name``).

Invented names and units; no name from an article."""

from __future__ import annotations

from extract_helpers import posts


def test_a_work_committees_secretary_is_its_secretary(extract_text) -> None:
    ex = extract_text(
        "青禾市教卫工作党委与东坪社区结对。青禾市教卫工作党委书记邝云帆表示，将深化合作。"
    )
    assert ("邝云帆", "书记", "青禾市教卫工作党委") in posts(ex)
    assert not any(t == "党委书记" for _, t, _ in posts(ex))


def test_a_deputy_of_an_organs_committee_keeps_only_the_role(extract_text) -> None:
    ex = extract_text(
        "青禾区机关工作党委与东坪社区结对。会上，青禾区机关工作党委副书记邝云帆讲话。"
    )
    assert ("邝云帆", "副书记", "青禾区机关工作党委") in posts(ex)


def test_a_party_body_folded_into_its_host_keeps_the_party_title(extract_text) -> None:
    ex = extract_text("东坪村与青禾银行结对共建。东坪村党支部书记邝云帆介绍了村里的情况。")
    assert ("邝云帆", "党支部书记", "东坪村") in posts(ex)


def test_a_companys_party_committee_keeps_the_party_title(extract_text) -> None:
    ex = extract_text("青禾股份党委与东坪村结对共建。青禾股份党委书记邝云帆介绍了帮扶项目。")
    assert not any(t == "书记" for _, t, _ in posts(ex))
