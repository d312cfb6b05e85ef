"""Pairing experiments scored on text the model was not built from (issue 14, pairs24).

Reads the annotated corpus once, then for each VARIANT (a rewrite of the candidates'
features and/or learner settings) prints pairings P/R/F1 of:

* ``cv``: 5-fold CV by article (the protocol split), with the kept-pairings ECE;
* ``x201``: trained on the other 359 articles, scored on x201–x240 (the articles no rule
  saw before they were scored: ``/work/tools/s12/heldout40.sh``);
* ``x161``: trained on the other 359, scored on x161–x200 (one annotation batch);
* ``dx``: trained on the seeds and d01–d154 only, scored on x01–x240.
* ``misses:GROUP`` (``misses:x121-160``, ``misses:traditional``): the misses of one
  group of ``batches`` held out, each with its class (no candidate, vetoed, below the
  threshold) and the model's heaviest features — never of x241–x300 or the validation
  fifth (run it on the readable articles only).
* ``batches`` (issue 14, pairs26): a grouped cross-validation that holds out whole
  batches — each annotation batch of forty x articles, the traditional-script pages, the
  seeds with d01–d154 — trained on every other article given; for each batch its F1
  held out next to the F1 its articles get in 5-fold CV by article, and the six x
  batches pooled. CV by article mixes a batch's articles, outlets and annotator into
  the training folds; a gap between the two columns is what does not carry over.

Run from the repository root on the articles a helper may read (``D`` from
``/work/tools/s13/readable.sh``: no validation fifth, no x241–x300)::

    .venv/bin/python scripts/pair_generalise.py $D/gold $D/corpus \
        --variant base --variant drop_words --splits batches

Only sums over documents are printed: no article's misses (the validation fifth is
trained on, as by ``pbkg train``, never scored apart).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.extract import learn
from ingest.extract.evaluate import evaluate
from ingest.extract.pair_decide import PairReading
from ingest.extract.pipeline import decide_with, file_records
from ingest.lexicon import lexicon_rows, pair_structure_words

Features = Mapping[str, float]
Rewrite = Callable[[str], str | None]

_WINDOWS = ("adjacent:", "topic:", "near:", "table:", "row:")
_WORD_KEYS = ("after_a=", "before_a=", "after_b=", "conj_after_a=", "word_before_b=")
_BEFORE_KEYS = ("before_a=", "word_before_b=")


def _split(key: str) -> tuple[str, str]:
    for w in _WINDOWS:
        if key.startswith(w):
            return w, key[len(w) :]
    return "", key


def _word(key: str) -> tuple[str, str, str] | None:
    """(window prefix, word feature name, word) of a one-word feature, else None."""
    pre, rest = _split(key)
    for k in _WORD_KEYS:
        if rest.startswith(k):
            return pre, k, rest[len(k) :]
    return None


def drop_words(key: str) -> str | None:
    return None if _word(key) else key


def _rewrite_word(key: str, rewrite: Callable[[str, bool], str]) -> str:
    """``key`` with the word of a one-word feature rewritten (``rewrite(word, before)``:
    ``before`` when the word stands before its unit, so its last characters touch it);
    any other feature unchanged."""
    w = _word(key)
    if not w:
        return key
    pre, k, word = w
    return f"{pre}{k}{rewrite(word, k in _BEFORE_KEYS)}"


def _touching_char(word: str, before: bool) -> str:
    return word[-1:] if before else word[:1]


def drop_outer_words(key: str) -> str | None:
    """Without the characters on the far sides of the two units (before_a=, after_b=,
    word_before_b=): the connective after a (after_a=与, conj_after_a=、) stays (pairs57)."""
    w = _word(key)
    return None if w and w[1] in ("before_a=", "after_b=", "word_before_b=") else key


def near_char(key: str) -> str | None:
    """The one character next to the unit instead of two."""
    return _rewrite_word(key, _touching_char)


_RULE_RE = re.compile(r"^(rule_any|rule=|run_|joint_act)")


def drop_rules(key: str) -> str | None:
    _, rest = _split(key)
    return None if _RULE_RE.match(rest) else key


def _word_classes() -> list[tuple[str, str]]:
    """(word, class) of the general word lists, longest word first."""
    out: list[tuple[str, str]] = []
    for row in lexicon_rows("pair_cues.tsv"):
        out.append((row[0], f"cue_{row[1]}"))
    for row in lexicon_rows("pair_markers.tsv"):
        out.append((row[0], f"marker_{row[1]}"))
    for cls, words in pair_structure_words().items():
        if not cls.startswith("self_fits"):
            out += [(w, cls) for w in words]
    for name in ("visit_words.tsv", "titles.tsv"):
        out += [(r[0], name.split(".")[0]) for r in lexicon_rows(name)]
    seen: set[str] = set()
    uniq = []
    for w, c in out:
        if w and w not in seen:
            seen.add(w)
            uniq.append((w, c))
    return sorted(uniq, key=lambda x: -len(x[0]))


_CLASSES = _word_classes()


def word_class(word: str, before: bool) -> str:
    """The class of two characters next to a unit: the class of a general word they
    start (after) or end (before) with, else each non-Han character as itself and a Han
    one as ``h``."""
    for w, c in _CLASSES:
        if (
            (word.endswith(w) or w.endswith(word))
            if before
            else (word.startswith(w) or w.startswith(word))
        ):
            return c
    return "".join(ch if not ("\u4e00" <= ch <= "\u9fff") else "h" for ch in word)


def classes(key: str) -> str | None:
    return _rewrite_word(key, word_class)


def _class_or_char(word: str, before: bool) -> str:
    c = word_class(word, before)
    if c.replace("h", "") == c or len(c) != len(word):  # a general word's class
        return c
    return _touching_char(word, before)


def near_class(key: str) -> str | None:
    """The char next to the unit, else (a Han char) its class as ``classes``."""
    return _rewrite_word(key, _class_or_char)


def drop_type_conj(key: str) -> str | None:
    """Without the conjunctions of the two types with a cue class or a window
    (types=Org+Vil&cue_pair): the types alone stay (pairs28)."""
    _, rest = _split(key)
    return None if rest.startswith("types=") and "&" in rest else key


def drop_salience(key: str) -> str | None:
    """Without the ranks of the two units among the story's most mentioned ones
    (salience_ranks=01, salience_top_two): how a page names its units, not what the
    sentence says of them (pairs30)."""
    _, rest = _split(key)
    return None if rest.startswith("salience_") else key


REWRITES: dict[str, Rewrite] = {
    "classes": classes,
    "near_class": near_class,
    "drop_words": drop_words,
    "drop_outer_words": drop_outer_words,
    "near_char": near_char,
    "drop_rules": drop_rules,
    "drop_type_conj": drop_type_conj,
    "drop_salience": drop_salience,
}


def _then(first: Rewrite | None, second: Rewrite) -> Rewrite:
    """``second`` applied to what ``first`` leaves (a feature it drops stays dropped)."""
    if first is None:
        return second

    def both(key: str) -> str | None:
        k = first(key)
        return None if k is None else second(k)

    return both


def _apply(f: Features, rw: Rewrite) -> dict[str, float]:
    out: dict[str, float] = {}
    for k, v in f.items():
        n = rw(k)
        if n is not None and v > out.get(n, 0.0):
            out[n] = v
    return out


def rewrite_corpus(corpus: learn.Corpus, originals: list[PairReading], rw: Rewrite | None) -> None:
    """Set each candidate's reading to its original, rewritten by ``rw``."""
    i = 0
    for r in corpus.readings:
        for ch in r.choices:
            o = originals[i]
            i += 1
            new = (
                o
                if rw is None
                else PairReading(
                    # vetoes and hand frames read the merged features: keep the original
                    # names there too (the model reads only shared and occurrences)
                    {**o.merged, **_apply(o.merged, rw)},
                    _apply(o.shared, rw),
                    tuple(_apply(x, rw) for x in o.occurrences),
                )
            )
            object.__setattr__(ch, "_reading", new)


