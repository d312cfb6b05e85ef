"""A title written after a name, its unit written right before the name (people10).

Invented names of the shapes seen in news pages; no name from an article."""

from __future__ import annotations

from extract_helpers import posts


def test_a_title_after_a_name_is_the_units_written_right_before_it(extract_text) -> None:
    ex = extract_text("近日，青禾农商银行柯望舒副行长一行到东坪村开展党建共建活动。")
    assert ("柯望舒", "副行长", "青禾农商银行") in posts(ex)


def test_a_party_ending_before_the_name_joins_the_title(extract_text) -> None:
    ex = extract_text("签约仪式上，东坪村党总支邝云帆书记介绍了村里的产业发展情况。")
    assert ("邝云帆", "党总支书记", "东坪村") in posts(ex)


def test_no_unit_right_before_the_name_gives_no_such_post(extract_text) -> None:
    ex = extract_text("青禾农商银行与东坪村结对。会上，柯望舒副行长介绍了帮扶计划。")
    assert not any(r.rule.startswith("post_before_name") for r in ex.relations)


def test_a_company_word_means_the_storys_enterprise_by_any_name(extract_text) -> None:
    ex = extract_text("青禾酒业集团与东坪村结了亲戚。会上，公司党委书记邝云帆表示将加大支持力度。")
    assert ("邝云帆", "党委书记", "青禾酒业集团") in posts(ex)


def test_a_self_reference_opening_a_chain_is_the_storys_one_unit_of_that_kind(
    extract_text,
) -> None:
    ex = extract_text(
        "石岭县自然资源局与东坪村开展结对共建。\n\n"
        "7月5日，我局党组书记、局长邬海澄带队到东坪村开展结对共建活动。"
    )
    assert ("邬海澄", "党组书记", "石岭县自然资源局") in posts(ex)
    assert ("邬海澄", "局长", "石岭县自然资源局") in posts(ex)


def test_a_bare_level_title_takes_the_place_listed_before_it_in_the_sentence(
    extract_text,
) -> None:
    ex = extract_text(
        "鹤岗市与七台河市开展对口合作。\n\n鹤岗市委书记柯望舒，市委副书记、市长邝云帆；"
        "七台河市委书记蔺晓川，市委副书记、市长覃若愚出席会议。"
    )
    assert ("邝云帆", "市委副书记", "鹤岗市") in posts(ex)
    assert ("覃若愚", "市委副书记", "七台河市") in posts(ex)
    assert ("覃若愚", "市长", "七台河市") in posts(ex)
