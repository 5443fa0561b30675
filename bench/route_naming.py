"""How the importer names reporting routes the registry does not know, over the keyed blind holdout folders.

    python bench/route_naming.py            # every folder, the development half and the held-out half apart
    python bench/route_naming.py dev        # holdout_2026_12 and 12b .. 12p only (the folders naming is tuned on)
    python bench/route_naming.py held-out   # 12q .. 12za only (measured, never tuned on)
    python bench/route_naming.py dev -v     # with each route named by its bare contact or not as the key names it

Per folder: unregistered routes found (an importer route with no route_id that matches a key route by a contact
value), how many are named by their own bare number, e-mail or host, how many are named as the key names them
(ours contains theirs or theirs ours, or at least half of our name's content words are in the key's name,
case-insensitive), and of the key routes with two or more contact values, how many come out as one route.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "statements" / "importer"))

from holdout_2026_12_scoring import key, route_matches, texts  # noqa: E402

from statements.importer import ExtractedRoute, extract, read_press_file  # noqa: E402
from statements.registry import load_routes, load_topics  # noqa: E402

HOLDOUTS = ROOT / "tests" / "statements" / "importer"
_STOP = frozenset({"the", "a", "an", "of", "for", "and", "to", "on", "at", "in", "or", "s", "by", "with", "your"})


@dataclass
class Figures:
    found: int = 0  # unregistered routes matching a key route
    bare: int = 0  # named by their own contact
    as_key: int = 0  # named as the key names them
    multi: int = 0  # key routes with two or more contact values that were found
    joined: int = 0  # of those, found as one route
    misses: list[str] = field(default_factory=list)

    def add(self, other: Figures) -> None:
        for name in ("found", "bare", "as_key", "multi", "joined"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def is_bare(route: ExtractedRoute) -> bool:
    """Named by its own number, e-mail or host."""
    name = (route.name or "").lower()
    values = [v.lower() for v in (route.phone, route.url, route.email) if v]
    return any(name == v or (_digits(name) and _digits(name) == _digits(v)) or (name and name in v) for v in values)


def _content(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'s", "")) if w not in _STOP]


def named_as_key(ours: str, theirs: str) -> bool:
    ours, theirs = ours.lower().strip(), theirs.lower().strip()
    if not theirs or theirs in ours or (ours and ours in theirs):
        return True
    words = _content(ours)
    shared = set(_content(theirs))
    return bool(words) and 2 * sum(w in shared for w in words) >= len(words)


def _values(want: dict) -> int:
    return sum(bool(want.get(k)) for k in ("phone", "url", "email"))


def measure(folder: Path, routes: list, topics: list) -> Figures:
    figures = Figures()
    for path in texts(folder):
        got = extract(read_press_file(path), routes, topics)
        wanted = key(path).get("routes", [])
        for route in got.reporting_routes:
            matching = [w for w in wanted if route_matches(w, route)]
            if route.route_id is not None or not matching:
                continue
            figures.found += 1
            bare = is_bare(route)
            right = any(named_as_key(route.name, w.get("name") or "") for w in matching)
            figures.bare += bare
            figures.as_key += right
            if bare or not right:
                figures.misses.append(f"{path.name}: {route.name!r} (key {matching[0].get('name')!r})")
        for want in wanted:
            matching = [r for r in got.reporting_routes if route_matches(want, r)]
            if _values(want) < 2 or not matching:
                continue
            figures.multi += 1
            whole = any(
                all(route_matches({k: want.get(k)}, r) for k in ("phone", "url", "email") if want.get(k))
                for r in matching
            )
            figures.joined += whole
    return figures


def _suffix(folder: Path) -> str:
    return folder.name.removeprefix("holdout_2026_12")


def folders(which: str) -> list[Path]:
    every = sorted(p for p in HOLDOUTS.glob("holdout_2026_*") if p.is_dir())
    dev = [p for p in every if _suffix(p) == "" or (len(_suffix(p)) == 1 and _suffix(p) <= "p")]
    if which == "dev":
        return dev
    if which == "held-out":
        return [p for p in every if p not in dev]
    return every


def _line(label: str, f: Figures) -> str:
    pct = 100 * f.as_key / f.found if f.found else 0.0
    return (
        f"{label:<20} found {f.found:4}  bare {f.bare:4}  named as key {f.as_key:4} ({pct:5.1f}%)  "
        f"multi-contact routes as one {f.joined:3}/{f.multi:<3}"
    )


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    which = next((a for a in argv if a in ("dev", "held-out")), "all")
    routes, topics = load_routes(), load_topics()
    every = folders("all")
    dev = set(folders("dev"))
    totals = {"dev": Figures(), "held-out": Figures()}
    for folder in folders(which):
        figures = measure(folder, routes, topics)
        totals["dev" if folder in dev else "held-out"].add(figures)
        print(_line(folder.name, figures))
        if verbose:
            for miss in figures.misses:
                print("   ", miss)
    for half, figures in totals.items():
        if figures.found or which in ("all", half):
            print(_line(f"TOTAL {half}", figures))
    if which == "all":
        both = Figures()
        both.add(totals["dev"])
        both.add(totals["held-out"])
        print(_line(f"TOTAL ({len(every)} folders)", both))


if __name__ == "__main__":
    main(sys.argv[1:])
