"""No blocking finding on the bundled sample statements (what ``pressline demo`` loads) or on the importer's
fixtures, none of which is meant to have one; their warnings are listed and judged in docs/checks.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from statements.checks import RouteIn, Subject, blocking
from statements.corpus import read_corpus
from statements.importer import extract, read_press_file
from statements.registry import load_routes, load_topics

from .conftest import TODAY

ROUTES = {r.id: r for r in load_routes()}
FIXTURES = sorted(
    p for p in (Path(__file__).parents[1] / "importer" / "fixtures").rglob("*") if p.suffix in (".txt", ".md")
)


def routes(ids) -> list[RouteIn]:
    return [RouteIn(i, ROUTES[i].name, ROUTES[i].phone, ROUTES[i].url) for i in ids]


@pytest.mark.parametrize("entry", read_corpus(), ids=lambda e: e["slug"])
def test_no_sample_statement_has_a_blocking_finding(checks, entry):
    subject = Subject.of_fields(entry, routes(entry.get("reporting_routes") or []), TODAY)
    assert blocking(checks.run(subject)) == []


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_no_import_fixture_has_a_blocking_finding(checks, path):
    found = extract(read_press_file(path), list(ROUTES.values()), load_topics())
    fields = {
        "title": found.title, "summary": found.summary, "body": found.body, "kind": found.kind,
        "topics": found.topics, "quotes": [{"text": q.text, "speaker": q.speaker or ""} for q in found.quotes],
    }  # fmt: skip
    ids = dict.fromkeys(r.route_id for r in found.reporting_routes if r.route_id)
    assert blocking(checks.run(Subject.of_fields(fields, routes(ids), TODAY))) == []


def test_there_are_fixtures_to_check():
    assert len(FIXTURES) > 50 and len(read_corpus()) > 10
