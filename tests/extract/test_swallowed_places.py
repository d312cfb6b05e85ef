"""Places that a unit's name carries: those a rejected unit span swallowed, and the chain
of places down to a town that heads an organisation's name. Invented names throughout."""

from __future__ import annotations

from ingest.extract.orgs import UnitSpan
from ingest.extract.swallowed_places import (
    head_place_entities,
    places_heading_units,
    swallowed_places,
    villages_renamed_after_their_area,
)
from ingest.model import Article, Entity, Mention, PlaceMention, Sentence
from ingest.places.gazetteer import Gazetteer


def place(text: str, form: str, type_: str, level: str, code: str | None = None) -> UnitSpan:
    k = text.index(form)
    m = PlaceMention(k, k + len(form), form, type_, level, form, code)  # type: ignore[arg-type]
    return UnitSpan(k, k + len(form), k + len(form), "place", "", m)


def org(text: str, form: str) -> Mention:
    k = text.index(form)
    return Mention(k, k + len(form), form, "Organization", form, None, None, "org")


def surfaces(text: str, spans: list[UnitSpan]) -> list[str]:
    return [text[u.start : u.end] for u in spans]


TEXT = "走访苍岭乡翠湾村菌菇种植基地。"
TOWN = place(TEXT, "苍岭乡", "Region", "town", "990101201")
VILLAGE = place(TEXT, "翠湾村", "Village", "village", "990101201203")
BASE = UnitSpan(2, 14, 14, "org", "基地")


def test_places_inside_a_rejected_unit_span_are_given_back() -> None:
    assert surfaces(TEXT, swallowed_places(TEXT, [BASE, TOWN, VILLAGE], [BASE], [])) == [
        "苍岭乡",
        "翠湾村",
    ]


def test_places_inside_a_unit_that_was_decided_stay_part_of_its_name() -> None:
    decided = [Mention(2, 14, TEXT[2:14], "Organization", TEXT[2:14], None, None, "org")]
    assert swallowed_places(TEXT, [BASE, TOWN, VILLAGE], [BASE], decided) == []


def test_of_overlapping_places_the_longest_is_given_back() -> None:
    short = place(TEXT, "苍岭", "Region", "town", "990101201")
    assert surfaces(TEXT, swallowed_places(TEXT, [BASE, short, TOWN], [BASE], [])) == ["苍岭乡"]


HEADED = "黎江县苍岭乡中心小学与溪北市人民医院结对。"


def test_a_chain_of_places_down_to_a_town_heading_a_unit_names_the_places() -> None:
    county = place(HEADED, "黎江县", "Region", "county", "990102")
    town = place(HEADED, "苍岭乡", "Region", "town", "990102201")
    school = org(HEADED, "黎江县苍岭乡中心小学")
    assert surfaces(HEADED, places_heading_units(HEADED, [county, town], [school])) == [
        "黎江县",
        "苍岭乡",
    ]


def test_a_city_alone_heading_a_unit_only_qualifies_it() -> None:
    city = place(HEADED, "溪北市", "Region", "city", "990300")
    hospital = org(HEADED, "溪北市人民医院")
    assert places_heading_units(HEADED, [city], [hospital]) == []


def test_a_chain_ending_at_a_county_is_no_mention_of_its_places() -> None:
    text = "溪北市黎江县人民法院"
    city = place(text, "溪北市", "Region", "city", "990300")
    county = place(text, "黎江县", "Region", "county", "990302")
    assert places_heading_units(text, [city, county], [org(text, text)]) == []


def test_heading_places_become_entities_unless_the_story_has_them_already() -> None:
    county = place(HEADED, "黎江县", "Region", "county", "990102")
    town = place(HEADED, "苍岭乡", "Region", "town", "990102201")
    article = Article(
        id="t",
        doc="t.txt",
        path="t.txt",
        text=HEADED,
        simplified=HEADED,
        sentences=(Sentence(0, len(HEADED)),),
        span=(0, len(HEADED)),
    )
    known = Entity("e1", "Region", "苍岭乡", ("苍岭乡",), division_code="990102201")
    new = head_place_entities(article, [known], [county, town])
    assert [(e.id, e.name, e.division_code, e.mentions) for e in new] == [
        ("e2", "黎江县", "990102", ((0, 3),))
    ]


