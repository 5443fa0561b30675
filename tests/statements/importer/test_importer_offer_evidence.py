"""Evidence that a contact is offered for reporting or help must be tied to the contact's own offer (issue 17,
the seventh December 2026 holdout's false routes): topical words beside it (police, safety, crime, fraud,
missing, victims, advice page) are not enough; a contact given for other business (a talk, a booking for
schools, volunteering, a newsletter, a reward, a look-up register, an advice page) is left out whatever words
of help stand beside it; a private person's own contact and a number a scam call came from are not routes.
Registry services still need no evidence. The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(paragraph: str) -> str:
    return f"Title\n\nThieves stole lead from St Anne's church roof in Harwell on Sunday night.\n\n{paragraph}"


@pytest.mark.parametrize(
    "sentence",
    [
        "The parish safety officer can be reached on 01632 960 720.",
        "The crime prevention newsletter is at www.harwell.gov.uk/crimenews.",
        "The police museum in Harwell is open on weekdays, 01632 960 721.",
        "The fraud team's annual review is published at www.harwellpolice.uk/review2026.",
    ],
)
def test_a_topical_word_beside_a_contact_is_not_evidence_of_an_offer(run, sentence):
    assert _contacts(run(_text(sentence))) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Community groups can book a free scam awareness talk by e-mailing talks@harwell.police.uk.",
        "Schools can book a free road safety session on 01632 960 722.",
        "Crime prevention workshops for businesses can be booked at www.harwell.gov.uk/workshops.",
        "For details of the next crime prevention event, call 01632 960 731.",
    ],
)
def test_a_talk_or_session_booked_by_groups_is_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_a_home_safety_visit_booked_by_a_resident_is_still_a_route(run):
    got = run(_text("Residents can book a free home fire safety visit on 01632 960 723."))
    assert _contacts(got) == ["01632 960 723"]


def test_volunteering_to_help_a_group_is_not_a_route(run):
    got = run(_text("People who would like to help the Friends of Harwell Green can e-mail fohg@greenmail.org.uk."))
    assert _contacts(got) == []


def test_help_given_to_the_police_is_still_evidence(run):
    got = run(_text("Anyone who can help the police trace the van should call the incident room on 01632 960 724."))
    assert _contacts(got) == ["01632 960 724"]


@pytest.mark.parametrize(
    "sentence",
    [
        "More home security advice is on the force website at www.harwellpolice.uk/secure.",
        "Tips on keeping sheds safe are available at www.harwell.gov.uk/sheds.",
        "Information about the hub's opening hours is at www.harwellhub.org.uk.",
        "Parents can read the force's online safety advice at www.harwellpolice.uk/onlinesafety.",
    ],
)
def test_a_general_advice_page_is_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_a_page_for_reporting_is_a_route_even_when_it_carries_advice(run):
    got = run(_text("Advice and a form to report a theft are at www.harwellpolice.uk/report."))
    assert _contacts(got) == ["www.harwellpolice.uk/report"]


def test_signing_up_for_alerts_is_not_a_route(run):
    got = run(_text("Residents can sign up for free crime alerts at www.harwell.gov.uk/alerts."))
    assert _contacts(got) == []


def test_an_owners_own_mobile_and_reward_site_are_not_routes(run):
    got = run(
        _text(
            "Mr Dale has asked anyone who sees his cat Biscuit to contact him directly on 07700 900 725, and a "
            "£500 reward has been offered via www.findbiscuit.co.uk."
        )
    )
    assert _contacts(got) == []


def test_an_officers_direct_line_is_still_a_route(run):
    got = run(_text("Anyone with information can contact DC Ruth Marr directly on 01632 960 726."))
    assert _contacts(got) == ["01632 960 726"]


def test_a_public_register_looked_up_is_not_a_route(run):
    got = run(_text("Buyers can check whether a scrap dealer is licensed on the council's public register at "
                    "www.harwell.gov.uk/scrapregister."))  # fmt: skip
    assert _contacts(got) == []


@pytest.mark.parametrize(
    "sentence",
    [
        'One man lost £900 after receiving a call from "the bank security team" on 0161 496 0727.',
        "She then had a call from a man claiming to be a detective on 0161 496 0728.",
    ],
)
def test_the_number_a_scam_call_came_from_is_not_a_route(run, sentence):
    assert _contacts(run(f"Title\n\nFraudsters are calling pensioners in Harwell.\n\n{sentence}")) == []


@pytest.mark.parametrize(
    ("sentence", "contact"),
    [
        ("Victims of the scam can call the council's consumer team on 01632 960 729.", "01632 960 729"),
        ("Scrap merchants who are offered lead should contact the heritage crime team at lead@harwellpolice.uk.",
         "lead@harwellpolice.uk"),
        ("Anyone approached by the men should call Trading Standards on 01632 960 730.", "01632 960 730"),
        ("The rural crime team can be e-mailed at rural@harwellpolice.uk.", "rural@harwellpolice.uk"),
        ("- **Safe Homes**, for elder abuse and neglect: 0800 999 7310", "0800 999 7310"),
    ],
)  # fmt: skip
def test_a_contact_offered_to_those_harmed_or_to_a_crime_team_is_a_route(run, sentence, contact):
    assert _contacts(run(_text(sentence))) == [contact]


def test_a_registry_route_needs_no_evidence(run):
    got = run(_text("Crimestoppers can be reached on 0800 555 111."))
    assert "0800 555 111" in _contacts(got)


@pytest.mark.parametrize(
    ("sentence", "contact"),
    [
        ("Officers are keen to hear from anyone who saw the crash; call 01632 960 732.", "01632 960 732"),
        ("The van was seen in Mill Lane, and officers would like to hear from its driver on 01632 960 733.",
         "01632 960 733"),
    ],
)  # fmt: skip
def test_evidence_in_an_earlier_clause_of_the_sentence_still_counts(run, sentence, contact):
    assert _contacts(run(_text(sentence))) == [contact]


def test_a_general_find_out_more_page_is_left_out_by_the_veto(run):
    # the brief's settled conventions: general "find out more" pages are not routes; since 7 December a contact
    # whose sentence names no reporting act must score the model's higher threshold (route_model)
    got = run(_text("To find out more about the support available, visit www.harwellcares.org.uk."))
    assert _contacts(got) == []
    assert any("not clearly offered for reporting" in note and "www.harwellcares.org.uk" in note for note in got.notes)


def test_the_same_page_offered_for_reporting_concerns_is_a_route(run):
    got = run(_text("To report concerns about a vulnerable adult, visit www.harwellcares.org.uk."))
    assert _contacts(got) == ["www.harwellcares.org.uk"]
