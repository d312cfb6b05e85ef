"""A title written after a unit's own name that no rule found starts after that name
(posts28): 某村某某发展有限责任公司董事长 → 董事长, 某局某某分局局长 → 局长. Invented names
of the shapes seen in news pages; no name from an article."""

from __future__ import annotations

from ingest.extract.unnamed_units import after_unnamed_unit, ends_own_unit, ends_unit_part


def test_a_company_school_or_hospital_name_ends_the_kept_words() -> None:
    assert after_unnamed_unit("甲乙建设发展有限责任公司") == len("甲乙建设发展有限责任公司")
    assert after_unnamed_unit("丙丁分局") == len("丙丁分局")
    assert after_unnamed_unit("戊己医院党委") == len("戊己医院")  # the party ending stays


def test_words_that_name_no_unit_are_kept() -> None:
    assert after_unnamed_unit("") == 0
    assert after_unnamed_unit("学校组织部") == 0  # 学校 alone names no unit
    assert after_unnamed_unit("公司") == 0
    assert after_unnamed_unit("党群工作部") == 0  # a department the title keeps
    assert after_unnamed_unit("新任") == 0


def test_offices_a_title_keeps_are_not_a_units_own_name() -> None:
    assert not ends_own_unit("工会")
    assert not ends_own_unit("团委")
    assert ends_own_unit("有限责任公司")
    assert ends_own_unit("分局")
    assert not ends_own_unit("办公室")


def test_a_campus_a_branch_hospital_or_a_headquarters_ends_the_kept_words() -> None:
    """某中学西校|副校长, 某大学三附院|党委书记, 某集团某区域总部|党委副书记."""
    assert after_unnamed_unit("西校") == 2
    assert after_unnamed_unit("三附院党委") == 3
    assert after_unnamed_unit("甲乙区域总部党委") == len("甲乙区域总部")
    assert ends_unit_part("丙丁校区") and ends_unit_part("校区")
    assert not ends_unit_part("党委")
