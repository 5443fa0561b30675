"""Pages and numbers a text gives for other business are not reporting routes, whatever words of help stand beside
them: a strategy, survey or consultation, donations, signing up to a scheme or register, a public register of
licence holders, checking current conditions, an office's general enquiries line; a heading's bare "information"
is no evidence (issue 17, the ninth December 2026 holdout's false routes). The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(body: str) -> str:
    return f"Title\n\nA new plan to support victims of crime in Tolworth was launched today.\n\n{body}"


@pytest.mark.parametrize(
    "sentence",
    [
        "The commissioner is running a survey on the support victims receive at www.tolworth-pcc.gov.uk/have-your-say.",
        "To donate to the victims' fund, which pays for emergency repairs, visit www.tolworthfoundation.org.uk/give.",
        "Older customers can sign up to the company's Extra Care Register at www.tolworthwater.co.uk/extracare to "
        "set a password that genuine staff will use.",
        "Check a breeder's licence on the council's public register of licensed breeders at www.tolworth.gov.uk/breeders.",
        "Check the current flood warning status before you travel: www.tolworthrivers.gov.uk/warnings",
        "Other enquiries to the commissioner's office: 01632 960 601.",
    ],
)
def test_a_contact_for_other_business_is_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_a_strategy_page_under_a_help_heading_is_not_a_route(run):
    got = run(_text("## Where to get help\n\nThe full strategy is at www.tolworth-pcc.gov.uk/victimsplan."))
    assert _contacts(got) == []


def test_a_heading_of_other_information_is_no_evidence(run):
    assert _contacts(run(_text("## Other information\n\nThe opening hours are at www.tolworthhub.org.uk."))) == []


def test_a_heading_about_getting_help_is_still_evidence(run):
    got = run(_text("## Where to get help\n\nThe Tolworth victim care hub: www.tolworthhub.org.uk."))
    assert _contacts(got) == ["www.tolworthhub.org.uk"]


def test_a_victim_care_hub_offered_for_support_is_still_a_route(run):
    got = run(_text("Anyone who needs support now can call the victim care hub on 01632 960 602."))
    assert _contacts(got) == ["01632 960 602"]
