"""A unit naming its partners by its own pairing verb in a relative clause
(ingest/extract/pair_structure.relative_pair, pairs48) — read from invented sentences by
the real reader."""

from __future__ import annotations

from pair_helpers import choice_between

from ingest.extract.pair_decide import read_by_hand_rule


def test_each_unit_of_the_list_the_relative_clause_names(reading_of) -> None:
    r = reading_of(
        "至此，明湖科技有限公司定点帮扶的贵州从江县、云南镇雄县等2个县全部实现脱贫摘帽。"
    )
    for county in ("从江县", "镇雄县"):
        c = choice_between(r, "明湖科技有限公司", county)
        assert c.features["relative_pair"] == 1.0
        assert read_by_hand_rule(c)


def test_a_party_body_and_a_title_before_the_partner(reading_of) -> None:
    r = reading_of("明湖科技有限公司党委对口支援的国家重点县——从江县，今年完成了道路建设。")
    assert choice_between(r, "明湖科技有限公司", "从江县").features["relative_pair"] == 1.0


def test_no_relative_clause_when_another_unit_stands_between(reading_of) -> None:
    r = reading_of("明湖科技有限公司与云帆小学帮扶的从江县开展座谈。")
    assert "relative_pair" not in choice_between(r, "明湖科技有限公司", "从江县").features


def test_a_verb_that_pairs_nothing(reading_of) -> None:
    r = reading_of("明湖科技有限公司捐建的从江县图书馆里，两家举行共建签约仪式。")
    f = choice_between(r, "明湖科技有限公司", "从江县图书馆").features
    assert "relative_pair" not in f


def test_not_with_a_part_of_its_own(reading_of) -> None:
    r = reading_of("从江县对口支援的从江县第一中学举行共建签约仪式。")
    f = choice_between(r, "从江县", "从江县第一中学").features
    assert "relative_pair" not in f