def test_a_chain_down_to_a_listed_village_names_the_places_an_unlisted_one_does_not() -> None:
    text = "苍岭乡翠湾村党群服务中心"
    town = place(text, "苍岭乡", "Region", "town", "990102201")
    listed = place(text, "翠湾村", "Village", "village", "990102201203")
    unlisted = place(text, "翠湾村", "Village", "village")
    site = org(text, text)
    assert surfaces(text, places_heading_units(text, [town, listed], [site])) == [
        "苍岭乡",
        "翠湾村",
    ]
    assert places_heading_units(text, [town, unlisted], [site]) == []


# A town of an invented province with a village become a community (村改居) and a
# committee listed by a longer name.
RENAMED = Gazetteer(
    {
        "990000": "测海省",
        "990100": "云州市",
        "990102": "黎江县",
        "990102201": "苍岭乡",
        "990102201001": "翠湾社区居民委员会",
        "990102201002": "镜州路居委会",
        "990102201203": "高岗村村委会",
    }
)


def linked(text: str, form: str, code: str, level: str) -> PlaceMention:
    k = text.index(form)
    return PlaceMention(k, k + len(form), form, "Region", level, form, code)  # type: ignore[arg-type]


def unit(text: str, name: str, type_: str, at: str) -> Entity:
    k = text.index(at)
    return Entity("e9", type_, name, (at,), mentions=((k, k + len(at)),))  # type: ignore[arg-type]


def test_a_village_after_its_town_takes_the_code_of_the_community_it_became() -> None:
    text = "苍岭乡翠湾村党委与公司结对。"
    town = linked(text, "苍岭乡", "990102201", "town")
    village = unit(text, "翠湾村", "Village", "翠湾村党委")
    (e,) = villages_renamed_after_their_area(text, [village], [town], RENAMED)
    assert (e.type, e.name, e.division_code) == ("Village", "翠湾村", "990102201001")


def test_its_name_after_the_town_once_is_enough() -> None:
    text = "走访苍岭乡翠湾村。公司与翠湾村党支部结对。"
    town = linked(text, "苍岭乡", "990102201", "town")
    village = unit(text, "翠湾村", "Village", "翠湾村党支部")
    (e,) = villages_renamed_after_their_area(text, [village], [town], RENAMED)
    assert e.division_code == "990102201001"


def test_a_committee_of_the_linked_town_by_a_shorter_name() -> None:
    text = "苍岭乡党委召开会议。医院与镜州居民区签约。"
    town = linked(text, "苍岭乡", "990102201", "town")
    rc = unit(text, "镜州居民区", "ResidentsCommittee", "镜州居民区")
    (e,) = villages_renamed_after_their_area(text, [rc], [town], RENAMED)
    assert e.division_code == "990102201002"


def test_no_code_without_a_linked_town_or_when_the_story_has_it_already() -> None:
    text = "医院与镜州居民区签约。"
    rc = unit(text, "镜州居民区", "ResidentsCommittee", "镜州居民区")
    assert villages_renamed_after_their_area(text, [rc], [], RENAMED) == [rc]
    text = "苍岭乡高岗社区与公司结对。"  # a community named after the village: another unit
    town = linked(text, "苍岭乡", "990102201", "town")
    rc = unit(text, "高岗社区", "ResidentsCommittee", "高岗社区")
    assert villages_renamed_after_their_area(text, [rc], [town], RENAMED) == [rc]
    text = "苍岭乡镜州居民区与公司结对。"
    town = linked(text, "苍岭乡", "990102201", "town")
    rc = unit(text, "镜州居民区", "ResidentsCommittee", "镜州居民区")
    known = Entity(
        "e1", "ResidentsCommittee", "镜州路居委会", ("镜州路居委会",), division_code="990102201002"
    )
    assert villages_renamed_after_their_area(text, [known, rc], [town], RENAMED) == [known, rc]
