"""`pbkg review` writes the page; `pbkg build --reviews` reports what matched nothing."""

from __future__ import annotations

from html import unescape
from pathlib import Path

from click.testing import CliRunner

from graph.reviews import Decision, append_decisions
from pbkg.cli import cli

WHEN = "2026-12-03T10:00:00Z"


def test_review_writes_the_page_with_the_queue(built: Path, tmp_path: Path) -> None:
    """The command writes the page of the library's queue and says how many items it
    holds, by kind. (How many pairings fall below a threshold depends on the shipped
    model, so the counts are the library's, not pinned here.)"""
    from pbkg.review import review_page

    out = tmp_path / "page.html"
    args = ["review", str(built / "out"), "--no-open", "--threshold", "0.99", "-o", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    strict = review_page(built / "out", None, threshold=0.99, reviewer="x")
    kinds = ", ".join(f"{k} {n}" for k, n in strict.kinds.items())
    assert f"{strict.items} items to review ({kinds})" in result.output
    html = unescape(out.read_text(encoding="utf-8"))
    assert "connect-src 'self'" in html and "澜沧湾科技有限公司" in html
    # At the default threshold fewer pairings are asked; the duplicate unit stays.
    result = CliRunner().invoke(cli, [*args[:3], "-o", str(out)])
    default = review_page(built / "out", None, reviewer="x")
    assert f"{default.items} items to review" in result.output
    assert default.kinds.get("pairing", 0) < strict.kinds["pairing"]
    assert default.kinds["duplicate"] == strict.kinds["duplicate"] == 1


def test_a_broken_decisions_file_is_a_usage_error(built: Path, tmp_path: Path) -> None:
    bad = tmp_path / "reviews.jsonl"
    bad.write_text('{"action": "accept"}\n', encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["build", str(built / "corpus"), "--out", str(tmp_path / "o"), "--reviews", str(bad)]
    )
    assert result.exit_code == 2 and "reviews.jsonl:1" in result.output


def test_build_reports_decisions_that_match_nothing(built: Path, tmp_path: Path) -> None:
    reviews = tmp_path / "reviews.jsonl"
    append_decisions(reviews, [Decision("rename", ("org:-/无此单位",), "林审", WHEN, name="新")])
    result = CliRunner().invoke(
        cli,
        ["build", str(built / "corpus"), "--out", str(tmp_path / "o"), "--reviews", str(reviews)],
    )
    assert result.exit_code == 0
    assert "review decision matches nothing (not in the graph: org:-/无此单位)" in result.stderr
    assert '"reason": "not in the graph: org:-/无此单位"' in result.stdout


def test_a_rejected_possible_miss_is_a_negative_example_for_train(tmp_path: Path) -> None:
    """`pbkg train --reviews` reads a rejected possible miss as the verdict 0 on the
    article's candidate for that pair — the only label of an article without gold."""
    import shutil

    from graph.reviews import Quote
    from ingest.extract.learn import ReviewLabel, examples, read_corpus
    from pbkg.cli.extract_cmd import _review_labels

    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    shutil.copytree(Path(__file__).parent / "misses", corpus)
    gold.mkdir()
    text = "星汇银行党委为杭州市西湖区溪望镇栖云村捐赠图书，并与栖云村党总支合作开展党建活动。"
    reject = Decision(
        "reject",
        ("org:330100/星汇银行", "place:330100/栖云村"),
        "林审",
        WHEN,
        type="PAIRED_WITH",
        names=("星汇银行", "栖云村"),
        evidence=Quote(article="x", doc="m1.txt", text=text, start=21, end=62),
    )
    append_decisions(tmp_path / "reviews.jsonl", [reject])
    labels = _review_labels(str(tmp_path / "reviews.jsonl"))
    assert labels == [ReviewLabel("m1.txt", ("星汇银行", "栖云村"), False)]
    ex = examples(read_corpus(gold, [corpus], labels), ["m1.txt"])
    assert (ex.labels, ex.docs) == ([0], ["m1.txt"])
