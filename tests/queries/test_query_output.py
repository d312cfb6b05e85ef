"""Output formats: tables aligned by display width (CJK is two columns), JSON, CSV."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from queries.output import display_width, format_rows, truncate

COLUMNS = ("unit", "partners", "kinds")
ROWS: list[dict[str, object]] = [
    {"unit": "高楼村", "partners": 3, "kinds": ["结对共建", "双百结对"]},
    {"unit": "ABC Bank", "partners": 12, "kinds": []},
    {"unit": "中国银行金山支行", "partners": None, "kinds": ["共驻共建"]},
]


def test_cjk_characters_take_two_columns() -> None:
    assert display_width("高楼村") == 6
    assert display_width("ABC") == 3
    assert display_width("，（）") == 6  # full-width punctuation
    assert display_width("e\u0301") == 1  # a combining accent takes none


def test_table_columns_line_up_on_screen() -> None:
    lines = format_rows(COLUMNS, ROWS, "table").splitlines()
    header, rule, *body, footer = lines
    assert footer == "(3 rows)"

    def column_at(line: str, text: str) -> int:  # the screen column where ``text`` starts
        return display_width(line[: line.index(text)])

    assert column_at(body[0], "3") == column_at(body[1], "12") == column_at(header, "partners")
    kinds_at = column_at(header, "kinds")
    assert column_at(body[0], "结对共建") == column_at(body[2], "共驻共建") == kinds_at
    assert rule.split("  ")[0] == "-" * display_width("中国银行金山支行")


def test_table_cells_show_lists_joined_and_null_as_empty() -> None:
    table = format_rows(COLUMNS, ROWS, "table")
    assert "结对共建; 双百结对" in table
    assert "None" not in table


def test_long_cells_are_cut_in_the_table_only() -> None:
    quote = "高楼村党总支与中国银行金山支行党总支签订结对共建协议，" * 4
    rows: list[dict[str, object]] = [{"q": quote}]
    assert display_width(format_rows(["q"], rows, "table").splitlines()[2]) <= 48
    assert json.loads(format_rows(["q"], rows, "json"))[0]["q"] == quote


def test_truncate_never_splits_a_wide_character_over_the_limit() -> None:
    cut = truncate("高楼村党总支", 7)
    assert cut == "高楼村…" and display_width(cut) <= 7


def test_json_keeps_types_order_and_chinese() -> None:
    text = format_rows(COLUMNS, ROWS, "json")
    assert "高楼村" in text  # not \\u escapes
    assert json.loads(text) == ROWS
    assert list(json.loads(text)[0]) == list(COLUMNS)


def test_csv_parses_back_with_lists_as_json() -> None:
    text = format_rows(COLUMNS, ROWS, "csv")
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert [r["unit"] for r in parsed] == ["高楼村", "ABC Bank", "中国银行金山支行"]
    assert json.loads(parsed[0]["kinds"]) == ["结对共建", "双百结对"]
    assert parsed[2]["partners"] == ""


def test_csv_quotes_commas_and_quotes_in_values() -> None:
    rows: list[dict[str, object]] = [{"q": '他说："结对,共建"'}]
    parsed = list(csv.DictReader(io.StringIO(format_rows(["q"], rows, "csv"))))
    assert parsed[0]["q"] == '他说："结对,共建"'


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        format_rows(COLUMNS, ROWS, "xml")


# -- properties over arbitrary text ----------------------------------------------------------
CELL = st.text(
    alphabet=st.sampled_from("高楼村结对共建（）、ABCabc123-_.·"), min_size=1, max_size=12
)


@given(st.lists(st.lists(CELL, min_size=3, max_size=3), min_size=1, max_size=6))
def test_every_table_cell_starts_at_its_headers_screen_column(cells: list[list[str]]) -> None:
    rows: list[dict[str, object]] = [dict(zip(COLUMNS, line, strict=True)) for line in cells]
    header, _, *body, _ = format_rows(COLUMNS, rows, "table").splitlines()
    starts = [display_width(header[: m.start()]) for m in re.finditer(r"\S+", header)]
    for line in body:
        # Cells hold no spaces, so each run of non-spaces is one cell.
        assert [display_width(line[: m.start()]) for m in re.finditer(r"\S+", line)] == starts


@given(st.lists(st.fixed_dictionaries({"a": st.text(), "b": st.lists(st.text())}), max_size=5))
def test_csv_and_json_give_back_every_character(rows: list[dict[str, object]]) -> None:
    assert json.loads(format_rows(["a", "b"], rows, "json")) == rows
    parsed = list(csv.DictReader(io.StringIO(format_rows(["a", "b"], rows, "csv") + "\n")))
    assert [(r["a"], json.loads(r["b"])) for r in parsed] == [(r["a"], r["b"]) for r in rows]
