"""Training data and training of the learned unit tagger (:mod:`.unit_tagger`).

The gold lists entities by name and aliases, not offsets: spans are found again by
looking every name and alias up in the simplified text, longest first
(:func:`gold_spans`), then labelled BIO over characters by type (:func:`bio_labels`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.extract.evaluate import load_gold
from ingest.extract.orgs import find_unit_spans, select_spans
from ingest.extract.unit_crf import train_crf
from ingest.extract.unit_features import char_features
from ingest.extract.unit_tagger import story_sentences
from ingest.model import Article, ReadError
from ingest.places.link import link_places
from ingest.read.simplify import to_simplified
from ingest.segment import Tokens

ORG = "Organization"


def gold_spans(text: str, names: Iterable[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of every occurrence in ``text`` of each ``(name, type)``,
    longest names first, an occurrence that overlaps a longer one left out; sorted by
    start. Names shorter than two characters are not looked up (一 would be everywhere)."""
    taken = [False] * len(text)
    out: list[tuple[int, int, str]] = []
    for name, kind in sorted(set(names), key=lambda nk: (-len(nk[0]), nk)):
        if len(name) < 2:
            continue
        i = text.find(name)
        while i >= 0:
            j = i + len(name)
            if not any(taken[i:j]):
                out.append((i, j, kind))
                for k in range(i, j):
                    taken[k] = True
            i = text.find(name, i + 1)
    return sorted(out)


# The label of each gold type: the tagger is used for Organization only, but learning
# the other types too tells it what is a person or a place next to a unit (5-fold CV by
# article: Organization 0.860 -> 0.861, pairings 0.764 -> 0.766; x241-x300 unchanged).
TYPE_LABELS = {
    ORG: "ORG",
    "Person": "PER",
    "Village": "VIL",
    "ResidentsCommittee": "RC",
    "Region": "REG",
}


def bio_labels(length: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """B-X / I-X per character of a text of ``length`` from typed spans (X the type's
    :data:`TYPE_LABELS` tag: B-ORG, I-PER …); O outside them and for other types."""
    out = ["O"] * length
    for s, e, t in spans:
        tag = TYPE_LABELS.get(t)
        if tag is None:
            continue
        out[s] = "B-" + tag
        for k in range(s + 1, e):
            out[k] = "I-" + tag
    return out


def gold_names(gold: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """``(form, type, key)`` of every name and alias of the gold entities, in their
    simplified form too (traditional-script articles list the forms as written)."""
    out = []
    for e in gold["entities"]:
        for form in {e.get("name") or "", *(e.get("aliases") or [])}:
            for f in {form, to_simplified(form)}:
                if f:
                    out.append((f, e["type"], e["key"]))
    return out


@dataclass(frozen=True)
class StoryExamples:
    """The tagger's training sequences of one story: features and labels per sentence
    it reads, and the gold Organization keys placed in the story."""

    doc: str
    xs: tuple[tuple[tuple[str, ...], ...], ...]
    ys: tuple[tuple[str, ...], ...]
    placed: frozenset[str]


def story_examples(article: Article, gold: Mapping[str, Any]) -> StoryExamples:
    """The training sequences of ``article`` against its ``gold``, read with the rules'
    spans exactly as extraction reads them (:func:`ingest.extract.pipeline.read_story`)."""
    text = article.simplified
    tokens = Tokens(text)
    spans = select_spans(find_unit_spans(text, tokens, link_places(article)), text)
    names = gold_names(gold)
    found = gold_spans(text, [(f, t) for f, t, _ in names])
    labels = bio_labels(len(text), found)
    keys = {(f, t): k for f, t, k in names}
    placed = frozenset(keys[(text[s:e], t)] for s, e, t in found if t == ORG)
    xs, ys = [], []
    for s in story_sentences(text, tokens, spans):
        xs.append(tuple(tuple(f) for f in char_features(s)))
        ys.append(tuple(labels[s.start : s.end]))
    return StoryExamples(article.doc, tuple(xs), tuple(ys), placed)


def corpus_examples(
    gold_dir: str | Path, paths: Sequence[str | Path]
) -> tuple[list[Article], list[StoryExamples], dict[str, dict[str, Any]]]:
    """The annotated stories under ``paths`` (in reading order), their examples, and
    the gold by document."""
    from ingest.read.reader import read_paths

    gold = load_gold(gold_dir)
    arts = [a for a in read_paths(list(paths)) if not isinstance(a, ReadError) and a.doc in gold]
    return arts, [story_examples(a, gold[a.doc]) for a in arts], gold


def unplaced(examples: Sequence[StoryExamples], gold: Mapping[str, Mapping[str, Any]]) -> int:
    """How many gold Organizations no name or alias of was found in their article."""
    placed: dict[str, set[str]] = {}
    for ex in examples:
        placed.setdefault(ex.doc, set()).update(ex.placed)
    return sum(
        1
        for doc in placed
        for e in gold[doc]["entities"]
        if e["type"] == ORG and e["key"] not in placed[doc]
    )


def train_tagger(
    examples: Iterable[StoryExamples], path: str | Path, docs: Iterable[str] | None = None
) -> None:
    """Fit the tagger on the examples (of ``docs`` only, when given) and write it."""
    wanted = set(docs) if docs is not None else None
    xs: list[Sequence[Sequence[str]]] = []
    ys: list[Sequence[str]] = []
    for ex in examples:
        if wanted is None or ex.doc in wanted:
            xs += ex.xs
            ys += ex.ys
    train_crf(xs, ys, path)
