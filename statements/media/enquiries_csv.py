"""The enquiry log as CSV for a date range (complaints, reviews, Freedom of Information requests).

The stdlib ``csv`` writer is enough. Spreadsheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and
tab or carriage return) as a formula, and a journalist's question is typed by someone outside the office:
such cells are prefixed with an apostrophe, as OWASP's CSV-injection advice says, so they open as text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime, timedelta

from ..viewer import Viewer
from .enquiries import Enquiries, EnquiryFilters
from .enquiry_rules import EnquiryView

COLUMNS = (
    "id", "received_at", "journalist", "outlet", "question", "deadline", "status", "statement", "version",
    "answer", "logged_by", "answered_by", "answered_at",
)  # fmt: skip
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BATCH = 500


def safe_cell(value: object) -> str:
    """A cell's text that no spreadsheet will run as a formula."""
    text = "" if value is None else value.isoformat() if isinstance(value, datetime) else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def row_of(enquiry: EnquiryView) -> list[str]:
    values = (
        enquiry.id, enquiry.received_at, enquiry.journalist, enquiry.outlet, enquiry.question, enquiry.deadline,
        enquiry.status, enquiry.slug, enquiry.version, enquiry.answer, enquiry.logged_by, enquiry.answered_by,
        enquiry.answered_at,
    )  # fmt: skip
    return [safe_cell(v) for v in values]


def export_csv(
    enquiries: Enquiries, viewer: Viewer, since: datetime, until: datetime, batch: int = BATCH
) -> Iterator[str]:
    """The enquiries received in ``[since, until)``, newest first, as CSV text in chunks (header first).

    ``until`` is capped at the moment the export starts: an enquiry logged while it runs would otherwise push
    the pages along and repeat a row. ``batch``: rows read per query."""
    until = min(until, enquiries.clock() + timedelta(microseconds=1))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    offset = 0
    filters = EnquiryFilters(since=since, until=until)
    while True:
        page = enquiries.search(viewer, filters, offset, batch)
        for enquiry in page.items:
            writer.writerow(row_of(enquiry))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        offset += batch
        if offset >= page.total or not page.items:
            return
