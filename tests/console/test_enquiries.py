"""The console's enquiry log: log (a contact or typed), filter and search, export CSV by office-local days, the
enquiry page's suggested lines and answers, and "Given to" on the statement page."""

from __future__ import annotations

import csv
import io
import re

import pytest

from index.lines import line_finder
from statements.media.models import Contact
from tests.conftest import EDITOR


@pytest.fixture
def suggesting(app, app_services):
    """The per-test services wired to the per-test index, as the app factory wires its own."""
    app_services.enquiries.use_search(line_finder(app.extensions["pressline.search"]))
    return app_services


def log(browser, **fields):
    data = {"journalist": "Jo Bloggs", "outlet": "Daily Gazette", "question": "Is the bypass shut?", **fields}
    return browser.post("/console/enquiries", data, token_from="/console/enquiries")


def enquiry_id(response) -> int:
    return int(re.search(r"/console/enquiries/(\d+)$", response.headers["Location"]).group(1))


def test_logging_a_typed_enquiry_opens_its_page(signed_in, app_services):
    browser = signed_in("editor")
    response = log(browser, deadline="2026-06-01T16:00")
    assert response.status_code == 303
    view = app_services.enquiries.get(enquiry_id(response), EDITOR)
    assert (view.journalist, view.outlet, view.status, view.logged_by) == (
        "Jo Bloggs",
        "Daily Gazette",
        "open",
        EDITOR.name,
    )
    assert view.deadline.isoformat() == "2026-06-01T15:00:00+00:00"  # 16:00 in London, summer time
    page = browser.get(response.headers["Location"]).get_data(as_text=True)
    assert "Enquiry from Jo Bloggs (Daily Gazette)" in page and "Is the bypass shut?" in page


def test_the_contact_picker_fills_in_who_asked(signed_in, app_services, clock):
    with app_services.db.writing() as session:
        contact = Contact(name="Sam Reporter", outlet="Westshire Echo", email="sam@example.org",
                          unsubscribe_token="t-sam", created_at=clock(), updated_at=clock())  # fmt: skip
        session.add(contact)
        session.flush()
        contact_id = contact.id
    browser = signed_in("editor")
    assert "Sam Reporter (Westshire Echo)" in browser.get("/console/enquiries").get_data(as_text=True)
    response = log(browser, contact_id=str(contact_id), journalist="", outlet="")
    view = app_services.enquiries.get(enquiry_id(response), EDITOR)
    assert (view.contact_id, view.journalist, view.outlet) == (contact_id, "Sam Reporter", "Westshire Echo")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"question": ""}, "The question is required."),
        ({"journalist": "", "outlet": ""}, "Who is asking?"),
        ({"deadline": "tomorrow"}, "A date and time"),
        ({"deadline": "2020-01-01T09:00"}, "already passed"),
        ({"contact_id": "x"}, "Choose a contact"),
    ],
)
def test_bad_input_comes_back_with_the_message_beside_the_field_and_what_was_typed(signed_in, fields, message):
    response = log(signed_in("editor"), **fields)
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert message in page and 'aria-invalid="true"' in page
    assert "Daily Gazette" in page or fields.get("outlet") == ""


def test_the_log_is_filtered_by_words_and_status(signed_in, app_services, clock):
    log_ = app_services.enquiries
    log_.log({"journalist": "Jo Bloggs", "question": "Is the bypass shut?"}, EDITOR)
    declined = log_.log({"journalist": "Sam Reporter", "question": "How many arrests?"}, EDITOR)
    log_.decline(declined.id, EDITOR, "Live case")
    browser = signed_in("editor")
    words = browser.get("/console/enquiries?q=bypass").get_data(as_text=True)
    assert "Jo Bloggs" in words and "Sam Reporter" not in words and "1 enquiry" in words
    status = browser.get("/console/enquiries?status=declined").get_data(as_text=True)
    assert "Sam Reporter" in status and "Jo Bloggs" not in status


