"""Settings that shape what the faces show."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from api.app import close_app, console_link, create_app
from api.cli import cli
from api.config import SettingsError, load_settings


def test_the_public_url_comes_from_the_environment():
    settings = load_settings(environ={"PRESSLINE_PUBLIC_URL": "https://pressline.example.org"})
    assert settings["PUBLIC_URL"] == "https://pressline.example.org"


def test_links_point_at_the_console_page_of_the_statement():
    link = console_link("https://pressline.example.org/")
    assert link(SimpleNamespace(slug="courier-fraud")) == "https://pressline.example.org/console/s/courier-fraud"


def test_without_a_usable_public_url_there_are_no_links():
    for value in (None, "", "pressline.example.org", "javascript:alert(1)"):
        assert console_link(value)(SimpleNamespace(slug="courier-fraud")) is None


def test_a_time_zone_that_does_not_exist_stops_start_up_naming_the_variable():
    with pytest.raises(SettingsError, match="PRESSLINE_TIMEZONE: 'Mars/Olympus' is not a time zone"):
        load_settings(environ={"PRESSLINE_TIMEZONE": "Mars/Olympus"})


def test_the_app_does_not_start_with_a_bad_time_zone(tmp_path):
    with pytest.raises(SettingsError):
        create_app({"DATA_DIR": tmp_path, "TIMEZONE": "Not/AZone", "SECRET_KEY": "x"})


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("PRESSLINE_READ_CACHE_SECONDS", "soon"),
        ("PRESSLINE_PROXY_COUNT", "-1"),
        ("PRESSLINE_PUBLIC_URL", "example.org"),
        ("PRESSLINE_SYNONYMS_FILE", "/nonexistent/synonyms.txt"),
    ],
)
def test_other_unusable_settings_stop_start_up_naming_the_variable(variable, value):
    with pytest.raises(SettingsError, match=variable):
        load_settings(environ={variable: value})


def test_numeric_settings_from_the_environment_are_numbers():
    settings = load_settings(environ={"PRESSLINE_PROXY_COUNT": "2", "PRESSLINE_READ_CACHE_SECONDS": "1.5"})
    assert (settings["PROXY_COUNT"], settings["READ_CACHE_SECONDS"]) == (2, 1.5)


def test_the_command_line_says_which_setting_is_wrong_in_one_line(tmp_path):
    result = CliRunner().invoke(
        cli, ["init"], env={"PRESSLINE_DATA_DIR": str(tmp_path), "PRESSLINE_TIMEZONE": "Mars/Olympus"}
    )

    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "PRESSLINE_TIMEZONE" in result.output


def test_the_office_synonyms_file_comes_from_the_environment_and_reaches_search(app_config, tmp_path):
    table = tmp_path / "synonyms.txt"
    table.write_text("PCSO ~ community support officer\n", encoding="utf-8")
    assert load_settings(environ={"PRESSLINE_SYNONYMS_FILE": str(table)})["SYNONYMS_FILE"] == str(table)
    app = create_app({**app_config, "SYNONYMS_FILE": table})
    try:
        groups = app.extensions["pressline.search"].finder.synonyms.groups
        assert (("pcso",), ("communiti", "support", "offic")) in groups
    finally:
        close_app(app)
