"""Joint acts whose members are joined oddly, and readings for near-threshold pairs
(ingest/extract/pair_structure.py, pairs45) — read from invented sentences by the real
reader."""

from __future__ import annotations

from pair_helpers import choice_between

from ingest.extract.pair_structure import formed_of_run, written_under_named


def test_a_list_joined_by_a_comma_and_he_is_one_run(reading_of) -> None:
    r = reading_of(
        "日前，明湖科技有限公司、云帆小学、星海银行石桥支行、和唐昌镇战旗村四个党支部，"
        "共同签署党建合作备忘录。"
    )
    assert choice_between(r, "明湖科技有限公司", "战旗村").features["joint_act"] == 1.0
    assert choice_between(r, "云帆小学", "星海银行石桥支行").features["joint_act"] == 1.0


def test_a_member_written_under_a_unit_named_before_stays_in_the_run(reading_of) -> None:
    r = reading_of(
        "5月23日，上海明湖广场党委、青州金融港园区党委、云帆小学党支部、"
        "青州金融港园区青州光谷联合发展有限公司党支部在成都市开展结对共建签约活动。"
    )
    # the fourth member, written under the second, joins the run; the venue stays out
    assert choice_between(r, "青州光谷联合发展有限公司", "云帆小学").features["joint_act"] == 1.0
    assert choice_between(r, "上海明湖广场党委", "云帆小学").features["joint_act"] == 1.0
    assert "joint_act" not in choice_between(r, "云帆小学", "成都市").features


def test_written_under_named() -> None:
    assert written_under_named("、甲园区", frozenset({"甲园区"}))
    assert written_under_named("、和甲园区", frozenset({"甲园区"}))
    assert not written_under_named("、乙镇", frozenset({"甲园区"}))
    assert not written_under_named("甲园区", frozenset({"甲园区"}))


def test_a_run_after_you_forms_the_body_a_clause_before_names(reading_of) -> None:
    r = reading_of(
        "此次成立的党建联盟，一是由明湖科技有限公司党支部、云帆小学党支部、唐昌镇战旗村党支部组成。"
    )
    assert choice_between(r, "明湖科技有限公司", "战旗村").features["joint_act"] == 1.0


def test_a_delegation_formed_of_a_run_is_no_joint_act(reading_of) -> None:
    r = reading_of(
        "此次成立的考察团，由明湖科技有限公司党支部、云帆小学党支部、唐昌镇战旗村党支部组成。"
    )
    assert not any("joint_act" in dict(c.features) for c in r.choices)


def test_formed_of_run() -> None:
    assert formed_of_run("组成")
    assert formed_of_run(" 组建而成")
    assert not formed_of_run("组成考察组前往唐昌镇")


def test_parallel_lists_across_with(reading_of) -> None:
    r = reading_of(
        "活动现场，明湖县委组织部、云帆小学与云山县委组织部、星海中学等多家联建单位"
        "代表共同参加结对共建活动。"
    )
    same = choice_between(r, "云帆小学", "星海中学").features
    assert same["parallel_lists&same"] == 1.0
    assert same["parallel_lists&same&same_kind"] == 1.0
    assert same["each_parallel_same"] == 1.0
    cross = choice_between(r, "云帆小学", "云山县委组织部").features
    assert cross["parallel_lists&cross"] == 1.0
    assert "parallel_lists&cross&same_kind" not in cross


def test_co_organisers_who_fund_an_event(reading_of) -> None:
    r = reading_of("明湖科技有限公司联合云帆慈善总会出资1亿余元开展“助学工程”等救助活动。")
    assert choice_between(r, "明湖科技有限公司", "云帆慈善总会").features["co_organise"] == 1.0


def test_co_organisers_who_pair_are_no_co_organise(reading_of) -> None:
    r = reading_of("明湖科技有限公司联合云帆慈善总会开展结对帮扶活动。")
    assert "co_organise" not in choice_between(r, "明湖科技有限公司", "云帆慈善总会").features


def test_a_place_inside_a_quoted_slogan(reading_of) -> None:
    r = reading_of(
        "成都市委书记出席。12月2日，“幸福成都”之“菜篮”党建联盟与青禾农产品集散中心签约。"
    )
    f = choice_between(r, "成都市", "青禾农产品集散中心").features
    assert f["quoted_unit&part"] == 1.0
