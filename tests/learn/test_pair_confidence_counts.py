"""scripts/pair_confidence_counts.py: pairings right and wrong by confidence and by what
kept them (invented names)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

_PATH = Path(__file__).resolve().parents[2] / "scripts" / "pair_confidence_counts.py"
_SPEC = importlib.util.spec_from_file_location("pair_confidence_counts", _PATH)
assert _SPEC and _SPEC.loader
pcc = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(pcc)


def _unit(i: str, name: str) -> dict[str, Any]:
    return {"id": i, "type": "Organization", "name": name, "aliases": [], "mentions": []}


def _gold(key: str, name: str) -> dict[str, Any]:
    return {"key": key, "type": "Organization", "name": name, "aliases": [name]}


def _pair(a: str, b: str, confidence: float, rule: str) -> dict[str, Any]:
    return {"type": "PAIRED_WITH", "source": a, "target": b, "confidence": confidence, "rule": rule}


def test_pairings_are_counted_by_confidence_and_by_decider() -> None:
    gold = {
        "a.txt": {
            "doc": "a.txt",
            "entities": [
                _gold("g1", "甲乙科技有限公司"),
                _gold("g2", "丙丁街道工作委员会"),
                _gold("g3", "戊己学校"),
            ],
            "pairings": [{"a": "g1", "b": "g2"}],
        }
    }
    record = {
        "doc": "a.txt",
        "entities": [
            _unit("e1", "甲乙科技有限公司"),
            _unit("e2", "丙丁街道工作委员会"),
            _unit("e3", "戊己学校"),
        ],
        "relations": [
            _pair("e1", "e2", 0.92, "pair_conj|model:rule_any"),
            _pair("e1", "e3", 0.45, "model:cue=共建"),
            {"type": "HOLDS_POST", "source": "p1", "target": "e3"},
        ],
    }
    kept = pcc.filtered([record], pcc.FILTERS["the model's own"])
    assert [r["type"] for r in kept[0]["relations"]] == ["PAIRED_WITH", "HOLDS_POST"]
    got = pcc.counts(gold, [record])
    assert got["all kept"] == (1, 1)
    assert got["confidence >= 0.8"] == (1, 0)
    assert got["the model's own"] == (0, 1)
    assert got["a hand frame's"] == (1, 0)