def _pairings(report: Any) -> dict[str, float]:
    return report.summary()["pairings"]


Kept = list[tuple[float, int, bool]]


def heldout_kept(
    corpus: learn.Corpus, test: set[str], train: set[str]
) -> tuple[dict[str, float], Kept]:
    """Pairings scores of ``test`` decided by a model trained on ``train``, and each kept
    pairing's (confidence, right, read by the model alone — no hand frame)."""
    ex = learn.examples(corpus, sorted(train))
    model = learn.fit(ex)
    decided = []
    kept: Kept = []
    for r in corpus.readings:
        doc = r.base.article.doc
        if doc not in test:
            continue
        x = decide_with(r, model, None)
        decided.append(x)
        only = [rel.rule.startswith("model:") for rel in x.relations if rel.type == "PAIRED_WITH"]
        pairs = learn.kept_pairings(r, x, corpus.gold[doc])
        kept += [(p, y, o) for (p, y), o in zip(pairs, only, strict=True)]
    records = [x for x in file_records(decided) if isinstance(x, dict)]
    return _pairings(evaluate({d: corpus.gold[d] for d in test}, records)), kept


def heldout(corpus: learn.Corpus, test: set[str], train: set[str]) -> dict[str, float]:
    return heldout_kept(corpus, test, train)[0]


