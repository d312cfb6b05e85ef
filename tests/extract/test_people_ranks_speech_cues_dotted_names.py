"""People rules of the people8 pass (issue 13): forms of names and contexts no article of
the training data showed — professional ranks before a name, more speech cues, names in
parts joined by a middle dot. Invented names."""

from __future__ import annotations

from people_helpers import found_names, read_by, read_text_by

from ingest.extract.dotted_names import dotted_names_before_cues, part_is_namelike
from ingest.extract.people import (
    FoundPeople,
    dotted_names_opening_clauses,
    names_after_cues,
    names_after_role_words,
    names_after_titles,
    names_before_apposed_titles,
    names_before_credit_roles,
    names_listed_after_a_colon,
    names_listed_after_credit_labels,
    names_listed_before_found_names,
    names_reported_by,
    speakers_before_cues,
)
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def test_a_professional_rank_or_calling_before_a_name_is_a_role_word() -> None:
    assert read_by(names_after_role_words, "某学院副教授岳霞参加活动。") == ["岳霞"]
    assert read_by(names_after_role_words, "某学院讲师殷杰参加活动。") == ["殷杰"]
    assert read_by(names_after_role_words, "某医院主任医师殷杰参加活动。") == ["殷杰"]
    assert read_by(names_after_role_words, "派出所民警庞斌走访农户。") == ["庞斌"]


def test_telling_the_reporter_is_a_speech_cue() -> None:
    assert read_by(speakers_before_cues, "郑宇凯告诉记者，今年村里新建厂房。") == ["郑宇凯"]


def test_a_dotted_name_after_a_title_is_taken_whole() -> None:
    found = read_by(names_after_titles, "某乡党委书记热合曼·吐尔逊表示，将推进共建。")
    assert found == ["热合曼·吐尔逊"]
    assert read_by(names_after_titles, "副县长阿卜杜拉·买买提出席仪式。") == ["阿卜杜拉·买买提"]


def test_a_dotted_name_opening_a_clause_needs_a_cue_or_verb_after_it() -> None:
    assert read_by(dotted_names_opening_clauses, "买买提·艾力参加了座谈。") == ["买买提·艾力"]
    assert read_by(dotted_names_opening_clauses, "热合曼•吐尔逊表示，要办好。") == ["热合曼•吐尔逊"]
    assert read_by(dotted_names_opening_clauses, "买买提·艾力。") == []


def test_slogans_and_places_joined_by_a_dot_are_no_names() -> None:
    lex = load_lexicon()
    for text in (
        "“邻里同心·共建家园”活动启动。",
        "校地共建•携手同行促振兴。",
        "百日行动·某北行动开展。",
    ):
        assert dotted_names_before_cues(text, Tokens(text), lex) == []
    assert not part_is_namelike("邻里同心")
    assert not part_is_namelike("在东林")
    assert part_is_namelike("买买提")


def test_a_name_between_blanks_after_a_title_is_the_titles() -> None:
    assert read_by(names_after_titles, "某公司总经理 韩志强 在仪式上发言。") == ["韩志强"]
    assert read_by(names_after_titles, "某公司总经理 韩志强表示，将全力支持。") == ["韩志强"]


def test_a_list_of_names_after_a_colon_or_a_list_opener() -> None:
    text = "出席签约仪式的有：汪海涛、郑宇凯、柯晓林。"
    assert read_text_by(names_listed_after_a_colon, text) == ["汪海涛", "郑宇凯", "柯晓林"]
    text = "参加活动的领导有汪海涛、郑宇凯。"
    assert read_text_by(names_listed_after_a_colon, text) == ["汪海涛", "郑宇凯"]


def test_a_list_after_a_colon_holding_a_unit_or_a_word_lists_no_people() -> None:
    assert read_text_by(names_listed_after_a_colon, "共建单位：西山村、东林社区。") == []
    assert read_text_by(names_listed_after_a_colon, "主要内容：学习、讨论、交流。") == []


def test_a_name_after_a_title_and_a_colon() -> None:
    assert read_by(names_after_titles, "西山村党支部书记：郑宇凯\n") == ["郑宇凯"]
    assert read_by(names_after_titles, "西山村党支部书记： 郑宇凯，男。") == ["郑宇凯"]


def test_a_blank_before_a_photo_credit() -> None:
    assert read_text_by(names_before_credit_roles, "图为活动现场。郑宇凯 摄\n") == ["郑宇凯"]
    assert read_text_by(names_before_credit_roles, "（郑宇凯、韦宁 摄影）") == ["郑宇凯", "韦宁"]


def test_review_stages_are_byline_cues() -> None:
    text = "初审：郑宇凯 复审：韦宁 终审：庞斌"
    assert read_by(names_after_cues, text) == ["郑宇凯", "韦宁", "庞斌"]


def test_a_title_in_apposition_after_a_name() -> None:
    text = "郑宇凯（西山村党支部书记）在会上发言。"
    assert read_text_by(names_before_apposed_titles, text) == ["郑宇凯"]
    text = "郑宇凯，西山村党支部书记，从事村务工作20年。"
    assert read_text_by(names_before_apposed_titles, text) == ["郑宇凯"]
    assert read_text_by(names_before_apposed_titles, "会议指出，村党支部书记要带头。") == []


def test_rare_surnames_of_the_standard_list_shape_a_name() -> None:
    assert read_by(names_after_titles, "镇党委书记经明辉表示，要办好。") == ["经明辉"]
    assert read_by(names_after_titles, "社区主任郏晓燕介绍情况。") == ["郏晓燕"]


def test_titles_of_outlets_parties_and_brigades_open_a_name() -> None:
    assert read_by(names_after_titles, "东林电视台台长郑宇凯介绍情况。") == ["郑宇凯"]
    assert read_by(names_after_titles, "九三学社东林市委主委韦宁出席。") == ["韦宁"]
    assert read_by(names_after_titles, "消防救援总队副总队长庞斌出席。") == ["庞斌"]


def test_production_credits_and_a_place_credited_before_a_name() -> None:
    text = "视频：郑宇凯 剪辑：韦宁 监制：庞斌"
    assert read_text_by(names_listed_after_credit_labels, text) == ["郑宇凯", "韦宁", "庞斌"]
    assert read_text_by(names_listed_after_credit_labels, "供稿：东林镇 郑宇凯") == ["郑宇凯"]


def test_a_list_ending_in_a_found_name_is_a_list_of_names() -> None:
    found = FoundPeople("郑宇凯、韦宁、庞斌同志参加活动。")
    found.add(7, 9, "honorific")  # 庞斌, found by 同志
    toks = Tokens(found.text)
    names_listed_before_found_names(found.text, toks, load_lexicon(), found)
    assert found_names(found) == ["郑宇凯", "韦宁", "庞斌"]


def test_a_name_reported_by_and_a_speaker_with_a_manner_word() -> None:
    assert read_text_by(names_reported_by, "据郑宇凯介绍，村里变化很大。") == ["郑宇凯"]
    assert read_text_by(names_reported_by, "据村民介绍，村里变化很大。") == []
    assert read_by(speakers_before_cues, "“变化很大，”郑宇凯高兴地说。") == ["郑宇凯"]
