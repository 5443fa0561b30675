"""The staff API for media contacts and lists: per-field 422s, CSV in and out, a person's data, and who may."""

from __future__ import annotations

import io

import pytest

from tests.api.conftest import API

RITA = {"name": "Rita Reporter", "email": "Rita@Echo.example", "outlet": "Westshire Echo", "topics": ["fraud"]}
CSV = (
    "name,email,outlet,phone,topics,notes,do_not_send,lists\r\n"
    "Sam Smith,sam@radio.example,Radio Westshire,020 7946 0000,road-safety,,no,Broadcast\r\n"
    "No Address,,Echo,,,,,\r\n"
    "Sam Again,SAM@radio.example,Radio,,,,,\r\n"
)


def add(client, keys, role="editor", **fields):
    return client.post(f"{API}/contacts", json={**RITA, **fields}, headers=keys.header(role))


def test_a_contact_is_created_with_201_and_a_location(client, keys):
    response = add(client, keys)

    body = response.get_json()
    assert response.status_code == 201 and body["email"] == "rita@echo.example" and body["topics"] == ["fraud"]
    assert client.get(response.headers["Location"], headers=keys.header("editor")).get_json() == body
    assert response.headers["Cache-Control"] == "private, no-store"


def test_a_duplicate_email_is_refused_with_a_per_field_422(client, keys):
    add(client, keys)

    response = add(client, keys, name="Rita Again", email="RITA@echo.example")

    assert response.status_code == 422 and response.content_type == "application/problem+json"
    assert list(response.get_json()["errors"]) == ["email"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [({"phone": "999"}, "phone"), ({"topics": ["no-such-beat"]}, "topics"), ({"email": "nope"}, "email"),
     ({"name": ""}, "name"), ({"owner": "me"}, "owner")],
)  # fmt: skip
def test_bad_fields_get_422_on_that_field(client, keys, fields, field):
    response = add(client, keys, **fields)

    assert response.status_code == 422 and field in response.get_json()["errors"]


def test_contacts_are_listed_by_name_searched_and_paginated(client, keys):
    for name in ("Cat", "Amy", "Bob"):
        add(client, keys, name=name, email=f"{name.lower()}@echo.example", outlet=f"{name} Times")

    first = client.get(f"{API}/contacts?per_page=2", headers=keys.header("editor"))
    found = client.get(f"{API}/contacts?q=bob%20times", headers=keys.header("editor")).get_json()

    assert [c["name"] for c in first.get_json()["items"]] == ["Amy", "Bob"]
    assert first.get_json()["pages"] == 2 and "X-Pagination" in first.headers
    assert [c["name"] for c in found["items"]] == ["Bob"]


def test_patch_marks_a_contact_do_not_send_and_delete_removes_them(client, keys):
    location = add(client, keys).headers["Location"]

    patched = client.patch(location, json={"do_not_send": True}, headers=keys.header("editor"))
    deleted = client.delete(location, headers=keys.header("editor"))

    assert patched.get_json()["do_not_send"] is True
    assert deleted.status_code == 204
    assert client.get(location, headers=keys.header("editor")).status_code == 404


def test_a_list_is_made_of_contact_ids_and_read_with_its_members(client, keys):
    rita = add(client, keys).get_json()

    made = client.post(f"{API}/lists", json={"name": "Local press", "contacts": [rita["id"]]},
                       headers=keys.header("editor"))  # fmt: skip
    listed = client.get(f"{API}/lists", headers=keys.header("editor")).get_json()
    read = client.get(made.headers["Location"], headers=keys.header("editor")).get_json()

    assert made.status_code == 201
    assert [(i["name"], i["member_count"]) for i in listed["items"]] == [("Local press", 1)]
    assert "members" not in listed["items"][0]
    assert [m["email"] for m in read["members"]] == ["rita@echo.example"]


def test_a_list_with_an_unknown_contact_is_refused_on_the_contacts_field(client, keys):
    response = client.post(f"{API}/lists", json={"name": "L", "contacts": [424242]}, headers=keys.header("editor"))

    assert response.status_code == 422 and list(response.get_json()["errors"]) == ["contacts"]


