"""A zone official's posts when the chain writes the zone's 管委会 bare after its 党工委.

units54's ``zone_committees`` finds the unit; posts36 checked where the posts land.
Invented names of the shapes seen in news pages; no name from an article."""

from __future__ import annotations

from extract_helpers import posts


def test_the_committee_officials_post_goes_on_the_committee(extract_text) -> None:
    ex = extract_text(
        "近日，青禾经济开发区与石岭村签订结对共建协议。\n\n"
        "青禾经济开发区党工委书记、管委会主任柯望舒，石岭村党支部书记蔺晓川出席签约仪式。"
    )
    found = posts(ex)
    assert ("柯望舒", "主任", "青禾经济开发区管委会") in found
    assert not any(p == "柯望舒" and t == "管委会主任" for p, t, _ in found)