def test_the_csv_export_takes_office_days_and_defuses_formulas(signed_in, app_services, clock):
    app_services.enquiries.log({"journalist": "=HYPERLINK(1)", "question": "@once?"}, EDITOR)
    clock.advance(days=3)
    app_services.enquiries.log({"journalist": "Later", "question": "Not in range"}, EDITOR)
    response = signed_in("editor").get("/console/enquiries.csv?from=2026-06-01&to=2026-06-02")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [(r["journalist"], r["question"]) for r in rows] == [("'=HYPERLINK(1)", "'@once?")]


def test_an_export_without_a_sensible_range_says_so(signed_in):
    response = signed_in("editor").get("/console/enquiries.csv?from=2026-06-02&to=2026-06-01", follow_redirects=True)
    assert "Choose the first and last day" in response.get_data(as_text=True)


def test_suggested_lines_answer_the_enquiry_and_show_under_given_to(signed_in, suggesting, flow, clock):
    view = flow.published(title="Bypass closure", body="The bypass is shut for repairs until Friday.")
    enquiry = suggesting.enquiries.log({"journalist": "Jo Bloggs", "outlet": "Daily Gazette",
                                        "question": "Is the bypass shut?"}, EDITOR)  # fmt: skip
    browser = signed_in("editor2")
    url = f"/console/enquiries/{enquiry.id}"
    page = browser.get(url).get_data(as_text=True)
    assert "Suggested lines" in page and "Bypass closure" in page and "Answer with these lines" in page
    response = browser.post(f"{url}/answer", {"slug": view.slug}, token_from=url)
    assert response.status_code == 303
    answered = suggesting.enquiries.get(enquiry.id, EDITOR)
    assert (answered.status, answered.slug, answered.version, answered.answered_by) == (
        "answered",
        view.slug,
        1,
        "Ed Second",
    )
    statement = browser.get(f"/console/s/{view.slug}").get_data(as_text=True)
    given = statement[statement.index('id="h-given"') : statement.index("</section>", statement.index('id="h-given"'))]
    assert "Jo Bloggs" in given and "Daily Gazette" in given and "Ed Second" in given and "v1" in given


def test_answering_with_unpublished_wording_explains_why_not(signed_in, app_services, flow):
    draft = flow.draft(title="Bypass closure")
    enquiry = app_services.enquiries.log({"journalist": "Jo", "question": "Is it shut?"}, EDITOR)
    url = f"/console/enquiries/{enquiry.id}"
    response = signed_in("editor").post(f"{url}/answer", {"slug": draft.slug}, token_from=url)
    assert response.status_code == 422
    assert "no published version yet" in response.get_data(as_text=True)


def test_declining_and_reopening(signed_in, app_services):
    enquiry = app_services.enquiries.log({"journalist": "Jo", "question": "Is it shut?"}, EDITOR)
    url = f"/console/enquiries/{enquiry.id}"
    browser = signed_in("editor")
    browser.post(f"{url}/decline", {"reason": "A live court case"}, token_from=url)
    page = browser.get(url).get_data(as_text=True)
    assert "A live court case" in page and "Reopen for a follow-up" in page
    browser.post(f"{url}/reopen", {}, token_from=url)
    assert app_services.enquiries.get(enquiry.id, EDITOR).status == "open"


def test_a_statement_nobody_was_given_says_so(signed_in, flow):
    view = flow.published()
    assert "No enquiry has been answered with this statement." in signed_in("editor").get(
        f"/console/s/{view.slug}"
    ).get_data(as_text=True)


def test_an_unknown_enquiry_is_a_404_page(signed_in):
    assert signed_in("editor").get("/console/enquiries/4242").status_code == 404


def test_a_form_without_its_csrf_token_is_refused(signed_in, app_services):
    response = signed_in("editor").client.post("/console/enquiries", data={"journalist": "Jo", "question": "Q?"})
    assert response.status_code == 400
    assert app_services.enquiries.search(EDITOR).total == 0
