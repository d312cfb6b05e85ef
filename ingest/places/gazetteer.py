"""The official division gazetteer: every code of the NBS 2023 division list, its formal
name, level and parent.

Data: ``ingest/places/data/divisions.tsv.xz`` built by ``scripts/build_gazetteer.py`` from the npm
package ``china-division@2.7.0`` (WTFPL). Levels and parents follow from GB/T 2260 /
NBS code structure, so the file stores only ``code<TAB>name``:

* 12 digits: village or residents' committee, parent = first 9 digits;
* 9 digits: town, township or subdistrict, parent = first 6;
* 6 digits ``xx0000``: province; ``xxyy00``: prefecture-level city; other: county level,
  parent = the city ``xxyy00``, or the province when no such city row exists.

The stem table behind name look-ups and text matching (see :mod:`ingest.places.names`) takes
several seconds to derive from 665,000 names, so :func:`load_gazetteer` keeps the names and
the table in a pickle under ``$PBKG_CACHE_DIR`` (default ``~/.cache/pbkg``), keyed by a
digest of the data file and the alias rules' source: a later process loads both in well
under a second, and a change to either rebuilds the cache.
"""

from __future__ import annotations

import array
import bisect
import contextlib
import functools
import hashlib
import itertools
import lzma
import os
import pickle
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ingest import lexicon
from ingest.atomicio import atomic_write_bytes
from ingest.model import PlaceLevel, PlaceType
from ingest.places import codes
from ingest.places import match as place_match
from ingest.places import names as place_names
from ingest.places.codes import PLACEHOLDER_NAMES, level_of, parent_code
from ingest.places.match import MatchIndex, StemMatcher, decode_payload, match_index
from ingest.places.names import CLASS_SUFFIXES, encode_stems, split_form, village_kind

DATA_FILE = Path(__file__).resolve().parent / "data" / "divisions.tsv.xz"
HISTORICAL_FILE = Path(__file__).resolve().parent / "data" / "historical_places.tsv"


def division_type(code: str, name: str) -> PlaceType:
    """The entity type of a division: Village, ResidentsCommittee or Region.

    Village-level units are residents' committees when their name says so (居委会,
    居民委员会, 社区), villages when it says 村委会 / 村民委员会 / 嘎查; otherwise the NBS
    urban-rural code decides (the last three digits 001-199 are urban committees).
    """
    if len(code) != 12:
        return "Region"
    kind = village_kind(name)
    if kind is None:
        kind = "rc" if int(code[9:]) < 200 else "village"
    return "ResidentsCommittee" if kind == "rc" else "Village"


class DivisionNames(Mapping[str, str]):
    """Code → formal name for the whole country, stored compactly: the codes as one sorted
    integer array and the names as one string. Unpickling it takes a fraction of the
    time of a 665,000-entry dict, which is most of what loading the gazetteer costs.
    Iteration yields codes shortest first, each length in ascending (string) order."""

    def __init__(self, names: Mapping[str, str]) -> None:
        pairs = sorted(names.items(), key=lambda kv: int(kv[0]))
        self._codes = array.array("q", [int(c) for c, _ in pairs])
        self._ends = array.array("l", itertools.accumulate(len(n) for _, n in pairs))
        self._blob = "".join(n for _, n in pairs)

    def _find(self, code: object) -> int:
        if not isinstance(code, str) or len(code) not in (6, 9, 12) or not code.isdigit():
            return -1
        key = int(code)
        i = bisect.bisect_left(self._codes, key)
        return i if i < len(self._codes) and self._codes[i] == key else -1

    def __getitem__(self, code: str) -> str:
        i = self._find(code)
        if i < 0:
            raise KeyError(code)
        start = self._ends[i - 1] if i else 0
        return self._blob[start : self._ends[i]]

    def __contains__(self, code: object) -> bool:
        return self._find(code) >= 0

    def __iter__(self) -> Iterator[str]:
        # Integer order groups the lengths (6 < 9 < 12 digits); within a length it is
        # the string order, which is what the per-level bisection relies on.
        return (str(c) for c in self._codes)

    def __len__(self) -> int:
        return len(self._codes)

    def prefixed(self, size: int, prefix: str) -> Iterator[str]:
        """Codes of ``size`` digits that start with ``prefix`` (digits, at most ``size``),
        in order: a range of the integer array found by bisection, so that only those
        codes become strings (iterating all 665,000 to pick some cost a quarter second)."""
        scale = 10 ** (size - len(prefix))
        first = int(prefix) * scale if prefix else 10 ** (size - 1)
        lo = bisect.bisect_left(self._codes, max(first, 10 ** (size - 1)))
        hi = bisect.bisect_left(self._codes, (int(prefix) + 1) * scale if prefix else 10**size)
        return (str(c) for c in self._codes[lo:hi])


