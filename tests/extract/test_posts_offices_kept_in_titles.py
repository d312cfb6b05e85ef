"""Bodies inside a unit whose officers' titles keep them (posts38; GOLD_NOTES class 7):
a unit's youth league committee or board written after the unit's name stays in the title,
on the unit (某中学团委书记甲 → 团委书记 @ 某中学, 某集团董事局主席乙 → 董事局主席 @ 某集团,
as 某中心工会主席 → 工会主席 @ 某中心), and a party branch's committee written in full stays
in its secretary's title (某村支部委员会书记丙 → 支部委员会书记 @ 某村). On the readable gold:
团委书记 on its host 6 times of 6, 董事局主席 on the company 4 of 4, 支部委员会书记 4 of 5.
Invented names only."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.posts import office_after_name


def test_a_schools_youth_league_committee_stays_in_its_secretarys_title(extract_text) -> None:
    ex = extract_text(
        "青禾市第三中学与白沙村结对共建。青禾市第三中学团委书记王小明、校长刘德明出席。"
    )
    got = posts(ex)
    assert ("王小明", "团委书记", "青禾市第三中学") in got
    assert ("王小明", "书记", "青禾市第三中学团委") not in got


def test_a_companys_board_stays_in_its_chairmans_title(extract_text) -> None:
    ex = extract_text(
        "青禾控股集团有限公司与白沙村结对共建。青禾控股集团有限公司董事局主席张立新出席。"
    )
    got = posts(ex)
    assert ("张立新", "董事局主席", "青禾控股集团有限公司") in got
    assert ("张立新", "主席", "青禾控股集团有限公司董事局") not in got


def test_a_board_written_after_a_place_and_the_units_name_is_the_units() -> None:
    assert office_after_name("香港青禾三院董事局", "青禾三院") == "董事局"
    assert office_after_name("青禾中学团委", "青禾中学") is None  # starts with it: read before
    assert office_after_name("香港青禾三院党委", "青禾三院") is None  # no office of the list
    assert office_after_name("香港青禾三院董事局", "白沙三院") is None  # another unit


def test_a_branch_committee_written_in_full_stays_in_its_secretarys_title(extract_text) -> None:
    ex = extract_text("青禾学院与白沙村结对共建。白沙村支部委员会书记刘德明介绍情况。")
    got = posts(ex)
    assert ("刘德明", "支部委员会书记", "白沙村") in got
    assert ("刘德明", "书记", "白沙村") not in got
