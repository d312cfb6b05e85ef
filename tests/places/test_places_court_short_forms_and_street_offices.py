"""A place glued to 院, its court's or procuratorate's short form (某区院与某县院), is part
of that organisation's name; 某某街道办 is the subdistrict written with its office short
(places22). Invented names on the made-up gazetteer of ``conftest.py``."""

from __future__ import annotations

from collections.abc import Callable

from places_helpers import Link, regions_by_name

from ingest.extract.orgs import subdistrict_office_written_short
from ingest.places.link import court_short_form


def test_a_district_before_its_court_short_form_is_no_mention(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions_by_name(link_with({})("协议签订仪式在青石区院举行,青石区院检察长讲话。"))
    assert "青石区" not in ms
    ms = regions_by_name(link_with({})("青石区院与白沙区人民检察院签订协议,仪式在青石区举行。"))
    assert "青石区" in ms and "白沙区" in ms  # written alone elsewhere: the place stays


def test_院_running_on_into_another_word_is_no_court() -> None:
    assert court_short_form("青石区院党组书记", 0, 3)
    assert court_short_form("落实云州市院部署", 2, 5)
    assert not court_short_form("青石区院子里", 0, 3)
    assert not court_short_form("青石区医院", 0, 3)
    assert not court_short_form("青石街道院落", 0, 4)  # no county-level designation


def test_a_subdistrict_with_its_office_written_short_is_the_subdistrict(
    link_with: Callable[[dict[str, str]], Link],
) -> None:
    ms = regions_by_name(link_with({})("社区向青石街道办争取资金。"))
    assert ms["青石街道"].surface == "青石街道办"
    assert ms["青石街道"].code == "990102001"
    assert subdistrict_office_written_short("向青石街道办争取", 5, "办")
    assert not subdistrict_office_written_short("区扶贫办", 3, "办")
