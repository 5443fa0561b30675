"""Contacts in and out as CSV: a dry run that reports bad rows and duplicates by row number, an import that
applies the good rows together, and an export that imports back to the same contacts."""

from __future__ import annotations

import csv
import io

import pytest

from statements.errors import ValidationFailed
from statements.media.contacts_csv import parse
from tests.conftest import EDITOR

HEADER = "name,email,outlet,phone,topics,notes,do_not_send,lists\r\n"
GOOD = (
    "Rita Reporter,rita@echo.example,Westshire Echo,020 7946 0000,fraud;road-safety,,no,Local press\r\n"
    "Sam Smith,sam@radio.example,Radio Westshire,,,Mornings only,yes,Broadcast;Local press\r\n"
)
BAD = (
    "Bad Email,not-an-address,Echo,,,,,\r\n"  # row 4
    "Bad Phone,phone@echo.example,Echo,call me,,,,\r\n"  # row 5
    "Bad Topic,topic@echo.example,Echo,,no-such-beat,,,\r\n"  # row 6
    ",noname@echo.example,Echo,,,,,\r\n"  # row 7
    "Rita Twice,RITA@echo.example,Echo,,,,,\r\n"  # row 8: repeats row 2
)


def problems(report):
    return {p.row: (p.kind, sorted(p.errors)) for p in report.problems}


def test_a_dry_run_reports_bad_rows_and_duplicates_by_row_number_and_imports_nothing(contacts):
    report = contacts.import_csv(HEADER + GOOD + BAD, EDITOR, dry_run=True)

    assert problems(report) == {
        4: ("invalid", ["email"]), 5: ("invalid", ["phone"]), 6: ("invalid", ["topics"]), 7: ("invalid", ["name"]),
        8: ("duplicate", ["email"]),
    }  # fmt: skip
    assert (report.dry_run, report.rows, report.created, report.new_lists) == (True, 7, 2, ("Local press", "Broadcast"))
    assert contacts.search(EDITOR)[1] == 0 and contacts.lists.all(EDITOR)[1] == 0


def test_an_email_already_held_is_a_duplicate_unless_updating(contacts, create_contact):
    held = create_contact("Rita Reporter", "rita@echo.example", outlet="Old Outlet")

    dry = contacts.import_csv(HEADER + GOOD, EDITOR, dry_run=True)
    applied = contacts.import_csv(HEADER + GOOD, EDITOR, dry_run=False, update=True)

    assert problems(dry) == {2: ("duplicate", ["email"])} and "contact #" in dry.problems[0].messages[0]
    assert (applied.created, applied.updated) == (1, 1)
    assert contacts.get(held.id, EDITOR).outlet == "Westshire Echo"


def test_an_import_applies_the_good_rows_and_creates_the_lists_they_name(contacts):
    report = contacts.import_csv(HEADER + GOOD + BAD, EDITOR, dry_run=False)

    listed = {c.email: (c.do_not_send, [ref.name for ref in c.lists]) for c in contacts.search(EDITOR)[0]}
    assert (report.created, len(report.problems)) == (2, 5)
    assert listed == {"rita@echo.example": (False, ["Local press"]),
                      "sam@radio.example": (True, ["Broadcast", "Local press"])}  # fmt: skip


def test_import_then_export_round_trips(contacts):
    contacts.import_csv(HEADER + GOOD, EDITOR, dry_run=False)
    exported = contacts.export_csv(EDITOR)

    again = list(csv.DictReader(io.StringIO(exported.removeprefix("\ufeff"))))
    original = list(csv.DictReader(io.StringIO(HEADER + GOOD)))
    assert again == original


def test_an_exported_file_imports_into_an_empty_office_unchanged(contacts, create_contact):
    create_contact('=HYPERLINK("http://evil")', "formula@echo.example", phone="+44 20 7946 0000", notes="-urgent")
    exported = contacts.export_csv(EDITOR)
    contacts.delete(contacts.search(EDITOR)[0][0].id, EDITOR)

    contacts.import_csv(exported.encode("utf-8"), EDITOR, dry_run=False)

    back = contacts.search(EDITOR)[0][0]
    assert "'=HYPERLINK" in exported and "'+44" in exported
    assert (back.name, back.phone, back.notes) == ('=HYPERLINK("http://evil")', "+44 20 7946 0000", "-urgent")


def test_an_excel_file_with_a_bom_semicolons_and_windows_1252_is_read():
    rows = parse("Name;E-mail;Outlet\r\nRené Roux;rene@echo.example;L'Écho\r\n".encode("cp1252"))
    bom_rows = parse("\ufeffname,email\r\nRita,rita@echo.example\r\n".encode())

    assert rows[0].cells == {"name": "René Roux", "email": "rene@echo.example", "outlet": "L'Écho"}
    assert bom_rows[0].cells == {"name": "Rita", "email": "rita@echo.example"}


def test_a_file_over_the_size_limit_is_refused_before_parsing():
    with pytest.raises(ValidationFailed) as caught:
        parse(b"name,email\n" + b"x" * 100, max_bytes=50)

    assert list(caught.value.errors) == ["file"]


@pytest.mark.parametrize("data", [b"", b"outlet,phone\nEcho,\n", b"\x00\x01binary"])
def test_a_file_that_is_not_a_contacts_csv_is_refused_on_the_file_field(data):
    with pytest.raises(ValidationFailed) as caught:
        parse(data)

    assert list(caught.value.errors) == ["file"]
