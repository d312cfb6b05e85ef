"""The division gazetteer: code structure, parent chains, name look-up, the data file."""

from __future__ import annotations

import csv
import io
import os
import time
from pathlib import Path

import pytest

from ingest.places.codes import level_of, parent_code
from ingest.places.gazetteer import (
    FORMER_FILE,
    DivisionNames,
    Gazetteer,
    load_gazetteer,
    parse_divisions,
    read_former_counties,
    read_historical,
)
from scripts.build_gazetteer import encode, pad, read_divisions


@pytest.mark.parametrize(
    ("code", "level", "parent"),
    [
        ("990000", "province", None),
        ("990100", "city", "990000"),
        ("990102", "county", "990100"),
        ("990102101", "town", "990102"),
        ("990102101201", "village", "990102101"),
    ],
)
def test_level_and_parent_follow_from_the_code(code: str, level: str, parent: str | None) -> None:
    assert level_of(code) == level
    assert parent_code(code) == parent


def test_level_of_rejects_other_shapes() -> None:
    with pytest.raises(ValueError):
        level_of("9901")


def test_get_and_chain(gaz: Gazetteer) -> None:
    d = gaz.get("990102101201")
    assert d is not None
    assert (d.name, d.level, d.parent, d.type) == (
        "高岗村村委会",
        "village",
        "990102101",
        "Village",
    )
    assert gaz.get("990102101001").type == "ResidentsCommittee"  # type: ignore[union-attr]
    assert gaz.get("990102101").type == "Region"  # type: ignore[union-attr]
    assert [x.name for x in gaz.chain("990102101201")] == [
        "高岗村村委会",
        "柳河镇",
        "青石区",
        "云州市",
        "测海省",
    ]
    assert gaz.get("990102101999") is None
    with pytest.raises(KeyError):
        gaz.chain("990102101999")


def test_chain_skips_placeholder_groupings() -> None:
    gaz = Gazetteer({"970000": "某京市", "970100": "市辖区", "970101": "东岸区"})
    assert [d.name for d in gaz.chain("970101")] == ["东岸区", "某京市"]
    assert gaz.parent("970101") == "970100"


def test_parent_skips_missing_city_rows() -> None:
    # A county directly under its province (no city row): the nearest existing unit.
    gaz = Gazetteer({"960000": "某南省", "969001": "某源市"})
    assert gaz.parent("969001") == "960000"


def test_find_goes_through_alias_forms(gaz: Gazetteer) -> None:
    assert gaz.find("高岗村") == ["990102101201", "990103102201"]
    assert gaz.find("高岗村委会") == ["990102101201", "990103102201"]
    assert gaz.find("望湖二居委") == ["990102101001"]
    assert gaz.find("金桂一居委") == ["990102101003"]
    assert gaz.find("柳河镇", level="town") == ["980102104", "990102101"]
    assert gaz.find("柳河镇", level="village") == []
    assert gaz.find("青石区委") == ["990102"]
    assert gaz.find("青石县") == ["990102"]  # former name, from the curated table
    assert gaz.find("青石") == []  # a bare short form needs context
    assert gaz.find("无此地") == []


def test_historical_table_has_a_source_note_per_line() -> None:
    national = load_gazetteer()
    for name, code in read_historical():
        assert code in national, name
        assert code in national.find(name), name


def test_a_former_county_name_of_the_ministry_lists_finds_its_successor() -> None:
    national = load_gazetteer()
    former = read_historical(FORMER_FILE)
    assert len(former) > 400
    for name, code in former:
        assert code in national, name
        found = national.find(name)
        assert code in found, name
        # no division today has that name; a current unit may go by it as a short form
        # (an autonomous county named after its nationality: 某乡族自治县 is 某乡县 too)
        others = [national.get(c) for c in found if c != code]
        assert all(d is not None and d.name != name for d in others), name


def test_a_district_that_was_a_county_or_city_is_found_by_that_form_only() -> None:
    national = load_gazetteer()
    former = read_former_counties()
    assert len(former) > 200
    kinds = {(f.code, f.kind) for f in former}
    for f in former:
        assert national.names[f.code] == f.district, f
        found = national.find(f.district[:-1] + f.kind)
        # the form means the district, unless a listed unit or a former name has it
        # (a prefecture-level city of that name renamed since: 某茅市 → 某洱市)
        assert found, f
        other = "市" if f.kind == "县" else "县"
        if (f.code, other) not in kinds:
            assert f.code not in national.find(f.district[:-1] + other), f


def test_a_line_of_the_former_counties_needs_five_fields_and_a_known_kind(
    tmp_path: Path,
) -> None:
    good = tmp_path / "good.tsv"
    good.write_text("# comment\n999902\t某川区\t某川县\t县\tnote\n", encoding="utf-8")
    assert [(f.code, f.district, f.kind) for f in read_former_counties(good)] == [
        ("999902", "某川区", "县")
    ]
    bad = tmp_path / "bad.tsv"
    bad.write_text("999902\t某川区\t某川旗\t旗\tnote\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv:1"):
        read_former_counties(bad)