def test_a_dry_run_import_reports_rows_and_imports_nothing(client, keys):
    response = client.post(f"{API}/contacts/import?dry_run=true", data=CSV, content_type="text/csv",
                           headers=keys.header("editor"))  # fmt: skip

    report = response.get_json()
    assert response.status_code == 200 and report["dry_run"] is True and report["created"] == 1
    assert [(p["row"], p["kind"]) for p in report["problems"]] == [(3, "invalid"), (4, "duplicate")]
    assert client.get(f"{API}/contacts", headers=keys.header("editor")).get_json()["total"] == 0


def test_an_uploaded_file_imports_and_exports_again_as_csv(client, keys):
    upload = {"file": (io.BytesIO(CSV.encode("utf-8-sig")), "contacts.csv")}
    imported = client.post(f"{API}/contacts/import", data=upload, content_type="multipart/form-data",
                           headers=keys.header("editor"))  # fmt: skip
    exported = client.get(f"{API}/contacts.csv", headers=keys.header("editor"))

    assert imported.get_json()["created"] == 1
    assert exported.mimetype == "text/csv"
    assert exported.get_data(as_text=True).splitlines()[1] == (
        "Sam Smith,sam@radio.example,Radio Westshire,020 7946 0000,road-safety,,no,Broadcast"
    )


def test_an_import_in_json_is_refused_with_415(client, keys):
    response = client.post(f"{API}/contacts/import", json={"csv": CSV}, headers=keys.header("editor"))

    assert response.status_code == 415 and response.content_type == "application/problem+json"


def test_an_admin_exports_a_persons_data_and_erases_them(client, keys):
    rita = add(client, keys).get_json()

    exported = client.get(f"{API}/contacts/{rita['id']}/export", headers=keys.header("admin")).get_json()
    erased = client.post(f"{API}/contacts/{rita['id']}/erase", headers=keys.header("admin"))
    audit = client.get(f"{API}/audit", headers=keys.header("admin")).get_data(as_text=True)

    assert exported["contact"]["email"] == "rita@echo.example"
    assert erased.get_json() == {"erased": rita["id"], "sends": 0, "enquiries": 0, "lists": 0}
    assert "contact_erase" in audit and "Rita" not in audit and "echo.example" not in audit


#: endpoint: (method, path, expected status for anonymous, partner, editor, approver, admin)
TABLE = {
    "list contacts": ("GET", "/contacts", (401, 403, 200, 200, 200)),
    "create contact": ("POST", "/contacts", (401, 403, 201, 201, 201)),
    "read contact": ("GET", "/contacts/{id}", (401, 403, 200, 200, 200)),
    "export csv": ("GET", "/contacts.csv", (401, 403, 200, 200, 200)),
    "import": ("POST", "/contacts/import?dry_run=true", (401, 403, 200, 200, 200)),
    "person export": ("GET", "/contacts/{id}/export", (401, 403, 403, 403, 200)),
    "erase": ("POST", "/contacts/{id}/erase", (401, 403, 403, 403, 200)),
    "lists": ("GET", "/lists", (401, 403, 200, 200, 200)),
    "create list": ("POST", "/lists", (401, 403, 201, 201, 201)),
}
CALLERS = ("anonymous", "partner", "editor", "approver", "admin")


@pytest.mark.parametrize(
    ("endpoint", "caller", "expected"),
    [pytest.param(e, c, row[2][i], id=f"{e}-{c}") for e, row in TABLE.items() for i, c in enumerate(CALLERS)],
)
def test_partner_and_anonymous_keys_are_refused_and_only_admins_handle_personal_data(
    client, keys, endpoint, caller, expected
):
    contact_id = add(client, keys, role="admin", email=f"{caller}@echo.example").get_json()["id"]
    method, path, _ = TABLE[endpoint]
    bodies = {"/contacts": {"name": "New", "email": "new@echo.example"}, "/lists": {"name": "New list"}}
    kwargs: dict = {"json": bodies[path]} if path in bodies and method == "POST" else {}
    if endpoint == "import":
        kwargs = {"data": CSV, "content_type": "text/csv"}

    response = client.open(f"{API}{path.format(id=contact_id)}", method=method, headers=keys.header(caller), **kwargs)

    assert response.status_code == expected, response.get_data(as_text=True)
