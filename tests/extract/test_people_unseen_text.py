"""People rules of the people6 pass (issue 13), from the classes of misses on articles
read before any rule saw them: role words before a name (学生, 老师, 脱贫户, 劳动模范),
bylines in 【】, credits of several names. Invented names."""

from __future__ import annotations

from collections.abc import Callable

from people_helpers import found_names, read_by, read_text_by

from ingest.extract.people import (
    FoundPeople,
    name_after_a_cut_title,
    name_closing_a_source_line,
    names_after_cues,
    names_after_role_words,
    names_after_titles,
    names_before_credit_roles,
    names_in_bracketed_bylines,
    names_in_lists,
    names_listed_after_credit_labels,
    word_named_in_a_list_of_posts,
)
from ingest.lexicon import Lexicon, load_lexicon
from ingest.segment import Tokens


def bracketed(text: str) -> list[str]:
    return read_text_by(names_in_bracketed_bylines, text)


def test_a_student_a_teacher_and_a_household_are_role_words() -> None:
    assert read_by(names_after_cues, "该院大二学生邵雨婕有了不小的成就感。") == ["邵雨婕"]
    assert read_by(names_after_cues, "辅导老师柏桂园等出席了仪式。") == ["柏桂园"]
    assert read_by(names_after_cues, "村里的脱贫户邵广华迎了出来。") == ["邵广华"]


def test_a_name_jieba_glued_to_the_word_after_a_role_word_keeps_its_last_character() -> None:
    assert read_by(names_after_cues, "东营市劳动模范柏小华为“产业教授”。") == ["柏小华"]


def test_a_role_word_before_an_ordinary_word_finds_no_name() -> None:
    assert read_by(names_after_cues, "党员志愿者、青年志愿者齐上阵，向商铺宣传。") == []


def test_a_byline_cue_in_square_brackets() -> None:
    text = "【全媒体记者】柏文川\n【通讯员】邵景涛\n"
    assert read_by(names_after_cues, text) == ["柏文川", "邵景涛"]


def test_a_short_form_of_branch_secretary_is_a_title() -> None:
    assert read_by(names_after_titles, "主任邵志勇、党支书记柏永春等党员参加。") == [
        "邵志勇",
        "柏永春",
    ]


def test_a_name_before_the_verb_of_leading_a_study() -> None:
    assert read_by(names_after_titles, "随后，副镇长柏平桥领学了党规党纪。") == ["柏平桥"]


def test_words_and_pictures_close_a_bracketed_credit() -> None:
    assert bracketed("赢得了好评。（邵富林 柏江娟/文图）") == ["邵富林", "柏江娟"]


def test_a_conjunction_after_a_role_word_opens_no_name() -> None:
    assert read_by(names_after_cues, "王老师和郭书记也参加了活动。") == []


def test_a_title_jieba_cut_across_is_read_again_from_its_end() -> None:
    cut = "党支书记柏永春等"  # jieba: 党支书|记柏|永春
    assert name_after_a_cut_title(cut, 4, Tokens(cut), load_lexicon()) == 7
    whole = "镇长柏永春说"  # the title ends on a word boundary: nothing to read again
    assert name_after_a_cut_title(whole, 2, Tokens(whole), load_lexicon()) is None


def by_text_rule(rule: Callable[[str, Lexicon, FoundPeople], None], text: str) -> list[str]:
    """The names a rule that reads the text alone (no words) finds in ``text``."""
    found = FoundPeople(text)
    rule(text, load_lexicon(), found)
    return found_names(found)


def test_every_name_a_credit_label_lists() -> None:
    rule = names_listed_after_credit_labels
    assert by_text_rule(rule, "图:邵育腾\n文:柏雨楠、邵泽敏\n") == ["邵育腾", "柏雨楠", "邵泽敏"]
    assert by_text_rule(rule, "（供稿:柏煜显 审核:邵燕）") == ["柏煜显", "邵燕"]
    assert by_text_rule(rule, "（责编:邵忠益 柏娟 审核:邵艳秋）") == ["邵忠益", "柏娟", "邵艳秋"]


def test_a_credited_unit_is_passed_over_and_a_word_ends_the_credit() -> None:
    rule = names_listed_after_credit_labels
    assert by_text_rule(rule, "审核:某某学院 柏艳平\n") == ["柏艳平"]
    assert by_text_rule(rule, "编辑:柏娟 发展 邵燕\n") == ["柏娟"]
    assert by_text_rule(rule, "论文:关于发展的思考") == []  # a role read inside a word


def test_names_before_a_slash_and_their_credit_role() -> None:
    text = "邵闯、柏泽鑫、邵伟民/文 柏新娟/摄\n"
    assert by_text_rule(names_before_credit_roles, text) == ["邵闯", "柏泽鑫", "邵伟民", "柏新娟"]
    assert by_text_rule(names_before_credit_roles, "发展、改革/文\n") == []


def test_the_author_closing_a_source_line() -> None:
    rule = name_closing_a_source_line
    assert by_text_rule(rule, "来源:某教网  柏杨\n正文") == ["柏杨"]
    assert by_text_rule(rule, "信息来源:某某系 邵国亮\n2015年") == ["邵国亮"]
    assert by_text_rule(rule, "来源:某某日报 发展\n") == []


def test_a_role_cue_jieba_cut_across_is_read_again_from_its_end() -> None:
    assert read_by(names_after_cues, "脱贫户柏传长接过慰问物资。") == ["柏传长"]  # 脱贫|户柏传长
    assert read_by(names_after_cues, "把党员干部用在最硬的战场上。") == []  # 党员干部: no cut


def test_a_dictionary_word_between_a_title_and_the_next_post_of_a_list() -> None:
    lex = load_lexicon()
    text = "党委书记江城、党委副书记邵华及代表"
    assert word_named_in_a_list_of_posts(text, 4, lex) == 6
    assert read_by(names_after_titles, "主任何时、第一党支部书记邵敬东参加。") == ["何时", "邵敬东"]
    assert word_named_in_a_list_of_posts("党委书记江城,发展", 4, lex) is None  # no list
    assert word_named_in_a_list_of_posts("党委书记江城、发展经济", 4, lex) is None  # no post


def test_a_name_whose_last_character_jieba_glued_to_the_speech_verb() -> None:
    assert read_by(names_after_titles, "供电局副主任邵文说。") == ["邵文"]  # 邵|文说


def test_a_role_word_jieba_glued_to_the_name_after_it() -> None:
    # jieba: 猎民柏力|红|说 — the role word's end says where the name starts
    assert read_by(names_after_role_words, "反响强烈，猎民柏力红说：非常感谢") == ["柏力红"]


def test_a_list_of_names_with_a_comma_printed_before_each_separator() -> None:
    text = "区领导柏帆,、邵海军、柏增国,、邵育民参加活动。"
    found = FoundPeople(text)
    found.add(3, 5, "role")  # 柏帆, found by the role word
    names_in_lists(text, load_lexicon(), found)
    assert found_names(found) == ["柏帆", "邵海军", "柏增国", "邵育民"]


def test_a_quoted_role_word_before_a_name() -> None:
    text = "某某村“金融村官”柏正鹏（某某银行副行长）组织村民学习。"
    assert read_by(names_after_cues, text) == ["柏正鹏"]
