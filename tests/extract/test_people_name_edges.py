"""People rules written from the Person misses of new outlets (people09): a set phrase
after a name, a found name's glued third character, a transliterated name's lone last
character, bylines after a □, before a publication-time field and after a unit in a
labelled credit, and the lexicon rows of professional ranks, 干事, 联系户, 先生 and 率.
Invented names and sentences."""

from __future__ import annotations

from ingest.extract.name_edges import (
    credit_word_after_a_cue,
    glued_onto_a_found_name,
    idiom_after_name,
    name_after_a_unit_in_a_labelled_field,
    names_before_a_publication_field,
    names_run_together_after_a_square,
    split_at_byline_cues,
    transliterated_name_runs_on,
)
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens
from tests.extract.people_helpers import people_in


def test_an_idiom_after_a_name_closes_it() -> None:
    text = "某某办主任张某生如数家珍地介绍"
    e = text.index("如数家珍")
    assert idiom_after_name(Tokens(text), e)
    assert not idiom_after_name(Tokens(text), text.index("介绍"))
    assert "张某生" in people_in(text)


def test_a_glued_function_character_is_cut_from_a_found_name() -> None:
    text = "检察长李某就带着检察官走进某村"
    s = text.index("李某")
    assert glued_onto_a_found_name(text, s, s + 3, frozenset({"李某"})) == s + 2
    assert glued_onto_a_found_name(text, s, s + 3, frozenset({"王某"})) is None


def test_a_third_character_that_is_no_function_word_stays() -> None:
    text = "局长李某明介绍"
    s = text.index("李某")
    assert glued_onto_a_found_name(text, s, s + 3, frozenset({"李某"})) is None


def test_a_page_naming_the_short_name_cuts_every_glued_reading() -> None:
    text = "某区检察长卢甲出席。检察长卢甲用亲切的话语打开话匣子，检察长卢甲就带着干警走访。"
    assert set(people_in(text)) == {"卢甲"}


def test_a_lone_character_after_a_transliterated_reading_is_the_names() -> None:
    text = "某县县长尼玛次仁出席仪式。"
    toks = Tokens(text)
    s = text.index("尼玛")
    assert transliterated_name_runs_on(toks, s + 3, s + 4) or toks.starting_at(s + 3) is None
    assert not transliterated_name_runs_on(toks, s + 3, None)
    assert "尼玛次仁" in people_in(text)


def test_a_verb_after_a_three_character_reading_does_not_run_on() -> None:
    text = "县长某甲乙出席仪式。"
    toks = Tokens(text)
    s = text.index("某甲乙")
    assert not transliterated_name_runs_on(toks, s + 3, s + 4)


def test_names_run_together_after_a_square_are_a_byline() -> None:
    text = "某村建成蔬菜基地。\n□孙立锋杨莎吕朝辉\n某县中学"
    found = [
        text[s:e] for s, e in names_run_together_after_a_square(text, Tokens(text), load_lexicon())
    ]
    assert len(found) >= 2 and "".join(found) == text[text.index("□") + 1 : text.index("\n某县")]


def test_a_heading_after_a_square_names_no_one() -> None:
    text = "□某县新春走基层\n"
    assert names_run_together_after_a_square(text, Tokens(text), load_lexicon()) == []


def test_names_before_a_publication_time_field_are_a_byline() -> None:
    text = "某市加强党建\n\n赵某 钱某某 发布时间:2020-01-02 10:00:00\n"
    found = [text[s:e] for s, e in names_before_a_publication_field(text, load_lexicon())]
    assert found == ["赵某", "钱某某"]


def test_a_word_before_a_publication_time_field_is_no_name() -> None:
    text = "来源 发布时间:2020-01-02\n"
    assert names_before_a_publication_field(text, load_lexicon()) == []


def test_a_name_after_a_unit_in_a_labelled_credit() -> None:
    text = "某某新闻\n一审一校:某某学院 孙某喆\n二审二校:某某学院 周某略\n"
    found = [text[s:e] for s, e in name_after_a_unit_in_a_labelled_field(text, load_lexicon())]
    assert found == ["孙某喆", "周某略"]


def test_a_labelled_field_without_a_unit_names_no_one_here() -> None:
    text = "来源:某某日报 客户端\n"
    assert name_after_a_unit_in_a_labelled_field(text, load_lexicon()) == []


def test_professional_ranks_after_names_in_a_staff_list() -> None:
    found = people_in("义诊专家组，赵立新主治医师、钱明主治医师、孙丽护师等医护人员参加义诊。")
    assert {"赵立新", "钱明", "孙丽"} <= set(found)


def test_a_community_clerk_is_a_role() -> None:
    assert "吴某思" in people_in("某社区干事吴某思分享了经验。")


def test_a_household_a_cadre_visits_is_a_role() -> None:
    assert "郑某凤" in people_in("走访慰问联系户郑某凤一家。")


def test_a_name_before_xiansheng_is_a_person() -> None:
    assert "冯某夫" in people_in("某年，冯某夫先生捐资建了教学楼。")


def test_lead_is_no_given_names_last_character() -> None:
    assert people_in("某县委书记查文率党政代表团赴某市考察。") == ["查文"]


def test_a_cue_between_two_names_splits_a_bracketed_byline() -> None:
    cues = load_lexicon().byline_cues
    assert split_at_byline_cues(["邓立强记者秦播"], cues) == ["邓立强", "记者", "秦播"]
    assert {"邓立强", "秦播"} <= set(people_in("本报讯(邓立强记者秦播)我省召开会议。"))


def test_words_qualifying_the_cue_stay_on_it() -> None:
    cues = load_lexicon().byline_cues
    assert split_at_byline_cues(["全媒体记者秦播"], cues) == ["全媒体记者", "秦播"]
    assert people_in("日报消息(全媒体记者秦播报道)某日，") == ["秦播"]


def test_a_credit_word_after_a_cue_is_no_name() -> None:
    text = "会议现场。通讯员 供图\n"
    assert credit_word_after_a_cue(text, text.index("供图"), load_lexicon())
    assert not credit_word_after_a_cue("通讯员 秦播\n", 4, load_lexicon())
    assert people_in(text) == []


def test_an_adverb_and_a_copula_before_laoshi_are_no_name() -> None:
    assert people_in("实验课都是老师在讲台上讲。") == []
    assert "秦某播" in people_in("实验课由秦某播老师讲。")


def test_callings_in_jia_are_roles() -> None:
    assert "欧某颐" in people_in("某村是古代哲学家、文学家欧某颐后裔聚居地。")


def test_a_north_eastern_surname_reads_as_a_name() -> None:
    assert "冮某瑞" in people_in("某省政协副主席冮某瑞出席会议。")
