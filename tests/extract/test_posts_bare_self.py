"""校党委书记甲, 院党组书记乙: a bare kind character opening a chain element before its
party body is the page's own school or hospital (court), as 我校 / 我院 would say."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.post_candidates import bare_self_opening, self_word_end


def test_a_bare_kind_opening_an_element_before_its_party_body_is_a_self_reference() -> None:
    text = "甲乙区委书记丙丁，校党委书记戊己，院党组书记庚辛"
    i = text.index("校")
    assert bare_self_opening(text, i)
    assert self_word_end(text, i, i + 1) == i + 1  # the title is 党委书记
    assert bare_self_opening(text, text.index("院"))
    assert bare_self_opening("校党委书记", 0)  # the text's first character


def test_a_kind_character_inside_a_name_or_before_no_party_body_is_not_one() -> None:
    text = "某某学校党委书记丙丁"
    assert not bare_self_opening(text, text.index("校"))  # 学校: a name's ending
    assert not bare_self_opening("，校长丙丁", 1)  # 校长 is the title itself
    assert not bare_self_opening("，院领导丙丁", 1)
    assert self_word_end("，校长丙丁", 1, 1) is None


def test_the_bare_schools_party_secretary_is_the_storys_school_not_the_district(
    article_from,
) -> None:
    """The district's secretary named first in the sentence does not lend it its unit."""
    from ingest.extract.pipeline import read_story

    text = (
        "丙丁学院与戊己区签订校地合作协议。"
        "戊己区委书记闵知远，校党委书记柯望舒，党委委员、副校长韦思远出席签约仪式。"
    )
    ex = read_story(article_from(text)).base
    found = posts(ex)
    assert ("柯望舒", "党委书记", "丙丁学院") in found
    assert not any(p == "柯望舒" and u == "戊己区" for p, _, u in found)
