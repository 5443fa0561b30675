"""The 13g-13j route round: the object of an offer decides what a contact is for (membership, people asked to
take part, an elected member's casework, a complaint about the body itself, a booking, a look-up, an animal to
adopt), a bare imperative serves the clause before it, a hard-wrapped line is no "Label:" line, a call the
narrative tells of is no offer, and a criminal word naming the party addressed or what a list item reports
leaves the offer standing. The texts are invented, each class with a negative."""

from __future__ import annotations

from extracted_views import contacts

HEAD = """
        Sheds broken into

        Thieves took tools and bicycles from sheds in Dunmoor overnight, Dunmoor Police said.

"""


def test_a_group_welcoming_new_members_is_membership(run):
    got = run(
        HEAD
        + """
        Dunmoor Carers Circle, which has been supporting the victims, meets weekly and welcomes new members: hello@dunmoorcircle.org.uk.
    """
    )
    assert contacts(got) == []


def test_people_asked_to_volunteer_or_mentor_are_not_a_route(run):
    got = run(
        HEAD
        + """
        The allotment society is seeking more volunteers to guard sheds against crime this winter; e-mail guards@dunmoorallotments.org.uk.

        Adults who would like to mentor teenagers at risk of offending can e-mail mentoring@dunmoorfoundation.org.uk.
    """
    )
    assert contacts(got) == []


def test_an_elected_members_casework_office_is_not_a_route(run):
    got = run(
        HEAD
        + """
        Constituents who want help with casework can contact the office of Priya Shah MP on 020 7946 0555.
    """
    )
    assert contacts(got) == []


def test_a_complaint_about_nothing_named_is_about_the_body(run):
    got = run(
        HEAD
        + """
        **What if I'm unhappy with how my case was dealt with?**

        You can make a complaint at www.dunmoorhomes.org.uk/feedback.
    """
    )
    assert contacts(got) == []


def test_a_look_up_and_an_animal_to_adopt_are_not_routes(run):
    got = run(
        HEAD
        + """
        To check whether a mower, strimmer or charger has been recalled, search the recall list at www.dunmoorrecalls.org.uk.

        Dogs that are not claimed will be offered for adoption through Moor Dogs Trust at www.moordogs.org.uk/rehome.
    """
    )
    assert contacts(got) == []


def test_a_hard_wrapped_line_is_no_label_line(run):
    got = run(
        HEAD
        + """
        Ponies that are not claimed by their owners within a fortnight will be
        offered for adoption through the Dunmoor Pony Sanctuary and Rescue
        Centre: www.dunmoorponies.org.uk/adopt.
    """
    )
    assert contacts(got) == []


def test_a_call_the_narrative_tells_of_is_no_offer(run):
    got = run("""
        Cyclist injured

        A cyclist was hurt on Mill Road on Friday. A neighbour called 999 and officers were called on 999 again later. Anyone who saw the crash should call Dunmoor Police on 101.
    """)
    assert contacts(got) == ["101"]


def test_a_number_offered_after_a_narrated_call_is_kept(run):
    got = run("""
        Cyclist injured

        A cyclist was hurt on Mill Road on Friday. A neighbour called 999. If someone is in danger, call 999.
    """)
    assert contacts(got) == ["999"]


def test_the_party_addressed_and_the_thing_reported_are_not_the_offerers(run):
    got = run(
        HEAD
        + """
        Second-hand dealers who are offered cheap tools should call Dunmoor Police's rural crime team on 01632 960555.

        - **Fake parking signs:** tell the council's highways team on 01632 960556 so they can be taken down
    """
    )
    assert contacts(got) == ["01632 960555", "01632 960556"]


def test_a_number_handed_out_by_criminals_stays_out(run):
    got = run(
        HEAD
        + """
        The fake callers, who said they were from the bank, told victims to ring 01632 960557.
    """
    )
    assert contacts(got) == []


def test_a_report_line_and_a_booked_safety_visit_stay_routes(run):
    got = run(
        HEAD
        + """
        Home fire safety visits: 01632 960558 or www.dunmoorfire.gov.uk/safetyvisit
        Product recalls: check whether a heater has been recalled at www.dunmoorrecalls.org.uk

        If you are worried about a scam, e-mail scams@dunmoor.gov.uk.
    """
    )
    assert contacts(got) == ["01632 960558", "scams@dunmoor.gov.uk"]
