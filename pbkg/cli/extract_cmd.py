"""`pbkg extract` and `pbkg eval`: the extraction stage and its scorer, from the shell."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

import click

from ingest.atomicio import atomic_open

T = TypeVar("T")

# One --model option for extract, eval and build: a pairing model from `pbkg train`.
model_option = click.option(
    "--model",
    "model_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Decide pairings and posts with this model file (from pbkg train) instead of the "
    "shipped one.",
)


# One --units option for extract, eval, build and train: the rules alone, or with the
# learned unit tagger's second opinion (README: Unit candidate sources). The command
# turns it into a model file's path (units_model) and passes that down explicitly.
units_option = click.option(
    "--units",
    metavar="rules|crf|FILE",
    default="rules",
    show_default=True,
    help="Find units by the rules alone (rules), or add the units the shipped CRF tagger "
    "(crf) or the tagger of a model file (FILE, from scripts/train_units.py) finds where "
    "the rules found none (slower; not better on unseen text by enough to be the default).",
)


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write JSON Lines here (atomically) instead of standard output.",
)
@click.option(
    "--jobs",
    "-j",
    type=int,
    default=1,
    show_default=True,
    help="Extract files in this many processes.",
)
@click.option("--per-story", is_flag=True, help="One object per story instead of one per file.")
@model_option
@units_option
def extract_command(
    paths: tuple[str, ...],
    output: str | None,
    jobs: int,
    per_story: bool,
    model_path: str | None,
    units: str,
) -> None:
    """Extract units, people, posts and pairings from article files or directories.

    Writes one JSON object per file (GOLD_FORMAT §3), or per story with --per-story.
    Unreadable inputs are reported on standard error and make the exit status 1; every
    other input is still extracted.
    """
    import gc

    from ingest.extract.pipeline import extract_paths, file_records
    from ingest.model import ReadError

    model = load_model_option(model_path)
    tagger_model = units_model(units)
    # What is loaded by now (modules, lexicons, patterns) lives as long as the process:
    # kept out of the collector's full walks, which otherwise visit it again and again
    # (two full collections a run on the default corpus, 0.035 → 0.005 CPU-s).
    gc.freeze()
    items = frozen_after_first(extract_paths(paths, jobs=jobs, model=model, units=tagger_model))
    stream = (
        (x if isinstance(x, ReadError) else x.to_record() for x in items)
        if per_story
        else file_records(items)
    )
    errors = 0

    def write(fh: IO[str]) -> None:
        nonlocal errors
        for rec in stream:
            if isinstance(rec, ReadError):
                errors += 1
                click.echo(f"pbkg extract: {rec}", err=True)
                continue
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    if output:
        with atomic_open(output) as fh:
            write(fh)
    else:
        write(sys.stdout)
    if errors:
        sys.exit(1)


def frozen_after_first(items: Iterable[T]) -> Iterator[T]:
    """``items``, with the objects alive once the first has been made frozen
    (``gc.freeze``): what the first story loads lazily — the gazetteer's tables, the
    segmentation dictionary's first groups, the pattern and form caches — lives as long
    as the process, and the collector's full walks otherwise visit it again each time
    (two full collections a run on the default corpus, ~0.05 → ~0.01 CPU-s). Nothing is
    lost: frozen objects are only skipped by the collector."""
    import gc

    it = iter(items)
    for first in it:
        gc.freeze()
        yield first
        break
    yield from it


def units_model(choice: str) -> str | None:
    """The unit tagger's model file of a --units choice (None: the rules alone); a
    model file that is not there is a usage error."""
    from ingest.extract.unit_tagger import tagger_path

    path = tagger_path(choice)
    if path is not None and not Path(path).is_file():
        raise click.BadParameter(f"no unit tagger model at {path}", param_hint="--units")
    return path


def load_model_option(path: str | None) -> Any:
    """The --model file as a LinearModel, or None for the shipped one; a bad file is a
    usage error with its path and reason."""
    if path is None:
        return None
    from ingest.extract.pair_model import LinearModel, ModelError

    try:
        return LinearModel.load(path)
    except ModelError as exc:
        raise click.BadParameter(str(exc), param_hint="--model") from exc


def _groups(protocol: bool, specs: tuple[str, ...]) -> dict[str, str]:
    from ingest.extract.evaluate import PROTOCOL_GROUPS

    groups: dict[str, str] = dict(PROTOCOL_GROUPS) if protocol else {}
    for spec in specs:
        name, sep, patterns = spec.partition("=")
        if not sep or not name or not patterns:
            raise click.BadParameter(f"{spec!r}: expected NAME=GLOB[,GLOB…]", param_hint="--group")
        groups[name] = patterns
    return groups


def _echo_report(title: str | None, report: Any, quiet: bool) -> None:
    from ingest.extract.evaluate import format_report

    if title:
        click.echo(f"== {title}")
    click.echo(format_report(report, details=not quiet))
    click.echo("")


@click.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--quiet", "-q", is_flag=True, help="Scores only, no lists of misses.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--group",
    "group_specs",
    multiple=True,
    metavar="NAME=GLOB[,GLOB]",
    help="Also score this group of documents on its own (file-name globs; @validation "
    "is the validation fifth). Repeatable.",
)
@click.option(
    "--protocol",
    is_flag=True,
    help="Score the protocol's groups: the validation fifth, dev d01–d154, seeds, added.",
)
@click.option(
    "--count-missing",
    is_flag=True,
    help="Score gold documents that are not among the inputs as total misses.",
)
@click.option(
    "--cv",
    "cv",
    type=click.IntRange(2, 20),
    default=None,
    help="Cross-validate the learned PAIRED_WITH decision by article with this many "
    "folds (PATHS are article files): every article is decided by a model that never "
    "saw it.",
)
@click.option(
    "--learning-curve",
    is_flag=True,
    help="With --cv: also train each fold on 25/50/75 % of its training articles.",
)
@model_option
@units_option
def eval_command(
    gold_dir: str,
    paths: tuple[str, ...],
    quiet: bool,
    as_json: bool,
    group_specs: tuple[str, ...],
    protocol: bool,
    count_missing: bool,
    cv: int | None,
    learning_curve: bool,
    model_path: str | None,
    units: str,
) -> None:
    """Score extraction against gold files (GOLD_FORMAT §4): per-type P/R/F1, pairings,
    posts, linking accuracy, then the misses and false alarms.

    PATHS are extraction outputs (.jsonl) or article files/directories to extract first.
    Gold documents that are not among the inputs are reported and left out of the
    scores (--count-missing counts them as misses).
    """
    from ingest.extract.evaluate import evaluate, evaluate_groups, load_gold, present_docs

    groups = _groups(protocol, group_specs)
    if cv is not None:
        _cross_validate(gold_dir, paths, cv, learning_curve, groups, quiet, as_json, units)
        return
    model = load_model_option(model_path)
    records: list[dict] = []
    to_extract = []
    for p in paths:
        if p.endswith(".jsonl") and Path(p).is_file():
            with open(p, encoding="utf-8") as fh:
                records += [json.loads(line) for line in fh if line.strip()]
        else:
            to_extract.append(p)
    if to_extract:
        from ingest.extract.pipeline import extract_paths, file_records
        from ingest.model import ReadError

        items = extract_paths(to_extract, model=model, units=units_model(units))
        for rec in file_records(items):
            if isinstance(rec, ReadError):
                click.echo(f"pbkg eval: {rec}", err=True)
            else:
                records.append(rec)
    gold = load_gold(gold_dir)
    present = present_docs(records)
    missing = sorted(set(gold) - present)
    if missing and not count_missing:
        shown = ", ".join(missing[:8]) + (" …" if len(missing) > 8 else "")
        click.echo(
            f"pbkg eval: {len(missing)} gold document(s) not among the inputs, not scored "
            f"(--count-missing scores them as misses): {shown}",
            err=True,
        )
        gold = {d: g for d, g in gold.items() if d in present}
    report = evaluate(gold, records)
    by_group = evaluate_groups(gold, records, groups)
    if as_json:
        doc = {"all": report.summary(), **{n: r.summary() for n, r in by_group.items()}}
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    _echo_report("all documents" if by_group else None, report, quiet)
    for name, rep in by_group.items():
        _echo_report(name, rep, True)


def _cross_validate(
    gold_dir: str,
    paths: tuple[str, ...],
    k: int,
    learning_curve: bool,
    groups: dict[str, str],
    quiet: bool,
    as_json: bool,
    units: str,
) -> None:
    from ingest.extract.evaluate import evaluate_groups
    from ingest.extract.learn import cross_validate, read_corpus
    from ingest.extract.unit_tagger import load_tagger

    corpus = read_corpus(gold_dir, paths, tagger=load_tagger(units_model(units)))
    for err in corpus.errors:
        click.echo(f"pbkg eval: {err}", err=True)
    if not corpus.docs:
        raise click.UsageError("no input article has a gold file in GOLD_DIR")
    result = cross_validate(corpus, k)
    gold = {d: corpus.gold[d] for d in corpus.docs}
    by_group = evaluate_groups(gold, result.records, groups)
    curve = []
    if learning_curve:
        for share in (0.25, 0.5, 0.75):
            part = cross_validate(corpus, k, share=share)
            summary = part.report.summary()
            curve.append(
                {"share": share, "pairings": summary["pairings"], "posts": summary["posts"]}
            )
        summary = result.report.summary()
        curve.append({"share": 1.0, "pairings": summary["pairings"], "posts": summary["posts"]})
    if as_json:
        doc = {
            "cross_validation": {"folds": k, "documents": len(corpus.docs)},
            "all": result.report.summary(),
            **{n: r.summary() for n, r in by_group.items()},
            "candidates": result.recall,
            "calibration": {"ece": result.ece, "reliability": result.reliability},
            "posts_candidates": result.posts_recall,
            "posts_calibration": {
                "ece": result.posts_ece,
                "reliability": result.posts_reliability,
            },
            "learning_curve": curve,
        }
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    click.echo(
        f"PAIRED_WITH and HOLDS_POST decided by {k}-fold cross-validation by article over "
        f"{len(corpus.docs)} documents (no article decided by a model trained on it)"
    )
    _echo_report("all documents", result.report, quiet)
    for name, rep in by_group.items():
        _echo_report(name, rep, True)
    r = result.recall
    click.echo(
        f"candidates: {r['covered_by_candidates']} of {r['both_units_found']} gold pairings "
        f"whose two units were found (recall {r['candidate_recall']:.3f}; "
        f"{r['gold_pairings']} gold pairings in all)"
    )
    click.echo(f"calibration of kept pairings: ECE {result.ece:.3f}")
    for row in result.reliability:
        click.echo(
            f"  confidence {row['bin']}: n={row['n']:<4} mean={row['mean_confidence']:.3f} "
            f"precision={row['precision']:.3f}"
        )
    _echo_posts_calibration(result)
    for point in curve:
        p, q = point["pairings"], point["posts"]
        click.echo(
            f"learning curve: {int(point['share'] * 100):>3} % of training articles → "
            f"pairings F1 {p['f1']:.3f} (P {p['precision']:.3f}, R {p['recall']:.3f}); "
            f"posts F1 {q['f1']:.3f}"
        )


def _echo_posts_calibration(result: Any) -> None:
    """The HOLDS_POST candidates' recall and the calibration of the kept posts."""
    r = result.posts_recall
    if not r:
        return
    click.echo(
        f"post candidates: {r['covered_by_candidates']} of {r['person_and_unit_found']} gold "
        f"posts whose person and unit were found (recall {r['candidate_recall']:.3f}; "
        f"{r['gold_posts']} gold posts in all)"
    )
    click.echo(f"calibration of kept posts: ECE {result.posts_ece:.3f}")
    for row in result.posts_reliability:
        click.echo(
            f"  confidence {row['bin']}: n={row['n']:<4} mean={row['mean_confidence']:.3f} "
            f"precision={row['precision']:.3f}"
        )


