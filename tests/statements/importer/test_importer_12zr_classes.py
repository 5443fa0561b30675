"""The 12zr fix round (holdouts 12zr and 12zs): complaints about an organisation's own service of any kind are
business; "genuine" before an account checks nothing; supporting a named organisation is donating to it; a
registry short code leading a bare line is offered; "E-mail … to" opening a list item is where reports go. The
texts are invented, each with a negative."""

from __future__ import annotations

from extracted_views import contacts as _contacts

from statements.importer.offer_gate import HARM
from statements.importer.purposes import offered_for_business


def test_complaints_about_our_kind_of_service_are_customer_service():
    left = "Complaints about our community dental service can be made through the patient experience team at "
    assert offered_for_business(left, ".", web=False) == "customer service"


def test_complaints_about_the_trusts_staff_are_customer_service():
    left = "Complaints about the trust's nursing staff can be sent to "
    assert offered_for_business(left, ".", web=False) == "customer service"


def test_complaints_about_antisocial_behaviour_are_not_customer_service():
    left = "Complaints about antisocial behaviour on the estate can be made to the community safety team at "
    assert offered_for_business(left, ".", web=False) != "customer service"


def test_genuine_before_an_account_checks_nothing():
    assert not HARM.search("Tenants can log in to their genuine rent account at")


def test_checking_whether_a_letter_is_genuine_still_counts():
    assert HARM.search("If you are not sure a letter is genuine, call")


def test_supporting_a_named_organisation_is_donating():
    left = "To support Kestrel Vale Mountain Rescue, visit "
    assert offered_for_business(left, ".", web=True) == "donations"


def test_supporting_victims_is_not_donating():
    assert offered_for_business("To support victims of the flood, call ", ".", web=False) != "donations"


def test_supporting_a_police_investigation_is_not_donating():
    assert offered_for_business("To support Marlow Police, call ", ".", web=False) != "donations"


def test_a_bare_line_led_by_999_is_offered(run):
    got = run(
        """\
        Title

        A man was threatened outside a shop in the town centre on Friday.

        Useful numbers:
        Victim Support: 0808 168 9111
        999 if someone is in danger now
        """
    )
    assert "999" in _contacts(got)


def test_a_bare_line_counting_999_calls_is_not_offered(run):
    got = run("Title\n\nThe control room was busy over the weekend.\n\n999 calls rose by a tenth in November.")
    assert _contacts(got) == []


def test_an_email_command_in_a_numbered_list_is_offered(run):
    got = run(
        """\
        Title

        Patients are being sent fake texts about prescriptions.

        1. Do not click any link in the text.
        2. E-mail suspicious messages to report@phishing.gov.uk.
        """
    )
    assert "report@phishing.gov.uk" in _contacts(got)


def test_an_email_sent_with_a_link_to_is_not_offered(run):
    got = run(
        "Title\n\nResidents were sent fake messages.\n\n"
        "The e-mail included a link to claim-refund-now.com, which is not genuine."
    )
    assert _contacts(got) == []
