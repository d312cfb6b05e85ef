"""Print today's extraction figures in the shape of tests/quality/guards.json.

    .venv/bin/python tests/quality/print_guards.py           # print them
    .venv/bin/python tests/quality/print_guards.py --write   # rewrite guards.json

Run it after a merge that improves extraction, review ``git diff`` (every count should
have moved the right way: tp up, fp and fn down), and commit the file with the new
figures in the message. The tolerance is carried over from the current file. The score
lines of every set go to standard error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from guards import (  # after the sys.path lines above
    GUARDS,
    HANDWRITTEN,
    SHARED,
    extract_records,
    figures,
    load_guards,
    report_text,
    score,
    shared_subsets,
)

DEFAULT_TOLERANCE = {"share": 0.01, "min": 1}
ABOUT = (
    "Regression guards (tests/quality/guards.py): tp/fp/fn per measure and right/wrong for "
    "post_org and linking that the code reached when pinned. A line fails when tp falls, or "
    "fp rises beyond what the extra tp carry at the pinned precision (right falls or wrong "
    "rises), by more than max(min, share x its gold count); gains pass. Re-pin with "
    "tests/quality/print_guards.py --write in the commit that earns it."
)


def main() -> None:
    if not SHARED.is_dir():
        sys.exit(f"print_guards: {SHARED}: not found (../shared beside the repo is needed)")
    old = load_guards() if GUARDS.is_file() else {}
    shared = shared_subsets()
    records = extract_records({p for s in shared for p in s.corpus})
    sets = {}
    for subset, recs in [*((s, records) for s in shared), (HANDWRITTEN, None)]:
        report = score(subset, recs if recs is not None else extract_records(subset.corpus))
        print(report_text(subset, report), file=sys.stderr)
        sets[subset.name] = figures(report)
    text = render(old.get("tolerance", DEFAULT_TOLERANCE), sets) + "\n"
    if "--write" in sys.argv[1:]:
        GUARDS.write_text(text, encoding="utf-8")
        print(f"wrote {GUARDS}", file=sys.stderr)
    else:
        sys.stdout.write(text)


def render(tolerance: dict, sets: dict) -> str:
    """guards.json, one line per measure so that a re-pin reads as a short diff."""
    lines = ["{", f' "about": {json.dumps(ABOUT)},', f' "tolerance": {json.dumps(tolerance)},']
    lines.append(' "sets": {')
    for i, (name, figs) in enumerate(sets.items()):
        lines.append(f"  {json.dumps(name)}: {{")
        items = list(figs.items())
        for j, (key, value) in enumerate(items):
            comma = "," if j < len(items) - 1 else ""
            lines.append(f"   {json.dumps(key)}: {json.dumps(value)}{comma}")
        lines.append("  }" + ("," if i < len(sets) - 1 else ""))
    return "\n".join([*lines, " }", "}"])


if __name__ == "__main__":
    main()