@dataclass(frozen=True, slots=True)
class Division:
    """One unit of the division list."""

    code: str
    name: str  # formal name as the NBS list writes it
    level: PlaceLevel
    parent: str | None
    type: PlaceType

    @property
    def placeholder(self) -> bool:
        """True for statistical groupings that are not places (上海 310100 市辖区)."""
        return self.name in PLACEHOLDER_NAMES


class Gazetteer:
    """Code → division lookups, parent chains and name search over the division list."""

    def __init__(
        self,
        names: Mapping[str, str],
        stems: dict[str, str] | None = None,
        index: MatchIndex | None = None,
        former: list[tuple[str, str]] | None = None,
    ) -> None:
        """``names`` maps every division code to its formal name; ``stems`` is the stem
        table derived from it (:func:`ingest.places.names.encode_stems`) and ``index`` the
        matcher's index (:func:`ingest.places.match.match_index`); both are built when absent.
        """
        self._names = names
        self._former = former or []
        self._stems = stems
        self._index = index
        self._matcher: StemMatcher | None = None
        self._ancestors: dict[str, frozenset[str]] = {}
        self._by_length: dict[int, list[str]] | None = None
        self._children: dict[str, list[str]] = {}
        self._parents: dict[str, str | None] = {}
        self._placeholder: dict[str, bool] = {}

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, code: object) -> bool:
        return code in self._names

    def codes(self) -> list[str]:
        """Every code, in no particular order."""
        return list(self._names)

    def get(self, code: str) -> Division | None:
        """The division with ``code``, or None when the code is unknown."""
        name = self._names.get(code)
        if name is None:
            return None
        return Division(code, name, level_of(code), self.parent(code), division_type(code, name))

    def parent(self, code: str) -> str | None:
        """The nearest existing unit above ``code`` (None for provinces and unknown codes)."""
        if code in self._parents:
            return self._parents[code]
        p = None
        if code in self._names:
            p = parent_code(code)
            while p is not None and p not in self._names:
                p = parent_code(p)
        self._parents[code] = p
        return p

    def is_placeholder(self, code: str) -> bool:
        """True for a statistical grouping that is no place (310100 市辖区) or an unknown
        code."""
        got = self._placeholder.get(code)
        if got is None:
            name = self._names.get(code)
            got = self._placeholder[code] = name is None or name in PLACEHOLDER_NAMES
        return got

    def chain(self, code: str) -> list[Division]:
        """``code``'s division followed by every unit above it, up to the province.

        Placeholder groupings (市辖区, 县, 省直辖县级行政区划) are skipped: 310116 gives
        [金山区, 上海市]. Raises ``KeyError`` for an unknown code.
        """
        if code not in self._names:
            raise KeyError(code)
        out: list[Division] = []
        c: str | None = code
        while c is not None:
            d = self.get(c)
            if d is None:  # pragma: no cover - parent() only returns known codes
                break
            if not d.placeholder:
                out.append(d)
            c = d.parent
        return out

    def ancestors(self, code: str) -> frozenset[str]:
        """Codes of every unit above ``code`` (placeholders included), without ``code``."""
        got = self._ancestors.get(code)
        if got is None:
            out = set()
            c = self.parent(code)
            while c is not None:
                out.add(c)
                c = self.parent(c)
            got = self._ancestors[code] = frozenset(out)
        return got

    def children(self, code: str) -> list[str]:
        """Codes of the units directly under ``code``, sorted (a city without counties
        has its towns as children; a province its cities, or for a municipality the
        placeholder 市辖区)."""
        level = level_of(code)
        if level == "village":
            return []
        got = self._children.get(code)
        if got is not None:
            return got
        prefix = {"province": code[:2], "city": code[:4], "county": code, "town": code}[level]
        size = 12 if level == "town" else 9 if level == "county" else 6
        out = [c for c in self._prefixed(size, prefix) if c != code and self.parent(c) == code]
        if level == "city" and not out:  # 东莞 441900: towns directly under the city
            out = [c for c in self._prefixed(9, prefix) if self.parent(c) == code]
        self._children[code] = out
        return out

    def codes_of_length(self, size: int) -> Iterator[str]:
        """Every code of ``size`` digits (6: provinces, cities, counties), in order."""
        return self._prefixed(size, "")

    def _prefixed(self, size: int, prefix: str) -> Iterator[str]:
        """Codes of ``size`` digits starting with ``prefix``, by bisection (no copying)."""
        if isinstance(self._names, DivisionNames):
            return self._names.prefixed(size, prefix)
        if self._by_length is None:
            by_length: dict[int, list[str]] = {6: [], 9: [], 12: []}
            for c in self._names:
                by_length[len(c)].append(c)
            for pool in by_length.values():
                pool.sort()  # a plain dict of names may come in any order
            self._by_length = by_length
        return self._bisected(self._by_length[size], prefix)

    @staticmethod
    def _bisected(pool: list[str], prefix: str) -> Iterator[str]:
        i = bisect.bisect_left(pool, prefix)
        while i < len(pool) and pool[i].startswith(prefix):
            yield pool[i]
            i += 1

    def find(self, name: str, level: str | None = None) -> list[str]:
        """Codes whose formal name or any alias form (see :mod:`ingest.places.names`)
        equals ``name``, optionally only at ``level``; sorted. Bare short forms (金山 for
        金山区) are not included: they need article context, see :mod:`ingest.places.link`.
        The historical names of ``ingest/places/data/historical_places.tsv`` are included.
        """
        stems = self.stem_table()
        found: set[str] = set()
        for stem, suffix in [*split_form(name), (name, "")]:
            payload = stems.get(stem)
            if payload is None:
                continue
            for code, cls in decode_payload(payload):
                if cls != "B" and suffix in CLASS_SUFFIXES[cls]:
                    found.add(code)
        return sorted(c for c in found if level is None or level_of(c) == level)

    def stem_table(self) -> dict[str, str]:
        """The stem table (stem → payload), built on first use when not loaded."""
        if self._stems is None:
            self._stems = encode_stems(self._names, self._former)
        return self._stems

    def matcher(self) -> StemMatcher:
        """The text matcher over this gazetteer's stems (built once)."""
        if self._matcher is None:
            if self._index is None:
                self._index = match_index(self.stem_table())
            self._matcher = StemMatcher(self.stem_table(), self._index)
        return self._matcher

    @property
    def names(self) -> Mapping[str, str]:
        """The code → formal name mapping (do not modify)."""
        return self._names


