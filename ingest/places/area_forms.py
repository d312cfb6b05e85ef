"""The bare short forms of the country's counties and cities that name one unit of the
whole country (某盐 of 某盐县, 某莞 of 某莞市): the tables behind the place rules that take
an area written without its ending and without support from the story's other places
(:func:`ingest.places.link.partners_of_linked_counties`,
:func:`~ingest.places.link.cities_standing_alone`,
:func:`~ingest.places.link.areas_written_bare`,
:func:`~ingest.places.link.places_of_local_units`,
:func:`~ingest.places.link.worded_cities_as_places`).

Deriving them walks every county- and prefecture-level unit's stems and asks jieba's
dictionary whether each form is an ordinary word — about 0.1 CPU-s, and the dictionary
groups it unpacks stay in memory — in every process, for tables that change only with
the gazetteer, the stem rules and the dictionary. So they are kept as ``marshal`` under
``$PBKG_CACHE_DIR``, keyed by the gazetteer's own cache key (its data and alias rules),
the dictionary's key (:func:`ingest.segment.dictionary_key`) and the sources of this
module and of :mod:`ingest.segment`: derived once per installation, read in about a
millisecond after that. A gazetteer made in memory (tests) has no key and gets its
tables derived, never cached.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import marshal
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ingest import segment
from ingest.atomicio import atomic_write_bytes
from ingest.caches import cache_dir, module_source, remove_stale
from ingest.places.codes import level_of
from ingest.places.gazetteer import Gazetteer
from ingest.places.names import MIN_STEM, region_stems
from ingest.segment import UNKNOWN_POS, is_common_word, is_dictionary_word, pos_of

# Tags jieba gives a city's bare form when it knows it: a place, a name (nrt: a
# transliterated one, 某萨), a place word (s: 某北), a noun (某阳 is tagged n), or none. A
# verb or adjective (某安 "safe") is an ordinary word.
CITY_FORM_POS = frozenset({"ns", "nr", "nrt", "nz", "n", "s", UNKNOWN_POS})


@dataclass(frozen=True)
class AreaForms:
    """The four tables, each built from the country's county- and city-level units."""

    counties: dict[str, str]
    """Bare form → code of the county-level units (区, 县, 县级市) whose form names one
    county- or prefecture-level unit of the country and is no frequent ordinary word (某盐
    of 某盐县; not 城关, 东区, 新华: several units share them)."""
    cities: dict[str, str]
    """Bare form → code of the prefecture-level cities whose form names one city of the
    country and is no ordinary word (某莞 of 某莞市, 某州 of 某某族自治州)."""
    bare_areas: dict[str, str]
    """Code → bare form of the counties and cities of the two tables above whose form is
    no dictionary word at all (振兴 of 振兴区 is the word of 乡村振兴)."""
    worded_cities: dict[str, str]
    """Bare form → code of the prefecture-level cities whose form names one city of the
    country but that jieba reads as an ordinary word (某连 tagged an adverb, 某封 a verb):
    a place only where its context says so
    (:func:`~ingest.places.link.worded_cities_as_places`)."""


@functools.lru_cache(maxsize=1 << 16)
def bare_forms(code: str, gaz: Gazetteer) -> tuple[str, ...]:
    """The bare short forms of a unit (its class ``B`` stems), derived once per unit."""
    return tuple(st.text for st in region_stems(code, gaz.names[code]) if st.form_class == "B")


def may_hold_bare_form(text: str, formal: str) -> bool:
    """Whether ``text`` may hold a bare short form of the unit named ``formal``: each
    form (:func:`bare_forms`) is the formal name cut before its ending (and before a
    closing nationality), at least ``MIN_STEM`` characters long, so a text without the
    name's first ``MIN_STEM`` characters holds none. The linker asks this of the thousands
    of units a story supports (a town's villages included) before deriving their forms,
    which few stories write.

    >>> may_hold_bare_form("某某县委书记", "某某县"), may_hold_bare_form("某甲镇", "某某县")
    (True, False)
    """
    return formal[:MIN_STEM] in text


def county_forms_nationwide(gaz: Gazetteer) -> dict[str, str]:
    """:attr:`AreaForms.counties`, derived."""
    by_form: dict[str, set[str]] = defaultdict(set)
    for code in gaz.codes_of_length(6):
        if level_of(code) in ("city", "county") and not gaz.is_placeholder(code):
            for form in bare_forms(code, gaz):
                by_form[form].add(code)
    return {
        f: code
        for f, cs in by_form.items()
        if len(cs) == 1
        and level_of(code := next(iter(cs))) == "county"
        and len(f) >= 2
        and not is_common_word(f)
    }


def city_forms(gaz: Gazetteer) -> tuple[dict[str, str], dict[str, str]]:
    """:attr:`AreaForms.cities` and :attr:`AreaForms.worded_cities`, derived."""
    by_form: dict[str, set[str]] = defaultdict(set)
    for code in gaz.codes_of_length(6):  # by bisection: not all 665,000 codes
        if level_of(code) == "city" and not gaz.is_placeholder(code):
            for form in bare_forms(code, gaz):
                by_form[form].add(code)
    cities: dict[str, str] = {}
    worded: dict[str, str] = {}
    for f, cs in by_form.items():
        if len(cs) == 1 and len(f) >= 2:
            place = not is_common_word(f) and pos_of(f) in CITY_FORM_POS
            (cities if place else worded)[f] = next(iter(cs))
    return cities, worded


def derive_area_forms(gaz: Gazetteer) -> AreaForms:
    """The tables, derived from the gazetteer and jieba's dictionary (no cache)."""
    counties = county_forms_nationwide(gaz)
    cities, worded = city_forms(gaz)
    pairs = [*counties.items(), *cities.items()]
    bare = {code: form for form, code in pairs if not is_dictionary_word(form)}
    return AreaForms(counties, cities, bare, worded)


def cache_file(gaz_key: str) -> Path:
    """Where the tables of the gazetteer keyed ``gaz_key`` are cached (module docstring)."""
    digest = hashlib.sha256(f"{gaz_key}|{segment.dictionary_key()}".encode())
    digest.update(module_source(segment).read_bytes())  # the frequency and tag tests
    digest.update(module_source(sys.modules[__name__]).read_bytes())  # compiled or not
    return cache_dir() / f"area-forms-{digest.hexdigest()[:16]}.marshal"


def _is_table(value: object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    )


def read_cached(path: Path) -> AreaForms | None:
    """The tables cached at ``path``, or None when absent, unreadable or of another
    shape (a cache is never trusted: anything wrong with it means deriving again)."""
    try:
        tables = marshal.loads(path.read_bytes())
    except Exception:
        return None
    if not (isinstance(tables, tuple) and len(tables) == 4 and all(map(_is_table, tables))):
        return None
    return AreaForms(*tables)


@functools.cache
def area_forms(gaz: Gazetteer) -> AreaForms:
    """The tables of ``gaz``, read from the disk cache when the gazetteer has a key and
    the cache holds them, else derived (and cached when the gazetteer has a key)."""
    if gaz.cache_key is None:
        return derive_area_forms(gaz)
    path = cache_file(gaz.cache_key)
    got = read_cached(path)
    if got is not None:
        return got
    got = derive_area_forms(gaz)
    with contextlib.suppress(OSError, ValueError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tables = (got.counties, got.cities, got.bare_areas, got.worded_cities)
        atomic_write_bytes(path, marshal.dumps(tables))
        remove_stale(path, "area-forms-*")  # tables of other data or rules, long unused
    return got
