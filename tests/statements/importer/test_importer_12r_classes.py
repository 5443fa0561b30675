"""The classes behind the eighteenth December 2026 holdout's misses (issue 17, 12r): a recorded or automated
voice's script quoted, a number victims "were also told" to ring, a number "used by the fraudsters", a service
booked ("book it on"), a watch group joined or started, a recalls look-up, a form filled in beforehand and
downloaded, a recalls page, a list of accredited landlords, a bare "Call …" after a service offering help,
"linked offences", the family of someone described then named, a titled chair, a described tradesperson as
"he". The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(paragraph: str) -> str:
    return f"Title\n\nOfficers in Tarnside are warning residents after a series of incidents.\n\n{paragraph}"


@pytest.mark.parametrize(
    "lead_in",
    ["An automated voice says:", "A recorded voice tells people:", "A pre-recorded call warns:"],
)
def test_a_recorded_voice_s_script_is_nobody_s_quote(run, lead_in):
    got = run(_text(f'{lead_in} "This is the tax office. Your account has been frozen. Press 2 now."'))
    assert got.quotes == []


def test_a_person_after_a_recorded_voice_is_still_quoted(run):
    got = run(_text('Detective Sergeant Ama Boateng said: "Hang up on any voice that asks for money."'))
    assert [q.speaker for q in got.quotes] == ["Ama Boateng"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Several victims were also told to call back on 020 7946 0555.",
        "Some people were then told to ring 0161 496 0555 to settle the debt.",
        "Callers are asked to ring 0161 496 0556, which is a number used by the fraudsters.",
        "Ring 0161 496 0557, which was a line run by the scammers, was shut down on Friday.",
    ],
)
def test_a_number_victims_were_told_to_use_or_the_criminals_use_is_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_a_number_offered_to_the_reader_after_one_victims_were_told_to_ring_is_kept(run):
    text = _text(
        "Victims were also told to ring 020 7946 0555. Anyone who has been called should report it to the "
        "council's scams team on 0161 496 0558."
    )
    assert _contacts(run(text)) == ["0161 496 0558"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council's garden waste service collects for a fee; book it on 0161 496 0560.",
        "- Join or start a community roadwatch group: email roadwatch@tarnside.police.uk.",
        "Start a neighbourhood watch group by e-mailing watch@tarnside.police.uk.",
        "Anyone can check whether their toys have been recalled at www.safetoys.org.uk/recalls.",
        "The force encourages carers to fill in a missing person profile form, which can be downloaded at "
        "www.tarnside.police.uk/profile-form.",
    ],
)
def test_bookings_groups_recall_look_ups_and_forms_kept_in_advance_are_not_routes(run, sentence):
    assert _contacts(run(_text(sentence))) == []


@pytest.mark.parametrize(
    ("sentence", "route"),
    [
        ("To report a garden waste fire, call the council on 0161 496 0561.", "0161 496 0561"),
        ("Report a dangerous recalled toy still on sale to trading standards on 0161 496 0562.", "0161 496 0562"),
        (
            "Complete the online crime report form, which can be downloaded at www.tarnside.police.uk/report.",
            "www.tarnside.police.uk/report",
        ),
    ],
)
def test_reporting_routes_beside_them_are_kept(run, sentence, route):
    assert route in _contacts(run(_text(sentence)))


@pytest.mark.parametrize(
    ("paragraph", "wanted"),
    [
        (
            "Families worried about a child's fascination with knives can get confidential help from the "
            "council's Early Choices Scheme. Call 01632 960 590 or email earlychoices@tarnside.gov.uk and a "
            "youth worker will be in touch.",
            ["01632 960 590", "earlychoices@tarnside.gov.uk"],
        ),
        (
            "Tarnside Trading Standards runs a Doorstep Support Service for people who have been repeatedly "
            "targeted. Call 01632 960 591 for a free visit.",
            ["01632 960 591"],
        ),
        (
            "Information about this case or any linked offences can be sent to the force's fraud unit at "
            "fraudunit@tarnside.police.uk.",
            ["fraudunit@tarnside.police.uk"],
        ),
    ],
)
def test_a_bare_call_after_a_service_offering_help_and_linked_offences_are_routes(run, paragraph, wanted):
    assert _contacts(run(_text(paragraph))) == wanted


@pytest.mark.parametrize(
    "paragraph",
    [
        "The council's shop sells garden furniture. Call 01632 960 592 or email shop@tarnside.gov.uk.",
        "The gang ran a fake delivery firm. Call 01632 960 593 was printed on its vans.",
        "The messages were linked to a fake page at www.tarnside-refunds.co.uk.",
    ],
)
def test_a_bare_call_after_business_or_a_link_described_is_not_a_route(run, paragraph):
    assert _contacts(run(_text(paragraph))) == []


def test_recalls_page_in_a_sentence_checking_is_a_look_up_but_a_page_naming_reports_stays(run):
    look_up = _text("Anyone can check whether their heaters have been recalled at www.safeheat.org.uk/product-recalls.")
    assert _contacts(run(look_up)) == []
    reports = _text("- Report a dangerous product or check recalls at www.tarnside.gov.uk/product-reports-recalls")
    assert _contacts(run(reports)) == ["www.tarnside.gov.uk/product-reports-recalls"]


def _said(extracted) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in extracted.quotes]


def test_a_family_of_someone_described_then_named_is_that_person_s_family(run):
    got = run(_text('In a statement, the family of one of the patients, Edith Marlowe, said: "She was our world."'))
    assert _said(got) == [("The family of Edith Marlowe", "family statement")]


def test_a_named_person_after_a_family_member_is_still_the_speaker(run):
    got = run(_text('Her son, Peter Marlowe, said: "She was our world."'))
    assert [s for s, _ in _said(got)] == ["Peter Marlowe"]


def test_a_titled_person_who_chairs_a_body_keeps_the_chair_in_the_role(run):
    got = run(_text('Councillor Nina Hurst, who chairs the Safer Tarnside Board, said: "We accept the findings."'))
    [(speaker, role)] = _said(got)
    assert speaker == "Nina Hurst" and "chair, Safer Tarnside Board" in (role or "")


def test_a_titled_person_who_leads_a_team_gets_no_chair(run):
    got = run(_text('Inspector Nina Hurst, who leads the Tarnside team, said: "We accept the findings."'))
    [(speaker, role)] = _said(got)
    assert speaker == "Nina Hurst" and "chair" not in (role or "")


def test_a_list_of_accredited_landlords_is_a_look_up(run):
    text = _text(
        "The college's housing office lists accredited landlords at [tarnside.ac.uk/homes](https://tarnside.ac.uk/homes)."
    )
    assert _contacts(run(text)) == []


def test_he_after_a_described_tradesperson_s_reported_speech_is_that_tradesperson(run):
    got = run(
        _text(
            'The homeowner, Gail Prentice, said: "We never thought about it."\n\n'
            "A plumber who helps the council's safety team said many old boilers were never serviced. "
            '"If the flame is yellow, turn it off," he said.'
        )
    )
    assert _said(got)[1][0] is None and "plumber" in (_said(got)[1][1] or "")


def test_he_after_a_named_man_s_quote_in_the_same_paragraph_stays_with_him(run):
    got = run(_text('Gas engineer Tom Reed said: "Get it checked." "It takes ten minutes," he said.'))
    assert [s for s, _ in _said(got)] == ["Tom Reed", "Tom Reed"]
