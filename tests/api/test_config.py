"""Settings that shape what the faces show."""

from __future__ import annotations

from types import SimpleNamespace

from api.app import console_link, create_app
from api.config import load_settings


def test_the_public_url_comes_from_the_environment():
    settings = load_settings(environ={"PRESSLINE_PUBLIC_URL": "https://pressline.example.org"})
    assert settings["PUBLIC_URL"] == "https://pressline.example.org"


def test_links_point_at_the_console_page_of_the_statement():
    link = console_link("https://pressline.example.org/")
    assert link(SimpleNamespace(slug="courier-fraud")) == "https://pressline.example.org/console/s/courier-fraud"


def test_without_a_usable_public_url_there_are_no_links():
    for value in (None, "", "pressline.example.org", "javascript:alert(1)"):
        assert console_link(value)(SimpleNamespace(slug="courier-fraud")) is None


def test_the_office_synonyms_file_comes_from_the_environment_and_reaches_search(app_config, tmp_path):
    table = tmp_path / "synonyms.txt"
    table.write_text("PCSO ~ community support officer\n", encoding="utf-8")
    assert load_settings(environ={"PRESSLINE_SYNONYMS_FILE": str(table)})["SYNONYMS_FILE"] == str(table)
    app = create_app({**app_config, "SYNONYMS_FILE": table})
    search = app.extensions["pressline.search"]
    try:
        assert (("pcso",), ("communiti", "support", "offic")) in search.finder.synonyms.groups
    finally:
        search.close()
