"""Titles of councils and Japanese municipal offices, and set phrases after a title
(units62, issue 13: Taiwan and sister-city pages write 议长, 副议长, 町长 and 教育长 before
or after the name; 某某议长全力支持 had made 全力支 a name). Invented names and
sentences."""

from __future__ import annotations

import pytest

from ingest.extract.people import opens_a_longer_word
from ingest.segment import Tokens
from tests.extract.people_helpers import people_in


@pytest.mark.parametrize(
    "text",
    [
        "市长甲某某与议长柯望舒一同出席签约仪式。",
        "市议会副议长柯望舒等8位议员来访。",
        "乡长甲某某与某某町长柯望舒完成签署。",
        "市教育长柯望舒代表签署。",
    ],
)
def test_a_name_after_a_council_or_japanese_office_title_is_a_person(text: str) -> None:
    assert "柯望舒" in people_in(text)


def test_a_name_before_the_speakers_title_is_a_person() -> None:
    assert people_in("感谢市议会甄浩铭议长全力支持。") == ["甄浩铭"]


@pytest.mark.parametrize(
    "text",
    ["参观国防教育长廊,听取学校介绍。", "建立起系统化的教育长效帮扶机制。"],
)
def test_words_holding_the_title_characters_make_no_name(text: str) -> None:
    assert people_in(text) == []


def test_a_set_phrase_after_a_title_is_no_name() -> None:
    text = "局长全力支持。"
    assert opens_a_longer_word(Tokens(text), 2, 5)
    assert people_in("感谢甄浩铭局长全力支持。") == ["甄浩铭"]
