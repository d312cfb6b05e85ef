"""Unit names the plain ending-and-left-edge rule used to cut or miss: bodies named by a
level word and 工委, names holding 之 or 和, school colleges, accounts cited as a source."""

from __future__ import annotations

from extract_helpers import names, posts


def test_an_organs_working_committee_is_a_party_body_of_its_own(extract_text) -> None:
    ex = extract_text("县直机关工委书记罗文彬出席会议，市直机关工委的同志参加。")
    assert {"县直机关工委", "市直机关工委"} <= names(ex, "Organization")
    assert ("罗文彬", "书记", "县直机关工委") in posts(ex)


def test_a_street_working_committee_written_short_is_the_street(extract_text) -> None:
    ex = extract_text("江岸区大智街道工委副书记苏明主持会议。")
    assert "大智街道工委" not in names(ex, "Organization")
    assert ("苏明", "副书记", "大智街道") in posts(ex)
