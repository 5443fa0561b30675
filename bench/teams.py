"""Teams message-extension searches (``composeExtension/query`` invokes on ``POST /teams/bot``) against a real
server, at 10k and 100k published statements: the Teams equivalent of ``bench/slack.py``.

    python bench/teams.py                          # 10k and 100k, 300 queries each
    python bench/teams.py --sizes 100000 --keep /tmp/pl-bench   # reuse bench/slack.py's seeded data

The data is seeded and indexed exactly as ``bench/slack.py`` does (shared code, same ``--keep`` layout). The app
is served by a threaded Werkzeug server on 127.0.0.1 with ``TEAMS_APP_ID`` set and its OpenID metadata and JWKS
served by a local server with a generated RSA key, so every request carries a real RS256 Bot Framework token that
the app verifies. One figure per size: the invoke round trip (Teams waits up to 5 seconds for it), with the
search, the card building and the token check in it.
"""

from __future__ import annotations

import argparse
import http.client
import json
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import jwt  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import rsa  # noqa: E402
from werkzeug.serving import make_server  # noqa: E402

from api.app import create_app  # noqa: E402
from bench.slack import QUERIES, QuietHandler, percentile, prepare, serve  # noqa: E402

APP_ID = "bench-teams-app"
SERVICE_URL = "https://smba.trafficmanager.net/uk/"
ISSUER = "https://api.botframework.com"


class OpenId(BaseHTTPRequestHandler):
    """OpenID metadata at ``/openid`` and the JWKS at ``/keys``, as login.botframework.com serves them."""

    documents: dict[str, dict] = {}

    def do_GET(self) -> None:
        body = json.dumps(OpenId.documents.get(self.path, {})).encode()
        self.send_response(200 if self.path in OpenId.documents else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def run(size: int, requests: int, workdir: Path) -> dict:
    data, url, seeded, indexed = prepare(size, workdir)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    public.update(kid="bench", use="sig", alg="RS256", endorsements=["msteams"])
    openid = ThreadingHTTPServer(("127.0.0.1", 0), OpenId)
    base = f"http://127.0.0.1:{openid.server_port}"
    OpenId.documents = {"/openid": {"issuer": ISSUER, "jwks_uri": f"{base}/keys"}, "/keys": {"keys": [public]}}
    serve(openid)
    app = create_app({"DATA_DIR": data, "DATABASE_URL": url, "SECRET_KEY": "bench", "TEAMS_APP_ID": APP_ID,
                      "TEAMS_OPENID_METADATA_URL": f"{base}/openid", "RATE_LIMITS": "1000000 per minute"})  # fmt: skip
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=QuietHandler)
    serve(server)
    conn = http.client.HTTPConnection("127.0.0.1", server.server_port)
    trips, empty, warmup = [], 0, 20
    for i in range(warmup + requests):
        now = int(time.time())
        claims = {"iss": ISSUER, "aud": APP_ID, "exp": now + 600, "nbf": now - 5, "serviceurl": SERVICE_URL}
        token = jwt.encode(claims, key, algorithm="RS256", headers={"kid": "bench"})
        activity = {
            "type": "invoke", "name": "composeExtension/query", "id": f"bench-{i}", "channelId": "msteams",
            "serviceUrl": SERVICE_URL, "from": {"id": "29:bench"}, "conversation": {"id": "19:bench"},
            "value": {"commandId": "lines", "parameters": [{"name": "searchQuery", "value": QUERIES[i % len(QUERIES)]}],
                      "queryOptions": {"skip": 0, "count": 10}},
        }  # fmt: skip
        body = json.dumps(activity)
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
        start = time.perf_counter()
        conn.request("POST", "/teams/bot", body=body, headers=headers)
        response = conn.getresponse()
        answer = json.loads(response.read())
        elapsed = (time.perf_counter() - start) * 1000
        assert response.status == 200, response.status
        if not answer["composeExtension"].get("attachments"):
            empty += 1
        if i >= warmup:
            trips.append(elapsed)
    server.shutdown()
    openid.shutdown()
    app.extensions["pressline.search"].close()
    return {"size": size, "requests": requests, "seed_s": seeded, "index_s": indexed, "empty": empty,
            "p50": percentile(trips, 50), "p99": percentile(trips, 99), "max": max(trips)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--keep", type=Path, help="keep the seeded data here and reuse it on the next run")
    args = parser.parse_args()
    print("| statements | queries | p50 | p99 | max | seed | index build |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            r = run(size, args.requests, args.keep or Path(tmp))
            print(
                f"| {r['size']:,} | {r['requests']} | {r['p50']:.1f} ms | {r['p99']:.1f} ms | {r['max']:.1f} ms | "
                f"{r['seed_s']:.0f} s | {r['index_s']:.0f} s |",
                flush=True,
            )
            if r["empty"]:
                print(f"  ({r['empty']} queries found nothing)", file=sys.stderr)


if __name__ == "__main__":
    main()
