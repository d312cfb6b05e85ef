"""An office a unit's mention writes after the unit's own name stays in the title
(posts29): 某医院党办主任 → 党办主任 @ 某医院, 某村村委会主任 → 村委会主任 @ 某村,
某集团有限公司某某办公室主任 → 某某办公室主任 @ the company. Invented names of the shapes
seen in news pages; no name from an article."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.written_offices import is_short_office, office_start, own_unit_office
from ingest.model import Entity

HOSPITAL = Entity("e1", "Organization", "青禾市第二人民医院", (), subtype="hospital")
VILLAGE = Entity("e2", "Village", "白沙村", ())
COUNTY = Entity("e3", "Region", "青禾县", (), level="county")
TOWN = Entity("e4", "Region", "柳溪镇", (), level="town")
COMPANY = Entity("e5", "Organization", "青禾建设集团有限公司", (), subtype="enterprise")
BUREAU = Entity("e6", "Organization", "青禾县农业农村局", (), subtype="government")


def test_an_office_after_a_units_name_starts_the_title() -> None:
    assert office_start("青禾市第二人民医院党办", HOSPITAL) == len("青禾市第二人民医院")
    assert office_start("青禾市第二人民医院办公室", HOSPITAL) == len("青禾市第二人民医院")
    assert office_start("柳溪镇营商办", TOWN) == len("柳溪镇")


def test_a_villages_committee_stays_in_the_title() -> None:
    assert office_start("白沙村村委会", VILLAGE) == len("白沙村")
    assert office_start("白沙村村委", VILLAGE) == len("白沙村")
    # 白沙村委: the village's 村 is the committee's first character too
    assert office_start("白沙村委", VILLAGE) == len("白沙")
    assert office_start("白沙村委会", VILLAGE) == len("白沙")
    assert office_start("白沙村党办", VILLAGE) is None  # no village office the gold keeps


def test_no_office_is_written_after_the_name() -> None:
    assert office_start("青禾市第二人民医院", HOSPITAL) is None  # the name alone
    assert office_start("第二人民医院党办", HOSPITAL) is None  # not the name as written
    assert office_start("青禾市第二人民医院办", HOSPITAL) is None  # a lone 办
    assert office_start("青禾县扶贫办", COUNTY) is None  # a county's 办: its own department
    assert office_start("柳溪镇网信办", TOWN) is None  # an organ of a committee


def test_a_short_office_ends_in_ban_and_is_no_committees_organ() -> None:
    assert is_short_office("党办") and is_short_office("营商办")
    assert not is_short_office("网信办")  # organ_after.tsv
    assert not is_short_office("乡村振兴办")  # too long: a department of its own
    assert not is_short_office("党委")


def test_an_office_of_a_unit_of_its_own_kind_is_its_hosts() -> None:
    assert own_unit_office("乡村振兴办公室", COMPANY)
    assert own_unit_office("党委办公室", HOSPITAL)
    assert not own_unit_office("乡村振兴办公室", BUREAU)  # a government's: its own unit
    assert not own_unit_office("乡村振兴办公室", COUNTY)
    assert not own_unit_office("人事处", COMPANY)  # only an 办公室


def test_a_party_office_after_a_hospitals_name_stays_in_the_title(extract_text) -> None:
    ex = extract_text(
        "青禾市第二人民医院与白沙村结对共建。青禾市第二人民医院党委副书记刘德明，"
        "青禾市第二人民医院党办主任张秀英一行来到白沙村走访。"
    )
    got = posts(ex)
    assert ("张秀英", "党办主任", "青禾市第二人民医院") in got
    assert ("张秀英", "主任", "青禾市第二人民医院") not in got


def test_a_village_committee_written_after_the_village_stays_in_the_title(
    extract_text,
) -> None:
    ex = extract_text(
        "青禾县柳溪镇白沙村与青禾县农业农村局结对共建。白沙村村委会主任李立明表示感谢。"
    )
    assert ("李立明", "村委会主任", "白沙村") in posts(ex)


def test_a_league_committees_title_read_across_its_name_is_the_leagues(extract_text) -> None:
    """团县委书记甲: the title word 县委书记 read from the league body's 县委; the post is
    书记 @ 团县委, not 团县委书记 @ the county."""
    ex = extract_text(
        "青禾县柳溪镇与青禾职业学院结对共建。青禾县副县长刘德明、团县委书记张秀英、"
        "柳溪镇党委书记李立明参加活动。"
    )
    got = posts(ex)
    assert ("张秀英", "书记", "团县委") in got
    assert not any(p == "张秀英" and u == "青禾县" for p, _, u in got)


def test_a_cpc_committee_read_as_a_body_keeps_its_place_title() -> None:
    """Only a body opened by a league's or a democratic party's word takes the title: a
    CPC committee (某州委) is its place's (GOLD_NOTES: an alias of the place)."""
    from ingest.extract.posts import _NOT_CPC_BODIES

    assert "团" in _NOT_CPC_BODIES and "共青团" in _NOT_CPC_BODIES
    assert not any("某州州委".startswith(w) for w in _NOT_CPC_BODIES)