def test_national_gazetteer() -> None:
    gaz = load_gazetteer()
    assert len(gaz) > 600_000
    # A residents' committee of the capital, through a placeholder 市辖区 to the province.
    assert [d.name for d in gaz.chain("110101001001")] == [
        "多福巷社区居委会",
        "东华门街道",
        "东城区",
        "北京市",
    ]
    # Short package codes are padded: city 3205 → 320500, province 33 → 330000.
    assert gaz.get("320500").level == "city"  # type: ignore[union-attr]
    assert gaz.get("330000").level == "province"  # type: ignore[union-attr]
    # A city without counties: its towns hang directly from the city.
    street = next(c for c in gaz.codes() if c.startswith("441900") and len(c) == 9)
    assert [d.level for d in gaz.chain(street)] == ["town", "city", "province"]
    assert "110101" in gaz.find("东城区")


def _package(tmp_path: Path, rows: dict[str, list[list[str]]]) -> Path:
    heads = {
        "provinces": ["code", "name"],
        "cities": ["code", "name", "provinceCode"],
        "areas": ["code", "name", "cityCode", "provinceCode"],
        "streets": ["code", "name", "areaCode", "provinceCode", "cityCode"],
        "villages": ["code", "name", "streetCode", "provinceCode", "cityCode", "areaCode"],
    }
    dist = tmp_path / "package" / "dist"
    dist.mkdir(parents=True)
    for stem, head in heads.items():
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(head)
        for r in rows.get(stem, []):
            w.writerow(r + [""] * (len(head) - len(r)))
        (dist / f"{stem}.csv").write_text(buf.getvalue(), encoding="utf-8")
    return tmp_path / "package"


def test_build_pads_codes_and_keeps_the_city_row(tmp_path: Path) -> None:
    src = _package(
        tmp_path,
        {
            "provinces": [["99", "测海省"]],
            "cities": [["9901", "云州市"], ["9919", "镜市"]],
            "areas": [["990102", "青石区"], ["991900", "镜市"]],
            "streets": [["990102101", "柳河镇"], ["991900001", "东门街道"]],
            "villages": [["990102101201", "高岗村村委会"]],
        },
    )
    divisions = read_divisions(src)
    assert divisions["990000"] == "测海省"
    assert divisions["990100"] == "云州市"
    assert divisions["991900"] == "镜市"
    assert len(divisions) == 7
    assert pad("33") == "330000" and pad("3205") == "320500" and pad("310116") == "310116"
    # Encoded file round trip, then the loader on it.
    data = encode(divisions)
    import lzma

    assert parse_divisions(lzma.decompress(data).decode("utf-8")) == divisions


def test_build_rejects_orphans(tmp_path: Path) -> None:
    src = _package(
        tmp_path, {"provinces": [["99", "测海省"]], "streets": [["990102101", "柳河镇"]]}
    )
    with pytest.raises(ValueError, match="parent"):
        read_divisions(src)


def test_load_gazetteer_from_a_data_file_and_its_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PBKG_CACHE_DIR", str(tmp_path / "cache"))
    data = tmp_path / "tiny.tsv.xz"
    data.write_bytes(encode({"990000": "测海省", "990100": "云州市", "990102": "青石区"}))
    first = load_gazetteer(data)
    assert first.find("青石区") == ["990102"]
    assert list((tmp_path / "cache").glob("gazetteer-*.pickle"))
    load_gazetteer.cache_clear()
    again = load_gazetteer(data)  # from the cache this time
    assert again is not first and again.find("青石区人民政府") == ["990102"]
    # A damaged cache is rebuilt, never trusted.
    [cached] = (tmp_path / "cache").glob("gazetteer-*.pickle")
    cached.write_bytes(b"not a pickle")
    load_gazetteer.cache_clear()
    assert load_gazetteer(data).find("青石区") == ["990102"]
    assert cached.read_bytes() != b"not a pickle"
    with pytest.raises(ValueError):
        parse_divisions("990000 no tab\n")


def test_a_rebuild_keeps_other_recent_caches_and_removes_long_unused_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two checkouts of pbkg with different rules share one cache directory: neither may
    # delete the other's cache, or each process rebuilds the table.
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    monkeypatch.setenv("PBKG_CACHE_DIR", str(cache_dir))
    recent = cache_dir / "gazetteer-0000000000000001.pickle"
    old = cache_dir / "gazetteer-0000000000000002.pickle"
    recent.write_bytes(b"another version's cache")
    old.write_bytes(b"a cache nobody read for weeks")
    weeks_ago = time.time() - 30 * 24 * 3600
    os.utime(old, (weeks_ago, weeks_ago))
    data = tmp_path / "tiny.tsv.xz"
    data.write_bytes(encode({"990000": "测海省", "990100": "云州市", "990102": "青石区"}))
    load_gazetteer.cache_clear()
    assert load_gazetteer(data).find("青石区") == ["990102"]
    load_gazetteer.cache_clear()
    assert recent.exists() and not old.exists()
    assert len(list(cache_dir.glob("gazetteer-*.pickle"))) == 2


