"""A title's level word (区长, 区委副书记) names a district, never a zone (posts18).

Invented names of the shapes seen in news pages; no name from an article."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.post_candidates import is_zone
from ingest.extract.posts import place_level
from ingest.model import Entity


def test_a_zones_name_is_a_zone_and_a_districts_is_not() -> None:
    zone = Entity("e1", "Region", "青禾经开区", ("青禾经开区",))
    park = Entity("e2", "Region", "石岭高新区", ("石岭高新区",))
    district = Entity("e3", "Region", "青禾区", ("青禾区",))
    new_district = Entity("e4", "Region", "东坪新区", ("东坪新区",))
    org = Entity("e5", "Organization", "青禾经开区管委会", ("青禾经开区管委会",))
    assert is_zone(zone) and is_zone(park)
    assert not is_zone(district) and not is_zone(new_district) and not is_zone(org)
    assert place_level(zone) is None
    assert place_level(district) == "区"


def test_a_district_leaders_title_after_a_zone_of_the_same_sentence(extract_text) -> None:
    ex = extract_text(
        "近日，青禾区与石岭银行签订党建共建协议。\n\n"
        "青禾区委书记、青禾经开区党工委书记柯望舒，区委副书记、区长蔺晓川；"
        "石岭银行党委书记、董事长覃若愚出席签约仪式。"
    )
    found = posts(ex)
    assert ("蔺晓川", "区长", "青禾区") in found
    assert not any(p == "蔺晓川" and u == "青禾经开区" for p, _, u in found)
