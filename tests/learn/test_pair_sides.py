"""Which side a unit stands on, and deals that are no pairing (pairs23): vetoes and a
feature read from the false positives of the training articles. Sentences are invented
(units made up)."""

from __future__ import annotations

from pair_helpers import choice_between as _choice

from ingest.extract.pair_decide import business_deal, same_side, veto_of


def test_a_strategic_deal_of_a_government_and_a_bank_is_no_pairing(reading_of) -> None:
    r = reading_of("7月5日，云川市人民政府与星海银行云川分行举行战略合作协议签约仪式。")
    deal = _choice(r, "云川市", "星海银行云川分行")
    assert business_deal(deal)
    assert veto_of(deal) == "business_deal"


def test_a_deal_that_also_says_a_pairing_word_is_left_to_the_model(reading_of) -> None:
    r = reading_of("明湖镇党委与星海银行云川分行签订党建共建合作协议，结对帮扶明湖镇。")
    assert not business_deal(_choice(r, "明湖镇", "星海银行云川分行"))


def test_two_units_going_together_to_a_third_stand_on_one_side(reading_of) -> None:
    r = reading_of(
        "近日，星海科技有限公司党支部、云帆物流有限公司党支部到金沙村开展党建共建交流活动。"
    )
    pair = _choice(r, "星海科技有限公司", "云帆物流有限公司")
    assert same_side(pair)
    assert veto_of(pair) == "same_side"
    assert not same_side(_choice(r, "星海科技有限公司", "金沙村"))


def test_units_that_sign_jointly_with_a_third_are_not_one_side(reading_of) -> None:
    r = reading_of(
        "星海科技有限公司党支部、云帆物流有限公司党支部与金沙村党支部三方共同签订共建协议。"
    )
    assert not same_side(_choice(r, "星海科技有限公司", "云帆物流有限公司"))


def test_a_unit_that_only_attends_in_a_clause_of_its_own_is_marked(reading_of) -> None:
    r = reading_of(
        "1月28日，金沙社区党支部与云帆小学党支部举行联建协议签约仪式，"
        "星海科技有限公司、云帆物流有限公司负责同志参加会议。"
    )
    assert _choice(r, "金沙社区", "云帆物流有限公司").features.get("attends_apart_only")
    assert not _choice(r, "金沙社区", "云帆小学").features.get("attends_apart_only")
