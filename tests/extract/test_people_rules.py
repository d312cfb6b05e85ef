"""Each rule of :func:`ingest.extract.people.find_people` on its own: a sentence with
invented names in, the names that rule accepts out."""

from __future__ import annotations

from collections.abc import Callable

from ingest.extract.people import (
    FoundPeople,
    PostClaim,
    authors_of_works,
    concurrent_mark,
    conjunctions_cut_from_names,
    names_after_cues,
    names_after_role_words,
    names_after_titles,
    names_before_titles,
    names_in_bracketed_bylines,
    names_in_credit_lines,
    names_in_lists,
    names_joined_by_and,
    names_of_authors_and_name_lines,
    names_opening_a_line_before_a_title,
    names_seen_earlier_on_the_page,
    repeats_of_names,
    speakers_before_cues,
)
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def found_by(rule: Callable[..., object], text: str, *, with_tokens: bool = True) -> list[str]:
    found = FoundPeople(text)
    if with_tokens:
        rule(text, Tokens(text), load_lexicon(), found)
    else:
        rule(text, load_lexicon(), found)
    return [pm.name for pm in sorted(found.by_span.values(), key=lambda p: p.start)]


def test_a_name_after_a_title_and_the_names_listed_after_it() -> None:
    assert found_by(names_after_titles, "镇党委副书记、镇长龚宁远、包晓丹等陪同。") == [
        "龚宁远",
        "包晓丹",
    ]


def test_a_name_jieba_does_not_know_is_the_name_after_a_title_whatever_follows() -> None:
    # jieba reads the words after the name as one name-tagged word
    assert found_by(names_after_titles, "纪委书记邬靖文应邀出席了本次活动。") == ["邬靖文"]


def test_a_function_character_glued_to_a_given_name_is_not_part_of_it() -> None:
    assert found_by(names_after_titles, "党总支书记严秀以“小区治理”为题作了分享。") == ["严秀"]
    assert found_by(names_after_titles, "党建办副主任柯潺及相关代表参会。") == ["柯潺"]


def test_a_verb_character_glued_to_a_name_is_not_its_last_character() -> None:
    assert found_by(names_after_titles, "镇长龚捷作总结讲话。") == ["龚捷"]


def test_byline_cues_with_a_symbol_or_slash_and_names_listed_after_them() -> None:
    assert found_by(names_after_cues, "◎本文责编/鄢芳\n") == ["鄢芳"]
    assert found_by(names_after_cues, "编辑:司安琪、卢泽宁\n") == ["司安琪", "卢泽宁"]
    assert found_by(names_after_cues, "作者: ■储华钰 来源:某某报\n") == ["储华钰"]


def test_a_role_word_before_a_name_is_evidence() -> None:
    assert found_by(names_after_role_words, "安全员曾令桂说：“放心。”") == ["曾令桂"]
    assert found_by(names_after_role_words, "村民刘增旺感慨道。") == ["刘增旺"]
    assert found_by(names_after_role_words, "项目负责人殷华，在四个分部设置责任区。") == ["殷华"]


def test_a_verb_phrase_ending_like_a_role_is_not_one() -> None:
    assert found_by(names_after_role_words, "转化为为民惠民的实际行动。") == []


def test_a_name_written_before_its_title() -> None:
    assert found_by(names_before_titles, "今年省政协邝成鸣副主席在县里调研。") == ["邝成鸣"]
    assert found_by(names_before_titles, "与名誉村主任覃伟董事长谈项目。") == ["覃伟"]


def test_a_surname_with_a_title_or_a_glued_character_is_no_name_before_a_title() -> None:
    assert found_by(names_before_titles, "王老师和郭书记也参加了活动。") == []
    assert found_by(names_before_titles, "听取了中澜某谷董事长就园区情况的汇报。") == []


def test_a_speaker_at_the_start_of_a_clause() -> None:
    assert found_by(speakers_before_cues, "会上，唐永福书记指出，要抓落实。") == ["唐永福"]


