"""kill -9 in the middle of writes: a serving node, and ``pressline import``. Afterwards no version is
half-written (see consistency.py) and every node's index verifies clean once it is running again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, func, select

from statements.models import Statement

from .consistency import problems
from .nodes import PRESSLINE, ROOT, cli, publish, republish, wait_until

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

QUOTES = [
    {"text": "Nobody from your bank will ever collect your card.", "speaker": "Jo Bloggs", "role": "Inspector"},
    {"text": "Hang up and call us back on a different phone.", "speaker": "Sam Patel", "role": "Fraud lead"},
]
ROUTES = ["action-fraud", "police-non-emergency-101"]
PRESS_TEXT = ROOT / "tests/statements/importer/fixtures/dev/d05-missing-man-appeal.txt"


def _count(url: str) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        count = conn.scalar(select(func.count()).select_from(Statement))
    engine.dispose()
    return count


def _caught_up(node) -> bool:
    ready = node.get("/readyz")
    return ready.status_code == 200 and ready.json()["index_lag"] == 0


def test_kill_9_of_a_node_mid_publish_loop_leaves_no_half_written_version(cluster, staff, nodes_db):
    a, b = cluster("a", workers=2).start(), cluster("b", workers=1).start()
    stop = threading.Event()
    done: list[str] = []

    def editor(i: int) -> None:
        n = 0
        while not stop.is_set():
            try:
                view = publish(
                    a, staff, f"Courier fraud {i}-{n}", f"Loop {i} {n}.", quotes=QUOTES, reporting_routes=ROUTES
                )
                republish(a, staff, view, summary=f"Second version {i}-{n}")
                done.append(view["slug"])
            except (requests.RequestException, AssertionError, KeyError, ValueError):
                if stop.is_set():
                    return
            n += 1

    editors = [threading.Thread(target=editor, args=(i,), daemon=True) for i in range(4)]
    for thread in editors:
        thread.start()
    wait_until(lambda: len(done) >= 6, timeout=60)
    a.kill()  # every gunicorn process at once, mid-request
    stop.set()
    for thread in editors:
        thread.join(15)

    assert problems(nodes_db, quotes=2, routes=2) == []
    a.start()
    for node in (a, b):
        wait_until(lambda: _caught_up(node), timeout=10)  # noqa: B023
        verified = node.index_verify()
        assert verified.returncode == 0, verified.stdout + verified.stderr
    assert len(a.search("courier")) > 0


def test_kill_9_of_pressline_import_mid_write_leaves_no_half_written_version(cluster, nodes_db, tmp_path):
    a = cluster("a", workers=1)
    sources = tmp_path / "press"
    sources.mkdir()
    template = PRESS_TEXT.read_text(encoding="utf-8")
    for n in range(300):
        title, rest = template.split("\n", 1)
        (sources / f"{n:03d}-appeal.txt").write_text(f"{title} {n}\n{rest}", encoding="utf-8")
    files = sorted(str(path) for path in sources.iterdir())
    dry = cli(["import", "--dry-run", "--json", files[0]], a.env)
    expected = json.loads(dry.stdout)
    assert expected["quotes"] and expected["reporting_routes"]

    importer = subprocess.Popen(
        [*PRESSLINE, "import", "--author", "Edith Editor", *files], env=a.env, cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        wait_until(lambda: _count(nodes_db) >= 20, timeout=60)
    finally:
        os.killpg(importer.pid, signal.SIGKILL)
        importer.wait(10)
    imported = _count(nodes_db)
    assert 20 <= imported < len(files), "the kill should land mid-import"

    assert problems(nodes_db, quotes=len(expected["quotes"]), routes=len(expected["reporting_routes"])) == []
    a.start()
    wait_until(lambda: _caught_up(a), timeout=10)
    verified = a.index_verify()
    assert verified.returncode == 0, verified.stdout + verified.stderr
    time.sleep(0)
    assert Path(a.index_dir).exists()
