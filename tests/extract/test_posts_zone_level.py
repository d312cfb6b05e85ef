"""A title's level word (区长, 区委副书记) names a district, never a zone (posts18).

Invented names of the shapes seen in news pages; no name from an article."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.post_candidates import is_zone
from ingest.extract.posts import level_allows, place_level
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


def test_level_allows_only_a_place_of_the_titles_level() -> None:
    county = Entity("e1", "Region", "石岭县", ("石岭县",))
    school = Entity("e2", "Organization", "青禾职业技术学院", ("青禾职业技术学院",))
    assert level_allows(school, None)
    assert not level_allows(school, "县")
    assert level_allows(county, "县")
    assert not level_allows(county, "区")


def test_county_leaders_after_a_colleges_are_never_the_colleges(extract_text) -> None:
    ex = extract_text(
        "近日，青禾职业技术学院与石岭镇开展校地共建。\n\n"
        "青禾职业技术学院党委委员、副校长柯望舒及该校相关院系负责人，县委书记蔺晓川，"
        "副县长覃若愚出席活动。"
    )
    found = posts(ex)
    assert ("柯望舒", "副校长", "青禾职业技术学院") in found
    assert not any(p in ("蔺晓川", "覃若愚") and u.endswith("学院") for p, _, u in found)
