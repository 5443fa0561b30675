"""Reading ``enquiry WHO: QUESTION [by TIME]``, the same for Slack and Teams; and what a face that cannot tell who
is asking gets (suggested lines, nothing logged)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bots.chat import parse
from bots.chat.enquiry import NotAnEnquiry, enquiry_text, read_enquiry
from index.lines import line_finder
from statements.errors import ValidationFailed
from tests.conftest import EDITOR

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)  # 10:00 in London


@pytest.mark.parametrize(
    ("text", "journalist", "outlet", "question", "deadline"),
    [
        ("Jo Bloggs, Daily Gazette: are schools affected by the closure? by 16:00",
         "Jo Bloggs", "Daily Gazette", "are schools affected by the closure?", datetime(2026, 6, 1, 15, 0, tzinfo=UTC)),
        ("Jo Bloggs (Daily Gazette): is it shut? by 4pm", "Jo Bloggs", "Daily Gazette", "is it shut?",
         datetime(2026, 6, 1, 15, 0, tzinfo=UTC)),
        ("Jo: is it shut?, by 9.30am tomorrow", "Jo", "", "is it shut?", datetime(2026, 6, 2, 8, 30, tzinfo=UTC)),
        ("Jo: is it shut? by tomorrow at 12:15", "Jo", "", "is it shut?", datetime(2026, 6, 2, 11, 15, tzinfo=UTC)),
        ("Jo, Gazette: how many arrests by 5", "Jo", "Gazette", "how many arrests by 5", None),
        ("Jo, Gazette: what happened at 16:00?", "Jo", "Gazette", "what happened at 16:00?", None),
        ("Jo, Gazette: is it shut? by 25:00", "Jo", "Gazette", "is it shut? by 25:00", None),
    ],
)  # fmt: skip
def test_who_what_and_by_when_are_read_in_the_office_zone(text, journalist, outlet, question, deadline):
    read = read_enquiry(text, NOW, LONDON)
    assert (read.journalist, read.outlet, read.question, read.deadline) == (journalist, outlet, question, deadline)


@pytest.mark.parametrize("text", ["Jo Bloggs asks if it is shut", ": is it shut?", "Jo, Gazette: by 16:00"])
def test_missing_who_or_question_is_not_an_enquiry(text):
    with pytest.raises(NotAnEnquiry):
        read_enquiry(text, NOW, LONDON)


def test_a_deadline_the_clocks_skip_is_refused_on_the_deadline_field():
    spring = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # the clocks go forward at 01:00 GMT
    with pytest.raises(ValidationFailed) as caught:
        read_enquiry("Jo: is it shut? by 01:30", spring, LONDON)
    assert list(caught.value.errors) == ["deadline"]


def test_the_text_is_read_whole_not_cut_to_a_search_query():
    question = "why " * 100
    raw = f"enquiry Jo, Gazette: {question}"
    assert parse(raw).verb == "enquiry"
    assert enquiry_text(raw) == f"Jo, Gazette: {question}".strip()


def test_without_knowing_who_asks_the_core_suggests_lines_and_logs_nothing(core, services, search, workflow):
    services.enquiries.use_search(line_finder(search))
    view = workflow.published(title="Bypass closure", body="The bypass is shut until Friday.")
    answer = core.answer(parse("enquiry Jo, Gazette: is the bypass shut?"))
    assert answer.notice.startswith("Not logged:")
    assert [item.slug for item in answer.items] == [view.slug]
    assert services.enquiries.search(EDITOR).total == 0
