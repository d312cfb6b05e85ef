"""The nationwide tables of counties' and cities' bare short forms are derived once per
installation and read from the cache directory after that; a gazetteer made in memory
gets its own tables, never a cached one."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from ingest.places.area_forms import (
    AreaForms,
    area_forms,
    cache_file,
    derive_area_forms,
    read_cached,
)
from ingest.places.gazetteer import Gazetteer, load_gazetteer

NAMES = {
    "990000": "测海省",
    "990100": "云州市",
    "990102": "青石区",
    "990103": "白沙区",
    "990104": "柳溪县",
    "980000": "远山省",
    "980100": "北岭市",
    # a second 白沙区: the bare form 白沙 names two units and is no one county's
    "980102": "白沙区",
    "980103": "苍梧县",
}


def test_a_county_form_is_kept_only_when_it_names_one_unit_of_the_country() -> None:
    forms = derive_area_forms(Gazetteer(dict(NAMES)))
    assert forms.counties["柳溪"] == "990104"
    assert forms.counties["苍梧"] == "980103"
    assert "白沙" not in forms.counties  # two districts share it
    assert forms.cities["北岭"] == "980100"
    assert "云州" in forms.cities
    # the bare-area table maps codes back to forms that are no dictionary word
    assert forms.bare_areas["990104"] == "柳溪"


def test_a_gazetteer_made_in_memory_writes_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PBKG_CACHE_DIR", str(tmp_path))
    gaz = Gazetteer(dict(NAMES))
    assert gaz.cache_key is None
    assert area_forms(gaz) == derive_area_forms(gaz)
    # (jieba's own tables may be cached there by a process that had not loaded them yet)
    assert list(tmp_path.glob("area-forms-*")) == []


def test_the_national_tables_are_cached_once_and_read_back_equal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gaz = load_gazetteer()
    assert gaz.cache_key  # the gazetteer's own cache names what it was made from
    monkeypatch.setenv("PBKG_CACHE_DIR", str(tmp_path))
    path = cache_file(gaz.cache_key)
    assert path.parent == tmp_path and not path.exists()
    derived = derive_area_forms(gaz)
    area_forms.cache_clear()
    try:
        assert area_forms(gaz) == derived
        assert path.is_file()
        cached = read_cached(path)
        assert cached == derived
        # the dicts keep their order, which the automata built from them follow
        assert cached is not None and list(cached.counties) == list(derived.counties)
        assert len(derived.counties) > 1000 and len(derived.cities) > 200
    finally:
        area_forms.cache_clear()


def test_the_key_follows_the_gazetteer_it_was_derived_from() -> None:
    assert cache_file("gazetteer-aaaa") != cache_file("gazetteer-bbbb")


@pytest.mark.parametrize(
    "blob",
    [
        b"not marshal at all",
        marshal.dumps(({"柳溪": "990104"}, {}, {})),  # three tables, not four
        marshal.dumps(({"柳溪": 990104}, {}, {}, {})),  # a code that is no string
        marshal.dumps([{}, {}, {}, {}]),  # a list, not a tuple
    ],
)
def test_a_cache_of_another_shape_is_not_trusted(tmp_path: Path, blob: bytes) -> None:
    path = tmp_path / "area-forms-x.marshal"
    path.write_bytes(blob)
    assert read_cached(path) is None


def test_a_missing_cache_reads_as_none(tmp_path: Path) -> None:
    assert read_cached(tmp_path / "absent.marshal") is None


def test_a_well_formed_cache_is_read_as_its_four_tables(tmp_path: Path) -> None:
    path = tmp_path / "area-forms-x.marshal"
    tables = ({"柳溪": "990104"}, {"北岭": "980100"}, {}, {"东连": "970100"})
    path.write_bytes(marshal.dumps(tables))
    assert read_cached(path) == AreaForms(*tables)
