"""bench/load.py still runs end to end (a few clients for a few seconds): the load test must not rot."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .nodes import ROOT

pytestmark = pytest.mark.slow


def test_the_load_test_runs_briefly_without_errors(tmp_path):
    out = tmp_path / "load.json"
    args = ["--clients", "4", "--seconds", "4", "--ceiling-seconds", "1", "--statements", "60", "--workers", "2",
            "--processes", "2", "--dir", str(tmp_path / "data"), "--json", str(out)]  # fmt: skip
    run = subprocess.run([sys.executable, "-m", "bench.load", *args], cwd=ROOT, capture_output=True, text=True,
                         timeout=300)  # fmt: skip
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    report = json.loads(out.read_text())
    assert report["errors"] == 0, json.dumps({"kinds": report["mixed"]["kinds"], "editor": report["editor"]})
    assert report["mixed"]["kinds"]["slash"]["answers_missing"] == 0
    assert report["editor"]["publishes"] >= 1 and report["ceiling"]["rps"] > 0
