"""A preposition or conjunction read into a name as its surname (people19): 检察长|向首批…,
书记|和我办…, 由矿长担任, 并向某某副部长; and a list's last name that took an adverb after
it (某颖共|同). Invented names and sentences."""

from __future__ import annotations

from people_helpers import people_in

from ingest.extract.people import (
    last_item_glued_on,
    noun_glued_after_unknown,
    preposition_read_into_a_name,
)
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def _read(text: str, name: str, names: frozenset[str] = frozenset()) -> str | None:
    """What ``preposition_read_into_a_name`` leaves of ``name`` in ``text`` ("" when it
    drops it, None when the name stands)."""
    s = text.index(name)
    cut = preposition_read_into_a_name(text, s, s + len(name), Tokens(text), load_lexicon(), names)
    return None if cut is None else text[cut[0] : cut[1]]


def test_a_preposition_before_an_ordinary_word_is_no_name() -> None:
    assert _read("邬明远检察长向首批受聘的联络员颁发证书。", "向首批") == ""
    assert _read("邬明远政委向大家介绍了情况。", "向大家") == ""
    assert _read("在接待中,向外宾介绍了经验。", "向外宾") == ""
    assert _read("联合支部设书记一名,由矿长担任。", "由矿长") == ""
    assert _read("某村党支部书记和我办干部一同走访。", "和我") == ""


def test_a_conjunction_before_a_surname_and_a_title_is_no_name() -> None:
    assert _read("最后邬院长和柏局长分别致辞。", "和柏") == ""


def test_a_preposition_before_a_name_found_elsewhere_is_cut_off() -> None:
    text = "拜访了副部长柏小丽。并向柏小丽副部长介绍了情况。"
    assert _read(text, "向柏小丽", frozenset({"柏小丽"})) == "柏小丽"


def test_a_surname_that_is_also_a_preposition_stays() -> None:
    # the rest is no word jieba knows, or the name stands after a blank in a byline
    assert _read("县委书记向明翔表示,要抓好落实。", "向明翔") is None
    assert _read("通讯员 向大君 邬明远", "向大君") is None


def test_no_false_person_from_a_preposition_in_a_whole_text() -> None:
    assert "向首批" not in people_in("邬明远检察长向首批受聘的联络员颁发证书。")
    assert "和我" not in people_in("某村党支部书记和我办派驻该村的第一书记座谈。")
    names = people_in("拜访了常务副部长柏小丽。并向柏小丽副部长介绍了情况。")
    assert "向柏小丽" not in names and "柏小丽" in names


def test_the_last_item_of_a_list_gives_back_an_adverb_it_took() -> None:
    text = "会议最后,邬明远、柏小丽、龚德华、韦思远、韦颖共同按下启动按钮。"
    names = people_in(text)
    assert "韦颖" in names and "韦颖共" not in names
    s = text.index("韦颖共")
    assert last_item_glued_on(text, s, s + 3, Tokens(text), load_lexicon())


def test_a_list_item_followed_by_punctuation_keeps_three_characters() -> None:
    text = "邬明远、柏小丽、龚德华。"
    s = text.index("龚德华")
    assert not last_item_glued_on(text, s, s + 3, Tokens(text), load_lexicon())


def test_an_adverb_across_a_name_end_is_read_whole() -> None:
    text = "某公司龚德华、韦颖共同按下按钮。"
    s = text.index("韦颖")
    assert not noun_glued_after_unknown(Tokens(text), s, s + 3)
