"""Contacts as CSV, the way spreadsheets write it: export, and import with a dry run.

The stdlib ``csv`` module reads and writes; this module adds what spreadsheets need around it. Files over
:data:`MAX_BYTES` are refused before parsing. A UTF-8 byte-order mark (Excel's "CSV UTF-8") is dropped; a file
that is not UTF-8 is read as Windows-1252 (Excel's plain "CSV" on Windows). The delimiter is sniffed from the
header row (``,``, ``;`` for locales that write decimal commas, or tab). Cells starting with ``= + - @`` are
written with a leading apostrophe so a spreadsheet shows them as text instead of running them as formulas
(OWASP's CSV injection advice; ``enquiries_csv.safe_cell``, shared with the enquiry log's export), and that
apostrophe is dropped again on import, so export then import gives back the same contacts.

Rows are numbered as a spreadsheet shows them: the header is row 1, the first contact row 2.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import ValidationFailed
from .enquiries_csv import FORMULA_STARTS, safe_cell
from .lists import list_named
from .models import Contact, ListMember, MediaList
from .records import LIST_NAME_LIMIT, check_contact
from .store import apply_fields, known_topics, new_contact

COLUMNS = ("name", "email", "outlet", "phone", "topics", "notes", "do_not_send", "lists")
MAX_BYTES = 1_000_000  # about 10,000 contacts; the API refuses any body over 1 MiB before this
MAX_ROWS = 20_000
ALIASES = {"e_mail": "email", "email_address": "email", "beats": "topics", "do_not_email": "do_not_send"}
TRUE = {"yes", "y", "true", "1", "x"}
FALSE = {"no", "n", "false", "0", ""}
_SPLIT = re.compile(r"[;,]")


@dataclass(frozen=True)
class Problem:
    """A row that will not be imported: ``kind`` is ``invalid`` (messages per field) or ``duplicate``."""

    row: int
    kind: str
    errors: dict[str, list[str]]

    @property
    def messages(self) -> list[str]:
        return [f"{name}: {message}" for name, msgs in self.errors.items() for message in msgs]


@dataclass(frozen=True)
class ImportReport:
    dry_run: bool
    rows: int
    created: int
    updated: int
    problems: tuple[Problem, ...]
    new_lists: tuple[str, ...]

    @property
    def good(self) -> int:
        """Rows that are (or would be) imported."""
        return self.created + self.updated


@dataclass(frozen=True)
class Row:
    number: int
    cells: dict[str, str]


@dataclass
class Plan:
    rows: int
    creates: list[tuple[int, dict[str, Any], list[str]]] = field(default_factory=list)
    updates: list[tuple[int, int, dict[str, Any], list[str]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    new_lists: list[str] = field(default_factory=list)

    def report(self, dry_run: bool) -> ImportReport:
        return ImportReport(
            dry_run, self.rows, len(self.creates), len(self.updates), tuple(self.problems), tuple(self.new_lists)
        )

    def apply(self, session: Session, now: datetime) -> ImportReport:
        """Write the good rows (the caller's transaction commits them all or none)."""
        lists = {name: list_named(session, name) for name in {n for *_, names in self._all() for n in names}}
        for name in lists:
            if lists[name] is None:
                lists[name] = MediaList(name=name, description="", created_at=now, updated_at=now)
                session.add(lists[name])
        contacts: list[tuple[Contact, list[str]]] = []
        for _, fields, names in self.creates:
            contact = new_contact(fields, now)
            session.add(contact)
            contacts.append((contact, names))
        for _, contact_id, fields, names in self.updates:
            held = session.get(Contact, contact_id)
            if held is not None:
                apply_fields(held, fields, now)
                contacts.append((held, names))
        session.flush()
        members = {(row[0], row[1]) for row in session.execute(select(ListMember.list_id, ListMember.contact_id))}
        for contact, names in contacts:
            for name in names:
                key = (lists[name].id, contact.id)  # type: ignore[union-attr]
                if key not in members:
                    session.add(ListMember(list_id=key[0], contact_id=key[1]))
                    members.add(key)
        session.flush()
        return self.report(dry_run=False)

    def _all(self) -> list[tuple[Any, ...]]:
        return [*self.creates, *self.updates]


def _file_error(message: str) -> ValidationFailed:
    return ValidationFailed({"file": [message]})


def decode(data: bytes | str, max_bytes: int = MAX_BYTES) -> str:
    """The file's text: refused past ``max_bytes``; UTF-8 (with or without a BOM), else Windows-1252."""
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise _file_error(f"The file is larger than {max_bytes // 1_000_000} MB: split it and import each part.")
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    else:
        text = data.removeprefix("\ufeff")
    if "\x00" in text:
        raise _file_error("This is not a CSV file (it holds NUL characters).")
    if not text.strip():
        raise _file_error("The file is empty.")
    return text


def parse(data: bytes | str, max_bytes: int = MAX_BYTES) -> list[Row]:
    """The rows of a contacts CSV, cells by column name. Raises ValidationFailed (``file``) for a file that is
    too large, unreadable, or has no ``name`` and ``email`` columns."""
    text = decode(data, max_bytes)
    header_line = text.splitlines()[0]
    try:
        dialect: Any = csv.Sniffer().sniff(header_line, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=dialect.delimiter, quotechar='"', strict=False)
    try:
        records = list(reader)
    except csv.Error as exc:
        raise _file_error(f"Row {reader.line_num}: {exc}.") from None
    header = [_column(cell) for cell in records[0]]
    missing = [name for name in ("name", "email") if name not in header]
    if missing:
        raise _file_error(
            f"The first row must name the columns (at least name and email; missing {' and '.join(missing)}). "
            f"Columns read: {', '.join(COLUMNS)}."
        )
    if len(records) - 1 > MAX_ROWS:
        raise _file_error(f"At most {MAX_ROWS} contacts per file.")
    rows = []
    for index, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        cells = {name: _unescape(cell.strip()) for name, cell in zip(header, record, strict=False) if name in COLUMNS}
        rows.append(Row(index, cells))
    return rows


def _column(cell: str) -> str:
    name = re.sub(r"[\s-]+", "_", cell.strip().lower())
    return ALIASES.get(name, name)


def _unescape(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:2] in FORMULA_STARTS else cell


def _row_input(cells: dict[str, str]) -> tuple[dict[str, Any], list[str], dict[str, list[str]]]:
    """A CSV row as a contact's input, its list names, and messages for cells no contact field can read."""
    text = ("name", "email", "outlet", "phone", "notes")
    data: dict[str, Any] = {name: cells[name] for name in text if name in cells}
    errors: dict[str, list[str]] = {}
    if "topics" in cells:
        data["topics"] = [t.strip() for t in _SPLIT.split(cells["topics"]) if t.strip()]
    if "do_not_send" in cells:
        flag = cells["do_not_send"].strip().lower()
        if flag in TRUE | FALSE:
            data["do_not_send"] = flag in TRUE
        else:
            errors["do_not_send"] = ["yes or no."]
    names = list(dict.fromkeys(n.strip() for n in cells.get("lists", "").split(";") if n.strip()))
    if any(len(n) > LIST_NAME_LIMIT for n in names):
        errors["lists"] = [f"List names of at most {LIST_NAME_LIMIT} characters, separated by ';'."]
    return data, names, errors


def plan(session: Session, rows: Collection[Row], update: bool) -> Plan:
    """What importing ``rows`` would do against the database as it is: contacts to create, contacts to update
    (held addresses, with ``update``), and the rows refused with why."""
    topics = known_topics(session)
    held = {row[0]: row[1] for row in session.execute(select(Contact.email, Contact.id))}
    lists = set(session.scalars(select(MediaList.name)))
    result = Plan(rows=len(rows))
    seen: dict[str, int] = {}
    for row in rows:
        data, names, errors = _row_input(row.cells)
        fields, field_errors = check_contact(data, topics, creating=True)
        errors = {**field_errors, **errors}
        email = fields.get("email") if "email" not in errors else None
        if errors:
            result.problems.append(Problem(row.number, "invalid", errors))
        elif email in seen:
            result.problems.append(Problem(row.number, "duplicate", {"email": [f"Repeats row {seen[email]}."]}))
        elif email in held and not update:
            result.problems.append(
                Problem(row.number, "duplicate", {"email": [f"Already held (contact #{held[email]})."]})
            )
        else:
            if email in held:
                result.updates.append((row.number, held[email], fields, names))
            else:
                result.creates.append((row.number, fields, names))
            result.new_lists.extend(n for n in names if n not in lists and n not in result.new_lists)
        if email and email not in seen:
            seen[email] = row.number
    return result


def export(session: Session) -> str:
    """Every contact, by name, as CSV text with a BOM (so Excel reads it as UTF-8) and CRLF line ends."""
    names: dict[int, list[str]] = {}
    for contact_id, name in session.execute(
        select(ListMember.contact_id, MediaList.name)
        .join(MediaList, MediaList.id == ListMember.list_id)
        .order_by(func.lower(MediaList.name))
    ):
        names.setdefault(contact_id, []).append(name)
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for contact in session.scalars(select(Contact).order_by(func.lower(Contact.name), Contact.id)):
        cells = [
            contact.name, contact.email, contact.outlet or "", contact.phone or "", ";".join(contact.topics or []),
            contact.notes or "", "yes" if contact.do_not_send else "no", ";".join(names.get(contact.id, [])),
        ]  # fmt: skip
        writer.writerow([safe_cell(cell) for cell in cells])
    return buffer.getvalue()
