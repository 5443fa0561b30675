"""The classes behind the twenty-sixth and twenty-seventh December 2026 holdouts' misses (issue 17, 12x and 12y): a
site "calling itself" something, volunteering, repairs, fees and reports to search (left out by the offer gate), a
service's other-hours line in brackets, a 24-hour team, a Markdown link whose text is the site it links a page of,
a scam message given as an example ("messages such as"), a body "its" means after "In a statement," or named by
what it is, a rank beside a place of worship, an organisation's own statement, and a described speaker introduced
by "According to a …". The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts
from extracted_views import who as _who


def _text(paragraph: str) -> str:
    return f"Title\n\nOfficers in Wexley are asking anyone with information about the thefts to come forward.\n\n{paragraph}"


@pytest.mark.parametrize(
    "sentence",
    [
        # a criminal's site in narrative
        "Detectives found stolen tools on sale online through a shop calling itself www.wexley-tool-deals.com, "
        "which has since closed.",
        # a bare offer after a volunteering clause
        "The Wexley Otter Trust needs volunteers to help with its river counts; e-mail counts@wexleyotters.org.uk.",
        # repairs are a landlord's business
        "Wexley Housing tenants can report repairs on 0161 496 0911.",
        # fees and funding are a customer's own costs
        "Families wanting information about nursing home fees should ring the council's funding team on 0161 496 0912.",
        # published reports to search
        "The regulator's inspection reports can be searched at www.wexleyregulator.org.uk.",
    ],
)
def test_a_criminal_site_volunteering_repairs_fees_or_reports_to_search_are_not_routes(run, sentence):
    assert _contacts(run(_text(sentence))) == []


@pytest.mark.parametrize(
    ("sentence", "contact"),
    [
        # a report line beside the same words stays a route
        ("Anyone who saw the break-in can report it on 0161 496 0913.", "0161 496 0913"),
        (
            "People offered tools on sale by a man calling himself Dave should report it at "
            "www.wexley.police.uk/report.",
            "www.wexley.police.uk/report",
        ),
    ],
)
def test_a_report_line_beside_those_words_is_still_a_route(run, sentence, contact):
    assert _contacts(run(_text(sentence))) == [contact]


def test_a_services_out_of_hours_line_in_brackets_is_a_route_too(run):
    text = _text("- Wexley Council adult safeguarding team - 0161 496 0914 (out of hours 0161 496 0915)")
    assert _contacts(run(text)) == ["0161 496 0914", "0161 496 0915"]


def test_an_evening_line_in_brackets_after_a_business_number_is_not(run):
    text = _text("Call the box office on 0161 496 0916 (evenings 0161 496 0917) to book tickets.")
    assert _contacts(run(text)) == []


def test_a_24_hour_team_offered_to_the_reader_is_a_route(run):
    text = _text("Students can contact the college's 24-hour Campus Security team on 0161 496 0918.")
    assert _contacts(run(text)) == ["0161 496 0918"]


def test_a_24_hour_booking_line_is_not(run):
    assert _contacts(run(_text("The 24-hour ticket line is 0161 496 0919."))) == []


def test_a_markdown_link_naming_its_site_gives_the_page_linked_to(run):
    text = _text(
        "Report a problem with a takeaway at [wexleyfood.org.uk](https://www.wexleyfood.org.uk/report-problem)."
    )
    assert _contacts(run(text)) == ["https://www.wexleyfood.org.uk/report-problem"]


def test_a_markdown_link_to_the_bare_site_keeps_its_text(run):
    text = _text("Report a problem with a takeaway at [wexleyfood.org.uk](https://www.wexleyfood.org.uk).")
    assert _contacts(run(text)) == ["wexleyfood.org.uk"]


def test_a_message_given_as_an_example_is_not_a_quote(run):
    got = run("""
        Title

        The teenagers then received messages such as *"Send £100 now or your friends see this."* Officers said
        none of them should pay.
    """)
    assert got.quotes == []


def test_words_of_people_such_as_a_speaker_are_still_quoted(run):
    got = run("""
        Title

        Jo Pearce, chair of Wexley Residents Association, said: "People such as our volunteers make the difference."
    """)
    assert [q.speaker for q in got.quotes] == ["Jo Pearce"]


def test_its_after_in_a_statement_is_the_body_that_gave_it(run):
    got = run("""
        Title

        In a statement, Birch House said it had suspended the worker. Its registered manager, Ruth Cole, said:
        "We are deeply sorry."
    """)
    assert _who(got) == [("Ruth Cole", "registered manager, Birch House")]


def test_its_after_a_local_charity_named_by_what_it_is(run):
    got = run("""
        Title

        The local charity Wexley Mind helped design the service. Its chair, Tom Hurst, said: "We listened."
    """)
    assert _who(got) == [("Tom Hurst", "chair, Wexley Mind")]


def test_a_rank_beside_a_place_of_worship_keeps_it(run):
    got = run("""
        Title

        Imam Omar Siddiqui, of the Wexley Islamic Centre, said: "We stand together."
    """)
    assert _who(got) == [("Omar Siddiqui", "Imam, Wexley Islamic Centre")]


def test_where_someone_lives_is_still_no_role(run):
    got = run("""
        Title

        Omar Siddiqui, of Wexley, said: "We stand together."
    """)
    assert _who(got) == [("Omar Siddiqui", None)]


@pytest.mark.parametrize("body", ["Ashby Rovers", "Harbour Path"])
def test_an_organisation_in_a_statement_speaks_for_itself(run, body):
    got = run(f"""
        Title

        In a statement, {body} said: "We are shocked by what happened."
    """)
    assert _who(got) == [(body, "statement")]


def test_a_person_in_a_statement_is_still_a_person(run):
    got = run("""
        Title

        In a statement, Sarah Jones said: "We are shocked by what happened."
    """)
    assert [q.speaker for q in got.quotes] == ["Sarah Jones"]


def test_a_described_speaker_after_according_to_is_the_one_who_goes_on(run):
    got = run("""
        Title

        Chief Inspector Paul Rudd, of Wexley Police, said patrols would be in place.

        "Our priority is safety," he said.

        According to a first aid volunteer who has worked at the fair for years, most people are frightened.
        "Nobody is in trouble for asking for help," she said.
    """)
    assert _who(got)[1] == (None, "first aid volunteer")


def test_a_markdown_link_whose_text_is_already_the_page_keeps_it(run):
    text = _text(
        "Report a problem with a takeaway at [wexleyfood.org.uk/report](https://www.wexleyfood.org.uk/report)."
    )
    assert _contacts(run(text)) == ["wexleyfood.org.uk/report"]
