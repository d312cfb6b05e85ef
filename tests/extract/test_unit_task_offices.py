"""A government-style ending after a bare task (units27: false Organizations of the
articles new to the rules, x421–x460 and the other readable batches). Sentences and names
are invented (places from a county outside the training articles)."""

from __future__ import annotations

from extract_helpers import names

from ingest.extract.unit_rules import bare_task_office
from ingest.model import Extraction


def test_a_bare_task_with_a_service_ending_is_no_name() -> None:
    assert bare_task_office("卒中", "中心", "gov")
    assert bare_task_office("农创客", "中心", "gov")
    assert bare_task_office("线上", "办", "gov")
    # a level or place before the task names the one body of the area
    assert not bare_task_office("区社保", "中心", "gov")
    assert not bare_task_office("永嘉县社保", "中心", "gov")
    # a longer head, or another kind of ending, is left to the other rules
    assert not bare_task_office("妇幼保健计划", "中心", "gov")
    assert not bare_task_office("东岙", "公司", "strong")


def test_a_task_centre_in_a_sentence_is_no_unit(extract_text) -> None:
    ex: Extraction = extract_text("东岙村党支部组织党员到共治中心开展志愿服务。")
    assert "共治中心" not in names(ex, "Organization")


def test_a_levelled_task_centre_stays_a_unit(extract_text) -> None:
    ex: Extraction = extract_text("永嘉县社保中心党支部与东岙村党支部签订结对共建协议。")
    assert "永嘉县社保中心" in names(ex, "Organization")
