"""A learned second opinion on units (issue 13): a linear-chain CRF over characters
(:mod:`.unit_features`, :mod:`.unit_crf`) tags Organization names, and the names it
finds where the rules found nothing become unit mentions of their own (resolved like
the rules' named organisations). Off unless asked for (``--units crf``: the CLI passes
the model file down, :func:`tagger_path`, :func:`load_tagger`): measured, it did not gain
enough on unseen text to be the default (README: Unit candidate sources).

The rules stay the first reading: a CRF span that overlaps any rule span, unit, place or
person is dropped (find, then decide), and so is one that does not read as a name
(:func:`names_a_unit`). Only sentences with a unit ending of the lexicon or a rule span
are tagged (:func:`worth_tagging`): a name with neither is rare, and features cost.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from ingest.extract.orgs import UnitSpan
from ingest.extract.unit_crf import CrfTagger
from ingest.extract.unit_features import (
    OUTSIDE,
    Sentence,
    char_features,
    rule_marks,
    sentence_bounds,
    sentence_inputs,
    unit_endings,
)
from ingest.lexicon import load_lexicon
from ingest.model import Mention
from ingest.segment import Tokens

B_ORG, I_ORG = "B-ORG", "I-ORG"
# The shipped model: `scripts/train_units.py` writes it from the gold of data/train.
MODEL_FILE = Path(__file__).parent / "models" / "units.crfsuite"
# A CRF span is a unit when every character of it is inside a span with at least this
# marginal probability.
MIN_CONFIDENCE = 0.5
# Quotes and brackets are no part of a unit's name (the rules' _clean drops them too).
_QUOTES = "“”「」‘’\"'《》"
_OPENING, _CLOSING = "“「‘《", "”」’》"


def tagger_path(choice: str) -> str | None:
    """The model file of a ``--units`` choice: None (the rules alone) for "rules" or
    "off", the shipped model for "crf", else ``choice`` itself (a model file's path:
    cross-validation, the held-out check)."""
    if choice in ("", "rules", "off"):
        return None
    return str(MODEL_FILE) if choice == "crf" else choice


@cache
def load_tagger(path: str | None) -> CrfTagger | None:
    """The tagger of the model file at ``path`` (:func:`tagger_path`), loaded once per
    process; None for None. A path, not a tagger, is what crosses to worker processes
    (a crfsuite tagger does not pickle). Raises FileNotFoundError for a model file that
    is not there."""
    if path is None:
        return None
    if not Path(path).is_file():
        raise FileNotFoundError(f"no unit tagger model at {path}")
    return CrfTagger(path)


def worth_tagging(endings: Sequence[str], marks: Sequence[str]) -> bool:
    """Whether the tagger reads a sentence of these :func:`unit_endings` and
    :func:`rule_marks`: when a unit ending of the lexicon or a rule span is in it. (Only
    sentences with an ending outside every rule span: x241–x300 Organization 0.758 →
    0.750, the units the tagger adds are mostly written near units the rules found.)"""
    return any(endings) or any(m != OUTSIDE for m in marks)


def story_sentences(text: str, tokens: Tokens, spans: Sequence[UnitSpan]) -> list[Sentence]:
    """The sentences of a story the tagger reads (:func:`worth_tagging`), with their
    inputs; ``spans`` are the rules' selected unit spans."""
    marks = rule_marks(len(text), spans)
    endings = unit_endings(text)
    out = []
    for s, e in sentence_bounds(text):
        if worth_tagging(endings[s:e], marks[s:e]):
            out.append(sentence_inputs(text, s, e, tokens, marks, endings))
    return out


def tagged_spans(
    labels: Sequence[str], confidence: Sequence[float]
) -> list[tuple[int, int, float]]:
    """``[start, end)`` of each B-ORG I-ORG* run of ``labels`` (an I-ORG without a B-ORG
    opens one too) with the lowest per-character ``confidence`` inside it."""
    out: list[tuple[int, int, float]] = []
    start = -1
    for i, y in enumerate([*labels, OUTSIDE]):
        inside = y == I_ORG and start >= 0
        if start >= 0 and not inside:
            out.append((start, i, min(confidence[start:i])))
            start = -1
        if y == B_ORG or (y == I_ORG and start < 0):
            start = i
    return out


