"""A name right after a title whose clause goes on with a word jieba knows but tags as a
noun, a time word, a numeral or a set phrase rather than a verb (posts39, issue 13: of the
Person misses of the readable articles with a title right before the name, a dozen were
closed so: 汇报/nz, 通报/n, 先后/t, 七日/t, 多方/m, 专程/n, 喜上眉梢/i …).

Invented names and sentences; no name from an article."""

from __future__ import annotations

import pytest

from ingest.extract.dotted_names import last_part_before_a_word
from ingest.extract.people import function_word_opening, name_before_a_dictionary_word
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens
from tests.extract.people_helpers import people_in


def end_after(text: str, title: str) -> int | None:
    i = text.index(title) + len(title)
    return name_before_a_dictionary_word(text, i, Tokens(text), load_lexicon())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("青禾镇党委书记韦明朗汇报了近期工作。", "韦明朗"),  # 汇报 tagged nz
        ("青禾中学校长柯端阳七日上午与东山中学签署协定。", "柯端阳"),  # a day in numerals
        ("青禾公司董事长邝海波多方争取资金。", "邝海波"),  # 多方 tagged m
        ("青禾村党支部书记覃国庆喜上眉梢。", "覃国庆"),  # an idiom
        ("青禾公司党委副书记蔺宇专程来到结对村。", "蔺宇"),  # two characters, 专程 a noun
        ("青禾县政协副主席阮成财通报有关情况。", "阮成财"),  # 通报 tagged n
    ],
)
def test_a_titled_name_before_a_noun_tagged_predicate_is_a_person(text: str, name: str) -> None:
    assert name in people_in(text)


def test_the_rule_reads_the_name_between_two_word_boundaries() -> None:
    text = "青禾镇党委书记韦明朗汇报了近期工作。"
    assert end_after(text, "党委书记") == text.index("汇报")
    # the next word must be a dictionary word of two characters or more
    text = "青禾镇党委书记韦明朗委详细介绍了情况。"
    assert end_after(text, "党委书记") is None


@pytest.mark.parametrize(
    "text",
    [
        "青禾镇党委书记和青禾村村民参加活动。",  # a conjunction
        "青禾公司党支部书记来青禾村调研。",  # a one-character verb
        "青禾县委书记向青禾镇干部提出要求。",  # a preposition before names
        "青禾公司董事长谈项目投资事宜。",
    ],
)
def test_a_clause_going_on_with_a_function_word_names_nobody(text: str) -> None:
    assert people_in(text) == []


def test_a_function_word_opening() -> None:
    text = "董事长谈项目投资事宜"
    assert function_word_opening(Tokens(text), 3, "谈项目")
    text = "董事长邝海波多方争取"
    assert not function_word_opening(Tokens(text), 3, "邝海波")


def test_a_dotted_name_after_a_title_before_a_noun_tagged_word() -> None:
    # 代表 is a noun to jieba: the last part used to run on, and the surname rules kept
    # only a surname-shaped start of the name (阿不)
    text = "会上,青禾县委副书记、代理县长阿不都·热合曼代表县委致辞。"
    assert "阿不都·热合曼" in people_in(text)
    text = "阿不都·热合曼代表县委致辞。"
    end = last_part_before_a_word(text, text.index("热"), len(text) - 1, Tokens(text))
    assert end == text.index("代表")
    # with no title before it, a dotted run before a noun is no name (a slogan's parts)
    assert "阿不都·热合曼" not in people_in("阿不都·热合曼代表县委致辞。")
