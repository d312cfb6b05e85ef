"""A zone's 管委会 written bare in a title chain after the zone's 党工委 (posts36).

Invented names of the shapes seen in news pages; no name from an article."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.people import PersonMention, PostClaim, TitleElement
from ingest.extract.resolve import party_body_of_short_form
from ingest.extract.zone_committees import (
    committee_of_zone,
    committee_word,
    zone_committees_in_chains,
    zone_of_party_body,
)
from ingest.model import Mention

_TEXT = "青禾经开区党工委书记、管委会主任柯望舒出席。"
_ZONE = Mention(0, 5, "青禾经开区", "Region", "青禾经开区", None, None, "place")
_FIRST = TitleElement(0, 8, 10)  # 青禾经开区党工委 | 书记
_SECOND = TitleElement(11, 14, 16)  # 管委会 | 主任
_PERSON = PersonMention(16, 19, "柯望舒", "title")


def test_the_bare_committee_word_of_an_element() -> None:
    assert committee_word(_TEXT, _SECOND) == "管委会"
    assert committee_word(_TEXT, _FIRST) is None


def test_the_zone_whose_party_body_the_element_names() -> None:
    assert zone_of_party_body(_TEXT, _FIRST, [(_ZONE, 5)]) == "青禾经开区"
    # a party body's mention that keeps its ending gives the zone's name without it
    body = Mention(0, 8, "青禾经开区党工委", "Organization", "青禾经开区党工委", "party_org")
    assert zone_of_party_body(_TEXT, _FIRST, [(body, 5)]) == "青禾经开区"
    # a town's 党委 is no zone's party body
    town = "石岭镇党委书记、管委会主任柯望舒"
    place = Mention(0, 3, "石岭镇", "Region", "石岭镇", None, None, "place")
    assert zone_of_party_body(town, TitleElement(0, 5, 7), [(place, 3)]) is None


def test_a_unit_for_the_committee_named_by_its_zone() -> None:
    claim = PostClaim(_PERSON, (_FIRST, _SECOND))
    found = zone_committees_in_chains(_TEXT, [claim], [(_ZONE, 5)])
    assert len(found) == 1
    mention, host_end = found[0]
    assert (mention.start, mention.end, host_end) == (11, 14, 14)
    assert mention.name == "青禾经开区管委会" and mention.type == "Organization"
    # the committee found already by another rule: nothing added
    known = Mention(11, 14, "管委会", "Organization", "管委会", None, None, "org")
    assert zone_committees_in_chains(_TEXT, [claim], [(_ZONE, 5), (known, 14)]) == []


def test_the_zones_party_body_is_no_short_form_of_its_committee() -> None:
    assert committee_of_zone("青禾经开区", "青禾经开区管委会")
    assert not committee_of_zone("青禾经开区", "青禾经开区税务局")
    names = ["青禾经开区党工委", "青禾经开区管委会"]
    assert party_body_of_short_form("青禾经开区党工委", names) is None


def test_the_committee_officials_post_goes_on_the_committee(extract_text) -> None:
    ex = extract_text(
        "近日，青禾经济开发区与石岭村签订结对共建协议。\n\n"
        "青禾经济开发区党工委书记、管委会主任柯望舒，石岭村党支部书记蔺晓川出席签约仪式。"
    )
    found = posts(ex)
    assert ("柯望舒", "主任", "青禾经济开发区管委会") in found
    assert not any(p == "柯望舒" and t == "管委会主任" for p, t, _ in found)
