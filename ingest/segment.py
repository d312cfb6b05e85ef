"""The one door to jieba: word tokens with exact character offsets and a part of speech.

Every other module works on :class:`Token` values. jieba's dictionary is loaded once per
process (``_tokenizer``); the part of speech comes from a lookup in jieba's own word-tag
table rather than from ``jieba.posseg.cut``, which is about thirty times slower than
plain segmentation and would break pbkg's speed budget. Words jieba discovers on the fly
(its HMM step: mostly personal and brand names) have no entry and get ``pos == "x"``,
which the rules treat as "name-like".

That word-tag table is what ``jieba.posseg`` reads from jieba's dictionary at import
(349,000 lines: a quarter of a second, more than half of what loading jieba itself
costs). It is read here instead, without importing ``jieba.posseg``, and kept as a
``marshal`` file under ``$PBKG_CACHE_DIR`` (default ``~/.cache/pbkg``), keyed by the
dictionary's path, size and modification time and jieba's version; a later process
loads it in half the time. jieba's prefix dictionary is cached beside it the same way
(:func:`_load_prefix_dict`). Segmentation reads both from one cache of the taught prefix
dictionary whose groups carry the tags (:func:`_dictionary`). A cache is never trusted:
anything wrong with it means reading the dictionary again.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import logging
import marshal
import math
import re
import sys
import threading
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from ingest.atomicio import atomic_write_bytes
from ingest.caches import cache_dir, remove_stale
from ingest.lexicon import load_lexicon
from ingest.prefix_dict import Frequencies, PrefixDict, Tags, TokenizerFrequencies
from ingest.prefix_dict import pack as pack_prefixes
from ingest.word_tags import WordTags, is_packed, pack

UNKNOWN_POS = "x"

_lock = threading.Lock()


class Token(NamedTuple):
    """One word of the text: ``text == source[start:end]``.

    A NamedTuple rather than a frozen dataclass: an article has thousands of tokens and
    a frozen dataclass's ``__init__`` costs several times more, which showed in the
    throughput benchmark.
    """

    start: int
    end: int
    text: str
    pos: str  # jieba/ICTCLAS tag (ns place, nr person, nt organisation, v verb ...) or "x"


@cache
def _tokenizer() -> tuple[Any, WordTags]:
    """Load jieba once per process; return its tokenizer, taught pbkg's words, and the
    word → tag table. Only jieba's own ``cut`` and :func:`add_words` need it: pbkg's
    segmentation reads :func:`_dictionary`, the same table without loading it whole."""
    with _lock:
        jieba = _import_jieba()
        jieba.setLogLevel(logging.WARNING)
        _load_prefix_dict(jieba.dt, jieba.__version__)
        tags = _word_tags(jieba.dt, jieba.__version__)
        _teach(jieba.dt, tags, load_lexicon().segment_words)
        return jieba.dt, tags


# The prefix dictionary pbkg cuts with and the word tags (:func:`_dictionary`).
_words: tuple[Frequencies, Tags] | None = None


def _dictionary() -> tuple[Frequencies, Tags]:
    """The prefix dictionary pbkg segments with — jieba's, taught the words of
    ``segment_words.tsv`` exactly as :func:`_tokenizer` teaches them — and the word →
    tag table. The taught table is cached grouped by first character, each group
    carrying its words' tags (:mod:`ingest.prefix_dict`, keyed like jieba's tables and
    by the taught words), so a process loads only the groups its texts ask about (~0.01
    CPU-s where the whole table took ~0.21) and unpacks each once for both; when the
    cache is missing or unreadable it is made from :func:`_tokenizer`'s tables."""
    global _words
    got = _words
    if got is None:
        got = _words = _load_dictionary()
    return got


