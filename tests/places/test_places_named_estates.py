"""Named housing estates (某某小区) are residents' committees without code (units58;
GOLD_NOTES x934, x1253): the name is what the text writes before 小区 back to the place
the estate lies in or to a word of the sentence; a kind of estate, a count or ordinary
words alone name none. Invented sentences (the town and community of the linking tests
are those of the made-up gazetteer of ``conftest.py``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from places_helpers import Link

from ingest.places.estates import estate_kinds, estate_name_start, named_estate, named_estates
from ingest.segment import Tokens


@pytest.fixture
def link(link_with: Callable[[dict[str, str]], Link]) -> Link:
    return link_with({})


def _names(text: str, place_ends: frozenset[int] = frozenset()) -> list[str]:
    return [p.name for p in named_estates(text, place_ends)]


def test_a_named_estate_after_a_word_of_the_sentence_is_read() -> None:
    assert _names("针对沙河雅居小区居民的诉求,社区协调了场地。") == ["沙河雅居小区"]
    assert _names("会议解决了青檀苑小区改电的难题。") == ["青檀苑小区"]


def test_the_estate_is_a_committee_without_code() -> None:
    (p,) = named_estates("志愿者来到翠屿澜庭小区开展清扫。")
    assert (p.type, p.level, p.name) == ("ResidentsCommittee", "village", "翠屿澜庭小区")


def test_kinds_of_estate_name_none() -> None:
    assert _names("聚焦老旧小区改造,推进安置小区和无物业小区治理。") == []
    assert {"老旧", "安置", "无物业", "商品房"} <= estate_kinds()


def test_a_count_a_determiner_or_ordinary_words_name_none() -> None:
    assert _names("三个小区的居民和该小区物业,科学规划小区设施,激活小区治理能力。") == []


def test_a_name_starts_after_a_function_character() -> None:
    # 为和义|… : jieba glues 为 to the name's first characters; the name starts after it
    tokens = Tokens("妇联为和义傲城小区安装了宣传栏")
    start = estate_name_start(tokens, tokens.text.index("小区"))
    assert start is not None and tokens.text[start:].startswith("和义傲城")


def test_a_place_before_the_name_ends_the_walk_back() -> None:
    text = "南投市三兴小区与社区结对。"
    assert _names(text) == ["三兴小区"]  # 南投市: a place the estate lies in, read or not
    text = "来到红旗社区新兴家园小区开展活动"
    # right after the place it lies in, a longer name may be ordinary words
    assert _names(text, frozenset({text.index("新兴")})) == ["新兴家园小区"]


def test_ordinary_words_name_an_estate_only_right_after_its_place() -> None:
    tokens = Tokens("区里科学规划小区设施")
    start, e0 = tokens.text.index("科学"), tokens.text.index("小区")
    assert not named_estate(tokens, start, e0, after_place=False)
    assert named_estate(tokens, start, e0, after_place=True)


def test_a_frequent_word_opens_no_name() -> None:
    assert _names("突出党建引领,指导聚福小区创新载体") == ["聚福小区"]


def test_linked_with_its_party_body_after_its_community(link: Link) -> None:
    ms = {m.surface: m for m in link("柳河镇丹枫社区翠屿澜庭小区党支部与医院党支部结对共建。")}
    estate = ms["翠屿澜庭小区党支部"]
    assert (estate.type, estate.name, estate.code) == ("ResidentsCommittee", "翠屿澜庭小区", None)
    assert ms["丹枫社区"].code == "990102101004"


def test_a_long_kind_inside_the_words_names_none() -> None:
    # jieba cuts 市|筹公|租房: the kind 公租房 is still there
    assert _names("上海中心城区最大的市筹公租房小区,青年人多。") == []
    assert _names("来到新城雅苑小区开展活动") == ["新城雅苑小区"]  # 新 only as a word
