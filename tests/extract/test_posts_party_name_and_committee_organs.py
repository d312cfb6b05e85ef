"""A chain element opened by the Party's name, and a committee's organ after a place's
committee title (posts19).

Invented names of the shapes seen in news pages; no name from an article."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.people import after_the_party
from ingest.extract.posts import committee_organ
from ingest.extract.resolve import Resolution
from ingest.model import Entity


def test_after_the_party_sets_the_partys_name_aside() -> None:
    text = "中共青禾区委常委"
    assert after_the_party(text, 0, text.index("常委")) == 2
    long = "中国共产党石岭县委书记"
    assert after_the_party(long, 0, long.index("书记")) == 5
    # nothing left before the title word: the element stays whole
    assert after_the_party("中共党员", 0, 2) == 0
    # no Party's name: unchanged
    assert after_the_party("青禾区委常委", 0, 4) == 0


def test_a_chain_opened_by_the_partys_name_keeps_the_level_title(extract_text) -> None:
    ex = extract_text(
        "近日，青禾区与石岭银行签订党建共建协议。\n\n"
        "中共青禾区委常委、统战部部长柯望舒，石岭银行党委书记、董事长覃若愚出席签约仪式。"
    )
    found = posts(ex)
    assert ("柯望舒", "区委常委", "青禾区") in found
    assert not any(t.startswith("中共") for _, t, _ in found)


def _res(*entities: Entity) -> Resolution:
    return Resolution(tuple(entities), (), {})


def test_committee_organ_needs_a_place_before_and_an_organ_word() -> None:
    city = Entity("e1", "Region", "青禾市", ("青禾市",))
    bank = Entity("e2", "Organization", "石岭银行", ("石岭银行",))
    res = _res(city, bank)
    assert committee_organ("宣传部", "e1", res)
    assert committee_organ("统战部", "e1", res)
    assert not committee_organ("宣传部", "e2", res)  # after a bank's title: not a committee
    assert not committee_organ("宣传部", None, res)  # the first element of a chain
    assert not committee_organ("信贷部", "e1", res)  # no organ of a party committee


def test_a_bare_organ_after_a_city_committee_title_is_the_citys(extract_text) -> None:
    ex = extract_text(
        "近日，青禾市与石岭银行签订党建共建协议。\n\n"
        "青禾市委书记蔺晓川，青禾市委常委、宣传部部长柯望舒，石岭银行党委书记、董事长覃若愚出席。"
        "会议学习了中共中央宣传部有关文件。"
    )
    found = posts(ex)
    assert ("柯望舒", "宣传部部长", "青禾市") in found
    assert not any(p == "柯望舒" and u == "中共中央宣传部" for p, _, u in found)
