"""Character features of the learned unit tagger (:mod:`.unit_tagger`): pure functions
over one sentence, built once per sentence from arrays the story computes once.

Features of a character: itself and its neighbours (two each side), the bigrams around
it, its jieba word (position in the word, part of speech, the word when short), whether
a unit ending of ``lexicons/org_suffixes.tsv`` ends at it or just after it (and how far
ahead the next one is), and optionally the rules' own reading (inside which selected rule
span, at which position, of which kind: off by default, see RULE_FEATURES)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ingest.extract.orgs import UnitSpan
from ingest.lexicon import load_lexicon
from ingest.segment import Tokens

# A sentence ends at these; a tagger sequence never crosses them.
SENTENCE_ENDS = frozenset("。！？；!?;\n")
# Longer sentences are cut: a unit name is short, and CRF cost grows with the sequence.
MAX_SENTENCE = 300
# jieba words up to this length are features by themselves (longer ones are rare).
WORD_FEATURE_MAX = 4
OUTSIDE = "O"  # the label and rule mark of a character outside any span
# Whether the rules' reading is a feature. Off: on the articles the rules were written
# from, rule spans are nearly the gold, so a CRF that sees them learns to copy them and
# adds nothing where the rules fail on unseen text (x241–x300: Organization F1 0.748
# with them, 0.755 without, rules alone 0.752). The marks still gate and block (unit_tagger).
RULE_FEATURES = False


@dataclass(frozen=True)
class Sentence:
    """One sentence's per-character inputs: ``[start, end)`` of the story's text."""

    start: int
    end: int
    chars: str
    word_pos: tuple[str, ...]  # B M E S: the character's place in its jieba word
    tags: tuple[str, ...]  # the word's part-of-speech tag
    words: tuple[str, ...]  # the word, when at most WORD_FEATURE_MAX long, else ""
    marks: tuple[str, ...]  # the rules' reading: B-kind I-kind E-kind S-kind or O
    endings: tuple[str, ...]  # the class of the unit ending that ends here (strong, gov…) or ""


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each sentence of ``text`` (ends kept with their sentence;
    runs longer than MAX_SENTENCE cut), whitespace-only ones left out."""
    out: list[tuple[int, int]] = []
    s = 0
    n = len(text)
    for i in range(n + 1):
        if i == n or text[i] in SENTENCE_ENDS or i - s >= MAX_SENTENCE:
            e = i + 1 if i < n and text[i] in SENTENCE_ENDS else i
            if text[s:e].strip():
                out.append((s, e))
            s = e
    return out


def rule_marks(length: int, spans: Sequence[UnitSpan]) -> list[str]:
    """Per character of a text of ``length``, the rules' reading: position (B I E, S for
    a one-character span) and kind of the selected rule span covering it; O outside."""
    marks = [OUTSIDE] * length
    for u in spans:
        kind = u.place.type if u.kind == "place" and u.place is not None else u.kind
        if u.end - u.start == 1:
            marks[u.start] = "S-" + kind
            continue
        for i in range(u.start, u.end):
            pos = "B" if i == u.start else "E" if i == u.end - 1 else "I"
            marks[i] = pos + "-" + kind
    return marks


def unit_endings(text: str) -> list[str]:
    """Per character, the class (strong, gov, weak, level…) of the longest unit ending of
    the lexicon that ends at it, or ""."""
    lex = load_lexicon()
    lengths: dict[str, list[int]] = {}
    for suffix in lex.org_suffixes:
        lengths.setdefault(suffix[-1], []).append(len(suffix))
    for c in lengths:
        lengths[c].sort(reverse=True)
    out = [""] * len(text)
    for i, c in enumerate(text):
        for n in lengths.get(c, ()):
            if n <= i + 1:
                suf = lex.org_suffixes.get(text[i + 1 - n : i + 1])
                if suf is not None:
                    out[i] = suf.strength
                    break
    return out


def sentence_inputs(
    text: str, start: int, end: int, tokens: Tokens, marks: Sequence[str], endings: Sequence[str]
) -> Sentence:
    """The :class:`Sentence` of ``text[start:end]``, from the story's tokens, its
    :func:`rule_marks` and its :func:`unit_endings`."""
    word_pos: list[str] = []
    tags: list[str] = []
    words: list[str] = []
    i = start
    while i < end:
        tok = tokens.at(i)
        if tok is None or tok.end <= i:
            word_pos.append("S")
            tags.append("x")
            words.append(text[i])
            i += 1
            continue
        t_end = min(tok.end, end)
        n = tok.end - tok.start
        w = tok.text if n <= WORD_FEATURE_MAX else ""
        for k in range(i, t_end):
            if n == 1:
                word_pos.append("S")
            elif k == tok.start:
                word_pos.append("B")
            elif k == tok.end - 1:
                word_pos.append("E")
            else:
                word_pos.append("M")
            tags.append(tok.pos)
            words.append(w)
        i = t_end
    return Sentence(
        start,
        end,
        text[start:end],
        tuple(word_pos),
        tuple(tags),
        tuple(words),
        tuple(marks[start:end]),
        tuple(endings[start:end]),
    )


def char_class(c: str) -> str:
    """han, digit, latin, space or punct."""
    if "\u4e00" <= c <= "\u9fff":
        return "han"
    if c.isdigit():
        return "digit"
    if c.isascii() and c.isalpha():
        return "latin"
    if c.isspace():
        return "space"
    return "punct"


def char_features(s: Sentence, rules: bool = RULE_FEATURES) -> list[list[str]]:
    """The CRF's features of each character of ``s`` (feature strings, weight 1);
    ``rules``: with the rules' reading of each character and its neighbours."""
    chars = s.chars
    n = len(chars)
    out: list[list[str]] = []
    for i in range(n):
        c = chars[i]
        p1 = chars[i - 1] if i > 0 else "^"
        p2 = chars[i - 2] if i > 1 else "^"
        n1 = chars[i + 1] if i + 1 < n else "$"
        n2 = chars[i + 2] if i + 2 < n else "$"
        wp = s.word_pos[i]
        mark = s.marks[i]
        f = [
            "c=" + c,
            "c-1=" + p1,
            "c+1=" + n1,
            "c-2=" + p2,
            "c+2=" + n2,
            "b-1=" + p1 + c,
            "b+1=" + c + n1,
            "k=" + char_class(c),
            "wp=" + wp,
            "t=" + s.tags[i],
            "wpt=" + wp + s.tags[i],
            "wpc=" + wp + c,
            "e=" + s.endings[i],
            "e+1=" + (s.endings[i + 1] if i + 1 < n else "$"),
        ]
        if s.words[i]:
            f.append("w=" + s.words[i])
        if rules:
            f.append("r=" + mark)
            f.append("r-1=" + (s.marks[i - 1] if i > 0 else "^"))
            f.append("r+1=" + (s.marks[i + 1] if i + 1 < n else "$"))
        # an ending somewhere ahead: a unit's name runs from here to it
        ahead = ""
        for k in range(i, min(n, i + 16)):
            if s.endings[k]:
                ahead = "1-3" if k - i < 3 else "4-8" if k - i < 8 else "9-15"
                break
        f.append("ahead=" + ahead)
        out.append(f)
    return out
