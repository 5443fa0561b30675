"""The offer gate (statements/importer/offer_gate.py) measured: routes found and false routes per keyed folder,
with the gate off and on.

    PYTHONPATH=. python bench/offer_gate_eval.py            # figures per folder and the totals
    PYTHONPATH=. python bench/offer_gate_eval.py --changes  # also each route the gate removes or loses

The December 2026 holdouts (``tests/statements/importer/holdout_2026_*``) are scored by their README's rules
(holdout_2026_12_scoring: a false route is a key's ``not_routes`` value taken); the older fixtures (dev, holdout)
by importer_scoring, where a false route is one the key does not list (optional routes aside).
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests" / "statements" / "importer"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(TESTS))

import holdout_2026_12_scoring as blind  # noqa: E402
import importer_scoring as older  # noqa: E402

from statements.importer import extract, offer_gate, read_press_file  # noqa: E402
from statements.registry import load_routes, load_topics  # noqa: E402


def _blind(folder: Path, routes, topics) -> tuple[int, int, int, list[str]]:
    """(routes in the key, found, false routes, misses) of a December holdout folder."""
    with contextlib.redirect_stdout(io.StringIO()):
        s = blind.scored(folder, routes, topics)
    return s.routes, s.routes_found, s.false_routes, [m for m in s.misses if "route" in m.lower()]


def _fixtures(split: str, routes, topics) -> tuple[int, int, int, list[str]]:
    """(routes expected, found, routes the key does not list, problems) of an older fixture split."""
    total = older.Score()
    for path in older.fixture_paths(split):
        total.add(older.score(path.name, older.expectation(path), extract(read_press_file(path), routes, topics)))
    return (
        total.routes_expected,
        total.routes_found,
        total.routes_false,
        [p for p in total.problems if "route" in p.lower()],
    )


def main(changes: bool) -> None:
    routes, topics = load_routes(), load_topics()
    folders = sorted(p for p in TESTS.glob("holdout_2026_*") if p.is_dir())
    runs = [(f.name, lambda f=f: _blind(f, routes, topics)) for f in folders]
    runs += [
        (f"fixtures/{split}", lambda split=split: _fixtures(split, routes, topics)) for split in ("dev", "holdout")
    ]
    print(f"{'folder':28} {'routes':>7} {'found off':>10} {'found on':>9} {'false off':>10} {'false on':>9}")
    totals = [0, 0, 0, 0, 0]
    for name, run in runs:
        offer_gate.ENABLED = False
        keyed, found_off, false_off, misses_off = run()
        offer_gate.ENABLED = True
        _, found_on, false_on, misses_on = run()
        for i, value in enumerate((keyed, found_off, found_on, false_off, false_on)):
            totals[i] += value
        print(f"{name:28} {keyed:7} {found_off:10} {found_on:9} {false_off:10} {false_on:9}")
        if changes:
            for miss in sorted(set(misses_off) - set(misses_on)):
                print("    - removed:", miss)
            for miss in sorted(set(misses_on) - set(misses_off)):
                print("    + new:", miss)
    keyed, found_off, found_on, false_off, false_on = totals
    print(f"{'total':28} {keyed:7} {found_off:10} {found_on:9} {false_off:10} {false_on:9}")
    print(f"routes lost {found_off - found_on}, false routes removed {false_off - false_on}")


if __name__ == "__main__":
    main("--changes" in sys.argv)