def kept_summary(kept: Kept) -> str:
    """Counts of kept pairings held out: the model's own right of all, those at
    confidence >= 0.8, the model's own by confidence band, and the ECE of all kept."""
    rows = learn.reliability([p for p, _, _ in kept], [y for _, y, _ in kept])
    own = [(p, y) for p, y, o in kept if o]
    hi = [y for p, y, _ in kept if p >= 0.8]
    bands = []
    for lo, up in ((0.0, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.8), (0.8, 1.01)):
        b = [y for p, y in own if lo <= p < up]
        if b:
            bands.append(f"{lo:.1f}-{min(up, 1.0):.1f} {sum(b)}/{len(b)}")
    return (
        f"ECE {learn.expected_calibration_error(rows):.3f}; >=0.8 right {sum(hi)}/{len(hi)}; "
        f"model-only right {sum(y for _, y in own)}/{len(own)} ({', '.join(bands)})"
    )


def misses(corpus: learn.Corpus, test: set[str], train: set[str], rw_name: str) -> None:
    """Each gold pairing of ``test`` whose two units were found but which extraction
    does not keep, sorted into a class (no candidate, vetoed, below threshold …) with
    its probability and the model's heaviest features."""
    from collections import Counter

    from ingest.extract.pair_decide import model_features, pair_score, read_by_hand_rule, veto_of

    model = learn.fit(learn.examples(corpus, sorted(train)))
    t = model.threshold
    classes: Counter[str] = Counter()
    for r in corpus.readings:
        doc = r.base.article.doc
        if doc not in test:
            continue
        gold = corpus.gold[doc]
        keys = {e.id: learn._gold_keys(e, gold) for e in r.base.entities}
        names = {e.id: e.name for e in r.base.entities}
        found = set().union(*keys.values()) if keys else set()
        kept = {
            frozenset((x.source, x.target))
            for x in decide_with(r, model, None).relations
            if x.type == "PAIRED_WITH"
        }
        for g in gold.get("pairings") or []:
            if g["a"] not in found or g["b"] not in found:
                continue
            gp = frozenset((g["a"], g["b"]))
            chs = [
                ch
                for ch in r.choices
                if any(
                    frozenset((x, y)) == gp
                    for x in keys.get(ch.candidate.a, ())
                    for y in keys.get(ch.candidate.b, ())
                )
            ]
            if any(frozenset((c.candidate.a, c.candidate.b)) in kept for c in chs):
                classes["kept"] += 1
                continue
            if not chs:
                cls, detail = "no candidate", ""
            else:
                ch = chs[0]
                veto = veto_of(ch)
                if veto:
                    cls, detail = f"vetoed: {veto}", ""
                else:
                    p = model.probability_of(pair_score(ch, model), read_by_hand_rule(ch))
                    cls = (
                        "just below threshold"
                        if p >= t - 0.1
                        else "below threshold"
                        if p >= 0.1
                        else "far below (p<0.1)"
                    )
                    top = model.explain(model_features(ch, model), 6)
                    detail = f"p={p:.2f} " + ", ".join(f"{k}:{v:+.2f}" for k, v in top)
                    detail += " | windows " + ",".join(
                        sorted({o.window for o in ch.candidate.occurrences})
                    )
            classes[cls] += 1
            a = next((names[e] for e, k in keys.items() if g["a"] in k), g["a"])
            b = next((names[e] for e, k in keys.items() if g["b"] in k), g["b"])
            print(f"{doc}\t{cls}\t{a} — {b}\t{detail}")
    print(f"threshold {t} ({rw_name}):", dict(classes.most_common()))


