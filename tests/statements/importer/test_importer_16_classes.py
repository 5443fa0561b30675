"""The sixth session's fix rounds (16a and 16b, the working checks, and the 15f/15g misses left over). The texts are
invented, each class with a negative where the rule must not fire; the shared opening is that of
test_importer_14opq_classes.py."""

from __future__ import annotations

import pytest
from test_importer_14opq_classes import _HEARING


def test_a_who_is_clause_after_a_name_gives_the_job_it_names(run):
    got = run(
        _HEARING + "Superintendent Rhiannon Cole, who is the force's domestic abuse lead, said: \"Nobody should "
        'have to live in fear in their own home."\n'
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Rhiannon Cole", "Superintendent, domestic abuse lead")]


def test_a_who_is_clause_keeps_the_named_body_of_the_job(run):
    got = run(
        _HEARING + "Amira Haddad, who is the chief executive of Kelby Women's Aid, said: \"Help is there, day or "
        'night."\n'
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Amira Haddad", "chief executive of Kelby Women's Aid")]


def test_a_who_was_clause_that_tells_of_the_incident_gives_no_role(run):
    got = run(_HEARING + 'Tom Bell, who was the first firefighter at the scene, said: "The heat was intense."\n')
    assert [(q.speaker, q.role) for q in got.quotes] == [("Tom Bell", None)]


def test_a_congregation_named_after_of_is_the_speaker_s_body(run):
    got = run(
        _HEARING + 'Rabbi Eli Stern, of Kelby Reform Congregation, said the community had been shaken. "People are '
        'upset, of course, and angry."\n'
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Eli Stern", "Rabbi, Kelby Reform Congregation")]


def test_a_who_has_been_clause_gives_the_job_without_where_or_how_long(run):
    got = run(
        _HEARING + 'Mr Okafor, who has been a security officer at the hospital for nineteen years, said: "I just '
        'want people to understand."\n'
    )
    assert [q.role for q in got.quotes] == ["security officer"]


# 16a and 16b (the sixth session's working checks)
def test_a_line_said_not_to_be_for_reporting_is_left_out(run):
    got = run(
        _HEARING + "Kelby Tractors' service line, 0191 498 0455, can book fitting of security pins for GPS units; "
        "it is a commercial service and not for reporting thefts.\n"
    )
    assert got.reporting_routes == []


def test_a_line_for_reporting_thefts_is_still_a_route(run):
    got = run(_HEARING + "The rural crime line, 0191 498 0456, is for reporting thefts of farm machinery.\n")
    assert [r.phone for r in got.reporting_routes] == ["0191 498 0456"]


def test_a_report_on_a_subject_published_at_an_address_is_a_document(run):
    got = run(
        _HEARING + "The trust's latest report on violence against staff is published at "
        "www.kelbyhospitals.nhs.uk/violence-report.\n"
    )
    assert got.reporting_routes == []


def test_reporting_violence_at_an_address_is_still_a_route(run):
    got = run(_HEARING + "Staff can report violence or abuse at www.kelbyhospitals.nhs.uk/report-violence.\n")
    assert [r.url for r in got.reporting_routes] == ["www.kelbyhospitals.nhs.uk/report-violence"]


def test_a_name_after_a_relative_s_description_is_whom_she_means(run):
    got = run(
        "Kayakers rescued\n\nA spokesperson for HM Coastguard said the men had done the right thing.\n\n"
        "The wife of one of the men, Morag Lindsay, thanked the crew.\n"
        '"I have never been so glad to see an orange boat," she said.\n'
    )
    assert [q.speaker for q in got.quotes] == ["Morag Lindsay"]


def test_according_to_a_named_body_s_job_and_a_name_makes_her_the_one_she_means(run):
    got = run(
        'Drugs stolen from ambulance\n\nHis wife, who did not want to be named, said: "They were so busy."\n\n'
        "According to Kelby Ambulance Service's medical director, Dr Farah Siddiqui, the ambulance was off the road "
        'for four hours.\n\n"Every ambulance off the road is one less crew," she said.\n'
    )
    assert [q.speaker for q in got.quotes] == [None, "Farah Siddiqui"]


def test_a_care_home_named_house_is_no_person_whose_family_speaks(run):
    got = run(
        "Missing woman found\n\nMargaret Hindle left Larchfield House at about 10.30pm on 28 November.\n\n"
        "Larchfield House's manager, Joanne Pell, said the home had reviewed its door alarms.\n\n"
        "In a statement, her family said: 'Mum is warm and safe, and that is all that matters.'\n"
    )
    assert [q.speaker for q in got.quotes] == ["The family of Margaret Hindle"]


# 15f (left over): the registry's general advice campaign
def test_the_registry_s_advice_campaign_is_never_a_draft_s_route(run):
    got = run(_HEARING + "The THINK! campaign's advice for employers is at www.think.gov.uk/mobile-phones.\n")
    assert got.reporting_routes == []
    assert any("general advice, not a reporting route" in note for note in got.notes)


def test_a_registry_reporting_route_beside_advice_is_still_a_route(run):
    got = run(_HEARING + "Advice on avoiding scams, and a way to report them, is at www.actionfraud.police.uk.\n")
    assert [r.route_id for r in got.reporting_routes] == ["action-fraud"]


# 16f, 16g and 16h (further working checks)
def test_victims_joining_a_scheme_through_a_liaison_unit_is_help(run):
    got = run(
        _HEARING + "Victims who would like to join the scheme, or who have questions about an offender's release, "
        "can contact the Kelby victim liaison unit on 0115 496 0318.\n"
    )
    assert [r.phone for r in got.reporting_routes] == ["0115 496 0318"]


def test_joining_a_scheme_with_no_victim_in_sight_is_still_membership(run):
    got = run(
        _HEARING + "Residents who would like to join the scheme can contact the parish office on 0115 496 0319.\n"
    )
    assert got.reporting_routes == []


def test_an_information_pack_asked_for_is_a_document(run):
    got = run(
        _HEARING + "Applications to train as a probation officer close on 29 January. For an information pack, call "
        "0115 496 0350.\n"
    )
    assert got.reporting_routes == []


def test_a_number_the_text_says_not_to_call_is_no_route(run):
    got = run(_HEARING + "Please do not call 999 or the hospitals about the crash.\n")
    assert got.reporting_routes == []


def test_do_not_call_999_unless_someone_is_in_danger_still_offers_it(run):
    got = run(_HEARING + "Do not call 999 unless someone is in danger.\n")
    assert [r.phone for r in got.reporting_routes] == ["999"]


def test_a_joint_statement_by_a_couple_with_a_relative_clause(run):
    got = run(
        _HEARING + "In a joint statement, the couple, Jim and Lorraine Hebden, who have lived at number 12 for 31 "
        "years, said: 'We heard a noise like thunder.'\n"
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Jim and Lorraine Hebden", "joint statement")]


def test_please_call_a_named_team_after_an_appeal_goes_on_from_it(run):
    got = run(
        _HEARING + "Investigators would still like to hear from anyone who visited the custody suite that night. "
        "Please call the IOPC investigation team on 0161 496 0744, quoting Operation Harlow.\n"
    )
    assert [r.phone for r in got.reporting_routes] == ["0161 496 0744"]


def test_please_call_a_named_office_after_a_booking_is_still_business(run):
    got = run(
        _HEARING + "Tickets for the open day go on sale on Monday. Please call the Kelby box office on 0161 496 0745.\n"
    )
    assert got.reporting_routes == []


def test_find_your_nearest_after_a_reporting_centre_goes_on_from_it(run):
    got = run(
        _HEARING + "- Third party reporting centres: staff at these centres can help you report without going to a "
        "police station. Find your nearest at www.kelby.gov.uk/hate-reporting-centres\n"
    )
    assert [r.url for r in got.reporting_routes] == ["www.kelby.gov.uk/hate-reporting-centres"]


def test_a_second_forwarding_address_after_an_e_mail_address_is_offered(run):
    got = run(
        _HEARING + "Forward suspicious e-mails claiming to be from HMRC to phishing@hmrc.gov.uk, and suspicious texts "
        "to 60599.\n"
    )
    assert {r.phone or r.email for r in got.reporting_routes} == {"phishing@hmrc.gov.uk", "60599"}


def test_a_charity_s_scam_support_line_is_not_the_scammers_line(run):
    got = run(
        _HEARING + "Older people who have been targeted can talk in confidence to the Kelby Elders' Trust scam "
        "support line on 01632 960214.\n"
    )
    assert [r.phone for r in got.reporting_routes] == ["01632 960214"]


# the review of the sixth session's rules: each a sentence they must not misread
@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("If you get a call like this, do not respond to the caller and ring 159 to speak to your bank.", "159"),
        ("Do not contact the family but call 101 with any information.", "101"),
        ("Do not call 999 or 101 unless someone is in danger.", "999"),
        ("Do not call 999 if it isn't an emergency.", "999"),
    ],
)
def test_a_warning_that_gives_way_to_an_instruction_keeps_the_number(run, sentence, number):
    got = run(_HEARING + sentence + "\n")
    assert number in [r.phone for r in got.reporting_routes]


@pytest.mark.parametrize(
    "clause",
    [
        "who was a passenger in the car",
        "who was the driver of the Ford Focus",
        "who has been a resident of Kelby for 40 years",
        "who was a police officer for 30 years",
    ],
)
def test_a_part_in_the_story_or_a_past_job_is_no_role(run, clause):
    got = run(_HEARING + f'Tom Bell, {clause}, said: "It happened so fast."\n')
    assert [(q.speaker, q.role) for q in got.quotes] == [("Tom Bell", None)]


def test_a_who_has_been_clause_stops_the_named_body_before_since(run):
    got = run(
        _HEARING + "Amira Haddad, who has been the chief executive of Kelby Women's Aid since 2019, said: \"Help is "
        'there."\n'
    )
    assert [q.role for q in got.quotes] == ["chief executive of Kelby Women's Aid"]


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Victims of burglary can book a free lock fitting through the Kelby victim hub on 0115 496 0201.", "0115 496 0201"),
        ("Tenants who want to report damp and mould or arrange repairs can call the housing team on 0115 496 0200.",
         "0115 496 0200"),
    ],
)  # fmt: skip
def test_help_booked_by_victims_or_a_report_with_repairs_stays_a_route(run, sentence, number):
    got = run(_HEARING + sentence + "\n")
    assert [r.phone for r in got.reporting_routes] == [number]


