"""The jieba door: tokens tile the text exactly, with jieba's parts of speech."""

from __future__ import annotations

import itertools
import marshal
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.segment import (
    _BLOCK,
    UNKNOWN_POS,
    Tokens,
    _cut_block,
    _cut_text,
    _dictionary,
    _load_prefix_dict,
    _tokenizer,
    _word_tags,
    read_word_tags,
    starts_a_word_surely,
    tokenize,
)

HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
TEXT = st.text(alphabet=st.one_of(HAN, st.sampled_from("，。、 \n（）12ab“”")), max_size=80)
# Frequent characters, so that blocks hold dictionary words, unknown runs for the HMM and
# the word characters jieba keeps in a block (letters, digits, .%-+#&_).
COMMON = "的一是了不人在有这个上们来到时大地为中国年就和要出也得后自以会家可下而过天去能对小多"
BLOCK = st.text(
    alphabet=st.one_of(st.sampled_from(COMMON + "赟犇淼鑫垚焱磊" + "aZ09.%-+#&_"), HAN),
    min_size=1,
    max_size=30,
)


@given(TEXT)
@settings(max_examples=150, deadline=None)
def test_tokens_tile_the_text_with_exact_offsets(text: str) -> None:
    toks = tokenize(text)
    assert "".join(t.text for t in toks) == text
    pos = 0
    for t in toks:
        assert t.start == pos and text[t.start : t.end] == t.text
        pos = t.end


def test_dictionary_words_carry_their_part_of_speech_and_new_names_are_unknown() -> None:
    toks = {t.text: t.pos for t in tokenize("上海市的居民参加了活动")}
    assert toks["上海市"] == "ns"
    assert toks["参加"] == "v"
    assert UNKNOWN_POS not in {toks["上海市"], toks["参加"]}


@given(TEXT)
@settings(max_examples=150, deadline=None)
def test_lazy_tokens_are_the_tokens_of_the_whole_text(text: str) -> None:
    whole = tokenize(text)
    lazy = Tokens(text)
    for t in whole:
        assert lazy.starting_at(t.start) == t
        for i in range(t.start, t.end):
            assert lazy.at(i) == t
    assert lazy.is_boundary(len(text))


def test_the_word_tag_table_is_jiebas_own_and_a_broken_cache_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jieba
    import jieba.posseg

    monkeypatch.setenv("PBKG_CACHE_DIR", str(tmp_path))
    # another dictionary's table, unused for weeks, goes when this one is written
    other = tmp_path / "jieba-word-tag-groups-0000000000000000.marshal"
    other.write_bytes(marshal.dumps({}))
    weeks_ago = time.time() - 30 * 24 * 3600
    os.utime(other, (weeks_ago, weeks_ago))
    built = _word_tags(jieba.dt, jieba.__version__)
    assert built == jieba.posseg.dt.word_tag_tab
    (cache,) = tmp_path.glob("jieba-word-tag-groups-*.marshal")
    assert not other.exists()
    assert _word_tags(jieba.dt, jieba.__version__) == built  # read from the cache
    cache.write_bytes(b"not marshal data")
    assert _word_tags(jieba.dt, jieba.__version__) == built


def test_the_prefix_dictionary_is_jiebas_own_and_a_broken_cache_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jieba

    monkeypatch.setenv("PBKG_CACHE_DIR", str(tmp_path))
    reference = jieba.Tokenizer()
    reference.initialize()

    def loaded() -> jieba.Tokenizer:
        tok = jieba.Tokenizer()
        _load_prefix_dict(tok, jieba.__version__)
        assert tok.initialized
        return tok

    built = loaded()  # by jieba, then cached
    (cache,) = tmp_path.glob("jieba-prefix-dict-*.marshal")
    cached = loaded()
    assert (
        (cached.FREQ, cached.total)
        == (reference.FREQ, reference.total)
        == (
            built.FREQ,
            built.total,
        )
    )
    assert cached.lcut("两个社区签订共建协议") == reference.lcut("两个社区签订共建协议")
    cache.write_bytes(b"not marshal data")
    assert loaded().FREQ == reference.FREQ
    cache.write_bytes(marshal.dumps(([], 1)))
    assert loaded().FREQ == reference.FREQ


def test_a_malformed_dictionary_line_is_an_error() -> None:
    assert read_word_tags("甲乙 3 n\n\n丙 5 v\n".encode()) == {"甲乙": "n", "丙": "v"}
    with pytest.raises(ValueError, match="line 2"):
        read_word_tags("甲乙 3 n\n丙丁 4\n".encode())


def test_following_walks_whole_tokens_from_a_start_up_to_an_end() -> None:
    text = "青禾村与明川小学签订协议。"
    tokens = Tokens(text)
    walked = list(tokens.following(0, text.index("签订")))
    assert "".join(t.text for t in walked) == text[: text.index("签订")]
    assert all(a.end == b.start for a, b in itertools.pairwise(walked))
    # no token starts inside a word: nothing to walk from there
    inside = tokens.at(1)
    assert inside is not None and inside.start < 1
    assert list(tokens.following(1, len(text))) == []
    assert list(tokens.following(3, 3)) == []


@given(BLOCK)
@settings(max_examples=400, deadline=None)
def test_a_block_is_cut_into_the_words_jieba_cut_gives(block: str) -> None:
    tok, _ = _tokenizer()
    for m in _BLOCK.finditer(block):
        assert _cut_block(_dictionary()[0], m.group()) == list(tok.cut(m.group(), HMM=True))