def read_divisions(path: Path = DATA_FILE) -> dict[str, str]:
    """Read a compact gazetteer file into ``{code: formal name}``.

    Raises ``FileNotFoundError`` when the file is missing and ``ValueError`` on a
    malformed line.
    """
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        return parse_divisions(fh.read(), str(path))


def parse_divisions(text: str, path: str = "<text>") -> dict[str, str]:
    """Parse ``code<TAB>name`` lines (``#`` comments allowed) into ``{code: name}``.

    Raises ``ValueError`` on a malformed line.
    """
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        code, sep, name = line.partition("\t")
        if not sep:
            raise ValueError(f"{path}:{n}: expected code<TAB>name")
        out[code] = name
    return out


def read_historical(path: Path = HISTORICAL_FILE) -> list[tuple[str, str]]:
    """The curated former names ``(name, current code)``; ``#`` lines are comments.

    Raises ``ValueError`` on a line without name, code and source note.
    """
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or not parts[2].strip():
            raise ValueError(f"{path}:{n}: expected name<TAB>code<TAB>source note")
        out.append((parts[0].strip(), parts[1].strip()))
    return out


def _cache_path(data: bytes) -> Path:
    digest = hashlib.sha256(data)
    digest.update(HISTORICAL_FILE.read_bytes())
    digest.update(Path(__file__).read_bytes())  # DivisionNames' layout is pickled too
    digest.update(Path(place_names.__file__).read_bytes())
    digest.update(Path(codes.__file__).read_bytes())
    # the alias rules read word lists (ethnic groups, generic and phrase names, variant
    # characters) through the lexicon loader
    digest.update(Path(lexicon.__file__).read_bytes())
    lexicons = resources.files("ingest").joinpath("lexicons")
    for name in sorted(p.name for p in lexicons.iterdir() if p.name.endswith(".tsv")):
        digest.update(lexicons.joinpath(name).read_bytes())
    digest.update(Path(place_match.__file__).read_bytes())
    root = Path(os.environ.get("PBKG_CACHE_DIR") or Path.home() / ".cache" / "pbkg")
    return root / f"gazetteer-{digest.hexdigest()[:16]}.pickle"


