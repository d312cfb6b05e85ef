"""The sentence's subject and the unit its pairing words name, clauses apart
(`subject_partner`) — pairs68, measured and kept by pairs70, issue 14. Read from
invented sentences by the real reader."""

from __future__ import annotations

from pair_helpers import choice_between

from ingest.extract.pair_structure import SUBJECT_PARTNER

_CUE_AFTER = f"{SUBJECT_PARTNER}&cue_after"
_VERB_BEFORE = f"{SUBJECT_PARTNER}&verb_before"
_TITLE_BEFORE = f"{SUBJECT_PARTNER}&title_before"


def test_the_subject_pairs_with_the_unit_its_pairing_word_follows_clauses_later(
    reading_of,
) -> None:
    r = reading_of(
        "近日，明湖科技有限公司支部主委王晓东、李明一行来唐昌，与星海银行石桥支行党支部"
        "开展结对共建活动。"
    )
    assert choice_between(r, "明湖科技有限公司", "星海银行石桥支行").features[_CUE_AFTER] == 1.0


def test_a_unit_gone_to_for_the_pairing_is_the_subjects_partner(reading_of) -> None:
    r = reading_of(
        "2021年7月，明湖科技有限公司按照上级的部署安排，牵头有关部门赴唐昌镇战旗村开展定点帮扶工作。"
    )
    assert choice_between(r, "明湖科技有限公司", "战旗村").features[_CUE_AFTER] == 1.0


def test_a_pairing_verb_right_before_the_partner(reading_of) -> None:
    r = reading_of("明湖科技有限公司是帮扶团组的组长单位，同时结对帮扶唐昌镇战旗村。")
    assert choice_between(r, "明湖科技有限公司", "战旗村").features[_VERB_BEFORE] == 1.0


def test_a_partner_title_right_before_the_partner(reading_of) -> None:
    r = reading_of(
        "5月10日，明湖科技有限公司组织党员干部，来到结对社区唐昌镇金沙社区看望困难群众。"
    )
    assert choice_between(r, "明湖科技有限公司", "金沙社区").features[_TITLE_BEFORE] == 1.0


def test_no_subject_when_the_unit_only_stands_after_a_preposition(reading_of) -> None:
    # 在甲的支持下: 甲 opens no clause; the subject is the unit after it
    r = reading_of("在明湖科技有限公司的支持下，星海银行石桥支行与唐昌镇战旗村签订结对帮扶协议。")
    assert _CUE_AFTER not in choice_between(r, "明湖科技有限公司", "战旗村").features
    assert choice_between(r, "星海银行石桥支行", "战旗村").features


def test_no_partner_when_no_pairing_word_follows_it(reading_of) -> None:
    r = reading_of("明湖科技有限公司与星海银行石桥支行签订共建协议后，走访了唐昌镇战旗村。")
    f = choice_between(r, "明湖科技有限公司", "战旗村").features
    assert not any(k.startswith(SUBJECT_PARTNER) for k in f)


def test_another_subject_between_takes_the_partner(reading_of) -> None:
    r = reading_of(
        "明湖科技有限公司举行座谈会，星海银行石桥支行介绍了经验，云帆小学与唐昌镇战旗村签订结对协议。"
    )
    assert _CUE_AFTER not in choice_between(r, "明湖科技有限公司", "战旗村").features
