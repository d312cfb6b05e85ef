"""People rules written from the misses on new outlets (people08): a second name after a
rank and 和, two names a byline ran together, a two-character name jieba keeps whole
before its title, 一行 after a two-character name, and Taiwan's ward chief (里长).
Invented names and sentences."""

from __future__ import annotations

from ingest.extract.people import (
    FoundPeople,
    names_joined_after_honorifics,
    one_word_after_a_two_character_name,
    two_characters_read_as_one_name,
    two_names_run_together,
)
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens
from tests.extract.people_helpers import people_in


def test_a_second_name_after_a_rank_and_and_is_a_person() -> None:
    text = "会上，张某某高级工程师和李某平副教授则介绍了情况。"
    found = FoundPeople(text)
    s = text.index("张某某")
    found.add(s, s + 3, "speech")
    names_joined_after_honorifics(text, Tokens(text), load_lexicon(), found)
    assert "李某平" in [pm.name for pm in found.by_span.values()]


def test_a_rank_and_and_before_an_ordinary_word_adds_no_one() -> None:
    text = "会上，张某某高级工程师和同事们介绍了情况。"
    found = FoundPeople(text)
    s = text.index("张某某")
    found.add(s, s + 3, "speech")
    names_joined_after_honorifics(text, Tokens(text), load_lexicon(), found)
    assert [pm.name for pm in found.by_span.values()] == ["张某某"]


def test_ranks_after_names_are_honorific_cues() -> None:
    assert "李某平" in people_in("会上，张某某高级工程师和李某平副教授则介绍了情况。")


def test_two_names_run_together_in_a_byline() -> None:
    text = "（记者 王某 通讯员 李甲赵乙）近日，"
    assert two_names_run_together(text, text.index("李甲"), load_lexicon()) == text.index("赵乙")
    assert {"李甲", "赵乙"} <= set(people_in(text))


def test_a_four_character_name_of_a_compound_surname_is_one_name() -> None:
    text = "（通讯员 欧阳某华）近日，"
    assert two_names_run_together(text, text.index("欧阳"), load_lexicon()) is None


def test_four_characters_running_on_are_no_two_names() -> None:
    text = "（通讯员 李甲赵乙丙）近日，"
    assert two_names_run_together(text, text.index("李甲"), load_lexicon()) is None


def test_a_name_jieba_keeps_whole_keeps_a_second_character_that_is_a_surname() -> None:
    text = "某县人民法院王季院长表示，"
    s = text.index("王季")
    assert two_characters_read_as_one_name(Tokens(text), s, s + 2)
    assert "王季" in people_in(text)


def test_a_surname_and_title_after_a_conjunction_is_still_no_name() -> None:
    assert "和郭" not in people_in("活动中，校长和郭书记一起到村。")


def test_yixing_after_a_two_character_name() -> None:
    text = "镇长李某一行到村调研"
    assert one_word_after_a_two_character_name(text, text.index("李某"))
    assert people_in(text) == ["李某"]
    assert "陈某乙" in people_in("党员赵某甲、陈某乙一行5人赴某市，")
    assert "钟某" in people_in("党员赵某甲、陈某乙、钟某一行5人赴某市，")
    assert "钟某一" not in people_in("党员赵某甲、陈某乙、钟某一行5人赴某市，")


def test_a_length_in_li_names_no_one() -> None:
    assert people_in("全长3公里长江大堤。") == []


def test_a_ward_chief_is_a_role_word() -> None:
    assert "蔡某枝" in people_in("某市某区文化里长蔡某枝表示，")


def test_first_review_credit_names_its_reviewer() -> None:
    assert people_in("审核:一审:赵某;二审:钱某某;三审:孙某某") == ["赵某", "钱某某", "孙某某"]


def test_an_assistant_manager_is_a_title() -> None:
    assert "于某燕" in people_in("某公司经理助理于某燕一行来到某村，")


def test_a_modern_surname_outside_the_old_list_names_a_person() -> None:
    assert "代某明" in people_in("某派出所所长代某明表示，")


def test_a_word_opening_with_that_surname_is_still_no_name() -> None:
    assert people_in("会上，村党支部书记代表全体党员发言。") == []


def test_a_name_after_a_village_closing_the_text_reads_past_no_end() -> None:
    assert people_in("某溪村林某生") == []
