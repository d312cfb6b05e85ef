"""The word lists: one loader, one name-shape check, one party-suffix list."""

from __future__ import annotations

from importlib import resources

import pytest

from ingest.lexicon import load_lexicon, longest_first_alternation, looks_like_name
from ingest.places.link import PARTY_SUFFIXES, split_party_suffix
from ingest.read.bylines import is_person_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("王小明", True),  # surname + two characters
        ("李明", True),  # surname + one
        ("欧阳小明", True),  # two-character surname + two
        ("上官明", True),
        ("上官", False),  # a two-character surname alone is no name
        ("王小明明", False),  # four characters need a two-character surname
        ("王", False),
        ("龘小明", False),  # not a surname
        ("王A明", False),  # Han characters only
        ("王小明的人", False),
    ],
)
def test_the_name_shape_is_a_surname_and_one_or_two_more_characters(text, expected) -> None:
    assert looks_like_name(text) is expected
    assert looks_like_name(text, load_lexicon()) is expected


def test_a_byline_name_is_the_name_shape_in_either_script_but_not_a_unit() -> None:
    assert is_person_name("王小明")
    assert is_person_name("陳小明")  # traditional: checked on the simplified form
    assert not is_person_name("上官")
    assert not is_person_name("王家村")  # the shape of a name, the ending of a unit


def test_the_place_linker_folds_the_place_rows_of_the_one_party_suffix_list() -> None:
    lex = load_lexicon()
    assert lex.place_party_suffixes == PARTY_SUFFIXES
    assert set(lex.place_party_suffixes) - set(lex.party_suffixes) == {"社区党工委", "社区党委"}
    assert "支部" in lex.party_suffixes and "支部" not in PARTY_SUFFIXES
    for suffixes in (lex.party_suffixes, lex.place_party_suffixes):
        assert [len(s) for s in suffixes] == sorted((len(s) for s in suffixes), reverse=True)
    assert split_party_suffix("某某村党总支部") == ("某某村", "党总支部")
    # a bare 支部 folds into a village only (link.VILLAGE_BRANCHES), not into other places
    assert split_party_suffix("某某村支部") == ("某某村", "支部")
    assert split_party_suffix("某某镇支部") == ("某某镇支部", "")


def test_division_characters_are_one_list() -> None:
    assert load_lexicon().division_chars == frozenset("省市区县州镇乡道村")


def test_every_list_file_is_read_by_the_loader_and_holds_each_word_once() -> None:
    folder = resources.files("ingest").joinpath("lexicons")
    files = sorted(p.name for p in folder.iterdir() if p.name.endswith(".tsv"))
    source = resources.files("ingest").joinpath("lexicon.py").read_text(encoding="utf-8")
    assert [f for f in files if f'"{f}"' not in source] == []
    for name in files:
        rows = [
            line.split("\t")[0]
            for line in folder.joinpath(name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        ]
        words = [w for row in rows for w in row.split()]
        assert len(words) == len(set(words)), name


def test_title_levels_are_one_list_and_the_hand_rule_reads_its_marked_rows_in_order() -> None:
    lex = load_lexicon()
    assert ("区长", "区") in lex.title_levels  # 副区长 names a district
    assert ("居委", "社区") in lex.title_levels
    assert [row for row in lex.title_levels if row in lex.rule_title_levels] == list(
        lex.rule_title_levels
    )
    assert ("居委", "社区") not in lex.rule_title_levels  # a feature of the learned posts only


def test_an_alternation_from_a_set_is_the_same_text_in_every_process() -> None:
    # invented words; a set's order changes with string hashing, the text must not
    words = {"乙丙", "甲", "甲乙丙", "丁戊", "己庚"}
    got = longest_first_alternation(words)
    assert got == ["甲乙丙", "丁戊", "乙丙", "己庚", "甲"]
    assert got == longest_first_alternation(sorted(words, reverse=True))


@pytest.mark.parametrize(
    ("name", "ending"),
    [
        ("雁栖科技股份有限公司", "股份有限公司"),  # the longest ending, not 公司
        ("松涛职业技术学院", "职业技术学院"),
        ("雁栖公司", "公司"),
        ("公司", "公司"),  # an ending alone still ends with itself
        ("雁栖", ""),
        ("", ""),
    ],
)
def test_a_unit_ending_is_the_longest_of_the_lexicon(name: str, ending: str) -> None:
    assert load_lexicon().unit_ending(name) == ending


@pytest.mark.parametrize(
    ("name", "ending", "unit"),
    [
        ("雁栖科技公司党支部", "党支部", "雁栖科技公司"),  # 党支部, not 支部
        ("雁栖村党总支", "党总支", "雁栖村"),
        ("松涛党委", "党委", "松涛"),  # two characters of a name are left: folded
        ("涛党委", "", "涛党委"),  # one would be left: no ending
        ("雁栖科技公司", "", "雁栖科技公司"),
    ],
)
def test_a_party_ending_leaves_two_characters_of_the_units_name(
    name: str, ending: str, unit: str
) -> None:
    lex = load_lexicon()
    assert lex.party_ending(name) == ending
    assert lex.without_party_ending(name) == unit
