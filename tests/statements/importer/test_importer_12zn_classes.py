"""The 12zn fix round (holdouts 12zn and 12zo): a home fire safety or Safe and Well visit is a route however it is
booked or requested; "To report a fault" at a sentence's start is reporting, not a document's title; council tax
and business rates queries are a ratepayer's own business. The texts are invented, each with a negative."""

from __future__ import annotations

from extracted_views import contacts as _contacts


def test_a_safe_and_well_visit_booked_online_is_a_route(run):
    got = run(
        "Title\n\nCrews are urging residents to test their alarms.\n\n"
        "- **Free Safe and Well visit:** call 01632 960811 or book at www.dunmerefire.gov.uk/safeandwell"
    )
    assert [(r.phone, r.url) for r in got.reporting_routes] == [("01632 960811", "www.dunmerefire.gov.uk/safeandwell")]


def test_a_place_booked_online_is_still_not_a_route(run):
    got = run(
        "Title\n\nCrews are urging residents to test their alarms.\n\n"
        "- **Open day:** call 01632 960812 or book at www.dunmerefire.gov.uk/openday"
    )
    assert _contacts(got) == []


def test_a_fire_safety_visit_requested_in_the_next_sentence_is_a_route(run):
    got = run(
        "Title\n\nThe service offers a free home fire safety visit to anyone over 65. "
        "To request a visit, call 01632 960813."
    )
    assert _contacts(got) == ["01632 960813"]


def test_a_request_after_a_sentence_without_help_is_still_not_a_route(run):
    got = run("Title\n\nThe museum reopens in March with a new gallery. To request a visit, call 01632 960814.")
    assert _contacts(got) == []


def test_to_report_a_fault_at_a_sentences_start_is_reporting(run):
    got = run(
        "Title\n\nLevel crossings are being misused.\n\n- To report a fault with a crossing, such as a barrier "
        "stuck, call the Westline Rail helpline on 01632 960815"
    )
    assert _contacts(got) == ["01632 960815"]


def test_a_fault_with_a_product_is_still_customer_service(run):
    got = run(
        "Title\n\nLevel crossings are being misused.\n\nFor faults with your ticket machine card, call 01632 960816."
    )
    assert _contacts(got) == []


def test_council_tax_and_business_rates_queries_are_not_a_route(run):
    got = run(
        "Title\n\nHomes were flooded on Sunday.\n\n## Other information\n\n"
        "- Council tax and business rates queries after the floods: 01632 960817"
    )
    assert _contacts(got) == []


def test_a_flood_support_line_is_still_a_route(run):
    got = run(
        "Title\n\nHomes were flooded on Sunday.\n\n## Other information\n\n"
        "- Support for anyone affected by the floods: 01632 960818"
    )
    assert _contacts(got) == ["01632 960818"]


def test_its_means_a_named_body_whose_department_the_sentence_before_names(run):
    got = run(
        "Title\n\nOfficers worked alongside Dunmere Borough Council's housing services. Its head of housing, "
        'Alice Penrose, said: "We will not tolerate rogue landlords in this town."'
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Alice Penrose", "head of housing, Dunmere Borough Council")]


def test_a_named_bodys_possessive_without_a_department_is_still_not_its_body(run):
    got = run(
        "Title\n\nOfficers worked alongside Dunmere Borough Council's. Its head of housing, "
        'Alice Penrose, said: "We will not tolerate rogue landlords in this town."'
    )
    assert [q.role for q in got.quotes] == ["head of housing"]