def _load_dictionary() -> tuple[Frequencies, Tags]:
    cache_file = _taught_cache_file()
    with contextlib.suppress(Exception):
        packed, total = marshal.loads(cache_file.read_bytes())
        # groups of three strings (a cache of groups without tags is made again)
        if is_packed(packed, 3) and isinstance(total, int):
            words = PrefixDict(packed, total)
            return words, words.tags
    tok, tags = _tokenizer()
    try:
        packed = pack_prefixes(tok.FREQ, tags)
    except ValueError:  # a word jieba holds that cannot be packed: cut with its tables
        return TokenizerFrequencies(tok), tags
    with contextlib.suppress(OSError, ValueError):
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(cache_file, marshal.dumps((packed, tok.total)))
        remove_stale(cache_file, "jieba-taught-prefix-tag-groups-*")
        remove_stale(cache_file, "jieba-taught-prefix-groups-*")  # groups without tags
    words = PrefixDict(packed, tok.total)
    return words, words.tags


def _taught_cache_file(kind: str = "taught-prefix-tag-groups") -> Path:
    """Where the taught prefix dictionary (:func:`_dictionary`) is cached: keyed by
    jieba's version and dictionary file (:func:`_cache_file`) and by the taught words.
    Its groups carry the word tags: a file name of its own, so that a checkout of an
    earlier version sharing the cache directory keeps its own cache of groups without
    tags (``taught-prefix-groups``) instead of both rewriting one file."""
    jieba = _import_jieba()
    jieba.setLogLevel(logging.WARNING)
    taught = load_lexicon().segment_words
    digest = hashlib.sha256("\n".join(taught).encode()).hexdigest()[:16]
    return _cache_file(jieba.dt, jieba.__version__, f"{kind}-{digest}")


def dictionary_key() -> str:
    """A short key of everything :func:`_dictionary` is made from (jieba's version, its
    dictionary file, the taught words): tables derived from the words' frequencies and
    tags (:mod:`ingest.places.area_forms`) are cached under it (the name the cache had
    before its groups carried the tags: the same inputs, so the same key)."""
    return _taught_cache_file("taught-prefix-groups").stem


