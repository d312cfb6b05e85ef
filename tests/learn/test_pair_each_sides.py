"""Units on one side of a pairing (pairs54): two runs joined by 分别与 pair one by one, the
units of one run never with each other; a run whose pairing word only names each unit's
unnamed counterparts (在某市对口区市举办…) acts together in nothing — read from invented
sentences by the real reader."""

from __future__ import annotations

from pair_helpers import choice_between

from ingest.extract.pair_decide import one_side_of_each, read_by_hand_rule, vetoed
from ingest.extract.pair_structure import counterpart_phrase, each_between

# the hand frame of lists (pairings.py pair_list) reads the second run as a list of parties
# when a place it does not take for a unit stands between 分别与 and the run (河北保定市)
_TWO_RUNS = (
    "天津市宝坻区、静海区、宁河区今年分别与河北保定市阜平县、涞源县、唐县签署了《结对帮扶协议书》。"
)


def test_each_between_asks_for_each_and_a_connective_close_by() -> None:
    assert each_between("日前分别与")
    assert each_between("还分别同")
    assert not each_between("与")  # one act of both runs
    assert not each_between("分别向")  # a gift's receivers
    assert not each_between("分别与，")  # a clause mark between: not one frame
    assert not each_between("在今年召开的推进会上又一次分别与")  # too far apart


def test_units_of_one_run_across_each_read_by_a_frame_are_one_side(reading_of) -> None:
    r = reading_of(_TWO_RUNS)
    for a, b in (("阜平县", "涞源县"), ("涞源县", "唐县")):
        side = choice_between(r, a, b)
        assert side.features["rule=pair_list"] == 1.0  # the frame's reading
        assert side.features["frame_one_side_of_each"] == 1.0  # each_sides, each_side_spread
        assert one_side_of_each(side)
        assert vetoed(side)
    # the units at the same place of the two runs are the pairs
    pair = choice_between(r, "静海区", "涞源县")
    assert "frame_one_side_of_each" not in pair.features
    assert read_by_hand_rule(pair)
    assert not vetoed(pair)


def test_one_side_is_no_fact_where_no_frame_reads_the_pair(reading_of) -> None:
    # the model decides those (low): only a frame's reading is overruled
    r = reading_of("会上，明湖科技有限公司、星海银行石桥支行分别与唐昌镇战旗村签订结对帮扶协议。")
    side = choice_between(r, "明湖科技有限公司", "星海银行石桥支行")
    assert "frame_one_side_of_each" not in side.features
    assert not read_by_hand_rule(side)


def test_a_pair_said_in_another_sentence_is_not_one_side_only(reading_of) -> None:
    r = reading_of(_TWO_RUNS + "去年，阜平县与涞源县签订了党建共建协议，两县结对共建。")
    assert not one_side_of_each(choice_between(r, "阜平县", "涞源县"))


def test_counterpart_phrase_needs_a_noun_of_kind_and_a_word_of_place() -> None:
    assert counterpart_phrase("先后在", "区市举办了推介会")
    assert counterpart_phrase("到", "村开展走访")
    assert not counterpart_phrase("先后在", "协议")  # 对口协议: an act, not its partners
    assert not counterpart_phrase("共同签订", "单位")  # no word of place before it


def test_a_run_at_its_counterparts_is_no_joint_act(reading_of) -> None:
    r = reading_of(
        "今年，明湖科技有限公司、星海银行石桥支行、云帆小学先后在唐昌镇对口社区举办了"
        "产品推介会等系列活动。"
    )
    assert "joint_act" not in choice_between(r, "明湖科技有限公司", "云帆小学").features
    r = reading_of(
        "今年，明湖科技有限公司、星海银行石桥支行、云帆小学在唐昌镇举行对口帮扶签约仪式。"
    )
    assert choice_between(r, "明湖科技有限公司", "云帆小学").features["joint_act"] == 1.0