def test_victims_named_in_passing_do_not_make_membership_help(run):
    got = run(
        _HEARING + "Anyone who wants to join the Neighbourhood Watch scheme and help stop others becoming victims of "
        "burglary can call the coordinator on 0115 496 0202.\n"
    )
    assert got.reporting_routes == []


# 16i and 16j
@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        ("The review was led by barrister Amina Shah, who said: 'People told me the same story.'", "Amina Shah",
         "barrister"),
        ("'Please do not drink this vodka,' said trading standards team leader Ellen Voss.", "Ellen Voss",
         "trading standards team leader"),
        ("Security guard Tom Bell said: 'It was bad.'", "Tom Bell", "Security guard"),
    ],
)  # fmt: skip
def test_a_job_in_lower_case_before_a_name_is_the_role(run, sentence, speaker, role):
    got = run(_HEARING + sentence + "\n")
    assert [(q.speaker, q.role) for q in got.quotes] == [(speaker, role)]


def test_words_before_a_name_that_are_no_job_give_no_role(run):
    got = run(_HEARING + "Tributes have been paid to teenager Jo Hill. Her friend Sam Reed said: 'She was kind.'\n")
    assert [(q.speaker, q.role) for q in got.quotes] == [("Sam Reed", None)]


def test_a_report_an_organisation_publishes_at_an_address_is_a_document(run):
    got = run(_HEARING + "The partnership publishes its annual hate crime report at www.kelby.gov.uk/csp-report.\n")
    assert got.reporting_routes == []


