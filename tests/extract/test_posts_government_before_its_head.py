"""A lone level word's government before a title naming that level's head (县政府县长,
县政府常务副县长) is written twice: the title is the head's alone (posts35).

Invented names of the shapes seen in news pages; no name from an article."""

from __future__ import annotations

from extract_helpers import posts

from ingest.extract.post_candidates import government_before_its_head
from ingest.extract.posts import level_and_body


def _cut(text: str, element: str, word: str) -> tuple[int, int, int]:
    s = text.index(element)
    return s, s + len(element) - len(word), s + len(element)


def test_a_government_before_its_own_head_is_no_part_of_the_title() -> None:
    text = "县政府常务副县长甲，市人民政府市长乙，市政府秘书长丙"
    s, t, e = _cut(text, "县政府常务副县长", "副县长")
    assert government_before_its_head(text, s, t, e)
    assert not government_before_its_head(text, t, t, e)
    s, t, e = _cut(text, "市人民政府市长", "市长")
    assert government_before_its_head(text, s, t, e)
    s, t, e = _cut(text, "市政府秘书长", "秘书长")
    assert not government_before_its_head(text, s, t, e)  # 市政府秘书长 keeps it


def test_a_government_of_another_level_stays() -> None:
    text = "县政府副市长甲"
    s, t, e = _cut(text, "县政府副市长", "副市长")
    assert not government_before_its_head(text, s, t, e)


def test_level_and_body_keeps_a_modifier_after_the_government() -> None:
    assert level_and_body("县政府常务", "副县长") == ("县", "常务")
    assert level_and_body("区政府", "副区长") == ("区", "")
    assert level_and_body("市人民政府", "市长") == ("市", "")
    assert level_and_body("县政府", "秘书长") is None


def test_county_heads_written_after_their_government(extract_text) -> None:
    ex = extract_text(
        "近日，石岭县与青禾集团签订结对共建协议。\n\n"
        "石岭县委常委、县政府常务副县长柯望舒，县政府县长蔺晓川，"
        "县政府秘书长覃若愚出席签约仪式。"
    )
    found = posts(ex)
    assert ("柯望舒", "常务副县长", "石岭县") in found
    assert ("蔺晓川", "县长", "石岭县") in found
    assert ("覃若愚", "县政府秘书长", "石岭县") in found
    assert not any(t.startswith("县政府") and t.endswith("县长") for _, t, _ in found)