def test_compact_names_behave_like_the_dict() -> None:
    plain = {"990000": "测海省", "990102101201": "高岗村村委会", "990102": "青石区"}
    names = DivisionNames(plain)
    assert dict(names) == plain
    assert list(names) == ["990000", "990102", "990102101201"]
    assert names["990102"] == "青石区" and "990102" in names
    assert "990103" not in names and "abc" not in names and 990102 not in names
    assert names.get("990103") is None
    # codes of one length by prefix, as the per-level look-ups of children() use them
    assert list(names.prefixed(6, "99")) == ["990000", "990102"]
    assert list(names.prefixed(6, "9901")) == ["990102"]
    assert list(names.prefixed(12, "990102")) == ["990102101201"]
    assert list(names.prefixed(9, "")) == [] and list(names.prefixed(6, "98")) == []
    with pytest.raises(KeyError):
        names["990103"]


def test_compact_names_find_every_code_across_the_search_strides() -> None:
    # more codes than a few strides of the first search step, with gaps between them
    from ingest.places.gazetteer import _STRIDE

    codes = [f"99{i:04d}" for i in range(1, 4 * _STRIDE + 3, 3)]
    names = DivisionNames({c: "区" for c in codes})
    listed = set(codes)
    for i in range(0, 4 * _STRIDE + 6):
        code = f"99{i:04d}"
        assert (code in names) == (code in listed), code
    assert "980000" not in names and "999999" not in names and "990000101201" not in names


def test_compact_names_remember_rows_but_pickle_without_them() -> None:
    import pickle

    names = DivisionNames({"990000": "测海省", "990102": "青石区"})
    for _ in range(2):  # asked again: the remembered row gives the same answers
        assert names["990102"] == "青石区" and "990103" not in names and "" not in names
    assert names._rows  # the look-ups above were remembered
    again = pickle.loads(pickle.dumps(names))
    assert again._rows == {}
    assert dict(again) == dict(names) and again["990000"] == "测海省"


def test_the_codes_children_come_from_have_their_rows_remembered() -> None:
    # speed15: the rows of a range are known; a search for them again would find the same
    plain = {"990000": "测海省", "990100": "云州市", "990102": "青石区", "990103": "白沙区"}
    plain |= {"990102101": "甲镇", "990102101201": "乙村村委会", "990102101202": "丙村村委会"}
    names = DivisionNames(plain)
    assert names.prefixed_remembered(6, "9901") == list(names.prefixed(6, "9901"))
    assert names._rows == {c: names._search(c) for c in ["990100", "990102", "990103"]}
    compact = Gazetteer(names)
    in_memory = Gazetteer(dict(plain))
    for code in plain:
        assert compact.children(code) == in_memory.children(code), code
    assert compact.children("990102101") == ["990102101201", "990102101202"]
    assert all(names._rows[c] == names._search(c) for c in names._rows)


def test_the_cache_file_reads_its_buffers_in_place(tmp_path: Path) -> None:
    # names beyond the BMP too; the stem groups' blob and the names' bytes out of band
    from ingest.places.gazetteer import _dump, _load
    from ingest.places.stem_table import StemTable

    names = DivisionNames({"990000": "测海省", "990102": "𠮷青石区", "990102101201": "高岗村"})
    stems = StemTable({"青石": "990102A", "测海": "990000P"})
    path = tmp_path / "cache"
    path.write_bytes(_dump((names, stems, ({"青石": (2,)}, frozenset("村")))))
    with open(path, "rb") as fh:
        names2, stems2, index2 = _load(fh)
    assert isinstance(names2._blob, memoryview) and isinstance(stems2.packed._blob, memoryview)
    assert isinstance(names2._codes, memoryview) and list(names2.prefixed(6, "99")) == [
        "990000",
        "990102",
    ]
    assert dict(names2) == dict(names) and names2["990102"] == "𠮷青石区"
    assert dict(stems2) == dict(stems) and index2 == ({"青石": (2,)}, frozenset("村"))
    # loaded tables pickle again, in band or out of band
    import pickle

    assert dict(pickle.loads(pickle.dumps(names2))) == dict(names)
    assert dict(pickle.loads(pickle.dumps(stems2, protocol=5))) == dict(stems)
    path.write_bytes(path.read_bytes()[:-1])  # a cut file is refused
    with open(path, "rb") as fh, pytest.raises(ValueError):
        _load(fh)


def test_the_cache_is_keyed_by_sources_whichever_build_runs() -> None:
    # a compiled module's __file__ is a .so (not always beside its source): the key
    # reads the .py found by the module's name
    from ingest.caches import module_source
    from ingest.places import gazetteer, match, names

    for module in (names, match, gazetteer):
        src = module_source(module)
        assert src.suffix == ".py" and src.is_file()
        assert src.parts[-2:] == ("places", module.__name__.rpartition(".")[2] + ".py")
