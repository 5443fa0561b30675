"""``pressline import``: dry-run JSON Lines in argument order, drafts when not dry, failures named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import cli
from statements import Viewer, open_services
from statements.db import sqlite_url

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"

APPEAL = """Appeal after car stolen in Eastbury

Police are appealing for information after a car was stolen from a driveway in Eastbury at 4.12pm on Sunday.

Detective Constable Mary Hughes said: "We believe the car was taken to order and we want to hear from anyone who saw it."

A 24-year-old man has been arrested. Anyone with information should call 101 quoting 36/48213/26, or Crimestoppers anonymously on 0800 555 111.
"""

GUIDANCE = """# Staying safe from courier fraud

Fraudsters phone older people pretending to be police officers and ask them to hand over cash.

"Police will never ask you to withdraw money or hand over your bank card," said Inspector Tom Price of the economic crime unit.

Report it to Action Fraud at www.actionfraud.police.uk or call 0300 123 2040.
"""


@pytest.fixture
def press_files(tmp_path) -> list[Path]:
    first, second = tmp_path / "appeal.txt", tmp_path / "guidance.md"
    first.write_text(APPEAL)
    second.write_text(GUIDANCE)
    return [first, second]


@pytest.fixture
def stored(tmp_path):
    """Open the imported database (closed again after the test)."""
    opened = []

    def open_stored():
        opened.append(open_services(sqlite_url(tmp_path / "var")))
        return opened[-1]

    yield open_stored
    for services in opened:
        services.db.dispose()


@pytest.fixture
def run(tmp_path):
    runner = CliRunner()

    def invoke(*args):
        data = tmp_path / "var"
        return runner.invoke(cli, [str(a) for a in args], env={"PRESSLINE_DATA_DIR": str(data)}, catch_exceptions=False)

    return invoke


def test_dry_run_prints_one_json_object_per_file_in_argument_order(run, press_files, tmp_path):
    result = run("import", "--dry-run", "--json", *reversed(press_files))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(line["file"]).name for line in lines] == ["guidance.md", "appeal.txt"]
    assert set(lines[0]) >= {"file", "title", "kind", "topics", "summary", "quotes", "reporting_routes"}
    assert lines[1]["quotes"][0] | {"text": ""} == {"text": "", "speaker": "Mary Hughes", "role": "Detective Constable"}
    phones = {r["phone"] for r in lines[1]["reporting_routes"]}
    assert phones == {"101", "0800 555 111"}


def test_dry_run_writes_nothing_and_needs_no_init(run, press_files, tmp_path):
    assert run("import", "--dry-run", "--json", *press_files).exit_code == 0
    assert not (tmp_path / "var" / "pressline.db").exists()


def test_import_creates_drafts_credited_to_the_author(run, press_files, stored):
    result = run("import", "--author", "Sam Okafor", "--topic", "fraud", *press_files)
    assert result.exit_code == 0, result.output
    services = stored()
    drafts = services.catalogue.list(Viewer.staff("x", "editor")).items
    assert {d.author for d in drafts} == {"Sam Okafor"} and {d.status for d in drafts} == {"draft"}
    assert all(d.topics == ("fraud",) for d in drafts)
    fraud = next(d for d in drafts if "courier" in d.title.lower())
    assert [r.id for r in fraud.reporting_routes] == ["action-fraud"]


def test_an_unreadable_file_is_named_the_others_still_import_and_the_exit_is_1(run, press_files, tmp_path, stored):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 50)
    result = run("import", "--author", "Sam", press_files[0], binary, tmp_path / "missing.txt", press_files[1])
    assert result.exit_code == 1
    assert "photo.jpg: cannot import: file looks binary" in result.stderr
    assert "missing.txt: cannot import: cannot read file: No such file" in result.stderr
    services = stored()
    assert services.catalogue.list(Viewer.staff("x", "editor")).total == 2


def test_import_without_author_is_a_one_line_error(run, press_files):
    result = run("import", *press_files)
    assert result.exit_code == 2 and "--author" in result.stderr


def test_importing_a_file_again_warns_about_the_likely_duplicate_and_skips_it(run, press_files, stored):
    first = run("import", "--author", "Sam", *press_files)
    again = run("import", "--author", "Sam", press_files[0])
    assert again.exit_code == 0
    slug = first.stdout.split(" -> ")[1].split()[0]
    assert f"{press_files[0]}: skipped: same title and body as {slug} (--force imports it)\n" in again.stderr
    assert stored().catalogue.list(Viewer.staff("x", "editor")).total == 2


def test_force_imports_a_likely_duplicate_anyway(run, press_files, stored):
    run("import", "--author", "Sam", press_files[0])
    forced = run("import", "--author", "Sam", "--force", press_files[0])
    assert forced.exit_code == 0 and "skipped" not in forced.stderr
    slugs = sorted(d.slug for d in stored().catalogue.list(Viewer.staff("x", "editor")).items)
    assert slugs == ["appeal-after-car-stolen-in-eastbury", "appeal-after-car-stolen-in-eastbury-2"]


def test_an_unknown_topic_is_a_one_line_error_and_nothing_is_imported(run, press_files, stored):
    result = run("import", "--author", "Sam", "--topic", "nope", *press_files)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: No topic nope (give --new-topic to create it; topics: ")
    assert len(result.stderr.splitlines()) == 1
    assert stored().catalogue.list(Viewer.staff("x", "editor")).total == 0


def test_new_topic_lets_an_import_create_a_topic(run, press_files, stored):
    assert run("import", "--author", "Sam", "--topic", "e-scooters", "--new-topic", press_files[0]).exit_code == 0
    assert "e-scooters" in {t.slug for t in stored().catalogue.topics(Viewer.staff("x", "editor"))}


def test_an_imported_title_is_transliterated_and_loses_its_apostrophes(run, tmp_path, stored):
    press = tmp_path / "cc.txt"
    press.write_text("Chief Constable's New Year message\n\nThe Chief Constable thanks every officer and volunteer.\n")
    result = run("import", "--author", "Sam", press)
    assert result.exit_code == 0, result.output
    assert [d.slug for d in stored().catalogue.list(Viewer.staff("x", "editor")).items] == [
        "chief-constables-new-year-message"
    ]


@pytest.mark.skipif(not SAMPLES.exists(), reason="../shared/samples is not beside the repository")
def test_the_shared_sample_yields_the_chief_constables_quotes_and_routes(run):
    result = run("import", "--dry-run", "--json", *sorted(SAMPLES.glob("*.txt")))
    line = json.loads(result.stdout.splitlines()[0])
    assert {(q["speaker"], q["role"]) for q in line["quotes"]} == {
        ("Simon Bailey", "Chief Constable, national policing lead on Child Abuse Investigation")
    }
    assert {r["name"] for r in line["reporting_routes"]} >= {"CEOP", "Crimestoppers"}
    assert "999" in {r["phone"] for r in line["reporting_routes"]}


SCAM = """Warning over rebate texts

