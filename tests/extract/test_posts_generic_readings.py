"""医院党委书记甲: a bare kind word in a title's prefix that resolution tied to the
nearest unit of that kind may mean another one of the story — every unit that fits the
word is a candidate (``generic_readings``), and the learned decision picks."""

from __future__ import annotations

from ingest.extract.post_candidates import generic_readings
from ingest.extract.resolve import UnitRef


class _E:
    def __init__(self, id: str, type: str, name: str, subtype: str | None = None) -> None:
        self.id, self.type, self.name, self.subtype = id, type, name, subtype


class _Res:
    def __init__(self, entities: list[_E]) -> None:
        self.entities = entities


def test_a_generic_prefix_can_mean_every_unit_of_its_kind() -> None:
    text = "，医院党委书记甲乙"
    res = _Res(
        [
            _E("e1", "Organization", "丙丁附属医院", "hospital"),
            _E("e2", "Organization", "戊己县人民医院", "hospital"),
            _E("e3", "Organization", "庚辛医院党委", "party_org"),  # a party body: never
            _E("e4", "Organization", "壬癸学院", "school"),  # another kind
        ]
    )
    u = UnitRef(1, 3, 5, "e2", "generic")
    assert generic_readings(text, u, res) == ["e1"]  # type: ignore[arg-type]


def test_a_committee_word_means_the_committees_by_type_and_a_named_unit_nothing() -> None:
    text = "，社区党委书记甲乙"
    res = _Res(
        [
            _E("c1", "ResidentsCommittee", "丙丁社区居民委员会"),
            _E("c2", "ResidentsCommittee", "戊己社区"),
            _E("v1", "Village", "庚辛村"),
        ]
    )
    assert generic_readings(text, UnitRef(1, 3, 5, "c2", "generic"), res) == ["c1"]  # type: ignore[arg-type]
    assert generic_readings(text, UnitRef(1, 3, 5, "c2", "org"), res) == []  # type: ignore[arg-type]
    # a town word is the title level's business
    assert generic_readings("，镇党委书记甲乙", UnitRef(1, 2, 4, "c2", "generic"), res) == []  # type: ignore[arg-type]


def _ctx(how: str, ref: UnitRef | None, unit: str, topic: str | None, units: list[UnitRef]):  # type: ignore[no-untyped-def]
    from ingest.extract.people import PersonMention
    from ingest.extract.post_candidates import PostCandidate, TitleSite
    from ingest.extract.post_features import PostContext

    person = PersonMention.__new__(PersonMention)
    site = TitleSite(person, 10, 14, 16, "before", 0, 1, ())
    cand = PostCandidate("p1", site, 12, "党委书记", unit, ref, how)
    res = _Res([])
    res.units = units  # type: ignore[attr-defined]
    return PostContext(
        "",
        res,
        cand,
        frozenset(),
        frozenset(),
        frozenset(),
        topic,
        {"e1": 3},
        {},  # type: ignore[arg-type]
    )


def test_the_readings_of_a_generic_word_are_described_for_the_decision() -> None:
    from ingest.extract.post_features import generic_word_reading

    named = UnitRef(0, 6, 6, "e1", "org")
    ref = UnitRef(10, 12, 14, "e2", "generic")
    other = generic_word_reading(_ctx("generic_other", None, "e1", "e1", [named, ref]))
    assert other == {
        "generic_reading=other": 1.0,
        "generic_reading=other&topic": 1.0,
        "generic_reading=other&mentions>": 1.0,
    }
    resolved = generic_word_reading(_ctx("prefix", ref, "e2", "e1", [named, ref]))
    assert resolved["generic_reading=resolved&not_named_before"] == 1.0
    assert "generic_reading=resolved&topic" not in resolved
    # a unit named by its own name in the prefix is no generic word's reading
    assert generic_word_reading(_ctx("prefix", named, "e1", None, [named])) == {}
