"""People rules of the people7 pass (issue 13, unseen text): titles of provincial
departments and boards, 、-lists after a role word or closed by 等…领导, inline credits
with a slash, names before 烈士, a rank's 级 ending no name. Invented names."""

from __future__ import annotations

from people_helpers import people_in, read_by, read_text_by, tokens_of

from ingest.extract.people import (
    long_name_of_two_words,
    names_after_cues,
    names_after_role_words,
    names_after_titles,
    names_before_comrade,
    names_in_bracketed_bylines,
    names_listed_after_credit_labels,
    names_listed_before_leaders,
)


def test_a_name_after_a_department_head_title() -> None:
    assert read_by(names_after_titles, "某省某厅党组成员、副厅长柏中岳一行深入我县") == ["柏中岳"]
    assert read_by(names_after_titles, "公司董事、执行董事韦明川出席") == ["韦明川"]


def test_the_names_a_role_words_list_goes_on_with() -> None:
    assert read_by(names_after_role_words, "县领导柏浩川、韦继舟等陪同考察。") == [
        "柏浩川",
        "韦继舟",
    ]


def test_a_role_words_list_stops_at_a_title() -> None:
    names = read_by(names_after_role_words, "县领导柏浩川、副县长韦继舟陪同")
    assert names == ["柏浩川"]


def test_a_list_closed_by_leaders_names_its_people() -> None:
    text = "柏俊川、韦治舟、阮景岳、邵鑫等某县领导及有关同志参加相关活动。"
    assert read_text_by(names_listed_before_leaders, text) == ["柏俊川", "韦治舟", "阮景岳", "邵鑫"]


def test_a_list_of_units_closed_by_leaders_names_no_one() -> None:
    assert read_text_by(names_listed_before_leaders, "团委、图书馆等部门领导参加") == []


def test_a_credit_label_with_a_slash_lists_its_names() -> None:
    text = "(文/柏粉岳 图/韦晨川 审核/阮若舟 邵忠岳 来源/某某中心)"
    names = read_text_by(names_listed_after_credit_labels, text)
    assert names == ["柏粉岳", "韦晨川", "阮若舟", "邵忠岳"]


def test_a_material_credit_names_its_provider() -> None:
    assert read_text_by(names_listed_after_credit_labels, "素材提供:柏帅") == ["柏帅"]


def test_a_name_before_martyr() -> None:
    assert read_by(names_before_comrade, "实地查看柏晴川烈士纪念设施建设情况") == ["柏晴川"]


def test_revolutionary_martyrs_are_no_name() -> None:
    assert read_by(names_before_comrade, "缅怀革命烈士，祭扫烈士陵园") == []


def test_a_rank_after_a_unit_is_no_name() -> None:
    assert "司二级" not in people_in("某部某某司二级巡视员柏烨，某厅副主任韦保国")


def test_a_role_word_of_rural_leaders() -> None:
    assert read_by(names_after_cues, "看到了带动脱贫的能人柏海川，全体党员") == ["柏海川"]


def test_a_long_name_read_as_two_words_after_a_title() -> None:
    text = "常务副县长嘉措洛珠和副县长"
    words = [("常务副县长", "n"), ("嘉措", "ns"), ("洛珠", "x"), ("和", "c"), ("副县长", "n")]
    assert long_name_of_two_words(text, 5, tokens_of(text, words)) == 9


def test_a_place_and_its_county_are_no_long_name() -> None:
    text = "副县长某某某某县的"
    words = [("副县长", "n"), ("某某", "ns"), ("某某县", "x"), ("的", "uj")]
    assert long_name_of_two_words(text, 3, tokens_of(text, words)) is None


def test_a_bracketed_byline_after_a_datelines_news_word() -> None:
    assert read_text_by(names_in_bracketed_bylines, "某某网某地消息(柏亮)5月16日,某行与") == [
        "柏亮"
    ]