def _fmt(p: Mapping[str, Any]) -> str:
    return f"F1 {p['f1']:.3f} P {p['precision']:.3f} R {p['recall']:.3f}"


def _xn(doc: str) -> int:
    return int(doc[1:].split(".")[0]) if doc.startswith("x") else 0


def _is_traditional(reading: Any) -> bool:
    """Whether a story is written in traditional script: OpenCC changed more than 2 % of
    its characters (a simplified page changes almost none: a variant form here and there)."""
    a = reading.base.article
    changed = sum(1 for x, y in zip(a.text, a.simplified, strict=False) if x != y)
    return changed > 0.02 * max(1, len(a.text))


# The x annotation batches (first and last number): forty articles each, but x241–x300
# (sixty) and x651–x730 (eighty: two fresh sets scored together, pairs57; the x pooled
# figures before pairs57 do not hold it); x241–x300 and x341–x380 are the pooled check
# and never among the articles given here — an empty batch is left out.
ANNOTATION_BATCHES = (
    *((lo, lo + 39) for lo in range(1, 241, 40)),
    (241, 300),
    (301, 340),
    (341, 380),
    (381, 400),
    (401, 420),
    (421, 440),
    (441, 460),
    (651, 730),  # the last session's fresh sets, readable since (pairs57)
)


def batch_groups(corpus: learn.Corpus) -> dict[str, set[str]]:
    """The held-out groups of ``batches``: the forty-article annotation batches of x, the
    traditional-script pages, the seeds with the d articles (non-empty ones only)."""
    docs = set(corpus.docs)
    out: dict[str, set[str]] = {}
    for lo, hi in ANNOTATION_BATCHES:
        out[f"x{lo:03}-{hi:03}"] = {d for d in docs if lo <= _xn(d) <= hi}
    trad = {r.base.article.doc for r in corpus.readings if _is_traditional(r)}
    out["traditional"] = trad & docs
    out["seeds+d"] = {d for d in docs if not d.startswith("x")}
    return {k: v for k, v in out.items() if v}


def _row(p: Mapping[str, Any]) -> tuple[int, int, int]:
    return int(p["tp"]), int(p["fp"]), int(p["fn"])


def _f1(tp: int, fp: int, fn: int) -> str:
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    return f"F1 {f:.3f} P {pr:.3f} R {rc:.3f} (tp {tp} fp {fp} fn {fn})"


def batches(corpus: learn.Corpus) -> None:
    """Each batch held out (trained on every other article) next to the same articles'
    F1 in 5-fold CV by article; the x batches pooled."""
    docs = set(corpus.docs)
    cv = learn.cross_validate(corpus, 5)
    print(f"  cv    {_fmt(_pairings(cv.report))} ECE {cv.ece:.3f}", flush=True)
    pooled_ho = [0, 0, 0]
    pooled_cv = [0, 0, 0]
    pooled_kept: Kept = []
    for name, group in batch_groups(corpus).items():
        sub = {d: corpus.gold[d] for d in group}
        in_cv = _row(_pairings(evaluate(sub, [r for r in cv.records if r.get("doc") in group])))
        scores, kept = heldout_kept(corpus, group, docs - group)
        held = _row(scores)
        if name.startswith("x"):
            pooled_ho = [a + b for a, b in zip(pooled_ho, held, strict=True)]
            pooled_cv = [a + b for a, b in zip(pooled_cv, in_cv, strict=True)]
            pooled_kept += kept
        print(f"  {name:12} n={len(group):3} held out {_f1(*held)} | cv {_f1(*in_cv)}", flush=True)
        print(f"  {'':12} held out {kept_summary(kept)}", flush=True)
    print(f"  {'x pooled':12} held out {_f1(*pooled_ho)} | cv {_f1(*pooled_cv)}", flush=True)
    print(f"  {'x pooled':12} held out {kept_summary(pooled_kept)}", flush=True)