def test_names_in_a_bracketed_byline() -> None:
    got = found_by(names_in_bracketed_bylines, "本报讯（通讯员 许小兵）3月5日", with_tokens=False)
    assert got == ["许小兵"]


def test_the_author_of_a_titled_work() -> None:
    assert found_by(authors_of_works, "如某区委党校周明德的《筑牢信念》。") == ["周明德"]


def test_byline_authors_and_a_line_holding_a_name_alone() -> None:
    found = FoundPeople("文章由邱一鸣撰写。\n甘小雨\n")
    names_of_authors_and_name_lines(found.text, ["邱一鸣"], load_lexicon(), found)
    assert sorted(pm.name for pm in found.by_span.values()) == ["甘小雨", "邱一鸣"]


def test_a_list_of_name_shaped_words_holding_an_accepted_name() -> None:
    text = "参加者：甘雨、邱明、祁小川。"
    found = FoundPeople(text)
    found.add(4, 6, "title")
    names_in_lists(text, load_lexicon(), found)
    assert sorted(pm.name for pm in found.by_span.values()) == ["甘雨", "祁小川", "邱明"]


def test_every_other_occurrence_of_an_accepted_name_is_the_same_person() -> None:
    text = "镇长甘雨主持。甘雨说，要抓落实。"
    found = FoundPeople(text)
    found.add(2, 4, "title")
    repeats_of_names(text, Tokens(text), found)
    assert [(pm.start, pm.rule) for pm in found.by_span.values()] == [(2, "title"), (7, "repeat")]


def test_a_name_jieba_glued_to_the_word_after_it_is_still_the_name_after_a_title() -> None:
    # jieba reads 民说 / 进率 / 洪等 as words: the name ends where the next word begins
    assert found_by(names_after_titles, "某社区党委书记茅力鸿说：“很好。”") == ["茅力鸿"]
    assert found_by(names_after_titles, "县长柏启进率考察团到我县考察。") == ["柏启进"]
    assert found_by(names_after_titles, "镇党委书记祁宏洪等20余人出席。") == ["祁宏洪"]
    assert found_by(names_after_titles, "某中学校长蔺琰着重介绍了做法。") == ["蔺琰"]


def test_a_dictionary_word_across_the_end_is_no_name_end() -> None:
    # 参与 is one word: the name is 岑骏, not 岑骏参
    assert found_by(names_after_titles, "区政府秘书长岑骏参与座谈。") == ["岑骏"]


def test_a_conjunction_after_a_title_opens_no_name() -> None:
    assert found_by(names_after_titles, "甲镇党委书记和桐溪街道党委书记分别发言。") == []


def test_new_titles_of_prefectures_enterprises_and_courts() -> None:
    assert found_by(names_after_titles, "自治州委常委、副州长鄢立闻，") == ["鄢立闻"]
    assert found_by(names_after_titles, "某某集团副总裁冼皓霖出席。") == ["冼皓霖"]
    assert found_by(names_after_titles, "庭长翟永祯，法官阙晓坤，") == ["翟永祯", "阙晓坤"]
    assert found_by(names_after_titles, "管委会委员、纪检组组长栾启恩出席会议") == ["栾启恩"]


def test_a_name_before_a_head_of_state_title() -> None:
    assert found_by(names_before_titles, "深入学习贯彻邬振华总书记在座谈会上的讲话。") == ["邬振华"]


def test_leaders_of_a_level_are_a_role_and_a_list_follows() -> None:
    assert found_by(names_after_role_words, "县领导蒯立苗参加揭牌仪式。") == ["蒯立苗"]
    assert found_by(names_after_role_words, "安全员彭大为进行了点评；") == ["彭大为"]


def test_a_role_word_before_an_ordinary_word_or_a_cue_finds_no_name() -> None:
    assert found_by(names_after_role_words, "区领导来我镇调研。") == []
    assert found_by(names_after_role_words, "8位领导应邀参加会议。") == []
    assert found_by(names_after_role_words, "在党员常态化学习的同时") == []
    assert found_by(names_after_role_words, "对班子成员和岗位需求进行统筹") == []


