"""An address's own name can say it is not a reporting route, whatever words of help stand beside it: a mailbox
whose local part names business, a lost-property page, a GOV.UK page whose path does not name reporting, and a
register's address given for checking something on it (issue 17, the eleventh December 2026 holdout's false
routes). The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(body: str) -> str:
    return f"Title\n\nOfficers are asking anyone with information about the assaults in Wickhamford to come forward.\n\n{body}"


@pytest.mark.parametrize(
    "sentence",
    [
        "The advocacy service is recruiting helpers to support victims; to apply, e-mail volunteering@wickcare.org.uk.",
        "Anyone who wants to help survivors can find out how at jobs.team@wickcare.org.uk.",
        "Victims' families can reserve seats at the memorial service through events@wickhamford.gov.uk.",
    ],
)
def test_a_mailbox_whose_local_part_names_business_is_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_a_mailbox_for_reports_is_still_a_route(run):
    got = run(_text("Anyone who saw the assaults can report them to reports@wickhamford.police.uk."))
    assert _contacts(got) == ["reports@wickhamford.police.uk"]


def test_a_lost_property_page_is_not_a_route(run):
    got = run(_text("Passengers worried about items left behind can get help at www.wickrail.co.uk/lost-property."))
    assert _contacts(got) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Help for drivers, including how to tell the DVLA about an injury, is at www.gov.uk/driving-after-an-injury.",
        "Traders worried about the new rules can get help at www.gov.uk/export-goods-outside-uk.",
    ],
)
def test_a_gov_uk_guidance_page_is_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_a_gov_uk_page_whose_path_names_reporting_is_a_route(run):
    got = run(
        _text("Anyone who knows of counterfeit goods being sold can report it at www.gov.uk/report-counterfeits.")
    )
    assert _contacts(got) == ["www.gov.uk/report-counterfeits"]


def test_a_gov_uk_reporting_page_in_a_numbered_list_is_a_route(run):
    got = run(_text("You can report the sale of fake goods:\n1. Online at www.gov.uk/report-counterfeits\n2. To us"))
    assert _contacts(got) == ["www.gov.uk/report-counterfeits"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Worried residents can check a locksmith is approved on the register at www.locksmithregister.org.uk.",
        "A club's number can be checked on the sports register at register-of-clubs.wickhamford.gov.uk.",
    ],
)
def test_a_registers_address_given_for_checking_is_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_a_registers_address_given_for_reporting_is_a_route(run):
    got = run(_text("Anyone who has concerns about an unsafe fitter can report it at www.fitterregister.org.uk."))
    assert _contacts(got) == ["www.fitterregister.org.uk"]


def test_a_regulators_register_for_checking_firms_is_a_look_up_not_a_route(run):
    # the 12z and 12za round: a public register is never a route, a regulator's register of firms included
    got = run(_text("Anyone worried about an investment can check firms on the register at register.wickfin.org.uk."))
    assert _contacts(got) == []
