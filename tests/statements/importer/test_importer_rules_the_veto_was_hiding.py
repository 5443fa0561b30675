"""Rule gaps the learned veto had been hiding, found when it was retrained with the 13a and 13b keys (issue 17):
a media line with a qualifier ("Media enquiries for the federation: … For the force: …"), a number that
circulates as a dealer's line, a concern about one's own care (PALS) and a label naming advice are not routes;
the reporting lines beside them still are. The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts


def _text(paragraph: str) -> str:
    return (
        "Closure order on Ferrow flat\n\n"
        "Police have closed a flat in Ferrow Court after reports of drug dealing and violence.\n\n"
        f"{paragraph}\n"
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "*Media enquiries for the trust: media@ferrowtrust.org.uk. For the force: 01632 960 601.*",
        "Residents said a phone number, 07700 900 602, was being passed around the estate as the line for buying "
        "drugs.",
        "Patients wishing to raise a concern about their care can contact PALS on 01632 960 603.",
        "* Moorland fire advice: www.ferrowfire.gov.uk/moorland",
    ],
)
def test_a_contact_for_the_media_a_dealer_or_other_business_is_not_a_route(run, paragraph):
    assert contacts(run(_text(paragraph))) == []


@pytest.mark.parametrize(
    ("paragraph", "contact"),
    [
        ("* Support and advice for victims: www.ferrowvictims.org.uk", "www.ferrowvictims.org.uk"),
        ("Anyone who sees drugs being sold should call the estate safety line on 01632 960 604.", "01632 960 604"),
        ("If you are worried about the care a relative receives at home, call the safeguarding team on "
         "01632 960 605.", "01632 960 605"),
    ],
)  # fmt: skip
def test_reporting_and_support_beside_them_are_still_routes(run, paragraph, contact):
    assert contacts(run(_text(paragraph))) == [contact]
