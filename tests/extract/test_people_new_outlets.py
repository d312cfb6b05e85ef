"""People rules written from the misses on new outlets (people18): a credit bracket
closing a paragraph, names after a byline's name, a date after a titled name, and the
items of a 、-list after a found name. Invented names and sentences."""

from __future__ import annotations

from ingest.extract.people import (
    FoundPeople,
    bracket_closing_a_paragraph,
    date_after_name,
    names_after_byline_names,
    names_after_titles,
    names_in_bracketed_bylines,
    names_listed_after_found_names,
)
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def _names(found: FoundPeople) -> list[str]:
    return [pm.name for pm in sorted(found.by_span.values(), key=lambda p: p.start)]


def _bracket_bylines(text: str) -> list[str]:
    found = FoundPeople(text)
    names_in_bracketed_bylines(text, load_lexicon(), found)
    return _names(found)


def _after_byline(text: str, *byline_names: str) -> list[str]:
    """The people found in TEXT once BYLINE_NAMES are known as byline names."""
    found = FoundPeople(text)
    for name in byline_names:
        s = text.index(name)
        found.add(s, s + len(name), "byline")
    names_after_byline_names(text, load_lexicon(), found)
    return _names(found)


def test_a_bracket_of_names_closing_a_paragraph_is_a_credit() -> None:
    assert _bracket_bylines("为乡村振兴注入了新动能。(完)(邬明远)\n") == ["邬明远"]
    assert _bracket_bylines("活动取得圆满成功。(邬明远 柏小丽)\n下一段") == ["邬明远", "柏小丽"]


def test_a_bracket_that_names_no_person_or_runs_on_is_no_credit() -> None:
    lex = load_lexicon()
    text = "位于某县。(新华)\n"
    s = text.index("(")
    assert not bracket_closing_a_paragraph(text, s, s + 4, ["新华"], lex)
    # no sentence end before it, or text after it on its line
    assert _bracket_bylines("某社区书记(邬明远)\n") == []
    assert _bracket_bylines("活动取得成功。(邬明远)随后\n") == []


def test_names_set_off_by_blanks_after_a_byline_name() -> None:
    text = "本报讯 记者柏小丽 通讯员邬明远 龚德华报道:9日"
    assert _after_byline(text, "柏小丽", "邬明远") == ["柏小丽", "邬明远", "龚德华"]


def test_a_place_after_a_byline_name_is_no_name() -> None:
    assert _after_byline("本报讯(记者柏小丽 北京报道)", "柏小丽") == ["柏小丽"]


def test_a_date_after_a_titled_name_closes_it() -> None:
    assert date_after_name("某甲22日表示", 2)
    assert date_after_name("某甲3月22日在会上", 2)
    assert not date_after_name("某甲表示", 2)
    for text, name in (
        ("某区委常委、统战部长柏康22日表示,要加强合作。", "柏康"),
        ("区委书记龚明远3月22日在会上说。", "龚明远"),
    ):
        found = FoundPeople(text)
        names_after_titles(text, Tokens(text), load_lexicon(), found)
        assert _names(found) == [name]


def test_items_of_a_list_after_a_found_name() -> None:
    lex = load_lexicon()
    text = "部领导柏小丽、邬明远与社区同志座谈。"
    found = FoundPeople(text)
    s = text.index("柏小丽")
    found.add(s, s + 3, "role")
    names_listed_after_found_names(text, Tokens(text), lex, found)
    assert _names(found) == ["柏小丽", "邬明远"]
    # a dictionary word or a two-character item cut off a longer word ends the walk
    text = "学校的柏小丽、党支书记等人"
    found = FoundPeople(text)
    found.add(3, 6, "role")
    names_listed_after_found_names(text, Tokens(text), lex, found)
    assert _names(found) == ["柏小丽"]


def test_inner_mongolian_heads_are_titles_and_a_mongolian_name_after_one() -> None:
    lex = load_lexicon()
    assert {"苏木达", "嘎查达", "苏木长", "嘎查长"} <= set(lex.titles)
    text = "当日下午,某某苏木长乌力格斯琴、某某嘎查长某某驱车赶到。"
    found = FoundPeople(text)
    names_after_titles(text, Tokens(text), lex, found)
    assert "乌力格斯琴" in _names(found)


def test_a_closing_credit_bracket_takes_a_name_of_a_rarer_surname_beside_a_name() -> None:
    assert _bracket_bylines("活动圆满成功。 (柏小丽 求二)\n下一段") == ["柏小丽", "求二"]
    # no table-surname name in it: no credit
    assert _bracket_bylines("活动圆满成功。(新华 小康)\n") == []


def test_a_second_full_name_written_on_without_a_blank_closes_a_byline() -> None:
    text = "本报讯(本报记者王明 通讯员柏小丽龚德华)今天"
    assert _after_byline(text, "柏小丽") == ["柏小丽", "龚德华"]


def test_a_list_item_glued_to_the_next_word_after_a_found_name() -> None:
    text = "村民柏小丽、龚明远十分期待。"
    found = FoundPeople(text)
    found.add(2, 5, "role")
    names_listed_after_found_names(text, Tokens(text), load_lexicon(), found)
    assert _names(found) == ["柏小丽", "龚明远"]