def test_every_block_of_the_example_corpus_is_cut_as_jieba_cuts_it() -> None:
    # dictionary words, ties between routes, unknown names through the HMM, digits
    tok, _ = _tokenizer()
    root = Path(__file__).resolve().parents[2] / "examples"
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(root.rglob("*.txt"))]
    blocks = {m.group() for t in texts for m in _BLOCK.finditer(t)}
    assert len(blocks) > 500
    words = _dictionary()[0]
    assert [b for b in blocks if _cut_block(words, b) != list(tok.cut(b, HMM=True))] == []


# Any text: blocks, punctuation, blanks and line ends of every kind, Latin and digits.
MIXED = st.text(
    alphabet=st.one_of(
        st.sampled_from(COMMON + "赟犇淼鑫垚焱磊"),
        st.sampled_from("aZ09.%-+#&_，。、：（）“”|/ \t\n\r\u3000\xa0"),
        HAN,
    ),
    max_size=60,
)


@given(MIXED)
@settings(max_examples=400, deadline=None)
def test_any_text_is_cut_into_the_words_jieba_cut_gives(text: str) -> None:
    tok, _ = _tokenizer()
    assert _cut_text(_dictionary()[0], text) == list(tok.cut(text, HMM=True))


def test_line_ends_and_blanks_between_blocks_are_cut_as_jieba_cuts_them() -> None:
    tok, _ = _tokenizer()
    text = "甲乙村\r\n\r\n  丙丁镇\n\t（戊己）\r\rab 12%\u3000。"
    assert _cut_text(_dictionary()[0], text) == list(tok.cut(text, HMM=True))
    assert "\r\n" in _cut_text(_dictionary()[0], text)


def test_jieba_is_imported_without_pkg_resources_which_stays_importable() -> None:
    # in a fresh process: jieba opens its own data files by path, and pkg_resources,
    # blocked only while jieba is imported, can be imported afterwards
    code = (
        "import sys\n"
        "from ingest.segment import _import_jieba\n"
        "jieba = _import_jieba()\n"
        "assert 'pkg_resources' not in sys.modules, 'pkg_resources was imported'\n"
        "assert jieba._compat.get_module_res('dict.txt').read(1)\n"
        "import pkg_resources\n"
        "assert pkg_resources.resource_exists('jieba', 'dict.txt')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_an_industry_word_of_the_segment_lexicon_is_kept_whole() -> None:
    # 置地 is in jieba's dictionary, yet cut 置/v 地/uv inside a brand
    words = [t.text for t in tokenize("澜溪置地禾川公司与澜溪置地广场")]
    assert words.count("置地") == 2


def _starts_a_word(text: str, lo: int, start: int, stop: int) -> bool:
    return any(t.start + lo == start for t in tokenize(text[lo:stop]))


def test_a_word_starts_surely_only_past_a_boundary_of_the_route() -> None:
    # 金山 after 来到: no word across, the route takes 金山 whole
    assert starts_a_word_surely("居民来到金山参观", 0, 4, 8)
    assert _starts_a_word("居民来到金山参观", 0, 4, 8)
    # no word across 安新, but the route takes 安 alone (来到|安|新|参观): cut to know
    assert not starts_a_word_surely("来到安新参观", 0, 2, 6)
    # 雄安 crosses the start of 安新: the test cannot tell (and the cut says inside)
    assert not starts_a_word_surely("解读了雄安新区规划纲要", 0, 4, 11)
    assert not _starts_a_word("解读了雄安新区规划纲要", 0, 4, 11)
    # a start at the window's edge, or a character outside jieba's blocks before it
    assert not starts_a_word_surely("来到安新参观", 2, 2, 6)
    assert not starts_a_word_surely("来到，安新参观", 0, 3, 7)


@given(MIXED, st.integers(1, 12), st.integers(1, 4))
@settings(max_examples=400, deadline=None)
def test_a_word_starts_surely_where_the_cut_starts_one(text: str, back: int, size: int) -> None:
    for start in range(1, len(text)):
        lo, stop = max(0, start - back), min(len(text), start + size + 6)
        if starts_a_word_surely(text, lo, start, stop):
            assert _starts_a_word(text, lo, start, stop), (text, lo, start, stop)


@pytest.mark.slow
def test_a_word_starts_surely_in_every_window_of_the_training_texts() -> None:
    # the windows place linking asks about (starts_inside_a_word: six characters either
    # side of a bare form of two to four characters) at every position of every text
    from ingest.model import Article
    from ingest.read.reader import read_paths

    root = Path(__file__).resolve().parents[2] / "data" / "train" / "corpus"
    texts = [a.simplified for a in read_paths([root]) if isinstance(a, Article)]
    assert len(texts) >= 600
    sure = asked = 0
    for text in texts:
        for start in range(1, len(text)):
            if not "\u4e00" <= text[start - 1] <= "\u9fff":
                continue
            lo = max(0, start - 6)
            for size in (2, 3, 4):
                stop = min(len(text), start + size + 6)
                asked += 1
                if starts_a_word_surely(text, lo, start, stop):
                    sure += 1
                    assert _starts_a_word(text, lo, start, stop), (text[lo:stop], start - lo)
    assert sure > asked // 5  # it answers for a good share of them (a quarter, any start)
