"""Checks in Teams: the approval request card tallies the findings with the first one."""

from __future__ import annotations

import json

import pytest

from tests.conftest import WorkflowHelper

from .adaptive_card import validate_envelope


@pytest.fixture
def flow(app) -> WorkflowHelper:
    return WorkflowHelper(app.extensions["pressline"])


def test_the_approval_request_card_tallies_findings(app, httpserver, flow):
    httpserver.expect_request("/hook", method="POST").respond_with_data("", status=202)
    flow.in_review(title="Arrest", body="Officers arrested the thug. We will utilise CCTV.", case_stage="arrest")
    assert app.extensions["pressline.notices"].wait(10)
    [message] = [json.loads(request.get_data()) for request, _ in httpserver.log]
    assert validate_envelope(message) == []
    assert "Checks: 1 warning, 1 blocking: “thug” presumes guilt" in json.dumps(message, ensure_ascii=False)
