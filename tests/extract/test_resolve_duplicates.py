"""One unit written under another place head is one entity; two units that only share
the rest of their names stay two (README: Extraction — units). Unit names are invented;
the places are real divisions no article of the corpus names."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.resolve import org_aliases
from ingest.model import Extraction


def orgs(ex: Extraction) -> set[str]:
    return names(ex, "Organization")


def test_a_centre_written_under_its_city_and_under_its_district_is_one_unit() -> None:
    aliases = org_aliases(["银川市云杉街社区卫生服务中心", "兴庆区云杉街社区卫生服务中心"])
    assert len(set(aliases.values())) == 1


def test_the_same_centre_written_under_the_city_and_its_district_is_one_entity(
    extract_text,
) -> None:
    ex = extract_text(
        "石桥村党支部与银川市云杉街社区卫生服务中心党支部结对共建。"
        "兴庆区云杉街社区卫生服务中心的医生每月进村义诊。"
    )
    assert len(orgs(ex)) == 1


def test_a_city_hospital_and_a_district_hospital_stay_two_units() -> None:
    aliases = org_aliases(["银川市第一人民医院", "兴庆区第一人民医院"])
    assert aliases["银川市第一人民医院"] != aliases["兴庆区第一人民医院"]


def test_two_districts_of_one_city_keep_their_own_centres() -> None:
    # 兴庆区 and 金凤区 lie side by side: neither holds the other's subdistrict
    aliases = org_aliases(["兴庆区云杉街社区卫生服务中心", "金凤区云杉街社区卫生服务中心"])
    assert len(set(aliases.values())) == 2


def test_a_centre_of_another_city_stays_its_own_unit() -> None:
    aliases = org_aliases(["固原市云杉街社区卫生服务中心", "兴庆区云杉街社区卫生服务中心"])
    assert len(set(aliases.values())) == 2


def test_a_court_written_by_its_county_without_level_word_is_the_court(extract_text) -> None:
    ex = extract_text(
        "宁夏回族自治区泾源县人民法院与石桥村结对帮扶。下一步，泾源法院将继续派员驻村。"
    )
    # one court, named from its county (place_chains); the region written before is an alias's
    assert orgs(ex) == {"泾源县人民法院"}


def test_a_procuratorate_written_short_is_not_the_court_of_its_county() -> None:
    aliases = org_aliases(["泾源检察院", "泾源县人民法院", "泾源县人民检察院"])
    assert aliases["泾源检察院"] == "泾源县人民检察院"
    assert org_aliases(["泾源检察院", "泾源县人民法院"])["泾源检察院"] == "泾源检察院"


def test_a_short_form_of_no_known_county_stays_as_written() -> None:
    aliases = org_aliases(["青岚法院", "青岚县人民法院"])
    assert aliases["青岚法院"] == "青岚法院"


def test_a_party_branch_named_by_a_group_without_its_city_is_the_group(extract_text) -> None:
    ex = extract_text(
        "银川禾鸣集团党支部与石桥村党支部签订结对协议。近年来，禾鸣党支部为村里修路架桥。"
    )
    assert orgs(ex) == {"银川禾鸣集团"}


def test_a_park_written_by_its_brand_is_the_park(extract_text) -> None:
    ex = extract_text(
        "云杉智谷创意产业园党委与石桥村党支部结对共建。云杉智谷董事长韩立新介绍，园区为村里提供了百余个岗位。"
    )
    assert orgs(ex) == {"云杉智谷创意产业园"}


def test_a_group_and_its_park_stay_two_units() -> None:
    aliases = org_aliases(["禾鸣集团", "禾鸣集团产业园"])
    assert aliases["禾鸣集团"] == "禾鸣集团"


def test_a_party_branch_of_a_community_grid_is_the_community() -> None:
    from ingest.extract.resolve import place_of_branch

    places = ["金沙社区", "明湖村"]
    assert place_of_branch("金沙社区第三网格党支部", places) == "金沙社区"
    assert place_of_branch("中共云川县明湖镇金沙社区和平路党支部", places) == "金沙社区"
    assert place_of_branch("金沙社区党支部", places) is None  # the community's own body
    assert place_of_branch("星海科技有限公司党支部", places) is None


def test_a_party_branch_written_right_after_a_unit_is_that_unit(tmp_path) -> None:
    from ingest.extract.pipeline import read_story
    from ingest.read.reader import read_paths

    path = tmp_path / "story.txt"
    path.write_text(
        "星海铁路公司云川维管段段部党支部与金沙社区党总支开展结对共建，签订共建协议书。",
        encoding="utf-8",
    )
    reading = read_story(next(iter(read_paths([path]))))  # type: ignore[arg-type]
    names = {e.name for e in reading.base.entities}
    assert "段部党支部" not in names
    assert any(n.endswith("维管段") for n in names)


def test_official_short_forms_of_a_kind_of_body_are_one_unit() -> None:
    # 工委 = 工作委员会, 农科院 = 农业科学院, 社工 = 社会工作服务中心 (ending_short_forms)
    aliases = org_aliases(["市委教育工委", "中共银川市委教育工作委员会"])
    assert aliases["市委教育工委"] == "中共银川市委教育工作委员会"
    aliases = org_aliases(["宁夏农科院", "宁夏农业科学院"])
    assert aliases["宁夏农科院"] == "宁夏农业科学院"
    aliases = org_aliases(["云杉社工", "银川市云杉社会工作服务中心"])
    assert aliases["云杉社工"] == "银川市云杉社会工作服务中心"
