"""`pbkg viz DIR`: reads DIR/graph.json, writes the page, says what it drew."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from viz_graphs import small_graph

from graph.io import write_node_link
from pbkg.build import EXPORTERS
from pbkg.cli import cli


@pytest.fixture
def built(tmp_path: Path) -> Path:
    write_node_link(small_graph(), tmp_path / "graph.json")
    return tmp_path


def nodes_of(page: Path) -> set[str]:
    html = page.read_text("utf-8")
    m = re.search(r'id="pbkg-nodes">(.*?)</script>', html, re.S)
    assert m
    return {n["id"] for n in json.loads(m.group(1))}


def test_viz_writes_dir_graph_html_by_default(built: Path) -> None:
    result = CliRunner().invoke(cli, ["viz", str(built)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"{built / 'graph.html'}: 5 units, 3 pairings (physics)"
    assert len(nodes_of(built / "graph.html")) == 5


def test_viz_filters_by_focus_kind_and_region(built: Path) -> None:
    runner = CliRunner()
    out = built / "focus.html"
    r = runner.invoke(cli, ["viz", str(built), "-o", str(out), "--focus", "o:boc", "--depth", "1"])
    assert r.exit_code == 0, r.output
    assert nodes_of(out) == {"o:boc", "v:xss"}
    r = runner.invoke(cli, ["viz", str(built), "-o", str(out), "--kind", "村居共建,党建联建"])
    assert r.exit_code == 0, r.output
    assert nodes_of(out) == {"v:310116503205", "rc:310116503002", "o:xss", "v:xss"}
    r = runner.invoke(cli, ["viz", str(built), "-o", str(out), "--region", "金山工业区"])
    assert r.exit_code == 0, r.output
    assert nodes_of(out) == {"v:310116503205", "rc:310116503002"}


def test_viz_layout_flag_forces_the_precomputed_mode(built: Path) -> None:
    r = CliRunner().invoke(cli, ["viz", str(built), "--layout", "precomputed"])
    assert r.exit_code == 0, r.output
    assert r.output.strip().endswith("(precomputed)")


def test_viz_explains_what_is_missing(built: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    r = runner.invoke(cli, ["viz", str(built), "--focus", "不存在的单位"])
    assert r.exit_code == 2
    assert "不存在的单位" in r.output
    empty = tmp_path / "empty"
    empty.mkdir()
    r = runner.invoke(cli, ["viz", str(empty)])
    assert r.exit_code == 2
    assert "graph.json not found" in r.output


def test_viz_region_unknown_to_the_graph_is_found_in_the_gazetteer(built: Path) -> None:
    kg = small_graph()
    # 待泾村 is in 朱泾镇 (310116101), a town no article in this graph names.
    kg.add_node("v:310116101205", "Village", "待泾村", division_code="310116101205")
    kg.add_pairing(
        "v:310116101205",
        "o:boc",
        kind="结对帮扶",
        since=2012,
        article="a2",
        evidence=None,
        confidence=0.9,
    )
    write_node_link(kg, built / "graph.json")
    out = built / "town.html"
    r = CliRunner().invoke(cli, ["viz", str(built), "-o", str(out), "--region", "朱泾镇"])
    assert r.exit_code == 0, r.output
    assert nodes_of(out) == {"v:310116101205", "o:boc"}


def test_pbkg_build_writes_graph_html_through_its_exporter_list(tmp_path: Path) -> None:
    writers = dict(EXPORTERS)
    assert "graph.html" in writers
    writers["graph.html"](small_graph(), tmp_path / "graph.html")
    assert nodes_of(tmp_path / "graph.html") == {
        "v:310116503205",
        "rc:310116503002",
        "o:boc",
        "v:xss",
        "o:xss",
    }


def test_viz_rejects_an_unknown_kind_naming_the_kinds_there_are(
    built: Path, tmp_path: Path
) -> None:
    out = tmp_path / "kind.html"
    r = CliRunner().invoke(cli, ["viz", str(built), "-o", str(out), "--kind", "无此类"])
    assert r.exit_code == 2
    assert "无此类" in r.output
    assert "村居共建" in r.output  # one of the graph's kinds
    assert not out.exists()
