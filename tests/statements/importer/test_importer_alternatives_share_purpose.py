"""Alternatives of one offer share its purpose: a contact joined by "or" and a way of getting in touch to one left
out for business or a look-up ("at www…register… or on 0800 …") is left out with it, before or after it. The
texts are invented, each with a negative."""

from __future__ import annotations

from extracted_views import contacts


def test_a_phone_given_as_the_alternative_to_a_register_look_up_is_left_out(run, rules_only):
    got = run(
        """
        Chimney fire warning in Ashby Vale

        Before anyone sweeps your chimney, check that they are on the Sweeps Register at
        www.sweepsregister.org.uk or on 01632 960455.
        """
    )
    assert contacts(got) == []
    assert any("alternative to www.sweepsregister.org.uk" in note for note in got.notes)


def test_a_phone_given_before_a_register_look_up_is_left_out_too(run):
    got = run(
        """
        Chimney fire warning in Ashby Vale

        Before anyone sweeps your chimney, check that they are registered on 01632 960455 or at
        www.sweepsregister.org.uk.
        """
    )
    assert contacts(got) == []


def test_a_phone_given_as_the_alternative_to_a_donations_page_is_left_out(run):
    got = run(
        """
        Rescue team thanks Brinwell walkers

        You can give to the team at www.brinwellrescue.org.uk/donate or by calling 01632 960470.
        """
    )
    assert contacts(got) == []


def test_a_report_line_before_a_second_offer_for_business_is_kept(run):
    got = run(
        """
        Appeal after break-ins at Tarnbury allotments

        Anyone with information should call the Tarnbury rural crime team on 01632 960480. You can support the
        allotment society at www.tarnburyallotments.org.uk/donate.
        """
    )
    assert contacts(got) == ["01632 960480"]


def test_a_phone_beside_a_named_mailbox_in_a_sentence_for_reports_is_kept(run):
    got = run(
        """
        Appeal after break-ins at Tarnbury allotments

        Anyone with information should report it to the allotment society's security officer on 01632 960481 or at
        shop@tarnburyallotments.org.uk.
        """
    )
    assert "01632 960481" in contacts(got)


def test_contacts_joined_by_more_than_a_way_of_getting_in_touch_are_not_alternatives(run):
    got = run(
        """
        Chimney fire warning in Ashby Vale

        Check a sweep is on the register at www.sweepsregister.org.uk, or report a rogue sweep to trading standards
        on 01632 960490.
        """
    )
    assert contacts(got) == ["01632 960490"]
