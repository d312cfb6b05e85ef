"""A unit with a name of its own written after the places that locate it is also known by
that name (issue 13, units57: place_chains.own_name_after_places). Sentences and unit
names are invented; places are the gazetteer's (reference data)."""

from __future__ import annotations

from ingest.extract.place_chains import opens_own_name
from ingest.model import Extraction, PlaceMention
from ingest.segment import Tokens


def _org(ex: Extraction, written: str):
    (e,) = [e for e in ex.entities if e.type == "Organization" and written in (e.name, *e.aliases)]
    return e


def test_a_town_before_a_proper_name_locates_the_unit(extract_text) -> None:
    ex: Extraction = extract_text("党员干部先后到丙麻乡甲欣超市慰问。")
    shop = _org(ex, "丙麻乡甲欣超市")
    assert "甲欣超市" in shop.aliases
    assert shop.name == "丙麻乡甲欣超市"  # the name stays as written


def test_a_chain_of_places_before_a_proper_name(extract_text) -> None:
    ex: Extraction = extract_text("其中援建从江县丙妹镇岚歹小学的建设工程已于近日启动。")
    assert "岚歹小学" in _org(ex, "从江县丙妹镇岚歹小学").aliases


def test_common_words_and_a_kind_keep_their_place(extract_text) -> None:
    ex: Extraction = extract_text(
        "近日，某某村与江苏省张家港市人民法院、郴州市第一人民医院开展结对共建。"
    )
    court = _org(ex, "张家港市人民法院")
    assert "人民法院" not in court.aliases
    assert "第一人民医院" not in _org(ex, "郴州市第一人民医院").aliases


def test_a_home_place_after_the_units_own_place_is_no_locator(extract_text) -> None:
    # a chamber of people from 高州 in 广州 and one in 深圳: two chambers, no 高州商会
    ex: Extraction = extract_text("广州市高州商会、深圳市高州商会与某某村开展结对共建。")
    assert all("高州商会" not in e.aliases for e in ex.entities)


def test_a_larger_place_after_the_county_opens_the_units_own_name(extract_text) -> None:
    ex: Extraction = extract_text("考察组先后对皋兰县甘肃甲果生态农林有限公司进行考察。")
    assert "甘肃甲果生态农林有限公司" in _org(ex, "皋兰县甘肃甲果生态农林有限公司").aliases


def test_opens_own_name_reads_the_words_before_the_last_one() -> None:
    text = "到某镇中心小学和某镇岚澜小学"
    town = PlaceMention(1, 3, "某镇", "Region", "town", "某镇", None)
    starts: dict[int, PlaceMention] = {}
    tokens = Tokens(text)
    assert not opens_own_name(text, tokens, 3, 7, starts, town)  # 中心 + 小学: common words
    assert opens_own_name(text, tokens, 10, 14, starts, town)  # 岚澜: a word jieba does not know


def test_a_cooperative_named_by_common_words_keeps_its_village(extract_text) -> None:
    # brand_after_village: the village names the cooperative when no name of its own follows
    ex: Extraction = extract_text("走访调研了援建项目治渠乡同卡村生态畜牧业合作社发展情况。")
    assert "同卡村生态畜牧业合作社" in {
        n for e in ex.entities if e.type == "Organization" for n in (e.name, *e.aliases)
    }
