"""The place a bare level title goes to (posts31): a title naming another level than
the place of the chain's element before takes the place its level names (某市委常委、
县委书记甲 → 县委书记 @ the county, not the city: posts.level_leaves_chain); and a person
whose title is written with its place elsewhere in the story keeps that place for
their bare titles of that level (市委副书记、市长甲率团赴乙市 … 某市市长甲 → 某市:
posts.places_written_with). Invented names only."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.posts import level_leaves_chain
from ingest.model import Entity


def _place(name: str) -> Entity:
    return Entity(id=name, type="Region", name=name, aliases=(name,))


def test_a_title_of_another_level_leaves_the_chain() -> None:
    assert level_leaves_chain("县委书记", _place("青禾市"))
    assert level_leaves_chain("市委书记", _place("柳溪县"))


def test_a_title_of_the_same_level_or_of_none_keeps_the_chain() -> None:
    assert not level_leaves_chain("副区长", _place("青禾区"))
    assert not level_leaves_chain("组织部长", _place("青禾市"))
    assert not level_leaves_chain(
        "县委书记", Entity(id="o", type="Organization", name="青禾公司", aliases=())
    )


def test_a_county_title_after_a_city_title_goes_to_the_county(extract_text) -> None:
    ex = extract_text(
        "青禾市与白沙村结对共建。洽谈会在柳溪县举行,青禾市副市长王建华,"
        "市委常委、县委书记刘德明,县委常委、组织部长张秀英出席。"
    )
    got = posts(ex)
    assert ("刘德明", "市委常委", "青禾市") in got
    assert ("刘德明", "县委书记", "柳溪县") in got
    assert ("刘德明", "县委书记", "青禾市") not in got


def test_a_bare_level_title_takes_the_place_the_person_is_written_with(extract_text) -> None:
    ex = extract_text(
        "青禾市与柳川市签订协议。8月16日,市委副书记、市长刘德明率团赴柳川开展对口合作"
        "交流活动。交流会在柳川市举行。柳川市市长张秀英,副市长王建华;青禾市市长刘德明"
        "参加交流会。"
    )
    got = posts(ex)
    assert ("刘德明", "市委副书记", "青禾市") in got
    assert ("刘德明", "市长", "青禾市") in got
    assert ("刘德明", "市长", "柳川市") not in got


def test_a_deputys_title_held_by_another_in_one_place_says_nothing_of_its_place() -> None:
    """posts38: 太仓市委副书记、市长甲，市委副书记乙 — several people are a city's deputy
    secretaries at once, so 甲's 市委副书记 at one city does not send 乙 to another."""
    from ingest.extract.posts import held_alone

    assert held_alone("市委书记") and held_alone("市长") and held_alone("区委书记")
    assert not held_alone("市委副书记") and not held_alone("副市长")
    assert not held_alone("市委常委") and not held_alone("党组成员")
