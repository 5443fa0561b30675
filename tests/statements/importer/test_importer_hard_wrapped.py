"""Hard-wrapped press text (paragraphs broken into lines of 70-115 characters) reads as if it were not wrapped.

The texts here are invented. The oracle test wraps every fixture's prose at 72 characters and expects the same
routes and quotes as the fixture as written.
"""

from __future__ import annotations

import re
import textwrap

import pytest
from importer_scoring import fixture_paths

from statements.importer import Extracted, extract, read_press_file
from statements.importer.text import unwrap

_STRUCTURE = re.compile(r"^\s*(?:#|\||>|!\[)")
_ITEM = re.compile(r"^(\s*(?:[-*•]|\d{1,2}[.)])\s+)")


def _wrapped(text: str, width: int = 72) -> str:
    """The text with every long prose line and list item hard-wrapped at ``width`` (the title line kept)."""
    lines = text.replace("\r\n", "\n").split("\n")
    out = lines[:1]
    for line in lines[1:]:
        if len(line) <= width or _STRUCTURE.match(line):
            out.append(line)
            continue
        item = _ITEM.match(line)
        indent = " " * len(item.group(1)) if item else ""
        out.extend(textwrap.wrap(line, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def _read(found: Extracted) -> tuple[list[tuple], list[tuple]]:
    routes = [(r.name, r.phone, r.url, r.email, r.route_id) for r in found.reporting_routes]
    quotes = [(" ".join(q.text.split()), q.speaker, q.role) for q in found.quotes]
    return routes, quotes


def test_a_route_split_across_a_wrap_is_found(run):
    found = run(
        """
        Warning after fake parcel texts reach Hollowmere residents

        Residents of Hollowmere have been sent texts claiming a parcel could not be delivered and asking for a fee.
        If you have received one of these messages, you can forward it free of charge to the Suspicious Email and
        Text Line on 7726, or report a loss to Action Fraud on
        0300 123 2040.
        """
    )
    phones = {r.phone for r in found.reporting_routes}
    assert {"7726", "0300 123 2040"} <= phones


def test_a_quote_and_its_attribution_across_a_wrap_are_read_together(run):
    found = run(
        """
        Canal towpath reopens in Brinwell after flood repairs

        "The towpath is safe again and we are grateful to everyone who waited patiently while the repairs were done," said
        Councillor Mariam Okafor, cabinet member for transport at Brinwell Borough Council.
        """
    )
    assert len(found.quotes) == 1
    quote = found.quotes[0]
    assert quote.text.startswith("The towpath is safe again")
    assert quote.speaker == "Mariam Okafor"
    assert quote.role and "cabinet member for transport" in quote.role


def test_an_attribution_broken_after_of_before_its_quote_on_the_next_line_is_read(run):
    found = run(
        """
        Harbour wall to be repaired after storm damage

        Work to repair the harbour wall at Saltby will start next month, the council has confirmed.

        Inspector Joan Merrow, of
        Saltby Constabulary's coastal policing team, said:
        "Please keep off the damaged section of the wall until the repairs are finished. It is not safe to walk on
        and the sea can reach it without warning."
        """
    )
    assert [(q.speaker, q.role) for q in found.quotes] == [
        ("Joan Merrow", "Inspector, Saltby Constabulary's coastal policing team")
    ]


def test_a_line_ending_in_a_lower_case_word_before_a_said_line_is_joined_but_a_full_stop_is_not():
    broken = "Councillor Ravi Patel, the council's\ncabinet member for housing and homelessness, said:"
    assert unwrap(broken) == "Councillor Ravi Patel, the council's cabinet member for housing and homelessness, said:"
    ended = "The scheme opened in May.\nRavi Patel, the council's cabinet member for housing and homelessness, said:"
    assert unwrap(ended) == ended


def test_a_list_item_takes_its_indented_continuation():
    paragraph = (
        "- Call the Fenbridge Council out-of-hours team on 0161 496 0722 if a neighbour's alarm keeps sounding\n"
        "  after midnight or you think someone inside may need help.\n"
        "- Email noise@fenbridge.gov.uk for anything else."
    )
    assert unwrap(paragraph).split("\n") == [
        "- Call the Fenbridge Council out-of-hours team on 0161 496 0722 if a neighbour's alarm keeps sounding "
        "after midnight or you think someone inside may need help.",
        "- Email noise@fenbridge.gov.uk for anything else.",
    ]


def test_a_wrapped_sentence_is_one_line_and_short_lines_stay():
    wrapped = (
        "Anyone who saw the collision on the B4420 near Ashcott on Sunday evening is asked to contact the\n"
        "Ravendale Police appeal line, quoting reference 88."
    )
    assert "\n" not in unwrap(wrapped)
    sign_off = (
        '"We are grateful to everyone who came forward after our first appeal, and we still need to hear from you."\n'
        "Sergeant Tom Hale\nRavendale Police roads policing unit"
    )
    assert unwrap(sign_off) == sign_off


def test_list_items_on_consecutive_lines_stay_items_and_a_label_line_stays_a_line():
    items = (
        "- Ravendale Police on 101, or 999 if a crime is in progress and someone is in danger right now\n"
        "- Crimestoppers anonymously on 0800 555 111, or online through the form on its website at any time"
    )
    assert unwrap(items) == items
    labels = (
        "If you are worried about a relative living in a care home anywhere in the borough, contact the council\n"
        "Adult safeguarding: 0117 496 0342 (open from 8am to 6pm on weekdays, and 10am to 2pm at weekends)\n"
        "Age UK Advice Line: 0800 678 1602"
    )
    assert unwrap(labels).split("\n")[1:] == labels.split("\n")[1:]


@pytest.mark.parametrize(
    "path", fixture_paths("dev") + fixture_paths("holdout"), ids=lambda p: f"{p.parent.name}/{p.stem}"
)
def test_a_fixture_hard_wrapped_at_72_gives_the_same_routes_and_quotes(path, routes, topics):
    text = read_press_file(path)
    assert _read(extract(_wrapped(text), routes, topics)) == _read(extract(text, routes, topics))
