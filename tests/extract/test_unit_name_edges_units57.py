"""Edges of units' names on unseen outlets (issue 13, units57): classes counted on the
unit misses of the readable articles. Sentences and unit names are invented; places are
the gazetteer's (reference data)."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.orgs import bracketed_place
from ingest.model import Extraction, PlaceMention

# A bracketed place inside a unit's name locates the unit (orgs.bracket_in_name).


def test_a_bracketed_place_inside_a_units_name_is_part_of_it(extract_text) -> None:
    ex: Extraction = extract_text("晋江代表团还为晋江(长汀)工业园区管理委员会揭牌。")
    assert "晋江(长汀)工业园区管理委员会" in names(ex, "Organization")


def test_the_word_before_the_bracket_stays_in_the_name(extract_text) -> None:
    # 数字 is a common word the trim would drop: the bracket locates it, so it stays
    ex: Extraction = extract_text("由数字(福建)安溪产业园区负责产业发展。")
    assert "数字(福建)安溪产业园区" in names(ex, "Organization")


def test_a_bracketed_place_before_a_stationed_team_is_the_senders_location(extract_text) -> None:
    ex: Extraction = extract_text(
        "在天津市宝坻区林亭口镇李伯庄村，中国海油(渤海地区)驻村工作队助力村庄发展。"
    )
    assert "中国海油" in names(ex, "Organization")


def test_bracketed_place_reads_the_storys_places_and_place_names() -> None:
    village = PlaceMention(0, 3, "甲头村", "Village", "village", "甲头村", None)
    assert bracketed_place("甲头", [village])  # the short form of a linked place
    assert bracketed_place("杭州", [])  # a place name jieba knows
    assert not bracketed_place("扩大", [village])
