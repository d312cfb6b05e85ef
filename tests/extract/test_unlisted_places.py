"""Places the gazetteer does not list (renamed, merged, misspelt or missing) are still
places: a name with a division ending used as an area is a Region without a code, not
an Organization. Units whose names merely start with such a name stay units. All names
here are invented."""

from __future__ import annotations

from extract_helpers import names, pairs, posts

from ingest.model import Extraction


def entity(ex: Extraction, name: str):  # type: ignore[no-untyped-def]
    return next(e for e in ex.entities if e.name == name)


def test_an_unlisted_town_with_a_party_ending_is_a_region_without_code(extract_text) -> None:
    ex = extract_text("近日，青禾镇党委与槐岭乡党委签订结对共建协议。")
    town = entity(ex, "青禾镇")
    assert town.type == "Region" and town.division_code is None
    assert "青禾镇党委" in town.aliases
    assert entity(ex, "槐岭乡").type == "Region"
    assert pairs(ex) == {frozenset({"青禾镇", "槐岭乡"})}
    assert names(ex, "Organization") == set()


def test_an_unlisted_subdistrict_named_as_a_place_is_a_region(extract_text) -> None:
    ex = extract_text("活动在岚溪街道举行，岚溪街道党工委书记周立群讲话。")
    assert entity(ex, "岚溪街道").type == "Region"
    assert ("周立群", "党工委书记", "岚溪街道") in posts(ex)


def test_an_unlisted_county_in_a_list_is_a_region(extract_text) -> None:
    ex = extract_text("榆陂县、峪川乡的党员代表参加了会议。")
    assert {"榆陂县", "峪川乡"} <= names(ex, "Region")


def test_a_unit_that_starts_with_an_unlisted_place_stays_a_unit(extract_text) -> None:
    ex = extract_text("榆陂县人民医院党支部与青禾镇党委结对共建。")
    assert "榆陂县人民医院" in names(ex, "Organization")
    assert "榆陂县" not in names(ex)
    assert pairs(ex) == {frozenset({"榆陂县人民医院", "青禾镇"})}


def test_ordinary_words_with_a_division_ending_are_no_places(extract_text) -> None:
    ex = extract_text(
        "青禾区块开发有序推进，小区环境整洁，城区道路通畅，全市上下齐心，乡镇干部下乡服务。"
    )
    assert names(ex, "Region") == set()
    assert names(ex, "Organization") == set()


def test_an_unlisted_village_and_committee_keep_their_types(extract_text) -> None:
    ex = extract_text("峪川村村委会与岚溪社区居委会结对共建。")
    assert entity(ex, "峪川村").type == "Village"
    assert entity(ex, "峪川村").division_code is None
    assert entity(ex, "岚溪社区居委会").type == "ResidentsCommittee"


def test_praise_words_for_towns_are_no_places(extract_text) -> None:
    ex = extract_text("这里是千年古镇、历史名镇，也是经济强镇，特色小镇建设加快推进。")
    assert names(ex, "Region") == set()


def test_an_unlisted_bare_village_and_community_named_as_places(extract_text) -> None:
    ex = extract_text("峪川村和岚溪社区的志愿者一起劳动，榆陂村与岚溪居委会也派人参加。")
    assert {"峪川村", "榆陂村"} <= names(ex, "Village")
    # one committee written under two designations (units58: one_committee_two_designations)
    assert "岚溪居委会" in names(ex, "ResidentsCommittee")
    assert "岚溪社区" in entity(ex, "岚溪居委会").aliases


def test_village_and_community_words_are_no_places(extract_text) -> None:
    ex = extract_text(
        "建设美丽乡村，全村上下与本村村民一起，打造和谐社区、文明社区，驻村干部走进社区，"
        "强村富民，城中村改造，示范村、先进村、贫困村都有进步。居民们，又感谢社区的帮助。"
    )
    assert names(ex, "Village") == set()
    assert names(ex, "ResidentsCommittee") == set()


def test_a_hamlet_written_with_zi_ran_cun_is_a_village(extract_text) -> None:
    # 某村某某自然村: the hamlet is a village of its own (without code); 自然村 alone is the
    # generic word "natural village", never a village's name
    ex = extract_text("近日，村民们在槐岭自然村修通了道路，青禾镇岚溪村自然村众多。")
    hamlet = entity(ex, "槐岭村")
    assert hamlet.type == "Village" and "槐岭自然村" in hamlet.aliases
    assert "自然村" not in names(ex)