def test_a_talk_wanted_from_a_police_unit_is_business(run):
    got = run(
        _HEARING + "Site managers who would like a talk from the plant crime unit on securing machinery can e-mail "
        "plantcrime@kelby.police.uk.\n"
    )
    assert got.reporting_routes == []


def test_help_wanted_from_a_police_unit_is_still_a_route(run):
    got = run(_HEARING + "Site managers who would like to report a theft can e-mail plantcrime@kelby.police.uk.\n")
    assert [r.email for r in got.reporting_routes] == ["plantcrime@kelby.police.uk"]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("In a joint statement, the parish priest, Father Declan Morrow, and the Presbyterian minister, the Reverend "
         "Ruth Agnew, said:", "Declan Morrow and Ruth Agnew"),
        ("In a joint statement, the couple, Tomasz and Ewa Nowak, said:", "Tomasz and Ewa Nowak"),
    ],
)  # fmt: skip
def test_joint_statements_by_titled_people_or_a_couple_with_names_not_on_the_list(run, opening, speaker):
    got = run(_HEARING + opening + ' "We were afraid to open our curtains."\n')
    assert [(q.speaker, q.role) for q in got.quotes] == [(speaker, "joint statement")]


# 16k
def test_a_helpline_for_people_being_used_by_someone_is_offered_not_described(run):
    got = run(
        _HEARING + "- Kelby Speaking Up runs a free helpline for people with learning disabilities who feel they are "
        "being used or pressured by someone: 029 2018 0844.\n"
    )
    assert [r.phone for r in got.reporting_routes] == ["029 2018 0844"]


