"""A quantity phrase before a division ending names no place (issue 13, units57: 5个强村
read as a village 个强村). Sentences invented."""

from __future__ import annotations

from ingest.places.link import kind_of_village, link_places, quantity_in_stem
from ingest.read.reader import read_text


def _places(text: str) -> set[str]:
    return {m.name for m in link_places(read_text(text, "t.txt")[0])}


def test_a_number_and_a_measure_word_open_no_village_name() -> None:
    text = "镇东5个强村与相对薄弱村结对"
    assert quantity_in_stem(text, text.index("个"), text.index("村"))
    assert "个强村" not in _places("甲乙镇的甲村、乙村等5个强村与薄弱村结对共建。")


def test_several_or_many_and_a_measure_word() -> None:
    text = "，几个强村"
    assert quantity_in_stem(text, 1, text.index("村"))
    text = "，多家村企"
    assert quantity_in_stem(text, 1, 4)


def test_a_chinese_numeral_counts_only_before_ge_or_suo() -> None:
    # 三家村, 五家渠: a numeral and 家 open many names
    text = "，三家村"
    assert not quantity_in_stem(text, 1, text.index("村"))
    text = "，五所村"
    assert quantity_in_stem(text, 1, text.index("村"))


def test_a_named_village_after_a_number_stays() -> None:
    # the number counts the people, the village keeps its name
    assert "东岭村" in _places("近日，东岭村党支部与5家企业签订共建协议。")


def test_names_listed_before_their_village_committees_are_villages() -> None:
    # 甲、乙等村委会: the committees of the villages 甲村 and 乙村 (the story's town has them)
    found = _places("扶贫宣威市格宜镇，所挂钩的石磨、白泥、米茂等村委会的生产生活条件已改善。")
    assert {"白泥村", "米茂村"} <= found


def test_a_kind_of_village_names_no_unlisted_village() -> None:
    assert kind_of_village("网红") and kind_of_village("五星") and kind_of_village("强")
    assert not kind_of_village("东岭")
    found = _places("这个小村子被评为五星村，成为网红村，不再是城郊村。")
    assert not {"五星村", "网红村", "城郊村"} & found
