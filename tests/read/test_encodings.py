"""One article saved as UTF-8, GB18030 and Big5 (traditional) reads to the same
simplified text, with offsets that point at the right characters of each file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.model import Article
from ingest.read.decode import Decoded, DecodeError, decode_bytes
from ingest.read.reader import read_paths

SIMPLIFIED = (
    "青石镇与远山银行签订结对共建协议\n\n"
    "本报讯(柳青)3月8日,青石镇党委与远山银行支行党总支签订“结对共建”协议。\n\n"
    "双方将在乡村振兴、金融服务等方面开展合作,共同推动区域发展。\n"
)
TRADITIONAL = (
    "青石鎮與遠山銀行簽訂結對共建協議\n\n"
    "本報訊(柳青)3月8日,青石鎮黨委與遠山銀行支行黨總支簽訂“結對共建”協議。\n\n"
    "雙方將在鄉村振興、金融服務等方面開展合作,共同推動區域發展。\n"
)


def _read_one(path: Path) -> Article:
    items = list(read_paths([path]))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


@pytest.mark.parametrize(
    ("encoding", "text", "detected"),
    [
        ("utf-8", SIMPLIFIED, "utf-8"),
        ("utf-8-sig", SIMPLIFIED, "utf-8-sig"),
        ("gb18030", SIMPLIFIED, "gb18030"),
        ("gb2312", SIMPLIFIED, "gb18030"),
        ("big5", TRADITIONAL, "big5"),
        ("utf-8", TRADITIONAL, "utf-8"),
    ],
)
def test_same_article_in_any_encoding_reads_the_same(
    tmp_path: Path,
    encoding: str,
    text: str,
    detected: str,
    assert_offsets_exact: Callable[[Article, str], None],
) -> None:
    path = tmp_path / f"story-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    article = _read_one(path)
    assert article.encoding == detected
    assert article.simplified == SIMPLIFIED.strip()
    assert article.text == text.strip()  # the original script is kept
    decoded = path.read_bytes().decode(detected)
    assert_offsets_exact(article, decoded)
    i = article.simplified.index("远山银行")
    assert decoded[article.source_offset(i) : article.source_offset(i) + 4] in (
        "远山银行",
        "遠山銀行",
    )
    assert article.authors == ("柳青",)
    assert article.title == text.splitlines()[0]


def test_same_story_gets_the_same_id_in_every_encoding(tmp_path: Path) -> None:
    ids = set()
    for enc, text in (("utf-8", SIMPLIFIED), ("gb18030", SIMPLIFIED), ("big5", TRADITIONAL)):
        path = tmp_path / f"{enc}.txt"
        path.write_bytes(text.encode(enc))
        ids.add(_read_one(path).id)
    assert len(ids) == 1


def test_big5_bytes_that_gb18030_also_decodes_are_read_as_big5() -> None:
    # Many Big5 byte pairs are valid GB18030 too — as other, rarer characters.
    text = "區域黨建聯席會議"
    data = text.encode("big5")
    assert data.decode("gb18030") != text  # decodes without error, but wrongly
    assert decode_bytes(data) == Decoded(text, "big5")


def test_invalid_bytes_are_rejected_not_guessed() -> None:
    data = SIMPLIFIED.encode("utf-8")
    with pytest.raises(DecodeError, match="undecodable"):
        decode_bytes(data[:20] + b"\xff\xfe\xfa" + data[20:])


def test_windows_big5_and_hong_kong_big5() -> None:
    # Strict Big5 rejects both; GB18030 would "read" them as rare characters.
    euro = "區域黨建聯席會議,經費100€。"
    assert decode_bytes(euro.encode("cp950")) == Decoded(euro, "cp950")
    hk = "香港特區黨建交流,𨋢內設有告示。"
    assert decode_bytes(hk.encode("big5hkscs")) == Decoded(hk, "big5hkscs")
