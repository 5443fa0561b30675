"""Searching the log, "who was given this statement", and suggested lines from an injected search."""

from __future__ import annotations

from datetime import timedelta

import pytest

from statements.media.enquiries import EnquiryFilters
from tests.conftest import EDITOR


def log(enquiries, clock, journalist, question, outlet="Daily Gazette", minutes=10):
    view = enquiries.log({"journalist": journalist, "outlet": outlet, "question": question}, EDITOR)
    clock.advance(minutes=minutes)
    return view


@pytest.fixture
def three(enquiries, clock):
    return [
        log(enquiries, clock, "Jo Bloggs", "Is the bypass shut?"),
        log(enquiries, clock, "Sam Reporter", "How many arrests?", outlet="Westshire Echo"),
        log(enquiries, clock, "Kim Writer", "Bypass reopening date?", outlet="Radio Westshire"),
    ]


def ids(page):
    return [e.id for e in page.items]


def test_the_log_lists_newest_first(enquiries, three):
    assert ids(enquiries.search(EDITOR)) == [three[2].id, three[1].id, three[0].id]


@pytest.mark.parametrize(
    ("text", "which"),
    [("bypass", [2, 0]), ("BLOGGS", [0]), ("echo", [1]), ("westshire arrests", [1]), ("100%", []), ("_", [])],
)
def test_text_is_found_in_question_journalist_outlet_every_word_and_literally(enquiries, three, text, which):
    assert ids(enquiries.search(EDITOR, EnquiryFilters(text=text))) == [three[i].id for i in which]


def test_text_is_found_in_the_answer(enquiries, three):
    enquiries.answer(three[1].id, EDITOR, text="Four people were arrested.")
    assert ids(enquiries.search(EDITOR, EnquiryFilters(text="arrested"))) == [three[1].id]


def test_status_and_received_dates_filter(enquiries, three):
    enquiries.decline(three[0].id, EDITOR, "Not ours to answer.")
    assert ids(enquiries.search(EDITOR, EnquiryFilters(status="declined"))) == [three[0].id]
    window = EnquiryFilters(since=three[1].received_at, until=three[2].received_at)
    assert ids(enquiries.search(EDITOR, window)) == [three[1].id]


def test_pages_carry_the_total(enquiries, three):
    page = enquiries.search(EDITOR, offset=1, limit=1)
    assert (ids(page), page.total) == ([three[1].id], 3)


def test_who_was_given_a_statement_and_the_filter_by_statement(enquiries, three, workflow):
    view = workflow.published(title="Bypass closure")
    enquiries.answer(three[0].id, EDITOR, slug=view.slug)
    enquiries.answer(three[2].id, EDITOR, slug=view.slug, text="And it reopens on Friday.")
    enquiries.answer(three[1].id, EDITOR, text="No figures yet.")
    assert [e.id for e in enquiries.given(view.slug, EDITOR)] == [three[2].id, three[0].id]
    assert ids(enquiries.search(EDITOR, EnquiryFilters(slug=view.slug))) == [three[2].id, three[0].id]


class FakeFinder:
    """Stands in for the bots' search: answers the slugs it was given, records what it was asked."""

    def __init__(self, slugs):
        self.slugs = slugs
        self.asked = []

    def __call__(self, text, limit):
        self.asked.append((text, limit))
        return self.slugs[:limit]


def test_suggestions_keep_only_wording_that_may_be_given_best_first(enquiries, three, workflow):
    public = workflow.published(title="Bypass closure")
    internal = workflow.published(title="Bypass staff notes", kind="guidance", audience="internal")
    lines = workflow.published(title="Bypass lines", kind="lines_to_take")
    draft = workflow.draft(title="Bypass draft")
    enquiries.use_search(FakeFinder([internal.slug, lines.slug, draft.slug, "gone-now", public.slug]))
    assert [v.slug for v in enquiries.suggestions(three[0].id, EDITOR)] == [lines.slug, public.slug]


def test_suggestions_search_the_question_words_without_search_operators(enquiries, clock):
    finder = FakeFinder([])
    enquiries.use_search(finder)
    view = log(enquiries, clock, "Jo", 'Is "the bypass" -shut? topic:fraud by 16:00')
    enquiries.suggestions(view.id, EDITOR)
    assert finder.asked == [("Is the bypass shut topic fraud by 16 00", 12)]


def test_without_a_search_there_are_no_suggestions(enquiries, three):
    assert enquiries.suggestions(three[0].id, EDITOR) == []


def test_an_unknown_status_filter_is_a_field_error(enquiries):
    from statements.errors import ValidationFailed

    with pytest.raises(ValidationFailed):
        enquiries.search(EDITOR, EnquiryFilters(status="pending"))


def test_dates_are_compared_as_moments(enquiries, three):
    later = three[2].received_at + timedelta(seconds=1)
    assert ids(enquiries.search(EDITOR, EnquiryFilters(since=later))) == []