def unit_mention(text: str, start: int, end: int) -> tuple[Mention, int] | None:
    """The Organization mention a tagged span ``[start, end)`` names, with the end of the
    unit's own name (a party ending such as 党支部 is folded away, GOLD rule 1); None when
    what is left is shorter than two characters or has no Han character, when it opens
    a back-reference (``lexicons/reference_openers.tsv``: 我院 is the rules' to resolve) or its
    quotes do not pair up (某某通”银行: the CRF ran out of a brand into the next word)."""
    span = text[start:end]
    if sum(span.count(c) for c in _OPENING) != sum(span.count(c) for c in _CLOSING):
        return None
    while start < end and text[start] in _QUOTES:
        start += 1
    while end > start and text[end - 1] in _QUOTES:
        end -= 1
    if start == end or text[start] in load_lexicon().reference_openers:
        return None
    lex = load_lexicon()
    host_end = end - len(lex.party_ending(text[start:end]))
    name = "".join(c for c in text[start:host_end] if c not in _QUOTES)
    if len(name) < 2 or not any("\u4e00" <= c <= "\u9fff" for c in name):
        return None
    ending = lex.unit_ending(name)
    subtype = lex.org_suffixes[ending].subtype if ending else None
    # rule "org": resolution treats it as any named organisation (aliases, short forms)
    mention = Mention(start, end, text[start:end], "Organization", name, subtype, rule="org")
    return mention, host_end


# jieba tags of a first word that opens no unit's name: verbs, adverbs, adjectives,
# conjunctions, prepositions, time words (今后|医院, 拓宽|学校, 如|宣传部).
_NOT_NAME_START = frozenset({"v", "vd", "vn", "a", "ad", "d", "c", "p", "t", "f", "m", "r"})


def names_a_unit(text: str, start: int, end: int, tokens: Tokens) -> bool:
    """Whether a tagged span reads as a unit's own name: it starts and ends on word
    boundaries (存款日|均 is cut inside a word), its first word is not a verb, adverb,
    conjunction or time word, and it is not one word that is only a unit ending or a
    generic unit word of the lexicons (集团, 组织部: a kind of unit, GOLD rule 4)."""
    if not (tokens.is_boundary(start) and tokens.is_boundary(end)):
        return False
    first = tokens.at(start)
    if first is None or first.pos in _NOT_NAME_START:
        return False
    lex = load_lexicon()
    one_word = first.end >= end
    return not (one_word and (first.text in lex.org_suffixes or first.text in lex.generic_kind))


def crf_units(
    text: str,
    tokens: Tokens,
    spans: Sequence[UnitSpan],
    taken: Sequence[tuple[int, int]],
    tagger: CrfTagger,
    min_confidence: float = MIN_CONFIDENCE,
) -> list[tuple[Mention, int]]:
    """Units the tagger finds in the story where nothing was found: its spans of at least
    ``min_confidence`` that overlap none of ``taken`` (the rules' units, places and
    people) nor a rule span, as :func:`unit_mention` reads them."""
    blocked = [(u.start, u.end) for u in spans] + list(taken)
    out: list[tuple[Mention, int]] = []
    for s in story_sentences(text, tokens, spans):
        labels, conf = tagger.tag(char_features(s), (B_ORG, I_ORG))
        for a, b, p in tagged_spans(labels, conf):
            start, end = s.start + a, s.start + b
            if p < min_confidence or any(x < end and start < y for x, y in blocked):
                continue
            if not names_a_unit(text, start, end, tokens):
                continue
            found = unit_mention(text, start, end)
            if found is not None:
                out.append(found)
    return out
