"""Patterns made from cached code are the patterns ``re.compile`` makes, and a cache file
that is missing, damaged or of another shape only means no preloading."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from ingest import regex_cache
from ingest.regex_cache import (
    cache_file,
    compile_entry,
    is_structured,
    pattern_of,
    preload,
    save,
)

# shapes pbkg's modules use: Han classes, named groups, look-arounds, inline and given
# flags, a class beyond the BMP
PATTERNS: list[tuple[str, int]] = [
    (r"[\u4e00-\u9fff]{2,4}(?:党委|党支部)", 0),
    (r"(?P<unit>[\u3400-\u9fff\uf900-\ufaff]{2,8})(?=与|和)", 0),
    (r"(?<![\u4e00-\u9fff])(?:记者|通讯员)[:：\s]*$", 0),
    (r"(?m)^[ \t\u3000]*([\u4e00-\u9fff]{2,3})$", 0),
    (r"abc[\u4e00-\u9fff]", re.IGNORECASE),
    (r"[\U00020000-\U0002a6df]+", 0),
    (r"甲乙|丙丁", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_from_cached_code_equals_re_compile(pattern: str, flags: int) -> None:
    made = pattern_of(pattern, compile_entry(pattern, flags))
    compiled = re.compile(pattern, flags)
    # Pattern equality compares the flags, the pattern and the engine's code itself
    assert made == compiled
    assert made.groupindex == compiled.groupindex and made.groups == compiled.groups
    text = "某某街道党工委与甲乙社区党委和记者：\n 丙丁 \nABC中"
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in compiled.finditer(text)]


def test_an_entry_survives_marshal() -> None:
    entry = compile_entry(*PATTERNS[1])
    assert pattern_of(PATTERNS[1][0], marshal.loads(marshal.dumps(entry))) == re.compile(
        PATTERNS[1][0]
    )


def test_saved_patterns_are_preloaded_into_re_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "regex-code-test.marshal"
    pattern = r"(?:[\u4e00-\u9fff]{2})[\u3400-\u9fff]{3}乙丙(?=[\uf900-\ufaff])"
    monkeypatch.setattr(regex_cache, "_loaded", {})
    monkeypatch.setattr(re, "_cache", {})  # what the suite compiled before would not fit
    re.compile(pattern)
    save(path)
    assert (pattern, 0) in marshal.loads(path.read_bytes())
    monkeypatch.setattr(re, "_cache", {})
    assert preload(path) >= 1
    got = re._cache[str, pattern, 0]  # type: ignore[attr-defined]
    assert got == re.compile(pattern, 0) and re.compile(pattern) is got


@pytest.mark.parametrize("content", [b"", b"not marshal", marshal.dumps({"a": 1}), b"\x00" * 9])
def test_a_bad_cache_file_preloads_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    path = tmp_path / "regex-code-bad.marshal"
    path.write_bytes(content)
    monkeypatch.setattr(re, "_cache", {})
    assert preload(path) == 0 and re._cache == {}  # type: ignore[attr-defined]


def test_a_missing_cache_file_preloads_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(re, "_cache", {})
    assert preload(tmp_path / "absent.marshal") == 0


def test_plain_strings_are_not_kept_and_patterns_with_syntax_are() -> None:
    assert not is_structured("青禾村党支部") and not is_structured(re.escape("明川小学"))
    assert all(is_structured(p) for p, _ in PATTERNS[:-1])
    assert (
        is_structured("甲乙|丙丁") and is_structured(r"\d+") and is_structured(re.escape("甲(乙)"))
    )


def test_each_checkout_has_its_own_cache_file(tmp_path: Path) -> None:
    # two versions of pbkg sharing one cache directory compile different patterns
    one, other = tmp_path / "a" / "ingest", tmp_path / "b" / "ingest"
    assert cache_file(one) == cache_file(one)
    assert cache_file(one) != cache_file(other)
    assert cache_file(one).parent == cache_file(other).parent
    assert cache_file(one).name.startswith("regex-code-")


def test_one_pattern_missing_from_a_full_file_is_added(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a pattern added to pbkg after the file was written must not be compiled anew in
    # every later process, however many others the file already holds
    path = tmp_path / "regex-code-test.marshal"
    known = [(rf"[\u4e00-\u9fff]{{{n}}}党委", 0) for n in range(1, 11)]
    new = (r"(?<![\u4e00-\u9fff])新[\u4e00-\u9fff]{2}(?:党支部)", 0)
    monkeypatch.setattr(re, "_cache", {})
    monkeypatch.setattr(regex_cache, "_loaded", {k: compile_entry(*k) for k in known})
    for pattern, flags in [*known, new]:
        re.compile(pattern, flags)
    save(path)
    table = marshal.loads(path.read_bytes())
    assert new in table and all(k in table for k in known)


def test_nothing_is_written_when_no_pattern_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "regex-code-test.marshal"
    known = [(r"[\u4e00-\u9fff]{2}村", 0)]
    monkeypatch.setattr(re, "_cache", {})
    monkeypatch.setattr(regex_cache, "_loaded", {k: compile_entry(*k) for k in known})
    re.compile(*known[0])
    save(path)
    assert not path.exists()
