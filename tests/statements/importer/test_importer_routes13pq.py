"""The classes behind the misses of the 13p/13q sets: details of a club's meeting asked for by a bare "for details,
e-mail X", help finding work, a private party's own number shared, a page where animals "can be seen" (no
sighting), warnings of a hazard (help about danger), and a name a caller gave himself in quotation marks (no
quote). The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(paragraph: str) -> str:
    return f"Title\n\nA pensioner in Holme Brigg was conned out of £900 by a doorstep caller last week.\n\n{paragraph}"


_REPORT = "Anyone with information should call Action Fraud on 0300 123 2040.\n\n"


# A meeting's details asked for by a bare imperative


@pytest.mark.parametrize(
    "sentence",
    [
        "Holme Brigg Hard of Hearing Group meets on Thursdays at the library; for details e-mail "
        "hello@holmebrigghoh.org.uk.",
        "The residents' coffee morning runs every Friday in the church hall; for more details, call 0113 496 0412.",
    ],
)
def test_a_meetings_details_asked_for_by_a_bare_imperative_are_business(run, sentence):
    assert _contacts(run(_text(_REPORT + sentence))) == ["0300 123 2040"]


def test_for_details_after_a_report_clause_is_still_a_route(run):
    sentence = "If you were targeted by the caller, please report it; for details call the fraud team on 0113 496 0412."
    assert _contacts(run(_text(sentence))) == ["0113 496 0412"]


# Help finding work


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents who want free help with CVs and interviews can call the council's jobs hub on 0113 496 0470.",
        "Anyone looking for help finding work can contact the employment support team at jobs@holmebrigg.gov.uk.",
    ],
)
def test_help_finding_work_is_business(run, sentence):
    assert _contacts(run(_text(_REPORT + sentence))) == ["0300 123 2040"]


def test_help_for_victims_of_a_job_scam_is_still_a_route(run):
    sentence = (
        "Anyone who paid a fee for a fake job can get free help from the council's scam victim line on 0113 496 0470."
    )
    assert _contacts(run(_text(sentence))) == ["0113 496 0470"]


# A private party's own number, shared


def _stolen(paragraph: str) -> str:
    return f"Title\n\nA van was stolen from a driveway in Holme Brigg last week.\n\n{paragraph}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Dale's family have shared a phone number, 07700 900641, on social media for sightings; police ask "
        "that information goes to them instead.",
        "His neighbours have posted their own mobile number, 07700 900641, online for sightings of the van.",
    ],
)
def test_a_number_a_private_party_shared_is_not_a_route(run, sentence):
    assert _contacts(run(_stolen(sentence))) == []


def test_a_number_a_charity_shared_for_sightings_is_still_a_route(run):
    sentence = "The charity has shared its sightings line, 0113 496 0455, for anyone who sees the missing dog."
    assert _contacts(run(_text(sentence))) == ["0113 496 0455"]


# "Can be seen on the page": a page to view, no sighting


def test_animals_that_can_be_seen_on_a_rehoming_page_are_not_a_route(run):
    sentence = "The two rescued ponies can be seen on the rehoming pages at www.holmebriggrescue.org.uk/horses."
    assert _contacts(run(_text(_REPORT + sentence))) == ["0300 123 2040"]


def test_anyone_who_has_seen_the_caller_is_still_invited_to_report(run):
    sentence = (
        "Anyone who has seen the man should contact the rescue's welfare team at www.holmebriggrescue.org.uk/report."
    )
    assert _contacts(run(_text(sentence))) == ["www.holmebriggrescue.org.uk/report"]


# Warnings of a hazard


@pytest.mark.parametrize(
    "sentence",
    [
        "For river flood warnings, call Floodline on 0345 988 1188.",
        "For severe weather warnings in your area, call the county resilience line on 0113 496 0499.",
    ],
)
def test_a_line_for_warnings_of_a_hazard_is_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == [sentence.split(" on ")[-1].rstrip(".")]


def test_signing_up_to_flood_alerts_by_email_is_still_business(run):
    sentence = "Residents can sign up for flood alerts by e-mail at www.holmebrigg.gov.uk/flood-alerts."
    assert _contacts(run(_text(_REPORT + sentence))) == ["0300 123 2040"]


# A name a caller gave himself


@pytest.mark.parametrize(
    "lead",
    [
        "The caller, who said his name was",
        "A woman introduced herself as",
        "The man, claiming to be",
    ],
)
def test_a_name_someone_gave_himself_in_quotation_marks_is_no_quote(run, lead):
    got = run(_text(f'{lead} "Sam from the security team", and asked for her card details.'))
    assert got.quotes == []


def test_a_sentence_quoted_after_a_naming_cue_with_a_said_line_is_still_a_quote(run):
    got = run(_text('Detective Sergeant Ruth Gale said: "He told her his name was Sam. He was lying."'))
    assert [q.speaker for q in got.quotes] == ["Ruth Gale"]
