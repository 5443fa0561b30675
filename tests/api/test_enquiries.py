"""The enquiry log over HTTP: staff only, problem+json field errors, answers with approved lines, suggestions
from the bots' search, and a CSV export safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io

import pytest

from statements.media.models import Contact

API = "/api/v1"
QUESTION = "Are schools affected by the bypass closure?"


def log(client, keys, role="editor", **body):
    body.setdefault("journalist", "Jo Bloggs")
    body.setdefault("outlet", "Daily Gazette")
    body.setdefault("question", QUESTION)
    return client.post(f"{API}/enquiries", json=body, headers=keys.header(role))


@pytest.fixture
def enquiry(client, keys):
    response = log(client, keys)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_logging_answers_201_with_the_enquiry_and_its_location(client, keys, clock):
    response = log(client, keys, deadline="2026-06-01T16:00:00+01:00")
    body = response.get_json()
    assert response.status_code == 201
    assert response.headers["Location"].endswith(f"/api/v1/enquiries/{body['id']}")
    assert (body["status"], body["logged_by"], body["deadline"]) == (
        "open",
        "Edith Editor",
        "2026-06-01T15:00:00+00:00",
    )


def test_a_contact_id_fills_in_who_asked(client, keys, app, clock):
    with app.extensions["pressline"].db.writing() as session:
        contact = Contact(name="Sam Reporter", outlet="Westshire Echo", email="sam@example.org",
                          unsubscribe_token="t-sam", created_at=clock(), updated_at=clock())  # fmt: skip
        session.add(contact)
        session.flush()
        contact_id = contact.id
    body = client.post(f"{API}/enquiries", json={"contact_id": contact_id, "question": QUESTION},
                       headers=keys.header("editor")).get_json()  # fmt: skip
    assert (body["journalist"], body["outlet"], body["contact_id"]) == ("Sam Reporter", "Westshire Echo", contact_id)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"question": ""}, "question"),
        ({"deadline": "2026-06-01T16:00:00"}, "deadline"),
        ({"deadline": "2020-01-01T16:00:00+00:00"}, "deadline"),
        ({"journalist": "", "outlet": ""}, "journalist"),
        ({"contact_id": 424242}, "contact_id"),
        ({"status": "answered"}, "status"),
    ],
)
def test_bad_fields_are_422_problems_per_field(client, keys, body, field):
    response = log(client, keys, **body)
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert field in response.get_json()["errors"]


@pytest.mark.parametrize(("role", "status"), [("anonymous", 401), ("partner", 403)])
def test_partners_and_anonymous_callers_are_refused_everywhere(client, keys, enquiry, role, status):
    headers = keys.header(role)
    one = f"{API}/enquiries/{enquiry['id']}"
    calls = [
        client.post(f"{API}/enquiries", json={"journalist": "Jo", "question": "Q"}, headers=headers),
        client.get(f"{API}/enquiries", headers=headers),
        client.get(one, headers=headers),
        client.patch(one, json={"question": "Q"}, headers=headers),
        client.post(f"{one}/answer", json={"answer": "A"}, headers=headers),
        client.post(f"{one}/decline", json={"reason": "R"}, headers=headers),
        client.get(f"{one}/suggestions", headers=headers),
        client.get(f"{API}/enquiries.csv?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z", headers=headers),
    ]
    assert [c.status_code for c in calls] == [status] * len(calls)
    assert client.get(one, headers=keys.header("editor")).get_json()["status"] == "open"


def test_an_answer_with_published_wording_records_its_version(client, keys, enquiry, workflow):
    view = workflow.published(title="Bypass closure and schools")
    response = client.post(f"{API}/enquiries/{enquiry['id']}/answer", json={"slug": view.slug},
                           headers=keys.header("editor2"))  # fmt: skip
    body = response.get_json()
    assert response.status_code == 200
    assert (body["status"], body["slug"], body["version"], body["answered_by"]) == (
        "answered",
        view.slug,
        1,
        "Ed Second",
    )


def test_unpublished_wording_is_a_422_on_slug(client, keys, enquiry, workflow):
    view = workflow.approved(title="Bypass closure and schools")
    response = client.post(f"{API}/enquiries/{enquiry['id']}/answer", json={"slug": view.slug},
                           headers=keys.header("editor"))  # fmt: skip
    assert response.status_code == 422
    assert "no published version yet" in response.get_json()["errors"]["slug"][0]


def test_answering_twice_is_a_409_until_reopened(client, keys, enquiry):
    one = f"{API}/enquiries/{enquiry['id']}"
    assert (
        client.post(f"{one}/decline", json={"reason": "Court case"}, headers=keys.header("editor")).status_code == 200
    )
    assert client.post(f"{one}/answer", json={"answer": "A"}, headers=keys.header("editor")).status_code == 409
    assert client.post(f"{one}/reopen", headers=keys.header("editor")).get_json()["status"] == "open"


def test_patch_corrects_the_question(client, keys, enquiry):
    response = client.patch(f"{API}/enquiries/{enquiry['id']}", json={"question": "Which schools?"},
                            headers=keys.header("editor"))  # fmt: skip
    assert (response.status_code, response.get_json()["question"]) == (200, "Which schools?")


def test_an_unknown_enquiry_is_a_404_problem(client, keys):
    response = client.get(f"{API}/enquiries/999", headers=keys.header("editor"))
    assert (response.status_code, response.mimetype) == (404, "application/problem+json")


def test_a_huge_id_is_a_404_not_an_overflow(client, keys):
    assert client.get(f"{API}/enquiries/99999999999999999999", headers=keys.header("editor")).status_code == 404


def test_the_list_filters_by_words_status_dates_and_statement(client, keys, clock, workflow):
    view = workflow.published(title="Bypass closure")
    first = log(client, keys, question="Is the bypass shut?").get_json()
    clock.advance(hours=2)
    log(client, keys, journalist="Sam Reporter", question="How many arrests?")
    client.post(f"{API}/enquiries/{first['id']}/answer", json={"slug": view.slug}, headers=keys.header("editor"))

    def found(query):
        response = client.get(f"{API}/enquiries?{query}", headers=keys.header("editor"))
        assert response.status_code == 200, response.get_json()
        return [e["question"] for e in response.get_json()["items"]]

    assert found("") == ["How many arrests?", "Is the bypass shut?"]
    assert found("q=sam") == ["How many arrests?"]
    assert found("status=answered") == ["Is the bypass shut?"]
    assert found(f"slug={view.slug}") == ["Is the bypass shut?"]
    assert found("from=2026-06-01T10:00:00%2B00:00") == ["How many arrests?"]
    assert found("to=2026-06-01T10:00:00Z") == ["Is the bypass shut?"]


def test_suggestions_are_the_best_matching_wording_that_may_be_given(client, keys, enquiry, workflow):
    public = workflow.published(title="Schools and the bypass closure", body="Schools stay open during the closure.")
    workflow.published(title="Staff notes on schools", kind="guidance", audience="internal",
                       body="Schools closure notes for staff only.")  # fmt: skip
    workflow.published(title="Fraud warning", body="Beware of doorstep callers.")
    response = client.get(f"{API}/enquiries/{enquiry['id']}/suggestions", headers=keys.header("editor"))
    assert response.status_code == 200
    assert [s["slug"] for s in response.get_json()["items"]] == [public.slug]


def test_the_csv_export_covers_the_range_and_defuses_formulas(client, keys):
    log(client, keys, journalist='=HYPERLINK("http://evil")', question="+1 or -1?")
    response = client.get(f"{API}/enquiries.csv?from=2026-06-01T00:00:00Z&to=2026-06-02T00:00:00Z",
                          headers=keys.header("editor"))  # fmt: skip
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert 'filename="enquiries-20260601-20260602.csv"' in response.headers["Content-Disposition"]
    (row,) = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert (row["journalist"], row["question"]) == ('\'=HYPERLINK("http://evil")', "'+1 or -1?")


def test_the_csv_export_needs_both_dates(client, keys):
    response = client.get(f"{API}/enquiries.csv?from=2026-06-01T00:00:00Z", headers=keys.header("editor"))
    assert response.status_code == 422
    assert "to" in response.get_json()["errors"]
