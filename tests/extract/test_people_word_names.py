"""People rules of the people17 pass, from the classes of misses on the new outlets
(x461–x540): a name that is also a rarer dictionary word after its title, a name jieba
does not know before a title a noun follows, a name jieba knows after a verb it tags as
an adjective, a full name jieba's dictionary knows opening a work's title or after a verb.
Invented names, and a novel's character that jieba's dictionary carries as a full name."""

from __future__ import annotations

from people_helpers import found_names, read_by, tokens_of

from ingest.extract.people import (
    FoundPeople,
    known_full_names_after_verbs,
    known_person_before,
    names_after_titles,
    names_before_titles,
    rare_word_named_after_title,
    unknown_word_before_a_title,
)
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def after_titles(text: str) -> list[str]:
    found = FoundPeople(text)
    names_after_titles(text, Tokens(text), load_lexicon(), found)
    return found_names(found)


def test_rare_word_named_after_title() -> None:
    # a star's and a place's name used as a given name, closed by a list's or clause's mark
    assert after_titles("正处级组织员金星、系党支部书记") == ["金星"]
    assert after_titles("县委书记云岭，县委副书记") == ["云岭"]
    text = "组织员金星、"
    assert rare_word_named_after_title(text, 3, Tokens(text), load_lexicon()) == 5


def test_rare_word_after_title_not_a_frequent_word_or_verb() -> None:
    assert after_titles("以及副会长单位、浙江") == []  # 单位: a frequent ordinary word
    text = "主任强调，"
    assert rare_word_named_after_title(text, 2, Tokens(text), load_lexicon()) is None
    text = "组织员金星参加"  # no mark closes it
    assert rare_word_named_after_title(text, 3, Tokens(text), load_lexicon()) is None


def test_unknown_word_before_a_title_a_noun_follows() -> None:
    # jieba tags the verb after the title (代表, 领衔) as a noun
    assert read_by(names_before_titles, "公司幼儿园卜晓彤园长代表支部捐赠") == ["卜晓彤"]
    assert read_by(names_before_titles, "我院康复中心韩立峥主任领衔设立名医工作室") == ["韩立峥"]


def test_unknown_word_after_a_brand_is_no_name() -> None:
    # 华创|智谷|董事长: the unknown word closes a unit's name that a proper noun opens
    text = "华创智谷董事长到场"
    toks = tokens_of(text, [("华创", "nz"), ("智谷", "x"), ("董事长", "n"), ("到场", "d")])
    assert unknown_word_before_a_title(text, 4, toks, load_lexicon()) is None


def test_known_name_after_a_verb_tagged_adjective() -> None:
    text = "是落实王志平总书记军民融合发展理念"
    toks = tokens_of(
        text,
        [
            ("是", "v"),
            ("落实", "a"),
            ("王志平", "nr"),
            ("总书记", "n"),
            ("军民", "n"),
            ("融合", "vn"),
            ("发展", "vn"),
            ("理念", "n"),
        ],
    )
    assert known_person_before(text, 6, toks, load_lexicon()) == 3


def test_known_full_names_after_verbs() -> None:
    # 俞岱岩: a character of a novel that jieba's dictionary tags nrfg (a full name)
    assert read_by(known_full_names_after_verbs, "深入学习《俞岱岩谈武学》并交流") == ["俞岱岩"]
    assert read_by(known_full_names_after_verbs, "认真践行俞岱岩新时代的精神") == ["俞岱岩"]


def test_known_full_name_after_a_preposition_or_time_word_not_taken() -> None:
    assert read_by(known_full_names_after_verbs, "以俞岱岩新时代为题") == []
    assert read_by(known_full_names_after_verbs, "前往俞岱岩故居参观") == []
    assert read_by(known_full_names_after_verbs, "认真践行王建华新时代的精神") == []  # no nrfg