def test_a_number_used_by_fraudsters_is_still_described(run):
    got = run(_HEARING + "The number used by the fraudsters was 029 2018 0845.\n")
    assert got.reporting_routes == []


def test_a_contact_on_its_own_line_under_a_label_of_help(run):
    got = run(
        _HEARING + "Free Safe and Well visit, for yourself, a relative or a neighbour:\n0191 498 0526\n\n"
        "Sign language video relay (BSL or ISL), 8am to 10pm every day:\nwww.kelby.gov.uk/signvideo\n"
    )
    assert {r.phone or r.url for r in got.reporting_routes} == {"0191 498 0526", "www.kelby.gov.uk/signvideo"}


def test_a_contact_on_its_own_line_under_a_label_of_business(run):
    got = run(_HEARING + "Tickets for the winter concert:\n0191 498 0527\n")
    assert got.reporting_routes == []


def test_telling_a_council_fraud_team_is_reporting(run):
    got = run(
        _HEARING + "- Think someone is misusing a Blue Badge? Tell the council's Blue Badge fraud team on "
        "0141 496 0658.\n"
    )
    assert [r.phone for r in got.reporting_routes] == ["0141 496 0658"]


def test_a_fraud_team_that_gives_talks_is_still_business(run):
    got = run(
        _HEARING + "The force's fraud team also gives talks to community groups; e-mail fraudtalks@kelby.police.uk.\n"
    )
    assert got.reporting_routes == []


def test_something_the_reader_can_order_is_business(run):
    got = run(_HEARING + "- Replacement badges cost £20 and can be ordered on 0141 496 0660.\n")
    assert got.reporting_routes == []


def test_a_who_is_clause_keeps_the_job_s_own_of(run):
    got = run(
        _HEARING + '"We are heartbroken," said Group Manager Helen Strang, who is the service\'s\nhead of prevention.\n'
    )
    assert [q.role for q in got.quotes] == ["Group Manager, head of prevention"]


def test_a_sign_off_line_gives_the_job_and_then_the_body(run):
    got = run(
        _HEARING + '> "Hoarding is far more common than people think."\n>\n> — Dylan Rees, head of community safety, '
        "Glaslyn Fire and Rescue Service\n"
    )
    assert [q.role for q in got.quotes] == ["head of community safety, Glaslyn Fire and Rescue Service"]


def test_a_place_after_a_description_is_no_body(run):
    got = run(_HEARING + '"We can help too," said Jo Bell, a resident, Kelby.\n')
    assert [q.role for q in got.quotes] == ["resident"]


