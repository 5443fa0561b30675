"""Every error is application/problem+json with status, title and detail: never HTML, never a traceback."""

from __future__ import annotations

import pytest

from api import create_app
from tests.api.conftest import API

PROBLEM = "application/problem+json"


def assert_problem(response, status):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.content_type == PROBLEM
    body = response.get_json()
    assert body["status"] == status
    assert body["title"] and isinstance(body["detail"], str)
    assert "Traceback" not in response.get_data(as_text=True) and "<html" not in response.get_data(as_text=True)
    return body


def test_unknown_path_is_a_problem_not_html(client):
    assert_problem(client.get(f"{API}/no-such-thing"), 404)


def test_unknown_path_outside_the_api_is_a_problem_too(client):
    assert_problem(client.get("/no-such-page"), 404)


def test_wrong_method_is_405_and_keeps_the_allow_header(client):
    response = client.delete(f"{API}/statements")

    assert_problem(response, 405)
    assert {"GET", "POST"} <= {m.strip() for m in response.headers["Allow"].split(",")}


def test_malformed_json_is_400(client, keys):
    response = client.post(
        f"{API}/statements", data="{not json", content_type="application/json", headers=keys.header("editor")
    )

    assert_problem(response, 400)


def test_a_body_that_is_not_json_is_415(client, keys):
    response = client.post(f"{API}/statements", data="title=x", headers=keys.header("editor"),
                           content_type="application/x-www-form-urlencoded")  # fmt: skip

    assert_problem(response, 415)


def test_an_oversized_body_is_413(client, keys):
    body = '{"title": "x", "body": "' + "a" * (2 * 1024 * 1024) + '"}'

    response = client.post(f"{API}/statements", data=body, content_type="application/json",
                           headers=keys.header("editor"))  # fmt: skip

    assert_problem(response, 413)


@pytest.mark.parametrize("field", ["status", "approved_by", "author", "version", "revision", "published_at"])
def test_unknown_fields_are_refused_not_ignored(client, keys, field):
    response = client.post(
        f"{API}/statements", json={"title": "T", "body": "B", field: "x"}, headers=keys.header("editor")
    )

    body = assert_problem(response, 422)
    assert field in body["errors"]


def test_validation_errors_are_listed_per_field(client, keys):
    response = client.post(
        f"{API}/statements",
        json={"title": "", "kind": "poem", "quotes": [{"text": "Hi"}]},
        headers=keys.header("editor"),
    )

    body = assert_problem(response, 422)
    assert {"title", "kind", "body", "quotes.0.speaker"} <= set(body["errors"])
    assert all(isinstance(messages, list) for messages in body["errors"].values())


def test_domain_validation_is_422_per_field(client, keys):
    response = client.post(
        f"{API}/statements",
        json={"title": "T", "body": "B", "reporting_routes": ["no-such-route"]},
        headers=keys.header("editor"),
    )

    body = assert_problem(response, 422)
    assert "reporting_routes" in body["errors"]


