"""Councils of cities, counties and Japanese towns (units62, issue 13): Taiwan's pages and
sister-city stories name 某市议会 and 某町议会, whose speaker signs or attends; 议会 is no
ending of its own (会议会址, 倡议会员). Sentences and names are invented."""

from __future__ import annotations

from extract_helpers import names, posts

from ingest.extract.councils_and_offices import city_council_spans
from ingest.extract.pipeline import extract
from ingest.read.reader import read_text


def _spans(text: str) -> list[str]:
    return [text[a:b] for a, b in city_council_spans(text, [])]


def test_a_council_is_named_by_its_place_back_to_a_word_of_the_sentence() -> None:
    text = "和梅王子市议会副议长某某等8位市议员,与丁路町议会交流"
    assert _spans(text) == ["梅王子市议会", "丁路町议会"]


def test_the_council_of_the_storys_city_may_be_written_alone() -> None:
    assert _spans("市长某某、市议会副议长某某出席") == ["市议会"]


def test_words_holding_yihui_are_no_councils() -> None:
    assert _spans("参观遵义会议会址,倡议会员单位参加,省议会") == []


def test_a_councils_speaker_holds_his_post_there() -> None:
    (article,) = read_text("市长一行和梅王子市议会副议长甄浩铭等8位市议员来访。", "t.txt")
    ex = extract(article)
    assert "梅王子市议会" in names(ex, "Organization")
    assert ("甄浩铭", "副议长", "梅王子市议会") in posts(ex)