# 16l: the joint-statement convention seven blind keys of eight record
def test_parents_named_in_a_joint_statement_speak_together_whoever_they_are_family_of(run):
    got = run(
        "Driver jailed\n\nDaniel Kirwan, 19, died at the scene.\n\nIn a joint statement, his parents, Alan and Sue "
        'Kirwan, said: "Daniel was funny, clever and kind."\n'
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Alan and Sue Kirwan", "joint statement")]


def test_parents_unnamed_in_a_statement_are_still_his_family(run):
    got = run('Driver jailed\n\nDaniel Kirwan, 19, died at the scene.\n\nHis parents said: "Daniel was kind."\n')
    assert [(q.speaker, q.role) for q in got.quotes] == [("The family of Daniel Kirwan", "family statement")]


# 16l, 16m and 16n
def test_places_that_can_be_reserved_are_a_booking(run):
    got = run(
        _HEARING + "Places at the foundation's candlelit service for victims of knife crime can be reserved by calling "
        "0117 496 0235.\n"
    )
    assert got.reporting_routes == []


def test_a_profile_published_at_an_address_is_a_document(run):
    got = run(
        _HEARING + "The force's annual Domestic Abuse Profile, which sets out how many crimes were reported, is "
        "published at www.kelby.police.uk/publications/da-profile.\n"
    )
    assert got.reporting_routes == []


def test_a_copy_of_a_report_requested_is_a_document(run):
    got = run(
        _HEARING
        + "- Insurers requesting a copy of a collision report should e-mail collision.reports@kelby.police.uk.\n"
    )
    assert got.reporting_routes == []


def test_a_line_for_witnesses_expenses_is_business(run):
    got = run(
        _HEARING + "**Who do I speak to about travel expenses as a witness?**\nThe Witness Care Unit deals with "
        "expenses and hearing dates on 0161 496 0590.\n"
    )
    assert got.reporting_routes == []


def test_under_a_not_for_reporting_heading_contacts_are_left_out_for_it(run):
    got = run(_HEARING + "## Not for reporting\n\n- Kelby Community Trust: 0161 496 0592\n")
    assert got.reporting_routes == []
    assert any("under a heading naming them" in note for note in got.notes)


def test_ask_for_a_visit_goes_on_from_the_safe_and_well_visit_before_it(run):
    got = run(
        _HEARING + "The service also offers free Safe and Well visits: a firefighter will test your smoke alarms. Ask "
        "for a visit on 0118 496 0375.\n"
    )
    assert [r.phone for r in got.reporting_routes] == ["0118 496 0375"]


def test_a_labelled_line_s_out_of_hours_number_wrapped_to_the_next_line(run):
    got = run(
        _HEARING + "- Kelby Council children's services (Front Door): 0161 496 0350, or out\n  of hours 0161 496 0351\n"
    )
    assert [r.phone for r in got.reporting_routes] == ["0161 496 0350", "0161 496 0351"]


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        ("Redmere Street Pastors will receive £15,000 from the sale.", "co-ordinator, Redmere Street Pastors"),
        ("The visits were carried out with Open Door Elmhurst, a charity for adults with learning disabilities.",
         "co-ordinator, Open Door Elmhurst"),
    ],
)  # fmt: skip
def test_its_means_the_body_the_sentence_before_names(run, opening, role):
    got = run(_HEARING + opening + ' Its co-ordinator, Grace Whitfield, said: "We are out every Friday night."\n')
    assert [q.role for q in got.quotes] == [role]


# after the final measurement (16c, 16d, 16e)
def test_a_media_line_after_a_middle_dot_on_a_trailer_line(run):
    got = run(_HEARING + "Incident number: KFRS/26/11902 · Media: 0151 496 0999 (24-hour press line)\n")
    assert got.reporting_routes == []


def test_a_licence_application_labelled_at_length_is_business(run):
    got = run(
        _HEARING + "- Applying for a private hire or hackney carriage licence: "
        "[kelby.gov.uk/taxilicensing](https://www.kelby.gov.uk/taxilicensing).\n"
    )
    assert got.reporting_routes == []


def test_and_is_no_article_before_a_word_of_fraud(run):
    got = run(_HEARING + "- Forward scam e-mails to report@phishing.gov.uk and scam texts to 7726\n")
    assert "report@phishing.gov.uk" in [r.email for r in got.reporting_routes]
