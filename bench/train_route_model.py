"""Train the learned veto for contacts the routes registry does not know (statements/importer/route_model.py).

    pip install -e '.[train]'                       # scikit-learn, for training only
    python bench/train_route_model.py               # train on every keyed holdout folder, write route_model.json
    python bench/train_route_model.py --loso        # leave-one-set-out figures per holdout folder; writes nothing

The dataset is every unknown contact the route finder meets in the December 2026 holdout folders (and the older
fixtures, whose keys give positives only), before the rules judge it, with the context the finder computes.
A contact is positive when it is one of its file key's routes (phone digits, web address or e-mail), negative
when it is one of the key's ``not_routes``; others are left out. The labels depend only on the keys and the
contexts, not on the rules' decisions or on the current model.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "statements" / "importer"))

from holdout_2026_12_scoring import is_false_route, key, route_matches, texts  # noqa: E402
from importer_scoring import expectation, fixture_paths  # noqa: E402
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

import statements.importer as importer  # noqa: E402
from statements.importer import ExtractedRoute, extract, read_press_file  # noqa: E402
from statements.importer import route_model as model_module  # noqa: E402
from statements.importer.contacts import digits_of  # noqa: E402
from statements.importer.route_model import MODEL_PATH, ContactContext, features  # noqa: E402
from statements.importer.routes import RouteFinder  # noqa: E402
from statements.registry import load_routes, load_topics  # noqa: E402

HOLDOUTS = ROOT / "tests" / "statements" / "importer"
C = 10.0  # inverse regularisation strength, chosen by leave-one-set-out (docs/importer.md)
THRESHOLD = 0.001  # below it a contact the rules kept after words naming a reporting act is left out
UNSURE_THRESHOLD = 0.1  # ... and one kept on weaker words (docs/importer.md: "The veto's two thresholds")
_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?")
_NEUTRAL = {"weights": {}, "bias": 0.0, "threshold": 0.0}  # collecting contexts must not depend on the model


@dataclass
class Example:
    folder: str
    file: str
    context: ContactContext
    label: int  # 1 a key route, 0 a key not_route
    kept_by_rules: bool  # the rules alone made it a route (the model switched off)

    @property
    def group(self) -> tuple[str, str, str]:
        """One contact of one file, however often it is printed (what the holdout scorer counts)."""
        printed = self.context.printed.lower()
        value = digits_of(printed) if self.context.kind in ("phone", "short") else _SCHEME.sub("", printed).rstrip("/")
        return self.folder, self.file, value


def _as_route(context: ContactContext) -> ExtractedRoute:
    phone = context.printed if context.kind in ("phone", "short") else None
    url = context.printed if context.kind == "url" else None
    email = context.printed if context.kind == "email" else None
    return ExtractedRoute(name=context.printed, phone=phone, url=url, email=email)


def _sources() -> Iterator[tuple[str, Path, dict, bool]]:
    """(folder, text, key in the holdout format, whether its key lists not_routes)."""
    for folder in sorted(HOLDOUTS.glob("holdout_2026_*")):
        if folder.is_dir():
            for path in texts(folder):
                yield folder.name, path, key(path), True
    for split in ("dev", "holdout"):
        for path in fixture_paths(split):
            want = expectation(path)
            yield f"fixtures-{split}", path, {"routes": want["routes"] + want.get("optional_routes", [])}, False


def dataset() -> list[Example]:
    routes, topics = load_routes(), load_topics()
    examples: list[Example] = []
    with mock.patch.object(model_module, "model", lambda: _NEUTRAL):
        for folder, path, want, has_negatives in _sources():
            seen: list[ContactContext] = []
            finder = RouteFinder(routes, observe=seen.append)
            with mock.patch.object(importer, "find_routes", lambda text, _specs, finder=finder: finder.find(text)):
                got = extract(read_press_file(path), routes, topics)
            unknown = [r for r in got.reporting_routes if r.route_id is None]
            for context in seen:
                route = _as_route(context)
                positive = any(route_matches(w, route) for w in want["routes"])
                negative = any(is_false_route(n, route) for n in want.get("not_routes", []))
                if positive == negative or not (positive or has_negatives):
                    continue
                kept = any(route_matches({"phone": x.phone, "url": x.url, "email": x.email}, route) for x in unknown)
                examples.append(Example(folder, path.name, context, int(positive), kept))
    return examples


def fit(examples: list[Example], c: float = C) -> tuple[dict[str, float], float]:
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform([dict.fromkeys(features(e.context), 1) for e in examples])
    classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    classifier.fit(matrix, [e.label for e in examples])
    names = vectoriser.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, classifier.coef_[0], strict=True) if abs(w) >= 1e-4}
    return weights, round(float(classifier.intercept_[0]), 4)


def loso(examples: list[Example], threshold: float, unsure: float) -> None:
    """Each holdout folder scored by a model trained on the others: per (file, contact), what the rules keep and
    what the veto removes."""
    folders = sorted({e.folder for e in examples if not e.folder.startswith("fixtures")}, key=lambda f: (len(f), f))
    print(f"threshold {threshold} (after a reporting act), {unsure} (otherwise), C {C}")
    print("| held out | positives | negatives | rules keep pos/neg | veto removes neg | veto loses pos |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    total: Counter[str] = Counter()
    for held in folders:
        weights, bias = fit([e for e in examples if e.folder != held])
        scored = {"weights": weights, "bias": bias, "threshold": threshold, "unsure_threshold": unsure}
        groups: dict[tuple[str, str, str], list[Example]] = defaultdict(list)
        for e in examples:
            if e.folder == held:
                groups[e.group].append(e)
        row: Counter[str] = Counter()
        with mock.patch.object(model_module, "model", lambda scored=scored: scored):
            for members in groups.values():
                label = members[0].label
                row[f"n{label}"] += 1
                if not any(e.kept_by_rules for e in members):
                    continue
                row[f"kept{label}"] += 1
                if all(model_module.probability(e.context) < model_module.threshold(e.context) for e in members):
                    row[f"vetoed{label}"] += 1
        total.update(row)
        print(_row(held, row))
    print(_row("all", total))


def _row(name: str, row: Counter[str]) -> str:
    return (
        f"| {name} | {row['n1']} | {row['n0']} | {row['kept1']}/{row['kept0']} | {row['vetoed0']} | {row['vetoed1']} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--loso", action="store_true", help="print leave-one-set-out figures; write nothing")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--unsure-threshold", type=float, default=UNSURE_THRESHOLD)
    args = parser.parse_args()
    examples = dataset()
    counts = Counter((e.folder, e.label) for e in examples)
    print(f"{len(examples)} contacts: {sum(e.label for e in examples)} positive; per folder (pos, neg):")
    print("  " + ", ".join(f"{f} {counts[f, 1]}/{counts[f, 0]}" for f in sorted({f for f, _ in counts})))
    if args.loso:
        loso(examples, args.threshold, args.unsure_threshold)
        return
    weights, bias = fit(examples)
    trained = {
        "about": "logistic regression veto for unknown contacts; written by bench/train_route_model.py",
        "trained": datetime.now(UTC).date().isoformat(),
        "folders": sorted({e.folder for e in examples}),
        "examples": len(examples),
        "C": C,
        "threshold": args.threshold,
        "unsure_threshold": args.unsure_threshold,
        "bias": bias,
        "weights": dict(sorted(weights.items())),
    }
    MODEL_PATH.write_text(json.dumps(trained, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    thresholds = f"{args.threshold} / {args.unsure_threshold}"
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(weights)} weights, thresholds {thresholds}")


if __name__ == "__main__":
    main()
