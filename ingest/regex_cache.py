"""Compiled regular expressions carried from one process to the next.

pbkg's modules compile about 230 patterns when they are imported, most of them with a
class of Han characters (``[\\u4e00-\\u9fff]``). For such a class the ``re`` module's
compiler marks every one of its 21,000 characters in a table, one Python loop step each:
about 0.1 CPU-s per process, a tenth of what a whole ``pbkg extract`` pays before its
first story, and the same work in every process. What the compiler makes of a pattern
(the "code" of ``re``'s matching engine, a list of ints, and its group names) is plain
data, so it is kept here as ``marshal`` under ``$PBKG_CACHE_DIR`` and handed straight to
the engine in later processes: :func:`install` puts those patterns in ``re``'s own cache
of compiled patterns before pbkg's modules compile theirs, so that their
``re.compile`` finds them there. A pattern made from cached code is equal to the one
``re.compile`` makes (``Pattern.__eq__`` compares the code itself; tested).

This leans on CPython's private ``re`` internals (``re._cache``, ``re._compiler``,
``_sre.compile``), so the cache is keyed by the exact Python version and the engine's
``MAGIC``, checked for shape when read, and anything unexpected means no preloading:
``re.compile`` then works as it always does. Only patterns with some syntax are kept
(:func:`is_structured`): a plain string, such as a name searched for in one story
(``re.escape``), compiles quickly and would only grow the file, once per new text.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import hashlib
import marshal
import re
import sys
from pathlib import Path
from typing import Any

from ingest.caches import cache_dir, remove_stale

# Characters that make a pattern more than a plain string (what ``re.escape`` escapes
# among ASCII punctuation that a name could hold).
_SYNTAX = frozenset("[](){}|\\.*+?^$")
# The file is rewritten whenever a pattern with syntax that the process compiled is
# missing from it. It was once rewritten only when a quarter were missing, for fear of
# alternations built from a set, whose text would change with each process's string
# hashing: there are none (three processes over the same articles, each with its own
# hash seed, compiled the same 298 patterns), and the rule left every pattern added
# since the last rewrite to be compiled again in every process — 11 of them, 0.025
# CPU-s of a one-article `pbkg extract`, by the eighteenth session. Different inputs
# compile a few patterns more (an HTML page's, a byline's): each is added once.
# At most this many patterns are kept (``re`` itself keeps 512). One ``pbkg extract``
# compiles ~300, and the other commands (build, review, the exports) some of their own,
# all kept in one file per checkout; preloading costs ~8 microseconds a pattern.
MAX_PATTERNS = 1000

# pattern, flags as given → flags as compiled, code, groups - 1, group names → index,
# index → group name (the arguments of ``_sre.compile`` besides the pattern)
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_loaded: dict[tuple[str, int], Entry] = {}


def engine_key() -> str:
    """What the cached code depends on: the interpreter's exact version and the regular
    expression engine's code format."""
    return f"{sys.version}|{sys.implementation.name}|{_sre.MAGIC}|{_sre.CODESIZE}"


# The folder of this ``ingest`` package: one checkout or installation of pbkg.
_PACKAGE = Path(__file__).resolve().parent


def cache_file(package: Path = _PACKAGE) -> Path:
    """The cache file of this interpreter (:func:`engine_key`) and of this checkout or
    installation of pbkg (``package``). Versions sharing one cache directory compile
    different patterns: with one file for all, each process preloaded the last writer's
    patterns, many of them never asked for, and compiled its own missing ones every time
    (the file was then rewritten only when a quarter were missing): about 0.02 CPU-s a
    process with three versions in use."""
    key = hashlib.sha256(f"{engine_key()}|{package}".encode()).hexdigest()[:16]
    return cache_dir() / f"regex-code-{key}.marshal"


def compile_entry(pattern: str, flags: int) -> Entry:
    """What ``re``'s compiler makes of ``pattern`` (as ``re._compiler.compile`` does)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def pattern_of(pattern: str, entry: Entry) -> re.Pattern[str]:
    """The compiled pattern, made from its cached code."""
    final_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)  # type: ignore[no-any-return]


def is_structured(pattern: str) -> bool:
    """Whether ``pattern`` uses any regular expression syntax (a class, a group, an
    alternation, a quantifier, an escape): the patterns worth keeping."""
    return not _SYNTAX.isdisjoint(pattern)


def _is_entry(key: Any, entry: Any) -> bool:
    return (
        isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], str)
        and isinstance(key[1], int)
        and isinstance(entry, tuple)
        and len(entry) == 5
        and isinstance(entry[0], int)
        and isinstance(entry[1], list)
        and isinstance(entry[2], int)
        and isinstance(entry[3], dict)
        and isinstance(entry[4], tuple)
    )


def _re_cache() -> dict[Any, Any] | None:
    """``re``'s own cache of compiled patterns, when it has the shape this module knows
    (a dict keyed by ``(type, pattern, flags)``, as in CPython since 3.7)."""
    got = getattr(re, "_cache", None)
    return got if isinstance(got, dict) and hasattr(re, "_compiler") else None


def install() -> int:
    """Preload the cache file of this interpreter (:func:`preload`); return how many
    patterns were preloaded."""
    return preload(cache_file())


def save_at_exit() -> None:
    """Save the patterns this process compiled when it exits (:func:`save`). Called by
    the ``pbkg`` command line only: a long process of another kind (a test run compiles
    thousands of patterns, and ``re`` forgets the oldest beyond 512) would fill the file
    with its own patterns instead of those every ``pbkg`` process compiles."""
    atexit.register(save, cache_file())


def preload(path: Path) -> int:
    """Put the patterns cached at ``path`` in ``re``'s cache; return how many. Any
    problem with the file means none (``re.compile`` then compiles them as usual)."""
    global _loaded
    cache = _re_cache()
    if cache is None:
        return 0
    try:
        table = marshal.loads(path.read_bytes())
        if not isinstance(table, dict) or not all(_is_entry(k, e) for k, e in table.items()):
            return 0
        made = {k: pattern_of(k[0], e) for k, e in table.items()}
    except Exception:  # a cache is never trusted: a bad one is ignored, then rewritten
        return 0
    _loaded = table
    for (pattern, flags), compiled in made.items():
        cache.setdefault((str, pattern, flags), compiled)
    return len(made)


def save(path: Path) -> None:
    """Rewrite the cache file when it lacks any of the patterns with some syntax
    (:func:`is_structured`) in ``re``'s cache: those patterns first, then the file's, at
    most :data:`MAX_PATTERNS`. Errors are ignored."""
    cache = _re_cache()
    if cache is None:
        return
    with contextlib.suppress(Exception):
        used = [(k[1], k[2]) for k in list(cache) if k[0] is str and isinstance(k[2], int)]
        structured = [key for key in used if is_structured(key[0])]
        missing = [key for key in structured if key not in _loaded]
        if not missing:
            return
        fresh = {key: compile_entry(*key) for key in missing}
        # this process's patterns first: those of the file the least recently written go
        # first when there are too many
        table = {**fresh, **{k: e for k, e in _loaded.items() if k not in fresh}}
        table = dict(list(table.items())[:MAX_PATTERNS])
        from ingest.atomicio import atomic_write_bytes  # tempfile: only when writing

        atomic_write_bytes(path, marshal.dumps(table))
        remove_stale(path, "regex-code-*")  # other Python versions', long unused
