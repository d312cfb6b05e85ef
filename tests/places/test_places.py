"""Place linking on a made-up test corpus: spans, party suffixes, disambiguation by
context, bare short forms, informal areas, and the false hits that must not happen."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.model import Article, PlaceMention
from ingest.places.gazetteer import Gazetteer
from ingest.places.link import (
    disambiguate,
    link_places,
    places_as_modifiers,
    places_in_source_fields,
    split_party_suffix,
)

Link = Callable[..., list[PlaceMention]]


@pytest.fixture
def link(gaz: Gazetteer, make_article: Callable[..., Article]) -> Link:
    """``link(text, source=None)``: the place mentions of a one-sentence article."""

    def run(text: str, source: str | None = None) -> list[PlaceMention]:
        return link_places(make_article(text, source), gaz)

    return run


def by_surface(mentions: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {m.surface: m for m in mentions}


def test_town_in_the_story_picks_its_village(link: Link) -> None:
    ms = by_surface(link("柳河镇党委与高岗村党总支签订结对协议。"))
    assert ms["柳河镇党委"].code == "990102101"
    village = ms["高岗村党总支"]
    assert (village.code, village.type, village.level, village.name) == (
        "990102101201",
        "Village",
        "village",
        "高岗村",
    )
    assert set(village.candidates) == {"990102101201", "990103102201"}


def test_same_named_village_in_another_town(link: Link) -> None:
    ms = by_surface(link("梅溪镇高岗村村委会组织党员学习。"))
    assert ms["高岗村村委会"].code == "990103102201"


def test_without_context_the_village_stays_unlinked(link: Link) -> None:
    [m] = link("高岗村村委会组织党员学习。")
    assert m.code is None
    assert set(m.candidates) == {"990102101201", "990103102201"}
    assert m.type == "Village" and m.name == "高岗村"


def test_the_source_naming_a_district_decides(link: Link) -> None:
    [m] = link("高岗村村委会组织党员学习。", source="青石区融媒体中心")
    assert m.code == "990102101201"


def test_two_ambiguous_names_pick_each_other(link: Link) -> None:
    # Two towns are called 柳河镇 and two villages 高岗村; only one pair is nested.
    ms = by_surface(link("柳河镇高岗村村委会"))
    assert ms["柳河镇"].code == "990102101"
    assert ms["高岗村村委会"].code == "990102101201"


def test_committee_forms_ordinals_and_party_suffix(link: Link) -> None:
    text = "柳河镇望湖二居委党支部与金桂一居委、丹枫社区结对。"
    ms = by_surface(link(text))
    m = ms["望湖二居委党支部"]
    assert (m.code, m.type, m.name) == ("990102101001", "ResidentsCommittee", "望湖二居委")
    assert text[m.start : m.end] == "望湖二居委党支部"
    assert split_party_suffix(m.surface) == ("望湖二居委", "党支部")
    assert ms["金桂一居委"].code == "990102101003"
    # 丹枫社区 exists in both towns; the story's town decides.
    assert ms["丹枫社区"].code == "990102101004"


def test_longest_match_splits_a_written_chain(link: Link) -> None:
    ms = link("云州市青石区柳河镇高岗村")
    assert [m.surface for m in ms] == ["云州市", "青石区", "柳河镇", "高岗村"]
    assert [m.code for m in ms] == ["990100", "990102", "990102101", "990102101201"]


def test_bare_short_forms_need_support(link: Link) -> None:
    ms = by_surface(link("青石区召开会议，青石各界踊跃参加，柳河代表发言。"))
    assert ms["青石"].code == "990102" and ms["青石"].name == "青石区"
    # 柳河 is a town of the named district: supported.
    assert ms["柳河"].code == "990102101"
    assert not any(m.surface == "青石" for m in link("青石各界踊跃参加。"))


def test_a_bare_form_that_is_an_ordinary_word_needs_place_context(link: Link) -> None:
    # 合作 (bare form of 合作街道) is also the word "cooperation".
    ms = link("青石区召开会议，双方将围绕人才培养等方面开展合作，实现共赢。")
    assert [m.surface for m in ms] == ["青石区"]
    # Its full form elsewhere does not make the ordinary word a place.
    ms = link("青石区合作街道召开会议，双方将开展合作。")
    assert [m.surface for m in ms] == ["青石区", "合作街道"]
    # A party ending, or the district written right before it, does.
    ms = by_surface(link("青石区召开会议，合作党工委书记发言。"))
    assert ms["合作党工委"].code == "990102002"
    ms = by_surface(link("青石区合作召开会议。"))
    assert ms["合作"].code == "990102002"


def test_a_bare_form_that_is_a_rarer_word_needs_its_full_form_or_a_neighbour(link: Link) -> None:
    ms = link("青石区召开会议，村民在果园里采摘。")
    assert [m.surface for m in ms] == ["青石区"]
    ms = by_surface(link("青石区果园街道召开会议，果园各界踊跃参加。"))
    assert ms["果园"].code == "990102003"


def test_bare_form_before_a_street_word_is_not_the_place(link: Link) -> None:
    ms = link("青石区青石路上的门店")
    assert [m.surface for m in ms] == ["青石区"]
    ms = link("青石区与云州大学结对")
    assert [m.surface for m in ms] == ["青石区"]


def test_informal_grouping_is_a_region_without_code(link: Link) -> None:
    # 望湖第二居委, 望湖第三居委 … of the named 柳河镇: 望湖社区 groups them.
    ms = by_surface(link("青石区柳河镇望湖社区下辖多个居委。"))
    m = ms["望湖社区"]
    assert (m.type, m.code, m.level, m.name) == ("Region", None, None, "望湖社区")


def test_ordinary_words_are_not_villages(link: Link) -> None:
    # 提高村民收入: the 村 belongs to 村民; 强村富民 names no village without context.
    ms = link("测海省与云州市推动提高村民收入，实现强村富民。")
    assert [m.surface for m in ms] == ["测海省", "云州市"]


def test_a_province_written_as_a_modifier_is_no_mention(link: Link) -> None:
    # 某省级, 某省第五轮…: the province modifies the word after it; standing alone (before
    # punctuation or a conjunction) or starting an address, it is a mention.
    assert link("测海省级示范点建设启动。") == []
    assert [m.surface for m in link("来自测海省、远山省的代表")] == ["测海省", "远山省"]
    assert [m.surface for m in link("测海省云州市青石区")] == ["测海省", "云州市", "青石区"]


def test_far_namesake_is_not_linked_on_the_name_alone(link: Link) -> None:
    [m] = link("青藤村村委会来访。")
    assert m.code == "980102103201"  # the only one in the country
    ms = by_surface(link("青石区党员赴青藤村村委会参观。"))
    assert ms["青藤村村委会"].code is None  # a story of 测海省; the namesake is elsewhere


def test_organs_are_not_place_mentions(link: Link) -> None:
    assert link("青石区委组织部党支部") == []
    ms = by_surface(link("青石区委书记讲话。"))
    assert ms["青石区委"].code == "990102"


def test_former_name_links_to_the_current_code(link: Link) -> None:
    [m] = link("原青石县政府旧址")
    assert m.code == "990102" and m.name == "青石区"


def test_offsets_hold_in_traditional_text(link: Link) -> None:
    text = "柳河鎮高崗村黨總支書記"
    ms = link(text)
    village = next(m for m in ms if m.type == "Village")
    assert village.surface == text[village.start : village.end] == "高崗村黨總支"
    assert village.name == "高岗村" and village.code == "990102101201"


def test_disambiguate_ranks_by_deepest_shared_unit(gaz: Gazetteer) -> None:
    both = ["990102101201", "990103102201"]
    assert disambiguate(both, ["990102101"], gaz) == "990102101201"
    assert disambiguate(both, ["990103"], gaz) == "990103102201"
    assert disambiguate(both, ["990100"], gaz) is None  # both in the named city: a tie
    assert disambiguate(both, ["990000"], gaz) is None  # a province is too weak
    assert disambiguate(both, [], gaz) is None
    assert disambiguate(["980102103201"], [], gaz) == "980102103201"
    assert disambiguate(["980102103201"], [], gaz, accept_unique=False) is None
    assert disambiguate([], ["990102"], gaz) is None


def test_bare_form_of_a_sibling_district_in_the_same_city(link: Link) -> None:
    # A story of 青石区 may name the neighbouring 白沙区 by its bare form.
    ms = by_surface(link("柳河镇望湖二居委党员前往白沙参观。"))
    assert ms["白沙"].code == "990103"


def test_sharing_only_a_province_is_no_coherence(link: Link) -> None:
    # 芦花村 exists in 测海省 and 远山省; naming 远山省 does not pick the one there.
    ms = by_surface(link("远山省的芦花村委会"))
    assert ms["芦花村委会"].code is None


def test_one_character_county_needs_support(link: Link) -> None:
    # 市委同县委: "the city and county committees", not the county 同县.
    assert [m.surface for m in link("测海省委同县委领导出席。")] == ["测海省委"]
    ms = by_surface(link("同县龙潭镇党委"))
    assert ms["同县"].code == "990104"


def test_unlinked_committee_inside_an_unknown_longer_name_is_dropped(link: Link) -> None:
    # 馨越丹枫居委会 is no committee the gazetteer knows; its tail 丹枫居委会 (two of them,
    # neither picked by context) is not reported as a mention of its own.
    assert link("馨越丹枫居委会党支部开展活动") == []
    [m] = link("党员走进丹枫居委会开展活动")
    assert m.code is None and set(m.candidates) == {"990102101004", "990103102001"}


def test_a_town_the_gazetteer_does_not_list_is_a_region_without_code(link: Link) -> None:
    # 槐岭镇 (renamed or merged: not in the gazetteer) after a listed district.
    ms = by_surface(link("青石区槐岭镇党委与柳河镇结对。"))
    town = ms["槐岭镇党委"]
    assert (town.type, town.name, town.code, town.level) == ("Region", "槐岭镇", None, "town")
    assert ms["青石区"].code == "990102"


def test_an_unlisted_name_must_read_as_a_place(link: Link) -> None:
    # 某某区块 is a block of land, 小区 a housing estate, 全县 "the whole county".
    assert link("槐岭区块开发、小区改造和全县工作同步推进。") == []


def test_bare_province_names_are_places_in_any_story(link: Link) -> None:
    # a national story lists provinces it links nothing else in
    ms = by_surface(link("测海、远山等省市承担对口支援任务。"))
    assert ms["测海"].code == "990000"


def test_a_subdistrict_written_with_jie_for_jiedao(link: Link) -> None:
    ms = by_surface(link("青石区青石街党工委与梅溪镇签订协议。"))
    assert ms["青石街党工委"].code == "990102001"


def test_a_village_spelled_with_a_variant_character_is_linked(link: Link) -> None:
    ms = by_surface(link("梅溪镇枫岐村党支部与某公司结对。"))
    assert ms["枫岐村党支部"].code == "990103102203"


def test_places_listed_before_the_class_noun_they_share(link: Link) -> None:
    ms = by_surface(link("梅溪镇党委对接的是岚溪、柏垄两个村，"))
    assert (ms["岚溪"].type, ms["岚溪"].name, ms["岚溪"].code) == (
        "Village",
        "岚溪村",
        "990103102204",
    )
    assert ms["柏垄"].code == "990103102205"
    ms = by_surface(link("现场，晴岚、碧溪等居民区书记依次汇报。"))
    assert {(m.name, m.type) for m in ms.values()} == {
        ("晴岚居民区", "ResidentsCommittee"),
        ("碧溪居民区", "ResidentsCommittee"),
    }


def test_a_shared_noun_list_right_after_its_town(link: Link) -> None:
    # 梅溪镇|岚溪、柏垄两个村: the town found before the list is where its first item starts
    ms = by_surface(link("梅溪镇岚溪、柏垄两个村结对。"))
    assert ms["岚溪"].code == "990103102204"
    assert ms["柏垄"].code == "990103102205"
    # 帮扶岚溪、…: no boundary before the first item; the items after a 、 still count
    ms = by_surface(link("梅溪镇党委帮扶岚溪、柏垄两个村。"))
    assert "岚溪" not in ms
    assert ms["柏垄"].code == "990103102205"


def test_a_listed_last_item_with_its_own_class_noun(link: Link) -> None:
    # 岚溪、柏垄、丹枫社区等3个村(社区): the last item names its class itself
    ms = by_surface(link("梅溪镇与岚溪、柏垄、丹枫社区等3个村(社区)结对。"))
    assert ms["岚溪"].code == "990103102204"
    assert ms["柏垄"].code == "990103102205"


def test_a_class_noun_without_a_count_or_deng_is_a_modifier(link: Link) -> None:
    assert link("双方在社区养老、加装电梯等社区治理项目上同频共振。") == []
    assert link("开展了扶贫、帮困等村级活动。") == []


def test_a_province_closing_a_list_with_deng_stands_alone(link: Link) -> None:
    ms = by_surface(link("来自远山、测海等省的代表参加会议。"))
    assert {ms["远山"].code, ms["测海"].code} == {"980000", "990000"}


def test_slogans_with_a_division_ending_are_no_places(link: Link) -> None:
    assert link("促进了以城带乡、资源共享。") == []
    assert link("走出一条以企带村的新路，“村看村、户看户”。") == []


def test_a_subdistrict_still_written_as_its_former_town(link: Link) -> None:
    ms = by_surface(link("白沙区溪口镇党委与某公司签订协议。"))
    assert ms["溪口镇党委"].code == "990103003"


def test_an_ethnic_township_written_without_its_nationality(link: Link) -> None:
    ms = by_surface(link("白沙区竹坪乡党委与某公司签订协议。"))
    assert ms["竹坪乡党委"].code == "990103203"


def test_an_unlisted_town_crossed_by_a_word_on_its_left_is_no_place(link: Link) -> None:
    assert link("就到了县城所在地甘岭镇。") == []


@pytest.mark.parametrize("written", ["二九七团", "297团", "兵团第九师二九七团"])
def test_a_bingtuan_regiment_written_short_or_in_digits(link: Link, written: str) -> None:
    ms = by_surface(link(f"{written}党委与某村签订结对协议。"))
    assert ms[f"{written.removeprefix('兵团第九师')}党委"].code == "990103504"


def test_a_province_before_a_verb_is_the_subject_not_a_modifier(link: Link) -> None:
    ms = by_surface(link("会上，远山派出代表团参加。"))
    assert ms["远山"].code == "980000"
    assert "远山" not in by_surface(link("在服务远山新农村建设中创先争优。"))


def test_a_district_written_as_the_county_it_was(link: Link) -> None:
    ms = by_surface(link("白沙县梅溪镇岚溪村与某公司结对。"))
    assert ms["白沙县"].code == "990103"
    assert ms["岚溪村"].code == "990103102204"


def test_a_district_is_no_city_or_county_it_never_was(link: Link) -> None:
    # 白沙区 was a county, never a city; 青石区 neither: 市场, 市民, 县城 stay words.
    surfaces = {m.surface for m in link("白沙市场和青石市民广场、青石县城的摊主结对。")}
    assert not any(s.startswith(("白沙市", "青石市")) for s in surfaces), surfaces


def test_a_bare_form_starting_another_name_is_no_mention(
    gaz: Gazetteer, make_article: Callable[..., Article]
) -> None:
    # 青石 of 青石区 before more name (青石文旅集团, 在青石科学会堂): the first word of a
    # unit or site. The linker keeps it (the unit finder reads it as the name's left
    # edge); places_as_modifiers marks it as no place mention of its own.
    text = "青石区召开会议，青石文旅集团与柳河镇结对，会议在青石科学会堂举行。"
    article = make_article(text)
    places = link_places(article, gaz)
    assert [m.surface for m in places] == ["青石区", "青石", "柳河镇", "青石"]
    assert [m.start for m in places_as_modifiers(article, places)] == [
        text.index("青石文旅"),
        text.index("青石科学"),
    ]
    # standing alone, before a verb, a determiner, a body or another place, it is one
    text = "青石区召开会议，柳河代表发言，青石这支队伍、青石区委和青石柳河镇都到了。"
    article = make_article(text)
    places = link_places(article, gaz)
    assert {m.surface for m in places} >= {"柳河", "青石"}
    assert places_as_modifiers(article, places) == []


def test_a_place_written_in_full_with_its_committee_glued_on_is_not_bare(
    gaz: Gazetteer, make_article: Callable[..., Article]
) -> None:
    # 青石区委常委: the district in full, its committee and a title — not 青石 heading a name
    article = make_article("青石区委常委、副区长出席签约仪式。")
    places = link_places(article, gaz)
    assert [m.name for m in places] == ["青石区"]
    assert places_as_modifiers(article, places) == []


def test_a_place_written_in_full_with_its_government_glued_on_is_not_bare(
    gaz: Gazetteer, make_article: Callable[..., Article]
) -> None:
    # 某省某市青石区人民政府副区长: the district in full and its government before a head's
    # title — the place itself, not 青石 heading a name, so the title can find it
    text = "某某省青石区人民政府副区长甲乙出席签约仪式，柳河镇人民政府副镇长也到了。"
    article = make_article(text)
    places = link_places(article, gaz)
    assert "青石区人民政府" in {m.surface for m in places}
    assert places_as_modifiers(article, places) == []


def test_a_place_in_the_page_s_source_field_is_furniture(
    gaz: Gazetteer, make_article: Callable[..., Article]
) -> None:
    # 来源：青石柳河 names the outlet; after a separator the line is the page's again, and
    # a sentence with 来源 in it is no information line.
    text = "发布时间:2020-01-02 | 来源:青石区柳河镇 | 作者:某某\n柳河镇与高岗村结对。"
    article = make_article(text)
    places = link_places(article, gaz)
    assert [m.start for m in places_in_source_fields(article, places)] == [
        text.index("青石区"),
        text.index("柳河镇"),
    ]
    text = "资金来源:青石区柳河镇的企业捐助。"
    article = make_article(text)
    assert places_in_source_fields(article, link_places(article, gaz)) == []


def test_a_city_named_alone_needs_no_support(link: Link) -> None:
    # A national story lists cities the article links nothing else in: the bare form of
    # a prefecture-level city counts where it stands alone as a place.
    ms = by_surface(link("会议确定由北岭、云州等城市承担任务。"))
    assert ms["北岭"].code == "980100" and ms["北岭"].name == "北岭市"
    assert ms["云州"].code == "990100"
    assert by_surface(link("北岭联合云州对口帮扶某县。"))["北岭"].code == "980100"
    # ... not as the first word of a street, a school or a person's name
    assert link("北岭路上的门店") == []
    assert link("他考入北岭大学。") == []
    assert link("王北岭表示同意。") == []


def test_a_province_after_a_locative_or_a_listed_place_stands_alone(link: Link) -> None:
    # 在远山高质量发展…, 测海省、远山交流…: the province itself, not a modifier
    assert "远山" in by_surface(link("在远山高质量发展的大背景下，某村迎来机遇。"))
    assert "远山" in by_surface(link("教师赴测海省、远山交流学习。"))
    # a list of honours is no list of places: 某某单位、远山省文明单位
    assert link("作为全国文明单位、远山省文明单位，该校积极参与。") == []


def test_a_city_written_by_its_short_form_decides_a_village(link: Link) -> None:
    # 芦花村 lies in 白沙区 (云州市) and in 松风县 (北岭市); the story writes its city only
    # as 北岭, which the linker knows once the bare forms are read.
    ms = by_surface(link("北岭对口帮扶芦花村。"))
    assert ms["北岭"].code == "980100"
    assert ms["芦花村"].code == "980102103202"
    # without it the weak form (芦花 "reed catkins") names no place
    assert link("某企业对口帮扶芦花村。") == []


def test_a_place_before_ji_names_a_rank_not_a_place(link: Link) -> None:
    # 云州市级文明村: "city-level" — the place ranks a title; 云州市 standing alone counts
    assert [m.surface for m in link("柳河镇的3个云州市级文明村参加活动。")] == ["柳河镇"]
    assert [m.surface for m in link("云州市、青石区领导参加活动。")] == ["云州市", "青石区"]


def test_counties_listed_by_their_bare_forms_after_their_province(link: Link) -> None:
    # 测海省青石、白沙、同县等地: the districts of that province, by their bare forms, in a
    # story that supports nothing else there
    ms = by_surface(link("记者深入测海省青石、白沙等重灾区采访。"))
    assert ms["青石"].code == "990102"
    assert ms["白沙"].code == "990103"
    # not after another province
    assert "青石" not in by_surface(link("记者深入远山省青石、白沙等重灾区采访。"))


def test_a_street_form_with_a_subdistrict_body_is_the_subdistrict_on_its_own(
    gaz_with: Callable[[dict[str, str]], Gazetteer], make_article: Callable[..., Article]
) -> None:
    gaz = gaz_with({"990103004": "梧岗街道"})
    [m] = link_places(make_article("梧岗街党工委与某公司签订结对协议。"), gaz)
    assert (m.surface, m.code) == ("梧岗街党工委", "990103004")
    assert link_places(make_article("梧岗街上人来人往。"), gaz) == []


def test_a_district_named_only_by_its_organ_picks_the_town_named_with_it(link: Link) -> None:
    # 柳河镇 lies in 青石区 and in 远山省; the organ of 青石区 is no place mention, but
    # it says which district the story is about.
    ms = by_surface(link("青石区委组织部与柳河镇开展结对共建。"))
    assert "青石区委" not in ms
    assert ms["柳河镇"].code == "990102101"
    assert by_surface(link("某区委组织部与柳河镇开展结对共建。"))["柳河镇"].code is None


def test_a_municipality_is_the_city_of_its_districts(
    gaz_with: Callable[[dict[str, str]], Gazetteer], make_article: Callable[..., Article]
) -> None:
    # 平京市 is a municipality (its cities are the placeholder 市辖区); 枫林区 is one of its
    # districts and has a namesake in 测海省.
    gaz = gaz_with({"970000": "平京市", "970100": "市辖区", "970106": "枫林区", "990105": "枫林区"})
    ms = by_surface(link_places(make_article("平京市枫林区与外省某县结对帮扶。"), gaz))
    assert ms["枫林区"].code == "970106"
    assert (
        by_surface(link_places(make_article("枫林区与外省某县结对帮扶。"), gaz))["枫林区"].code
        is None
    )
