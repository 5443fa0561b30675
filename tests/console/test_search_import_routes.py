"""The search page, the import page and the reporting-routes registry pages."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest

import console
from index import SearchHit, SearchResults
from tests.conftest import EDITOR, EDITOR2

PRESS_TEXT = """Police warn of courier fraud in Westshire

Officers are warning older residents about fraudsters posing as bank staff.

"Nobody from your bank will ever collect your card," said Detective Inspector Sam Lee.

If you think you have been targeted, report it to Action Fraud on 0300 123 2040. In an emergency call 999.
"""


class ScriptedIndex:
    """Stands in for the search index: answers every query with one fixed result set, and records queries."""

    def __init__(self, results: SearchResults) -> None:
        self.results = results
        self.queries = []

    def search(self, query, viewer):
        self.queries.append((query, viewer))
        return self.results


@pytest.fixture
def scripted(app):
    hit = SearchHit(
        slug="courier-fraud", title="Courier fraud <b>alert</b>", kind="press_release", audience="public",
        topics=("fraud",), version=3, snippet="Beware <mark>courier</mark> calls &amp; <script>x()</script>",
        score=2.5, publish_at=None,
    )  # fmt: skip
    index = ScriptedIndex(
        SearchResults(
            [hit], 11, {"topic": {"fraud": 7, "online-safety": 4}, "kind": {"press_release": 11}}, suggestion="courier"
        )
    )
    console = app.extensions["pressline.console"]
    app.extensions["pressline.console"] = dataclasses.replace(console, search=index)
    return index


def test_search_passes_the_filters_to_the_index(signed_in, scripted):
    signed_in("editor").get("/console/search?q=curier&topic=fraud&kind=guidance&audience=public&order=newest&page=2")
    query, viewer = scripted.queries[-1]
    assert (query.text, query.topic, query.kind, query.audience, query.order) == (
        "curier", "fraud", "guidance", "public", "newest",
    )  # fmt: skip
    assert (query.offset, query.limit) == (10, 10)
    assert viewer.name == "Edith Editor"


def test_search_shows_highlights_facets_the_suggestion_and_more_pages(signed_in, scripted):
    page = signed_in("editor").get("/console/search?q=curier").get_data(as_text=True)
    assert "Beware <mark>courier</mark> calls &amp; &lt;script&gt;x()&lt;/script&gt;" in page
    assert "Courier fraud &lt;b&gt;alert&lt;/b&gt;" in page
    assert 'Did you mean <a href="/console/search?q=courier">courier</a>?' in page
    assert '<a href="/console/search?q=curier&amp;topic=fraud">Fraud and scams</a> (7)' in page  # the name
    assert "11 published results" in page
    assert 'href="/console/search?q=curier&amp;page=2">Next</a>' in page


def test_search_finds_published_statements_and_marks_matching_drafts(signed_in, flow):
    flow.published(title="Courier fraud warning", body="Fraudsters pose as couriers.")
    flow.draft(EDITOR2, title="Courier fraud follow-up", body="Draft wording about couriers.")
    flow.draft(EDITOR2, title="Unrelated draft", body="Nothing to see.")
    page = signed_in("editor").get("/console/search?q=courier").get_data(as_text=True)
    assert "Courier fraud warning" in page
    drafts = page[
        page.index("Work in progress matching") : page.index("</ul>", page.index("Work in progress matching"))
    ]
    assert "Courier fraud follow-up" in drafts and "status-draft" in drafts
    assert "Unrelated draft" not in page


def test_an_empty_search_page_shows_the_form(signed_in):
    page = signed_in("editor").get("/console/search").get_data(as_text=True)
    assert '<label for="q">Words</label>' in page


def test_importing_an_upload_fills_the_editor_for_review(signed_in):
    editor = signed_in("editor")
    data = {"file": (io.BytesIO(PRESS_TEXT.encode()), "courier.txt")}
    response = editor.post("/console/import", data, token_from="/console/import", content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'value="Police warn of courier fraud in Westshire"' in page
    assert "Nobody from your bank will ever collect your card." in page
    assert 'value="Sam Lee"' in page and 'value="Detective Inspector"' in page
    assert 'value="action-fraud" checked' in page and 'value="police-emergency-999" checked' in page
    assert 'value="fraud" checked' in page
    assert 'action="/console/new"' in page


def test_an_import_in_windows_1252_is_decoded(signed_in):
    text = PRESS_TEXT.replace("courier fraud", "courier fraud – café").encode("cp1252")
    data = {"file": (io.BytesIO(text), "old.txt")}
    page = (
        signed_in("editor")
        .post("/console/import", data, token_from="/console/import", content_type="multipart/form-data")
        .get_data(as_text=True)
    )
    assert "courier fraud – café in Westshire" in page


def test_pasted_text_can_be_imported(signed_in):
    page = signed_in("editor").post("/console/import", {"text": PRESS_TEXT}, token_from="/console/import")
    assert 'value="Police warn of courier fraud in Westshire"' in page.get_data(as_text=True)


@pytest.mark.parametrize(
    ("payload", "message"),
    [(b"", "choose a file or paste the text"), (b"\x00\x01\x02binary" * 50, "binary")],
)
def test_unreadable_imports_are_refused_with_a_reason(signed_in, app_services, payload, message):
    data = {"file": (io.BytesIO(payload), "x.bin")} if payload else {}
    response = signed_in("editor").post(
        "/console/import", data, token_from="/console/import", content_type="multipart/form-data"
    )
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert app_services.catalogue.all_slugs() == []


def test_the_imported_draft_saves_as_a_draft_by_the_signed_in_editor(signed_in, app_services):
    editor = signed_in("editor")
    form = {
        "title": "Police warn of courier fraud", "body": "Body.", "kind": "press_release", "quote_rows": "1",
        "quotes-0-text": "Nobody will collect your card.", "quotes-0-speaker": "Sam Lee", "routes": ["action-fraud"],
        "change_note": "Imported from press text", "action": "save",
    }  # fmt: skip
    response = editor.post("/console/new", form, token_from="/console/import")
    slug = response.headers["Location"].rsplit("/", 1)[1]
    view = app_services.catalogue.working(slug, EDITOR)
    assert (view.status, view.author, view.quotes[0].speaker) == ("draft", "Edith Editor", "Sam Lee")


def test_everyone_on_staff_sees_the_registry_but_only_admins_may_change_it(signed_in):
    editor_page = signed_in("editor").get("/console/routes").get_data(as_text=True)
    assert "Crimestoppers" in editor_page and 'href="tel:0800555111"' in editor_page
    assert "Add a reporting route" not in editor_page
    assert signed_in("approver").get("/console/routes/new").status_code == 403
    assert "Add a reporting route" in signed_in("admin").get("/console/routes").get_data(as_text=True)


def test_an_admin_adds_a_route(signed_in, app_services):
    admin = signed_in("admin")
    form = {"name": "Westshire Scam Line", "phone": "0800 000 111", "url": "https://scams.example.org/",
            "when": "Any scam call", "urgency": "standard", "topics": ["fraud"]}  # fmt: skip
    response = admin.post("/console/routes/new", form, token_from="/console/routes/new")
    assert response.status_code == 303
    route = app_services.routes.get("westshire-scam-line")
    assert (route.phone, route.topics) == ("0800 000 111", ("fraud",))


def test_an_admin_edits_a_route(signed_in, app_services):
    admin = signed_in("admin")
    page = admin.get("/console/routes/crimestoppers/edit").get_data(as_text=True)
    assert 'value="0800 555 111"' in page
    form = {"name": "Crimestoppers", "phone": "0800 555 222", "url": "https://crimestoppers-uk.org/",
            "when": "Anonymously", "urgency": "standard"}  # fmt: skip
    admin.post("/console/routes/crimestoppers/edit", form, token_from="/console/routes")
    assert app_services.routes.get("crimestoppers").phone == "0800 555 222"


def test_bad_route_input_shows_errors_beside_the_fields(signed_in, app_services):
    admin = signed_in("admin")
    form = {"name": "", "url": "javascript:alert(1)", "urgency": "whenever", "phone": "123"}
    response = admin.post("/console/routes/new", form, token_from="/console/routes/new")
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert 'id="name-error">Required.' in page
    assert 'id="url-error">A web address starting with https://.' in page
    assert 'id="urgency-error">One of:' in page
    assert 'value="123"' in page


def test_a_non_admin_posting_a_route_directly_is_refused(signed_in, app_services):
    approver = signed_in("approver")
    response = approver.post("/console/routes/new", {"name": "Sneaky", "urgency": "standard"})
    assert response.status_code == 403
    assert "Sneaky" not in [r.name for r in app_services.routes.list()]


def test_an_admin_retires_a_route_and_it_is_kept_but_no_longer_offered(signed_in, app_services, flow):
    cited = flow.published(reporting_routes=["crimestoppers"])
    admin = signed_in("admin")

    admin.post("/console/routes/crimestoppers/retire", {}, token_from="/console/routes")

    assert "crimestoppers" not in {r.id for r in app_services.routes.list()}
    assert "crimestoppers" in {r.id for r in app_services.routes.list(retired=True)}
    assert "Crimestoppers" in admin.get(f"/console/s/{cited.slug}").get_data(as_text=True)
    assert 'value="crimestoppers"' not in admin.get("/console/new").get_data(as_text=True)
    assert "Retired routes" in admin.get("/console/routes").get_data(as_text=True)


def test_a_retired_route_can_be_brought_back(signed_in, app_services):
    admin = signed_in("admin")
    admin.post("/console/routes/crimestoppers/retire", {}, token_from="/console/routes")

    admin.post("/console/routes/crimestoppers/retire", {"restore": "1"}, token_from="/console/routes")

    assert "crimestoppers" in {r.id for r in app_services.routes.list()}


def test_only_an_admin_may_retire_a_route(signed_in, app_services):
    response = signed_in("editor").post("/console/routes/crimestoppers/retire", {}, token_from="/console/routes")

    assert response.status_code == 403
    assert "crimestoppers" in {r.id for r in app_services.routes.list()}


def test_the_routes_page_lays_each_route_out_as_a_card_at_phone_width():
    css = (Path(console.__file__).parent / "static" / "console.css").read_text()
    page_rule = css.split("@media (max-width: 40rem)")[1]

    assert ".registry tr" in page_rule and "display: block" in page_rule


def test_search_results_come_before_the_facets_in_the_page(signed_in, scripted):
    """Screen readers, keyboards and phones (one column) meet the results first; the facets sit beside them on a
    wide screen by CSS alone (the browser lane measures both widths)."""
    page = signed_in("editor").get("/console/search?q=curier").get_data(as_text=True)
    assert page.index('id="h-results"') < page.index('id="h-facets"')


def test_an_import_shows_its_report_and_records_unnamed_speakers_by_their_description(signed_in):
    text = (
        "Warning over rebate texts\n\nThe messages typically read:\n\n"
        '"You are owed a rebate. Call 0161 496 0123 to claim it."\n\n'
        'A Westshire Police spokesperson said: "Never call a number in a text you did not expect."\n'
    )
    page = signed_in("editor").post("/console/import", {"text": text}, token_from="/console/import")
    html = page.get_data(as_text=True)
    assert "Import report" in html
    assert "number in a quoted scam message left out: 0161 496 0123" in html
    assert 'value="Westshire Police spokesperson"' in html


def test_an_admin_gives_a_route_an_email_address(signed_in, app_services):
    form = {"name": "Phishing reports", "email": "report@phishing.gov.uk", "when": "Suspicious e-mails",
            "urgency": "standard"}  # fmt: skip
    signed_in("admin").post("/console/routes/new", form, token_from="/console/routes/new")
    assert app_services.routes.get("phishing-reports").email == "report@phishing.gov.uk"
