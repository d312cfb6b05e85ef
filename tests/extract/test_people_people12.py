"""People rules of the people12 pass, from the classes of people missed on unseen text
(counted, never read, on the pooled held-out set: a 、-list of names with no title or cue
beside it is the largest). Invented names."""

from __future__ import annotations

from people_helpers import found_names, read_by

from ingest.extract.people import FoundPeople, names_of_a_bare_list
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def test_a_bare_list_of_names_is_read_whole() -> None:
    assert read_by(names_of_a_bare_list, "党员代表柏建华、邵晓洋参加了活动。") == [
        "柏建华",
        "邵晓洋",
    ]
    text = "会议最后，柏玉梅、邵安群、倪秀文共同按下启动键。"
    assert read_by(names_of_a_bare_list, text) == ["柏玉梅", "邵安群", "倪秀文"]


def test_a_list_of_places_or_ordinary_words_names_nobody() -> None:
    assert read_by(names_of_a_bare_list, "东城、西城、海淀参加了比赛。") == []
    assert read_by(names_of_a_bare_list, "服务做到方便、快捷、高效。") == []
    assert read_by(names_of_a_bare_list, "江苏、浙江、上海三地联动。") == []


def test_a_list_with_one_item_of_no_name_takes_none() -> None:
    assert read_by(names_of_a_bare_list, "柏建华、图书馆等参加。") == []


def test_a_name_found_elsewhere_is_the_last_item() -> None:
    text = "副市长柏久党出席。邵智永、柏久党代表双方签约。"
    found = FoundPeople(text)
    found.add(3, 6, "title")
    names_of_a_bare_list(text, Tokens(text), load_lexicon(), found)
    assert found_names(found) == ["柏久党", "邵智永", "柏久党"]
