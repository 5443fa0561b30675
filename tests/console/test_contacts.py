"""Console pages for media contacts and lists: add and edit with per-field messages, search, do-not-send,
a CSV import that checks before it writes, lists built by picking contacts, and an admin's erase."""

from __future__ import annotations

import io

from tests.conftest import EDITOR

CSV = (
    "name,email,outlet,phone,topics,notes,do_not_send,lists\r\n"
    "Rita Reporter,rita@echo.example,Westshire Echo,,fraud,,no,\r\n"
    "Sam Smith,sam@radio.example,Radio Westshire,,,,no,\r\n"
    "Bad Address,not-an-address,Echo,,,,,\r\n"
)


def add(app_services, name="Rita Reporter", email="rita@echo.example", **fields):
    return app_services.contacts.create({"name": name, "email": email, **fields}, EDITOR)


def test_the_nav_leads_to_contacts_and_lists(signed_in):
    page = signed_in("editor").get("/console/").get_data(as_text=True)

    assert 'href="/console/contacts"' in page and 'href="/console/lists"' in page


def test_a_contact_is_added_from_the_form(signed_in, app_services):
    editor = signed_in("editor")

    response = editor.post("/console/contacts/new", {"name": "Rita Reporter", "email": "Rita@Echo.example",
                                                     "outlet": "Echo", "topics": "fraud"})  # fmt: skip

    assert response.status_code == 303
    assert [c.email for c in app_services.contacts.search(EDITOR)[0]] == ["rita@echo.example"]


def test_a_duplicate_email_is_shown_beside_the_email_field(signed_in, app_services):
    add(app_services)

    response = signed_in("editor").post("/console/contacts/new", {"name": "Again", "email": "rita@echo.example"})

    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert 'id="email-error"' in page and "already has this e-mail" in page


def test_search_finds_contacts_by_outlet(signed_in, app_services):
    add(app_services, outlet="Westshire Echo")
    add(app_services, "Sam Smith", "sam@radio.example", outlet="Radio Gazette")

    page = signed_in("editor").get("/console/contacts?q=gazette").get_data(as_text=True)

    assert "Sam Smith" in page and "Rita Reporter" not in page


def test_a_contact_is_marked_do_not_send_from_the_list(signed_in, app_services):
    rita = add(app_services)

    signed_in("editor").post(f"/console/contacts/{rita.id}/do-not-send", {})

    assert app_services.contacts.get(rita.id, EDITOR).do_not_send is True


def test_a_contact_is_deleted_from_the_list(signed_in, app_services):
    rita = add(app_services)

    signed_in("editor").post(f"/console/contacts/{rita.id}/delete", {})

    assert app_services.contacts.search(EDITOR)[1] == 0


def test_the_import_check_shows_bad_rows_and_imports_nothing(signed_in, app_services):
    upload = {"file": (io.BytesIO(CSV.encode()), "contacts.csv"), "step": "check"}

    page = signed_in("editor").post("/console/contacts/import", upload, content_type="multipart/form-data")

    text = page.get_data(as_text=True)
    assert page.status_code == 200 and "Import 2 contacts" in text
    assert '<th scope="row">4</th>' in text and "email: An e-mail address" in text
    assert app_services.contacts.search(EDITOR)[1] == 0


def test_import_n_contacts_imports_the_checked_file(signed_in, app_services):
    response = signed_in("editor").post("/console/contacts/import", {"step": "import", "csv": CSV},
                                        content_type="multipart/form-data")  # fmt: skip

    assert response.status_code == 303
    assert sorted(c.name for c in app_services.contacts.search(EDITOR)[0]) == ["Rita Reporter", "Sam Smith"]


def test_the_export_link_downloads_every_contact_as_csv(signed_in, app_services):
    add(app_services)

    response = signed_in("editor").get("/console/contacts.csv")

    assert response.mimetype == "text/csv" and "rita@echo.example" in response.get_data(as_text=True)


def test_a_list_is_built_by_picking_contacts(signed_in, app_services):
    rita, sam = add(app_services), add(app_services, "Sam Smith", "sam@radio.example")
    editor = signed_in("editor")

    made = editor.post("/console/lists/new", {"name": "Local press", "contacts": [str(rita.id), str(sam.id)]})
    page = editor.get("/console/lists").get_data(as_text=True)

    assert made.status_code == 303
    assert "Local press" in page and '<td data-label="Contacts">2</td>' in page


def test_the_erase_button_is_for_admins_and_asks_first(signed_in, app_services):
    rita = add(app_services)

    editor_page = signed_in("editor").get(f"/console/contacts/{rita.id}").get_data(as_text=True)
    editor_confirm = signed_in("editor").get(f"/console/contacts/{rita.id}/erase")
    admin = signed_in("admin")
    confirm = admin.get(f"/console/contacts/{rita.id}/erase")
    erased = admin.post(f"/console/contacts/{rita.id}/erase", {})

    assert "Erase" not in editor_page and editor_confirm.status_code == 403
    assert confirm.status_code == 200 and "cannot be undone" in confirm.get_data(as_text=True)
    assert erased.status_code == 303 and app_services.contacts.search(EDITOR)[1] == 0


def test_an_admin_downloads_a_persons_data(signed_in, app_services):
    rita = add(app_services)

    response = signed_in("admin").get(f"/console/contacts/{rita.id}/export")

    assert response.get_json()["contact"]["email"] == "rita@echo.example"
    assert "attachment" in response.headers["Content-Disposition"]
