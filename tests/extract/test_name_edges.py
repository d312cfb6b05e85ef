"""The left edge of a unit's name, rule by rule (:func:`ingest.extract.orgs.extend_left`
and the rules it composes), on sentences with invented names."""

from __future__ import annotations

from ingest.extract.orgs import (
    COMMON,
    DESCRIPTIVE,
    LEVEL_ONLY,
    NAMED,
    Piece,
    adverb_led_phrase,
    drop_lone_leading_character,
    extend_left,
    join_single_characters,
    name_start,
)
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def name_before(text: str, ending: str, *, legal: bool = False) -> tuple[str, int]:
    """The name extend_left finds before the first ``ending`` in ``text``, and its mark."""
    pos = text.index(ending)
    start, named = extend_left(text, pos, Tokens(text), load_lexicon(), {}, True, legal)
    return text[start:pos] + ending, named


def test_a_boundary_word_ends_the_walk() -> None:
    assert name_before("我们与澜溪电子有限公司签约", "有限公司")[0] == "澜溪电子有限公司"


def test_a_quoted_brand_is_one_name_like_piece() -> None:
    assert name_before("建起“暖澜”群团服务站", "服务站") == ("“暖澜”群团服务站", NAMED)


def test_a_short_bracketed_word_belongs_to_a_registered_name() -> None:
    got = name_before("与澜维凯(中国)有限公司签约", "有限公司", legal=True)
    assert got == ("澜维凯(中国)有限公司", NAMED)


def test_a_bracket_outside_a_registered_name_ends_it() -> None:
    assert name_before("活动（澜溪）服务中心", "服务中心")[0] == "服务中心"


def test_the_nouns_of_a_brand_stay_in_a_registered_name() -> None:
    assert name_before("签约单位有钻石澜联控股集团有限责任公司。", "有限责任公司", legal=True)[
        0
    ] == ("钻石澜联控股集团有限责任公司")


def test_unknown_words_on_both_sides_of_a_boundary_character_are_one_brand() -> None:
    got = name_before("与宜澜同泰农业发展有限公司", "有限公司", legal=True)[0]
    assert got == "宜澜同泰农业发展有限公司"


def test_leading_common_nouns_are_trimmed_back_to_the_name() -> None:
    assert name_before("区域单位澜溪干部学院", "学院")[0] == "澜溪干部学院"


def test_a_level_prefix_alone_marks_a_function_body() -> None:
    assert name_before("会同区林业局开展", "局") == ("区林业局", LEVEL_ONLY)


def test_descriptive_words_are_never_a_name() -> None:
    assert name_before("一所大型综合性医院", "医院")[1] == DESCRIPTIVE


def test_common_words_only_are_marked_common() -> None:
    assert name_before("参观美术学院", "学院")[1] == COMMON


def test_single_characters_before_an_ending_are_joined_into_a_name() -> None:
    pieces = [Piece(0, 2, False, "n"), Piece(2, 3, False, "v"), Piece(3, 4, False, "d")]
    join_single_characters(pieces)
    assert [p.name_like for p in pieces] == [False, True, True]


def test_a_lone_leading_character_that_is_no_name_goes() -> None:
    text = "内澜溪"
    pieces = [Piece(0, 1, False, "f"), Piece(1, 3, True, "x")]
    assert drop_lone_leading_character(text, pieces) == [Piece(1, 3, True, "x")]


def test_a_level_prefix_before_the_first_name_piece_is_kept() -> None:
    text = "市澜溪"
    pieces = [Piece(0, 1, False, "n"), Piece(1, 3, True, "x")]
    assert name_start(text, pieces, load_lexicon()) == (0, NAMED)


def test_a_verb_phrase_opened_by_a_manner_adverb_is_no_piece_of_a_name() -> None:
    # jieba keeps 充分发挥 as one noun-tagged word; it is the sentence's verb
    assert name_before("要充分发挥学院在人才方面的优势", "学院")[0] == "学院"
    assert name_before("努力实现学院高质量发展", "学院")[0] == "学院"


def test_only_a_phrase_running_on_after_the_adverb_is_a_verb_phrase() -> None:
    lex = load_lexicon()
    assert adverb_led_phrase("积极推进", lex)
    assert adverb_led_phrase("进一步加强", lex)
    assert not adverb_led_phrase("积极", lex)  # the adverb alone is left to its tag
    assert not adverb_led_phrase("澜溪", lex)
