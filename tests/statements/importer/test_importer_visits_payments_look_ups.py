"""Contacts given for a visit, a payment, an organiser's information, a look-up of registered traders or a product
maker's customer support are not reporting routes; a registry route never takes a business page of its own site;
"a faulty appliance" names no fault for customer service (issue 17, the twelfth December 2026 holdout's false
routes and its missed emergency line). The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(body: str) -> str:
    return f"Title\n\nOfficers are asking anyone with information about thefts in Pellbrook to come forward.\n\n{body}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Museum opening times and parking information: 0161 496 0733.",
        "Winter fair stall information: 0161 496 0734 or www.pellbrookwinterfair.co.uk.",
        "Visitor centre enquiries and guided walks: www.pellbrookwoods.org.uk.",
    ],
)
def test_a_contact_for_opening_times_or_an_organisers_information_is_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_a_contact_used_during_opening_hours_is_still_a_route(run):
    got = run(_text("You can report concerns to the welfare team on 0161 496 0735 at any time during opening hours."))
    assert _contacts(got) == ["0161 496 0735"]


@pytest.mark.parametrize("path", ["visit", "payfpn", "pay", "opening-times"])
def test_a_page_for_visiting_or_paying_is_not_a_route(run, path):
    got = run(_text(f"Help and information for residents: www.pellbrook.gov.uk/{path}"))
    assert _contacts(got) == []


def test_a_contact_for_paying_a_fine_is_not_a_route(run):
    got = run(_text("- Pay a parking penalty notice online: www.pellbrook.gov.uk/parking-online"))
    assert _contacts(got) == []


def test_a_look_up_of_registered_installers_is_not_a_route(run):
    got = run(
        _text("Make sure a boiler engineer is registered; you can find a registered installer at www.fitsafe.org.uk.")
    )
    assert _contacts(got) == []


def test_checking_that_an_electrician_is_registered_is_a_look_up(run):
    got = run(_text("Check that an electrician is registered on the national scheme at www.sparkcheck.org.uk."))
    assert _contacts(got) == []


def test_a_product_makers_customer_support_line_is_not_a_route(run):
    got = run(_text("Owners who need a new key fob can call the manufacturer's support line on 0161 496 0736."))
    assert _contacts(got) == []


def test_a_faulty_appliance_does_not_make_an_emergency_line_customer_service(run):
    got = run(
        _text("If you think a faulty boiler is leaking fumes, call the Pellbrook Gas Emergency Line on 0800 496 0737.")
    )
    assert _contacts(got) == ["0800 496 0737"]


def test_a_registry_route_does_not_take_a_volunteering_page_of_its_own_site(run):
    got = run(
        _text("To give your time to help others, volunteer with Victim Support: www.victimsupport.org.uk/volunteer.")
    )
    assert "www.victimsupport.org.uk/volunteer" not in [r.url for r in got.reporting_routes]
    assert any("www.victimsupport.org.uk/volunteer" in note for note in got.notes)


def test_a_registry_route_does_not_take_a_donations_page_its_clause_names(run):
    got = run(_text("To donate to Victim Support, go to www.victimsupport.org.uk/support-us."))
    assert "www.victimsupport.org.uk/support-us" not in [r.url for r in got.reporting_routes]


def test_a_registry_route_still_takes_a_reporting_page_of_its_own_site(run):
    got = run(_text("Victims can get support from Victim Support at www.victimsupport.org.uk/help-and-support."))
    assert [r.url for r in got.reporting_routes] == ["www.victimsupport.org.uk/help-and-support"]
