"""The importer's patterns are the same in every process: none is built in a set's iteration order, which
changes with Python's hash seed (two runs of one text must read it alike)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

_PRINT_PATTERNS = """
import importlib, pkgutil, re
import statements.importer as importer
for module in sorted(pkgutil.iter_modules(importer.__path__), key=lambda m: m.name):
    loaded = importlib.import_module("statements.importer." + module.name)
    for name, value in sorted(vars(loaded).items()):
        if isinstance(value, re.Pattern):
            print(module.name, name, value.pattern)
"""


def _patterns(hash_seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run(
        [sys.executable, "-c", _PRINT_PATTERNS], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_every_importer_pattern_is_the_same_whatever_the_hash_seed() -> None:
    first = _patterns("1")
    assert first.count("\n") > 100
    assert _patterns("2") == first
