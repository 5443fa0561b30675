"""The index's two jobs live in separate modules: the query path can be read (and imported) on its own."""

from __future__ import annotations

import subprocess
import sys


def _modules_loaded_by(module: str) -> set[str]:
    code = f"import sys, {module}; print(' '.join(m for m in sys.modules if m.startswith('index')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_answering_queries_loads_nothing_that_writes_the_index():
    loaded = _modules_loaded_by("index.finding")
    assert not loaded & {"index.writer", "index.keeping", "index.engine"}


def test_keeping_in_step_loads_nothing_that_answers_queries():
    loaded = _modules_loaded_by("index.keeping")
    assert not loaded & {"index.finding", "index.ranking", "index.query", "index.suggest"}
