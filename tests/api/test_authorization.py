"""Who may call what: one table, every caller against every endpoint, expected status from the table."""

from __future__ import annotations

import pytest

from api import create_app
from api.v1.responses import revision_etag
from tests.api.conftest import API, make_keys
from tests.conftest import EDITOR, FakeClock, WorkflowHelper, copy_template

CALLERS = ("anonymous", "partner", "editor", "approver", "admin", "revoked")

#: endpoint: (method, path, body, state the statement must be in, expected status per caller in CALLERS order)
TABLE = {
    "list":            ("GET",   "/statements",                     None, None,        (200, 200, 200, 200, 200, 401)),
    "item":            ("GET",   "/statements/{slug}",              None, "shared",    (200, 200, 200, 200, 200, 401)),
    "versions":        ("GET",   "/statements/{slug}/versions",     None, "shared",    (200, 200, 200, 200, 200, 401)),
    "version":         ("GET",   "/statements/{slug}/versions/1",   None, "shared",    (200, 200, 200, 200, 200, 401)),
    "withdrawals":     ("GET",   "/withdrawals",                    None, None,        (200, 200, 200, 200, 200, 401)),
    "search":          ("GET",   "/search?q=grooming",              None, None,        (200, 200, 200, 200, 200, 401)),
    "quotes":          ("GET",   "/quotes?q=children",              None, None,        (200, 200, 200, 200, 200, 401)),
    "routes":          ("GET",   "/reporting-routes?topic=fraud",   None, None,        (200, 200, 200, 200, 200, 401)),
    "route":           ("GET",   "/reporting-routes/ceop",          None, None,        (200, 200, 200, 200, 200, 401)),
    "create route":    ("POST",  "/reporting-routes", {"name": "Table route", "urgency": "support"}, None,
                                                                                      (401, 403, 403, 403, 201, 401)),
    "edit route":      ("PATCH", "/reporting-routes/ceop",   {"when": "Online abuse"}, None,
                                                                                      (401, 403, 403, 403, 200, 401)),
    "topics":          ("GET",   "/topics",                         None, None,        (200, 200, 200, 200, 200, 401)),
    "feed":            ("GET",   "/feed.atom",                      None, None,        (200, 200, 200, 200, 200, 401)),
    "openapi":         ("GET",   "/openapi.json",                   None, None,        (200, 200, 200, 200, 200, 200)),
    "create":          ("POST",  "/statements",       {"title": "T", "body": "B"}, None, (401, 403, 201, 201, 201, 401)),
    "get draft":       ("GET",   "/statements/{slug}/draft",        None, "shared",    (401, 403, 200, 200, 200, 401)),
    "start draft":     ("POST",  "/statements/{slug}/draft",        None, "published", (401, 403, 201, 201, 201, 401)),
    "edit draft":      ("PATCH", "/statements/{slug}/draft", {"summary": "S"}, "draft", (401, 403, 200, 200, 200, 401)),
    "submit":          ("POST",  "/statements/{slug}/draft/submit", None, "draft",     (401, 403, 200, 200, 200, 401)),
    "approve":         ("POST",  "/statements/{slug}/draft/approve", None, "in_review", (401, 403, 403, 200, 200, 401)),
    "reject":          ("POST",  "/statements/{slug}/draft/reject", {"reason": "R"}, "in_review",
                                                                                      (401, 403, 403, 200, 200, 401)),
    "publish":         ("POST",  "/statements/{slug}/publish",      None, "approved",  (401, 403, 403, 200, 200, 401)),
    "withdraw":        ("POST",  "/statements/{slug}/withdraw", {"reason": "R"}, "published",
                                                                                      (401, 403, 403, 200, 200, 401)),
    "diff":            ("GET",   "/statements/{slug}/diff?from=1&to=1", None, "shared", (401, 403, 200, 200, 200, 401)),
    "audit":           ("GET",   "/audit",                          None, None,        (401, 403, 200, 200, 200, 401)),
}  # fmt: skip

CASES = [
    pytest.param(endpoint, caller, row[4][i], id=f"{endpoint}-{caller}")
    for endpoint, row in TABLE.items()
    for i, caller in enumerate(CALLERS)
]


@pytest.fixture(scope="module")
def world(tmp_path_factory, _template_db):
    """One app for the whole table; each allowed write gets a fresh statement in the state it needs."""
    tmp = tmp_path_factory.mktemp("authz")
    url = copy_template(_template_db, tmp / "pressline.db")
    app = create_app({"DATA_DIR": tmp, "DATABASE_URL": url, "CLOCK": FakeClock(), "SECRET_KEY": "x",
                      "RATE_LIMITS": "100000 per minute"})  # fmt: skip
    flow = WorkflowHelper(app.extensions["pressline"])
    shared = flow.published(
        title="Online grooming warning", body="Talk to your children about grooming.",
        quotes=[{"text": "Talk to your children.", "speaker": "Jo Bloggs", "role": "Chief Constable"}],
    )  # fmt: skip
    yield app, flow, make_keys(app), shared
    app.extensions["pressline.search"].close()
    app.extensions["pressline"].db.dispose()


def prepare(flow: WorkflowHelper, state: str):
    make = {"draft": flow.draft, "in_review": flow.in_review, "approved": flow.approved, "published": flow.published}
    return make[state](title=f"Case in state {state}")


@pytest.mark.parametrize(("endpoint", "caller", "expected"), CASES)
def test_authorization_table(world, endpoint, caller, expected):
    app, flow, keys, shared = world
    method, path, body, state, _ = TABLE[endpoint]
    view = shared if state in (None, "shared") or expected >= 400 else prepare(flow, state)
    headers = keys.header(caller)
    if method != "GET":
        headers["If-Match"] = f'"{revision_etag(view.slug, _revision(app, view.slug))}"'

    response = app.test_client().open(f"{API}{path.format(slug=view.slug)}", method=method, json=body,
                                      headers=headers)  # fmt: skip

    assert response.status_code == expected, response.get_data(as_text=True)
    if expected >= 400:
        assert response.content_type == "application/problem+json"


def _revision(app, slug: str) -> int:
    return app.extensions["pressline"].catalogue.working(slug, EDITOR).revision
