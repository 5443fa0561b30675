"""Measure the press-text importer on the fixture sets: quotes and reporting routes, dev and holdout apart.

    python bench/importer_eval.py            # both sets, with every miss listed
    python bench/importer_eval.py --quiet    # figures only
    python bench/importer_eval.py corpus     # the bundled demo corpus, written by someone else
    python bench/importer_eval.py holdout --batch h33-h40   # one holdout batch (first-sight figures)
    python bench/importer_eval.py holdout_2026_12   # the December 2026 blind batch, by its README's rules
    python bench/importer_eval.py holdout_2026_12b  # the second December 2026 batch, by the same rules
    python bench/importer_eval.py speed      # time per 10 KB on ordinary text and on adversarial inputs

The holdout set was written before the extractor and is measured, never tuned against. ``corpus`` runs
the extractor over the bundled demo statements (statements/data/corpus.json, title + body), whose
curated quotes and routes were written independently; their roles follow another convention
("Chief Constable, Westshire Police"), so a role counts when the extracted one is part of it.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "statements" / "importer"))

from importer_scoring import Score, expectation, fixture_paths, plain, score  # noqa: E402

from statements.importer import extract, read_press_file  # noqa: E402
from statements.registry import load_routes, load_topics  # noqa: E402


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   n/a"


def in_batch(path: Path, batch: str | None) -> bool:
    """``batch`` is ``h33-h40``: fixtures whose stem starts with a number in that range (inclusive)."""
    if not batch:
        return True
    first, _, last = batch.partition("-")
    number = int("".join(c for c in path.stem.split("-")[0] if c.isdigit()) or -1)
    return int(first[1:]) <= number <= int((last or first)[1:])


def evaluate(split: str, batch: str | None = None) -> tuple[Score, int]:
    routes, topics = load_routes(), load_topics()
    total = Score()
    paths = [p for p in fixture_paths(split) if in_batch(p, batch)]
    for path in paths:
        got = extract(read_press_file(path), routes, topics)
        total.add(score(path.name, expectation(path), got))
    return total, len(paths)


def evaluate_corpus(quiet: bool) -> None:
    routes, topics = load_routes(), load_topics()
    statements = json.loads((ROOT / "statements" / "data" / "corpus.json").read_text(encoding="utf-8"))
    quotes = found = right = listed = hit = unlisted = 0
    notes = []
    for st in statements:
        got = extract(st["title"] + "\n\n" + st["body"], routes, topics)
        for want in st["quotes"]:
            quotes += 1
            match = [q for q in got.quotes if plain(q.text).startswith(plain(want["text"])[:40])]
            found += bool(match)
            ok = (
                match and match[0].speaker == want["speaker"] and (match[0].role or "?").lower() in want["role"].lower()
            )
            right += bool(ok)
            if not ok:
                notes.append(f"{st['slug']}: quote {want['text'][:30]!r} -> {match[0] if match else None}")
        ids = [r.route_id for r in got.reporting_routes]
        for route_id in st["reporting_routes"]:
            listed += 1
            hit += route_id in ids
            if route_id not in ids:
                notes.append(f"{st['slug']}: listed route {route_id} not found")
        for r in got.reporting_routes:
            if r.route_id not in st["reporting_routes"]:
                unlisted += 1
                notes.append(f"{st['slug']}: found route not listed by the corpus: {r.name} {r.phone or ''}")
        extra = len(got.quotes) - sum(
            any(plain(q.text).startswith(plain(w["text"])[:40]) for w in st["quotes"]) for q in got.quotes
        )
        if extra:
            notes.append(f"{st['slug']}: {extra} quote(s) not in the corpus list")
    print(f"[corpus] {len(statements)} statements (independent author)")
    print(f"  quotes: {right}/{quotes} right speaker + compatible role, words found {found}/{quotes}")
    print(f"  routes: {hit}/{listed} listed routes found; {unlisted} found that the corpus does not list")
    if not quiet:
        for note in notes:
            print("    -", note)


ADVERSARIAL = {
    "quote marks": "\"“”‘’'",
    "capitalised words": "Alpha Bravo Charlie Delta Echo Foxtrot ",
    'repeated Name said: "..."': 'Jane Smith said: "We will act." ',
    "attributions, one a paragraph": 'DI Sam Lee said: "Call 0161 496 0123 now."\n\n',
    "open quotes, one a paragraph": '"Words left open and more words\n\n',
    "phone numbers": "Call 0161 496 0123 or text 61016. ",
}


def _best_of(runs: int, text: str, routes, topics) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        extract(text, routes, topics)
        best = min(best, time.perf_counter() - start)
    return best


def evaluate_speed() -> None:
    """Milliseconds per 10 KB: the fixtures (ordinary press text), then adversarial inputs at 100 KB and 1 MB."""
    routes, topics = load_routes(), load_topics()
    print(f"[speed] load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores (best of 3 runs each)")
    texts = [read_press_file(p) for split in ("dev", "holdout") for p in fixture_paths(split)]
    total = sum(len(t) for t in texts)
    seconds = sum(_best_of(3, t, routes, topics) for t in texts)
    per_10kb = seconds / total * 10_000 * 1000
    print(f"  ordinary press text ({len(texts)} fixtures, {total // 1000} KB): {per_10kb:.1f} ms/10 KB")
    for name, unit in ADVERSARIAL.items():
        cells = []
        for size in (100_000, 1_000_000):
            text = "Title\n\n" + (unit * (size // len(unit) + 1))[:size]
            text = text.encode()[:size].decode(errors="ignore")  # at most ``size`` bytes of UTF-8
            took = _best_of(3 if size < 1_000_000 else 1, text, routes, topics)
            cells.append(f"{size // 1000} KB {took:.2f} s ({took / size * 10_000 * 1000:.1f} ms/10 KB)")
        print(f"  {name}: " + ", ".join(cells))


def evaluate_holdout_2026_12(quiet: bool, folder: str = "holdout_2026_12") -> None:
    """A December 2026 batch (holdout_2026_12, holdout_2026_12b), scored by the rules of holdout_2026_12's README
    (holdout_2026_12_scoring)."""
    import holdout_2026_12_scoring as h

    routes, topics = load_routes(), load_topics()
    total = h.Score()
    paths = h.texts(h.FOLDER.parent / folder)
    for path in paths:
        total.add(h.score(path.name, h.key(path), extract(read_press_file(path), routes, topics)))
    t = total
    print(f"[{folder}] {len(paths)} files")
    for line in h.figures(t):
        print("  " + line)
    if not quiet:
        for miss in t.misses:
            print("    -", miss)


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
    batch = argv[argv.index("--batch") + 1] if "--batch" in argv else None
    splits = [a for a in argv if not a.startswith("-") and a != batch] or ["dev", "holdout"]
    for split in splits:
        if split == "corpus":
            evaluate_corpus(quiet)
        elif split in ("holdout_2026_12", "holdout_2026_12b"):
            evaluate_holdout_2026_12(quiet, split)
        elif split == "speed":
            evaluate_speed()
        else:
            report(split, *evaluate(split, batch), quiet)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