def _review_labels(path: str) -> list[Any]:
    """A decisions file's judged pairings as training labels (those whose article file
    and both unit names are known)."""
    from graph.reviews import DecisionError, labelled_pairs, read_decisions
    from ingest.extract.learn import ReviewLabel

    try:
        decisions = read_decisions(path)
    except DecisionError as exc:
        raise click.BadParameter(str(exc), param_hint="--reviews") from exc
    out = []
    for p in labelled_pairs(decisions):
        if p.doc and len(p.names) >= 2:
            out.append(ReviewLabel(Path(p.doc).name, (p.names[0], p.names[1]), p.accepted))
    return out


@click.command("train")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    required=True,
    help="Write the model (JSON weights) here.",
)
@click.option(
    "--reviews",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="Also learn from reviewers' accepted and rejected pairings (a `pbkg review` "
    "decisions file); PATHS must hold the articles they were taken on.",
)
@units_option
def train_command(
    gold_dir: str, paths: tuple[str, ...], output: str, reviews: str | None, units: str
) -> None:
    """Learn the PAIRED_WITH and HOLDS_POST decisions from annotated articles (GOLD_DIR,
    PATHS).

    The model is JSON data (feature weights, calibration, threshold; the posts model in
    its "posts" section): the same input
    gives a byte-identical file. Use it with `pbkg extract/build/eval --model FILE`.
    Needs scikit-learn (pip install 'pbkg[train]').
    """
    try:
        import sklearn  # noqa: F401
    except ImportError as exc:
        raise click.ClickException(
            "training needs scikit-learn: pip install 'pbkg[train]'"
        ) from exc
    from ingest.extract.learn import read_corpus, train
    from ingest.extract.unit_tagger import load_tagger

    labels = _review_labels(reviews) if reviews else ()
    corpus = read_corpus(gold_dir, paths, labels, load_tagger(units_model(units)))
    for err in corpus.errors:
        click.echo(f"pbkg train: {err}", err=True)
    if not corpus.training_docs:
        raise click.UsageError("no input article has a gold file in GOLD_DIR")
    model = train(corpus)
    with atomic_open(output) as fh:
        fh.write(model.to_json())
    info = model.meta["trained_on"]
    click.echo(
        f"pbkg train: {output}: {info['documents']} articles, {info['candidates']} candidates "
        f"({info['positives']} pairings), threshold {model.threshold:.2f}",
        err=True,
    )
    if model.posts is not None:
        pinfo = model.posts.meta["trained_on"]
        click.echo(
            f"pbkg train: posts: {pinfo['candidates']} candidates ({pinfo['positives']} "
            f"posts), threshold {model.posts.threshold:.2f}",
            err=True,
        )


COMMANDS: list[click.Command] = [extract_command, eval_command, train_command]
