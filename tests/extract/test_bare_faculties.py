"""A school's faculty written bare by its field (units55, ``bare_faculties``). Sentences
and names are invented."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.bare_faculties import (
    bare_faculty_spans,
    faculty_in_context,
    field_name,
    list_siblings,
    opens_here,
)
from ingest.model import Extraction


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in bare_faculty_spans(text)]


def test_a_field_of_study_names_a_faculty() -> None:
    for field in ("国际", "继续教育", "政府管理", "政治与公共管理", "食品与药学", "土管"):
        assert field_name(field), field


def test_descriptions_and_sentence_words_are_no_field() -> None:
    for words in ("各", "二级", "相关", "驻村工作组在", "党支部书记王某某带领", "近日", "与管理"):
        assert not field_name(words), words


def test_a_name_opens_after_a_mark_a_joiner_a_date_or_the_writers_school() -> None:
    text = "3日,甲、乙与丙我院丁"
    assert opens_here(text, text.index("甲")) is not None  # after a comma
    assert opens_here(text, text.index("乙")) is not None  # after 、
    assert opens_here(text, text.index("丙")) is not None  # after 与
    assert opens_here(text, text.index("丁")) is not None  # after 我院
    assert opens_here(text, text.index("院")) is None  # inside a word


def test_the_siblings_of_a_list_item_stay_in_its_clause() -> None:
    text = "前言，甲处、乙学院、丙系负责人参加。下句、另句"
    s = text.index("乙学院")
    assert list_siblings(text, s, s + 3) == ["甲处", "丙系负责人参加"]
    assert list_siblings("前言，乙学院参加。", 3, 6) == []


def test_a_faculty_with_its_own_party_body() -> None:
    assert _found("11月3日,国际学院2020级学生党支部前往某某村") == ["国际学院"]
    assert _found("近日,电子科学系教工第一党支部与某某社区签约") == ["电子科学系"]
    assert _found(",政府管理学院党委组织师生党员赴某某村") == ["政府管理学院"]


def test_a_faculty_in_a_list_of_the_schools_units() -> None:
    text = "学校人事处、组织部、继续教育学院、后勤集团负责人参加。"
    assert _found(text) == ["继续教育学院"]
    text = "副院长甲,办公室主任某某及健康照护系、食品与药学系、思政课教学部代表参加"
    assert _found(text) == ["健康照护系", "食品与药学系"]


def test_a_faculty_after_the_writers_school() -> None:
    assert _found("3月1日,我院人文与社会科学系与某某街道签订协议") == ["人文与社会科学系"]


def test_a_bare_college_word_or_a_list_of_places_names_no_faculty() -> None:
    assert _found("走进特色乡村、种植基地、干部学院、产业园区调研") == []
    assert _found("各学院党委、二级学院党总支参加") == []
    assert _found("加强联系、密切关系、完善体系") == []
    assert _found("驻村工作组在学院党委的领导下开展工作") == []
    assert _found("管理学院编制了某某村的产业规划") == []  # no context shows a unit


def test_context_needs_a_party_body_a_list_or_the_writers_school() -> None:
    text = ",国际学院与某某村签约"
    s = text.index("国际")
    assert not faculty_in_context(text, s, s + 4)


def test_a_bare_faculty_is_a_unit_of_the_story(extract_text) -> None:
    ex: Extraction = extract_text(
        "某某大学与某某村开展结对共建。11月3日,国际学院2020级学生党支部前往某某村开展活动。"
    )
    assert "国际学院" in names(ex, "Organization")
