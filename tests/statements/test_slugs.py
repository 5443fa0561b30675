"""Slugs: one maker for statements and reporting routes, transliterating any script and dropping apostrophes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from statements.drafting import SLUG, slugify
from tests.conftest import ADMIN


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Chief Constable's statement", "chief-constables-statement"),
        ("Chief Constable’s statement", "chief-constables-statement"),
        ("Заявление полиции", "zaiavlenie-politsii"),
        ("警方声明", "jing-fang-sheng-ming"),
        ("Δήλωση", "delose"),
        ("Straße gesperrt", "strasse-gesperrt"),
        ("Warning: Online Grooming!", "warning-online-grooming"),
    ],
)
def test_titles_in_any_script_become_readable_slugs(title, slug):
    assert slugify(title) == slug


def test_titles_in_other_scripts_do_not_all_become_statement(workflow):
    slugs = {workflow.draft(title=title).slug for title in ("Заявление полиции", "警方声明", "Δήλωση")}
    assert slugs == {"zaiavlenie-politsii", "jing-fang-sheng-ming", "delose"}


def test_a_title_with_nothing_to_spell_falls_back_to_statement():
    assert slugify("😀 !!") == "statement"


def test_a_reporting_route_id_is_made_the_same_way(services):
    route = services.routes.save(
        {"name": "Chief Constable's Office", "url": "https://example.org/cc", "urgency": "standard"}, ADMIN
    )
    assert route.id == "chief-constables-office"


@given(st.text(max_size=200))
def test_every_slug_is_a_valid_slug_of_at_most_80_characters(text):
    slug = slugify(text)
    assert SLUG.match(slug) and len(slug) <= 80
