"""Measure the press-text importer on the fixture sets: quotes and reporting routes, dev and holdout apart.

    python bench/importer_eval.py            # both sets, with every miss listed
    python bench/importer_eval.py --quiet    # figures only

The holdout set was written before the extractor and is measured, never tuned against.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "statements" / "importer"))

from importer_scoring import Score, expectation, fixture_paths, score  # noqa: E402

from statements.importer import extract, read_press_file  # noqa: E402
from statements.registry import load_routes, load_topics  # noqa: E402


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   n/a"


def evaluate(split: str) -> Score:
    routes, topics = load_routes(), load_topics()
    total = Score()
    for path in fixture_paths(split):
        got = extract(read_press_file(path), routes, topics)
        total.add(score(path.name, expectation(path), got))
    return total


def report(split: str, s: Score, files: int, quiet: bool) -> None:
    print(f"[{split}] {files} files")
    print(
        f"  quotes: {s.quotes_correct}/{s.quotes_expected} right speaker+role "
        f"(recall {_pct(s.quotes_correct, s.quotes_expected)}), words found {s.quotes_found}/{s.quotes_expected}, "
        f"precision {_pct(s.quotes_correct, s.quotes_extracted)} ({s.quotes_extracted} extracted), "
        f"false quotes {s.quotes_false}, scare quotes taken {s.scare_quotes_taken}"
    )
    print(
        f"  routes: {s.routes_found}/{s.routes_expected} found (recall {_pct(s.routes_found, s.routes_expected)}), "
        f"precision {_pct(s.routes_extracted - s.routes_false, s.routes_extracted)} "
        f"({s.routes_extracted} extracted), false routes {s.routes_false}, false phone numbers {s.false_phones}"
    )
    if not quiet:
        for problem in s.problems:
            print("    -", problem)


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    splits = [a for a in argv if not a.startswith("-")] or ["dev", "holdout"]
    for split in splits:
        report(split, evaluate(split), len(fixture_paths(split)), quiet)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
