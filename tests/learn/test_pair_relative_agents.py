"""The units a relative clause names as the doers of a pairing verb whose object is A
(pairs62, `relative_agents`, frame ``pair_relative_agents``): 某区组团帮扶某镇的甲、乙、丙
一行来到… — each of the run with A. Read from invented sentences by the real reader."""

from __future__ import annotations

from pair_helpers import choice_between

from ingest.extract.pair_decide import read_by_hand_rule
from ingest.extract.pair_structure import RELATIVE_AGENTS


def test_the_run_a_relative_clause_names_as_helpers_pairs_with_its_object(reading_of) -> None:
    r = reading_of(
        "3月7日，青禾县组团帮扶唐昌镇的明湖科技有限公司、云帆小学、星海银行石桥支行"
        "一行来到唐昌镇开展对口帮扶工作。"
    )
    for unit in ("明湖科技有限公司", "云帆小学", "星海银行石桥支行"):
        c = choice_between(r, "唐昌镇", unit)
        assert c.features[RELATIVE_AGENTS] == 1.0
        assert read_by_hand_rule(c)
    # the helpers with each other: not what the clause says
    assert RELATIVE_AGENTS not in choice_between(r, "明湖科技有限公司", "云帆小学").features


def test_a_unit_after_de_with_no_pairing_verb_before_a_is_no_helper(reading_of) -> None:
    r = reading_of(
        "3月7日，青禾县走访唐昌镇的明湖科技有限公司、云帆小学，并就结对帮扶工作进行交流。"
    )
    assert RELATIVE_AGENTS not in choice_between(r, "唐昌镇", "云帆小学").features


def test_a_run_of_places_inside_the_object_is_its_own_parts(reading_of) -> None:
    # 对口支援甲地区的乙县、丙县: the counties lie in the prefecture, 的 of ownership
    r = reading_of("按照部署，青禾市对口支援喀什地区的疏附县、疏勒县、英吉沙县开展援建工作。")
    assert RELATIVE_AGENTS not in choice_between(r, "喀什地区", "疏勒县").features