Residents have received texts claiming to be from the council. The messages typically read:

"You are owed a rebate. Call 0161 496 0123 to claim it."

Anyone affected can contact Galop on 0800 999 5428, or forward the text to 7726.

In a statement, Norfolk Constabulary said: "Never call a number in a text you did not expect."
"""


def test_the_import_report_names_contacts_left_out_and_routes_not_in_the_registry(run, tmp_path):
    path = tmp_path / "scam.txt"
    path.write_text(SCAM)
    result = run("import", "--dry-run", path)
    assert f"{path}: number in a quoted scam message left out: 0161 496 0123" in result.stderr
    assert f"{path}: not in the routes registry, so not linked: Galop 0800 999 5428" in result.stderr
    (line,) = [json.loads(x) for x in run("import", "--dry-run", "--json", path).stdout.splitlines()]
    assert line["notes"] == [
        "number in a quoted scam message left out: 0161 496 0123",
        "quoted words nobody in the text is named or described as saying left out: "
        "\u201cYou are owed a rebate. Call 0161 496 0123 to claim it.\u201d",
    ]


def test_an_imported_organisation_statement_is_stored_with_the_organisation_as_speaker(run, tmp_path, stored):
    path = tmp_path / "scam.txt"
    path.write_text(SCAM)
    assert run("import", "--author", "Press Officer", path).exit_code == 0
    services = stored()
    (slug,) = services.catalogue.all_slugs()
    view = services.catalogue.working(slug, Viewer.staff("Press Officer", "editor"))
    assert [(q.speaker, q.role) for q in view.quotes] == [("Norfolk Constabulary", "statement")]


def test_a_file_over_the_length_limit_is_refused_unread(run, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    result = run("import", "--dry-run", path)
    assert result.exit_code == 1
    assert "longer than 1 MB" in result.stderr