@pytest.mark.parametrize("header", ["Bearer pl_not-a-real-key", "Basic dXNlcjpwYXNz", "Bearer"])
def test_an_unknown_key_is_401_even_on_public_reads(client, header):
    response = client.get(f"{API}/statements", headers={"Authorization": header})

    assert_problem(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_revoked_key_is_401(client, keys):
    assert_problem(client.get(f"{API}/statements", headers=keys.header("revoked")), 401)


def test_an_unexpected_failure_is_a_500_problem_without_a_traceback(app):
    app.config["PROPAGATE_EXCEPTIONS"] = False

    @app.get("/explode")
    def explode():
        raise RuntimeError("secret internals")

    response = app.test_client().get("/explode")

    assert_problem(response, 500)
    assert "secret internals" not in response.get_data(as_text=True)


def test_database_unreachable_is_503_with_retry_after(app_without_database):
    response = app_without_database.test_client().get(f"{API}/statements")

    assert_problem(response, 503)
    assert int(response.headers["Retry-After"]) > 0


@pytest.fixture
def limited_app(app_config):
    """An app allowing 3 requests a minute, closed afterwards (an open PostgreSQL connection warns at random)."""
    app = create_app({**app_config, "RATE_LIMITS": "3 per minute"})
    yield app
    app.extensions["pressline.search"].close()
    app.extensions["pressline"].db.dispose()


def test_rate_limit_is_429_with_retry_after(limited_app):
    client = limited_app.test_client()

    statuses = [client.get(f"{API}/topics").status_code for _ in range(4)]

    assert statuses == [200, 200, 200, 429]
    response = client.get(f"{API}/statements")
    assert_problem(response, 429)
    assert int(response.headers["Retry-After"]) > 0


def test_rate_limits_apply_per_key_and_per_address(limited_app):
    token = limited_app.extensions["pressline"].keys.create("Busy Partner", "partner")[1]
    client = limited_app.test_client()
    with_key = {"Authorization": f"Bearer {token}"}

    here, elsewhere = {"REMOTE_ADDR": "10.0.0.1"}, {"REMOTE_ADDR": "10.0.0.2"}
    for _ in range(3):
        assert client.get(f"{API}/topics", headers=with_key, environ_base=here).status_code == 200
    same_key_elsewhere = client.get(f"{API}/topics", headers=with_key, environ_base=elsewhere)
    no_key_elsewhere = client.get(f"{API}/topics", environ_base=elsewhere)
    no_key_same_address = client.get(f"{API}/topics", environ_base=here)

    assert same_key_elsewhere.status_code == 429
    assert no_key_elsewhere.status_code == 200
    assert no_key_same_address.status_code == 429


@pytest.mark.parametrize("moment", ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00"])
@pytest.mark.parametrize("path", ["statements?updated_since=", "withdrawals?updated_since=", "search?since="])
def test_a_moment_with_no_utc_equivalent_is_422_not_500(client, path, moment):
    response = client.get(f"{API}/{path}{moment.replace('+', '%2B')}")

    assert_problem(response, 422)


def test_a_publish_at_with_no_utc_equivalent_is_422_not_500(client, keys, workflow):
    view = workflow.approved()
    etag = client.get(f"{API}/statements/{view.slug}/draft", headers=keys.header("approver")).headers["ETag"]
    headers = {**keys.header("approver"), "If-Match": etag}

    response = client.post(
        f"{API}/statements/{view.slug}/publish", json={"publish_at": "9999-12-31T23:59:59-14:00"}, headers=headers
    )

    body = assert_problem(response, 422)
    assert "publish_at" in body["errors"]


@pytest.mark.parametrize(
    "body",
    [
        '{"title": "T", "body": "\\ud800"}',  # an unpaired surrogate: valid JSON, not storable text
        '{"title": "T\\u0000", "body": "B"}',
        '{"title": "T", "body": "B", "quotes": [{"\\udfff": "x"}]}',
        "[" * 100_000 + "]" * 100_000,
    ],
    ids=["surrogate", "nul", "surrogate-key", "deep"],
)
def test_json_that_parses_but_cannot_be_stored_is_400(client, keys, body):
    response = client.post(f"{API}/statements", data=body, content_type="application/json",
                           headers=keys.header("editor"))  # fmt: skip

    assert_problem(response, 400)
    assert client.get(f"{API}/statements", headers=keys.header("editor")).get_json()["total"] == 0


@pytest.mark.parametrize("path", ["statements/a%00b", "statements?topic=%00", "search?q=%00", "reporting-routes/a%00b"])
def test_a_nul_in_the_address_is_400_not_a_postgresql_500(client, path):
    assert_problem(client.get(f"{API}/{path}"), 400)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ('{"title": "T", "body": "B", "review_by": ' + "9" * 5000 + "}", "review_by"),
        ('{"title": "T", "body": "B", "quotes": [{"text": -' + "1" * 4301 + "}]}", "quotes.0.text"),
    ],
)
def test_an_integer_too_long_for_python_is_422_for_its_field(client, keys, body, field):
    response = client.post(
        f"{API}/statements", data=body, content_type="application/json", headers=keys.header("editor")
    )

    assert list(assert_problem(response, 422)["errors"]) == [field]


@pytest.mark.parametrize("path", ["/statements?page=9999", "/audit?page=3", "/search?q=fraud&page=2"])
def test_a_page_past_the_last_is_422_for_the_page_field(client, keys, path):
    body = assert_problem(client.get(f"{API}{path}", headers=keys.header("editor")), 422)

    assert "page" in body["errors"]


def test_the_first_page_of_an_empty_list_is_200(client, keys):
    response = client.get(f"{API}/statements?topic=nothing-here", headers=keys.header("editor"))

    assert response.status_code == 200 and response.get_json()["items"] == []


def test_an_unknown_console_address_is_the_consoles_html_page_not_a_problem(client):
    response = client.get("/console/no-such-page")

    assert response.status_code == 404
    assert response.content_type.startswith("text/html")
    assert "<h1>Not found</h1>" in response.get_data(as_text=True)


def test_a_wrong_method_under_the_console_is_an_html_page_with_allow(client):
    response = client.delete("/console/login")

    assert response.status_code == 405 and response.content_type.startswith("text/html")
    assert "GET" in response.headers["Allow"]


def test_the_api_keeps_problem_json_beside_the_console(client):
    assert_problem(client.get(f"{API}/statements/no-such-statement"), 404)


def test_an_address_longer_than_the_limit_is_414_problem_json(client):
    assert_problem(client.get(f"{API}/search?q={'a' * 8100}"), 414)


def test_a_header_longer_than_the_limit_is_431_problem_json(client):
    assert_problem(client.get(f"{API}/topics", headers={"X-Padding": "b" * 9000}), 431)


def test_a_long_address_under_the_console_is_its_html_page(client):
    response = client.get(f"/console/search?q={'a' * 8100}")

    assert response.status_code == 414 and response.content_type.startswith("text/html")
