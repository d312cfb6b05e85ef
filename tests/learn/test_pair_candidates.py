"""PAIRED_WITH candidates: every unit pair a pairing could join, and nothing far away."""

from __future__ import annotations

import re

from ingest.extract.pair_candidates import _SELF, lone_generic_refs, writer_place
from ingest.extract.pair_decide import read_by_hand_rule
from ingest.extract.pipeline import StoryReading
from ingest.extract.resolve import Resolution, UnitRef
from ingest.model import Entity


def _pairs(reading: StoryReading) -> set[frozenset[str]]:
    names = {e.id: e.name for e in reading.base.entities}
    return {
        frozenset((names[c.relation.source], names[c.relation.target])) for c in reading.choices
    }


def test_units_of_a_sentence_with_a_pairing_cue_are_candidates(reading_of) -> None:
    r = reading_of("唐昌镇战旗村党支部与明湖科技有限公司党支部签订结对共建协议。")
    assert frozenset(("战旗村", "明湖科技有限公司")) in _pairs(r)


def test_units_without_any_cue_nearby_are_no_candidates(reading_of) -> None:
    r = reading_of("唐昌镇战旗村党支部书记和明湖科技有限公司经理出席了座谈会。")
    assert frozenset(("战旗村", "明湖科技有限公司")) not in _pairs(r)


def test_units_of_two_neighbouring_sentences_are_candidates(reading_of) -> None:
    r = reading_of("明湖科技有限公司党支部书记王晓东来到唐昌镇战旗村。双方签订了结对共建协议。")
    assert frozenset(("战旗村", "明湖科技有限公司")) in _pairs(r)


def test_the_page_unit_meets_every_unit_of_a_partner_list(reading_of) -> None:
    r = reading_of(
        "金沙社区党建工作纪实\n\n唐昌镇金沙社区近年来积极探索区域化党建。"
        "目前已与云帆小学、明湖科技有限公司、星海银行石桥支行开展党建联建。"
    )
    pairs = _pairs(r)
    for partner in ("云帆小学", "明湖科技有限公司", "星海银行石桥支行"):
        assert frozenset(("金沙社区", partner)) in pairs


def test_every_candidate_has_evidence_in_the_file(reading_of) -> None:
    text = "标题\n\n唐昌镇战旗村与明湖科技有限公司签订结对共建协议。"
    r = reading_of(text)
    for c in r.choices:
        ev = c.relation.evidence
        assert ev is not None and text[ev.start : ev.end] == ev.text


TABLE = (
    "新一轮对口支援由驻地企业承担，帮扶计划具体到村。\n"
    "支援方：受援方\n"
    "1、明湖科技有限公司：唐昌镇战旗村、先锋村。（某地区）\n"
    "2、星海银行石桥支行：唐昌镇金沙村、3、云帆小学：唐昌镇金沙社区。\n"
)


def test_rows_of_a_table_under_a_pairing_heading_read_like_a_hand_frame(reading_of) -> None:
    r = reading_of(TABLE)
    names = {e.id: e.name for e in r.base.entities}
    rows = {
        frozenset((names[c.candidate.a], names[c.candidate.b]))
        for c in r.choices
        if read_by_hand_rule(c)
    }
    assert {
        frozenset(("明湖科技有限公司", "战旗村")),
        frozenset(("明湖科技有限公司", "先锋村")),
        frozenset(("星海银行石桥支行", "金沙村")),
    } <= rows
    assert frozenset(("星海银行石桥支行", "唐昌镇")) not in rows  # it only locates 金沙村
    # a row run on into the next (…、3、云帆小学：…): the next row's head is no partner
    assert frozenset(("星海银行石桥支行", "云帆小学")) not in rows


def test_rows_under_a_heading_without_a_pairing_word_are_no_table(reading_of) -> None:
    r = reading_of(
        "今年各地举行签约活动。\n名单如下：\n1、明湖科技有限公司：唐昌镇战旗村、先锋村。\n"
    )
    assert not any(read_by_hand_rule(c) for c in r.choices)


def _self_word_pairs(reading: StoryReading) -> set[frozenset[str]]:
    """The candidate pairs an occurrence through a self-word (我院, 我校 …) supports."""
    names = {e.id: e.name for e in reading.base.entities}
    return {
        frozenset((names[c.relation.source], names[c.relation.target]))
        for c in reading.choices
        if any("self" in (o.a.rule, o.b.rule) for o in c.candidate.occurrences)
    }


def test_a_hospital_calling_itself_our_院_means_the_hospital_not_the_headline_place(
    reading_of,
) -> None:
    r = reading_of(
        "唐昌镇开展机关与社区结对共建\n\n"
        "3月2日,我院与唐昌镇金沙社区建立结对共建关系。"
        "我院党员深入社区报到。\n欢迎关注明川市人民医院公众号。"
    )
    # the hospital is named once, at the foot of the page; the headline names a place
    assert frozenset(("明川市人民医院", "金沙社区")) in _self_word_pairs(r)