def _import_jieba() -> Any:
    """``import jieba``, without the ``pkg_resources`` its ``_compat`` module imports
    only to open jieba's own data files (about 0.08 CPU-s per process, a third of
    importing jieba): when that import fails, jieba opens them by path, the same files.
    ``pkg_resources`` is blocked only while jieba is imported (a ``None`` entry in
    ``sys.modules`` makes ``import`` raise ImportError), so anything that imports it
    later gets it."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    return jieba


def _cache_file(tok: Any, version: str, kind: str) -> Path:
    """Where the ``kind`` table of ``tok``'s dictionary is cached: keyed by jieba's
    version and the dictionary's path, size and modification time."""
    path = _dictionary_path(tok)
    st = path.stat()
    key = hashlib.sha256(f"{version}|{path}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()
    return cache_dir() / f"jieba-{kind}-{key[:16]}.marshal"


def _load_prefix_dict(tok: Any, version: str) -> None:
    """``tok.initialize()``, through a cache of its own: jieba's prefix dictionary (word →
    frequency, with every prefix of a word at 0) and the frequencies' total.

    jieba keeps the same table as marshal in the temporary directory but reads it with
    ``marshal.load`` from the open file, which reads the file piece by piece for each of
    its 500,000 strings: about 0.5 CPU-s per process, where ``marshal.loads`` of the
    file's bytes takes 0.2. The table here is the one jieba built or loaded itself.
    """
    if tok.initialized:
        return
    cache_file = _cache_file(tok, version, "prefix-dict")
    with contextlib.suppress(Exception):
        freq, total = marshal.loads(cache_file.read_bytes())
        if isinstance(freq, dict) and isinstance(total, int):
            with tok.lock:
                tok.FREQ, tok.total, tok.initialized = freq, total, True
            return
    tok.initialize()
    with contextlib.suppress(OSError, ValueError):
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(cache_file, marshal.dumps((tok.FREQ, tok.total)))
        remove_stale(cache_file, "jieba-prefix-dict-*")  # other dictionaries, long unused


def _dictionary_path(tok: Any) -> Path:
    """The dictionary file jieba's tokenizer ``tok`` reads (its own dict.txt by default)."""
    if tok.dictionary is None:
        import jieba

        return Path(jieba.__file__).resolve().parent / "dict.txt"
    return Path(tok.dictionary)


def _word_tags(tok: Any, version: str) -> WordTags:
    """jieba's word → part-of-speech table, exactly as ``jieba.posseg`` builds it from the
    dictionary of ``tok``, through the marshal cache (module docstring), grouped by first
    character (:mod:`ingest.word_tags`: a group is unpacked when first asked)."""
    path = _dictionary_path(tok)
    cache_file = _cache_file(tok, version, "word-tag-groups")
    with contextlib.suppress(Exception):
        packed = marshal.loads(cache_file.read_bytes())
        if is_packed(packed):
            return WordTags(packed)
    packed = pack(read_word_tags(path.read_bytes(), str(path)))
    with contextlib.suppress(OSError):
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(cache_file, marshal.dumps(packed))
        remove_stale(cache_file, "jieba-word-tag-groups-*")
    return WordTags(packed)


def read_word_tags(data: bytes, where: str = "dictionary") -> dict[str, str]:
    """``word freq tag`` lines → ``{word: tag}``, line by line as ``jieba.posseg`` reads
    them (its ``load_word_tag``); raises ValueError on a malformed line."""
    tags: dict[str, str] = {}
    for lineno, raw in enumerate(data.split(b"\n"), 1):
        line = raw.strip().decode("utf-8")
        if not line:
            continue
        parts = line.split(" ")
        if len(parts) != 3:
            raise ValueError(f"invalid POS dictionary entry in {where} at line {lineno}: {line}")
        tags[parts[0]] = parts[2]
    return tags


def add_words(words: Iterable[str]) -> None:
    """Teach jieba words it should never split (pattern words from the lexicons, e.g.
    结对, 党总支); tags already in the table are kept."""
    global _memo, _words
    tok, tags = _tokenizer()
    _teach(tok, tags, words)
    _words = (TokenizerFrequencies(tok), tags)  # the taught table, as jieba now holds it
    _memo = (0, 0, {})


def _teach(tok: Any, tags: WordTags, words: Iterable[str]) -> None:
    """``add_words`` on a tokenizer being loaded: the words of ``segment_words.tsv`` reach
    jieba in every process, before its first cut. A new word has no tag (``x``:
    name-like), as a brand's part should be; a word jieba knows keeps its tag, and gets
    the frequency it needs to beat its characters' cut when its own is too low (置地 is
    in jieba's dictionary, yet cut 置/地)."""
    for w in words:
        if not w:
            continue
        if w not in tags:
            tok.add_word(w, freq=None, tag=None)
        elif tok.FREQ.get(w, 0) < (need := tok.suggest_freq(w, False)):
            tok.add_word(w, freq=need, tag=None)


def tokenize(text: str) -> tuple[Token, ...]:
    """Split ``text`` into tokens that tile it exactly (no gaps, no overlaps)."""
    return _tokens(text, 0)


def _tokens(text: str, offset: int, block: bool = False) -> tuple[Token, ...]:
    """The tokens of ``text`` placed at ``offset``; ``block`` says that ``text`` is one
    whole block (:data:`_BLOCK`), which :func:`_cut_block` segments directly."""
    words, tags = _dictionary()
    new = tuple.__new__  # Token(...) without NamedTuple's Python-level __new__
    out = []
    start = offset
    for word in _cut_block(words, text) if block else _cut_text(words, text):
        end = start + len(word)
        tag = _tag_of(tags, word)
        out.append(new(Token, (start, end, word, UNKNOWN_POS if tag is None else tag)))
        start = end
    return tuple(out)


def _tag_of(tags: Tags, word: str) -> str | None:
    """``tags.get(word)``, looked up here rather than by a call into the table (a tenth
    of a microsecond against a few, for every token: ~4 % of a whole extraction
    process): the table keeps a word in the group of its first character, and the groups
    unpacked so far are the dicts of ``tags.unpacked``; a group not unpacked yet is
    asked of ``tags.group``."""
    group = tags.unpacked.get(word[:1])
    if group is None:
        group = tags.group(word[:1])
    return group.get(word)


def _cut_text(freq: Frequencies, text: str) -> list[str]:
    """The words of ``jieba.cut(text, HMM=True)`` for any text, as jieba's ``cut`` splits
    it: each block (its ``re_han_default``) by :func:`_cut_block`; between blocks a CR LF
    and each blank alone (its ``re_skip_default``), every other character by itself.
    Short windows are cut this way in hot loops (``tokenize(text[e : e + 8])``), where
    jieba's generators and per-block set-up cost more than the cutting."""
    import jieba

    han, skip = jieba.re_han_default, jieba.re_skip_default
    words: list[str] = []
    for blk in han.split(text):
        if not blk:
            continue
        if han.match(blk):
            words += _cut_block(freq, blk)
            continue
        for x in skip.split(blk):
            if skip.match(x):
                words.append(x)
            else:
                words.extend(x)
    return words


# jieba's HMM module once imported (:func:`_finalseg`).
_finalseg_module: Any = None


def _finalseg() -> Any:
    """``jieba.finalseg``, imported once: ``from jieba import finalseg`` in a compiled
    function goes through the import system's interpreted ``_handle_fromlist`` at every
    call (jieba is a package), and :func:`_cut_block` runs for every block cut."""
    global _finalseg_module
    if _finalseg_module is None:
        from jieba import finalseg

        _finalseg_module = finalseg
    return _finalseg_module


def _cut_block(freq: Frequencies, block: str) -> list[str]:
    """The words of ``jieba.cut(block, HMM=True)`` for one whole block: the same words,
    computed the same way with the same floating-point operations in the same order.

    jieba builds the block's word graph (``get_DAG``: a dict of lists), then finds the
    likeliest route through it (``calc``: a generator of tuples per character through
    ``max``) and finally hands runs of single characters it does not know to its HMM
    (``finalseg``). Here the graph and the route are one right-to-left loop over local
    lists, which is where jieba spends most of its time; ties go to the longer word, as
    ``max`` over ``(score, end)`` tuples does. ``tests/extract/test_segment.py`` holds
    it equal to ``jieba.cut``.
    """
    finalseg = _finalseg()
    end = _route(freq, block)
    get = freq.get
    n = len(block)
    words: list[str] = []
    buf = ""
    x = 0
    while x < n:
        y = end[x] + 1
        if y - x == 1:
            buf += block[x]
        else:
            if buf:
                _flush(buf, get, finalseg, words)
                buf = ""
            words.append(block[x:y])
        x = y
    if buf:
        _flush(buf, get, finalseg, words)
    return words


def _route(freq: Frequencies, block: str) -> list[int]:
    """jieba's likeliest route through ``block``'s word graph (:func:`_cut_block`):
    ``end[i]`` is the last character of the word the route takes at ``i`` when it
    reaches ``i``. The route from ``i`` on depends only on ``block[i:]``, so the route of
    a block's tail is the tail of the block's route (:func:`starts_a_word_surely`)."""
    get = freq.get
    log = math.log
    total = freq.total
    logtotal = log(total)
    memo = _log_probabilities(freq, total)
    memo_get = memo.get
    n = len(block)
    score: list[float] = [0.0] * (n + 1)
    end = list(range(n + 1))  # end[i]: the last character of the word starting at i
    for i in range(n - 1, -1, -1):
        best = None
        best_j = i
        j = i
        frag = block[i]
        while True:
            lp = memo_get(frag)
            if lp is None:
                f = get(frag)
                if f is None:
                    break
                lp = memo[frag] = log(f) - logtotal if f else _PREFIX_ONLY
            if lp != _PREFIX_ONLY:  # by value: compiled code holds floats unboxed
                s = lp + score[j + 1]
                if best is None or s >= best:
                    best = s
                    best_j = j
            j += 1
            if j >= n:
                break
            frag = block[i : j + 1]
        if best is None:  # no word starts here: the character alone, freq 1
            best = log(get(block[i]) or 1) - logtotal + score[i + 1]
        score[i] = best
        end[i] = best_j
    return end


def starts_a_word_surely(text: str, lo: int, start: int, stop: int) -> bool:
    """A cheap test that :func:`tokenize` of ``text[lo:stop]`` has a word starting at
    ``start`` (``lo < start < stop``): True when it certainly has, False when this test
    cannot tell (then cut to know). Exact, not a guess: True needs

    * no dictionary word of the window across ``start`` (``text[i:j]``, ``lo <= i <
      start < j <= stop``, found as jieba's word graph finds words: through the chain of
      prefixes from ``i``), so jieba's route has a word boundary at ``start``; and
    * the route's word at ``start`` longer than one character (the route of the block's
      tail from ``start``: :func:`_route`), so no run of single characters the HMM might
      join (``_flush``) reaches across ``start``.

    >>> starts_a_word_surely("居民来到金山参观", 0, 4, 8)
    True
    >>> starts_a_word_surely("解读了雄安新区规划纲要", 0, 4, 11)
    False
    """
    if not lo < start < stop <= len(text):
        return False
    block = _BLOCK.match(text, start - 1, stop)
    if block is None or block.end() <= start:
        return False
    freq = _dictionary()[0]
    get = freq.get
    total = freq.total
    memo = _log_probabilities(freq, total)
    memo_get = memo.get
    for i in range(lo, start):
        j = i + 1
        while j <= stop:
            frag = text[i:j]
            lp = memo_get(frag)
            if lp is None:
                f = get(frag)
                if f is None:
                    break
                lp = memo[frag] = math.log(f) - math.log(total) if f else _PREFIX_ONLY
            if j > start and lp != _PREFIX_ONLY:
                return False  # a word across start
            j += 1
    return _route(freq, text[start : block.end()])[0] > 0


# jieba's ``log(freq) - log(total)`` of each dictionary entry met so far, the same float
# jieba computes (``_cut_block`` then adds the route's score, as jieba does); a prefix
# that is no word by itself (frequency 0) maps to _PREFIX_ONLY. Kept for one dictionary
# table and total: a word added (jieba's add_word raises the total) starts a new memo.
_PREFIX_ONLY = 1.0  # no log-probability is positive
_memo: tuple[int, int, dict[str, float]] = (0, 0, {})


def _log_probabilities(freq: Frequencies, total: int) -> dict[str, float]:
    global _memo
    ident, was, memo = _memo
    if ident != id(freq) or was != total:
        memo = {}
        _memo = (id(freq), total, memo)
    return memo


def _flush(buf: str, get: Any, finalseg: Any, words: list[str]) -> None:
    """A run of single characters, as jieba's ``__cut_DAG`` yields it: one character
    alone; a run it does not know as a word through its HMM; a known word char by char."""
    if len(buf) == 1:
        words.append(buf)
    elif not get(buf):
        _hmm_cut(buf, finalseg, words)
    else:
        words.extend(buf)


def _hmm_cut(buf: str, finalseg: Any, words: list[str]) -> None:
    """``finalseg.cut(buf)``: Han runs through the HMM (:func:`_viterbi_states`), other
    characters as jieba's ``re_skip`` splits them; words jieba was told to split come out
    character by character."""
    force_split = finalseg.Force_Split_Words
    for blk in finalseg.re_han.split(buf):
        if finalseg.re_han.match(blk):
            states = _viterbi_states(blk, finalseg)
            begin = nexti = 0
            for i, state in enumerate(states):
                if state == "B":
                    begin = i
                    continue
                if state == "M":
                    continue
                word = blk[begin : i + 1] if state == "E" else blk[i]
                nexti = i + 1
                if word in force_split:
                    words.extend(word)
                else:
                    words.append(word)
            if nexti < len(blk):
                word = blk[nexti:]
                if word in force_split:
                    words.extend(word)
                else:
                    words.append(word)
        else:
            words.extend(x for x in finalseg.re_skip.split(blk) if x)


def _viterbi_states(obs: str, finalseg: Any) -> str:
    """The B/M/E/S states of ``finalseg.viterbi(obs, "BMES", ...)``: the same sums in the
    same order and the same tie-breaks (``max`` over ``(prob, state)`` tuples prefers the
    later letter), with back-pointers instead of a copied path per state and step."""
    low = finalseg.MIN_FLOAT
    start, trans, emit = finalseg.start_P, finalseg.trans_P, finalseg.emit_P
    e_b, e_m, e_e, e_s = emit["B"].get, emit["M"].get, emit["E"].get, emit["S"].get
    t_eb, t_sb = trans["E"].get("B", low), trans["S"].get("B", low)
    t_mm, t_bm = trans["M"].get("M", low), trans["B"].get("M", low)
    t_ss, t_es = trans["S"].get("S", low), trans["E"].get("S", low)
    t_be, t_me = trans["B"].get("E", low), trans["M"].get("E", low)
    c = obs[0]
    vb = start["B"] + e_b(c, low)
    vm = start["M"] + e_m(c, low)
    ve = start["E"] + e_e(c, low)
    vs = start["S"] + e_s(c, low)
    back: list[tuple[str, str, str, str]] = []  # per step: the state before B, M, E, S
    for c in obs[1:]:
        em = e_b(c, low)
        p_e, p_s = ve + t_eb + em, vs + t_sb + em
        nb, bb = (p_s, "S") if p_s >= p_e else (p_e, "E")
        em = e_m(c, low)
        p_m, p_b = vm + t_mm + em, vb + t_bm + em
        nm, bm = (p_m, "M") if p_m >= p_b else (p_b, "B")
        em = e_s(c, low)
        p_s, p_e = vs + t_ss + em, ve + t_es + em
        ns, bs = (p_s, "S") if p_s >= p_e else (p_e, "E")
        em = e_e(c, low)
        p_b, p_m = vb + t_be + em, vm + t_me + em
        ne, be = (p_m, "M") if p_m >= p_b else (p_b, "B")
        vb, vm, ve, vs = nb, nm, ne, ns
        back.append((bb, bm, be, bs))
    state = "S" if vs >= ve else "E"
    out = [state]
    slot = {"B": 0, "M": 1, "E": 2, "S": 3}
    for step in reversed(back):
        state = step[slot[state]]
        out.append(state)
    return "".join(reversed(out))


def pos_of(word: str) -> str:
    """jieba's part of speech for a dictionary word, ``"x"`` when it has none."""
    tag = _tag_of(_dictionary()[1], word)
    return UNKNOWN_POS if tag is None else tag


# A dictionary word at least this frequent in jieba's corpus is an ordinary word of the
# language (合作 13478, 发展 68664), unlike a rare place name (金山 291, 城关 89).
COMMON_FREQ = 1000
# Tags of words that are names by themselves: a frequent place word (东湖, 长安) is not
# an ordinary word for this purpose.
_PLACE_TAGS = frozenset({"ns", "nsf"})


def is_common_word(word: str) -> bool:
    """Whether ``word`` is a frequent ordinary word of jieba's dictionary (合作, 人民, 光明),
    not a place word; such a word needs more than its form to count as a place."""
    freq, tags = _dictionary()
    return (freq.get(word) or 0) >= COMMON_FREQ and _tag_of(tags, word) not in _PLACE_TAGS


# Tags of ordinary words: nouns, verbs, adjectives, adverbs and their mixtures.
_ORDINARY_TAGS = frozenset({"n", "v", "vn", "a", "ad", "an", "d", "vd", "l", "i"})


def dictionary_entry(word: str) -> tuple[int, str | None]:
    """How often jieba's dictionary has seen ``word`` and its tag (0, None when unknown)."""
    freq, tags = _dictionary()
    return freq.get(word) or 0, _tag_of(tags, word)


def is_dictionary_word(word: str) -> bool:
    """Whether ``word`` is an ordinary word of jieba's dictionary, of any frequency (果园,
    n): not a name, a place word or a word jieba does not know (朱泾)."""
    return _tag_of(_dictionary()[1], word) in _ORDINARY_TAGS


def whole_word_at(text: str, start: int, end: int) -> bool:
    """Whether jieba segments ``text[start:end]`` as one word of its own in the clause
    around it (a few characters either side: enough context for jieba's choice, and cheap
    because it is only asked about rare candidates)."""
    lo = max(0, start - 6)
    pos = lo
    for word in _cut_text(_dictionary()[0], text[lo : end + 6]):
        if pos == start:
            return pos + len(word) == end
        if pos > start:
            return False
        pos += len(word)
    return False


def cut(text: str) -> list[str]:
    """Bare ``jieba.cut`` (the speed reference for the throughput benchmark)."""
    tok, _ = _tokenizer()
    return list(tok.cut(text))


# jieba's own block pattern (re_han_default): jieba segments each such run of Han and
# word characters on its own, and yields every other character as a token by itself.
_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+")


class Tokens:
    """The tokens of a text, segmented block by block on first use.

    jieba segments each block (a run of Han and word characters between punctuation)
    independently, so segmenting only the blocks a rule looks at gives exactly the
    tokens of :func:`tokenize` there — and skips the blocks no rule needs, which is most
    of the cost of extraction.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._blocks = [(m.start(), m.end()) for m in _BLOCK.finditer(text)]
        self._starts = [b[0] for b in self._blocks]
        self._ends = [b[1] for b in self._blocks]
        # block index → its tokens and their start offsets (bisected by ``at``)
        self._cache: dict[int, tuple[tuple[Token, ...], list[int]]] = {}

    def _segmented(self, k: int) -> tuple[tuple[Token, ...], list[int]]:
        got = self._cache.get(k)
        if got is None:
            s, e = self._blocks[k]
            toks = _tokens(self.text[s:e], s, block=True)
            got = self._cache[k] = (toks, [t[0] for t in toks])
        return got

    def at(self, i: int) -> Token | None:
        """The token covering character ``i`` (None outside the text)."""
        if not 0 <= i < len(self.text):
            return None
        k = bisect.bisect_right(self._starts, i) - 1
        if k >= 0 and i < self._ends[k]:
            toks, starts = self._cache.get(k) or self._segmented(k)
            # a block's first token starts at the block's start, at or before i
            return toks[bisect.bisect_right(starts, i) - 1]
        if self.text.startswith("\r\n", i):
            return Token(i, i + 2, "\r\n", UNKNOWN_POS)
        if i > 0 and self.text.startswith("\r\n", i - 1):
            return Token(i - 1, i + 1, "\r\n", UNKNOWN_POS)
        return Token(i, i + 1, self.text[i], UNKNOWN_POS)

    def starting_at(self, i: int) -> Token | None:
        """The token that starts at ``i``, if one does."""
        t = self.at(i)
        return t if t is not None and t.start == i else None

    def following(self, start: int, end: int) -> Iterator[Token]:
        """The tokens one after another from the one starting at ``start``, while they
        start before ``end``; stops early where no token starts (a gap)."""
        i = start
        while i < end:
            tok = self.starting_at(i)
            if tok is None:
                return
            yield tok
            i = tok.end

    def is_start(self, i: int) -> bool:
        return self.starting_at(i) is not None

    def is_boundary(self, i: int) -> bool:
        """Whether a token boundary falls at ``i`` (the text's end counts)."""
        return i >= len(self.text) or self.starting_at(i) is not None
