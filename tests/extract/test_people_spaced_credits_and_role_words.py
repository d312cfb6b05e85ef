"""People rules of the people14 pass: bylines and credits printed letter-spaced, a
person's role word the title lexicon lacks (…代表, …人), a bracket or a quote between a
title and its name, a name before its title and 的, a verb jieba did not glue to the
name it follows. Invented names."""

from __future__ import annotations

from people_helpers import read_by, read_text_by, tokens_of

from ingest.extract.people import (
    FoundPeople,
    bracketed_other_post,
    closing_quote_of_a_title,
    names_after_role_words,
    names_after_titles,
    names_before_titles,
    possessive_after_title,
    role_word_of_a_person,
    spaced_names_in_labelled_fields,
    verb_after_a_two_character_name,
)
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def _after_titles(text: str) -> list[str]:
    found = FoundPeople(text)
    names_after_titles(text, Tokens(text), load_lexicon(), found)
    return [pm.name for pm in sorted(found.by_span.values(), key=lambda p: p.start)]


def test_a_letter_spaced_credit_line_gives_its_name() -> None:
    text = "（供稿：某某中学）\n编 辑：柏 岚\n二 审：邵 青\n三 审：倪晓军\n"
    assert read_text_by(spaced_names_in_labelled_fields, text) == ["柏 岚", "邵 青"]


def test_a_letter_spaced_field_of_a_place_or_date_names_nobody() -> None:
    assert read_text_by(spaced_names_in_labelled_fields, "地 址：北 京\n") == []
    assert read_text_by(spaced_names_in_labelled_fields, "来 源：新 华\n") == []
    assert read_text_by(spaced_names_in_labelled_fields, "编辑：柏 岚 说明\n") == []


def test_a_quoted_title_is_closed_before_the_name() -> None:
    assert _after_titles("村党支部的“第一书记”柏文浩了解情况。") == ["柏文浩"]
    assert closing_quote_of_a_title("“书记”甲", 1, 3) == 4
    assert closing_quote_of_a_title("书记”甲", 0, 2) == 2  # no opening quote


def test_a_bracketed_other_post_stands_between_title_and_name() -> None:
    text = "院长（某党某某市委会主委）邵思远，"
    assert _after_titles(text) == ["邵思远"]
    assert bracketed_other_post(text, 2, load_lexicon()) == 13
    assert bracketed_other_post("院长（某某医院）邵思远", 2, load_lexicon()) is None


def test_a_speaker_for_a_group_and_a_longer_role_in_ren() -> None:
    assert read_by(names_after_role_words, "博士生党员代表柏隆武以“四十年”为题发言。") == ["柏隆武"]
    assert read_by(names_after_role_words, "社区联系人邵秀英介绍说") == ["邵秀英"]


def test_a_verb_daibiao_or_a_short_word_in_ren_opens_no_name() -> None:
    assert read_by(names_after_role_words, "代表张家港市委出席。") == []
    assert read_by(names_after_role_words, "我个人王某认为") == []
    assert role_word_of_a_person("联系人", "人")
    assert not role_word_of_a_person("个人", "人")
    assert role_word_of_a_person("队员", "员")


def test_a_name_before_its_title_and_de() -> None:
    assert read_by(names_before_titles, "在村党支部的邵安群书记的带领下，大家来到村里。") == [
        "邵安群"
    ]
    assert read_by(names_before_titles, "在支部书记的带领下，大家来到村里。") == []
    text = "邵安群书记的带领"
    assert possessive_after_title(Tokens(text), 5)
    assert not possessive_after_title(Tokens("邵安群书记带领"), 5)


def test_a_verb_of_arriving_after_a_two_character_name_is_no_part_of_it() -> None:
    assert _after_titles("副站长柏刚到会指导。") == ["柏刚"]
    words = [("柏刚", "x"), ("到", "v"), ("会", "v"), ("指导", "n")]
    assert verb_after_a_two_character_name(tokens_of("柏刚到会指导", words), 0)
    words = [("柏刚", "x"), ("到", "p"), ("会", "v"), ("指导", "n")]
    assert not verb_after_a_two_character_name(tokens_of("柏刚到会指导", words), 0)
    words = [("柏", "nr"), ("刚到", "x"), ("会", "v"), ("指导", "n")]
    assert not verb_after_a_two_character_name(tokens_of("柏刚到会指导", words), 0)
