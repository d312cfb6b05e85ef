"""Two readings the hand frames took for pairings (issue 14, pairs61: false pairings of
x811–x980 held out, kept at the top confidence by a frame): a pairing word that only
names the team a unit sends (`verb_cue_classes`, frame ``pair_subject_verb``) and a run
of units closed as examples of a kind (`examples_of_kind`, frame ``pair_joint_act``) —
read from invented sentences by the real reader."""

from __future__ import annotations

from pair_helpers import choice_between

from ingest.extract.pair_decide import read_by_hand_rule
from ingest.extract.pair_structure import examples_of_kind, names_a_team


def test_a_pairing_word_before_a_team_noun_names_a_team() -> None:
    assert names_a_team("工作小组在某某领导的陪同下来到")
    assert names_a_team("组一行来到某镇")
    assert names_a_team("人员一行先后对")
    assert names_a_team("队员们与某镇党委")
    assert not names_a_team("某某村")
    assert not names_a_team("组织开展")  # 组 of a verb, not of a team
    assert not names_a_team("组建联盟")


def test_the_unit_whose_team_visits_under_escort_is_no_subject_of_a_pairing_verb(
    reading_of,
) -> None:
    r = reading_of(
        "1月5日，明湖科技有限公司帮扶工作小组在星海银行石桥支行领导的陪同下"
        "来到唐昌镇战旗村开展帮扶活动。"
    )
    f = choice_between(r, "明湖科技有限公司", "星海银行石桥支行").features
    assert "run_verb_pair&subject" not in f
    assert "run_subject_verb_pair" not in f


def test_the_unit_whose_pairing_team_visits_a_town_is_no_subject_of_a_verb(reading_of) -> None:
    r = reading_of("近日，明湖科技有限公司结对帮扶组一行来到唐昌镇，为该镇送去慰问品。")
    f = choice_between(r, "明湖科技有限公司", "唐昌镇").features
    assert "run_subject_verb_pair" not in f


def test_a_pairing_verb_still_joins_its_subject_and_object(reading_of) -> None:
    r = reading_of("明湖科技有限公司结对帮扶唐昌镇战旗村、先锋村。")
    ch = choice_between(r, "明湖科技有限公司", "先锋村")
    assert ch.features["run_subject_verb_pair"] == 1.0
    assert read_by_hand_rule(ch)


def test_a_run_closed_as_examples_of_a_kind_is_no_joint_act() -> None:
    assert examples_of_kind("等一大批村企结对共建好典型")
    assert examples_of_kind("等一批结对帮扶优秀案例")
    assert not examples_of_kind("等单位共同签订结对共建协议")
    assert not examples_of_kind("等3个村共同签订了共建协议")
    assert not examples_of_kind("共同打造结对共建样板，推动发展")  # no 等: the run acts


def test_villages_listed_as_examples_of_village_enterprise_pairing_are_not_paired(
    reading_of,
) -> None:
    r = reading_of(
        "全县村企结对成效明显，涌现出唐昌镇战旗村、唐昌镇先锋村、唐昌镇新民村"
        "等一大批村企结对共建好典型。"
    )
    ch = choice_between(r, "战旗村", "先锋村")
    assert "joint_act" not in ch.features
    assert not read_by_hand_rule(ch)


def test_a_run_that_signs_jointly_is_still_a_joint_act(reading_of) -> None:
    r = reading_of(
        "日前，明湖科技有限公司、云帆小学、星海银行石桥支行在云帆小学举行党建联建签约仪式。"
    )
    assert choice_between(r, "明湖科技有限公司", "云帆小学").features["joint_act"] == 1.0
