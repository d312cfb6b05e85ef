"""驻 + a named place before a work team's or a first secretary's title (posts36).

Invented names of the shapes seen in news pages; no name from an article."""

from __future__ import annotations

from ingest.extract.title_openings import posted_place, trimmed_title


def test_the_place_a_team_is_posted_to_leaves_the_title() -> None:
    assert posted_place("驻石岭村工作队队长") == 4
    assert trimmed_title("驻石岭村工作队队长") == "工作队队长"
    assert trimmed_title("驻青禾县石岭镇柳塘村工作队队长") == "工作队队长"
    assert trimmed_title("驻柳塘社区第一书记") == "第一书记"


def test_posted_to_a_village_without_a_name_stays() -> None:
    assert posted_place("驻村第一书记") == 0
    assert trimmed_title("驻村工作队长") == "驻村工作队长"
    assert trimmed_title("驻会副主委") == "驻会副主委"


def test_a_programmes_name_is_no_place() -> None:
    assert posted_place("驻镇帮镇扶村工作队队长") == 0


def test_a_place_before_another_title_stays() -> None:
    assert posted_place("驻石岭村联络员") == 0
