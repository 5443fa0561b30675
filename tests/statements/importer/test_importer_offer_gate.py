"""The offer gate (statements/importer/offer_gate.py): after ``judge`` an unknown contact must still be offered to
the reader, for reporting, information about harm, or help. Each case left out has a matching sentence in the same
layout that the gate keeps (a real reporting line). The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts

from statements.importer import offer_gate


def _left_out(extracted, contact: str) -> bool:
    return contact not in _contacts(extracted) and any(contact in note for note in extracted.notes)


@pytest.mark.parametrize(
    ("left_out", "kept"),
    [
        # a party the text describes with the contact, not one offered to the reader
        (
            "Wildlife officers said they had also seen rare orchids offered for sale online through a shop calling "
            "itself www.wild-orchid-bargains.com, which is now under investigation.",
            "Anyone offered wild orchids for sale online should report the seller to the plant crime unit at "
            "www.harlowmere.gov.uk/plantcrime.",
        ),
        # reporting business ("report repairs") is not reporting harm
        (
            "Harlowmere Homes tenants can report repairs on 0121 496 0812.",
            "Harlowmere Homes tenants can report anti-social behaviour on 0121 496 0813.",
        ),
        # "information about fees" is business; information about a concern for someone's safety is not
        (
            "Relatives seeking information about day centre fees should call the council's finance team on "
            "0117 496 0311.",
            "Relatives worried about a resident's safety should call the council's adult safeguarding team on "
            "0117 496 0312.",
        ),
        # help with a group's surveys is volunteering; help for someone who found harm is a route
        (
            "The Marlow Heath Bat Group is looking for volunteers to help with its roost surveys; e-mail "
            "roosts@marlowheathbats.org.uk.",
            "The Marlow Heath Bat Group asks anyone who finds a damaged roost to get help quickly; e-mail "
            "roostcrime@marlowheathbats.org.uk.",
        ),
        # a look-up is not a route; a place concerns are reported is
        (
            "The regulator's inspection reports can be searched at www.carewatch-register.org.uk.",
            "Concerns about a care home can be reported to the regulator at www.carewatch-concerns.org.uk.",
        ),
    ],
)
def test_a_contact_not_offered_to_the_reader_for_harm_is_left_out_and_its_reporting_twin_kept(run, left_out, kept):
    gone = run(left_out)
    contact = left_out.split()[-1].rstrip(".") if "@" in left_out else None
    assert gone.reporting_routes == [], gone.reporting_routes
    # the gate's reason ("not offered to the reader"), or business.py's when it names the business first
    assert any("not" in note and ("reader" in note or "reporting route" in note) for note in gone.notes), gone.notes
    if contact:
        assert _left_out(gone, contact)
    assert len(run(kept).reporting_routes) == 1, run(kept).notes


def test_a_labelled_line_is_judged_by_its_label():
    lead_in = "Contacts for the harbour:\n"
    assert offer_gate.check("Harbour tours for schools: ", ".", lead_in) is not None
    assert offer_gate.check("Harbour security (suspicious activity): ", ".", lead_in) is None


def test_a_labelled_line_with_no_purpose_of_its_own_is_judged_by_its_lead_in():
    assert offer_gate.check("- Kestrel Quay office: ", "", "School tours and open days:\n") is not None
    assert offer_gate.check("- Kestrel Quay office: ", "", "If you see a vessel in danger:\n") is None


def test_a_heading_about_reporting_carries_the_harm_described_above_it(run):
    kept = run(
        """
        Mould can make children and older tenants seriously ill, and damp spreads quickly in winter.

        ## How do I report it?

        Call our repairs line on 0300 123 4410, or report it online with photos.
        """
    )
    assert _contacts(kept) == ["0300 123 4410"]
    gone = run(
        """
        The new kitchens will be fitted from March.

        ## How do I report it?

        Call our repairs line on 0300 123 4411, or report it online with photos.
        """
    )
    assert _contacts(gone) == []


def test_checking_whether_a_message_is_genuine_is_help(run):
    kept = run(
        "If you are unsure whether a text about your hospital appointment is genuine, contact our patient "
        "advice team on 0113 496 0921."
    )
    assert _contacts(kept) == ["0113 496 0921"]
    gone = run("Patients who want to change a hospital appointment can call the bookings team on 0113 496 0922.")
    assert _contacts(gone) == []


def test_the_switch_turns_the_gate_off(run, monkeypatch):
    monkeypatch.setattr(offer_gate, "ENABLED", False)
    assert _contacts(run("Harlowmere Homes tenants can report repairs on 0121 496 0812.")) == ["0121 496 0812"]
