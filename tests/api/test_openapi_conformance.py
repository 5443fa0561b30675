"""schemathesis, in process, against our own OpenAPI document: no 5xx, and every answer matches the schema
(status codes, content types, bodies). Run anonymously and with an admin key, on a seeded database."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api import create_app
from tests.api.conftest import make_keys
from tests.conftest import FakeClock, WorkflowHelper, copy_template

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, _template_db):
    tmp = tmp_path_factory.mktemp("schemathesis")
    url = copy_template(_template_db, tmp / "pressline.db")
    app = create_app({"DATA_DIR": tmp, "DATABASE_URL": url, "CLOCK": FakeClock(), "SECRET_KEY": "x",
                      "RATE_LIMITS": "1000000 per minute"})  # fmt: skip
    flow = WorkflowHelper(app.extensions["pressline"])
    flow.published(
        title="Online grooming warning", topics=["online-safety"], reporting_routes=["ceop"], review_by="2026-01-01",
        quotes=[{"text": "Talk to your children.", "speaker": "Jo Bloggs", "role": "Chief Constable"}],
    )  # fmt: skip
    flow.withdrawn(title="Withdrawn appeal")
    flow.draft(title="A draft")
    keys = make_keys(app)
    yield app, keys
    app.extensions["pressline.search"].close()
    app.extensions["pressline"].db.dispose()


@pytest.fixture(scope="module")
def api_schema(seeded):
    app, _ = seeded
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)


SETTINGS = settings(
    max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None
)


def run_every_operation(schema, headers: dict[str, str]) -> None:
    """Each operation with generated inputs (schemathesis' pytest plugin does not run on pytest 9.2)."""
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @SETTINGS
        def check(case) -> None:
            case.call_and_validate(checks=CHECKS, headers=headers)

        check()


def test_anonymous_callers_get_conforming_answers(api_schema):
    run_every_operation(api_schema, {})


def test_admin_callers_get_conforming_answers(api_schema, seeded):
    _, keys = seeded
    run_every_operation(api_schema, keys.header("admin"))
