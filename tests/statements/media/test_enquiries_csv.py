"""The CSV export: a date range, every column, and no cell a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest

from statements.media.enquiries_csv import COLUMNS, export_csv, safe_cell
from tests.conftest import EDITOR


def rows(enquiries, since, until):
    return list(csv.DictReader(io.StringIO("".join(export_csv(enquiries, EDITOR, since, until)))))


def test_the_export_holds_the_enquiries_received_in_the_range_newest_first(enquiries, clock, workflow):
    start = clock()
    first = enquiries.log({"journalist": "Jo Bloggs", "outlet": "Gazette", "question": "Is it shut?"}, EDITOR)
    view = workflow.published(title="Bypass closure")
    enquiries.answer(first.id, EDITOR, slug=view.slug, text="See the statement.")
    clock.advance(hours=1)
    second = enquiries.log({"journalist": "Sam", "question": "When?"}, EDITOR)
    clock.advance(days=2)
    enquiries.log({"journalist": "Later", "question": "Outside the range"}, EDITOR)
    found = rows(enquiries, start, start + timedelta(days=1))
    assert [r["id"] for r in found] == [str(second.id), str(first.id)]
    assert list(found[1]) == list(COLUMNS)
    assert (found[1]["statement"], found[1]["version"], found[1]["answer"]) == (view.slug, "1", "See the statement.")
    assert found[1]["received_at"] == start.isoformat()


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\r=1"])
def test_cells_that_would_run_as_formulas_are_opened_as_text(text):
    assert safe_cell(text) == "'" + text


def test_a_journalists_formula_survives_the_round_trip_as_text(enquiries, clock):
    enquiries.log({"journalist": "=cmd|'/c calc'!A0", "question": "@risk?"}, EDITOR)
    (row,) = rows(enquiries, clock() - timedelta(hours=1), clock() + timedelta(hours=1))
    assert (row["journalist"], row["question"]) == ("'=cmd|'/c calc'!A0", "'@risk?")


def test_ordinary_text_is_left_alone(enquiries):
    assert safe_cell("Is the road shut? -- yes") == "Is the road shut? -- yes"


def test_an_enquiry_logged_during_an_export_neither_joins_nor_repeats_a_row(enquiries, clock):
    for n in range(2):
        enquiries.log({"journalist": f"J{n}", "question": "Q?"}, EDITOR)
        clock.advance(minutes=1)
    chunks = export_csv(enquiries, EDITOR, clock() - timedelta(hours=1), clock() + timedelta(hours=1), batch=1)
    text = next(chunks) + next(chunks)
    clock.advance(seconds=1)
    enquiries.log({"journalist": "Late", "question": "Q?"}, EDITOR)
    text += "".join(chunks)
    assert [r["journalist"] for r in csv.DictReader(io.StringIO(text))] == ["J1", "J0"]
