"""Army units named by their designation (部队代号: five digits and 部队), alone, with a
numbered sub-unit (某分队) or with a unit under them (卫生所); issue 13. Sentences and
numbers are invented."""

from __future__ import annotations

from collections.abc import Callable

from extract_helpers import names

from ingest.extract.orgs import army_designation_start
from ingest.model import Extraction


def test_designation_before_its_ending() -> None:
    text = "某公司与12345部队签订协议"
    assert army_designation_start(text, text.index("队")) == text.index("1")
    text = "12345部队6分队官兵"
    assert army_designation_start(text, text.rindex("队")) == 0
    text = "中国人民解放军12345部队卫生所"
    assert army_designation_start(text, text.index("卫生所")) == 0


def test_no_designation_without_five_digits() -> None:
    for text in ("第3部队", "某某部队", "123456部队", "2024年部队"):
        assert army_designation_start(text, text.index("队")) is None
    text = "某社区卫生所"
    assert army_designation_start(text, text.index("卫生所")) is None


def test_designated_units_are_found(extract_text: Callable[[str], Extraction]) -> None:
    found = names(extract_text("某街道在属地12345部队开展主题活动。12345部队6分队官兵参加。"))
    assert {"12345部队", "12345部队6分队"} <= found
    found = names(extract_text("某某城投集团和54321部队签订双拥共建合作协议。"))
    assert "54321部队" in found
