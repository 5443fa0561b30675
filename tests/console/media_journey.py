"""Browser steps for the media pages, shared by the browser-lane journeys (contacts and lists here; release
emails and advance copies build on them). Each takes a signed-in Playwright page and the server's base URL."""

from __future__ import annotations

from collections.abc import Iterable

CONTACTS_CSV = (
    "name,email,outlet,phone,topics,notes,do_not_send,lists\r\n"
    "Rita Reporter,rita@echo.example,Westshire Echo,020 7946 0000,fraud;road-safety,,no,\r\n"
    "Sam Smith,sam@radio.example,Radio Westshire,,online-safety,Mornings only,no,\r\n"
    "Bad Address,not-an-address,Echo,,,,,\r\n"
    "Rita Again,RITA@echo.example,Echo,,,,,\r\n"
)
GOOD_ROWS = 2


def import_contacts(page, base: str, csv_text: str = CONTACTS_CSV, name: str = "contacts.csv") -> str:
    """Upload ``csv_text`` on the import page, check it (the dry run) and import the good rows. Returns the
    dry run's summary line."""
    page.goto(base + "/console/contacts")
    page.get_by_role("link", name="Import CSV").click()
    page.locator("#file").set_input_files({"name": name, "mimeType": "text/csv", "buffer": csv_text.encode()})
    page.get_by_role("button", name="Check the file").click()
    summary = page.locator("#import-summary").inner_text()
    page.get_by_role("button", name="Import ").click()
    page.wait_for_selector("text=Imported ")
    return summary


def build_list(page, base: str, name: str, contact_names: Iterable[str], description: str = "") -> None:
    """Create the list ``name`` holding the contacts with these names (picked by their checkbox labels)."""
    page.goto(base + "/console/lists")
    page.get_by_role("link", name="New list").click()
    page.get_by_label("Name", exact=True).fill(name)
    if description:
        page.get_by_label("Description").fill(description)
    for contact in contact_names:
        page.get_by_label(contact, exact=False).check()
    page.get_by_role("button", name="Save list").click()
    page.wait_for_selector(f"text=Saved the list “{name}”")
