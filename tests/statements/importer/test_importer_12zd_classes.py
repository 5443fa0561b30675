"""The classes behind the 12zd and 12ze holdouts' misses (issue 17): business beside words of help or safety is not
a route. A line the text disowns (it cannot give advice, it is not a way to report), a scheme property is
registered with, a slot reserved, a document labelled on a list line (toolkits, leaflets), an event's details and
a published report with the reply to it are left out; a stream of messages quoted as "he wrote:" is not a quote.
Each class has a negative: a sentence beside it the rule must not change. The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts
from extracted_views import who as _who


def _text(paragraph: str) -> str:
    return f"Title\n\nOfficers in Dunholt are asking anyone with information about the fire to come forward.\n\n{paragraph}"


@pytest.mark.parametrize(
    ("paragraph", "why"),
    [
        # a line the text disowns, in the next sentence or just before the contact
        ("Norcott Plastics has opened a line for its workers about rota changes: 0161 496 0901. This line cannot "
         "give medical advice.", "disowned by the text"),
        ("If you are unhappy with how your case was handled, you can write to the Dunholt Police standards team - "
         "this is about the service you received, not a way to report a crime: standards@dunholt.police.uk",
         "disowned by the text"),
        # a registration scheme
        ("Cyclists can register their bikes with the free Cyclemark scheme at www.cyclemark.example to help "
         "officers return stolen bikes.", "sign-up to a scheme or register"),
        # reserving a slot
        ("Useful contacts\n- Reserve a fitting slot: 0161 496 0902", "bookings"),
        # documents labelled on a list line
        ("Useful contacts\n- Fire safety advice leaflets: www.dunholt.gov.uk/fireleaflets",
         "a document to request or read"),
        ("Useful contacts\n- Safety toolkit for landlords: safety@dunholt.gov.uk", "a document to request or read"),
        # an event's details
        ("- The coffee morning for survivors runs on Tuesdays – details at www.dunholt.example/coffee",
         "event details"),
        # a published report and the reply to it
        ("The inspector's report and the council's response are published on the inspectorate website at "
         "www.inspectorate.example/reports.", "a document to read"),
    ],
)  # fmt: skip
def test_business_beside_words_of_help_or_safety_is_not_a_route(run, paragraph, why):
    got = run(_text(paragraph))
    assert _contacts(got) == []
    assert any(why in note for note in got.notes)


@pytest.mark.parametrize(
    ("paragraph", "contact"),
    [
        ("Anyone worried about their health after the fire can call the council's helpline on 0161 496 0903.",
         "0161 496 0903"),
        ("To report a crime, call the Dunholt Police enquiry line on 0161 496 0904.", "0161 496 0904"),
        ("Anyone who sees a stolen bike for sale should report it at www.dunholt.police.uk/report.",
         "www.dunholt.police.uk/report"),
        ("Useful contacts\n- Report a fire hazard: 0161 496 0905", "0161 496 0905"),
    ],
)  # fmt: skip
def test_a_report_or_help_line_beside_those_words_is_still_a_route(run, paragraph, contact):
    assert _contacts(run(_text(paragraph))) == [contact]


def test_a_stream_of_messages_he_wrote_is_not_a_quote(run):
    text = _text(
        "The man posed as a nurse online. In texts seen by detectives, he wrote: 'I'm on shift all week so ring my "
        "ward phone instead. Keep this between us.'"
    )
    assert run(text).quotes == []


def test_a_named_speaker_who_wrote_is_still_quoted(run):
    text = _text(
        "In a letter to residents, council leader Mira Shah wrote: 'We will not rest until the cause of the fire "
        "is known and every family is back home.'"
    )
    assert [q.speaker for q in run(text).quotes] == ["Mira Shah"]


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        # "its" after a sentence naming the body that runs, manages or owns what it names
        ("The youth club is run by Lower Dunholt Parish Council. Its chair, Ruth Mallory, said: 'We will not let "
         "this happen again to the children of this village.'", "chair, Lower Dunholt Parish Council"),
        ("Dunholt Lodge is managed by Brightway Student Homes. Its head of safety, Omar Haddad, said: 'Every "
         "resident deserves to sleep safely in their own room tonight.'", "head of safety, Brightway Student Homes"),
        # a hospice named in the sentence before
        ("The real Dunholt Children's Hospice said it had been flooded with calls. Its head of fundraising, Priya "
         "Nair, said: 'Our supporters have been so kind to us this winter.'",
         "head of fundraising, Dunholt Children's Hospice"),
        # negative: a body run by people, not a named body
        ("The youth club is run by volunteers. Its chair, Ruth Mallory, said: 'We will not let this happen again "
         "to the children of this village.'", "chair"),
    ],
)  # fmt: skip
def test_its_means_the_body_named_before(run, paragraph, role):
    assert _who(run(_text(paragraph)))[-1][1] == role


def test_a_council_spokesperson_is_the_council_named_before(run):
    text = _text(
        'The playground is owned by Dunholt Council, which said the gate had been broken. "We will mend the gate '
        'this week and check it every day," a council spokesperson said.'
    )
    assert _who(run(text)) == [(None, "spokesperson, Dunholt Council")]


def test_a_council_spokesperson_after_another_kind_of_body_stays_as_written(run):
    text = _text(
        'The playground is owned by the Dunholt Parks Trust, which said the gate had been broken. "We will mend '
        'the gate this week and check it every day," a council spokesperson said.'
    )
    assert _who(run(text)) == [(None, "council spokesperson")]


@pytest.mark.parametrize(
    ("paragraph", "contacts"),
    [
        # a mobile on a list under a heading that gives the list for reports
        ("## Get help and report illegal lending\n\n* Loan Shark Line text: 07700 900412\n* Free debt advice: "
         "Dunholt Money Help, 0161 496 0911", ["07700 900412", "0161 496 0911"]),
        # a licensing team on a list item that names a wrong, under a report heading
        ("## Report puppy farming\n\n1. **Unlicensed dog breeding:** Dunholt Council licensing team, 0161 496 0912",
         ["0161 496 0912"]),
        # negative: a licensing team for licences stays business
        ("## Useful numbers\n\n1. **Taxi licensing:** Dunholt Council licensing team, 0161 496 0913", []),
    ],
)  # fmt: skip
def test_a_list_under_a_report_heading_gives_its_lines_for_reports(run, paragraph, contacts):
    assert _contacts(run(_text(paragraph))) == contacts
