"""Which unit a title after an anaphor (该会, 该院) or a bare 区 level word means (posts40).

Invented names of the shapes seen in news pages; no name from an article."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.post_candidates import anaphor_units, names_no_level_place
from ingest.extract.posts import anaphor_of_titles_kind, place_level
from ingest.extract.resolve import Resolution, UnitRef
from ingest.model import Entity


def test_an_autonomous_region_a_prefecture_and_a_sar_are_no_district() -> None:
    autonomous = Entity("e1", "Region", "青禾自治区", ("青禾自治区",))
    prefecture = Entity("e2", "Region", "石岭地区", ("石岭地区",))
    sar = Entity("e3", "Region", "东坪特别行政区", ("东坪特别行政区",))
    district = Entity("e4", "Region", "青禾区", ("青禾区",))
    zone = Entity("e5", "Region", "青禾经开区", ("青禾经开区",))
    for e in (autonomous, prefecture, sar, zone):
        assert names_no_level_place(e)
        assert place_level(e) is None
    assert not names_no_level_place(district)
    assert place_level(district) == "区"


def test_a_bare_district_title_is_the_district_named_later_not_the_autonomous_region(
    extract_text,
) -> None:
    ex = extract_text(
        "近日，我区与宁夏回族自治区石嘴山市平罗县对接协作工作。区委书记柯望舒与平罗县委"
        "书记蔺晓川座谈交流，区委副书记、区长覃若愚出席。\n\n"
        "柯望舒表示，海淀区将持续推进协作。"
    )
    found = posts(ex)
    assert not any(u == "宁夏回族自治区" for _, _, u in found)
    assert ("柯望舒", "区委书记", "海淀区") in found
    assert ("覃若愚", "区长", "海淀区") in found


def test_the_anaphor_of_an_association_or_a_bank_is_found() -> None:
    assert anaphor_units("该会会长", 2, _resolution([])) == []  # nothing named before
    assert anaphor_units("应该会长", 2, _resolution([("e1", "东坪商会", 0)])) == []


def test_a_title_after_该会_is_the_chamber_named_before(extract_text) -> None:
    ex = extract_text(
        "青禾省委书记柯望舒率代表团到访东坪中华总商会，获该会会长蔺晓川，副会长覃若愚，"
        "秘书长钟离远等接待。"
    )
    found = posts(ex)
    assert ("蔺晓川", "会长", "东坪中华总商会") in found
    assert ("覃若愚", "副会长", "东坪中华总商会") in found
    assert not any(p in ("蔺晓川", "覃若愚") and u == "青禾省" for p, _, u in found)


def test_the_anaphors_unit_is_of_the_kind_a_title_of_the_chain_names() -> None:
    res = _resolution(
        [("e1", "石岭市人民检察院", 0), ("e2", "青禾大学某某法学院", 10)],
        {"e1": "court", "e2": "school"},
    )
    pointed = ["e2", "e1"]  # named last first
    assert anaphor_of_titles_kind(pointed, ["党组书记", "检察长"], res) == "e1"
    assert anaphor_of_titles_kind(pointed, ["党委书记", "院长"], res) == "e2"
    assert anaphor_of_titles_kind(pointed, ["副校长"], res) == "e2"


def test_该院_with_a_procurators_title_is_the_procuratorate(extract_text) -> None:
    ex = extract_text(
        "近日，石岭市检察院与青禾大学云杉法学院举行检校合作签约仪式。青禾大学云杉法学院"
        "柯望舒院长、蔺晓川教授，该院党组书记、检察长覃若愚等人出席了签约仪式。"
    )
    found = posts(ex)
    assert any(p == "覃若愚" and t == "检察长" and u.startswith("石岭市") for p, t, u in found)
    assert not any(p == "覃若愚" and u.endswith("法学院") for p, _, u in found)


def _resolution(
    units: list[tuple[str, str, int]], subtypes: dict[str, str] | None = None
) -> Resolution:
    """A real Resolution of Organization units (id, name, offset) in text order — the
    compiled build checks its argument's type, so no stand-in will do."""
    subtypes = subtypes or {}
    entities = {
        eid: Entity(eid, "Organization", name, (name,), subtype=subtypes.get(eid))  # type: ignore[arg-type]
        for eid, name, _ in units
    }
    refs = tuple(
        UnitRef(at, at + len(name), at + len(name), eid, "test") for eid, name, at in units
    )
    return Resolution(tuple(entities.values()), refs, {})


def test_a_correspondent_after_the_unit_they_write_for_has_a_title() -> None:
    from ingest.extract.post_candidates import correspondent_title_start

    text = "青禾网通讯员 柯望舒"
    assert correspondent_title_start(text, text.index("柯"), frozenset({3})) == 3
    spaced = "石岭市台办 通讯员：蔺晓川"
    assert correspondent_title_start(spaced, spaced.index("蔺"), frozenset({5})) == 6
    # after a dateline's bracket, a reporter's name or the paper's own word: no post
    dateline = "青禾网讯(通讯员 柯望舒)"
    assert correspondent_title_start(dateline, dateline.index("柯"), frozenset({3})) is None
    after_reporter = "记者覃若愚通讯员柯望舒"
    assert correspondent_title_start(after_reporter, 8, frozenset()) is None
    own = "本报通讯员 柯望舒"
    assert correspondent_title_start(own, own.index("柯"), frozenset()) is None


def test_correspondents_of_a_byline_hold_the_title_at_its_unit(extract_text) -> None:
    ex = extract_text(
        "青禾社区与石岭村签订党建共建协议\n\n"
        "近日，青禾社区与石岭村签订党建共建协议。\n\n"
        "人民网通讯员 柯望舒 蔺晓川\n"
    )
    found = posts(ex)
    assert ("柯望舒", "通讯员", "人民网") in found
    assert ("蔺晓川", "通讯员", "人民网") in found


def test_a_bare_level_title_is_the_place_the_story_names_most() -> None:
    from ingest.extract.posts import most_named_place

    res = Resolution(
        (
            Entity("e1", "Region", "海淀区", ("海淀区",)),
            Entity("e2", "Region", "昭平区", ("昭平区",)),
        ),
        (
            UnitRef(0, 3, 3, "e1", "test"),  # the story's district, named twice
            UnitRef(10, 13, 13, "e2", "test"),  # another district, named last before the title
            UnitRef(40, 43, 43, "e1", "test"),
        ),
        {},
    )
    assert most_named_place("区", res, frozenset(), (20, 30), 25) == "e1"
    # the title's own sentence names a district before it: the nearest rule decides
    assert most_named_place("区", res, frozenset(), (5, 30), 25) is None
    # one district of the level only, or a level no place title names
    assert most_named_place("区", res, frozenset({"e2"}), (20, 30), 25) is None
    assert most_named_place("村", res, frozenset(), (20, 30), 25) is None


def test_a_district_head_after_a_sentence_naming_another_district(extract_text) -> None:
    ex = extract_text(
        "海淀区与平罗县举行协作会议\n\n"
        "近日，海淀区·平罗县（石嘴山市大武口区、惠农区）协作联席会议举行。"
        "区委副书记、区长柯望舒出席会议并讲话。\n\n"
        "柯望舒表示，海淀区将持续推进协作。"
    )
    found = posts(ex)
    assert ("柯望舒", "区长", "海淀区") in found