def test_our_校_means_the_school_of_the_page_not_another_organisation(reading_of) -> None:
    r = reading_of(
        "星海银行石桥支行党支部与云帆小学党支部开展结对\n\n"
        "5月8日,唐昌镇战旗村党支部来到我校,与我校党支部签订村校共建协议。"
    )
    self_pairs = _self_word_pairs(r)
    assert frozenset(("云帆小学", "战旗村")) in self_pairs
    assert frozenset(("星海银行石桥支行", "战旗村")) not in self_pairs


def _places(text: str, names: dict[str, str]) -> Resolution:
    """A resolution of ``text`` with one Region entity per name (id → name), each
    mentioned wherever its name is written."""
    ents = tuple(Entity(eid, "Region", name, ()) for eid, name in names.items())
    units = sorted(
        (
            UnitRef(m.start(), m.end(), m.end(), eid, "place")
            for eid, name in names.items()
            for m in re.finditer(re.escape(name), text)
        ),
        key=lambda u: u.start,
    )
    return Resolution(ents, tuple(units), {})


def test_our_county_is_the_host_where_its_sentence_names_the_visiting_topic() -> None:
    # pairs26 (writer_place): 甲县县长带队到我县 — 我县 is not 甲县
    text = "青禾县县长带队到我县对接协作工作。远山县县长陪同。我县将深化协作。"
    res = _places(text, {"e1": "青禾县", "e2": "远山县"})
    visit, later = list(_SELF.finditer(text))
    assert writer_place(visit, text, res, "e1") == "e2"
    assert writer_place(later, text, res, "e1") == "e1"  # its sentence does not name e1


def test_our_county_names_no_unit_when_no_other_county_is_written() -> None:
    text = "青禾县县长带队到我县对接协作工作。"
    res = _places(text, {"e1": "青禾县"})
    assert writer_place(next(_SELF.finditer(text)), text, res, "e1") is None


def test_a_kind_word_before_its_party_body_is_the_page_unit_of_that_kind(reading_of) -> None:
    # pairs32 (kind_references): 医院行政党支部 on a hospital's page is that hospital
    from pair_helpers import choice_between

    r = reading_of(
        "青禾县人民医院开展结对共建\n"
        "3月5日，医院行政党支部与凤凰社区党支部结对共建，联合开展主题党日活动。"
    )
    c = choice_between(r, "青禾县人民医院", "凤凰社区")
    assert any(o.window == "same" for o in c.candidate.occurrences)


def test_kind_references_need_a_clause_start_and_a_unit_that_fits() -> None:
    from ingest.extract.pair_candidates import _bare_kind

    assert _bare_kind().search("，医院行政党支部与") is not None
    assert _bare_kind().search("，公司党委与") is not None
    assert _bare_kind().search("人民医院党委") is None  # inside a name, no clause start
    assert _bare_kind().search("，医院的同志与") is None  # no party body after it


def test_a_unit_written_only_by_its_generic_form_joins_candidates() -> None:
    # pairs37: a unit the story never names in full (学院 alone) still has mentions
    ents = (
        Entity("e1", "Organization", "教育学院", ()),
        Entity("e2", "Organization", "明湖科技有限公司", ()),
        Entity("e3", "Village", "厚恕村", ()),
    )
    units = (
        UnitRef(0, 4, 4, "e1", "generic"),
        UnitRef(5, 13, 13, "e2", "org"),
        UnitRef(14, 16, 16, "e2", "generic"),  # 公司: back to the full name
        UnitRef(17, 20, 20, "e3", "place"),
    )
    got = lone_generic_refs(Resolution(ents, units, {}))
    assert [u.entity for u in got] == ["e1"]


def test_units_of_a_sentence_summed_up_by_the_next_are_candidates(reading_of) -> None:
    r = reading_of(
        "明湖科技有限公司投资80万元在唐昌镇战旗村修建文化广场。这是支部结对共建结出的成果。"
    )
    names = {e.id: e.name for e in r.base.entities}
    wins = {
        frozenset((names[c.candidate.a], names[c.candidate.b])): {
            o.window for o in c.candidate.occurrences
        }
        for c in r.choices
    }
    assert "this" in wins[frozenset(("战旗村", "明湖科技有限公司"))]


def test_a_next_sentence_that_does_not_sum_up_adds_no_candidate(reading_of) -> None:
    r = reading_of("明湖科技有限公司投资80万元在唐昌镇战旗村修建文化广场。会上宣读了结对共建名单。")
    assert frozenset(("战旗村", "明湖科技有限公司")) not in _pairs(r)


def test_sums_up_before_needs_the_opening_word_and_a_cue() -> None:
    from ingest.extract.pair_candidates import sums_up_before
    from ingest.model import Sentence

    text = "这些联点帮扶单位表现出了担当。"
    s = Sentence(0, len(text))
    assert sums_up_before(text, s, True)
    assert not sums_up_before(text, s, False)
    other = "联点帮扶单位表现出了担当。"
    assert not sums_up_before(other, Sentence(0, len(other)), True)
