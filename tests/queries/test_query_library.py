"""The query files: headers parse, parameters are typed, and the README documents them all."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from queries.library import NamedQuery, Param, QueryError, load_queries, parse_query

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")

REQUIRED_QUESTIONS = {
    "partners",
    "area_network",
    "cross_boundary",
    "top_partners",
    "brokers",
    "coverage_gaps",
    "people",
    "evidence",
    "timeline",
    "shortest_path",
}


def readme_section() -> str:
    assert "## Named queries" in README, "README.md has no 'Named queries' section"
    return README.split("## Named queries", 1)[1].split("\n## ", 1)[0]


def example_params(query: NamedQuery) -> dict[str, str]:
    """The --param pairs of a query's example command."""
    words = shlex.split(query.example)
    assert words[:3] == ["pbkg", "query", query.name], query.example
    pairs = [words[i + 1] for i, w in enumerate(words) if w in ("--param", "-p")]
    return dict(p.split("=", 1) for p in pairs)


def test_the_library_answers_every_question_of_the_issue() -> None:
    assert set(load_queries()) >= REQUIRED_QUESTIONS


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_every_query_is_in_the_readme_with_its_question_and_example(name: str) -> None:
    query = load_queries()[name]
    section = readme_section()
    assert f"`{name}`" in section, f"{name} is missing from README 'Named queries'"
    assert query.question_zh in section, f"{name}: Chinese question not in the README"
    assert query.question_en in section, f"{name}: English question not in the README"
    assert query.example in section, f"{name}: example not in the README"


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_every_query_has_an_example_that_binds(name: str) -> None:
    query = load_queries()[name]
    assert query.example.startswith(f"pbkg query {name}")
    query.bind(example_params(query))  # raises on an unknown, missing or mistyped param


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_every_query_orders_its_rows(name: str) -> None:
    cypher = load_queries()[name].cypher
    body = "\n".join(line for line in cypher.splitlines() if not line.startswith("//"))
    assert "ORDER BY" in body.rsplit("RETURN", 1)[1], f"{name}: final RETURN has no ORDER BY"


HEADER = """// name: demo
// zh: 演示？
// en: Demo?
// param: unit str — the unit
// param: limit int = 10 — how many
// param: area str = "" — an area, or empty
// columns: a, b
// example: pbkg query demo --param unit=高楼村
// a free comment line
MATCH (n) RETURN n.a AS a, n.b AS b ORDER BY a
"""


def test_a_header_gives_name_questions_typed_params_and_columns() -> None:
    q = parse_query(HEADER)
    assert (q.name, q.question_zh, q.question_en) == ("demo", "演示？", "Demo?")
    assert q.params == (
        Param("unit", "str", "the unit"),
        Param("limit", "int", "how many", 10),
        Param("area", "str", "an area, or empty", ""),
    )
    assert q.columns == ("a", "b")


def test_binding_types_values_and_fills_defaults() -> None:
    q = parse_query(HEADER)
    assert q.bind({"unit": "x", "limit": "3"}) == {"unit": "x", "limit": 3, "area": ""}
    assert q.bind({"unit": "' OR 1=1 //"})["unit"] == "' OR 1=1 //"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({}, "missing parameter 'unit'"),
        ({"unit": "x", "limit": "ten"}, "wants an integer"),
        ({"unit": "x", "nope": "1"}, "unknown parameter"),
    ],
)
def test_binding_refuses_missing_mistyped_and_unknown_params(
    raw: dict[str, str], message: str
) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(HEADER).bind(raw)


@pytest.mark.parametrize("drop", ["// name:", "// en:", "// columns:", "// example:"])
def test_a_header_without_a_required_field_is_refused(drop: str) -> None:
    text = "\n".join(line for line in HEADER.splitlines() if not line.startswith(drop))
    with pytest.raises(QueryError, match="header lacks"):
        parse_query(text)


def test_a_param_of_unknown_type_is_refused() -> None:
    with pytest.raises(QueryError, match="bad param line"):
        parse_query(HEADER.replace("limit int", "limit list"))


def test_a_choice_parameter_takes_only_its_values() -> None:
    q = parse_query(
        HEADER.replace("// columns:", "// param: level str{town,county} = town — x\n// columns:")
    )
    assert q.params[-1].choices == ("town", "county")
    assert q.bind({"unit": "x", "level": "county"})["level"] == "county"
    with pytest.raises(QueryError, match="one of town, county"):
        q.bind({"unit": "x", "level": "district"})


def test_a_choice_default_must_be_one_of_the_choices() -> None:
    with pytest.raises(QueryError, match="choices"):
        parse_query(
            HEADER.replace("// columns:", "// param: level str{town} = city — x\n// columns:")
        )