def test_letter_spaced_byline_cues_and_a_bar_before_the_name() -> None:
    assert found_by(names_after_cues, "编 辑丨蔺雨彤\n终 审丨阚振川\n") == ["蔺雨彤", "阚振川"]


def test_a_byline_name_jieba_reads_as_words_is_closed_by_the_line_end() -> None:
    assert found_by(names_after_cues, "某某网记者 岑海峰\n2024年3月9日") == ["岑海峰"]


def test_a_heading_line_or_a_byline_that_is_an_ordinary_word_is_no_name() -> None:
    found = FoundPeople("社区。\n荣誉\n被评为。\n阚振川\n")
    names_of_authors_and_name_lines(found.text, ["荣誉"], load_lexicon(), found)
    assert [pm.name for pm in found.by_span.values()] == ["阚振川"]


def test_a_name_joined_by_he_to_an_accepted_name_is_a_person() -> None:
    found = FoundPeople("某村村民柯朝晖和阙玉芹创办了加工坊。")
    toks = Tokens(found.text)
    names_after_role_words(found.text, toks, load_lexicon(), found)
    names_joined_by_and(found.text, toks, load_lexicon(), found)
    assert sorted(pm.name for pm in found.by_span.values()) == ["柯朝晖", "阙玉芹"]


def test_a_title_a_blank_and_a_name_closing_the_line() -> None:
    assert found_by(names_after_titles, "文_某某供电公司总经理 甘启伟\n目前，") == ["甘启伟"]


def test_a_name_line_after_a_box_symbol() -> None:
    found = FoundPeople("促成合作。\n□阚振川\n")
    names_of_authors_and_name_lines(found.text, [], load_lexicon(), found)
    assert [pm.name for pm in found.by_span.values()] == ["阚振川"]


def test_two_words_ending_alike_are_no_role_and_name() -> None:
    assert found_by(names_after_role_words, "开展形式多样的便民惠民活动。") == []


def test_a_name_an_earlier_story_of_the_page_found_is_the_same_person() -> None:
    found = FoundPeople("会后，阚振川走访了村里的困难户。")
    toks = Tokens(found.text)
    names_seen_earlier_on_the_page(found.text, toks, ["阚振川"], load_lexicon(), found)
    assert [(pm.name, pm.rule) for pm in found.by_span.values()] == [("阚振川", "page")]
    # inside a longer word it is not the name
    found = FoundPeople("阚振川路整修完成。")
    names_seen_earlier_on_the_page(found.text, Tokens(found.text), ["阚振"], load_lexicon(), found)
    assert list(found.by_span.values()) == []


def test_a_line_opening_with_a_name_before_a_unit_and_title() -> None:
    text = "新任名誉村长如下：\n蔺振川 某某科技有限公司总经理，任某村名誉村长；\n工作 动态\n"
    assert found_by(names_opening_a_line_before_a_title, text, with_tokens=False) == ["蔺振川"]


def test_a_place_before_its_committee_s_title_is_no_person() -> None:
    # 方岭区委常委: 方 is a surname, but 区委 makes 方岭 the district's name.
    assert found_by(speakers_before_cues, "。方岭区委常委、组织部部长致辞。") == []
    assert found_by(names_before_titles, "会上，方岭县委副书记发言。") == []
    # a title that names no division keeps the name before it
    assert found_by(speakers_before_cues, "。方岭书记指出，要做好工作。") == ["方岭"]


def test_a_long_name_without_a_table_surname_after_a_title() -> None:
    # names of minority peoples (four to six characters, no surname of the table), when
    # jieba reads them as one unknown word closed by punctuation
    assert found_by(names_after_titles, "县委副书记、县长嘎玛朗措，副县长尤嘉出席。") == [
        "嘎玛朗措",
        "尤嘉",
    ]
    # an ordinary word after a title is no name
    assert found_by(names_after_titles, "党支部书记主责主业，抓好落实。") == []


