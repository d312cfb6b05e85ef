"""The page in a real headless Chromium: offline, complete, explained and inert.

Each test writes a page for a hand-made graph, opens it from file:// and inspects what
the browser did and shows. Screenshots go to test-artifacts/viz/ for people to look at.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from viz_graphs import XSS_IMG, XSS_SCRIPT, district, small_graph

from viz.html import VizOptions, write_html

pytestmark = pytest.mark.browser

SMALL_IDS = {"v:310116503205", "rc:310116503002", "o:boc", "v:xss", "o:xss"}


@pytest.fixture
def small_page(tmp_path: Path) -> Path:
    return write_html(small_graph(), tmp_path / "small.html").path


def node_point(page: Any, node: str) -> tuple[float, float]:
    """Where ``node`` is on screen (page coordinates), from vis-network's own positions."""
    dom = page.evaluate(
        """id => {
            const n = pbkg.network, p = n.canvasToDOM(n.getPositions([id])[id]);
            const box = document.getElementById('pbkg-network').getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""",
        node,
    )
    return dom[0], dom[1]


def hover_tip(page: Any, x: float, y: float) -> Any:
    page.mouse.move(x - 40, y - 40)
    page.mouse.move(x, y, steps=4)
    tip = page.locator("#pbkg-tip")
    tip.wait_for(state="visible", timeout=5000)
    return tip


def test_the_page_makes_no_network_request(open_page: Any, small_page: Path) -> None:
    visit = open_page(small_page)
    assert visit.url.startswith("file://")
    assert visit.requests[0] == visit.url
    assert visit.other_requests() == []
    assert visit.errors == []


def test_the_network_holds_every_selected_unit_and_pairing(
    open_page: Any, small_page: Path
) -> None:
    page = open_page(small_page).page
    assert page.evaluate("pbkg.nodes.length") == 5
    assert set(page.evaluate("pbkg.nodes.getIds()")) == SMALL_IDS
    assert page.evaluate("pbkg.edges.length") == 3
    # ...and vis-network drew them: every node has a position on the canvas.
    assert len(page.evaluate("Object.keys(pbkg.network.getPositions())")) == 5


def test_physics_settles_and_then_stops(open_page: Any, small_page: Path) -> None:
    page = open_page(small_page).page
    before = page.evaluate("pbkg.network.getPositions()")
    page.wait_for_timeout(700)
    assert page.evaluate("pbkg.network.getPositions()") == before
    assert page.evaluate("pbkg.mode") == "physics"
    assert page.get_attribute("body", "data-state") == "ready"


def test_hovering_a_node_shows_its_tooltip_as_text(open_page: Any, small_page: Path) -> None:
    page = open_page(small_page).page
    tip = hover_tip(page, *node_point(page, "v:310116503205"))
    text = tip.text_content()
    for expected in ("高楼村", "村", "310116503205", "卜新兵 党总支书记", "高楼村党总支"):
        assert expected in text
    assert "金山工业区结对共建签约（2021-10-26）" in text
    assert "结对恒信居民区（村居共建，2021）" in text  # its pairing: partner, kind, year


def test_a_hostile_name_in_a_tooltip_is_text_and_builds_no_element(
    open_page: Any, small_page: Path, artifacts: Path
) -> None:
    page = open_page(small_page).page
    tip = hover_tip(page, *node_point(page, "v:xss"))
    assert tip.locator(".pbkg-tip-title").text_content() == XSS_IMG
    assert tip.locator("img, script, b").count() == 0
    # The article title "<b>待泾村</b>与银行结对" is shown literally, tags and all.
    assert "<b>待泾村</b>与银行结对（2022-03-01）" in tip.text_content()
    page.screenshot(path=str(artifacts / "tooltip_hostile_name.png"))


def test_hovering_an_edge_shows_kind_year_evidence_and_source(
    open_page: Any, small_page: Path
) -> None:
    page = open_page(small_page).page
    (x1, y1), (x2, y2) = node_point(page, "o:boc"), node_point(page, "v:xss")
    # Physics curves edges a little; sample along the chord until the edge answers.
    for t in (0.5, 0.45, 0.55, 0.4, 0.6):
        page.mouse.move(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t, steps=3)
        if page.evaluate("!document.getElementById('pbkg-tip').hidden"):
            break
    tip = page.locator("#pbkg-tip")
    assert tip.is_visible()
    text = tip.text_content()
    assert "结对帮扶" in text and "2012" in text
    assert "中国银行金山支行与<img src=x onerror=alert(3)>村结对帮扶。" in text
    assert "<b>待泾村</b>与银行结对（2022-03-01）" in text
    assert tip.locator("img").count() == 0


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_the_xss_payloads_do_not_run(open_page: Any, tmp_path: Path, bypass_csp: bool) -> None:
    # The title is a payload too; without the CSP, escaping alone must keep it all inert.
    path = write_html(small_graph(), tmp_path / "xss.html", VizOptions(title=XSS_IMG)).path
    visit = open_page(path, bypass_csp=bypass_csp)
    page = visit.page
    for node in ("v:xss", "o:xss"):
        hover_tip(page, *node_point(page, node))
    page.fill("#pbkg-search", XSS_SCRIPT)
    page.press("#pbkg-search", "Enter")
    page.wait_for_timeout(300)
    assert visit.dialogs == []
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 6
    assert page.title() == XSS_IMG
    assert page.locator("#pbkg-title").text_content() == XSS_IMG
    assert page.locator("#pbkg-tip .pbkg-tip-title").text_content() == XSS_SCRIPT


