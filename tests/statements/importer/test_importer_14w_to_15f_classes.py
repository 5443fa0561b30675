"""The fifth session's later fix rounds: 14w-14y, 14z-15b, 15c-15e, the final measurement's false routes (14r, 14t)
and 15f. The texts are invented, each class with a negative where the rule must not fire; the shared openings are
those of test_importer_14opq_classes.py."""

from __future__ import annotations

from test_importer_14opq_classes import _HEARING, _HEATERS


# 14w, 14x and 14y (the fifth session's third working check)
def test_a_damaged_sign_reported_to_an_estate_office_is_repairs(run):
    got = run(_HEATERS + "Damaged signs can be reported to the Kilby Estate office on 0141 496 0388.\n")
    assert got.reporting_routes == []


def test_faults_and_anything_that_does_not_look_right_on_the_railway_are_still_reported(run):
    got = run(
        _HEATERS + "Faults such as damaged fences, gates left open at level crossings or anything that doesn't look "
        "right can be reported to the rail helpline on 0141 496 0389, 24 hours a day.\n"
    )
    assert [r.phone for r in got.reporting_routes] == ["0141 496 0389"]


def test_a_line_for_fees_that_does_not_handle_concerns_is_business(run):
    got = run(
        _HEATERS + "Relatives with questions about fees can call the council's care placements team on "
        "0115 496 0630; this team does not handle safeguarding concerns.\n"
    )
    assert got.reporting_routes == []


def test_a_line_for_safeguarding_concerns_is_still_a_route(run):
    got = run(
        _HEATERS
        + "Relatives with safeguarding concerns can call the council's adult safeguarding team on 0115 496 0631.\n"
    )
    assert [r.phone for r in got.reporting_routes] == ["0115 496 0631"]


def test_someone_named_after_by_who_said_speaks_the_pronoun_quote_after(run):
    got = run(
        _HEARING + "The driver, a 29-year-old man, told officers he had been paid to drive the car.\n\n"
        "The investigation was led by Nadia Rahman, a financial investigator with Kelby Police, who said couriers "
        "were often paid a small fee.\n\nShe said: 'Whoever sent that car has lost the money, and that is the point.'\n"
    )
    assert [q.speaker for q in got.quotes] == ["Nadia Rahman"]


