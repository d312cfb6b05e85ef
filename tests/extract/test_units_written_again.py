"""repeats.units_written_again: other occurrences of a found unit's name are mentions."""

from ingest.extract.repeats import name_boundary_before, units_written_again
from ingest.extract.resolve import Resolution, UnitRef
from ingest.model import Entity
from ingest.segment import Tokens

TEXT = "青禾村召开会议。市档案馆来青禾村开展共建。新青禾村另有其地。青禾村党群服务中心揭牌。"


def _story(text: str = TEXT) -> Resolution:
    village = Entity("e1", "Village", "青禾村", ("青禾村",), mentions=((0, 3),))
    archive = Entity("e2", "Organization", "市档案馆", ("市档案馆", "档案馆"), mentions=((8, 12),))
    units = (UnitRef(0, 3, 3, "e1", "place"), UnitRef(8, 12, 12, "e2", "org"))
    return Resolution((village, archive), units, {})


def _added(res: Resolution) -> list[tuple[int, int, str]]:
    return [(u.start, u.end, u.entity) for u in res.units if u.rule == "repeat"]


def test_an_occurrence_after_a_verb_is_a_mention() -> None:
    at = TEXT.index("来青禾村") + 1
    res = units_written_again(TEXT, Tokens(TEXT), _story())
    assert (at, at + 3, "e1") in _added(res)
    village = res.entity("e1")
    assert (at, at + 3) in village.mentions and len(res.entities) == 2


def test_an_occurrence_that_may_be_part_of_a_longer_name_is_not() -> None:
    at = TEXT.index("新青禾村") + 1
    res = units_written_again(TEXT, Tokens(TEXT), _story())
    assert all(s != at for s, _, _ in _added(res))
    assert not name_boundary_before(Tokens(TEXT), at, frozenset())


def test_an_occurrence_inside_another_found_name_is_not() -> None:
    at = TEXT.index("青禾村党群")
    taken = [(at, at + len("青禾村党群服务中心"))]
    res = units_written_again(TEXT, Tokens(TEXT), _story(), taken)
    assert all(s != at for s, _, _ in _added(res))


def test_a_found_mention_is_not_added_again_and_an_alias_is_looked_for() -> None:
    text = "市档案馆召开会议。档案馆来人了。"
    archive = Entity("e2", "Organization", "市档案馆", ("市档案馆", "档案馆"), mentions=((0, 4),))
    res = Resolution((archive,), (UnitRef(0, 4, 4, "e2", "org"),), {})
    added = _added(units_written_again(text, Tokens(text), res))
    assert added == [(9, 12, "e2")]  # 档案馆 (an alias) once; 市档案馆 at 0 already found


def test_a_story_without_named_units_is_unchanged() -> None:
    res = Resolution((), (), {})
    assert units_written_again(TEXT, Tokens(TEXT), res) is res
