"""Routes the registry does not know are named by the service the text names (issue 17, done-item 3): a list item's
or line's label, a lowercase service beside its contact, the subject of the sentence offering it, the heading over
"Phone: …" lines, a link's text, and for an address with no name beside it the organisation its host spells.
Contacts of one service given together are one route. Each behaviour has a negative: a contact that keeps its bare
name or stays a route of its own. The texts are invented."""

from __future__ import annotations

_LEAD = "Ashby Vale news\n\nOfficers in Ashby Vale are asking residents to report problems this winter.\n\n"


def _unknown(extracted) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(r.name, r.phone, r.url, r.email) for r in extracted.reporting_routes if r.route_id is None]


def test_a_list_items_label_names_its_service(run):
    got = run(
        _LEAD + "If you are affected by domestic abuse:\n\n- Ashby Women's Aid 24/7 support line: 0161 496 0101\n"
    )
    assert _unknown(got) == [("Ashby Women's Aid 24/7 support line", "0161 496 0101", None, None)]


def test_a_generic_label_is_not_a_name(run):
    got = run(_LEAD + "To report a broken street light:\n\n- Phone: 0161 496 0102\n")
    assert _unknown(got) == [("0161 496 0102", "0161 496 0102", None, None)]


def test_a_labelled_items_number_and_e_mail_are_one_route(run):
    got = run(_LEAD + "- Ashby trading standards: call 0161 496 0110 or e-mail tradingstandards@ashbytown.gov.uk\n")
    assert _unknown(got) == [("Ashby trading standards", "0161 496 0110", None, "tradingstandards@ashbytown.gov.uk")]


def test_two_labelled_items_stay_two_routes(run):
    got = run(_LEAD + "- Ashby trading standards: 0161 496 0110\n- Ashby Street Pastors: 0161 496 0111\n")
    assert _unknown(got) == [
        ("Ashby trading standards", "0161 496 0110", None, None),
        ("Ashby Street Pastors", "0161 496 0111", None, None),
    ]


def test_a_lowercase_service_beside_its_number_names_it(run):
    got = run(_LEAD + "Residents can report loud parties to the council's out-of-hours noise line, 0121 496 0111.")
    assert _unknown(got) == [("council's out-of-hours noise line", "0121 496 0111", None, None)]


def test_a_number_with_only_an_offer_beside_it_keeps_its_number(run):
    got = run(_LEAD + "Residents can report loud parties on 0121 496 0112.")
    assert _unknown(got) == [("0121 496 0112", "0121 496 0112", None, None)]


def test_hours_between_a_name_and_its_number_are_skipped(run):
    got = run(_LEAD + "Tenants can report damp to the Ashby Homes repairs line (24 hours) on 0161 496 0140.")
    assert _unknown(got) == [("Ashby Homes repairs line", "0161 496 0140", None, None)]


def test_the_subject_offering_support_names_its_contacts_as_one_route(run):
    got = run(
        _LEAD + "Ashby Victim Care Hub gives free, confidential support to anyone affected by crime: call "
        "0115 496 0120 or e-mail help@ashbyvictimcare.org.uk."
    )
    assert _unknown(got) == [("Ashby Victim Care Hub", "0115 496 0120", None, "help@ashbyvictimcare.org.uk")]


def test_a_person_as_the_subject_does_not_name_a_route(run):
    got = run(_LEAD + "Mark Ellis runs the residents' group and says anyone worried can call 0115 496 0121.")
    assert all(name != "Mark Ellis" for name, *_ in _unknown(got))


def test_a_heading_over_phone_and_e_mail_lines_names_them_as_one_route(run):
    got = run(
        _LEAD
        + "**Ashby Council private housing team**\nPhone: 0161 496 0150\nE-mail: privatehousing@ashbytown.gov.uk\n"
    )
    assert _unknown(got) == [
        ("Ashby Council private housing team", "0161 496 0150", None, "privatehousing@ashbytown.gov.uk")
    ]


def test_a_heading_saying_what_the_lines_are_for_does_not_name_them(run):
    got = run(_LEAD + "**To report a broken street light**\nPhone: 0161 496 0151\n")
    assert _unknown(got) == [("0161 496 0151", "0161 496 0151", None, None)]


def test_a_web_address_is_named_by_the_police_force_its_host_spells(run):
    got = run(
        "Bike thefts\n\nAshby and District Police is asking owners to mark their bikes.\n\n"
        "Call 101 or report online at www.ashby.police.uk/bikes."
    )
    assert ("Ashby and District Police", None, "www.ashby.police.uk/bikes", None) in _unknown(got)


def test_a_police_host_is_not_named_by_a_council(run):
    got = run(
        "Bike thefts\n\nAshby Borough Council is asking owners to mark their bikes.\n\n"
        "Call 101 or report online at www.ashby.police.uk/bikes."
    )
    assert ("ashby.police.uk", None, "www.ashby.police.uk/bikes", None) in _unknown(got)


def test_an_e_mail_address_is_named_by_the_council_its_host_spells(run):
    got = run(
        "Fly-tipping\n\nBrackenholt Borough Council has fined a man for dumping waste.\n\n"
        "Anyone who sees fly-tipping can report it to cleanstreets@brackenholt.gov.uk."
    )
    assert _unknown(got) == [("Brackenholt Borough Council", None, None, "cleanstreets@brackenholt.gov.uk")]


def test_addresses_named_by_their_host_are_not_merged_with_each_other(run):
    got = run(
        "Fly-tipping\n\nBrackenholt Borough Council has fined a man for dumping waste.\n\n"
        "Report fly-tipping to cleanstreets@brackenholt.gov.uk.\n\n"
        "Report a blocked drain at www.brackenholt.gov.uk/drains."
    )
    assert [(url, email) for _, _, url, email in _unknown(got)] == [
        (None, "cleanstreets@brackenholt.gov.uk"),
        ("www.brackenholt.gov.uk/drains", None),
    ]


def test_a_links_text_names_its_address(run):
    got = run(
        _LEAD + "Report dangerous driving through the [Ashby Vale Police dashcam portal](https://www.avp.org.uk/dc)."
    )
    assert _unknown(got) == [("Ashby Vale Police dashcam portal", None, "https://www.avp.org.uk/dc", None)]


def test_a_links_plain_text_does_not_name_its_address(run):
    got = run(_LEAD + "Report dangerous driving through [our online form](https://www.avp.org.uk/dc).")
    assert _unknown(got) == [("avp.org.uk", None, "https://www.avp.org.uk/dc", None)]
