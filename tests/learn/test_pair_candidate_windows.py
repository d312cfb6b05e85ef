"""Candidates of pairs no cue sentence joins (issue 14, pairs69): a unit and the place
its team is stationed in, a window of its own (``stationed``), so that the model learns
how far to trust it."""

from __future__ import annotations

from ingest.extract.pipeline import StoryReading


def _windows(reading: StoryReading) -> dict[frozenset[str], set[str]]:
    names = {e.id: e.name for e in reading.base.entities}
    return {
        frozenset((names[c.candidate.a], names[c.candidate.b])): {
            o.window for o in c.candidate.occurrences
        }
        for c in reading.choices
    }


def test_a_unit_and_the_village_its_team_is_stationed_in_are_candidates(reading_of) -> None:
    # the village is written only inside the title (…驻战旗村工作队队长): read by its name
    r = reading_of(
        "唐昌镇战旗村召开村民代表大会。"
        "会上，青禾县税务局驻唐昌镇战旗村工作队队长王晓东介绍了产业发展规划。"
    )
    assert "stationed" in _windows(r)[frozenset(("青禾县税务局", "战旗村"))]


def test_a_team_that_moves_into_a_village_is_stationed_there(reading_of) -> None:
    r = reading_of(
        "由青禾县教育局、远山县文化局干部组成的扶贫工作队自2016年进驻唐昌镇战旗村以来，带领村民发展产业。"
    )
    wins = _windows(r)
    assert "stationed" in wins[frozenset(("青禾县教育局", "战旗村"))]
    assert "stationed" in wins[frozenset(("远山县文化局", "战旗村"))]


def test_a_first_secretary_sent_alone_is_no_stationed_team(reading_of) -> None:
    # GOLD_NOTES: a department that sends a village's 第一书记 is not by that its partner
    r = reading_of("唐昌镇战旗村召开村民代表大会。青禾县税务局派驻战旗村第一书记王晓东作了发言。")
    assert "stationed" not in _windows(r).get(frozenset(("青禾县税务局", "战旗村")), set())


def test_teams_that_each_move_into_a_village_of_a_list_are_not_all_in_the_first(
    reading_of,
) -> None:
    r = reading_of(
        "青禾县教育局、远山县文化局的两支帮扶队分别进驻唐昌镇战旗村、先锋村，开展驻村帮扶。"
    )
    assert "stationed" not in _windows(r).get(frozenset(("远山县文化局", "战旗村")), set())
