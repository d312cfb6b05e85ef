"""Another split of the same articles (``learn.FOLD_SALT``), to measure how much a
cross-validated figure moves with the split alone (scripts/cv_splits.py)."""

from __future__ import annotations

import hashlib

import pytest

from ingest.extract import learn
from ingest.extract.learn import folds

DOCS = [f"doc{i:03}.txt" for i in range(60)]


def test_the_protocol_split_is_the_plain_hash_of_each_name() -> None:
    for k, fold in enumerate(folds(DOCS, 5)):
        for d in fold:
            assert int(hashlib.sha256(d.encode("utf-8")).hexdigest(), 16) % 5 == k


def test_a_salt_gives_another_split_of_the_same_documents(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    protocol = folds(DOCS, 5)
    monkeypatch.setattr(learn, "FOLD_SALT", "a")
    salted = folds(DOCS, 5)
    assert salted != protocol
    assert sorted(d for f in salted for d in f) == sorted(DOCS)
    assert salted == folds(list(reversed(DOCS)), 5)