def test_according_to_as_a_paragraph_s_last_sentence_introduces_the_next_quote(run):
    got = run(
        _HEARING + "Officers are examining the phones. According to Detective Inspector Ruth Madeley, of the vehicle "
        'crime unit:\n\n"These thefts are quick, quiet and very well planned by people who know the cars."\n'
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Ruth Madeley", "Detective Inspector, vehicle crime unit")]


def test_who_manages_a_named_business_gives_the_manager_role(run):
    got = run(
        _HEARING + "Sunita Rao, who manages the Coppice Hill Service Station, said her forecourt had been hit.\n\n"
        '"It comes straight out of our margins," she said.\n'
    )
    assert [q.role for q in got.quotes] == ["manager, Coppice Hill Service Station"]


def test_who_manages_a_generic_place_gives_no_role(run):
    got = run(
        _HEARING + 'Karen Holt, who manages the pharmacy, said: "It comes straight out of our margins every week."\n'
    )
    assert [q.role for q in got.quotes] == [None]


def test_irish_first_names_name_a_couple_s_joint_statement(run):
    got = run(
        _HEARING + "In a joint statement, the couple, Ciara and Declan Mulgrew, said: "
        '"We paid for two years of hope and got nothing."\n'
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Ciara and Declan Mulgrew", "joint statement")]


def test_who_leads_the_named_body_s_branch_gives_the_branch(run):
    got = run(
        _HEARING + '"Offenders go where children are," said Detective Chief Inspector Grainne Toner, who leads the '
        "PSNI's Public Protection Branch in Drumcastle.\n"
    )
    assert [q.role for q in got.quotes] == ["Detective Chief Inspector, PSNI's Public Protection Branch in Drumcastle"]


def test_an_item_s_number_wrapped_to_the_margin_after_a_comma_stays_with_its_item(run):
    got = run(
        _HEATERS + "* Free naloxone, needle exchange and treatment for drug users: Kelby Recovery Hub,\n"
        "0114 496 0371\n* Emergency: 999\n"
    )
    assert [r.phone for r in got.reporting_routes] == ["0114 496 0371", "999"]


# 14z, 15a and 15b (the fifth session's fourth working check)
def test_a_labelled_line_under_a_heading_for_reporting_a_concern_is_a_route(run):
    got = run(
        _HEATERS + "Report a concern about a taxi or private hire driver\n\nCouncil licensing team: 0121 496 0330\n"
    )
    assert [r.phone for r in got.reporting_routes] == ["0121 496 0330"]


def test_a_labelled_licensing_line_under_no_such_heading_is_still_business(run):
    got = run(_HEATERS + "Licences and permits\n\nCouncil licensing team: 0121 496 0331\n")
    assert got.reporting_routes == []


def test_a_q_and_a_about_losing_a_child_makes_an_event_line_a_route(run):
    got = run(
        _HEATERS
        + "**What should I do if I lose my child at the fair?**\nTell any steward. You can also call the event "
        "control room on 0117 496 0638, which is staffed throughout the fair.\n"
    )
    assert [r.phone for r in got.reporting_routes] == ["0117 496 0638"]


def test_a_q_and_a_about_the_fair_s_parking_leaves_the_event_line_business(run):
    got = run(
        _HEATERS + "**Where can I park for the fair?**\nAsk any steward. You can also call the event control room on "
        "0117 496 0639, which is staffed throughout the fair.\n"
    )
    assert got.reporting_routes == []


def test_a_place_before_footpath_is_no_one_whose_family_speaks(run):
    got = run(
        _HEARING + "Margaret Ellison, 67, was walking along the Brockley Beck footpath when cattle surrounded her.\n\n"
        "In a statement, her family said: 'Margaret was a wonderful mum and grandma who loved these moors.'\n"
    )
    assert [q.speaker for q in got.quotes] == ["The family of Margaret Ellison"]


def test_who_works_for_a_named_body_gives_the_body(run):
    got = run(
        _HEARING + 'Heathland ranger Owen Pratt, who works for the Corse Heath Trust, said: "We have lost nesting '
        'birds and a huge area of heather."\n'
    )
    assert [q.role for q in got.quotes] == ["Heathland ranger, Corse Heath Trust"]


def test_a_business_named_after_its_description_gives_a_statement(run):
    got = run(
        _HEARING + "In a statement, the stall's operator, Smokestack Grill, said: \"We are devastated that people "
        'have been made ill."\n'
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Smokestack Grill", "statement")]


# 15c, 15d and 15e (the fifth session's fifth working check)
def test_a_q_and_a_about_making_a_complaint_leaves_pals_out(run):
    got = run(
        _HEATERS
        + "**How do I find out how long an ambulance took, or make a complaint?**\nContact the trust's Patient "
        "Advice and Liaison Service (PALS) on 0191 498 0233.\n"
    )
    assert got.reporting_routes == []


def test_a_list_item_full_to_the_width_goes_on_on_the_next_line(run):
    got = run(
        _HEATERS + "- Report a scam to Action Fraud on 0300 123 2040.\n"
        "- To request a free home fire safety check, call Kelby Fire and Rescue\nService on 0118 496 0370.\n"
    )
    assert "0118 496 0370" in [r.phone for r in got.reporting_routes]


def test_a_short_attribution_paragraph_split_after_of_is_one_lead_in(run):
    got = run(
        _HEARING + "Detective Sergeant Colin Ashworth, of\nWestmere Police's economic crime unit, said:\n\n"
        '"Bogus collections take money from people who meant to help their neighbours."\n'
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [
        ("Colin Ashworth", "Detective Sergeant, Westmere Police's economic crime unit")
    ]


def test_who_leads_a_team_at_a_named_body_keeps_at(run):
    got = run(
        _HEARING + "Detective Inspector Graham Yates, who leads the modern slavery team at Kingsmere Police, said: "
        '"The volunteers did exactly the right thing."\n'
    )
    assert [q.role for q in got.quotes] == ["Detective Inspector, modern slavery team at Kingsmere Police"]


def test_its_after_a_body_named_with_a_kind_of_several_words_names_the_whole_body(run):
    got = run(
        _HEARING
        + "The Greenhill Estate residents' association has been collecting reports. Its chair, Barry Whitfield, "
        'said: "People are frightened to walk their dogs on the moor."\n'
    )
    assert [q.role for q in got.quotes] == ["chair, Greenhill Estate residents' association"]


# 14r and 14t (the false routes of the fifth session's final measurement, fixed after it was recorded)
def test_an_airport_s_noise_line_is_the_airport_s_business(run):
    got = run(_HEATERS + "**Aircraft noise:** Fenbridge Airport's noise line, 0114 496 0360\n")
    assert got.reporting_routes == []


def test_noise_from_a_neighbour_is_still_reported(run):
    got = run(_HEATERS + "**Noisy neighbours:** Kelby Council's noise nuisance line, 0114 496 0361\n")
    assert [r.phone for r in got.reporting_routes] == ["0114 496 0361"]


def test_a_label_naming_campaign_information_and_advice_is_an_advice_page(run):
    got = run(
        _HEATERS + "Campaign information and advice on the morning after: "
        "[kelby.police.uk/homenothospital](https://www.kelby.police.uk/homenothospital)\n"
    )
    assert got.reporting_routes == []


def test_a_label_naming_a_full_programme_is_an_events_page(run):
    got = run(_HEATERS + "- Full programme: [kelby.gov.uk/safety-week](https://www.kelby.gov.uk/safety-week)\n")
    assert got.reporting_routes == []


def test_referrals_from_schools_to_a_programme_are_professionals_business(run):
    got = run(
        _HEATERS + "1. Referrals to the mentoring programme from schools (not for urgent concerns): "
        "freshstart@kelbyyouth.org.uk\n"
    )
    assert got.reporting_routes == []


def test_a_parent_s_concern_about_a_child_is_still_a_route(run):
    got = run(
        _HEATERS + "1. Parents worried that a child is being exploited: call the Kelby Youth team on 0114 496 0362\n"
    )
    assert [r.phone for r in got.reporting_routes] == ["0114 496 0362"]


# 15f (after the final measurement)
def test_she_after_the_mother_of_someone_named_is_the_mother(run):
    got = run(
        _HEARING
        + "The mother of Jayden Price, who was 17 when he was stabbed in 2023, spoke to pupils during the week. "
        "She told them:\n\n> 'Jayden wasn't in a gang. He went out to buy a phone charger and didn't come home.'\n"
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [(None, "mother of Jayden Price")]
