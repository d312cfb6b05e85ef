"""`pbkg train`, `pbkg eval --cv/--group` and `--model`, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pbkg.cli import cli

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "ingest" / "extract" / "models" / "pairings.json"


def test_train_writes_a_model_that_extract_and_eval_can_use(annotated, tmp_path) -> None:
    gold, corpus = annotated
    model = tmp_path / "m.json"
    run = CliRunner().invoke(cli, ["train", str(gold), str(corpus), "-o", str(model)])
    assert run.exit_code == 0, run.output
    assert json.loads(model.read_text(encoding="utf-8"))["format"] == "pbkg-pooled-linear-model/1"
    out = tmp_path / "x.jsonl"
    run = CliRunner().invoke(cli, ["extract", str(corpus), "--model", str(model), "-o", str(out)])
    assert run.exit_code == 0, run.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 6


def test_a_model_given_by_path_decides_the_same_in_worker_processes(annotated, tmp_path) -> None:
    gold, corpus = annotated
    model = tmp_path / "m.json"
    trained = CliRunner().invoke(cli, ["train", str(gold), str(corpus), "-o", str(model)])
    assert trained.exit_code == 0, trained.output

    def extract(*jobs: str) -> str:
        run = CliRunner().invoke(cli, ["extract", str(corpus), "--model", str(model), *jobs])
        assert run.exit_code == 0, run.output
        return run.output

    assert extract("--jobs", "2") == extract()


def test_a_model_that_is_not_one_is_a_usage_error(annotated, tmp_path) -> None:
    _, corpus = annotated
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    run = CliRunner().invoke(cli, ["extract", str(corpus), "--model", str(bad)])
    assert run.exit_code == 2
    assert "bad.json" in run.output and "not a pbkg-linear-model/1" in run.output


def test_eval_scores_only_the_documents_given_and_says_so(annotated) -> None:
    gold, corpus = annotated
    run = CliRunner().invoke(cli, ["eval", "-q", str(gold), str(corpus / "a1.txt")])
    assert run.exit_code == 0, run.output
    assert "5 gold document(s) not among the inputs" in run.output
    assert "documents: 1" in run.output
    counted = CliRunner().invoke(
        cli, ["eval", "-q", "--count-missing", str(gold), str(corpus / "a1.txt")]
    )
    assert "documents: 6" in counted.output


def test_eval_reports_each_group_and_the_cross_validated_figure(annotated) -> None:
    gold, corpus = annotated
    run = CliRunner().invoke(
        cli, ["eval", "-q", "--cv", "2", "--group", "firsts=a1.txt,a2.txt", str(gold), str(corpus)]
    )
    assert run.exit_code == 0, run.output
    assert "2-fold cross-validation by article over 6 documents" in run.output
    assert "== firsts" in run.output
    assert "candidates: 3 of 3 gold pairings" in run.output


@pytest.mark.slow
def test_the_shipped_model_is_rebuilt_byte_for_byte_from_the_repo(tmp_path) -> None:
    out = tmp_path / "pairings.json"
    run = CliRunner().invoke(
        cli,
        ["train", str(REPO / "data/train/gold"), str(REPO / "data/train/corpus"), "-o", str(out)],
    )
    assert run.exit_code == 0, run.output
    assert out.read_bytes() == SHIPPED.read_bytes(), (
        "the shipped model is stale: retrain it with "
        "`pbkg train data/train/gold data/train/corpus -o ingest/extract/models/pairings.json`"
    )
