"""The shared sample statement (outside the repo): the chief constable's quotes and three routes."""

from __future__ import annotations

from pathlib import Path

import pytest

from statements.importer import extract, read_press_file

SAMPLES = Path(__file__).parents[3] / ".." / "shared" / "samples"
SAMPLE = SAMPLES / "norfolk-chief-constable-warning-paedophile-hunters.txt"

#: the rank, then the apposition the text prints beside his name (the role convention in docs/importer.md)
BAILEY_ROLE = "Chief Constable, national policing lead on Child Abuse Investigation"

pytestmark = pytest.mark.skipif(not SAMPLE.exists(), reason="../shared/samples is not present")


@pytest.fixture
def sample(routes, topics):
    return extract(read_press_file(SAMPLE), routes, topics)


def test_the_chief_constables_quotes_carry_his_name_and_rank(sample):
    assert sample.quotes
    assert {(q.speaker, q.role) for q in sample.quotes} == {("Simon Bailey", BAILEY_ROLE)}
    assert sample.quotes[0].text.startswith("The police rely on the assistance of the public")
    assert sample.quotes[-1].text.endswith("call 999.")


def test_the_multi_paragraph_quote_keeps_its_paragraphs(sample):
    assert sample.quotes[0].text.count("\n\n") == 4


def test_scare_quotes_in_the_sample_are_not_quotes(sample):
    assert not any(q.text.startswith(("taking risks", "significant")) for q in sample.quotes)


def test_the_ceop_crimestoppers_and_999_routes_are_found(sample):
    assert [r.route_id for r in sample.reporting_routes] == ["ceop", "crimestoppers", "police-emergency-999"]


def test_the_photo_caption_is_not_in_the_body(sample):
    assert "Photo :" not in sample.body
    assert sample.title == "Norfolk chief constable's warning to so-called paedophile hunters"


def _one_per_line(text: str) -> str:
    return text.replace("\n\n", "\n")


def _hard_wrapped(text: str) -> str:
    import textwrap

    return "\n\n".join(textwrap.fill(p, 72) for p in text.split("\n\n"))


def _windows(text: str) -> str:
    return text.replace("\n", "\r\n")


def _curly(text: str) -> str:
    import re

    return re.sub(r"(?<![\w])'", "‘", text).replace("'", "’")


@pytest.mark.parametrize("variant", [_one_per_line, _hard_wrapped, _windows, _curly])
def test_the_sample_reads_the_same_in_other_layouts(routes, topics, variant):
    got = extract(variant(read_press_file(SAMPLE)), routes, topics)
    assert {(q.speaker, q.role) for q in got.quotes} == {("Simon Bailey", BAILEY_ROLE)}
    assert len(got.quotes) == 2
    assert [r.route_id for r in got.reporting_routes] == ["ceop", "crimestoppers", "police-emergency-999"]
    assert "Photo" not in got.body