def run(corpus: learn.Corpus, splits: list[str]) -> None:
    docs = set(corpus.docs)
    x201 = {d for d in docs if 201 <= _xn(d) <= 240}
    x161 = {d for d in docs if 161 <= _xn(d) <= 200}
    xall = {d for d in docs if d.startswith("x")}
    for s in splits:
        t0 = time.time()
        if s == "cv":
            res = learn.cross_validate(corpus, 5)
            line = f"{_fmt(_pairings(res.report))} ECE {res.ece:.3f}"
        elif s == "x201":
            line = _fmt(heldout(corpus, x201, docs - x201))
        elif s == "x161":
            line = _fmt(heldout(corpus, x161, docs - x161))
        elif s == "misses201":
            misses(corpus, x201, docs - x201, "")
            continue
        elif s == "misses161":
            misses(corpus, x161, docs - x161, "")
            continue
        elif s.startswith("misses:"):  # misses:x121-160, a group of batch_groups
            group = batch_groups(corpus)[s.split(":", 1)[1]]
            misses(corpus, group, docs - group, "")
            continue
        elif s == "batches":
            batches(corpus)
            continue
        elif s == "x651":  # the batches annotated last (pairs57): x651–x730
            x651 = {d for d in docs if 651 <= _xn(d) <= 730}
            line = _f1(*_row(heldout(corpus, x651, docs - x651)))
        elif s == "dx":
            line = _fmt(heldout(corpus, xall, docs - xall))
        else:
            raise SystemExit(f"unknown split {s}")
        print(f"  {s:5} {line}  ({time.time() - t0:.0f} s)", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("corpus", nargs="+")
    ap.add_argument(
        "--variant",
        action="append",
        default=[],
        help=f"base, a rewrite ({', '.join(REWRITES)}), or SETTING=VALUE of learn (C=0.05, "
        "MIN_FEATURE_COUNT=10); join with + (drop_words+C=0.05)",
    )
    ap.add_argument("--splits", default="x201,x161,dx,cv")
    args = ap.parse_args()
    t0 = time.time()
    corpus = learn.read_corpus(args.gold, args.corpus)
    originals = [ch.reading for r in corpus.readings for ch in r.choices]
    print(f"read {len(corpus.docs)} docs in {time.time() - t0:.0f} s", flush=True)
    settings = (
        "C",
        "MIN_FEATURE_COUNT",
        "MIN_FEATURE_DOCS",
        "PAIR_PRECISION_FLOOR",
        "PAIR_MIN_THRESHOLD",
        "CALIBRATION_SPLIT",
        "PAIR_MODEL_FLOOR",
    )
    defaults = {k: getattr(learn, k) for k in settings}
    for variant in args.variant or ["base"]:
        for k, v in defaults.items():
            setattr(learn, k, v)
        rw: Rewrite | None = None
        for part in variant.split("+"):
            if "=" in part:
                k, v = part.split("=", 1)
                setattr(learn, k, None if v == "None" else type(defaults[k] or 0.0)(v))
            elif part in REWRITES:
                rw = _then(rw, REWRITES[part])
            elif part != "base":
                raise SystemExit(f"unknown variant part {part}")
        rewrite_corpus(corpus, originals, rw)
        print(variant, flush=True)
        run(corpus, args.splits.split(","))


if __name__ == "__main__":
    main()
