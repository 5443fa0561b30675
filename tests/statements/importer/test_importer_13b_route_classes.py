"""The 13b route fix round: a contact's sentence that says nothing of what it is for ("Call … or book at …")
completes the offer its paragraph made before it (a safety visit or help: a route; a talk for groups: business);
a hard-wrapped line ending mid-sentence goes on into a phone number that opens the next line, the number kept
whole. The texts are invented, each class with a negative."""

from __future__ import annotations

from extracted_views import contacts

from statements.importer.completions import bare
from statements.importer.text import unwrap

# Completing the offer of the paragraph


def test_a_bare_call_or_book_sentence_completes_a_safety_visit_offered_before_it(run):
    got = run(
        """
        Kitchen fire warning after blaze in Westmere

        FREE HOME FIRE SAFETY VISITS
        Anyone who lives alone or cares for an older neighbour can ask for a free home fire safety visit. Crews
        will test smoke alarms, fit new ones where needed and agree an escape plan with you. Call 01632 960412
        or book at www.westmerefire.gov.uk/homevisit.
        """
    )
    assert contacts(got) == ["01632 960412", "www.westmerefire.gov.uk/homevisit"]


def test_call_to_book_one_completes_a_safe_and_well_visit_two_sentences_back(run):
    got = run(
        """
        Fire service offers winter checks in Tarnbury

        The service offers Safe and Well visits to residents over 65. Staff check heaters. They test alarms too. Call 01632 960377 to book one.
        """
    )
    assert contacts(got) == ["01632 960377"]


def test_a_bare_call_completes_help_offered_before_a_description(run):
    got = run(
        """
        Carers centre opens new base in Hollowmere

        The Hollowmere Carers Centre gives free advice and support to unpaid carers. Its advisers can also visit at
        home. Call 01632 960588.
        """
    )
    assert contacts(got) == ["01632 960588"]


def test_call_to_book_after_a_talk_offered_stays_out_as_business(run):
    got = run(
        """
        Cooking safety talks for Brinwell groups

        The fire service gives free cooking safety talks to community groups. Crews cover chip pans, smoke alarms
        and what to do if a pan catches fire. Call 01632 960530 to book.
        """
    )
    assert contacts(got) == []
    assert any("talks and visits for groups" in note and "01632 960530" in note for note in got.notes)


def test_call_or_book_online_after_a_demonstration_offered_stays_out(run):
    got = run(
        """
        Fire service visits Larkhill schools

        Schools can ask for a free demonstration of what happens when water meets burning oil. Call 01632 960531
        or book online at www.larkhillfire.gov.uk/demos.
        """
    )
    assert contacts(got) == []


def test_a_sentence_naming_its_own_business_is_not_bare(run):
    got = run(
        """
        Fire safety visits resume in Ashby Vale

        The service has resumed free home fire safety visits for older residents. To volunteer as a visitor, call
        01632 960533.
        """
    )
    assert contacts(got) == []


def test_only_words_of_getting_in_touch_make_a_sentence_bare():
    assert bare("Call ", " or book at www.x.gov.uk/visits.")
    assert bare("To book one, call ", ".")
    assert not bare("To volunteer, call ", ".")
    assert not bare("For more information call ", ".")
    assert not bare("", ".")  # no word of getting in touch at all


# A phone number kept whole after a wrapped line


_WRAPPED = """
Stonebridge appeal after homophobic abuse on bus

Officers are appealing for witnesses after a man was shouted at and spat at
on the number 12 bus in Stonebridge on Friday evening. The driver stopped
the bus but the two men involved ran off towards the station car park.
Pride Network North runs a line for reporting hate incidents on
0161 496 0744.
"""


def test_a_wrapped_line_goes_on_into_a_phone_number_opening_the_next(run):
    got = run(_WRAPPED)
    assert contacts(got) == ["0161 496 0744"]


def test_unwrap_joins_a_phone_number_kept_whole_after_a_line_ending_mid_sentence():
    paragraph = (
        "Pride Network North runs a line for reporting hate incidents on\n"
        "0161 496 0744.\n"
        "Officers are appealing for witnesses after a man was shouted at and spat at."
    )
    assert unwrap(paragraph).split("\n") == [
        "Pride Network North runs a line for reporting hate incidents on 0161 496 0744.",
        "Officers are appealing for witnesses after a man was shouted at and spat at.",
    ]


def test_a_phone_number_under_a_line_ending_in_a_name_stays_on_its_own_line():
    paragraph = (
        "Issued by the Safer Stonebridge Partnership, Civic Centre, Market St\n"
        "0161 496 0100\n"
        "Officers are appealing for witnesses after a man was shouted at and spat at."
    )
    assert unwrap(paragraph) == paragraph


def test_a_criminals_number_after_a_wrap_is_still_described(run):
    got = run(
        """
        Warning over fake delivery texts in Stonebridge

        Residents across Stonebridge have received texts claiming a parcel is held and
        asking them to ring a customer line on
        0161 496 0999 to pay a redelivery fee. The messages are a scam.
        """
    )
    assert contacts(got) == []
