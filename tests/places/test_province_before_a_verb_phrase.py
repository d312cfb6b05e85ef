"""A province written in full before a verbal noun and a verb is the phrase's subject
(issue 13, the eleventh units pass: a Region missed on x201–x240). Sentences invented."""

from __future__ import annotations

from ingest.places.link import before_a_verb_phrase, link_places
from ingest.read.reader import read_text


def _places(text: str) -> set[str]:
    return {m.name for m in link_places(read_text(text, "t.txt")[0])}


def test_a_verbal_noun_and_a_verb_after_a_province() -> None:
    text = "据了解，广东省对口支援我县以来，措施得力。"
    assert before_a_verb_phrase(text, text.index("省") + 1)
    # a unit's ending after the verb: the province heads the unit's name
    text = "负责人、山东省体育训练中心纪委副书记出席。"
    assert not before_a_verb_phrase(text, text.index("省") + 1)


def test_a_province_written_in_full_stands_alone_before_the_phrase() -> None:
    assert "广东省" in _places("据了解，广东省对口支援我县以来，措施得力。")
    # a bare form in a slogan stays a modifier
    assert "山东省" not in _places("为助力健康山东建设作出新的更大的贡献。")


def test_places_listed_before_a_count_without_a_measure_word() -> None:
    from ingest.places.link import counts_places

    assert counts_places("西光两")
    assert not counts_places("西光二")  # an ordinal village, 某某二村
    # 甲、乙两村: two villages, the first no city of the same bare name
    found = _places("此次帮扶活动由某镇东岭、西光两村党总支联合发起。")
    assert {"东岭村", "西光村"} <= found
    assert "西光两村" not in found
