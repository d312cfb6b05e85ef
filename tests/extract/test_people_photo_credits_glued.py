"""A photo credit written straight after its name under a picture (posts39, issue 13: 14
of the in-sample Person misses of the readable articles were such credits, 10 glued to
摄 with no blank). Invented names and sentences; no name from an article."""

from __future__ import annotations

import pytest

from tests.extract.people_helpers import people_in


@pytest.mark.parametrize(
    "text",
    [
        "一垄一垄茶树铺满整个山坡。柯望舒摄\n支部带领谋路径。",  # after a sentence's end
        "在青禾派出所座谈。 柯望舒摄\n",  # a blank before the name
        "资料图:青禾县三井村。柯望舒摄2021年,青禾银行驻村工作队进驻。",  # the next paragraph run on
        "双方签订《结对共建协议书》。人民网 柯望舒摄\n",  # after an outlet and a blank
        "村民在育苗基地上除草。柯望舒摄影\n",
    ],
)
def test_a_name_glued_to_a_photo_credit_is_a_person(text: str) -> None:
    assert "柯望舒" in people_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "记者在现场拍摄\n",  # a verb of filming, no name before it
        "他说，这组照片由专业团队拍摄\n",
        "航拍摄\n",
    ],
)
def test_filming_words_are_no_credit(text: str) -> None:
    assert people_in(text) == []


# A reporter's photo credit in brackets with the role glued to the name (units62: Taiwan's
# papers print （記者某某某攝） under a picture; three readable misses and three false
# names split off it, 某某 and 某摄).
@pytest.mark.parametrize(
    "text",
    [
        "健康讲座在活动中心举行。（记者柯望舒摄）\n",
        "健康讲座在活动中心举行。(记者柯望舒摄影)\n",
    ],
)
def test_a_name_glued_to_the_photo_role_in_a_reporters_credit_is_whole(text: str) -> None:
    assert people_in(text) == ["柯望舒"]


def test_a_two_character_name_glued_to_the_photo_role_leaves_the_role_out() -> None:
    assert people_in("健康讲座在活动中心举行。（记者柯望摄）") == ["柯望"]