# A cache of other data or rules unused (read or written) for this long is removed.
STALE_CACHE_SECONDS = 7 * 24 * 3600


def _last_used(path: Path) -> float:
    try:
        st = path.stat()
    except OSError:
        return float("inf")
    return max(st.st_mtime, st.st_atime)


def _read_cache(cache: Path) -> Gazetteer | None:
    """The gazetteer pickled at ``cache``, or None when absent or unreadable (a cache is
    never trusted: anything wrong with it means rebuilding)."""
    try:
        names, stems, index = pickle.loads(cache.read_bytes())
    except Exception:
        return None
    return Gazetteer(names, stems, index)


@contextlib.contextmanager
def _build_lock(cache: Path) -> Iterator[None]:
    """Hold an exclusive lock next to ``cache`` while building it, so that parallel
    workers on a fresh machine build once and the others read the result. Without a
    writable cache directory or ``fcntl`` (non-POSIX) it does nothing."""
    try:
        import fcntl

        cache.parent.mkdir(parents=True, exist_ok=True)
        fh = open(cache.with_suffix(".lock"), "a")  # noqa: SIM115 - held across the yield
    except (ImportError, OSError):
        yield
        return
    try:
        fcntl.flock(fh, fcntl.LOCK_EX)
        yield
    finally:
        fh.close()  # closing releases the lock


@functools.cache
def load_gazetteer(path: Path = DATA_FILE) -> Gazetteer:
    """The national gazetteer with its stem table (loaded once per process).

    Uses the pickle cache described in the module docstring; when the cache is missing or
    unreadable the table is rebuilt (several seconds) and the cache rewritten if possible.
    Raises ``FileNotFoundError`` when the data file is missing.
    """
    data = Path(path).read_bytes()
    cache = _cache_path(data)
    got = _read_cache(cache)
    if got is not None:
        return got
    with _build_lock(cache):
        got = _read_cache(cache)  # another process may have built it while we waited
        if got is not None:
            return got
        return _build(data, str(path), cache)


def _build(data: bytes, where: str, cache: Path) -> Gazetteer:
    """Parse the data file, derive the stem table and match index, write the cache."""
    names = DivisionNames(parse_divisions(lzma.decompress(data).decode("utf-8"), where))
    stems = Gazetteer(names, former=read_historical()).stem_table()
    index = match_index(stems)
    with contextlib.suppress(OSError):
        blob = pickle.dumps((names, stems, index), protocol=pickle.HIGHEST_PROTOCOL)
        atomic_write_bytes(cache, blob)
        # Caches of other data or rules are removed once unused for a while: another
        # checkout or version of pbkg sharing the directory may still read its own (two
        # of them pruning each other's caches rebuilt the table in every process).
        stale_before = time.time() - STALE_CACHE_SECONDS
        for stale in cache.parent.glob("gazetteer-*"):
            if stale.stem != cache.stem and _last_used(stale) < stale_before:
                stale.unlink(missing_ok=True)
    return Gazetteer(names, stems, index)
