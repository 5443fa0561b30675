"""A contact the route registry does not know is a route only with positive evidence (issue 17, the fifth
December 2026 holdout's false routes): the text must offer it for reporting, giving information, or getting
help, support or advice about the matter, in its sentence, in the lead-in of its list, in the heading above
it, or in the sentence it goes on from. Anything else (a contact for other business, with no purpose, or one
the criminals used) is left out and named in the import report. Registry services are untouched. The texts
are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


@pytest.mark.parametrize(
    "sentence",
    [
        "The parish office can be reached on 01632 960 512.",
        "Applicants with questions about courses should e-mail enquiries@dunmere.ac.uk.",
        "For room bookings at the community centre, call 01632 960 411.",
        "Parents should look at the school's website or call the school office on 01632 960 377 for news.",
        "Anyone wishing to contribute to the restoration fund can do so at www.fernley.gov.uk/restorefund.",
        "Adults interested in volunteering as youth leaders can call 01632 960 378.",
        "Owners who need advice about premises licensing should e-mail licensing@fernley.gov.uk.",
        "To support its work, visit www.fernleyrescue.org.uk/give.",
        "Residents who want to comment on the new bin rounds can e-mail waste@fernley.gov.uk.",
    ],
)
def test_a_contact_with_no_word_of_reporting_or_help_is_left_out(run, sentence):
    assert _contacts(run(f"Title\n\nA barn fire destroyed the hall on Monday.\n\n{sentence}")) == []


def test_a_contact_left_out_is_named_in_the_import_report(run):
    got = run("Title\n\nThe parish office can be reached on 01632 960 512.")
    assert any("not offered for reporting or help, left out: 01632 960 512" in note for note in got.notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "He gave her a call-back number, 020 7946 0555, and told her to keep quiet.",
        "Another sent buyers to a site called www.cheap-derby-seats.co.uk, which copies the club's badge.",
        "One advert used the address cover.quotes@fastmail-insure.co.uk and a website, fastcover-direct.co.uk.",
    ],
)
def test_a_contact_the_criminals_used_is_left_out(run, sentence):
    assert _contacts(run(f"Title\n\nFraudsters targeted pensioners in Fernley.\n\n{sentence}")) == []


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("Anyone who saw the collision should call the roads policing unit on 01632 960 600.", "01632 960 600"),
        (
            "If you are worried about a neighbour, contact the adult safeguarding team on 01632 960 601.",
            "01632 960 601",
        ),
        ("In an emergency, call the site warden on 01632 960 606.", "01632 960 606"),
        ("Information can be e-mailed to the incident team at fernley.appeal@fernley.gov.uk.", None),
        ("Dashcam clips can be uploaded at www.fernley.police.uk/upload.", "www.fernley.police.uk/upload"),
        ("Where to get help:\n\n- Fernley Carers Line: 01632 960 603", "01632 960 603"),
        ("How to report\nYou can call the depot on 01632 960 604 at any time.", "01632 960 604"),
        ("Q. Where can I report a blocked drain?\nA. Ring the highways desk on 01632 960 605.", "01632 960 605"),
        (
            "Victims can get support from the Fernley Flood Hub. Call them on 01632 960 607.",
            "01632 960 607",
        ),
        ("Samaritans are available on 116 123, or you can text HOPE to 85999.", "85999"),
    ],
)
def test_a_contact_offered_for_reporting_or_help_stays_a_route(run, text, contact):
    got = _contacts(run(f"Title\n\n{text}"))
    assert (contact in got) if contact else any(c and c.startswith("fernley.appeal@") for c in got)


def test_a_registry_service_is_a_route_without_any_word_of_purpose(run):
    got = run("Title\n\nThe Samaritans number is 116 123.")
    assert [r.route_id for r in got.reporting_routes if r.route_id]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fraudsters' helpline, 0161 496 0811, was answered by a man claiming to be from the bank.",
        "A bogus support line, 0800 123 4567, was advertised on social media.",
        "The helpline 0800 123 4568, which was set up by the gang, took payments for help with claims.",
        "Police say a website called www.fastrefund-help.co.uk, set up by the fraudsters, offers help with claims.",
    ],
)
def test_a_contact_belonging_to_the_scheme_is_left_out_even_beside_words_of_help(run, sentence):
    assert _contacts(run(f"Title\n\n{sentence}")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Please do not contact the hospital switchboard (0113 496 0700) with information; call 101.",
        "Do not call the ward on 0113 496 0701 with concerns; call 101 instead.",
    ],
)
def test_a_contact_the_text_warns_off_is_left_out_even_beside_words_of_help(run, sentence):
    assert _contacts(run(f"Title\n\n{sentence}")) == ["101"]


@pytest.mark.parametrize(
    ("sentence", "contact"),
    [
        (
            "To report a fake website, e-mail report@fernley-tradingstandards.gov.uk.",
            "report@fernley-tradingstandards.gov.uk",
        ),
        ("Report scam adverts to the council's fraud line on 0161 496 0813.", "0161 496 0813"),
        (
            "If you have been contacted by someone claiming to be from the bank, call the bank's fraud team on "
            "0161 496 0812.",
            "0161 496 0812",
        ),
    ],
)
def test_a_route_for_reporting_the_scheme_is_kept(run, sentence, contact):
    assert contact in _contacts(run(f"Title\n\n{sentence}"))
