"""Title chains that run on across a comma (:func:`ingest.extract.people.chain_across_commas`):
a clause of titles only, then a comma, then the chain before the name — one person's
titles, the comma standing for a 、."""

from __future__ import annotations

from ingest.extract.people import FoundPeople, names_after_titles
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens


def chain_of(text: str) -> list[tuple[str, list[str]]]:
    """(name, the chain's elements as written) of each claim in ``text``."""
    claims = names_after_titles(text, Tokens(text), load_lexicon(), FoundPeople(text))
    return [(c.person.name, [text[e.start : e.end] for e in c.elements]) for c in claims]


def test_a_clause_of_titles_before_a_comma_joins_the_chain() -> None:
    text = "会议开始。青禾县委常务副书记、常务副县长，青禾工程指挥部副指挥长王建国主持会议。"
    assert chain_of(text) == [
        ("王建国", ["青禾县委常务副书记", "常务副县长", "青禾工程指挥部副指挥长"])
    ]


def test_a_clause_of_titles_opening_the_text_joins_the_chain() -> None:
    text = "青禾区农业局党组书记、局长，青禾区农技中心主任王建国出席。"
    assert chain_of(text)[0][1] == ["青禾区农业局党组书记", "局长", "青禾区农技中心主任"]


def test_a_clause_with_a_verb_of_its_own_stays_out() -> None:
    # 任: the titles before the comma are someone's posts in a clause of its own
    text = "去年，李明任青禾村党支部书记、村委会主任，副主任王建国协助他。"
    assert chain_of(text)[-1] == ("王建国", ["副主任"])


def test_a_lone_title_before_the_comma_stays_out() -> None:
    text = "会议开始。青禾镇党委书记，镇长王建国出席。"
    assert chain_of(text)[-1] == ("王建国", ["镇长"])


def test_a_clause_ending_with_a_name_stays_out() -> None:
    text = "会议开始。青禾镇党委书记、镇长李明，副镇长王建国出席。"
    assert chain_of(text)[-1] == ("王建国", ["副镇长"])
