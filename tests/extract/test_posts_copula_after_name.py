"""A title written after a copula or an appointment verb right after the name
(甲是某镇副镇长，…), and the post titles posts26 added to ``titles.tsv``.

Invented names and units; no name from an article."""

from __future__ import annotations

from ingest.extract.people import PersonMention
from ingest.extract.post_candidates import (
    _title_pattern,
    appointment_sites,
    copula_title_start,
)
from ingest.lexicon import load_lexicon


def _person(text: str, name: str) -> PersonMention:
    i = text.index(name)
    return PersonMention(i, i + len(name), name, "test")


def test_copula_title_start_is_right_after_the_verb() -> None:
    text = "柯望舒是青禾镇副镇长，邝云帆担任东坪村党支部书记。"
    assert copula_title_start(text, _person(text, "柯望舒")) == text.index("青禾镇")
    assert copula_title_start(text, _person(text, "邝云帆")) == text.index("东坪村")


def test_no_copula_right_after_the_name_gives_no_start() -> None:
    text = "柯望舒介绍，青禾镇是副镇长联系点。"
    assert copula_title_start(text, _person(text, "柯望舒")) is None


def test_a_title_after_the_copula_is_an_appointed_site() -> None:
    text = "柯望舒是青禾市人大常委会副主任，邝云帆是东坪镇副镇长。"
    people = [_person(text, "柯望舒"), _person(text, "邝云帆")]
    sites = appointment_sites(text, people, _title_pattern())
    got = {(s.person.name, text[s.title_start : s.end], s.where) for s in sites}
    assert ("柯望舒", "副主任", "appointed") in got
    assert ("邝云帆", "副镇长", "appointed") in got


def test_a_copula_before_no_title_at_a_clause_end_gives_no_site() -> None:
    text = "柯望舒是副镇长联系的企业家，他说。"
    sites = appointment_sites(text, [_person(text, "柯望舒")], _title_pattern())
    assert not sites


def test_the_added_post_titles_are_titles() -> None:
    titles = load_lexicon().titles
    for word in ("议员", "合伙人", "司令员", "副司令员", "矿长"):
        assert word in titles
