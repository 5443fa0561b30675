"""The bundled sample corpus (statements/data/corpus.json) that `pressline demo` loads.

These checks are on the data file alone, so a typo in the corpus fails here rather than
half-way through loading the demo.
"""

import datetime
import json
import re
from pathlib import Path

import pytest

CORPUS_PATH = Path(__file__).resolve().parents[2] / "statements" / "data" / "corpus.json"

KINDS = {"press_release", "holding_statement", "lines_to_take", "guidance", "qa"}
AUDIENCES = {"public", "partners", "internal"}
STATES = {"published", "withdrawn", "scheduled", "in_review", "draft"}
CORE_TOPICS = {
    "online-safety",
    "child-protection",
    "fraud",
    "missing-people",
    "road-safety",
    "domestic-abuse",
}
TOPICS = CORE_TOPICS | {"mental-health", "hate-crime", "knife-crime"}
ROUTE_IDS = {
    "police-emergency-999",
    "police-non-emergency-101",
    "ceop",
    "crimestoppers",
    "action-fraud",
    "nspcc-helpline",
    "childline",
    "missing-people",
    "iwf",
    "national-domestic-abuse-helpline",
    "samaritans",
    "victim-support",
}
REQUIRED_KEYS = {
    "slug",
    "title",
    "kind",
    "audience",
    "topics",
    "summary",
    "body",
    "quotes",
    "reporting_routes",
    "author",
    "approver",
    "history",
    "state",
    "review_by",
    "withdraw_reason",
    "publish_in_days",
}
OPTIONAL_KEYS = {"change_note"}
HISTORY_KEYS = {"change_note", "title", "summary", "body", "quotes"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

CORPUS = json.loads(CORPUS_PATH.read_text(encoding="utf-8"))


def versions(entry: dict) -> list[dict]:
    """Every version of an entry, oldest first, with history overrides applied over the newest."""
    newest = {k: entry[k] for k in ("title", "summary", "body", "quotes")}
    return [{**newest, **old} for old in entry["history"]] + [newest]


def by_slug(entry: dict) -> str:
    return entry["slug"]


def test_corpus_is_a_list_of_about_sixteen_statements():
    assert isinstance(CORPUS, list)
    assert 14 <= len(CORPUS) <= 20


def test_slugs_are_unique():
    slugs = [e["slug"] for e in CORPUS]
    assert len(slugs) == len(set(slugs))


@pytest.mark.parametrize("entry", CORPUS, ids=by_slug)
def test_entry_has_exactly_the_known_keys(entry):
    assert REQUIRED_KEYS <= set(entry)
    assert set(entry) <= REQUIRED_KEYS | OPTIONAL_KEYS


@pytest.mark.parametrize("entry", CORPUS, ids=by_slug)
def test_entry_uses_allowed_vocabulary(entry):
    assert SLUG.match(entry["slug"])
    assert entry["kind"] in KINDS
    assert entry["audience"] in AUDIENCES
    assert entry["state"] in STATES
    assert entry["topics"] and set(entry["topics"]) <= TOPICS
    assert len(entry["topics"]) == len(set(entry["topics"]))


@pytest.mark.parametrize("entry", CORPUS, ids=by_slug)
def test_reporting_routes_are_registry_ids(entry):
    assert entry["reporting_routes"]
    assert set(entry["reporting_routes"]) <= ROUTE_IDS
    assert len(entry["reporting_routes"]) == len(set(entry["reporting_routes"]))


@pytest.mark.parametrize("entry", CORPUS, ids=by_slug)
def test_approver_is_never_the_author(entry):
    assert entry["author"].strip() and entry["approver"].strip()
    assert entry["author"] != entry["approver"]


@pytest.mark.parametrize("entry", CORPUS, ids=by_slug)
def test_lines_to_take_are_internal(entry):
    if entry["kind"] == "lines_to_take":
        assert entry["audience"] == "internal"


@pytest.mark.parametrize("entry", CORPUS, ids=by_slug)
def test_review_by_is_an_iso_date(entry):
    datetime.date.fromisoformat(entry["review_by"])


@pytest.mark.parametrize("entry", CORPUS, ids=by_slug)
def test_withdraw_reason_only_and_always_when_withdrawn(entry):
    if entry["state"] == "withdrawn":
        assert entry["withdraw_reason"] and entry["withdraw_reason"].strip()
    else:
        assert entry["withdraw_reason"] is None


@pytest.mark.parametrize("entry", CORPUS, ids=by_slug)
def test_publish_in_days_only_and_always_when_scheduled(entry):
    if entry["state"] == "scheduled":
        assert isinstance(entry["publish_in_days"], int) and entry["publish_in_days"] > 0
    else:
        assert entry["publish_in_days"] is None


@pytest.mark.parametrize("entry", CORPUS, ids=by_slug)
def test_history_entries_are_earlier_versions_with_change_notes(entry):
    assert isinstance(entry["history"], list)
    for old in entry["history"]:
        assert set(old) <= HISTORY_KEYS
        assert old["change_note"].strip()
    if entry["history"]:
        assert entry["state"] == "published"


@pytest.mark.parametrize("entry", CORPUS, ids=by_slug)
def test_every_version_has_a_body_of_150_to_500_words(entry):
    for version in versions(entry):
        assert version["title"].strip() and version["summary"].strip()
        assert 150 <= len(version["body"].split()) <= 500


@pytest.mark.parametrize("entry", CORPUS, ids=by_slug)
def test_quotes_are_attributed_and_appear_in_the_body(entry):
    for version in versions(entry):
        assert len(version["quotes"]) <= 3
        for quote in version["quotes"]:
            assert set(quote) == {"text", "speaker", "role"}
            assert quote["speaker"].strip() and quote["role"].strip()
            assert quote["text"] in version["body"]


@pytest.mark.parametrize(
    ("field", "values"),
    [("kind", KINDS), ("audience", AUDIENCES), ("state", STATES)],
)
def test_corpus_covers_every_value(field, values):
    assert {e[field] for e in CORPUS} == values


def test_corpus_covers_every_core_topic():
    assert CORE_TOPICS <= {t for e in CORPUS for t in e["topics"]}


def test_exactly_one_withdrawn_one_scheduled_one_in_review_and_one_draft():
    states = [e["state"] for e in CORPUS]
    for state in ("withdrawn", "scheduled", "in_review", "draft"):
        assert states.count(state) == 1


def test_some_published_statements_are_stale_and_most_are_not():
    cutoff = datetime.date(2026, 1, 1)
    published = [e for e in CORPUS if e["state"] == "published"]
    stale = [e for e in published if datetime.date.fromisoformat(e["review_by"]) < cutoff]
    assert 2 <= len(stale) < len(published) // 2


def test_several_statements_have_earlier_versions():
    assert len([e for e in CORPUS if len(e["history"]) >= 1]) >= 4
    assert any(len(e["history"]) >= 2 for e in CORPUS)


def test_press_office_has_three_or_four_people():
    people = {e["author"] for e in CORPUS} | {e["approver"] for e in CORPUS}
    assert 3 <= len(people) <= 4


@pytest.mark.parametrize(
    "words",
    [
        ("groom", "grooming", "groomed"),
        ("courier", "fraud"),
        ("missing", "teenager", "appeal"),
        ("drink", "driving", "christmas"),
        ("domestic", "abuse", "christmas"),
        ("paedophile", "hunter", "sting"),
    ],
)
def test_search_targets_are_present_in_published_text(words):
    published_text = [
        " ".join([e["title"], e["summary"], e["body"]]).lower() for e in CORPUS if e["state"] == "published"
    ]
    assert any(all(re.search(rf"\b{w}\b", text) for w in words) for text in published_text)
