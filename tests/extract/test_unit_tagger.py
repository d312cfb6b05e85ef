"""The learned unit tagger (README: Unit candidate sources — a learned second opinion):
gold spans found again in the text, BIO labels, character features, the decoding of
tagged spans and what a tagged span names. Invented names only."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from extract_helpers import names

from ingest.extract.orgs import UnitSpan
from ingest.extract.pipeline import extract
from ingest.extract.unit_features import (
    Sentence,
    char_features,
    rule_marks,
    sentence_bounds,
    sentence_inputs,
    unit_endings,
)
from ingest.extract.unit_learn import bio_labels, gold_names, gold_spans
from ingest.extract.unit_tagger import (
    B_ORG,
    I_ORG,
    MODEL_FILE,
    load_tagger,
    tagged_spans,
    tagger_path,
    unit_mention,
)
from ingest.model import Article, Extraction
from ingest.segment import Tokens


def test_gold_spans_take_the_longest_name_first_and_every_occurrence() -> None:
    text = "雁栖科技公司党支部与石门坎村结对。雁栖科技公司表示"
    names = [
        ("雁栖科技公司", "Organization"),
        ("雁栖科技公司党支部", "Organization"),
        ("石门坎村", "Village"),
        ("村", "Village"),
    ]
    assert gold_spans(text, names) == [
        (0, 9, "Organization"),
        (10, 14, "Village"),
        (17, 23, "Organization"),
    ]


def test_gold_spans_leave_out_a_name_inside_a_longer_one_and_unknown_names() -> None:
    text = "雁栖区雁栖街道"
    found = gold_spans(
        text, [("雁栖区", "Region"), ("雁栖区雁栖街道", "Region"), ("无此名", "Region")]
    )
    assert found == [(0, 7, "Region")]


def test_bio_labels_mark_each_type_with_its_tag() -> None:
    spans = [(0, 3, "Organization"), (4, 6, "Village"), (6, 7, "Other")]
    assert bio_labels(7, spans) == [B_ORG, I_ORG, I_ORG, "O", "B-VIL", "I-VIL", "O"]


def test_gold_names_add_the_simplified_form_of_a_traditional_alias() -> None:
    gold = {"entities": [{"key": "k", "type": "Organization", "name": "雁棲銀行", "aliases": []}]}
    forms = {f for f, _, _ in gold_names(gold)}
    assert {"雁棲銀行", "雁栖银行"} <= forms


def test_sentence_bounds_keep_the_end_mark_and_skip_blank_lines() -> None:
    text = "甲乙签约。\n\n丙丁共建！"
    assert [text[s:e] for s, e in sentence_bounds(text)] == ["甲乙签约。", "\n", "丙丁共建！"][::2]


def test_rule_marks_give_position_and_kind() -> None:
    u = UnitSpan(1, 4, 4, "org", "公司")
    assert rule_marks(6, [u]) == ["O", "B-org", "I-org", "E-org", "O", "O"]


def test_unit_endings_mark_the_last_character_of_an_ending() -> None:
    marks = unit_endings("雁栖科技公司来了")
    assert marks[5] and not marks[4] and not marks[6]


def _sentence(text: str, spans: list[UnitSpan] = []) -> Sentence:  # noqa: B006
    return sentence_inputs(
        text, 0, len(text), Tokens(text), rule_marks(len(text), spans), unit_endings(text)
    )


def test_char_features_hold_neighbours_words_and_endings() -> None:
    f = char_features(_sentence("与雁栖科技公司签约"))
    assert "c=司" in f[6] and "c-1=公" in f[6] and "c+1=签" in f[6] and "b-1=公司" in f[6]
    assert "e=" in f[0] and any(x.startswith("e=") and x != "e=" for x in f[6])
    assert "ahead=4-8" in f[1]
    assert not any(x.startswith("r=") for x in f[6])


def test_char_features_with_rules_read_the_rule_spans() -> None:
    s = _sentence("与雁栖科技公司签约", [UnitSpan(1, 7, 7, "org", "公司")])
    f = char_features(s, rules=True)
    assert "r=B-org" in f[1] and "r-1=O" in f[1] and "r=O" in f[0]


def test_tagged_spans_decode_bio_runs_with_their_lowest_confidence() -> None:
    labels = ["O", B_ORG, I_ORG, "O", I_ORG, I_ORG, B_ORG]
    conf = [0.1, 0.9, 0.7, 0.2, 0.8, 0.6, 0.95]
    assert tagged_spans(labels, conf) == [(1, 3, 0.7), (4, 6, 0.6), (6, 7, 0.95)]


def test_unit_mention_folds_the_party_ending_and_quotes() -> None:
    text = "“雁栖物业”党支部"
    m, host_end = unit_mention(text, 0, len(text)) or (None, 0)
    assert m is not None and m.name == "雁栖物业" and text[host_end:] == "党支部"


def test_unit_mention_drops_back_references_and_broken_names() -> None:
    assert unit_mention("我院与社区", 0, 2) is None
    assert unit_mention("该公司", 0, 3) is None
    assert unit_mention("甲”银行", 0, 4) is None
    assert unit_mention("12", 0, 2) is None


# -- end to end: the shipped model, behind --units crf ---------------------------------

UNSEEN_SHAPES = {
    # a group's bureau by its short name and number: no ending the rules take alone
    "希望鹿鸣七局支持石门坎村发展，鹿鸣七局将以党建为引领。": "鹿鸣七局",
    "松涛三局与石门坎村签订结对共建协议。": "松涛三局",
}


@pytest.fixture
def extract_with(
    article_from: Callable[[str], Article],
) -> Callable[[str, str], Extraction]:
    def run(choice: str, text: str) -> Extraction:
        return extract(article_from(text), tagger=load_tagger(tagger_path(choice)))

    return run


def test_a_units_choice_names_its_model_file() -> None:
    assert tagger_path("rules") is None and tagger_path("off") is None
    assert tagger_path("crf") == str(MODEL_FILE)
    assert tagger_path("/some/where/units.crfsuite") == "/some/where/units.crfsuite"
    assert load_tagger(None) is None
    with pytest.raises(FileNotFoundError):
        load_tagger("/no/such/units.crfsuite")


def test_the_shipped_tagger_finds_units_of_shapes_the_rules_miss(extract_with) -> None:  # type: ignore[no-untyped-def]
    for text, unit in UNSEEN_SHAPES.items():
        assert unit not in names(extract_with("rules", text), "Organization")
        assert unit in names(extract_with("crf", text), "Organization")


def test_the_tagger_leaves_the_rules_units_as_they_are(extract_with) -> None:  # type: ignore[no-untyped-def]
    text = "石门坎村党支部与雁栖物业、松涛小学签订结对共建协议。"
    assert names(extract_with("crf", text)) == names(extract_with("rules", text))


def test_units_crf_reaches_the_worker_processes_of_jobs(tmp_path: Path) -> None:
    from pbkg.cli import cli

    for i, text in enumerate([*UNSEEN_SHAPES, "石门坎村党支部与雁栖物业签订结对共建协议。"]):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")

    def run(*args: str) -> list[dict]:
        result = CliRunner().invoke(cli, ["extract", str(tmp_path), *args])
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.output.splitlines()]

    one, two = run("--units", "crf"), run("--units", "crf", "--jobs", "2")
    assert one == two
    found = {e["name"] for r in two for e in r["entities"]}
    assert set(UNSEEN_SHAPES.values()) <= found  # the tagger ran in the workers
    assert not set(UNSEEN_SHAPES.values()) & {
        e["name"] for r in run("--jobs", "2") for e in r["entities"]
    }