def test_a_name_before_wei_tuo_is_the_one_who_entrusted() -> None:
    assert found_by(speakers_before_cues, "。受市政协主席尤萌芽委托，副主席带队。") == []
    assert found_by(names_after_titles, "受市政协党组书记、主席尤萌芽委托，副主席带队。") == [
        "尤萌芽"
    ]


def test_a_name_jieba_knows_before_its_title_whatever_follows() -> None:
    # the title is followed by a noun phrase, not a verb: only a name jieba's dictionary
    # tags as a person's counts there
    assert found_by(names_before_titles, "以及王建国总书记扶贫开发重要战略思想。") == ["王建国"]
    assert found_by(names_before_titles, "，张卫东董事长扶贫开发工作。") == ["张卫东"]
    # a unit's ending is no name, however jieba tags it
    assert found_by(names_before_titles, "市委宣传部书记扶贫开发工作。") == []


def test_the_names_of_a_credit_line_even_a_pen_name_after_a_byline_cue() -> None:
    text = "活动侧记\n社区通讯/龚宁远 编辑/晓岚\n7月5日，社区举行演出。"
    assert found_by(names_in_credit_lines, text, with_tokens=False) == ["龚宁远", "晓岚"]


def test_a_credit_line_needs_a_byline_cue_and_a_line_of_its_own() -> None:
    assert found_by(names_in_credit_lines, "社区通讯/龚宁远 活动/晓岚", with_tokens=False) == []
    text = "编辑/晓岚 说明/龚宁远，活动圆满结束。"
    assert found_by(names_in_credit_lines, text, with_tokens=False) == []


def test_concurrently_joins_two_titles_but_not_a_part_time_word() -> None:
    lex = load_lexicon()
    text = "丙丁村党支部书记兼村委会主任柯望舒"
    assert concurrent_mark(text, text.index("兼") + 1, lex)
    text = "丙丁村大党委兼职委员柯望舒"
    assert not concurrent_mark(text, text.index("兼") + 1, lex)
    text = "丙丁村统筹兼顾"
    assert not concurrent_mark(text, text.index("兼") + 1, lex)


def test_a_name_whose_last_character_jieba_glued_into_a_noun_after_it() -> None:
    """县长某某利率队: jieba reads 利率 (a noun) across the name's end; 率 is the verb."""
    assert found_by(names_after_titles, "县长柯望利率队考察。") == ["柯望利"]
    assert found_by(names_after_titles, "副镇长闵知参与了活动。") == ["闵知"]


def _cut(text: str, names: tuple[str, ...]) -> list[str]:
    found = FoundPeople(text)
    for name in names:
        s = text.index(name)
        found.add(s, s + len(name), "title")
    conjunctions_cut_from_names(text, load_lexicon(), found, [])
    return sorted(pm.name for pm in found.by_span.values())


def test_a_conjunction_read_into_a_name_is_cut_off() -> None:
    text = "甲书记和郑柏舟书记签订协议,社区书记钱念与乙社区书记发言。"
    assert _cut(text, ("和郑柏舟", "钱念与")) == ["郑柏舟", "钱念"]


def test_a_conjunction_stays_where_it_may_be_the_name() -> None:
    # 和 opens no name but after a title; 与 before punctuation may close a given name
    assert _cut("会见和柏舟,委员钱念与。", ("和柏舟", "钱念与")) == ["和柏舟", "钱念与"]


def test_the_title_claimed_for_a_cut_name_moves_with_it() -> None:
    text = "甲书记和郑柏舟书记"
    found = FoundPeople(text)
    old = found.add(3, 7, "title")
    claims = [PostClaim(old, ())]
    moved = conjunctions_cut_from_names(text, load_lexicon(), found, claims)
    assert [c.person.name for c in moved] == ["郑柏舟"]
