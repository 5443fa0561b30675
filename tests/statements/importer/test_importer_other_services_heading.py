"""Lines below a heading for the body's other services or contacts ("## Other council services", "OTHER CONTACTS")
are not reporting routes unless their own line names reporting or help; a reporting section's lines stay routes.
The texts are invented (issue 17; blind 14k's housing register line)."""

from __future__ import annotations

from extracted_views import contacts

HEAD = (
    "Tenancy fraud conviction\n\nA tenant who sublet her council flat has been convicted.\n\n"
    "## How to report tenancy fraud\n\n- **Tenancy fraud hotline:** 01632 960 363\n\n"
)


def test_a_line_below_an_other_services_heading_is_no_route(run, rules_only):
    got = run(HEAD + "## Other council services\n\n- **Housing register applications:** 01632 960 360")
    assert contacts(got) == ["01632 960 363"]


def test_a_line_below_an_other_contacts_heading_is_no_route(run, rules_only):
    got = run(HEAD + "OTHER CONTACTS\n\n- Rent and service charges: 01632 960 361")
    assert contacts(got) == ["01632 960 363"]


def test_a_reporting_line_below_an_other_services_heading_is_still_a_route(run):
    got = run(HEAD + "## Other council services\n\n- **Report tenancy fraud in confidence:** 01632 960 362")
    assert contacts(got) == ["01632 960 363", "01632 960 362"]


def test_a_line_below_a_reporting_heading_is_a_route(run):
    got = run(HEAD + "The council thanked the neighbours who reported the sublet.")
    assert contacts(got) == ["01632 960 363"]