def test_search_finds_and_selects_a_unit(open_page: Any, small_page: Path) -> None:
    page = open_page(small_page).page
    options = page.eval_on_selector_all("#pbkg-names option", "os => os.map(o => o.value)")
    assert set(options) >= {"高楼村", XSS_IMG, XSS_SCRIPT}
    page.fill("#pbkg-search", "恒信")
    page.press("#pbkg-search", "Enter")
    assert page.evaluate("pbkg.network.getSelectedNodes()") == ["rc:310116503002"]
    assert page.locator("#pbkg-tip .pbkg-tip-title").text_content() == "恒信居民区"
    page.click("#pbkg-reset")
    assert page.evaluate("pbkg.network.getSelectedNodes()") == []


def test_legend_and_chinese_labels_render(
    open_page: Any, small_page: Path, artifacts: Path
) -> None:
    page = open_page(small_page).page
    legend = page.locator("#pbkg-legend")
    assert legend.locator("[data-kind]").all_text_contents() == ["结对帮扶", "村居共建", "党建联建"]
    assert legend.locator("[data-type]").count() == 4
    # Chinese needs a CJK font: without one, glyphs fall back to boxes of the same width
    # as any other missing glyph, so two different characters would measure the same.
    widths = page.evaluate(
        """() => {
            const c = document.createElement('canvas').getContext('2d');
            c.font = '14px "Noto Sans CJK SC", sans-serif';
            return ['村', '居', '镇'].map(ch => c.measureText(ch).width);
        }"""
    )
    assert all(w > 10 for w in widths)
    assert page.evaluate("document.fonts.check('14px \"Noto Sans CJK SC\"', '村')")
    page.screenshot(path=str(artifacts / "small_graph.png"))


def test_a_district_in_precomputed_mode_is_drawn_offline_and_in_place(
    open_page: Any, tmp_path: Path, artifacts: Path
) -> None:
    kg = district(towns=8, villages_per_town=40, firms=120)
    result = write_html(kg, tmp_path / "district.html", VizOptions(mode="precomputed"))
    visit = open_page(result.path)
    page = visit.page
    assert visit.other_requests() == []
    assert page.evaluate("pbkg.mode") == "precomputed"
    assert page.evaluate("pbkg.nodes.length") == result.nodes == 8 + 8 * 40 + 120
    # Positions are the precomputed ones: no physics moved anything.
    moved = page.evaluate(
        """() => {
            const pos = pbkg.network.getPositions();
            return pbkg.nodes.get().filter(n => pos[n.id].x !== n.x || pos[n.id].y !== n.y).length;
        }"""
    )
    assert moved == 0
    page.screenshot(path=str(artifacts / "district_overview.png"))
    page.fill("#pbkg-search", "3镇17村")
    page.press("#pbkg-search", "Enter")
    page.wait_for_timeout(300)
    page.screenshot(path=str(artifacts / "district_focus.png"))
    assert page.evaluate("pbkg.network.getSelectedNodes()") == ["v:310116103217"]


def test_the_overview_opens_on_towns_and_expands_on_click_and_search(
    open_page: Any, tmp_path: Path, artifacts: Path
) -> None:
    kg = district(towns=8, villages_per_town=40, firms=120)
    result = write_html(kg, tmp_path / "overview.html", VizOptions(mode="overview"))
    visit = open_page(result.path)
    page = visit.page
    assert visit.other_requests() == []
    # Every unit is in the data set; the network draws one node per town until opened.
    assert page.evaluate("pbkg.nodes.length") == result.nodes == 448
    assert page.evaluate("pbkg.shown.nodes.getIds()") == [f"cluster:{i}" for i in range(8)]
    page.screenshot(path=str(artifacts / "overview_towns.png"))

    members = set(page.evaluate("pbkg.nodes.get({filter: n => n.c === 0}).map(n => n.id)"))
    assert len(members) >= 40
    x, y = node_point(page, "cluster:0")
    page.mouse.click(x, y)
    page.wait_for_timeout(300)
    assert 0 in page.evaluate("pbkg.expanded")
    drawn = set(page.evaluate("pbkg.shown.nodes.getIds()"))
    assert "cluster:0" not in drawn
    assert members <= drawn
    page.screenshot(path=str(artifacts / "overview_opened.png"))

    page.click("#pbkg-reset")
    page.wait_for_timeout(300)
    page.fill("#pbkg-search", "5镇33村")
    page.press("#pbkg-search", "Enter")
    page.wait_for_timeout(300)
    assert page.evaluate("pbkg.network.getSelectedNodes()") == ["v:310116105233"]
    assert page.locator("#pbkg-tip .pbkg-tip-title").text_content() == "5镇33村"
    assert visit.errors == []


def test_a_graph_without_pairings_gives_a_page_that_says_so(open_page: Any, tmp_path: Path) -> None:
    kg = small_graph()
    result = write_html(kg, tmp_path / "none.html", VizOptions(kinds=("双百结对",)))
    assert result.nodes == 0
    visit = open_page(result.path)
    assert visit.page.evaluate("pbkg.nodes.length") == 0
    assert visit.page.locator("#pbkg-status").text_content() == "没有可显示的结对关系"
    assert visit.other_requests() == [] and visit.errors == []
