"""The route classes behind the misses of the third session's working sets (13m, 13n, 13o): a contact for a site's
opening information is business, the Silent Solution's "55" pressed on a silent 999 call is a route (the brief's
settled convention of 6 December 2026), and a link named by its service after a label offering footage is an offer.
The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts

from statements.phones import is_valid_phone

SILENT_SOLUTION = "silent-solution-55"


def _text(paragraph: str) -> str:
    return f"Title\n\nThe Brackley fair returns to Corden Park this weekend.\n\n{paragraph}"


def _ids(extracted) -> list[str | None]:
    return [r.route_id for r in extracted.reporting_routes]


# A site's opening information


@pytest.mark.parametrize(
    "sentence",
    [
        "The reservoir visitor centre is open daily from 10am. For opening information, call 0131 496 0301.",
        "Opening information: 0131 496 0302",
        "For opening details, visit www.cordenpark.org.uk/open.",
        "For information on when the museum is open, ring 0131 496 0304.",
        "For information on whether the nature reserve is still open after the storm, call 0131 496 0305.",
    ],
)
def test_a_contact_for_a_sites_opening_information_is_not_a_route(run, sentence):
    got = run(_text(sentence))
    assert _contacts(got) == []
    assert any("opening times, visiting" in note for note in got.notes)


@pytest.mark.parametrize(
    ("sentence", "contact"),
    [
        ("The helpline is open 24 hours a day on 0808 196 0307.", "0808 196 0307"),
        ("To check when the helpline is open, call 0808 196 0312 if you are worried about a child.", "0808 196 0312"),
        (
            "Text the welfare team during opening hours on 07700 900308 if you are worried about a child.",
            "07700 900308",
        ),
        ("Anyone who saw the boys on the ice before it opened should call 0131 496 0306.", "0131 496 0306"),
    ],
)
def test_a_line_that_is_open_or_is_reached_in_opening_hours_is_still_a_route(run, sentence, contact):
    assert _contacts(run(_text(sentence))) == [contact]


# The Silent Solution


@pytest.mark.parametrize(
    "paragraph",
    [
        "If you are in danger, call 999. If you cannot speak, listen to the operator and press 55 when prompted.",
        "- In an emergency, call **999**. If you can't speak, press **55** on a mobile.",
        "Always dial 999 and press 55 if you are unable to talk.",
        "In an emergency call 999; if you cannot speak, use the Silent Solution by pressing 55.",
        "1. Call 999 in an emergency.\n2. If you cannot speak, press 55 so the call is put through to the police.",
    ],
)
def test_press_55_on_a_silent_999_call_is_the_silent_solution(run, paragraph):
    got = run(_text(paragraph))
    assert _ids(got) == ["police-emergency-999", SILENT_SOLUTION]
    route = got.reporting_routes[1]
    assert (route.phone, route.name) == ("55", "Silent Solution (press 55)")


def test_a_list_line_labelled_silent_solution_is_the_silent_solution(run):
    assert _ids(run(_text("## Getting help\n\n- Silent Solution: 55\n- Police: 101"))) == [
        SILENT_SOLUTION,
        "police-non-emergency-101",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "A 55-year-old man was arrested after a 999 call. He was aged 55.",
        "Officers made 55 arrests and answered 999 calls.",
        "The number 55 bus was diverted after a 999 call about the crash.",
        "He was charged under section 55 of the Act after the 999 call.",
        "Calls to 999 fell 55 per cent.",
        "He was doing 55mph when a passer-by called 999.",
        "She called 999 and pressed 55 because she could not speak.",
        "She had been told to press 55 if she could not speak on a 999 call.",
        "Police told the press 55 people had called 999.",
        "Press 55 when the operator answers.",
        "Call the office on 0131 496 0333 and press 55 for accounts.",
    ],
)
def test_other_55s_are_never_the_silent_solution(run, sentence):
    assert SILENT_SOLUTION not in _ids(run(_text(sentence)))


def test_the_silent_solution_is_a_registry_route_with_its_code(routes):
    route = next(r for r in routes if r.id == SILENT_SOLUTION)
    assert (route.phone, route.urgency, route.aliases) == ("55", "emergency", ("Silent Solution",))
    assert is_valid_phone(route.phone)


# A link named by its service after a label


@pytest.mark.parametrize(
    ("item", "url", "name"),
    [
        (
            "- **Send us dashcam or helmet-cam footage:** [Operation Snap](https://www.brackley.police.uk/snap)",
            "https://www.brackley.police.uk/snap",
            "Operation Snap",
        ),
        (
            "* Footage of dangerous driving: [Road Safe portal](https://roadsafe.brackley.police.uk)",
            "https://roadsafe.brackley.police.uk",
            "Road Safe portal",
        ),
    ],
)
def test_a_link_named_by_its_service_after_a_label_offering_footage_is_a_route(run, item, url, name):
    (route,) = run(_text(f"## See it, report it\n\n{item}")).reporting_routes
    assert (route.url, route.name) == (url, name)


@pytest.mark.parametrize(
    "item",
    [
        "- **Our history:** [Brackley Fair](https://www.brackleyfair.org.uk)",
        "- **Tickets:** [Brackley Fair](https://www.brackleyfair.org.uk/tickets)",
        "- **Photos from the day:** [Flickr album](https://www.flickr.com/brackleyfair)",
        "- **Watch the footage of the rescue:** [YouTube](https://www.youtube.com/watch?v=brackley)",
        "- **Watch the footage of the rescue:** https://www.youtube.com/watch?v=brackley",
    ],
)
def test_a_link_after_a_label_for_other_business_or_pictures_to_watch_is_not_a_route(run, item):
    assert _contacts(run(_text(f"## More\n\n{item}"))) == []
