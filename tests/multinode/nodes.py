"""Real ``pressline serve`` processes for the multi-node tests, and the HTTP calls an editor would make."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import requests

from .proxy import free_port

ROOT = Path(__file__).resolve().parents[2]
API = "/api/v1"
PRESSLINE = [sys.executable, "-c", "from api.cli import main; main()"]


def cli(args: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*PRESSLINE, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout)


class Node:
    """One Pressline node: gunicorn with its own index directory, sharing the database and Redis."""

    def __init__(self, name: str, root: Path, database_url: str, redis_url: str, workers: int = 2,
                 extra_env: dict[str, str] | None = None) -> None:  # fmt: skip
        self.name = name
        self.dir = root / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.index_dir = self.dir / "index"
        self.workers = workers
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "PRESSLINE_DATA_DIR": str(self.dir),
            "PRESSLINE_DATABASE_URL": database_url,
            "PRESSLINE_INDEX_DIR": str(self.index_dir),
            "PRESSLINE_SECRET_KEY": "multinode-tests",
            "PRESSLINE_RATELIMIT_STORAGE_URL": redis_url,
            "PRESSLINE_RATE_LIMITS": "100000 per minute",
            **(extra_env or {}),
        }
        self.process: subprocess.Popen | None = None
        self.http = requests.Session()
        self._log = None

    @property
    def log_path(self) -> Path:
        return self.dir / "serve.log"

    def start(self, timeout: float = 60) -> Node:
        self._log = self.log_path.open("ab")
        args = [*PRESSLINE, "serve", "--port", str(self.port), "--workers", str(self.workers)]
        self.process = subprocess.Popen(
            args, env=self.env, cwd=ROOT, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"node {self.name} exited: {self.log()}")
            try:
                if requests.get(f"{self.base}/healthz", timeout=1).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.1)
        self.kill()
        raise RuntimeError(f"node {self.name} did not come up: {self.log()}")

    def stop(self) -> None:
        """A clean shutdown (SIGTERM to gunicorn's master, which stops its workers)."""
        self._signal(signal.SIGTERM)
        self._reap(20)

    def kill(self) -> None:
        """``kill -9`` of the master and every worker at once: a machine losing power, as far as we can tell."""
        self._signal(signal.SIGKILL)
        self._reap(10)

    def _signal(self, sig: int) -> None:
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, sig)

    def _reap(self, timeout: float) -> None:
        if self.process is None:
            return
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(5)
        self.process = None
        self.http.close()
        if self._log:
            self._log.close()
            self._log = None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-3000:] if self.log_path.exists() else ""

    # -- HTTP ------------------------------------------------------------------------------------------------

    def get(self, path: str, key: str | None = None, **kw) -> requests.Response:
        return self.http.get(self.base + path, headers=_auth(key), timeout=10, **kw)

    def post(self, path: str, key: str, etag: str | None = None, json: dict | None = None) -> requests.Response:
        headers = {**_auth(key), **({"If-Match": etag} if etag else {})}
        return self.http.post(self.base + path, json=json, headers=headers, timeout=10)

    def search(self, words: str) -> list[str]:
        response = self.get(f"{API}/search", params={"q": words})
        response.raise_for_status()
        return [hit["slug"] for hit in response.json()["results"]]

    def index_verify(self) -> subprocess.CompletedProcess:
        return cli(["index", "verify"], self.env)


@dataclass
class Staff:
    editor: str
    approver: str


def publish(node: Node, staff: Staff, title: str, body: str, **fields) -> dict:
    """Draft, submit, approve and publish one statement through ``node``'s API; returns the published JSON."""
    created = node.post(f"{API}/statements", staff.editor, json={"title": title, "body": body, **fields})
    assert created.status_code == 201, created.text
    slug = created.json()["slug"]
    etag = created.headers["ETag"]
    for key, step in ((staff.editor, "draft/submit"), (staff.approver, "draft/approve"), (staff.approver, "publish")):
        answer = node.post(f"{API}/statements/{slug}/{step}", key, etag)
        assert answer.status_code == 200, f"{step}: {answer.status_code} {answer.text}"
        etag = answer.headers["ETag"]
    return answer.json() | {"etag": etag}


def republish(node: Node, staff: Staff, view: dict, **changes) -> dict:
    """Start a new version of a published statement from ``view`` (as ``publish`` returned it) and publish it."""
    slug = view["slug"]
    edited = node.http.patch(
        f"{node.base}{API}/statements/{slug}/draft", json=changes or {"change_note": "Refreshed"},
        headers={**_auth(staff.editor), "If-Match": view["etag"]}, timeout=10,
    )  # fmt: skip
    assert edited.status_code == 200, edited.text
    etag = edited.headers["ETag"]
    for key, step in ((staff.editor, "draft/submit"), (staff.approver, "draft/approve"), (staff.approver, "publish")):
        answer = node.post(f"{API}/statements/{slug}/{step}", key, etag)
        assert answer.status_code == 200, f"{step}: {answer.status_code} {answer.text}"
        etag = answer.headers["ETag"]
    return answer.json() | {"etag": etag}


def wait_until(predicate, timeout: float, every: float = 0.05) -> float:
    """Seconds until ``predicate()`` held; fails the test after ``timeout``."""
    started = time.monotonic()
    while True:
        try:
            if predicate():
                return time.monotonic() - started
        except requests.RequestException:
            pass
        if time.monotonic() - started > timeout:
            raise AssertionError(f"not within {timeout}s")
        time.sleep(every)


def _auth(key: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"} if key else {}
