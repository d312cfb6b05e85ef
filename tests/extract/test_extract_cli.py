"""`pbkg extract` and `pbkg eval` from the command line, on real files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from click.testing import CliRunner

from pbkg.cli import cli

STORY = "唐昌镇战旗村党总支与四川银行郫都支行党支部签订结对共建协议。唐昌镇党委书记杨立新出席。\n"


def test_extract_writes_one_contract_object_per_file_and_reports_bad_inputs(
    tmp_path: Path,
) -> None:
    good = tmp_path / "in" / "a.txt"
    good.parent.mkdir()
    good.write_text(STORY, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "in"), "-o", str(out)])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc"] for r in records] == ["a.txt"]
    rec = records[0]
    by_id = {e["id"]: e for e in rec["entities"]}
    pairing = next(r for r in rec["relations"] if r["type"] == "PAIRED_WITH")
    assert {by_id[pairing["source"]]["name"], by_id[pairing["target"]]["name"]} == {
        "战旗村",
        "四川银行郫都支行",
    }
    assert {"confidence", "rule", "evidence"} <= set(pairing)
    ev = pairing["evidence"]
    assert STORY[ev["start"] : ev["end"]] == ev["text"]


def test_extract_with_several_jobs_gives_the_same_output(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(3):
        (corpus / f"s{k}.txt").write_text(STORY.replace("杨立新", f"杨立{k}"), encoding="utf-8")
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        result = CliRunner().invoke(cli, ["extract", str(corpus), "-o", str(out), "--jobs", jobs])
        assert result.exit_code == 0, result.output
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1]


def test_eval_scores_extraction_against_gold_and_lists_misses(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(
        json.dumps(
            {
                "doc": "a.txt",
                "entities": [
                    {"key": "v", "type": "Village", "name": "战旗村", "aliases": ["战旗村"]},
                    {"key": "b", "type": "Organization", "name": "四川银行郫都支行", "aliases": []},
                    {"key": "p", "type": "Person", "name": "杨立新", "aliases": []},
                    {"key": "t", "type": "Region", "name": "唐昌镇", "aliases": []},
                    {"key": "x", "type": "Person", "name": "赵不在", "aliases": []},
                ],
                "pairings": [{"a": "b", "b": "v", "kind": "结对共建"}],
                "posts": [{"person": "p", "org": "t", "title": "党委书记"}],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["eval", str(gold), str(tmp_path / "a.txt")])
    assert result.exit_code == 0, result.output
    assert "pairings               P=1.000 R=1.000" in result.output
    assert "posts                  P=1.000 R=1.000" in result.output
    assert "a.txt: entity Person 赵不在" in result.output  # listed as a miss


def test_the_heap_is_frozen_once_the_first_item_is_out() -> None:
    import gc

    from pbkg.cli.extract_cmd import frozen_after_first

    frozen: list[int] = []

    def items() -> Iterator[int]:
        for i in range(3):
            frozen.append(gc.get_freeze_count())
            yield i

    try:
        gc.unfreeze()
        assert list(frozen_after_first(items())) == [0, 1, 2]
        assert frozen[0] == 0 and frozen[1] > 0  # after the first item, not before
        assert list(frozen_after_first(iter(()))) == []
    finally:
        gc.unfreeze()
