"""Contacts on the lines below a media heading that opens their paragraph ("Media enquiries:" then "North Vale
Police: 0113 …") are journalists' contacts, whatever labels their own lines; the reporting line in the paragraph
before is still a route, and a heading for the public is no media heading. The texts are invented (issue 17;
blind 14j's media lines)."""

from __future__ import annotations

from extracted_views import contacts

HEAD = "Paramedic assaulted\n\nA paramedic was assaulted in Redwell on Saturday.\n\nAnyone with information should call 101.\n\n"


def test_lines_below_a_media_enquiries_heading_are_for_journalists(run):
    got = run(
        HEAD
        + "Media enquiries:\nNorth Vale Ambulance Service: 01632 960 600 (24 hours)\nNorth Vale Police: 01632 960 871"
    )
    assert contacts(got) == ["101"]


def test_lines_below_a_bold_press_contacts_heading_are_for_journalists(run):
    got = run(HEAD + "**PRESS CONTACTS**\n- North Vale Police: 01632 960 871\n- Redwell Council: 01632 960 872")
    assert contacts(got) == ["101"]


def test_lines_below_a_heading_for_the_public_are_still_routes(run):
    got = run(
        HEAD + "Where to get help:\nNorth Vale Victim Care: 01632 960 873\nRedwell Council safeguarding: 01632 960 874"
    )
    assert contacts(got) == ["101", "01632 960 873", "01632 960 874"]
