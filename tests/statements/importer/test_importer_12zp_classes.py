"""The 12zp fix round (holdouts 12zp and 12zq): what criminals or their letters tell people to do, in the present
tense, is described; a contact "by media" is the media's; complaints about a named body's service and a report to
be published are business; advice for organisations is an advice page; "genuine charities" checks nothing; a
said-verb is never a role, and "Our head of X, Name," gives the role. The texts are invented, each with a
negative."""

from __future__ import annotations

from extracted_views import contacts as _contacts

from statements.importer.offer_gate import HARM
from statements.importer.offers import judge
from statements.importer.purposes import offered_for_business


def test_what_the_letters_tell_residents_to_do_is_described():
    verdict = judge(
        "They tell residents to pay at ",
        " or to ring the desk.",
        "The letters claim a fine is overdue and threaten court action.",
        False,
        mobile=False,
        after=" or to ring the desk.",
        web=True,
    )
    assert not verdict.offered and verdict.why.startswith("what criminals")


def test_the_messages_ask_recipients_to_call_is_described():
    verdict = judge("The messages ask recipients to call ", " to stop a payment.", "", False, mobile=False, after=".")
    assert not verdict.offered and verdict.why.startswith("what criminals")


def test_they_ask_residents_to_call_without_talk_of_criminals_is_not_described():
    verdict = judge(
        "They ask residents to call ", ".", "Crews will visit the estate on Monday.", False, mobile=False, after="."
    )
    assert not verdict.why.startswith("what criminals")


def test_police_telling_residents_to_report_is_still_a_route(run):
    got = run(
        "Title\n\nA warning has been issued about bogus texts.\n\n"
        "Anyone who has lost money should report it to Action Fraud on 0300 123 2040."
    )
    assert _contacts(got) == ["0300 123 2040"]


def test_a_contact_by_media_is_not_a_route(run):
    got = run(
        "Title\n\nAn inquest has concluded into the death of a man in custody.\n\n"
        "The family's lawyer can be contacted by media on 020 7946 0992."
    )
    assert _contacts(got) == []


def test_a_line_for_the_public_after_social_media_is_still_a_route(run):
    got = run(
        "Title\n\nA man has been reported missing.\n\n"
        "Anyone who has seen him, including in posts on social media, should call police on 01632 960903."
    )
    assert _contacts(got) == ["01632 960903"]


def test_complaints_about_a_named_bodys_service_are_business(run):
    got = run(
        "Title\n\nAn inquest has concluded into the death of a man in custody.\n\n"
        "Complaints about Northmere Police's service can be made at www.northmere.police.uk/complain."
    )
    assert _contacts(got) == []


def test_a_report_to_be_published_is_business(run):
    got = run(
        "Title\n\nAn inquiry into the death of a man in custody has ended.\n\n"
        "The watchdog's full report will be published at www.example-watchdog.org.uk/reports once all proceedings "
        "are complete."
    )
    assert _contacts(got) == []


def test_a_report_line_beside_a_publication_is_still_a_route(run):
    got = run(
        "Title\n\nAn inquiry into the death of a man in custody has ended.\n\n"
        "Anyone with information about the incident should call 01632 960904."
    )
    assert _contacts(got) == ["01632 960904"]


def test_advice_for_organisations_is_an_advice_page():
    left = "The Heritage Metals Trust has guidance for church councils on marking metal at "
    assert offered_for_business(left, ".", web=True) == "an advice page"


def test_a_theft_reported_online_is_still_a_route(run):
    got = run(
        "Title\n\nBronze plaques were stolen from a memorial.\n\n"
        "Anyone offered the plaques should report it to police at www.northmere.police.uk/report."
    )
    assert _contacts(got) == ["www.northmere.police.uk/report"]


def test_genuine_charities_check_nothing():
    assert not HARM.search("Residents can give old shoes to genuine charities at the council's banks; a list is at")


def test_checking_a_caller_is_genuine_is_still_a_route(run):
    got = run(
        "Title\n\nBogus collectors have been calling at homes.\n\n"
        "If you are unsure whether a collector is genuine, call the council on 01632 960905."
    )
    assert _contacts(got) == ["01632 960905"]


def test_a_said_verb_is_never_a_role_and_our_gives_the_role(run):
    got = run('Title\n\nOur deputy head, Mrs Ana Petrova, added: "We want every pupil to feel safe here. Talk to us."')
    assert [(q.speaker, q.role) for q in got.quotes] == [("Ana Petrova", "deputy head")]


def test_a_name_before_said_keeps_no_role(run):
    got = run('Title\n\nMrs Ana Petrova added: "We want every pupil to feel safe here. Talk to us."')
    assert [(q.speaker, q.role) for q in got.quotes] == [("Ana Petrova", None)]
