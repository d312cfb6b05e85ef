"""Traditional → simplified keeps every position."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from ingest.read.simplify import _aligned, _variants, standard_variants, to_simplified


def test_traditional_text_is_simplified_in_place() -> None:
    text = "區域化黨建聯席會議在鎮黨群服務中心舉行,雙方簽訂結對協議。"
    assert to_simplified(text) == "区域化党建联席会议在镇党群服务中心举行,双方签订结对协议。"


def test_simplified_text_is_left_as_it_is() -> None:
    text = "社区党委与驻区单位结对共建。\n第二行。"
    assert to_simplified(text) == text


@given(st.text(alphabet="發後乾裡麵著於鐘臺灣個們為與區黨雙歷曆繫係 ,。\n\u3400-", max_size=200))
def test_length_and_non_han_characters_never_move(text: str) -> None:
    out = to_simplified(text)
    assert len(out) == len(text)
    assert all(a == b for a, b in zip(text, out, strict=True) if a in " ,。\n-")


def test_variant_forms_opencc_leaves_become_standard() -> None:
    # 陜 (U+965C) is a variant of 陝/陕 that t2s keeps; the place must still be read.
    text = "对标陜西省某川市所需,汚水治理"
    out = to_simplified(text)
    assert out == "对标陕西省某川市所需,污水治理"
    assert len(out) == len(text)
    assert to_simplified("陜" * 100) == "陕" * 100  # the long path too


def test_standard_variants_translates_only_texts_holding_a_variant() -> None:
    assert standard_variants("陜西省某川市") == "陕西省某川市"
    text = "社区党委与驻区单位结对共建"
    assert standard_variants(text) is text  # nothing to replace: the text itself


@given(st.text(alphabet="陜汚陕污西水 ,。\n", max_size=60))
def test_standard_variants_is_the_translation(text: str) -> None:
    assert standard_variants(text) == text.translate(_variants())


_PAIRS = st.tuples(st.sampled_from("ab\n。，,"), st.sampled_from("ab\n。，,"))


@given(st.lists(_PAIRS, max_size=30))
def test_aligned_compares_the_break_positions(pairs: list[tuple[str, str]]) -> None:
    # as it is called: on a text and its conversion of the same length
    a, b = "".join(x for x, _ in pairs), "".join(y for _, y in pairs)

    def breaks(s: str) -> list[int]:
        return [m.start() for m in re.finditer(r"[\n。，,]", s)]

    assert _aligned(a, b) == (breaks(a) == breaks(b))
