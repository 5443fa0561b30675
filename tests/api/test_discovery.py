"""Search, quotes, reporting routes, topics, the Atom feed, the OpenAPI document and the health checks."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET

from tests.api.conftest import API

ATOM = "{http://www.w3.org/2005/Atom}"


def test_search_answers_results_total_facets_and_suggestion(client, workflow):
    workflow.published(title="Courier fraud warning", body="Fraudsters pose as police officers.", topics=["fraud"])
    workflow.published(title="Road safety week", body="Slow down near schools.", topics=["road-safety"])

    body = client.get(f"{API}/search?q=fraud").get_json()

    assert body["total"] == 1
    hit = body["results"][0]
    assert {"slug", "title", "kind", "topics", "version", "snippet", "score"} <= set(hit)
    assert hit["slug"] == "courier-fraud-warning"
    assert body["facets"]["topic"] == {"fraud": 1}
    assert "suggestion" in body


def test_search_suggests_a_correction_for_a_misspelling(client, workflow):
    workflow.published(title="Courier fraud warning", body="Fraudsters pose as police officers.", topics=["fraud"])

    body = client.get(f"{API}/search?q=fruad").get_json()

    assert body["suggestion"] == "fraud"


def test_search_filters_and_pages(client, workflow, clock):
    for n in range(3):
        workflow.published(title=f"Fraud advice {n}", body="Fraud wording.", topics=["fraud"], kind="guidance")
        clock.advance(minutes=1)
    workflow.published(title="Fraud release", body="Fraud wording.", topics=["fraud"])

    body = client.get(f"{API}/search?q=fraud&kind=guidance&per_page=2&page=2").get_json()

    assert body["total"] == 3 and len(body["results"]) == 1
    assert body["page"] == 2


def test_search_refuses_bad_filters(client):
    response = client.get(f"{API}/search?q=x&order=random&since=yesterday")

    assert response.status_code == 422
    assert {"order", "since"} <= set(response.get_json()["errors"])


def test_quotes_finds_attributed_words(client, workflow):
    workflow.published(quotes=[{"text": "Report it to us at once.", "speaker": "Jo Bloggs", "role": "Chief Constable"}])

    body = client.get(f"{API}/quotes?q=report").get_json()

    assert [(q["speaker"], q["role"], q["version"]) for q in body["results"]] == [("Jo Bloggs", "Chief Constable", 1)]


def test_quotes_needs_a_query(client):
    assert client.get(f"{API}/quotes").status_code == 422


def test_reporting_routes_for_a_topic_come_emergency_first(client):
    items = client.get(f"{API}/reporting-routes?topic=fraud").get_json()["items"]

    assert items[0]["urgency"] == "emergency" and items[0]["phone"] == "999"
    assert all("fraud" in route["topics"] for route in items)
    assert {"id", "name", "url", "phone", "when", "urgency"} <= set(items[0])


def test_topics_count_what_the_caller_may_see(client, workflow, keys):
    workflow.published(topics=["fraud"])
    workflow.published(topics=["fraud"], audience="partners")

    anonymous = {t["slug"]: t["count"] for t in client.get(f"{API}/topics").get_json()["items"]}
    partner = {
        t["slug"]: t["count"] for t in client.get(f"{API}/topics", headers=keys.header("partner")).get_json()["items"]
    }

    assert anonymous["fraud"] == 1 and partner["fraud"] == 2
    assert anonymous["road-safety"] == 0


def test_feed_is_valid_atom_with_an_entry_per_published_statement(client, workflow):
    workflow.published(title="Fraud <advice> & more", topics=["fraud"])
    workflow.draft(title="Unpublished")

    response = client.get(f"{API}/feed.atom")

    assert response.content_type.startswith("application/atom+xml")
    root = ET.fromstring(response.get_data())
    assert root.tag == f"{ATOM}feed"
    assert all(root.find(f"{ATOM}{name}") is not None for name in ("id", "title", "updated", "author"))
    entries = root.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Fraud <advice> & more"]
    assert all(e.find(f"{ATOM}{name}") is not None for e in entries for name in ("id", "updated", "link"))


def test_feed_updates_the_entry_when_a_new_version_supersedes(client, workflow, clock):
    view = workflow.published(title="Fraud advice")
    before = ET.fromstring(client.get(f"{API}/feed.atom").get_data()).find(f"{ATOM}entry")
    clock.advance(hours=2)
    workflow.republish(view.slug, summary="Revised advice")

    after = ET.fromstring(client.get(f"{API}/feed.atom").get_data()).findall(f"{ATOM}entry")

    assert len(after) == 1
    assert after[0].findtext(f"{ATOM}id") == before.findtext(f"{ATOM}id")
    assert after[0].findtext(f"{ATOM}updated") > before.findtext(f"{ATOM}updated")
    assert after[0].findtext(f"{ATOM}summary") == "Revised advice"


def test_feed_carries_a_withdrawal_notice_without_the_wording(client, workflow, clock):
    workflow.withdrawn(reason="Court order", title="Appeal wording", body="Distinctive appeal text.")

    text = client.get(f"{API}/feed.atom").get_data(as_text=True)
    entry = ET.fromstring(text).find(f"{ATOM}entry")

    assert "Court order" in entry.findtext(f"{ATOM}summary") and "do not use" in entry.findtext(f"{ATOM}summary")
    assert "Distinctive" not in text and "Appeal wording" not in text


def test_feed_per_topic_holds_only_that_topic(client, workflow):
    workflow.published(title="Fraud advice", topics=["fraud"])
    workflow.published(title="Road advice", topics=["road-safety"])

    root = ET.fromstring(client.get(f"{API}/feed.atom?topic=road-safety").get_data())

    assert [e.findtext(f"{ATOM}title") for e in root.findall(f"{ATOM}entry")] == ["Road advice"]


def test_openapi_document_lists_every_endpoint_and_the_problem_shape(client):
    spec = client.get(f"{API}/openapi.json").get_json()

    assert spec["openapi"].startswith("3.")
    for path in ("/statements", "/statements/{slug}", "/statements/{slug}/draft", "/search", "/feed.atom", "/audit"):
        assert f"{API}{path}" in spec["paths"]
    default = spec["components"]["responses"]["DEFAULT_ERROR"]
    assert "application/problem+json" in default["content"]


def test_docs_page_is_served(client):
    response = client.get(f"{API}/docs")

    assert response.status_code == 200 and b"openapi.json" in response.get_data()


def test_healthz_and_readyz(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}
    ready = client.get("/readyz").get_json()
    assert ready["status"] == "ready" and ready["checks"] == {"database": "ok", "index": "ok"}
    assert isinstance(ready["index_lag"], int)


def test_readyz_is_503_when_the_database_is_gone(app_without_database):
    response = app_without_database.test_client().get("/readyz")

    assert response.status_code == 503
    assert response.content_type == "application/problem+json"
    assert response.get_json()["checks"]["database"] == "unavailable"
    assert int(response.headers["Retry-After"]) > 0


def test_readyz_is_503_when_the_search_index_is_unusable(app, client, app_config):
    index_dir = app_config["DATA_DIR"] / "index"
    app.extensions["pressline.search"].close()
    shutil.rmtree(index_dir)
    index_dir.write_text("not an index")

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.get_json()["checks"]["index"] != "ok"


def test_an_admin_adds_and_edits_a_reporting_route(client, keys):
    created = client.post(
        f"{API}/reporting-routes",
        json={"name": "Westshire Victim Hub", "urgency": "support", "phone": "0800 000 000", "topics": ["fraud"]},
        headers=keys.header("admin"),
    )
    edited = client.patch(
        f"{API}/reporting-routes/westshire-victim-hub", json={"url": "https://hub.example"},
        headers=keys.header("admin"),
    )  # fmt: skip

    assert created.status_code == 201
    assert created.headers["Location"].endswith(f"{API}/reporting-routes/westshire-victim-hub")
    assert edited.status_code == 200
    route = client.get(f"{API}/reporting-routes/westshire-victim-hub").get_json()
    assert (route["url"], route["phone"], route["topics"]) == ("https://hub.example", "0800 000 000", ["fraud"])
    assert "westshire-victim-hub" in [
        r["id"] for r in client.get(f"{API}/reporting-routes?topic=fraud").get_json()["items"]
    ]


def test_route_validation_is_422_per_field(client, keys):
    response = client.post(
        f"{API}/reporting-routes", json={"name": "Bad", "urgency": "soon", "url": "javascript:alert(1)"},
        headers=keys.header("admin"),
    )  # fmt: skip

    assert response.status_code == 422
    assert {"urgency", "url"} <= set(response.get_json()["errors"])


def test_an_unknown_reporting_route_is_404(client):
    assert client.get(f"{API}/reporting-routes/no-such-route").status_code == 404


def test_feed_content_is_html_rendered_by_the_safe_renderer(client, workflow):
    workflow.published(title="Fraud advice", body="Call **101**.\n\n<script>x()</script> [see](javascript:alert(1))")

    entry = ET.fromstring(client.get(f"{API}/feed.atom").get_data()).find(f"{ATOM}entry")
    content = entry.find(f"{ATOM}content")

    assert content.get("type") == "html"
    assert "<strong>101</strong>" in content.text
    assert "<script>" not in content.text and 'href="javascript' not in content.text


def test_a_route_phone_that_is_not_a_uk_number_or_short_code_is_422_for_the_field(client, keys):
    response = client.post(
        f"{API}/reporting-routes",
        json={"name": "Maybe", "urgency": "support", "phone": "call me maybe <script>"},
        headers=keys.header("admin"),
    )

    assert response.status_code == 422
    assert list(response.get_json()["errors"]) == ["phone"]


def test_a_retired_route_is_no_longer_listed_or_citable_but_versions_keep_it(client, keys, workflow):
    view = workflow.published(reporting_routes=["crimestoppers"])

    retired = client.patch(
        f"{API}/reporting-routes/crimestoppers", json={"retired": True}, headers=keys.header("admin")
    )
    draft = client.post(
        f"{API}/statements", json={"title": "New", "body": "B.", "reporting_routes": ["crimestoppers"]},
        headers=keys.header("editor"),
    )  # fmt: skip

    assert retired.status_code == 200 and retired.get_json()["retired_at"]
    assert "crimestoppers" not in [r["id"] for r in client.get(f"{API}/reporting-routes").get_json()["items"]]
    assert ["crimestoppers"] == [
        r["id"] for r in client.get(f"{API}/reporting-routes?retired=true").get_json()["items"]
    ]
    assert draft.status_code == 422 and "Retired" in draft.get_json()["errors"]["reporting_routes"][0]
    cited = client.get(f"{API}/statements/{view.slug}").get_json()["reporting_routes"]
    assert [r["id"] for r in cited] == ["crimestoppers"] and cited[0]["retired_at"]


def test_a_retired_route_can_be_brought_back_through_the_api(client, keys):
    client.patch(f"{API}/reporting-routes/crimestoppers", json={"retired": True}, headers=keys.header("admin"))
    client.patch(f"{API}/reporting-routes/crimestoppers", json={"retired": False}, headers=keys.header("admin"))

    assert "crimestoppers" in [r["id"] for r in client.get(f"{API}/reporting-routes").get_json()["items"]]


def test_a_reporting_route_carries_an_email_address_for_reports(client, keys):
    created = client.post(
        f"{API}/reporting-routes",
        json={"name": "Phishing reports", "urgency": "standard", "email": "report@phishing.gov.uk"},
        headers=keys.header("admin"),
    )
    bad = client.patch(
        f"{API}/reporting-routes/phishing-reports", json={"email": "not an address"}, headers=keys.header("admin")
    )

    assert created.status_code == 201
    assert client.get(f"{API}/reporting-routes/phishing-reports").get_json()["email"] == "report@phishing.gov.uk"
    assert bad.status_code == 422 and list(bad.get_json()["errors"]) == ["email"]


def test_every_reference_in_the_openapi_document_resolves(client):
    document = client.get(f"{API}/openapi.json").get_json()
    refs = set(re.findall(r'"\$ref": "#/components/(\w+)/(\w+)"', json.dumps(document)))
    missing = {f"{kind}/{name}" for kind, name in refs if name not in document["components"].get(kind, {})}
    assert refs and not missing  # Python 3.13 renamed 422 (UNPROCESSABLE_CONTENT): both names must resolve
